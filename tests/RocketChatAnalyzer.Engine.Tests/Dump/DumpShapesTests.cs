using Xunit;

namespace RocketChatAnalyzer.Tests.Dump;

/// <summary>Every JSON shape of ORIGINAL-ANALYZER §2.3 and ROCKETCHAT-FORMATS §1 gives the same reading.</summary>
public class DumpShapesTests
{
    private const string TwoSettings =
        """{"_id":"Accounts_TwoFactorAuthentication_Enabled","type":"boolean","value":false},{"_id":"Log_Level","type":"select","value":"2"}""";

    [Theory]
    [InlineData("[" + TwoSettings + "]")]
    [InlineData("""{"settings":[""" + TwoSettings + """],"count":2,"offset":0,"total":2,"success":true}""")]
    [InlineData("""{"success":true,"settings":[""" + TwoSettings + "]}")]
    [InlineData("""{"config":{"settings":[""" + TwoSettings + "]}}")]
    [InlineData("""{"update":[""" + TwoSettings + """],"remove":[]}""")]
    [InlineData("""[{"key":"Accounts_TwoFactorAuthentication_Enabled","value":false},{"name":"Log_Level","value":"2"}]""")]
    [InlineData("""[{"_id":"Accounts_TwoFactorAuthentication_Enabled","setting":false},{"_id":"Log_Level","value":null,"setting":"2"}]""")]
    [InlineData("""{"Accounts_TwoFactorAuthentication_Enabled":false,"Log_Level":"2","success":true}""")]
    [InlineData("""{"settings":{"Accounts_TwoFactorAuthentication_Enabled":{"value":false,"type":"boolean"},"Log_Level":{"value":"2"}}}""")]
    public void Settings_EveryShapeGivesTheSameSettingsAndFindings(string json)
    {
        var r = SettingsChecksTests.AnalyzeSettings(json);
        Assert.True(r.Settings.Present);
        Assert.Equal(new[] { "Accounts_TwoFactorAuthentication_Enabled", "Log_Level" }, r.Settings.Items.Select(i => i.Id));
        Assert.Equal(false, r.Settings.Items[0].Value);
        Assert.Equal("2", r.Settings.Items[1].Value);
        Assert.Single(DumpData.ByRule(r, RuleIds.TwoFactorDisabled));
        Assert.Single(DumpData.ByRule(r, RuleIds.LogLevelDebug));
    }

    [Fact]
    public void Settings_ASingleDocumentIsOneSetting()
    {
        var r = SettingsChecksTests.AnalyzeSettings("""{"_id":"Accounts_AllowAnonymousWrite","type":"boolean","value":true,"packageValue":false}""");
        Assert.Equal(1, r.Settings.Total);
        Assert.True(r.Settings.Items[0].Changed);
        Assert.Single(DumpData.ByRule(r, RuleIds.AnonymousWrite));
    }

    [Fact]
    public void Settings_EjsonDateValuesBecomeUtcDates()
    {
        var r = SettingsChecksTests.AnalyzeSettings("""[{"_id":"Cloud_Workspace_Registration_State_Updated","type":"date","value":{"$date":1752148800000}}]""");
        Assert.Equal(new DateTime(2025, 7, 10, 12, 0, 0, DateTimeKind.Utc), r.Settings.Items[0].Value);
    }

