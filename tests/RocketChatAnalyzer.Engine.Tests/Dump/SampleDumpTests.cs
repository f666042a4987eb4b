using Newtonsoft.Json.Linq;
using Xunit;

namespace RocketChatAnalyzer.Tests.Dump;

/// <summary>
/// End to end on samples/7.8.0-support-dump with the engine's LogAnalyzer, against the independent
/// expected values the sample generator wrote (samples/*.expected.json, docs/SAMPLES.md).
/// </summary>
public class SampleDumpTests
{
    private static readonly string s_samples = Path.Combine(AppContext.BaseDirectory, "samples");
    private static readonly Lazy<JObject> s_expected = new(() => JObject.Parse(File.ReadAllText(Path.Combine(s_samples, "7.8.0-support-dump.expected.json"))));
    private static readonly Lazy<DumpAnalysis> s_folder = new(() => new DumpAnalyzer(DumpData.Options()).Analyze(Path.Combine(s_samples, "7.8.0-support-dump")));

    private static JObject Expected => s_expected.Value;
    private static DumpAnalysis Folder => s_folder.Value;

    // The generator's statistics rule names → our rule ids.
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
    };

    [Fact]
    public void TheLogMatchesTheExpectedLevelsAndItsFindingsCarryTheCounts()
    {
        // Pattern counts are the log engine's contract (its own sample tests); here: the level counts
        // arrive intact and every matched pattern becomes one finding with the engine's count.
        var log = (JObject)Expected["Log"]!;
        Assert.Equal((long)log["TotalEntries"]!, Folder.Log.TotalEntries);
        Assert.Equal(log["LevelCounts"]!.ToObject<Dictionary<string, long>>(), Folder.Log.LevelCounts);
        foreach (var (pattern, count) in Folder.Log.PatternCounts)
        {
            var f = Folder.Findings.Where(x => x.Subject == pattern && x.RuleId.StartsWith("LOG-PATTERN-", StringComparison.Ordinal)).ToList();
            if (count == 0) Assert.Empty(f);
            else Assert.All(f, x => Assert.Equal(count, x.Count));
            if (count > 0) Assert.NotEmpty(f);
        }
        var fatal = Assert.Single(DumpData.ByRule(Folder, RuleIds.LogFatal));
        Assert.Equal((long)log["LevelCounts"]!["Fatal"]!, fatal.Count);
        Assert.Equal((long)log["LevelCounts"]!["Error"]!, Assert.Single(DumpData.ByRule(Folder, RuleIds.LogErrors)).Count);
    }

    [Fact]
    public void NoFakeSecretLeavesTheAnalysis()
    {
        Assert.Contains("FAKE-SECRET", File.ReadAllText(Path.Combine(s_samples, "7.8.0-support-dump", "7.8.0-log.json")), StringComparison.Ordinal);
        Assert.DoesNotContain("FAKE-SECRET", DumpData.Serialize(Folder), StringComparison.Ordinal);
    }

    [Fact]
    public void SettingsSecretsAreClassifiedAndRedactedAsExpected()
    {
        var settings = (JObject)Expected["Settings"]!;
        Assert.Equal((int)settings["Total"]!, Folder.Settings.Total);
        var secret = Folder.Settings.Items.Where(i => i.IsSecret).Select(i => i.Id).ToHashSet();
        Assert.Equal(settings["SecretIds"]!.ToObject<string[]>()!.ToHashSet(), secret);
        foreach (var id in settings["IdsWithFakeSecretValues"]!.ToObject<string[]>()!)
            Assert.Equal(SettingItem.RedactedValue, Folder.Settings.Items.Single(i => i.Id == id).Value);
        foreach (var id in settings["MaskedSecretIds"]!.ToObject<string[]>()!)
        {
            var item = Folder.Settings.Items.Single(i => i.Id == id);
            Assert.Equal(true, item.HasValue);
            Assert.Equal(SettingItem.RedactedValue, item.Value);
        }
    }

    [Fact]
    public void EverySettingsWeakSpotHasAFinding()
    {
        foreach (var spot in Expected["Settings"]!["WeakSpots"]!)
        {
            string id = (string)spot["Id"]!;
            // Deliberate difference (docs/PARITY.md §2): "_Dev" = true is Rocket.Chat's default and
            // applies the limiter to development servers; it is not a weakness.
            if (id == "API_Enable_Rate_Limiter_Dev") { Assert.DoesNotContain(Folder.Findings, f => f.Subject == id); continue; }
            Assert.True(Folder.Findings.Any(f => f.Subject == id && f.Source == "7.8.0-settings.json"), id + ": " + spot["Reason"]);
        }
    }

    [Fact]
    public void TheStatisticsRulesThatShouldTriggerDoAndNoOthers()
    {
        var expected = Expected["Statistics"]!["TriggeredRules"]!.ToObject<string[]>()!.Select(n => s_statisticsRules[n]).ToHashSet();
        var fired = Folder.Findings.Where(f => f.Source == "7.8.0-server-statistics.json" && f.RuleId.StartsWith("STAT-", StringComparison.Ordinal))
            .Select(f => f.RuleId).ToHashSet();
        fired.Remove(RuleIds.AppsFailed); // an apps rule fed by statistics (apps.totalFailed = 4), outside the generator's list
        Assert.Equal(expected, fired);
        Assert.Equal(4, Assert.Single(DumpData.ByRule(Folder, RuleIds.AppsFailed)).Count);
        var stats = Expected["Statistics"]!;
        Assert.Equal((double)stats["LoadAveragePerCpu"]!, Folder.Statistics.LoadAveragePerCpu!.Value, 2);
        Assert.Equal((int)stats["MemoryUsedPercent"]!, (int)Math.Round(Folder.Statistics.HostMemoryUsedPercent!.Value));
    }

    [Fact]
    public void OmnichannelMatchesTheExpectedSettingsAndWeakSpots()
    {
        var omni = Expected["Omnichannel"]!;
        Assert.Equal((int)omni["Total"]!, Folder.Omnichannel.Total);
        Assert.Equal((bool)omni["Enabled"]!, Folder.Omnichannel.Enabled);
        Assert.Equal((string)omni["RoutingMethod"]!, Folder.Omnichannel.RoutingMethod);
        foreach (var id in omni["WeakSpotIds"]!.ToObject<string[]>()!)
            Assert.Contains(Folder.Findings, f => f.Subject == id && f.Category == FindingCategory.Omnichannel);
        foreach (var id in omni["SecretIds"]!.ToObject<string[]>()!)
            Assert.True(Folder.Omnichannel.Items.Single(i => i.Id == id).IsSecret, id);
    }

    [Fact]
    public void AppsMatchTheExpectedStatuses()
    {
        var apps = Expected["Apps"]!;
        Assert.Equal((int)apps["Total"]!, Folder.Apps.Total);
        Assert.Equal((int)apps["Enabled"]!, Folder.Apps.Enabled);
        Assert.Equal((int)apps["Disabled"]!, Folder.Apps.Disabled);
        Assert.Equal((int)apps["Errored"]!, Folder.Apps.Errored);
        foreach (var p in ((JObject)apps["StatusByName"]!).Properties())
            Assert.Equal((string)p.Value!, Folder.Apps.Items.Single(a => a.Name == p.Name).Status);
        foreach (var name in apps["WithLicenseErrors"]!.ToObject<string[]>()!)
            Assert.NotEmpty(Folder.Apps.Items.Single(a => a.Name == name).LicenseErrors);
        foreach (var name in apps["Private"]!.ToObject<string[]>()!)
            Assert.Equal(true, Folder.Apps.Items.Single(a => a.Name == name).Private);
    }

    [Fact]
    public void TheZipGivesTheSameAnalysisAsTheFolder()
    {
        var zip = new DumpAnalyzer(DumpData.Options()).Analyze(Path.Combine(s_samples, "7.8.0-support-dump.zip"));
        Assert.Equal("7.8.0-support-dump.zip!/7.8.0-support-dump/7.8.0-log.json", zip.Files.Log);
        Assert.Equal(Folder.Log.LevelCounts, zip.Log.LevelCounts);
        Assert.Equal(Folder.Findings.Select(f => f.RuleId + "|" + f.Subject + "|" + f.Severity + "|" + f.Count),
                     zip.Findings.Select(f => f.RuleId + "|" + f.Subject + "|" + f.Severity + "|" + f.Count));
        Assert.Equal(Folder.HealthScore.Overall, zip.HealthScore.Overall);
        Assert.DoesNotContain("FAKE-SECRET", DumpData.Serialize(zip), StringComparison.Ordinal);
    }

    [Fact]
    public void TheDownloadInfoStatisticsFileIsReadOnItsOwn()
    {
        var expected = JObject.Parse(File.ReadAllText(Path.Combine(s_samples, "statistics.expected.json")))["Statistics"]!;
        var r = new DumpAnalyzer(DumpData.Options()).Analyze(Path.Combine(s_samples, "statistics.json"));
        Assert.Equal((string)expected["Version"]!, r.ServerVersion);
        Assert.Equal((long)expected["TotalUsers"]!, r.Statistics.TotalUsers);
        Assert.Equal((string)expected["MongoVersion"]!, r.Statistics.MongoVersion);
        var fired = r.Findings.Where(f => f.RuleId.StartsWith("STAT-", StringComparison.Ordinal) && f.RuleId != RuleIds.AppsFailed).Select(f => f.RuleId).ToHashSet();
        Assert.Equal(expected["TriggeredRules"]!.ToObject<string[]>()!.Select(n => s_statisticsRules[n]).ToHashSet(), fired);
    }

    [Fact]
    public void TheSampleScoresAsAWorkspaceWithRealProblems()
    {
        var h = Folder.HealthScore;
        Assert.Equal(new[] { "Logs", "Settings", "Security", "Performance", "Omnichannel", "Apps" }, h.Components.Keys);
        Assert.InRange(h.Overall, 1, 69); // a fatal entry caps it; it is not "no data"
        Assert.NotEqual("NoData", h.Label);
        Assert.Equal(FindingCategory.Security, Folder.Recommendations[0].Category);
        Assert.Equal("7.8.0", Folder.ServerVersion);
    }
}
