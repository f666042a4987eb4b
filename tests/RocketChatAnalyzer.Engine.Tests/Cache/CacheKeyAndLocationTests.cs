using RocketChatAnalyzer.Cache;
using Xunit;

namespace RocketChatAnalyzer.Tests.Cache;

public sealed class CacheKeyTests
{
    private static string Key(AnalysisRules rules, object options, VersionStamp? versions = null) =>
        CacheKey.ForConfiguration("log", rules, CacheKey.Describe(options), versions ?? VersionStamp.Current);

    [Fact]
    public void EveryResultOption_ChangesTheKey_ButThreadsAndChunkSizeDoNot()
    {
        var o = new LogAnalysisOptions();
        string baseKey = Key(AnalysisRules.Default, o);

        Assert.Equal(baseKey, Key(AnalysisRules.Default, o with { ThrottleLimit = 7, ChunkSize = 12345 }));
        Assert.NotEqual(baseKey, Key(AnalysisRules.Default, o with { Format = LogFormat.Json }));
        Assert.NotEqual(baseKey, Key(AnalysisRules.Default, o with { MaxTemplates = 10 }));
        Assert.NotEqual(baseKey, Key(AnalysisRules.Default, o with { Templates = false }));
        Assert.NotEqual(baseKey, Key(AnalysisRules.Default, o with { MaxEntryBytes = 1024 }));
        Assert.NotEqual(baseKey, Key(AnalysisRules.Default, o with { MaxExampleChars = 10 }));
        Assert.NotEqual(baseKey, Key(AnalysisRules.Default, o with { MaxDiagnostics = 5 }));
        Assert.NotEqual(baseKey, Key(AnalysisRules.Default, o with { TopMessagesPerLevel = 1 }));
    }

    [Fact]
    public void DumpOptions_ChangeTheKey_ExceptThreadsAndTheRulesObject()
    {
        string Dump(DumpAnalyzerOptions o) =>
            CacheKey.ForConfiguration("dump", AnalysisRules.Default, CacheKey.Describe(o, new HashSet<string>(CacheKey.ResultNeutralOptions) { "Rules" }));
        var plain = AnalyzerBinding.DumpOptions(AnalysisRules.Default, false, FindingSeverity.Info, 2);

        Assert.Equal(Dump(plain), Dump(AnalyzerBinding.DumpOptions(AnalysisRules.Default, false, FindingSeverity.Info, 8)));
        Assert.NotEqual(Dump(plain), Dump(plain with { IncludeSecret = true }));
        Assert.NotEqual(Dump(plain), Dump(plain with { MinimumSeverity = FindingSeverity.Error }));
        Assert.NotEqual(Dump(plain with { MinimumSeverity = FindingSeverity.Warning }), Dump(plain with { MinimumSeverity = FindingSeverity.Error }));
        Assert.NotEqual(Dump(plain), Dump(plain with { TopErrorTemplates = 9 }));
        Assert.NotEqual(Dump(plain), Dump(plain with { LogOptions = plain.LogOptions with { Templates = false } }));
        Assert.NotEqual(Dump(plain), Dump(plain with { Now = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc) }));
    }

    [Fact]
    public void RulesAndVersions_ChangeTheKey()
    {
        var o = new LogAnalysisOptions();
        var rules = AnalysisRules.Parse("""{"logPatterns":{"security":["brute force"]}}""", "r.json", AnalysisRules.Default);
        var now = VersionStamp.Current;

        Assert.NotEqual(Key(AnalysisRules.Default, o), Key(rules, o));
        Assert.NotEqual(Key(AnalysisRules.Default, o), Key(AnalysisRules.Default, o, now with { EngineBuild = "9.9.9" }));
        Assert.NotEqual(Key(AnalysisRules.Default, o), Key(AnalysisRules.Default, o, now with { EngineLogic = 99 }));
        Assert.NotEqual(Key(AnalysisRules.Default, o), Key(AnalysisRules.Default, o, now with { Payload = 99 }));
        Assert.NotEqual(Key(AnalysisRules.Default, o), Key(AnalysisRules.Default, o, now with { ResultSchema = 99 }));
        Assert.NotEqual(CacheKey.ForConfiguration("log", AnalysisRules.Default, CacheKey.Describe(o)),
            CacheKey.ForConfiguration("dump", AnalysisRules.Default, CacheKey.Describe(o)));
    }

    [Fact]
    public void OptionValuesThatLookLikeSeparators_DoNotCollide()
    {
        var a = new[] { new KeyValuePair<string, string>("A", "x\noption.B=y") };
        var b = new[] { new KeyValuePair<string, string>("A", "x"), new KeyValuePair<string, string>("B", "y") };

        Assert.NotEqual(CacheKey.ForConfiguration("log", AnalysisRules.Default, a), CacheKey.ForConfiguration("log", AnalysisRules.Default, b));
    }

    [Fact]
    public void EngineBuild_IsTheAssemblyInformationalVersion()
    {
        Assert.StartsWith("0.", CacheKey.EngineBuild, StringComparison.Ordinal);
    }
}

// Environment variables are process-wide: this class must not run beside another that reads them.
[Collection(nameof(EnvironmentSensitive))]
public sealed class CacheLocationTests
{
    [Fact]
    public void TheExplicitPath_WinsOverTheEnvironmentVariable_AndADirectoryMeansCacheDbInside()
    {
        using var dir = new TempDirectory();
        string? saved = Environment.GetEnvironmentVariable(CacheLocation.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(CacheLocation.EnvironmentVariable, dir.File("from-env.db"));

            Assert.Equal(dir.File("explicit.db"), CacheLocation.Resolve(dir.File("explicit.db")));
            Assert.Equal(dir.File("from-env.db"), CacheLocation.Resolve());
            Assert.Equal(Path.Combine(dir.Path, "cache.db"), CacheLocation.Resolve(dir.Path));
        }
        finally
        {
            Environment.SetEnvironmentVariable(CacheLocation.EnvironmentVariable, saved);
        }
    }

    [Fact]
    public void WithoutOverrides_TheDefaultIsUnderXdgCacheHome_OrDotCache()
    {
        if (OperatingSystem.IsWindows()) return; // %LOCALAPPDATA% there; not reachable on this machine
        string? savedEnv = Environment.GetEnvironmentVariable(CacheLocation.EnvironmentVariable);
        string? savedXdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        try
        {
            Environment.SetEnvironmentVariable(CacheLocation.EnvironmentVariable, null);
            Environment.SetEnvironmentVariable("XDG_CACHE_HOME", "/var/tmp/xdg");
            Assert.Equal("/var/tmp/xdg/RocketChatAnalyzer/cache.db", CacheLocation.Resolve());

            Environment.SetEnvironmentVariable("XDG_CACHE_HOME", "relative/ignored");
            string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            Assert.Equal(Path.Combine(home, ".cache", "RocketChatAnalyzer", "cache.db"), CacheLocation.Resolve());
        }
        finally
        {
            Environment.SetEnvironmentVariable(CacheLocation.EnvironmentVariable, savedEnv);
            Environment.SetEnvironmentVariable("XDG_CACHE_HOME", savedXdg);
        }
    }
}

[CollectionDefinition(nameof(EnvironmentSensitive), DisableParallelization = true)]
public sealed class EnvironmentSensitive
{
}
