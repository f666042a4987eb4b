using System.Text;
using Newtonsoft.Json;
using Xunit;

namespace RocketChatAnalyzer.Tests.Logs;

/// <summary>
/// Results must be identical however they are computed: 1 or N threads, any chunk size, and equal
/// to the counts of a plain reference over what the generator wrote.
/// </summary>
public sealed class ModeEquivalenceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rca-modes-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<int, string> Cases()
    {
        var d = new TheoryData<int, string>();
        foreach (int seed in new[] { 1, 2, 3 })
            foreach (string f in new[] { "stdout-plain", "stdout-docker-t", "stdout-compose", "stdout-journald", "stdout-syslog", "json", "dump" })
                d.Add(seed, f);
        return d;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void AnyThreadCountAndChunkSize_GiveTheReferenceCountsAndIdenticalResults(int seed, string kind)
    {
        var gen = new CorpusGenerator(seed);
        string text = kind switch
        {
            "stdout-plain" => gen.Stdout(1500, 0),
            "stdout-docker-t" => gen.Stdout(1500, 1),
            "stdout-compose" => gen.Stdout(1500, 2),
            "stdout-journald" => gen.Stdout(1500, 3),
            "stdout-syslog" => gen.Stdout(1500, 4),
            "json" => gen.JsonLines(1500),
            _ => gen.SupportDump(1500),
        };
        string path = Path.Combine(_dir, kind + ".log");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        var rules = AnalysisRules.Default;
        var expected = Reference.Count(gen.Expected, rules);

        var rnd = new Random(seed * 7919);
        string? baseline = null;
        foreach (int threads in new[] { 1, 2, 8 })
        {
            for (int trial = 0; trial < 2; trial++)
            {
                long chunk = trial == 0 && threads == 1 ? 1L << 30 : rnd.Next(64, 40_000);
                var analyzer = new LogAnalyzer(rules, new LogAnalysisOptions { ThrottleLimit = threads, ChunkSize = chunk });
                var result = analyzer.AnalyzeFile(path);

                Assert.Equal(expected.TotalEntries, result.TotalEntries);
                Assert.Equal(expected.LevelCounts, result.LevelCounts);
                Assert.Equal(expected.PatternCounts, result.PatternCounts);
                Assert.Equal(expected.CategoryCounts, result.CategoryCounts);
                Assert.Equal(expected.FirstTimestamp, result.FirstTimestamp);
                Assert.Equal(expected.LastTimestamp, result.LastTimestamp);
                Assert.Equal(expected.EntriesWithoutTimestamp, result.EntriesWithoutTimestamp);
                Assert.Equal(new FileInfo(path).Length, result.BytesProcessed);

                string json = JsonConvert.SerializeObject(result);
                baseline ??= json;
                Assert.True(baseline == json, $"threads={threads} chunk={chunk}: result differs from the sequential one");
            }
        }
    }
}
