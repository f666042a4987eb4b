using System.Diagnostics;
using System.Text;
using RocketChatAnalyzer.Distributed;
using RocketChatAnalyzer.Tests.Logs;
using Xunit;
using Xunit.Abstractions;

namespace RocketChatAnalyzer.Tests.Distributed;

/// <summary>Distributed results must be the local results, bit for bit (Newtonsoft JSON of both).</summary>
[Collection(RedisCollection.Name)]
public sealed class DistributedEquivalenceTests
{
    private readonly SharedRedis _redis;
    private readonly ITestOutputHelper _output;

    public DistributedEquivalenceTests(SharedRedis redis, ITestOutputHelper output)
    {
        _redis = redis;
        _output = output;
    }

    /// <summary>Plain stdout (any transport), JSON with junk lines, a support-dump log, a gzip log, a missing file.</summary>
    private static List<string> Corpus(QueueHarness h, int seed)
    {
        var gen = new CorpusGenerator(seed);
        var paths = new List<string>
        {
            h.Write("stdout.log", gen.Stdout(1200, seed % 5)),
            h.Write("json.log", WithJunk(gen.JsonLines(900), seed)),
            h.Write("dump-log.json", gen.SupportDump(400)),
            h.WriteGzip("rotated.log.1.gz", gen.Stdout(500, (seed + 1) % 5)),
            Path.Combine(h.Dir, "missing.log"),
            h.Write("tiny.log", gen.Stdout(3, 0)),
        };
        return paths;
    }

    /// <summary>Lines that are not JSON and cut JSON lines, so diagnostics (line, byte offset) must survive the trip.</summary>
    private static string WithJunk(string jsonLines, int seed)
    {
        var rnd = new Random(seed);
        var sb = new StringBuilder();
        foreach (string line in jsonLines.Split('\n'))
        {
            if (line.Length == 0) continue;
            sb.Append(line).Append('\n');
            int r = rnd.Next(60);
            if (r == 0) sb.Append("Killed\n");
            else if (r == 1) sb.Append(line.AsSpan(0, line.Length / 2)).Append('\n');
        }
        return sb.ToString();
    }

