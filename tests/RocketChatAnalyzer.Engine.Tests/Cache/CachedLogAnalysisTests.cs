using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;
using RocketChatAnalyzer.Cache;
using Xunit;

namespace RocketChatAnalyzer.Tests.Cache;

/// <summary>The cache around the fake analyzer (contract as specified).</summary>
public sealed class CachedLogAnalysisWithFakeAnalyzerTests : CachedLogAnalysisTests
{
    private protected override CountingAnalyzer Create(AnalysisRules rules, LogAnalysisOptions options)
    {
        var fake = new FakeLogAnalyzer(rules, options);
        return new CountingAnalyzer(fake, fake.Reference);
    }
}

/// <summary>The cache around the log engine, with small chunks so ranges are split and run on several threads.</summary>
public sealed class CachedLogAnalysisWithLogEngineTests : CachedLogAnalysisTests
{
    protected override LogAnalysisOptions Options { get; } = new() { ChunkSize = 4096, ThrottleLimit = 3 };

    private protected override CountingAnalyzer Create(AnalysisRules rules, LogAnalysisOptions options)
    {
        var engine = new LogAnalyzer(rules, options);
        // The reference is the engine's own whole-file analysis, in one chunk and one thread.
        var sequential = new LogAnalyzer(rules, options with { ChunkSize = long.MaxValue / 4, ThrottleLimit = 1 });
        return new CountingAnalyzer(new LogRangeAnalyzer(engine), p => sequential.AnalyzeFile(p));
    }
}

