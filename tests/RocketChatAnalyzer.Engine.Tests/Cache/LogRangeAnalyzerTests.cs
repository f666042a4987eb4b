using System.IO.Compression;
using System.Text;
using RocketChatAnalyzer.Cache;
using Xunit;

namespace RocketChatAnalyzer.Tests.Cache;

public sealed class LogRangeAnalyzerTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private DateTime _clock = new(2024, 10, 3, 14, 0, 0, DateTimeKind.Utc);

    public void Dispose() => _dir.Dispose();

    // Corpus id 50 (RocketChat/Rocket.Chat#33425).
    private const string Pino = "{\"level\":30,\"time\":\"2024-10-03T14:39:40.929Z\",\"pid\":13881,\"hostname\":\"chat.io\",\"name\":\"System\",\"msg\":\"Using GridFS for custom sounds storage\"}\n";

    private static string Json(LogAnalysis a) => Encoding.UTF8.GetString(ResultSerializer.ToJson(a));

    [Fact]
    public void RangesCutAtTheLastBoundary_MergeToTheWholeFileAnalysis_ForAnyChunkSize()
    {
        string log = _dir.File("rocketchat.log");
        // Starts with a complete pino line: a file whose first line is a cut-off JSON object is
        // sniffed as a (pretty-printed) support dump, which cannot be split.
        File.WriteAllText(log, Pino + CorpusLog.Generate(new Random(3), 600, ref _clock));
        long length = new FileInfo(log).Length;
        string whole = Json(new LogAnalyzer(AnalysisRules.Default).AnalyzeFile(log));

        foreach (long chunk in new long[] { 4096, 10_000, 1 << 20 })
        {
            var ranges = new LogRangeAnalyzer(new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { ChunkSize = chunk, ThrottleLimit = 3 }));
            long b = ranges.FindBoundary(log, length, CancellationToken.None);
            var parts = ranges.AnalyzeRanges(log, new[] { 0, b, length }, CancellationToken.None);

            Assert.InRange(b, 1, length - 1);
            Assert.Equal(whole, Json(LogAnalysis.Merge(parts[0], parts[1])));
        }
    }

    [Fact]
    public void TheLastBoundary_IsTheStartOfTheLastEntry_NotOfItsContinuationLines()
    {
        string log = _dir.File("stack.log");
        string head = Pino + Pino;
        // A Meteor Log.format line (a hard start) with a stack frame after it: corpus ids 58 and 62
        // (RocketChat/Rocket.Chat#3910, #25110).
        string last = "I20160803-19:35:55.368(0) (migrations.js:114) Migrations: Not migrating, already at version 55\n    at migrateDatabase (server/lib/migrations.ts:246:9)\n";
        File.WriteAllText(log, head + last);
        var ranges = new LogRangeAnalyzer(new LogAnalyzer(AnalysisRules.Default));

        long b = ranges.FindBoundary(log, new FileInfo(log).Length, CancellationToken.None);

        Assert.Equal(Encoding.UTF8.GetByteCount(head), b);
    }

    [Fact]
    public void CompressedAndSupportDumpFiles_CannotBeSplit()
    {
        string gz = _dir.File("rocketchat.log.gz");
        using (var fs = File.Create(gz))
        using (var z = new GZipStream(fs, CompressionLevel.Fastest))
            z.Write(Encoding.UTF8.GetBytes(CorpusLog.Generate(new Random(4), 20, ref _clock)));
        string queue = _dir.File("7.8.0-log.json");
        File.WriteAllText(queue, SampleDump.Log());
        var ranges = new LogRangeAnalyzer(new LogAnalyzer(AnalysisRules.Default));

        Assert.Equal(-1, ranges.FindBoundary(gz, new FileInfo(gz).Length, CancellationToken.None));
        Assert.Equal(-1, ranges.FindBoundary(queue, new FileInfo(queue).Length, CancellationToken.None));
    }

    [Fact]
    public void AFailingRange_ThrowsItsOwnException_NotAnAggregate()
    {
        var ranges = new LogRangeAnalyzer(new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { Format = LogFormat.Json, ChunkSize = 4096 }));

        Assert.Throws<FileNotFoundException>(() => ranges.AnalyzeRanges(_dir.File("gone.log"), new long[] { 0, 10, 20 }, CancellationToken.None));
    }
}

public sealed class AnalysisInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void DumpFoldersZipsAndDumpFiles_AreDumps_EverythingElseIsLogs()
    {
        string dump = Path.Combine(_dir.Path, "dump");
        SampleDump.WriteFolder(dump);
        string nested = Path.Combine(_dir.Path, "nested", "7.8.0");
        Directory.CreateDirectory(nested);
        File.WriteAllText(Path.Combine(nested, "statistics.json"), SampleDump.Statistics);
        string logs = Path.Combine(_dir.Path, "logs");
        Directory.CreateDirectory(logs);
        File.WriteAllText(Path.Combine(logs, "rocketchat.log"), "I20160803-19:35:53.251(0) ufs: store created at\n");
        File.WriteAllText(Path.Combine(logs, "mongo.json"), "{\"t\":{\"$date\":\"2022-09-30T09:49:30.412+00:00\"},\"s\":\"I\",\"msg\":\"Authentication succeeded\"}\n");

        Assert.Equal(AnalysisInputKind.Dump, AnalysisInput.Detect(dump));
        Assert.Equal(AnalysisInputKind.Dump, AnalysisInput.Detect(Path.Combine(_dir.Path, "nested")));
        Assert.Equal(AnalysisInputKind.Dump, AnalysisInput.Detect(_dir.File("7.8.0-support-dump.zip")));
        Assert.Equal(AnalysisInputKind.Dump, AnalysisInput.Detect(Path.Combine(dump, "7.8.0-settings.json")));
        Assert.Equal(AnalysisInputKind.Dump, AnalysisInput.Detect(Path.Combine(nested, "statistics.json")));
        Assert.Equal(AnalysisInputKind.Log, AnalysisInput.Detect(Path.Combine(dump, "7.8.0-log.json")));
        Assert.Equal(AnalysisInputKind.Log, AnalysisInput.Detect(logs));
        Assert.Equal(AnalysisInputKind.Log, AnalysisInput.Detect(Path.Combine(logs, "rocketchat.log")));
    }
}
