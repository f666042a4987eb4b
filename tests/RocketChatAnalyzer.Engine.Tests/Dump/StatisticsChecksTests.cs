using Newtonsoft.Json.Linq;
using Xunit;

namespace RocketChatAnalyzer.Tests.Dump;

public class StatisticsChecksTests
{
    private static readonly string[] s_weakRules =
    {
        RuleIds.HostMemory, RuleIds.LoadAverage, RuleIds.OnlineUsers, RuleIds.UploadsSize, RuleIds.MongoVersion,
        RuleIds.OplogDisabled, RuleIds.MultiInstance, RuleIds.UncaughtExceptions, RuleIds.MigrationLocked,
        RuleIds.MessageVolume, RuleIds.AppsFailed,
    };

    /// <summary>The healthy fixture's statistics with <paramref name="change"/> applied.</summary>
    private static DumpAnalysis AnalyzeStats(Action<JObject> change, DumpAnalyzerOptions? options = null, string? settings = null)
    {
        var stats = JObject.Parse(File.ReadAllText(DumpData.File("healthy", "7.8.0-server-statistics.json")));
        change(stats);
        using var dir = new TempDir();
        dir.Write("7.8.0-server-statistics.json", stats.ToString());
        if (settings is not null) dir.Write("7.8.0-settings.json", settings);
        return DumpData.Analyze(dir.Path, options);
    }

    [Fact]
    public void WeakStatistics_FireEveryStatisticsRule()
    {
        var r = DumpData.Analyze(DumpData.Dir("weak"));
        foreach (var id in s_weakRules)
        {
            var f = Assert.Single(DumpData.ByRule(r, id));
            Assert.Equal("7.8.0-server-statistics.json", f.Source);
            Assert.NotEmpty(f.Recommendation);
        }
    }

    [Fact]
    public void HealthyStatistics_FireNoStatisticsRule()
    {
        var r = DumpData.Analyze(DumpData.Dir("healthy"));
        Assert.DoesNotContain(r.Findings, f => f.RuleId.StartsWith("STAT-", StringComparison.Ordinal));
        Assert.Equal(50.0, r.Statistics.HostMemoryUsedPercent);
        Assert.Equal("Medium", r.Statistics.UserLoadLevel);
    }

    [Fact]
    public void MetricsAreReadWithoutAProcessObject()
    {
        // The PowerShell tool read every metric inside "if (stats.process)" and looked for process.memory.rss.
        var r = AnalyzeStats(s => { s.Remove("process"); s["os"]!["freemem"] = 429496729; });
        Assert.Equal(8589934592, r.Statistics.TotalMemory);
        Assert.Equal(95.0, r.Statistics.HostMemoryUsedPercent);
        var f = Assert.Single(DumpData.ByRule(r, RuleIds.HostMemory));
        Assert.Equal("95%", f.Value);
        Assert.Equal(7116, r.Statistics.TotalUsers);
    }

    [Fact]
    public void LoadAverageUsesTheOneMinuteValuePerCpu()
    {
        var r = AnalyzeStats(s => s["os"]!["loadavg"] = new JArray(6.41, 5.93, 5.27));
        Assert.Equal(1.6025, r.Statistics.LoadAveragePerCpu);
        Assert.Single(DumpData.ByRule(r, RuleIds.LoadAverage));
        Assert.Empty(DumpData.ByRule(AnalyzeStats(s => s["os"]!["loadavg"] = new JArray(5.6, 12.0, 12.0)), RuleIds.LoadAverage));
    }

    [Fact]
    public void OnlineUsersAreJudgedPerInstance()
    {
        var three = AnalyzeStats(s => { s["onlineUsers"] = 2400; s["instanceCount"] = 3; });
        Assert.Empty(DumpData.ByRule(three, RuleIds.OnlineUsers)); // 800 per instance
        var one = AnalyzeStats(s => s["onlineUsers"] = 1200);
        Assert.Equal(1200, Assert.Single(DumpData.ByRule(one, RuleIds.OnlineUsers)).Count);
    }

    [Theory]
    [InlineData("6.0.13", true)]
    [InlineData("4.4.29", true)]
    [InlineData("7.0.14", false)]
    [InlineData("7.0", false)]
    [InlineData("8.0.4", false)]
    [InlineData("10.0.1", false)] // numeric, not string, comparison: "10" > "7"
    public void MongoVersionIsComparedNumerically(string version, bool fires) =>
        Assert.Equal(fires, DumpData.Has(AnalyzeStats(s => s["mongoVersion"] = version), RuleIds.MongoVersion));

    [Fact]
    public void SeveralInstancesWithMicroservicesAreFine()
    {
        Assert.Empty(DumpData.ByRule(AnalyzeStats(s => { s["instanceCount"] = 4; s["msEnabled"] = true; }), RuleIds.MultiInstance));
        Assert.Single(DumpData.ByRule(AnalyzeStats(s => s["instanceCount"] = 2), RuleIds.MultiInstance));
    }

