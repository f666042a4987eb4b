using System.IO.Compression;
using System.Text;
using RocketChatAnalyzer.Logs;
using Xunit;

namespace RocketChatAnalyzer.Tests.Logs;

public sealed class ParsingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rca-parse-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private string Write(string name, string text)
    {
        string p = Path.Combine(_dir, name);
        File.WriteAllText(p, text, new UTF8Encoding(false));
        return p;
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        string p = Path.Combine(_dir, name);
        File.WriteAllBytes(p, bytes);
        return p;
    }

    private static LogAnalysis Analyze(string path, LogFormat format = LogFormat.Auto, int threads = 1, long chunk = 8 << 20) =>
        new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { Format = format, ThrottleLimit = threads, ChunkSize = chunk }).AnalyzeFile(path);

    [Theory]
    [InlineData(10, LogLevel.Trace)]
    [InlineData(20, LogLevel.Debug)]
    [InlineData(30, LogLevel.Info)]
    [InlineData(35, LogLevel.Http)]
    [InlineData(40, LogLevel.Warn)]
    [InlineData(50, LogLevel.Error)]
    [InlineData(51, LogLevel.Startup)]
    [InlineData(60, LogLevel.Fatal)]
    public void PinoNumericLevels_MapToRocketChatLevelNames(int number, LogLevel expected)
    {
        string p = Write("l.jsonl", "{\"level\":" + number + ",\"time\":\"2024-03-22T08:39:23.647Z\",\"msg\":\"x\"}\n");
        var r = Analyze(p);
        Assert.Equal(1, r.Count(expected));
        Assert.Equal(1, r.TotalEntries);
    }

    [Theory]
    [InlineData("warn", LogLevel.Warn)]
    [InlineData("WARNING", LogLevel.Warn)]
    [InlineData("fatal", LogLevel.Fatal)]
    [InlineData("critical", LogLevel.Fatal)]
    [InlineData("error", LogLevel.Error)]
    [InlineData("info", LogLevel.Info)]
    [InlineData("http", LogLevel.Http)]
    [InlineData("50", LogLevel.Error)]
    [InlineData("banana", LogLevel.Unknown)]
    public void StringLevels_MapToTheSameNames(string level, LogLevel expected)
    {
        string p = Write("l.jsonl", "{\"level\":\"" + level + "\",\"msg\":\"x\"}\n");
        Assert.Equal(1, Analyze(p).Count(expected));
    }

    [Fact]
    public void DuplicateKeys_TheLastOneWins()
    {
        string p = Write("d.jsonl", "{\"level\":30,\"msg\":\"first message\",\"level\":50,\"msg\":\"connection refused\"}\n");
        var r = Analyze(p);
        Assert.Equal(1, r.Count(LogLevel.Error));
        Assert.Equal(1, r.PatternCounts["connection refused"]);
        Assert.Equal("connection refused", r.Templates[0].Template);
    }

    [Fact]
    public void EpochMillisecondsAndIsoTimes_AreBothUtc()
    {
        string p = Write("t.jsonl",
            "{\"level\":50,\"time\":1763904211118,\"name\":\"homeserver\",\"name\":\"ConfigService\",\"msg\":\"Configuration validation failed:\"}\n" +
            "{\"level\":30,\"time\":\"2024-03-22T08:39:23.647+01:00\",\"msg\":\"x\"}\n");
        var r = Analyze(p);
        Assert.Equal(new DateTime(2024, 3, 22, 7, 39, 23, 647, DateTimeKind.Utc), r.FirstTimestamp);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1763904211118).UtcDateTime, r.LastTimestamp);
        Assert.Equal(DateTimeKind.Utc, r.LastTimestamp!.Value.Kind);
    }

    [Fact]
    public void HttpLinesWithoutMsg_AreHttpEntriesGroupedByMethodAndPath()
    {
        string p = Write("h.jsonl",
            "{\"level\":35,\"time\":\"2024-08-23T16:23:17.204Z\",\"name\":\"API\",\"method\":\"GET\",\"url\":\"/api/v1/me?token=1\",\"status\":200,\"responseTime\":12}\n" +
            "{\"level\":35,\"time\":\"2024-08-23T16:23:18.204Z\",\"name\":\"API\",\"method\":\"GET\",\"url\":\"/api/v1/me?token=2\",\"status\":200,\"responseTime\":9}\n");
        var r = Analyze(p);
        Assert.Equal(2, r.Count(LogLevel.Http));
        var t = Assert.Single(r.Templates);
        Assert.StartsWith("GET ", t.Template, StringComparison.Ordinal);
        Assert.Equal(0, r.CategoryCounts["Error"]);
    }

    [Fact]
    public void PinoErrMessage_IsMatchedWhenItDiffersFromMsg()
    {
        string p = Write("e.jsonl",
            "{\"level\":50,\"msg\":\"Failed to get Workspace AccessToken from Rocket.Chat Cloud\",\"err\":{\"type\":\"FetchError\",\"message\":\"network timeout at: https://cloud.rocket.chat/api/oauth/token\",\"stack\":\"FetchError: x\\n    at y\"}}\n" +
            "{\"level\":50,\"err\":{\"type\":\"Error\",\"message\":\"Meteor.userId can only be invoked in method calls or publications.\"}}\n");
        var r = Analyze(p);
        Assert.Equal(1, r.PatternCounts["timeout"]);
        Assert.Equal(2, r.Count(LogLevel.Error));
        Assert.Contains(r.Templates, t => t.Template.StartsWith("Meteor.userId can only", StringComparison.Ordinal));
    }

    [Fact]
    public void StackTraces_AreOneEntryInStdoutAndOneEntryPerLineInLines()
    {
        string text = "Exception in callback of async function: Error: boom\n    at a (x.js:1:1)\n    at b (y.js:2:2)\n{\"level\":30,\"msg\":\"ok\"}\n";
        string p = Write("s.log", text);
        Assert.Equal(2, Analyze(p, LogFormat.Stdout).TotalEntries);
        Assert.Equal(4, Analyze(p, LogFormat.Lines).TotalEntries);
    }

    [Fact]
    public void MeteorFormatAndAnsiColours_GiveLevelAndTime()
    {
        string p = Write("m.log", "\u001b[34mI20200128-20:59:13.131(0) \u001b[39mserver.js:204 Meteor ➔ method stream\nW20151029-20:56:40.455(1)? (STDERR) ERROR: Push server could not find certData\n");
        var r = Analyze(p);
        Assert.Equal(1, r.Count(LogLevel.Info));
        Assert.Equal(1, r.Count(LogLevel.Warn));
        Assert.Equal(new DateTime(2015, 10, 29, 19, 56, 40, 455, DateTimeKind.Utc), r.FirstTimestamp);
    }

    [Fact]
    public void CrlfBomNulAndInvalidUtf8_AreReadNotFatal()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetPreamble());
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"level\":50,\"msg\":\"error one\"}\r\n"));
        bytes.AddRange(new byte[] { 0xFF, 0xFE, 0x00, (byte)'e', (byte)'r', (byte)'r', (byte)'o', (byte)'r', 0xC3, (byte)'\r', (byte)'\n' });
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"level\":40,\"msg\":\"warn two\"}\r\n"));
        string p = WriteBytes("crlf.log", bytes.ToArray());
        var r = Analyze(p);
        Assert.Equal(3, r.TotalEntries);
        Assert.Equal(1, r.Count(LogLevel.Error));
        Assert.Equal(1, r.Count(LogLevel.Warn));
        Assert.Equal(2, r.PatternCounts["error"]);
    }

    [Fact]
    public void GzipFiles_AreReadAsStreamsWithTheSameCounts()
    {
        var gen = new CorpusGenerator(77);
        string text = gen.Stdout(400, 1);
        string plain = Write("a.log", text);
        string gz = Path.Combine(_dir, "a.log.gz");
        using (var fs = File.Create(gz))
        using (var z = new GZipStream(fs, CompressionLevel.Fastest))
            z.Write(Encoding.UTF8.GetBytes(text));
        var a = Analyze(plain, threads: 2, chunk: 4096);
        var b = Analyze(gz);
        Assert.Equal(a.TotalEntries, b.TotalEntries);
        Assert.Equal(a.LevelCounts, b.LevelCounts);
        Assert.Equal(a.PatternCounts, b.PatternCounts);
        Assert.Equal(a.BytesProcessed, b.BytesProcessed);
    }

    [Fact]
    public void SupportDump_TruncatedAtAnyByte_NeverThrowsAndReportsWhereItEnded()
    {
        var gen = new CorpusGenerator(5);
        byte[] full = Encoding.UTF8.GetBytes(gen.SupportDump(15));
        var analyzer = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { Format = LogFormat.SupportDump, ThrottleLimit = 1 });
        long fullEntries = analyzer.AnalyzeFile(WriteBytes("full.json", full)).TotalEntries;
        int arrayEnd = Array.LastIndexOf(full, (byte)']');
        for (int cut = 0; cut < full.Length; cut += 3)
        {
            string p = WriteBytes("cut.json", full.AsSpan(0, cut).ToArray());
            var r = analyzer.AnalyzeFile(p);
            Assert.True(r.TotalEntries <= fullEntries);
            if (cut > 0 && cut <= arrayEnd)
                Assert.Contains(r.Diagnostics, d => d.Code == "TruncatedJson" && d.ByteOffset is not null && d.ByteOffset <= cut);
        }
    }

    [Fact]
    public void SupportDump_BareArrayAndLogsWrapper_AreRead()
    {
        string bare = Write("bare.json", "[{\"id\":\"logid-1\",\"string\":\"{\\\"level\\\":50,\\\"msg\\\":\\\"boom\\\"}\\n\",\"ts\":\"2024-01-01T00:00:00.000Z\"}]");
        Assert.Equal(1, Analyze(bare).Count(LogLevel.Error));
        string logs = Write("logs.json", "{\n \"logs\": [\n  {\"timestamp\":\"2024-01-01T00:00:00Z\",\"level\":\"warn\",\"message\":\"slow query\"},\n  {\"ts\":{\"$date\":1704067200000},\"severity\":\"error\",\"text\":\"database error\"}\n ]\n}");
        var r = Analyze(logs);
        Assert.Equal(1, r.Count(LogLevel.Warn));
        Assert.Equal(1, r.Count(LogLevel.Error));
        Assert.Equal(1, r.PatternCounts["slow query"]);
        Assert.Equal(1, r.PatternCounts["database error"]);
    }

    [Fact]
    public void BinaryGarbage_IsAnalysedIdenticallyInEveryMode()
    {
        var rnd = new Random(3);
        var bytes = new byte[300_000];
        rnd.NextBytes(bytes);
        string p = WriteBytes("garbage.bin", bytes);
        var a = Analyze(p, LogFormat.Stdout);
        var b = Analyze(p, LogFormat.Stdout, threads: 4, chunk: 5000);
        Assert.Equal(Newtonsoft.Json.JsonConvert.SerializeObject(a), Newtonsoft.Json.JsonConvert.SerializeObject(b));
        Assert.True(a.TotalEntries > 0);
    }

    [Fact]
    public void AMissingFile_IsAnUnreadableDiagnosticAndTheOtherFilesAreAnalysed()
    {
        string good = Write("good.jsonl", "{\"level\":50,\"msg\":\"x\"}\n");
        var analyzer = new LogAnalyzer(AnalysisRules.Default);
        var r = analyzer.AnalyzeFiles(new[] { Path.Combine(_dir, "missing.log"), good });
        Assert.Equal(1, r.TotalEntries);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("Unreadable", d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.EndsWith("missing.log", d.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatShrankWhileRead_GetsALocatedDiagnostic()
    {
        string p = Write("shrink.jsonl", "{\"level\":30,\"msg\":\"a\"}\n{\"level\":30,\"msg\":\"b\"}\n");
        var analyzer = new LogAnalyzer(AnalysisRules.Default);
        var r = analyzer.AnalyzeRange(p, 0, new FileInfo(p).Length + 100, LogFormat.Json);
        Assert.Equal(2, r.TotalEntries);
        Assert.Contains(r.Diagnostics, d => d.Code == "FileChanged");
    }

    [Theory]
    [InlineData("{\"queue\":[{\"id\":\"a\",\"string\":\"x\",\"ts\":\"2024-01-01T00:00:00Z\"}],\"success\":true}", LogFormat.SupportDump)]
    [InlineData("{\n \"queue\": [\n", LogFormat.SupportDump)]
    [InlineData("[{\"id\":\"a\"}]", LogFormat.SupportDump)]
    [InlineData("{\"level\":30,\"msg\":\"a\"}\n{\"level\":30,\"msg\":\"b\"}\n", LogFormat.Json)]
    [InlineData("{\"level\":30,\"msg\":\"a\"}\n    at x\n", LogFormat.Stdout)]
    [InlineData("rocketchat-1  | {\"level\":30}\n", LogFormat.Stdout)]
    [InlineData("[pod/rc-1/rocketchat] LocalStore: store created at \n", LogFormat.Stdout)]
    [InlineData("[2025-11-23T10:02:44.725Z] INFO  x/BROKER: y\n", LogFormat.Stdout)]
    public void FormatSniffer_PicksTheFormatFromContent(string head, LogFormat expected)
    {
        Assert.Equal(expected, FormatSniffer.Detect(Encoding.UTF8.GetBytes(head)));
    }

    [Theory]
    [InlineData("2022-09-30T09:49:30.512477596Z {\"level\":30}", "{\"level\":30}")]
    [InlineData("rocketchat-rocketchat-1  | {\"level\":30}", "{\"level\":30}")]
    [InlineData("rocketchat_1          | 2022-09-30T09:49:30.512Z LocalStore: x", "LocalStore: x")]
    [InlineData("Oct  3 10:39:40 host rocketchat-server.rocketchat-server[2477]: SERVER RUNNING", "SERVER RUNNING")]
    [InlineData("2023-03-23T09:00:26+01:00 host rocketchat-server.rocketchat-server[2477]: text here", "text here")]
    [InlineData("|                SERVER RUNNING                |", "|                SERVER RUNNING                |")]
    [InlineData("plain: text | with bar", "plain: text | with bar")]
    [InlineData("[pod/rocketchat-7d9f8c6b5-x2kq4/rocketchat] {\"level\":30}", "{\"level\":30}")]
    [InlineData("[2025-11-23T10:02:44.725Z] INFO  x/BROKER: y", "[2025-11-23T10:02:44.725Z] INFO  x/BROKER: y")]
    public void TransportPrefixes_AreStripped(string line, string expected)
    {
        var stripped = TextLines.StripTransport(Encoding.UTF8.GetBytes(line), out _);
        Assert.Equal(expected, Encoding.UTF8.GetString(stripped));
    }
}