    [Fact]
    public void Settings_EntriesWithoutAnIdAreSkippedWithOneDiagnostic()
    {
        var r = SettingsChecksTests.AnalyzeSettings("""[{"value":true},{"_id":"E2E_Enable","value":false},"garbage",{"type":"int","value":3}]""");
        Assert.Equal(1, r.Settings.Total);
        var d = Assert.Single(r.Diagnostics, x => x.Code == "SettingWithoutId");
        Assert.Contains("3 entries", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_ARepeatedIdKeepsItsLastValue()
    {
        var r = SettingsChecksTests.AnalyzeSettings("""[{"_id":"Log_Level","value":"2"},{"_id":"E2E_Enable","value":true},{"_id":"Log_Level","value":"0"}]""");
        Assert.Equal(new[] { "Log_Level", "E2E_Enable" }, r.Settings.Items.Select(i => i.Id));
        Assert.Equal("0", r.Settings.Items[0].Value);
        Assert.Empty(DumpData.ByRule(r, RuleIds.LogLevelDebug));
    }

    [Theory]
    [InlineData("""{"apps":[{"id":"a1","name":"Tenor","version":"1.0.3","status":"compiler_error_disabled","author":{"name":"Rocket.Chat"}}],"success":true}""")]
    [InlineData("""[{"id":"a1","name":"Tenor","version":"1.0.3","status":"compiler_error_disabled","author":{"name":"Rocket.Chat"}}]""")]
    [InlineData("""{"id":"a1","name":"Tenor","version":"1.0.3","status":"compiler_error_disabled","author":"Rocket.Chat"}""")]
    public void Apps_EveryShapeGivesTheSameApps(string json)
    {
        using var dir = new TempDir();
        dir.Write("7.8.0-apps-installed.json", json);
        var r = DumpData.Analyze(dir.Path);
        var app = Assert.Single(r.Apps.Items);
        Assert.Equal("Tenor", app.Name);
        Assert.Equal("Rocket.Chat", app.Author);
        Assert.True(app.Error);
        Assert.Single(DumpData.ByRule(r, RuleIds.AppError));
    }

    [Theory]
    [InlineData("""{"version":"7.8.0","createdAt":"2025-07-10T12:00:00.000Z","mongoVersion":"6.0.13","oplogEnabled":false,"success":true}""")]
    [InlineData("""{"statistics":{"version":"7.8.0","createdAt":"2025-07-10T12:00:00.000Z","mongoVersion":"6.0.13","oplogEnabled":false},"success":true}""")]
    [InlineData("""[{"version":"7.7.0","createdAt":"2025-06-01T12:00:00.000Z","mongoVersion":"7.0.14","oplogEnabled":true},{"version":"7.8.0","createdAt":{"$date":"2025-07-10T12:00:00.000Z"},"mongoVersion":"6.0.13","oplogEnabled":false}]""")]
    public void Statistics_FlatNestedAndExportedShapesAreRead(string json)
    {
        using var dir = new TempDir();
        dir.Write("statistics.json", json);
        var r = DumpData.Analyze(dir.Path);
        Assert.Equal("7.8.0", r.Statistics.Version);
        Assert.Equal("7.8.0", r.ServerVersion);
        Assert.Equal(new DateTime(2025, 7, 10, 12, 0, 0, DateTimeKind.Utc), r.Statistics.CreatedAt);
        Assert.Single(DumpData.ByRule(r, RuleIds.MongoVersion));
        Assert.Single(DumpData.ByRule(r, RuleIds.OplogDisabled));
    }

    [Theory]
    [InlineData("""[{"_id":"Livechat_enabled","value":true},{"_id":"Livechat_Routing_Method","value":"Manual_Selection"}]""")]
    [InlineData("""{"settings":[{"_id":"Livechat_enabled","value":true},{"_id":"Livechat_Routing_Method","value":"Manual_Selection"}],"success":true}""")]
    [InlineData("""{"config":{"settings":[{"_id":"Livechat_enabled","value":true},{"_id":"Livechat_Routing_Method","value":"Manual_Selection"}]}}""")]
    [InlineData("""{"omnichannel":[{"_id":"Livechat_enabled","value":true},{"_id":"Livechat_Routing_Method","value":"Manual_Selection"}]}""")]
    public void Omnichannel_EveryShapeGivesTheSameSettings(string json)
    {
        using var dir = new TempDir();
        dir.Write("7.8.0-omnichannel-settings.json", json);
        var r = DumpData.Analyze(dir.Path);
        Assert.True(r.Omnichannel.Present);
        Assert.Equal(true, r.Omnichannel.Enabled);
        Assert.Equal("Manual_Selection", r.Omnichannel.RoutingMethod);
        Assert.Single(DumpData.ByRule(r, RuleIds.ManualRouting));
        Assert.False(r.Settings.Present);
    }

    [Fact]
    public void ComprehensiveFile_FeedsSettingsAndStatisticsFromOneFile()
    {
        using var dir = new TempDir();
        string path = dir.Write("standard-dump.json", """
            {"settings":{"Accounts_TwoFactorAuthentication_Enabled":false,"Accounts_RegistrationForm":"Public"},
             "statistics":{"version":"6.4.2","createdAt":"2025-07-10T12:00:00.000Z","totalUsers":40,"onlineUsers":3},
             "users":[{"username":"rocket.cat"}],"channels":[{"name":"general"}]}
            """);
        var r = DumpData.Analyze(path);
        Assert.Equal(path, r.Files.Settings);
        Assert.Equal(path, r.Files.Statistics);
        Assert.Equal(2, r.Settings.Total);
        Assert.Equal("6.4.2", r.ServerVersion);
        Assert.Single(DumpData.ByRule(r, RuleIds.TwoFactorDisabled));
        Assert.Single(DumpData.ByRule(r, RuleIds.VersionAge));
    }
}