    [RedisTheory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void AnalyzeLogs_OnRandomCorporaAndChunkSizes_EqualsTheLocalAnalysis(int seed, bool sharedPath)
    {
        using var h = new QueueHarness(_redis.Server);
        var paths = Corpus(h, seed);
        var rules = AnalysisRules.Default;
        var rnd = new Random(seed);
        // Small entries limit on odd seeds: EntryTooLong diagnostics with absolute byte offsets.
        int maxEntry = seed % 2 == 1 ? 300 : 256 * 1024;
        // Room for every diagnostic, so the checks below see the unreadable file too.
        var local = new LogAnalyzer(rules, new LogAnalysisOptions { ThrottleLimit = 2, MaxEntryBytes = maxEntry, MaxDiagnostics = 100_000 }).AnalyzeFiles(paths);
        Assert.Contains(local.Diagnostics, d => d.Code == "Unreadable");
        Assert.Contains(local.Diagnostics, d => d.Code is "NotJson" or "MalformedJson");

        h.StartWorkers(2);
        var options = new LogAnalysisOptions { ChunkSize = rnd.Next(4096, 40_000), MaxEntryBytes = maxEntry, MaxDiagnostics = 100_000 };
        var progress = new DistributedProgress();
        var distributed = h.Submitter(QueueHarness.Submit(sharedPath)).AnalyzeLogs(paths, rules, options, progress, TimeSpan.FromSeconds(60), CancellationToken.None);

        Assert.Equal(QueueHarness.Json(local), QueueHarness.Json(distributed));
        // The big files really were split: more jobs than files that exist.
        Assert.True(progress.ChunksTotal > paths.Count, $"only {progress.ChunksTotal} jobs for {paths.Count} files at chunk size {options.ChunkSize}");
        Assert.Equal(progress.ChunksTotal, progress.ChunksDone);
        var summaries = h.StopWorkers();
        QueueHarness.AssertEachJobAnalysedOnce(summaries, progress.ChunksTotal);
    }

    [RedisFact]
    public void AnalyzeLogs_WithTheResultCache_ServesTheRepeatFromRedisWithTheSameResult()
    {
        using var h = new QueueHarness(_redis.Server);
        var gen = new CorpusGenerator(11);
        var paths = new List<string> { h.Write("a.log", gen.Stdout(800, 2)), h.Write("b.log", gen.JsonLines(300)) };
        var rules = AnalysisRules.Default;
        var local = new LogAnalyzer(rules, new LogAnalysisOptions()).AnalyzeFiles(paths);
        h.StartWorkers(1);
        var opts = QueueHarness.Submit() with { UseResultCache = true };
        var options = new LogAnalysisOptions { ChunkSize = 8192 };
        var first = new DistributedProgress();
        var a = h.Submitter(opts).AnalyzeLogs(paths, rules, options, first, TimeSpan.FromSeconds(30), CancellationToken.None);
        var second = new DistributedProgress();
        var b = h.Submitter(opts).AnalyzeLogs(paths, rules, options, second, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(0, first.CacheHits);
        Assert.Equal(2, second.CacheHits);
        Assert.Equal(0, second.ChunksTotal);
        Assert.Equal(QueueHarness.Json(local), QueueHarness.Json(a));
        Assert.Equal(QueueHarness.Json(local), QueueHarness.Json(b));

        // Other rules give another key: a miss, not a stale hit.
        var other = AnalysisRules.Parse("{\"logPatterns\":{\"error\":[\"mongo\"]}}", "(test)", AnalysisRules.Default);
        var third = new DistributedProgress();
        h.Submitter(opts).AnalyzeLogs(paths, other, options, third, TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.Equal(0, third.CacheHits);
    }

    [RedisTheory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void AnalyzeDumps_OfFoldersAndZips_EqualTheLocalAnalysisAndNameTheOriginalPaths(bool sharedPath, bool zip)
    {
        using var h = new QueueHarness(_redis.Server);
        var paths = new List<string>();
        for (int i = 0; i < 3; i++) paths.Add(FakeDumpAnalyzer.WriteDump(h, "dump" + i, 20 + i, 150, zip));
        var rules = AnalysisRules.Default;
        h.StartWorkers(2, FakeDumpAnalyzer.Analyze);

        var results = h.Submitter(QueueHarness.Submit(sharedPath)).AnalyzeDumps(paths, rules, null, null, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(paths.Count, results.Count);
        for (int i = 0; i < paths.Count; i++)
        {
            Assert.Null(results[i].Error);
            var expected = FakeDumpAnalyzer.Analyze(new DumpJobRequest(paths[i], paths[i], rules, null), CancellationToken.None);
            Assert.Equal(QueueHarness.DumpJson(expected), QueueHarness.DumpJson(results[i].Analysis!));
            Assert.StartsWith(paths[i], results[i].Analysis!.Files.Log, StringComparison.Ordinal);
            Assert.DoesNotContain("rca-worker-", QueueHarness.Json(results[i].Analysis!), StringComparison.Ordinal);
        }
    }

    [RedisTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void AnalyzeDumps_OfTheSampleDumpWithTheRealDumpAnalyzer_EqualsTheLocalAnalysis(bool sharedPath)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "samples", "7.8.0-support-dump");
        string zip = folder + ".zip";
        Assert.True(Directory.Exists(folder) && File.Exists(zip), "the sample dump is missing from the test output");
        var rules = AnalysisRules.Default;
        var options = new DumpAnalyzerOptions { Rules = rules, ThrottleLimit = 1, Now = new DateTime(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc), MinimumSeverity = FindingSeverity.Warning };
        using var h = new QueueHarness(_redis.Server);
        h.StartWorkers(2, DumpJobHandlers.Analyze);

        var results = h.Submitter(QueueHarness.Submit(sharedPath)).AnalyzeDumps(new[] { folder, zip }, rules, DumpJobHandlers.OptionsToJson(options), null, TimeSpan.FromSeconds(60), CancellationToken.None);

        foreach (var (path, result) in new[] { folder, zip }.Zip(results))
        {
            Assert.Null(result.Error);
            var local = new DumpAnalyzer(options).Analyze(path);
            Assert.NotEmpty(local.Findings);
            Assert.Equal(QueueHarness.Json(local), QueueHarness.Json(result.Analysis!));
        }
    }

    [RedisFact]
    public void HundredConcurrentSubmissions_WithTwoWorkers_GiveHundredCorrectResultsNoneLostNoneDuplicated()
    {
        using var h = new QueueHarness(_redis.Server);
        const int n = 100;
        var paths = new string[n];
        var expected = new string[n];
        var rules = AnalysisRules.Default;
        for (int i = 0; i < n; i++)
        {
            // Every dump differs (seed, size, zip or folder), so a mixed-up result cannot pass.
            paths[i] = FakeDumpAnalyzer.WriteDump(h, "d" + i, 1000 + i, 20 + i % 17, zip: i % 3 == 0);
            expected[i] = QueueHarness.DumpJson(FakeDumpAnalyzer.Analyze(new DumpJobRequest(paths[i], paths[i], rules, null), CancellationToken.None));
        }
        h.StartWorkers(2, FakeDumpAnalyzer.Analyze);
        var submitter = h.Submitter();
        var results = new DumpJobResult[n];
        var sw = Stopwatch.StartNew();
        var threads = new Thread[n];
        for (int i = 0; i < n; i++)
        {
            int k = i;
            threads[k] = new Thread(() => results[k] = submitter.AnalyzeDumps(new[] { paths[k] }, rules, null, null, TimeSpan.FromSeconds(60), CancellationToken.None)[0]);
            threads[k].Start();
        }
        foreach (var t in threads) Assert.True(t.Join(TimeSpan.FromSeconds(90)), "a submission did not return");
        sw.Stop();
        var summaries = h.StopWorkers();

        for (int i = 0; i < n; i++)
        {
            Assert.NotNull(results[i]);
            Assert.Null(results[i].Error);
            Assert.Equal(expected[i], QueueHarness.DumpJson(results[i].Analysis!));
        }
        QueueHarness.AssertEachJobAnalysedOnce(summaries, n);
        Assert.All(summaries, s => Assert.True(s.JobsCompleted > 0, $"worker {s.Name} took no job: the load was not spread"));
        _output.WriteLine($"{n} concurrent dump submissions, 2 workers: {sw.Elapsed.TotalSeconds:0.00} s total; per worker: {string.Join(", ", summaries.Select(s => s.Name + "=" + s.JobsCompleted))}");
    }
}