    [Fact]
    public void UploadsInGridFsAreAWarningElsewhereInfo()
    {
        const string gridFs = """[{"_id":"FileUpload_Storage_Type","value":"GridFS"}]""";
        var r = AnalyzeStats(s => s["uploadsTotalSize"] = 75L * 1024 * 1024 * 1024, settings: gridFs);
        Assert.Equal(FindingSeverity.Warning, Assert.Single(DumpData.ByRule(r, RuleIds.UploadsSize)).Severity);
        r = AnalyzeStats(s => s["uploadsTotalSize"] = 75L * 1024 * 1024 * 1024);
        Assert.Equal(FindingSeverity.Info, Assert.Single(DumpData.ByRule(r, RuleIds.UploadsSize)).Severity);
    }

    [Fact]
    public void MessageVolumeIsOnlyInfoWhenARetentionPolicyIsOn()
    {
        var on = AnalyzeStats(s => s["totalMessages"] = 5_000_000, settings: """[{"_id":"RetentionPolicy_Enabled","value":true}]""");
        Assert.Equal(FindingSeverity.Info, Assert.Single(DumpData.ByRule(on, RuleIds.MessageVolume)).Severity);
        var off = AnalyzeStats(s => s["totalMessages"] = 5_000_000, settings: """[{"_id":"RetentionPolicy_Enabled","value":false}]""");
        Assert.Equal(FindingSeverity.Warning, Assert.Single(DumpData.ByRule(off, RuleIds.MessageVolume)).Severity);
    }

    [Fact]
    public void RoomsRatioAndFailedAppsAreRead()
    {
        var r = AnalyzeStats(s => { s["totalRooms"] = 400_000; s["totalUsers"] = 7116; s["apps"]!["totalFailed"] = 2; });
        Assert.Single(DumpData.ByRule(r, RuleIds.RoomsRatio));
        Assert.Equal(2, Assert.Single(DumpData.ByRule(r, RuleIds.AppsFailed)).Count);
    }

    [Fact]
    public void AppsCountersThatAreFalseMeanUnknown()
    {
        // getAppsStatistics returns false for every counter while the Apps-Engine is not initialised.
        var r = AnalyzeStats(s => s["apps"] = JObject.Parse("""{"engineVersion":"1.55.0","totalInstalled":false,"totalActive":false,"totalFailed":false}"""));
        Assert.Null(r.Statistics.AppsTotalFailed);
        Assert.Empty(DumpData.ByRule(r, RuleIds.AppsFailed));
    }

    [Theory]
    [InlineData("7.8.0", "2025-07-10T12:00:00Z", null)]          // current
    [InlineData("7.2.1", "2025-07-10T12:00:00Z", null)]          // 6 months
    [InlineData("6.12.1", "2025-07-10T12:00:00Z", null)]          // 2024-08 → 2025-07: 11 months, within 12
    [InlineData("6.6.4", "2025-07-10T12:00:00Z", "Warning")]      // 17 months
    [InlineData("6.2.0", "2025-07-10T12:00:00Z", "Error")]        // 26 months > 2 × 12
    [InlineData("5.4.9", "2025-07-10T12:00:00Z", "Error")]        // older than the table
    [InlineData("3.18.3", "2021-01-10T12:00:00Z", "Error")]       // older than the table
    [InlineData("7.10.1", "2026-11-10T12:00:00Z", "Warning")]     // 14 months
    [InlineData("8.1.0", "2026-11-10T12:00:00Z", null)]           // newer than the table
    public void VersionAgeIsMeasuredFromTheStatisticsDate(string version, string createdAt, string? severity)
    {
        var r = AnalyzeStats(s => { s["version"] = version; s["createdAt"] = createdAt; });
        var found = DumpData.ByRule(r, RuleIds.VersionAge);
        if (severity is null) Assert.Empty(found);
        else Assert.Equal(Enum.Parse<FindingSeverity>(severity), Assert.Single(found).Severity);
    }

    [Fact]
    public void VersionAgeFallsBackToTheAnalysisTimeAndIsDeterministic()
    {
        var options = DumpData.Options() with { Now = new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc) };
        var a = AnalyzeStats(s => s.Remove("createdAt"), options);
        var b = AnalyzeStats(s => s.Remove("createdAt"), options);
        var f = Assert.Single(DumpData.ByRule(a, RuleIds.VersionAge)); // 7.8 (2025-07) → 2026-09 = 14 months
        Assert.Contains("this analysis", f.Message, StringComparison.Ordinal);
        Assert.Equal(f.Message, Assert.Single(DumpData.ByRule(b, RuleIds.VersionAge)).Message);
        var later = AnalyzeStats(s => s.Remove("createdAt"), options with { Now = new DateTime(2025, 9, 1, 0, 0, 0, DateTimeKind.Utc) });
        Assert.Empty(DumpData.ByRule(later, RuleIds.VersionAge));
    }
}
