using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace RocketChatAnalyzer.Tests.Rules;

public sealed class PatternSetTests
{
    private static readonly string[] s_words = { "error", "Error", "ERROR", "warn", "timeout", "auth", "OAuth", "failed", "connection refused", "K", "k", "\u212Aey", "s", "ß", "İ", "é", "日本", "\u202E", "\0", "rate limit", "Retrying", "x", " ", "-", "[", "'", "\"" };

    [Fact]
    public void Match_OnRandomMessages_AgreesWithRegexIsMatchForEveryPattern()
    {
        var patterns = AnalysisRules.Default.AllPatterns().ToList();
        patterns.Add((@"timeout after \d+ms", PatternCategory.Error));
        patterns.Add(("^Exception in callback", PatternCategory.Error));
        patterns.Add(("key", PatternCategory.Security));
        patterns.Add(("", PatternCategory.Warning));
        var set = new PatternSet(patterns);
        var rnd = new Random(12345);
        for (int n = 0; n < 4000; n++)
        {
            var sb = new StringBuilder();
            int parts = rnd.Next(0, 12);
            for (int i = 0; i < parts; i++)
            {
                if (rnd.Next(5) == 0) sb.Append((char)rnd.Next(1, 0x3000));
                else sb.Append(s_words[rnd.Next(s_words.Length)]);
                if (rnd.Next(3) == 0) sb.Append(' ');
                if (rnd.Next(10) == 0) sb.Append(rnd.Next(100000));
            }
            string msg = sb.ToString();
            // Lone surrogates do not survive UTF-8; compare on what the engine sees.
            string seen = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(msg));
            bool[] got = set.Match(msg);
            for (int i = 0; i < patterns.Count; i++)
            {
                bool want = Regex.IsMatch(seen, patterns[i].Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                Assert.True(want == got[i], $"pattern '{patterns[i].Pattern}' on \"{msg}\": regex {want}, engine {got[i]}");
            }
        }
    }

    [Fact]
    public void KelvinSign_MatchesLetterK_AsTheRegexEngineDoes()
    {
        var set = new PatternSet(new List<(string, PatternCategory)> { ("key", PatternCategory.Security) });
        Assert.True(set.Match("API \u212AEY rotated")[0]);
    }

    [Fact]
    public void AsciiLettersWithUnicodeEquivalents_IsWhatTheRegexEngineSays()
    {
        var expected = new StringBuilder();
        for (char a = 'a'; a <= 'z'; a++)
        {
            var r = new Regex(Regex.Escape(a.ToString()), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            for (int c = 0x80; c < 0x10000; c++)
            {
                if (c is >= 0xD800 and <= 0xDFFF) continue;
                if (r.IsMatch(((char)c).ToString())) { expected.Append(a); break; }
            }
        }
        Assert.Equal(expected.ToString(), PatternSet.AsciiLettersWithUnicodeEquivalents);
    }

    [Fact]
    public void AnalyzersOfTheSameRules_ShareOneCompiledSet_BuiltOnlyWhenFirstNeeded()
    {
        var custom = AnalysisRules.Parse("""{"logPatterns":{"error":["mongo.*timed out","E11000"]}}""", "(test)", AnalysisRules.Default);
        var planner = new LogAnalyzer(custom, new LogAnalysisOptions());
        var field = typeof(LogAnalyzer).GetField("_patterns", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        string path = Path.Combine(Path.GetTempPath(), "rca-patterns-" + Guid.NewGuid().ToString("N") + ".log");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat("{\"level\":30,\"msg\":\"hello\"}\n", 100)));
        try
        {
            // A distributed submitter only plans chunks: it never compiles what the workers run.
            Assert.True(planner.FindBoundary(path, 100, LogFormat.Json) > 100);
            Assert.Null(field.GetValue(planner));
        }
        finally
        {
            File.Delete(path);
        }

        var a = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions());
        var b = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { ChunkSize = 1000 });
        Assert.Same(a.Patterns, b.Patterns);
        Assert.NotSame(a.Patterns, planner.Patterns);
        Assert.Equal(custom.AllPatterns().Select(p => p.Pattern), planner.Patterns.Patterns);
        Assert.Same(planner.Patterns, field.GetValue(planner));
    }
}
