using Xunit;

namespace RocketChatAnalyzer.Tests.Dump;

public class DumpAnalyzerTests
{
    [Fact]
    public void Analyze_ThrowsASpecificExceptionForAMissingPath()
    {
        string missing = Path.Combine(Path.GetTempPath(), "no-such-dump-" + Guid.NewGuid().ToString("N"));
        var ex = Assert.Throws<DumpPathNotFoundException>(() => new DumpAnalyzer().Analyze(missing));
        Assert.Equal(missing, ex.DumpPath);
        Assert.IsAssignableFrom<FileNotFoundException>(ex);
    }

    [Fact]
    public void Analyze_FillsEverySectionOfTheWeakDump()
    {
        var r = DumpData.Analyze(DumpData.Dir("weak"));
        Assert.Equal(Path.GetFullPath(DumpData.Dir("weak")), r.Path);
        Assert.Equal("7.8.0", r.ServerVersion);
        Assert.Equal(DumpData.Now, r.AnalyzedAt);
        Assert.Equal(DateTimeKind.Utc, r.AnalyzedAt.Kind);
        Assert.EndsWith("7.8.0-log.json", r.Files.Log, StringComparison.Ordinal);
        Assert.EndsWith("7.8.0-apps-installed.json", r.Files.Apps, StringComparison.Ordinal);
        Assert.Equal(43, r.Settings.Total);
        Assert.Equal(1, r.Log.Count(LogLevel.Fatal));
        Assert.Equal(8, r.Log.Count(LogLevel.Error));
        Assert.True(r.Statistics.Present);
        Assert.True(r.Omnichannel.Present);
        Assert.Equal(11, r.Apps.Total);
        Assert.NotEmpty(r.Recommendations);
        Assert.Contains(r.Diagnostics, d => d.Code == "TruncatedJson"); // from the log
    }

    [Fact]
    public void Analyze_SortsFindingsMostSevereFirstThenCategoryThenSubject()
    {
        var f = DumpData.Analyze(DumpData.Dir("weak")).Findings;
        for (int i = 1; i < f.Count; i++)
        {
            var (a, b) = (f[i - 1], f[i]);
            Assert.True(a.Severity > b.Severity
                || (a.Severity == b.Severity && a.Category < b.Category)
                || (a.Severity == b.Severity && a.Category == b.Category && string.CompareOrdinal(a.Subject, b.Subject) <= 0),
                $"{a} before {b}");
        }
    }

    [Fact]
    public void Analyze_AMalformedFileIsADiagnosticAndTheOtherFilesAreStillAnalysed()
    {
        using var dir = new TempDir();
        foreach (var file in Directory.GetFiles(DumpData.Dir("weak"), "*.json")) dir.Copy(file, Path.GetFileName(file));
        string settings = Path.Combine(dir.Path, "7.8.0-settings.json");
        string text = File.ReadAllText(settings);
        File.WriteAllText(settings, text.Substring(0, text.Length / 2)); // cut in half, as a broken download would be
        var r = DumpData.Analyze(dir.Path);

        var d = Assert.Single(r.Diagnostics, x => x.Code == "MalformedJson");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(settings, d.Source);
        Assert.NotNull(d.Line);
        Assert.NotNull(d.ByteOffset);
        Assert.False(r.Settings.Present);
        Assert.Empty(r.Settings.Items);
        Assert.DoesNotContain(r.Findings, f => f.Source == "7.8.0-settings.json");
        // Everything else is there.
        Assert.True(r.Statistics.Present);
        Assert.Equal(11, r.Apps.Total);
        Assert.True(r.Omnichannel.Present);
        Assert.True(r.Log.TotalEntries > 0);
        Assert.True(DumpData.Has(r, RuleIds.MigrationLocked));
        Assert.True(DumpData.Has(r, RuleIds.ManualRouting));
    }

    [Fact]
    public void Analyze_ASingleFileIsAnalysedForItsRole()
    {
        var r = DumpData.Analyze(DumpData.File("weak", "7.8.0-omnichannel-settings.json"));
        Assert.True(r.Omnichannel.Present);
        Assert.False(r.Settings.Present); // an omnichannel file alone is never the main settings
        Assert.Equal("7.8.0", r.ServerVersion); // from the file name prefix
        Assert.True(DumpData.Has(r, RuleIds.ManualRouting));
    }

    [Fact]
    public void Analyze_ASingleTextFileIsALog()
    {
        using var dir = new TempDir();
        string path = dir.Write("rocketchat-server.txt", "I20160803-19:35:55.368(0) (migrations.js:114) Migrations: Not migrating, already at version 55\n");
        LogInputDescriptor? seen = null;
        new DumpAnalyzer(DumpData.Options(), (d, ct) => { seen = d; return new LogAnalysis(); }).Analyze(path);
        Assert.Equal(path, seen?.FilePath);
    }

    [Fact]
    public void Analyze_HonoursCancellation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var analyzer = new DumpAnalyzer(DumpData.Options());
        Assert.ThrowsAny<OperationCanceledException>(() => analyzer.Analyze(DumpData.Dir("weak"), cts.Token));
    }

    [Fact]
    public void Analyze_PassesCancellationToTheLogDelegate()
    {
        using var cts = new CancellationTokenSource();
        var r = new DumpAnalyzer(DumpData.Options(), (d, ct) =>
        {
            Assert.Equal(cts.Token, ct);
            return new LogAnalysis();
        }).Analyze(DumpData.Dir("healthy"), cts.Token);
        Assert.NotNull(r);
    }

    [Fact]
    public void RuleIdCatalogue_ListsEveryRuleOnceAndTheWeakDumpsReachMostOfThem()
    {
        var ids = RuleIds.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var fired = DumpData.Analyze(DumpData.Dir("weak")).Findings.Select(f => f.RuleId).ToHashSet();
        // Rules the weak dump does not trigger have dedicated tests (each needs data that contradicts the weak dump).
        var elsewhere = new HashSet<string>
        {
            RuleIds.PasswordMinLength, RuleIds.RateLimiterDev, RuleIds.VersionAge, RuleIds.RoomsRatio,
            RuleIds.OmnichannelDisabled, RuleIds.ExternalRoutingNoUrl, RuleIds.LogEmpty,
        };
        foreach (var id in ids)
            Assert.True(fired.Contains(id) || elsewhere.Contains(id), id + " is neither fired by the weak dump nor listed as tested elsewhere");
        Assert.Empty(fired.Except(ids));
    }
}
