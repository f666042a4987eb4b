using RocketChatAnalyzer.Dump;
using Xunit;

namespace RocketChatAnalyzer.Tests.Dump;

public class HealthScoreTests
{
    private static readonly DateTime T0 = new(2025, 7, 10, 11, 0, 0, DateTimeKind.Utc);

    private static LogAnalysis Log(int scale) => new LogBuilder()
        .Add(LogLevel.Info, "Checking for version updates", T0, times: 900 * scale)
        .Add(LogLevel.Warn, "The method channels.history is deprecated and will be removed in version 8.0.0", T0, times: 60 * scale)
        .Add(LogLevel.Error, "Failed to get Workspace AccessToken from Rocket.Chat Cloud", T0, times: 30 * scale)
        .Add(LogLevel.Error, "connection time out", T0, times: 10 * scale)
        .Build();

    [Fact]
    public void ALongLogWithTheSameErrorRateGetsTheSameScore()
    {
        var shortLog = LogChecksTests.AnalyzeLog(Log(1));      // 1 000 entries
        var longLog = LogChecksTests.AnalyzeLog(Log(100));     // 100 000 entries
        Assert.Equal(1000, shortLog.Log.TotalEntries);
        Assert.Equal(100_000, longLog.Log.TotalEntries);
        Assert.Equal(shortLog.HealthScore.Components["Logs"], longLog.HealthScore.Components["Logs"]);
        Assert.Equal(shortLog.HealthScore.Overall, longLog.HealthScore.Overall);
        Assert.InRange(longLog.HealthScore.Components["Logs"], 40, 90); // 4% errors hurt, but do not sink it to 0
    }

    [Fact]
    public void TheLogsScoreFollowsTheDocumentedFormula()
    {
        // 1000 entries, 10 errors: r_e = 10 per 1000 → 8 · 10 · (1 − e^(−10/100)) = 7.61 → 92.
        var log = new LogBuilder().Add(LogLevel.Info, "Using change streams", T0, times: 990).Add(LogLevel.Error, "connection time out", T0, times: 10).Build();
        Assert.Equal(92, LogChecksTests.AnalyzeLog(log).HealthScore.Components["Logs"]);
        // A clean log scores 100.
        Assert.Equal(100, LogChecksTests.AnalyzeLog(new LogBuilder().Add(LogLevel.Info, "Using change streams", T0, times: 50).Build()).HealthScore.Components["Logs"]);
    }

    [Fact]
    public void MoreErrorsMeanALowerLogsScore()
    {
        int Score(int errors) => LogChecksTests.AnalyzeLog(new LogBuilder()
            .Add(LogLevel.Info, "Using change streams", T0, times: 1000 - errors)
            .Add(LogLevel.Error, "connection time out", T0, times: errors).Build()).HealthScore.Components["Logs"];
        int[] scores = { Score(0), Score(5), Score(50), Score(300), Score(900) };
        for (int i = 1; i < scores.Length; i++) Assert.True(scores[i] < scores[i - 1], string.Join(",", scores));
        Assert.True(scores[^1] >= 0);
    }

    [Fact]
    public void EmptyInputIsNoDataNeverPerfect()
    {
        using var empty = new TempDir();
        var r = DumpData.Analyze(empty.Path);
        Assert.Equal("NoData", r.HealthScore.Label);
        Assert.Equal(0, r.HealthScore.Overall);
        Assert.Empty(r.HealthScore.Components);
        Assert.Contains(r.Diagnostics, d => d.Code == "NoDumpFiles");
        Assert.Equal(RecommendationBuilder.NothingAnalysed, Assert.Single(r.Recommendations).Text);
    }

    [Fact]
    public void OnlyMalformedOrUnrecognisedFilesAreNoDataToo()
    {
        using var dir = new TempDir();
        dir.Write("7.8.0-settings.json", "[{\"_id\":\"Log_Level\",");
        dir.Write("notes.json", "{\"todo\":[\"call customer\"]}");
        var r = DumpData.Analyze(dir.Path);
        Assert.Equal("NoData", r.HealthScore.Label);
        Assert.Contains(r.Diagnostics, d => d.Code == "MalformedJson");
        Assert.Contains(r.Diagnostics, d => d.Code == "UnrecognizedFile");
    }

