using System.IO.Compression;
using System.Text;
using RocketChatAnalyzer.Cache;
using Xunit;

namespace RocketChatAnalyzer.Tests.Cache;

public sealed class CachedDumpAnalysisTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private int _calls;

    public void Dispose() => _dir.Dispose();

    private AnalysisCache NewCache() => AnalysisCache.OpenPrivate(_dir.File("cache.db"), new AnalysisCacheOptions { RacyWindow = TimeSpan.Zero });

    private string Folder()
    {
        string folder = Path.Combine(_dir.Path, "7.8.0-dump");
        SampleDump.WriteFolder(folder);
        return folder;
    }

    private CachedResult<DumpAnalysis> Get(AnalysisCache? cache, string path, DumpAnalyzerOptions? options = null, CacheRequest? request = null)
    {
        var o = options ?? new DumpAnalyzerOptions();
        return CachedAnalysis.GetOrAnalyzeDump(path, AnalysisRules.Default, o,
            (p, ct) =>
            {
                Interlocked.Increment(ref _calls);
                string folder = Directory.Exists(p) ? p : Extract(p);
                var r = SampleDump.Analyze(folder, o.IncludeSecret);
                r.Path = p;
                return r;
            },
            request ?? new CacheRequest { Cache = cache });
    }

    private string Extract(string zip)
    {
        string to = Path.Combine(_dir.Path, "extracted-" + Guid.NewGuid().ToString("N"));
        ZipFile.ExtractToDirectory(zip, to);
        return to;
    }

    private static string Json(DumpAnalysis d) => Encoding.UTF8.GetString(ResultSerializer.ToJson(d));

    [Fact]
    public void AFolderDump_IsAnalysedOnce_ThenServedFromTheCache()
    {
        string folder = Folder();
        using var cache = NewCache();

        var first = Get(cache, folder);
        var second = Get(cache, folder);

        Assert.Equal(CacheOutcome.Miss, first.Outcome);
        Assert.Equal(CacheOutcome.Hit, second.Outcome);
        Assert.Equal(1, _calls);
        Assert.Equal(Json(first.Result), Json(second.Result));
        Assert.True(second.Result.CacheInfo!.Hit);
        Assert.Equal(first.Result.CacheInfo!.Key, second.Result.CacheInfo.Key);
        Assert.Equal("7.8.0", second.Result.ServerVersion);
    }

    [Fact]
    public void ChangingAddingOrRenamingAMember_Misses()
    {
        string folder = Folder();
        using var cache = NewCache();
        Get(cache, folder);

        File.WriteAllText(Path.Combine(folder, "7.8.0-settings.json"), SampleDump.Settings.Replace("\"value\": \"0\"", "\"value\": \"2\"", StringComparison.Ordinal));
        var changed = Get(cache, folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "customer says: slow since upgrade");
        var added = Get(cache, folder);
        File.Move(Path.Combine(folder, "notes.txt"), Path.Combine(folder, "notes-old.txt"));
        var renamed = Get(cache, folder);
        var unchanged = Get(cache, folder);

        Assert.Equal(CacheOutcome.Miss, changed.Outcome);
        Assert.Equal(CacheOutcome.Miss, added.Outcome);
        Assert.Equal(CacheOutcome.Miss, renamed.Outcome);
        Assert.Equal(CacheOutcome.Hit, unchanged.Outcome);
        Assert.Equal("2", changed.Result.Settings.Items.Single(i => i.Id == "Log_Level").Value);
    }

    [Fact]
    public void IncludeSecret_IsPartOfTheKey_SoARedactedResultIsNeverServedUnredacted_OrTheOtherWay()
    {
        string folder = Folder();
        using var cache = NewCache();

        var redacted = Get(cache, folder);
        var withSecret = Get(cache, folder, new DumpAnalyzerOptions { IncludeSecret = true });
        var redactedAgain = Get(cache, folder);

        Assert.Equal(CacheOutcome.Miss, withSecret.Outcome);
        Assert.Equal("hunter2", withSecret.Result.Settings.Items.Single(i => i.Id == "SMTP_Password").Value);
        Assert.Equal(CacheOutcome.Hit, redactedAgain.Outcome);
        Assert.Equal(SettingItem.RedactedValue, redactedAgain.Result.Settings.Items.Single(i => i.Id == "SMTP_Password").Value);
        Assert.NotEqual(redacted.Result.CacheInfo!.Key, withSecret.Result.CacheInfo!.Key);
    }

    [Fact]
    public void AZipDumpRezippedWithTheSameFiles_IsStillAHit()
    {
        string folder = Folder();
        string zip = _dir.File("7.8.0-dump.zip");
        ZipFile.CreateFromDirectory(folder, zip, CompressionLevel.Fastest, includeBaseDirectory: false);
        using var cache = NewCache();
        var first = Get(cache, zip);

        File.Delete(zip);
        ZipFile.CreateFromDirectory(folder, zip, CompressionLevel.SmallestSize, includeBaseDirectory: false);
        var again = Get(cache, zip);

        // The new zip is not in the memo, so an analysis starts while it is hashed; the hash finds
        // the stored result and that analysis is abandoned.
        Assert.Equal(CacheOutcome.Hit, again.Outcome);
        Assert.Equal(first.Result.CacheInfo!.Key, again.Result.CacheInfo!.Key);
        Assert.Equal(Json(first.Result), Json(again.Result));
    }

    [Fact]
    public void TheSameDumpAtAnotherPath_IsAnalysedForThatPath()
    {
        string folder = Folder();
        string copy = Path.Combine(_dir.Path, "copy");
        SampleDump.WriteFolder(copy);
        using var cache = NewCache();
        Get(cache, folder);

        var other = Get(cache, copy);

        Assert.Equal(CacheOutcome.Miss, other.Outcome);
        Assert.Equal(copy, other.Result.Path);
    }

    [Fact]
    public void TheSampleDump_ThroughTheCache_EqualsTheDumpAnalyzersOwnResult_FolderAndZip()
    {
        // samples/7.8.0-support-dump (tools/New-SampleDump.ps1; sources in samples/SOURCES.md).
        string samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var options = AnalyzerBinding.DumpOptions(AnalysisRules.Default, includeSecret: false, FindingSeverity.Info, throttleLimit: 2)
            with { Now = new DateTime(2025, 7, 20, 12, 0, 0, DateTimeKind.Utc) };
        var analyze = AnalyzerBinding.CreateDumpAnalyzer(options);
        using var cache = NewCache();

        foreach (string dump in new[] { Path.Combine(samples, "7.8.0-support-dump"), Path.Combine(samples, "7.8.0-support-dump.zip") })
        {
            string expected = Json(analyze(dump, CancellationToken.None));
            var miss = CachedAnalysis.GetOrAnalyzeDump(dump, AnalysisRules.Default, options, analyze, new CacheRequest { Cache = cache });
            var hit = CachedAnalysis.GetOrAnalyzeDump(dump, AnalysisRules.Default, options,
                (_, _) => throw new InvalidOperationException("must be a hit"), new CacheRequest { Cache = cache });

            Assert.Equal(CacheOutcome.Miss, miss.Outcome);
            Assert.Equal(CacheOutcome.Hit, hit.Outcome);
            Assert.Equal(expected, Json(miss.Result));
            Assert.Equal(expected, Json(hit.Result));
            Assert.NotEmpty(hit.Result.Findings);
        }
    }

    [Fact]
    public void AMissingDump_IsFileNotFound()
    {
        using var cache = NewCache();

        Assert.Throws<FileNotFoundException>(() => Get(cache, _dir.File("nope.zip")));
        Assert.Equal(0, _calls);
    }

    [Fact]
    public void WithoutACache_TheAnalyzerRunsEveryTime()
    {
        string folder = Folder();

        var a = Get(null, folder);
        var b = Get(null, folder);

        Assert.Equal(CacheOutcome.Uncached, a.Outcome);
        Assert.Equal(CacheOutcome.Uncached, b.Outcome);
        Assert.Equal(2, _calls);
        Assert.Null(a.Result.CacheInfo);
    }
}
