using System.Reflection;
using System.Text;
using Newtonsoft.Json;
using RocketChatAnalyzer.Distributed;
using RocketChatAnalyzer.Tests.Logs;
using Xunit;

namespace RocketChatAnalyzer.Tests.Distributed;

/// <summary>A chunk's partial result crosses from worker to submitter in binary and comes back the same.</summary>
public sealed class PartialResultTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rca-partial-").FullName;

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
    [InlineData(3)]
    public void ChunkResults_SentInBinary_MergeIntoExactlyTheLocalResult(int seed)
    {
        var gen = new CorpusGenerator(seed);
        string path = Write("a.log", gen.Stdout(1500, seed));
        var options = new LogAnalysisOptions { MaxEntryBytes = 300, ChunkSize = 10_000, MaxDiagnostics = 20 };
        var analyzer = new LogAnalyzer(AnalysisRules.Default, options);
        var whole = analyzer.AnalyzeFile(path);
        Assert.NotEmpty(whole.TemplateKeys);
        Assert.NotEmpty(whole.Diagnostics);
        Assert.NotEmpty(whole.Timeline);

        long length = new FileInfo(path).Length;
        LogAnalysis? merged = null;
        long start = 0;
        int chunks = 0;
        for (long k = 1; start < length; k++)
        {
            long end = Math.Min(length, analyzer.FindBoundary(path, k * 7000, LogFormat.Stdout));
            if (end <= start) continue;
            var original = analyzer.AnalyzeRange(path, start, end, LogFormat.Stdout);
            var part = PartialResult.Unpack(PartialResult.Pack(original));
            Assert.Equal(JsonConvert.SerializeObject(original), JsonConvert.SerializeObject(part));
            merged = merged is null ? part : LogAnalysis.Merge(merged, part, options.MaxDiagnostics, options.MaxTemplates);
            start = end;
            chunks++;
        }
        Assert.True(chunks > 3);
        Assert.Equal(JsonConvert.SerializeObject(whole), JsonConvert.SerializeObject(merged));
        Assert.Equal(AnalysisJson.Serialize(whole), AnalysisJson.Serialize(merged!));
    }

    /// <summary>Every property set to something other than its default, including the awkward cases.</summary>
    private static LogAnalysis Everything()
    {
        var a = new LogAnalysis
        {
            TotalEntries = 1234567890123,
            FirstTimestamp = new DateTime(2025, 7, 20, 1, 2, 3, DateTimeKind.Utc).AddTicks(4567),
            LastTimestamp = new DateTime(2025, 7, 21, 0, 0, 0, DateTimeKind.Unspecified),
            EntriesWithoutTimestamp = 3,
            EvictedTemplates = 4,
            UnparsedEntries = 5,
            TruncatedEntries = 6,
            DiagnosticCount = 70,
            BytesProcessed = 5L << 40,
            TopMessagesPerLevel = 7,
        };
        a.LevelCounts["Error"] = 11;
        a.LevelCounts["Info"] = long.MaxValue;
        // Key order is part of the result: not alphabetical here on purpose.
        a.PatternCounts["zeta"] = 1;
        a.PatternCounts["alpha ünïcode"] = 2;
        a.CategoryCounts["Security"] = 9;
        a.Timeline.Add(new TimelineBucket { Hour = new DateTime(2025, 7, 20, 1, 0, 0, DateTimeKind.Utc) });
        a.Timeline[0].Counts["Warn"] = 8;
        a.Timeline.Add(new TimelineBucket { Hour = new DateTime(2025, 7, 20, 2, 0, 0, DateTimeKind.Local), Counts = new Dictionary<string, long>(StringComparer.Ordinal) { ["Fatal"] = 1 } });
        a.TemplateKeys = new List<LogTemplate>
        {
            new() { TemplateId = LogTemplate.IdFor("User <*> logged in"), Template = "User <*> logged in", Count = 3, LevelCounts = new(StringComparer.Ordinal) { ["Info"] = 2, ["Debug"] = 1 }, FirstSeen = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), LastSeen = null, Example = "User bob logged in" },
            new() { TemplateId = "T0", Template = "", Count = 1, Example = "" },
        };
        a.TemplateModelId = "model-1";
        a.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "TruncatedJson", "/logs/a.log", 12, 3456, "cut"));
        a.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "Unreadable", "b.log", null, null, "line \"quoted\"\nand more"));
        a.Files.Add(new LogFileSummary { Path = "/logs/a.log", Format = "Stdout", Bytes = 10, Lines = 20, Entries = 30 });
        a.Files.Add(new LogFileSummary { Path = "b.log", Format = "Json", Bytes = 1, Lines = 2, Entries = 3 });
        a.CacheInfo = new CacheInfo { Hit = true, Key = "k" };
        return a;
    }

    [Fact]
    public void EveryMergeableProperty_ComesBackExactly_AndCacheInfoIsLeftBehind()
    {
        var a = Everything();
        var back = PartialResult.Unpack(PartialResult.Pack(a));
        a.CacheInfo = null;
        Assert.Null(back.CacheInfo);
        Assert.Equal(JsonConvert.SerializeObject(a), JsonConvert.SerializeObject(back));
        Assert.Equal(new[] { "zeta", "alpha ünïcode" }, back.PatternCounts.Keys);
        Assert.Equal(DateTimeKind.Unspecified, back.LastTimestamp!.Value.Kind);
        Assert.Equal(DateTimeKind.Local, back.Timeline[1].Hour.Kind);
        Assert.Equal(a.Timeline[1].Hour.Ticks, back.Timeline[1].Hour.Ticks);
        Assert.Null(back.Diagnostics[1].Line);
        // Templates are derived again from the keys, as on the worker.
        Assert.Equal(JsonConvert.SerializeObject(a.Templates), JsonConvert.SerializeObject(back.Templates));
    }

    [Fact]
    public void TheModelsProperties_AreExactlyTheOnesTheBinaryFormKnows()
    {
        // PartialResult writes these through LogAnalysisCodec's state form (deliberately not
        // LogAnalysis.Templates, derived, nor LogAnalysis.CacheInfo, never part of an analysis; of the template
        // model only its id). A property added to the model without being added to the codec would be lost
        // between worker and submitter: extend both.
        var expected = new Dictionary<Type, string[]>
        {
            [typeof(LogAnalysis)] = new[]
            {
                "TotalEntries", "LevelCounts", "PatternCounts", "CategoryCounts", "FirstTimestamp", "LastTimestamp",
                "EntriesWithoutTimestamp", "Timeline", "Templates", "TemplateKeys", "TemplateModelId", "EvictedTemplates", "UnparsedEntries",
                "TruncatedEntries", "Diagnostics", "DiagnosticCount", "Files", "BytesProcessed", "TopMessagesPerLevel", "CacheInfo",
            },
            [typeof(TimelineBucket)] = new[] { "Hour", "Counts" },
            [typeof(LogTemplate)] = new[] { "TemplateId", "Template", "Count", "LevelCounts", "FirstSeen", "LastSeen", "Example" },
            [typeof(Diagnostic)] = new[] { "Severity", "Code", "Source", "Line", "ByteOffset", "Message" },
            [typeof(LogFileSummary)] = new[] { "Path", "Format", "Bytes", "Lines", "Entries" },
        };
        foreach (var (type, names) in expected)
        {
            var actual = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), actual);
        }
    }

    [Fact]
    public void ACorruptCutOrForeignResult_IsRejectedWithAClearError()
    {
        byte[] good = PartialResult.Pack(Everything());
        byte[] body = Payload.Unpack(good);

        var cut = Assert.Throws<InvalidDataException>(() => PartialResult.Unpack(Payload.Pack(body.AsSpan(0, body.Length / 2), compress: true)));
        Assert.Contains("cut short or damaged", cut.Message, StringComparison.Ordinal);

        byte[] longer = body.Concat(new byte[] { 1 }).ToArray();
        Assert.Throws<InvalidDataException>(() => PartialResult.Unpack(Payload.Pack(longer, compress: true)));

        byte[] otherVersion = (byte[])body.Clone();
        otherVersion[4] = 99;
        var version = Assert.Throws<InvalidDataException>(() => PartialResult.Unpack(Payload.Pack(otherVersion, compress: true)));
        Assert.Contains("format 99", version.Message, StringComparison.Ordinal);

        Assert.Throws<InvalidDataException>(() => PartialResult.Unpack(Payload.Pack("not a result"u8, compress: false)));
    }

    [Fact]
    public void AResultSentAsJson_ByAWorkerOfThePreviousFormat_IsStillRead()
    {
        var gen = new CorpusGenerator(5);
        var analyzer = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions());
        var a = analyzer.AnalyzeFile(Write("c.log", gen.JsonLines(300)));
        var back = PartialResult.Unpack(Payload.PackJson(a));
        Assert.Equal(JsonConvert.SerializeObject(a), JsonConvert.SerializeObject(back));
    }

    [Fact]
    public void TheBinaryForm_IsSmallerThanTheJsonOne_BecauseDerivedTemplatesStayBehind()
    {
        var gen = new CorpusGenerator(6);
        var a = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions()).AnalyzeFile(Write("d.log", gen.Stdout(2000, 2)));
        Assert.NotEmpty(a.Templates);
        int binary = Payload.Unpack(PartialResult.Pack(a)).Length;
        int json = Payload.Unpack(Payload.PackJson(a)).Length;
        Assert.True(binary < json / 2, $"binary {binary} bytes, JSON {json} bytes");
    }
}