    [Fact]
    public void TheHealthyDumpIsExcellentAndTheWeakOneMuchWorse()
    {
        var healthy = DumpData.Analyze(DumpData.Dir("healthy")).HealthScore;
        var weak = DumpData.Analyze(DumpData.Dir("weak")).HealthScore;
        Assert.Equal("Excellent", healthy.Label);
        Assert.True(healthy.Overall >= 90);
        Assert.Equal(new[] { "Logs", "Settings", "Security", "Performance", "Omnichannel", "Apps" }, healthy.Components.Keys);
        Assert.True(weak.Overall < 50, weak.ToString());
        Assert.Equal("Critical", weak.Label);
        foreach (var c in weak.Components) Assert.True(c.Value <= healthy.Components[c.Key], c.Key);
    }

    [Fact]
    public void DistinctFindingsAreWeighedAndEachRulesDeductionIsCapped()
    {
        string Apps(int n) => "{\"apps\":[" + string.Join(",", Enumerable.Range(1, n).Select(i =>
            "{\"id\":\"app-" + i + "\",\"name\":\"Bot " + i + "\",\"version\":\"1.0." + i + "\",\"status\":\"manually_disabled\"}")) + "],\"success\":true}";
        int Score(int n)
        {
            using var dir = new TempDir();
            dir.Write("7.8.0-apps-installed.json", Apps(n));
            return DumpData.Analyze(dir.Path).HealthScore.Components["Apps"];
        }
        Assert.Equal(99, Score(1));
        Assert.Equal(98, Score(2));
        Assert.Equal(98, Score(40)); // forty disabled apps count like two
    }

    [Fact]
    public void ACriticalFindingCapsTheOverallScore()
    {
        var log = new LogBuilder().Add(LogLevel.Info, "Using change streams", T0, times: 100_000).Add(LogLevel.Fatal, "Uncaught exception in method sendMessage", T0).Build();
        var r = LogChecksTests.AnalyzeLog(log);
        Assert.True(r.HealthScore.Components["Logs"] >= 99);
        Assert.Equal(HealthScoreCalculator.CriticalCap, r.HealthScore.Overall);
        Assert.Equal("Warning", r.HealthScore.Label);
    }

    [Fact]
    public void SeverityWeightsComeFromTheRules()
    {
        var heavy = AnalysisRules.Parse("""{"analysisRules":{"severityWeights":{"critical":40,"error":20,"warning":15,"info":2}}}""", "test", AnalysisRules.Default);
        var normal = SettingsChecksTests.AnalyzeSettings("""[{"_id":"Accounts_TwoFactorAuthentication_Enabled","value":false}]""");
        using var dir = new TempDir();
        dir.Write("7.8.0-settings.json", """[{"_id":"Accounts_TwoFactorAuthentication_Enabled","value":false}]""");
        var weighted = DumpData.Analyze(dir.Path, DumpData.Options() with { Rules = heavy });
        Assert.Equal(95, normal.HealthScore.Components["Security"]);
        Assert.Equal(85, weighted.HealthScore.Components["Security"]);
    }

    [Theory]
    [InlineData(100, "Excellent")]
    [InlineData(90, "Excellent")]
    [InlineData(89, "Good")]
    [InlineData(70, "Good")]
    [InlineData(69, "Warning")]
    [InlineData(50, "Warning")]
    [InlineData(49, "Critical")]
    [InlineData(0, "Critical")]
    public void LabelsFollowTheThresholds(int overall, string label) =>
        Assert.Equal(label, HealthScoreCalculator.LabelFor(overall));

    [Fact]
    public void TheSeverityFilterChangesFindingsButNotTheScore()
    {
        var all = DumpData.Analyze(DumpData.Dir("weak"));
        var errors = DumpData.Analyze(DumpData.Dir("weak"), DumpData.Options(FindingSeverity.Error));
        Assert.All(errors.Findings, f => Assert.True(f.Severity >= FindingSeverity.Error));
        Assert.True(errors.Findings.Count < all.Findings.Count);
        Assert.Equal(all.HealthScore.Overall, errors.HealthScore.Overall);
        Assert.Equal(all.HealthScore.FindingCounts, errors.HealthScore.FindingCounts);
        Assert.Equal(all.Findings.Count, all.HealthScore.FindingCounts.Values.Sum());
        Assert.Equal(all.Recommendations.Select(x => x.Text), errors.Recommendations.Select(x => x.Text));
    }

    [Fact]
    public void TheResultIsDeterministic()
    {
        string a = DumpData.Serialize(DumpData.Analyze(DumpData.Dir("weak")));
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            string b = DumpData.Serialize(DumpData.Analyze(DumpData.Dir("weak")));
            Assert.Equal(a, b);
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = saved; }
    }
}
