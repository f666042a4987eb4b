using Newtonsoft.Json.Linq;
using Xunit;

namespace RocketChatAnalyzer.Tests.Logs;

/// <summary>
/// The bundled sample dump and the log fixtures carry expected values computed by their generator
/// (tools/New-SampleDump.ps1) from its own model of what it wrote — an independent count.
/// </summary>
public sealed class FixtureCountTests
{
    private static string Root => AppContext.BaseDirectory;

    public static TheoryData<string> LogFixtures()
    {
        var d = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(Root, "Fixtures", "logs"), "*.expected.json").OrderBy(f => f, StringComparer.Ordinal))
            d.Add(Path.GetFileName(f).Replace(".expected.json", "", StringComparison.Ordinal));
        return d;
    }

    [Theory]
    [MemberData(nameof(LogFixtures))]
    public void LogFixture_EntriesAndLevels_EqualTheGeneratorsCount(string file)
    {
        var expected = JObject.Parse(File.ReadAllText(Path.Combine(Root, "Fixtures", "logs", file + ".expected.json")));
        string path = Path.Combine(Root, "Fixtures", "logs", file);
        foreach (var (threads, chunk) in new[] { (1, 8L << 20), (3, 512L) })
        {
            var r = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { ThrottleLimit = threads, ChunkSize = chunk }).AnalyzeFile(path);
            Assert.Equal((long)expected["TotalEntries"]!, r.TotalEntries);
            foreach (var kv in (JObject)expected["LevelCounts"]!)
                Assert.True((long)kv.Value! == r.LevelCounts[kv.Key], $"{file}: {kv.Key} expected {kv.Value}, got {r.LevelCounts[kv.Key]}");
            if (expected["UnparsedEntries"] is JToken u) Assert.Equal((long)u, r.UnparsedEntries);
        }
    }

    [Fact]
    public void SampleDumpLog_EqualsTheGeneratorsCount()
    {
        var expected = (JObject)JObject.Parse(File.ReadAllText(Path.Combine(Root, "samples", "7.8.0-support-dump.expected.json")))["Log"]!;
        string path = Path.Combine(Root, "samples", "7.8.0-support-dump", "7.8.0-log.json");
        foreach (var (threads, chunk) in new[] { (1, 8L << 20), (4, 4096L) })
        {
            var r = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { ThrottleLimit = threads, ChunkSize = chunk }).AnalyzeFile(path);
            Assert.Equal((long)expected["TotalEntries"]!, r.TotalEntries);
            foreach (var kv in (JObject)expected["LevelCounts"]!) Assert.Equal((long)kv.Value!, r.LevelCounts[kv.Key]);
            foreach (var kv in (JObject)expected["PatternCounts"]!) Assert.True((long)kv.Value! == r.PatternCounts[kv.Key], $"pattern {kv.Key}: expected {kv.Value}, got {r.PatternCounts[kv.Key]}");
            foreach (var kv in (JObject)expected["CategoryCounts"]!) Assert.Equal((long)kv.Value!, r.CategoryCounts[kv.Key]);
            Assert.Equal(((DateTime)expected["FirstTimestamp"]!).ToUniversalTime(), r.FirstTimestamp);
            Assert.Equal(((DateTime)expected["LastTimestamp"]!).ToUniversalTime(), r.LastTimestamp);
            Assert.Equal((long)expected["EntriesWithoutTimestamp"]!, r.EntriesWithoutTimestamp);
            Assert.Equal((long)expected["UnparsedEntries"]!, r.UnparsedEntries);
        }
    }
}

public sealed class LogSecretTests
{
    [Fact]
    public void ALogAnalysisOfTheSampleLog_NeverCarriesTheFakeSecretsInItsLogLines()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "samples", "7.8.0-support-dump", "7.8.0-log.json");
        Assert.Contains("FAKE-SECRET", File.ReadAllText(path), StringComparison.Ordinal);
        var r = new LogAnalyzer(AnalysisRules.Default).AnalyzeFile(path);
        string json = Newtonsoft.Json.JsonConvert.SerializeObject(r) + Newtonsoft.Json.JsonConvert.SerializeObject(r.TopMessages);
        Assert.DoesNotContain("FAKE-SECRET", json, StringComparison.Ordinal);
    }
}