public abstract class CachedLogAnalysisTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly AnalysisRules _rules = AnalysisRules.Default;
    private readonly CountingAnalyzer _analyzer;
    private readonly LogAnalysisOptions _options;
    private DateTime _clock = new(2024, 10, 3, 14, 0, 0, DateTimeKind.Utc);

    protected CachedLogAnalysisTests()
    {
        _options = Options;
        _analyzer = Create(_rules, _options);
    }

    protected virtual LogAnalysisOptions Options { get; } = new();

    private protected abstract CountingAnalyzer Create(AnalysisRules rules, LogAnalysisOptions options);

    public void Dispose()
    {
        _dir.Dispose();
        GC.SuppressFinalize(this);
    }

    // RacyWindow 0: a digest taken after the file was written is trusted at once (tests that need
    // the racy behaviour set their own window).
    private AnalysisCache NewCache(TimeSpan? racy = null) =>
        AnalysisCache.OpenPrivate(_dir.File("cache.db"), new AnalysisCacheOptions { RacyWindow = racy ?? TimeSpan.Zero });

    private string WriteLog(string name, int entries, int seed)
    {
        string path = _dir.File(name);
        File.WriteAllText(path, CorpusLog.Generate(new Random(seed), entries, ref _clock));
        return path;
    }

    private void Append(string path, string text)
    {
        using var fs = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        var bytes = Encoding.UTF8.GetBytes(text);
        fs.Write(bytes);
    }

    private CachedResult<LogAnalysis> Get(AnalysisCache cache, string path, CacheRequest? request = null, CountingAnalyzer? analyzer = null,
        AnalysisRules? rules = null, LogAnalysisOptions? options = null) =>
        CachedAnalysis.GetOrAnalyzeLog(new[] { path }, rules ?? _rules, options ?? _options, analyzer ?? _analyzer,
            request ?? new CacheRequest { Cache = cache });

    private static string Json(LogAnalysis a) => Encoding.UTF8.GetString(ResultSerializer.ToJson(a));

    [Fact]
    public void GetOrAnalyzeLog_WhenCalledTwice_ReturnsTheStoredResultWithoutAnalysingAgain()
    {
        string log = WriteLog("rocketchat.log", 400, 1);
        using var cache = NewCache();

        var first = Get(cache, log);
        int calls = _analyzer.Calls;
        var second = Get(cache, log);

        Assert.Equal(CacheOutcome.Miss, first.Outcome);
        Assert.Equal(CacheOutcome.Hit, second.Outcome);
        Assert.Equal(calls, _analyzer.Calls);
        Assert.Equal(Json(_analyzer.Reference(log)), Json(first.Result));
        Assert.Equal(Json(first.Result), Json(second.Result));
        Assert.True(second.Result.CacheInfo!.Hit);
        Assert.False(first.Result.CacheInfo!.Hit);
        Assert.Equal(first.Result.CacheInfo.Key, second.Result.CacheInfo.Key);
        Assert.Equal(64, second.Result.CacheInfo.Key.Length);
        Assert.NotNull(second.Result.CacheInfo.StoredAt);
        Assert.True(second.Result.CacheInfo.ExpiresAt > DateTime.UtcNow.AddDays(6.9));
        Assert.Equal(0, second.BytesAnalysed);
        Assert.Empty(second.Diagnostics);
    }

    [Fact]
    public void AStoredResult_IsFoundByANewCacheInstance_AsByANewProcess()
    {
        string log = WriteLog("rocketchat.log", 200, 2);
        string expected;
        using (var cache = NewCache()) expected = Json(Get(cache, log).Result);
        int calls = _analyzer.Calls;

        using var fresh = NewCache();
        var again = Get(fresh, log);

        Assert.Equal(CacheOutcome.Hit, again.Outcome);
        Assert.Equal(calls, _analyzer.Calls);
        Assert.Equal(expected, Json(again.Result));
    }

    [Fact]
    public void ChangingTheRules_Misses()
    {
        string log = WriteLog("rocketchat.log", 200, 3);
        using var cache = NewCache();
        Get(cache, log);
        var other = AnalysisRules.Parse("""{"logPatterns":{"error":["MongoServerSelectionError"]}}""", "custom.json", AnalysisRules.Default);

        var result = Get(cache, log, rules: other, analyzer: Create(other, _options));

        Assert.Equal(CacheOutcome.Miss, result.Outcome);
        Assert.True(result.Result.PatternCounts.ContainsKey("MongoServerSelectionError"));
    }

    [Fact]
    public void ChangingAResultOption_Misses_ButThreadsAndChunkSizeDoNot()
    {
        string log = WriteLog("rocketchat.log", 200, 4);
        using var cache = NewCache();
        Get(cache, log);

        var sameResult = Get(cache, log, options: _options with { ThrottleLimit = 1, ChunkSize = 1024 });
        var fewerTop = _options with { TopMessagesPerLevel = 3 };
        var differentResult = Get(cache, log, options: fewerTop, analyzer: Create(_rules, fewerTop));

        Assert.Equal(CacheOutcome.Hit, sameResult.Outcome);
        Assert.Equal(CacheOutcome.Miss, differentResult.Outcome);
        Assert.Equal(3, differentResult.Result.TopMessagesPerLevel);
    }

    [Fact]
    public void ANewEngineVersion_Misses()
    {
        string log = WriteLog("rocketchat.log", 100, 5);
        using var cache = NewCache();
        Get(cache, log);
        var now = VersionStamp.Current;

        var newBuild = Get(cache, log, new CacheRequest { Cache = cache, Versions = now with { EngineBuild = now.EngineBuild + ".next" } });
        var newLogic = Get(cache, log, new CacheRequest { Cache = cache, Versions = now with { EngineLogic = now.EngineLogic + 1 } });
        var newSchema = Get(cache, log, new CacheRequest { Cache = cache, Versions = now with { ResultSchema = now.ResultSchema + 1 } });

        Assert.Equal(CacheOutcome.Miss, newBuild.Outcome);
        Assert.Equal(CacheOutcome.Miss, newLogic.Outcome);
        Assert.Equal(CacheOutcome.Miss, newSchema.Outcome);
    }

    [Fact]
    public void AFileRewrittenWithTheSameSizeAndRestoredMtime_Misses()
    {
        string log = WriteLog("rocketchat.log", 150, 6);
        using var cache = NewCache();
        Get(cache, log);
        var mtime = File.GetLastWriteTimeUtc(log);
        // Same length, different content: swap a level 30 for a level 50 somewhere.
        string text = File.ReadAllText(log);
        int at = text.IndexOf("\"level\":30", StringComparison.Ordinal);
        Assert.True(at >= 0);
        File.WriteAllText(log, string.Concat(text.AsSpan(0, at), "\"level\":50", text.AsSpan(at + 10)));
        File.SetLastWriteTimeUtc(log, mtime);

        var result = Get(cache, log);

        Assert.NotEqual(CacheOutcome.Hit, result.Outcome);
        Assert.Equal(Json(_analyzer.Reference(log)), Json(result.Result));
    }

    [Fact]
    public void AFileReplacedByAnotherWithTheSameSizeAndMtime_Misses()
    {
        string log = WriteLog("rocketchat.log", 150, 7);
        using var cache = NewCache();
        Get(cache, log);
        var mtime = File.GetLastWriteTimeUtc(log);
        string text = File.ReadAllText(log);
        int at = text.IndexOf("\"level\":30", StringComparison.Ordinal);
        string replacement = _dir.File("replacement.log");
        File.WriteAllText(replacement, string.Concat(text.AsSpan(0, at), "\"level\":40", text.AsSpan(at + 10)));
        File.SetLastWriteTimeUtc(replacement, mtime);
        File.Move(replacement, log, overwrite: true);

        var result = Get(cache, log);

        Assert.Equal(CacheOutcome.Miss, result.Outcome);
        Assert.Equal(Json(_analyzer.Reference(log)), Json(result.Result));
    }

    [Fact]
    public void IncrementalAnalysis_OnRandomAppends_EqualsAFullAnalysis_AndReadsOnlyTheTail()
    {
        string log = WriteLog("rocketchat.log", 300, 8);
        using var cache = NewCache();
        Get(cache, log);
        var rng = new Random(8);
        int incrementalRuns = 0;
        for (int round = 0; round < 30; round++)
        {
            long before = new FileInfo(log).Length;
            long boundary = _analyzer.FindBoundary(log, before, CancellationToken.None);
            string addition = rng.Next(6) switch
            {
                0 => "", // nothing appended: must be a hit
                1 => "    at migrateDatabase (server/lib/migrations.ts:246:9)\n", // continues the last entry
                2 => "{\"level\":50,\"time\":\"2024-10-05T01:02:03.004Z\",\"msg\":\"Exception in callback of async function: Error: unab", // cut mid-line
                3 => "le to get local issuer certificate\"}\n",
                _ => CorpusLog.Generate(rng, rng.Next(1, 40), ref _clock),
            };
            Append(log, addition);
            long after = new FileInfo(log).Length;
            long analysedBefore = _analyzer.BytesAnalysed;

            var result = Get(cache, log);

            Assert.Equal(Json(_analyzer.Reference(log)), Json(result.Result));
            if (after == before)
            {
                Assert.Equal(CacheOutcome.Hit, result.Outcome);
                Assert.Equal(analysedBefore, _analyzer.BytesAnalysed);
            }
            else
            {
                Assert.Equal(CacheOutcome.Incremental, result.Outcome);
                Assert.Equal(after - boundary, _analyzer.BytesAnalysed - analysedBefore);
                Assert.Equal(after - boundary, result.Result.CacheInfo!.IncrementalBytes);
                incrementalRuns++;
            }
        }
        Assert.True(incrementalRuns >= 15, "the random appends should mostly grow the file");
    }

    [Fact]
    public void ATruncatedLog_GetsAFullRun()
    {
        string log = WriteLog("rocketchat.log", 300, 9);
        using var cache = NewCache();
        Get(cache, log);
        using (var fs = new FileStream(log, FileMode.Open)) fs.SetLength(fs.Length / 2);

        var result = Get(cache, log);

        Assert.Equal(CacheOutcome.Miss, result.Outcome);
        Assert.Equal(Json(_analyzer.Reference(log)), Json(result.Result));
    }

    [Fact]
    public void ARotatedLog_GetsAFullRun()
    {
        string log = WriteLog("rocketchat.log", 100, 10);
        using var cache = NewCache();
        Get(cache, log);
        // logrotate: the old file moves away, a new (here larger) file takes the name.
        File.Move(log, log + ".1");
        File.WriteAllText(log, File.ReadAllText(log + ".1") + CorpusLog.Generate(new Random(11), 50, ref _clock));

        var result = Get(cache, log);

        Assert.Equal(CacheOutcome.Miss, result.Outcome);
        Assert.Equal(Json(_analyzer.Reference(log)), Json(result.Result));
    }

    [Fact]
    public void ALogWhosePrefixWasRewrittenInPlace_ThenGrew_GetsAFullRun()
    {
        string log = WriteLog("rocketchat.log", 200, 12);
        using var cache = NewCache();
        Get(cache, log);
        using (var fs = new FileStream(log, FileMode.Open, FileAccess.ReadWrite))
        {
            fs.Position = 10; // inside the first entry; same inode, same length so far
            fs.Write("X"u8);
        }
        Append(log, CorpusLog.Generate(new Random(13), 20, ref _clock));

        var result = Get(cache, log);

        Assert.Equal(CacheOutcome.Miss, result.Outcome);
        Assert.Equal(Json(_analyzer.Reference(log)), Json(result.Result));
    }

    [Fact]
    public void AChangedByteAnywhereInTheStoredPrefix_ForcesAFullRun_ThoughTheTailWasAnalysedAlongsideTheProof()
    {
        var rng = new Random(31);
        int tested = 0;
        for (int round = 0; round < 8; round++)
        {
            string log = WriteLog("prefix-" + round + ".log", 150, 40 + round);
            using var cache = NewCache();
            Get(cache, log);
            long prefix = _analyzer.FindBoundary(log, new FileInfo(log).Length, CancellationToken.None);
            if (prefix <= 0) continue; // a log the engine cannot cut (sniffed as a support dump): never incremental
            tested++;
            // First byte, last byte of the stored prefix, and random ones between.
            long at = round switch { 0 => 0, 1 => prefix - 1, _ => rng.NextInt64(0, prefix) };
            using (var fs = new FileStream(log, FileMode.Open, FileAccess.ReadWrite))
            {
                fs.Position = at;
                int b = fs.ReadByte();
                fs.Position = at;
                fs.WriteByte((byte)(b ^ 0x20));
            }
            Append(log, CorpusLog.Generate(rng, 20, ref _clock));

            var result = Get(cache, log);

            Assert.Equal(CacheOutcome.Miss, result.Outcome);
            Assert.Equal(0, result.Result.CacheInfo!.IncrementalBytes);
            Assert.Equal(Json(_analyzer.Reference(log)), Json(result.Result));
        }
        Assert.True(tested >= 6, "most of the generated logs can be extended");
    }

    [Fact]
    public void ADamagedIncrementalState_IsDiscarded_AndTheGrownLogGetsAFullRun()
    {
        string log = WriteLog("rocketchat.log", 200, 33);
        using var cache = NewCache();
        Get(cache, log);
        using var fresh = NewCache();
        using (var c = new SqliteConnection("Data Source=" + cache.FilePath + ";Pooling=False"))
        {
            c.Open();
            using var read = c.CreateCommand();
            read.CommandText = "SELECT prefix_state FROM analysis_cache;";
            byte[] state = ResultSerializer.Unpack((byte[])read.ExecuteScalar()!);
            state[state.Length / 2] ^= 0x01; // one flipped bit: the checksum must catch it
            using var write = c.CreateCommand();
            write.CommandText = "UPDATE analysis_cache SET prefix_state = $s;";
            write.Parameters.AddWithValue("$s", ResultSerializer.Pack(state));
            Assert.Equal(1, write.ExecuteNonQuery());
        }
        Append(log, CorpusLog.Generate(new Random(34), 30, ref _clock));

        var result = Get(fresh, log);

        Assert.Equal(CacheOutcome.Miss, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == "CacheEntryDamaged");
        Assert.Equal(Json(_analyzer.Reference(log)), Json(result.Result));
        Append(log, CorpusLog.Generate(new Random(35), 10, ref _clock));
        Assert.Equal(CacheOutcome.Incremental, Get(fresh, log).Outcome);
    }

    [Fact]
    public void ATouchedButUnchangedLog_IsAHitWithoutAnalysis()
    {
        string log = WriteLog("rocketchat.log", 200, 14);
        using var cache = NewCache();
        Get(cache, log);
        int calls = _analyzer.Calls;
        File.SetLastWriteTimeUtc(log, DateTime.UtcNow.AddMinutes(1));

        var result = Get(cache, log);

        Assert.Equal(CacheOutcome.Hit, result.Outcome);
        Assert.Equal(calls, _analyzer.Calls);
    }

    [Fact]
    public void AFileChangedWithinTheRacyWindow_IsRehashedNotTrusted()
    {
        string log = WriteLog("rocketchat.log", 100, 15);
        using var cache = NewCache(racy: TimeSpan.FromHours(1));
        Get(cache, log);
        var mtime = File.GetLastWriteTimeUtc(log);
        // Same size, mtime put back: only the racy check (the memo is younger than the window) and ctime guard this.
        string text = File.ReadAllText(log);
        File.WriteAllText(log, string.Concat("Z", text.AsSpan(1)));
        File.SetLastWriteTimeUtc(log, mtime);

        var result = Get(cache, log);

        Assert.Equal(CacheOutcome.Miss, result.Outcome);
        Assert.Equal(Json(_analyzer.Reference(log)), Json(result.Result));
    }

    [Fact]
    public void AGzipLog_IsCachedWhole_AndGrowingItMeansAFullRun()
    {
        string plain = CorpusLog.Generate(new Random(16), 200, ref _clock);
        string gz = _dir.File("rocketchat.log.gz");
        WriteGzip(gz, plain);
        using var cache = NewCache();

        var first = Get(cache, gz);
        var second = Get(cache, gz);
        WriteGzip(gz, plain + CorpusLog.Generate(new Random(17), 20, ref _clock));
        var third = Get(cache, gz);

        Assert.Equal(CacheOutcome.Miss, first.Outcome);
        Assert.Equal(CacheOutcome.Hit, second.Outcome);
        Assert.Equal(CacheOutcome.Miss, third.Outcome);
        Assert.Equal(Json(_analyzer.Reference(gz)), Json(third.Result));
    }

    private static void WriteGzip(string path, string text)
    {
        using var fs = File.Create(path);
        using var gz = new GZipStream(fs, CompressionLevel.Fastest);
        gz.Write(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void WhenTheMemoIsLost_TheDigestComputedAlongsideFindsTheStoredResult_AndTheAnalysisIsCancelled()
    {
        string gz = _dir.File("rocketchat.log.gz");
        WriteGzip(gz, CorpusLog.Generate(new Random(18), 300, ref _clock));
        using var cache = NewCache();
        Get(cache, gz);
        using (var c = new SqliteConnection("Data Source=" + cache.FilePath + ";Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DELETE FROM file_memo;";
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }
        bool cancelled = false;
        var blocking = Create(_rules, _options);
        // Stands for a long analysis: it only ends when the cache cancels it.
        blocking.OnAnalyze = ct =>
        {
            cancelled = ct.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            ct.ThrowIfCancellationRequested();
        };

        var result = Get(cache, gz, analyzer: blocking);

        Assert.Equal(CacheOutcome.Hit, result.Outcome);
        Assert.Equal(1, blocking.Calls);
        Assert.True(cancelled);
    }

    [Fact]
    public void SeveralFiles_AreMergedInOrder_AndHitTogether()
    {
        string a = WriteLog("a.log", 120, 19);
        string b = WriteLog("b.log", 80, 20);
        using var cache = NewCache();

        var first = CachedAnalysis.GetOrAnalyzeLog(new[] { a, b }, _rules, _options, _analyzer, new CacheRequest { Cache = cache });
        var second = CachedAnalysis.GetOrAnalyzeLog(new[] { a, b }, _rules, _options, _analyzer, new CacheRequest { Cache = cache });
        string expectedBefore = Json(LogAnalysis.Merge(_analyzer.Reference(a), _analyzer.Reference(b)));
        Append(b, CorpusLog.Generate(new Random(21), 10, ref _clock));
        var third = CachedAnalysis.GetOrAnalyzeLog(new[] { a, b }, _rules, _options, _analyzer, new CacheRequest { Cache = cache });

        Assert.Equal(CacheOutcome.Miss, first.Outcome);
        Assert.Equal(CacheOutcome.Hit, second.Outcome);
        Assert.Equal(CacheOutcome.Incremental, third.Outcome);
        Assert.Equal(expectedBefore, Json(first.Result));
        Assert.Equal(expectedBefore, Json(second.Result));
        Assert.Equal(Json(LogAnalysis.Merge(_analyzer.Reference(a), _analyzer.Reference(b))), Json(third.Result));
        Assert.Equal(2, third.Result.Files.Count);
        Assert.Equal(first.Result.CacheInfo!.Key, second.Result.CacheInfo!.Key);
        Assert.NotEqual(second.Result.CacheInfo.Key, third.Result.CacheInfo!.Key);
    }

    [Fact]
    public void MaxAge_RecomputesOlderResults_AndRefreshAlwaysRecomputes()
    {
        string log = WriteLog("rocketchat.log", 100, 22);
        using var cache = NewCache();
        Get(cache, log);
        Thread.Sleep(50);

        var young = Get(cache, log, new CacheRequest { Cache = cache, MaxAge = TimeSpan.FromHours(1) });
        var old = Get(cache, log, new CacheRequest { Cache = cache, MaxAge = TimeSpan.FromMilliseconds(20) });
        var refreshed = Get(cache, log, new CacheRequest { Cache = cache, Refresh = true });
        var after = Get(cache, log);

        Assert.Equal(CacheOutcome.Hit, young.Outcome);
        Assert.Equal(CacheOutcome.Miss, old.Outcome);
        Assert.Equal(CacheOutcome.Refreshed, refreshed.Outcome);
        Assert.Equal(CacheOutcome.Hit, after.Outcome);
        Assert.Equal(refreshed.Result.CacheInfo!.StoredAt, after.Result.CacheInfo!.StoredAt);
    }

    [Fact]
    public void ExpiredResults_AreIgnoredAndPurged()
    {
        string log = WriteLog("rocketchat.log", 100, 23);
        using var cache = AnalysisCache.OpenPrivate(_dir.File("cache.db"), new AnalysisCacheOptions { RacyWindow = TimeSpan.Zero, DefaultExpiry = TimeSpan.FromMilliseconds(30) });
        Get(cache, log);
        Thread.Sleep(60);

        var result = Get(cache, log);
        Thread.Sleep(60);
        long purged = cache.PurgeExpired();

        Assert.Equal(CacheOutcome.Miss, result.Outcome);
        Assert.Equal(1, purged);
        Assert.Equal(0, cache.Summarize().Entries);
    }

    [Fact]
    public void ACorruptCacheFile_IsMovedAside_TheAnalysisStillRuns_AndTheNewCacheWorks()
    {
        string log = WriteLog("rocketchat.log", 100, 24);
        File.WriteAllBytes(_dir.File("cache.db"), Encoding.ASCII.GetBytes(new string('#', 8192)));
        using var cache = NewCache();

        var first = Get(cache, log);
        var second = Get(cache, log);

        Assert.Equal(Json(_analyzer.Reference(log)), Json(first.Result));
        var warning = Assert.Single(first.Diagnostics, d => d.Code == "CacheCorrupt");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        string aside = Assert.Single(Directory.GetFiles(_dir.Path, "cache.db.corrupt-*"));
        Assert.Contains(aside, warning.Message, StringComparison.Ordinal);
        Assert.Equal(8192, new FileInfo(aside).Length);
        Assert.Equal(CacheOutcome.Hit, second.Outcome);
        Assert.Empty(second.Diagnostics);
    }

    [Fact]
    public void ACacheFileDamagedInTheMiddle_IsMovedAsideWhenReadAndRecreated()
    {
        string log = WriteLog("rocketchat.log", 400, 25);
        string other = WriteLog("other.log", 400, 26);
        using (var cache = NewCache())
        {
            Get(cache, log);
            Get(cache, other);
        }
        SqliteConnection.ClearAllPools();
        string db = _dir.File("cache.db");
        using (var c = new SqliteConnection("Data Source=" + db + ";Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            cmd.ExecuteNonQuery();
        }
        // Overwrite every page after the first two with noise: b-tree pages of the tables are gone.
        using (var fs = new FileStream(db, FileMode.Open, FileAccess.ReadWrite))
        {
            var noise = new byte[fs.Length - 8192];
            new Random(1).NextBytes(noise);
            fs.Position = 8192;
            fs.Write(noise);
        }

        using var reopened = NewCache();
        var firstDiagnostics = new List<Diagnostic>();
        var summary = reopened.Summarize(null, firstDiagnostics);
        var laterDiagnostics = new List<Diagnostic>();
        reopened.Summarize(null, laterDiagnostics);
        var again = Get(reopened, log);

        Assert.Contains(firstDiagnostics, d => d.Code == "CacheCorrupt");
        Assert.NotEmpty(Directory.GetFiles(_dir.Path, "cache.db.corrupt-*"));
        Assert.Equal(0, summary.Entries);
        Assert.Empty(laterDiagnostics);
        Assert.Equal(CacheOutcome.Miss, again.Outcome);
        Assert.Equal(Json(_analyzer.Reference(log)), Json(again.Result));
    }

    [Fact]
    public void WhenTheCacheCannotBeCreated_TheAnalysisRunsUncached_WithAWarning()
    {
        string log = WriteLog("rocketchat.log", 100, 27);
        File.WriteAllText(_dir.File("not-a-directory"), "a file where the cache directory should be");
        using var cache = AnalysisCache.OpenPrivate(Path.Combine(_dir.File("not-a-directory"), "sub", "cache.db"));

        var first = Get(cache, log);
        var second = Get(cache, log);

        Assert.Equal(CacheOutcome.Uncached, first.Outcome);
        Assert.Equal(CacheOutcome.Uncached, second.Outcome);
        Assert.Contains(first.Diagnostics, d => d.Code == "CacheUnavailable");
        Assert.Contains(second.Diagnostics, d => d.Code == "CacheUnavailable");
        Assert.Equal(Json(_analyzer.Reference(log)), Json(second.Result));
        Assert.False(cache.IsAvailable);
    }

    [Fact]
    public void ADamagedStoredResult_IsDiscardedAndRecomputed()
    {
        string log = WriteLog("rocketchat.log", 100, 28);
        using var cache = NewCache();
        Get(cache, log);
        using var fresh = NewCache(); // no memory tier: the damaged row is what it reads
        using (var c = new SqliteConnection("Data Source=" + cache.FilePath + ";Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE analysis_cache SET analysis_result = x'01ff00ff00';";
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }

        var result = Get(fresh, log);

        Assert.Equal(CacheOutcome.Miss, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == "CacheEntryDamaged");
        Assert.Equal(Json(_analyzer.Reference(log)), Json(result.Result));
        Assert.Equal(CacheOutcome.Hit, Get(fresh, log).Outcome);
    }

    [Fact]
    public void Lookups_AreCountedForTheHitRateAndProcessingTime()
    {
        string log = WriteLog("rocketchat.log", 100, 29);
        using var cache = NewCache();
        Get(cache, log);
        Get(cache, log);
        Get(cache, log);
        Append(log, CorpusLog.Generate(new Random(30), 5, ref _clock));
        Get(cache, log);

        var stats = cache.GetStatistics(TimeSpan.FromHours(1));

        Assert.Equal(2, stats.Hits);
        Assert.Equal(1, stats.Misses);
        Assert.Equal(1, stats.IncrementalRuns);
        Assert.Equal(0.5, stats.HitRate!.Value, 3);
        Assert.NotNull(stats.AverageProcessingTime);
        Assert.Equal(1, stats.Entries);
        Assert.True(stats.IsAvailable);
    }

    [Fact]
    public void WithoutACache_TheAnalyzerRunsAndNothingIsStored()
    {
        string log = WriteLog("rocketchat.log", 100, 31);

        var result = CachedAnalysis.GetOrAnalyzeLog(new[] { log }, _rules, _options, _analyzer, new CacheRequest());

        Assert.Equal(CacheOutcome.Uncached, result.Outcome);
        Assert.Null(result.Result.CacheInfo);
        Assert.False(File.Exists(_dir.File("cache.db")));
    }
}
