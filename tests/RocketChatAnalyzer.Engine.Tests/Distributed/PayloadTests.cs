using System.Text;
using Newtonsoft.Json;
using RocketChatAnalyzer.Distributed;
using RocketChatAnalyzer.Tests.Logs;
using Xunit;

namespace RocketChatAnalyzer.Tests.Distributed;

/// <summary>What travels through Redis comes back unchanged: results, rules, options, chunk bytes.</summary>
public sealed class PayloadTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rca-payload-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        string p = Path.Combine(_dir, name);
        File.WriteAllText(p, text, new UTF8Encoding(false));
        return p;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ALogAnalysis_SurvivesPackingAndUnpacking_AndStillMergesToTheLocalResult(int seed)
    {
        var gen = new CorpusGenerator(seed);
        string path = Write("a.log", gen.Stdout(1500, seed));
        var options = new LogAnalysisOptions { MaxEntryBytes = 300, ChunkSize = 10_000 };
        var analyzer = new LogAnalyzer(AnalysisRules.Default, options);
        var whole = analyzer.AnalyzeFile(path);
        Assert.NotEmpty(whole.Templates);
        Assert.NotEmpty(whole.Diagnostics);
        Assert.NotNull(whole.FirstTimestamp);

        var back = Payload.UnpackJson<LogAnalysis>(Payload.PackJson(whole));
        Assert.Equal(JsonConvert.SerializeObject(whole), JsonConvert.SerializeObject(back));
        Assert.Equal(DateTimeKind.Utc, back.FirstTimestamp!.Value.Kind);
        // TopMessages is computed, not stored: it must come back the same from the stored templates.
        Assert.Equal(JsonConvert.SerializeObject(whole.TopMessages), JsonConvert.SerializeObject(back.TopMessages));

        // Chunks packed and unpacked one by one merge into the whole.
        long length = new FileInfo(path).Length;
        LogAnalysis? merged = null;
        long start = 0;
        for (long k = 1; start < length; k++)
        {
            long end = Math.Min(length, analyzer.FindBoundary(path, k * 7000, LogFormat.Stdout));
            if (end <= start) continue;
            var part = Payload.UnpackJson<LogAnalysis>(Payload.PackJson(analyzer.AnalyzeRange(path, start, end, LogFormat.Stdout)));
            merged = merged is null ? part : LogAnalysis.Merge(merged, part, options.MaxDiagnostics, options.MaxTemplates);
            start = end;
        }
        Assert.Equal(JsonConvert.SerializeObject(whole), JsonConvert.SerializeObject(merged));
    }

    [Fact]
    public void AnalyzeBytes_GivesWhatAnalyzeRangeGivesForTheSameRange_WithAbsoluteByteOffsets()
    {
        var gen = new CorpusGenerator(3);
        string text = gen.JsonLines(800).Replace("}\n{\"level\":50", "}\nKilled\n{\"level\":50", StringComparison.Ordinal);
        string path = Write("b.log", text);
        var analyzer = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { MaxEntryBytes = 300 });
        long length = new FileInfo(path).Length;
        long start = analyzer.FindBoundary(path, length / 3, LogFormat.Json);
        long end = analyzer.FindBoundary(path, 2 * length / 3, LogFormat.Json);
        byte[] bytes = File.ReadAllBytes(path)[(int)start..(int)end];

        var range = analyzer.AnalyzeRange(path, start, end, LogFormat.Json);
        var fromBytes = analyzer.AnalyzeBytes(bytes, path, start, LogFormat.Json);

        Assert.Equal(JsonConvert.SerializeObject(range), JsonConvert.SerializeObject(fromBytes));
        Assert.Contains(fromBytes.Diagnostics, d => d.ByteOffset >= start);
        Assert.All(fromBytes.Diagnostics, d => Assert.InRange(d.ByteOffset ?? start, start, end));
    }

    [Fact]
    public void ChunkBytes_RoundTripCompressedOrStored_AndCorruptionIsDetected()
    {
        byte[] data = Encoding.UTF8.GetBytes(new CorpusGenerator(4).Stdout(300, 0));
        byte[] packed = Payload.Pack(data, compress: true);
        Assert.True(packed.Length < data.Length / 2, $"{packed.Length} of {data.Length} bytes: log text should compress");
        Assert.Equal(data, Payload.Unpack(packed));
        Assert.Equal(data, Payload.Unpack(Payload.Pack(data, compress: false)));

        packed[^3] ^= 0xFF;
        packed[10] ^= 0xFF;
        Assert.ThrowsAny<InvalidDataException>(() => Payload.Unpack(packed));
        Assert.Throws<InvalidDataException>(() => Payload.Unpack(new byte[] { 9, 0, 0, 0, 0 }));
    }

    [Fact]
    public void Rules_SentToWorkers_HashLikeTheSubmittersRules()
    {
        var custom = AnalysisRules.Parse("""
            {"logPatterns":{"error":["mongo.*timed out","E11000"],"security":["login failed"]},
             "performanceThresholds":{"memoryUsagePercent":80,"minMongoVersion":"6.0"},
             "analysisRules":{"severityWeights":{"critical":30}}}
            """, "(test)", AnalysisRules.Default);
        foreach (var rules in new[] { AnalysisRules.Default, custom })
        {
            var back = BatchSettings.RulesFromJson(BatchSettings.RulesToJson(rules), rules.Hash, "(worker)");
            Assert.Equal(rules.Hash, back.Hash);
            Assert.Equal(rules.ErrorPatterns, back.ErrorPatterns);
            Assert.Equal(rules.Thresholds.WeightCritical, back.Thresholds.WeightCritical);
        }
        Assert.Throws<InvalidDataException>(() => BatchSettings.RulesFromJson(BatchSettings.RulesToJson(custom), AnalysisRules.Default.Hash, "(worker)"));
    }

    [Fact]
    public void LogOptions_SentToWorkers_ComeBackEqualExceptTheThreadCount()
    {
        var options = new LogAnalysisOptions { Format = LogFormat.Json, ChunkSize = 12345, MaxEntryBytes = 999, MaxDiagnostics = 7, MaxTemplates = 11, TopMessagesPerLevel = 3, Templates = false, MaxExampleChars = 50, ThrottleLimit = 6 };
        var back = BatchSettings.OptionsFromJson(BatchSettings.OptionsToJson(options));
        Assert.Equal(options with { ThrottleLimit = 1 }, back);
    }
}
