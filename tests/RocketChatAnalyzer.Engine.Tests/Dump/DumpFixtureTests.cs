using Newtonsoft.Json.Linq;
using Xunit;

namespace RocketChatAnalyzer.Tests.Dump;

/// <summary>
/// The generated dump-shape fixtures (Fixtures/dumps, docs/SAMPLES.md) against their independent
/// expected files: every settings, statistics, apps, omnichannel, comprehensive and zip shape.
/// Log shapes are the log engine's; they are exercised here only through the zip.
/// </summary>
public class DumpFixtureTests
{
    private static readonly string s_dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "dumps");

    private static JObject Expected(string file)
    {
        using var r = new Newtonsoft.Json.JsonTextReader(new StringReader(File.ReadAllText(Path.Combine(s_dir, file + ".expected.json"))))
        { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        return JObject.Load(r);
    }

    private static DumpAnalysis Analyze(string file) => new DumpAnalyzer(DumpData.Options()).Analyze(Path.Combine(s_dir, file));

    private static readonly Dictionary<string, string> s_statisticsRules = new(StringComparer.Ordinal)
    {
        ["HighMemoryUsage"] = RuleIds.HostMemory,
        ["HighLoadAverage"] = RuleIds.LoadAverage,
        ["HighOnlineUsersPerInstance"] = RuleIds.OnlineUsers,
        ["LargeUploads"] = RuleIds.UploadsSize,
        ["HighMessageVolume"] = RuleIds.MessageVolume,
        ["UncaughtExceptions"] = RuleIds.UncaughtExceptions,
        ["MultipleInstancesWithoutMicroservices"] = RuleIds.MultiInstance,
        ["OldMongoVersion"] = RuleIds.MongoVersion,
        ["OplogDisabled"] = RuleIds.OplogDisabled,
        ["MigrationLocked"] = RuleIds.MigrationLocked,
    };

    // Statistics rules outside the generator's model (docs/PARITY.md §4).
    private static readonly HashSet<string> s_extraStatisticsRules = new(StringComparer.Ordinal)
    {
        RuleIds.VersionAge, RuleIds.AppsFailed, RuleIds.RoomsRatio,
    };

    internal static void AssertSettings(DumpAnalysis r, JToken expected, string file)
    {
        Assert.True(r.Settings.Present, file);
        Assert.Equal((int)expected["Total"]!, r.Settings.Total);
        Assert.Equal(expected["SecretIds"]!.ToObject<string[]>()!.ToHashSet(), r.Settings.Items.Where(i => i.IsSecret).Select(i => i.Id).ToHashSet());
        foreach (var id in expected["IdsWithFakeSecretValues"]!.ToObject<string[]>()!)
            Assert.Equal(SettingItem.RedactedValue, r.Settings.Items.Single(i => i.Id == id).Value);
        foreach (var id in expected["MaskedSecretIds"]!.ToObject<string[]>()!)
            Assert.Equal(true, r.Settings.Items.Single(i => i.Id == id).HasValue);
        foreach (var id in expected["WeakSpotIds"]!.ToObject<string[]>()!)
        {
            if (id == "API_Enable_Rate_Limiter_Dev") continue; // deliberate difference, docs/PARITY.md §2
            Assert.True(r.Findings.Any(f => f.Subject == id), $"{file}: no finding for weak spot {id}");
        }
        Assert.DoesNotContain("FAKE-SECRET", DumpData.Serialize(r), StringComparison.Ordinal);
    }

    internal static void AssertStatistics(DumpAnalysis r, JToken expected)
    {
        Assert.Equal((string)expected["Version"]!, r.Statistics.Version);
        if (expected["TotalUsers"] is JToken users) Assert.Equal((long)users, r.Statistics.TotalUsers);
        if (expected["MongoVersion"] is JToken mongo) Assert.Equal((string?)mongo, r.Statistics.MongoVersion);
        if (expected["MemoryUsedPercent"] is JToken mem) Assert.Equal((double)mem, r.Statistics.HostMemoryUsedPercent!.Value, 1);
        if (expected["LoadAveragePerCpu"] is JToken load) Assert.Equal((double)load, r.Statistics.LoadAveragePerCpu!.Value, 3);
        if (expected["MigrationLocked"] is JToken locked) Assert.Equal((bool)locked, r.Statistics.MigrationLocked);
        if (expected["AppsTotalFailed"] is JToken failed) Assert.Equal(failed.Type == JTokenType.Null ? null : (long?)failed, r.Statistics.AppsTotalFailed);
        if (expected["TriggeredRules"] is JToken rules)
        {
            var want = rules.ToObject<string[]>()!.Select(n => s_statisticsRules[n]).ToHashSet();
            var fired = r.Findings.Where(f => f.RuleId.StartsWith("STAT-", StringComparison.Ordinal)).Select(f => f.RuleId).ToHashSet();
            Assert.Subset(fired, want);
            Assert.Subset(s_extraStatisticsRules, fired.Except(want).ToHashSet());
        }
    }

    [Theory]
    [InlineData("settings-bare-array.json")]
    [InlineData("settings-rest.json")]
    [InlineData("settings-mongoexport.json")]
    public void SettingsFixtures_AreReadClassifiedAndRedacted(string file)
    {
        var r = Analyze(file);
        AssertSettings(r, Expected(file), file);
    }

    [Fact]
    public void TheNonNumericTimeoutOfTheBareArrayFixtureIsADiagnosticNotACrash()
    {
        var r = Analyze("settings-bare-array.json");
        Assert.Contains(r.Diagnostics, d => d.Code == "UnreadableSettingValue" && d.Message.Contains("timeout", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(r.Findings, f => f.RuleId == RuleIds.TimeoutHigh && f.Subject == "LDAP_Connect_Timeout"); // > Int32
    }

    [Fact]
    public void TheMongoexportDatesAreRead()
    {
        var r = Analyze("settings-mongoexport.json");
        Assert.All(r.Settings.Items.Where(i => i.Type == "date"), i => Assert.IsType<DateTime>(i.Value));
    }

    [Fact]
    public void TheMalformedSettingsFixtureGivesALocatedDiagnostic()
    {
        var e = Expected("settings-malformed.json");
        var r = Analyze("settings-malformed.json");
        var d = Assert.Single(r.Diagnostics, x => x.Code == "MalformedJson");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.InRange(d.Line!.Value, (int)e["ErrorNearLine"]! - 1, (int)e["ErrorNearLine"]! + 1);
        Assert.NotNull(d.ByteOffset);
        Assert.Equal("NoData", r.HealthScore.Label);
    }

    [Theory]
    [InlineData("statistics-nested.json")]
    [InlineData("statistics-success.json")]
    [InlineData("statistics-ejson-dates.json")]
    public void StatisticsFixtures_AreReadAndTriggerTheExpectedRules(string file)
    {
        var e = Expected(file);
        var r = Analyze(file);
        Assert.True(r.Statistics.Present);
        AssertStatistics(r, e);
        if (e["CreatedAt"] is JToken created)
            Assert.Equal(DateTime.Parse((string)created!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), r.Statistics.CreatedAt);
        if (e["InstalledAt"] is JToken installed)
            Assert.Equal(DateTime.Parse((string)installed!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), r.Statistics.InstalledAt);
    }

    [Theory]
    [InlineData("apps-bare-array.json")]
    [InlineData("apps-wrapped.json")]
    public void AppsFixtures_MatchTheExpectedStatuses(string file)
    {
        var e = Expected(file);
        var r = Analyze(file);
        Assert.Equal((int)e["Total"]!, r.Apps.Total);
        Assert.Equal((int)e["Enabled"]!, r.Apps.Enabled);
        Assert.Equal((int)e["Disabled"]!, r.Apps.Disabled);
        Assert.Equal((int)e["Errored"]!, r.Apps.Errored);
        foreach (var p in ((JObject)e["StatusByName"]!).Properties())
            Assert.Equal((string)p.Value!, r.Apps.Items.Single(a => a.Name == p.Name).Status);
        foreach (var name in e["WithLicenseErrors"]!.ToObject<string[]>()!)
            Assert.NotEmpty(r.Apps.Items.Single(a => a.Name == name).LicenseErrors);
        Assert.Equal(r.Apps.Errored, r.Findings.Count(f => f.RuleId == RuleIds.AppError));
    }

    [Fact]
    public void TheOmnichannelConfigWrapperIsRead()
    {
        var e = Expected("omnichannel-config.json");
        var r = Analyze("omnichannel-config.json");
        Assert.Equal((int)e["Total"]!, r.Omnichannel.Total);
        Assert.Equal((bool)e["Enabled"]!, r.Omnichannel.Enabled);
        Assert.Equal((string)e["RoutingMethod"]!, r.Omnichannel.RoutingMethod);
        foreach (var id in e["WeakSpotIds"]!.ToObject<string[]>()!) Assert.Contains(r.Findings, f => f.Subject == id);
        foreach (var id in e["SecretIds"]!.ToObject<string[]>()!) Assert.True(r.Omnichannel.Items.Single(i => i.Id == id).IsSecret);
        Assert.False(r.Settings.Present);
        Assert.DoesNotContain("FAKE-SECRET", DumpData.Serialize(r), StringComparison.Ordinal);
    }

    [Fact]
    public void TheComprehensiveFixtureFeedsSettingsAndStatisticsFromOneFile()
    {
        var e = Expected("comprehensive-dump.json");
        var r = Analyze("comprehensive-dump.json");
        Assert.Equal(r.Files.Settings, r.Files.Statistics);
        AssertSettings(r, e["Settings"]!, "comprehensive-dump.json");
        AssertStatistics(r, e["Statistics"]!);
    }

    [Fact]
    public void TheZipSlipFixtureReportsEveryUnsafeEntryAndAnalysesTheRest()
    {
        var e = Expected("dump-zip-slip.zip");
        var r = Analyze("dump-zip-slip.zip");
        var unsafeEntries = r.Diagnostics.Where(d => d.Code == "UnsafeArchiveEntry").Select(d => d.Source.Substring(d.Source.IndexOf("!/", StringComparison.Ordinal) + 2)).ToList();
        Assert.Equal(e["UnsafeEntries"]!.ToObject<string[]>()!.OrderBy(x => x, StringComparer.Ordinal), unsafeEntries.OrderBy(x => x, StringComparer.Ordinal));
        AssertSettings(r, e["Settings"]!, "dump-zip-slip.zip");
        Assert.Equal((long)e["Log"]!["TotalEntries"]!, r.Log.TotalEntries);
        Assert.Equal(e["Log"]!["LevelCounts"]!.ToObject<Dictionary<string, long>>(), r.Log.LevelCounts);
    }
}
