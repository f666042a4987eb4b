using Xunit;

namespace RocketChatAnalyzer.Tests.Dump;

public class AppsChecksTests
{
    private static DumpAnalysis AnalyzeApps(string json)
    {
        using var dir = new TempDir();
        dir.Write("7.8.0-apps-installed.json", json);
        return DumpData.Analyze(dir.Path);
    }

    [Fact]
    public void WeakApps_AreClassifiedWithTheRealAppStatusValues()
    {
        var r = DumpData.Analyze(DumpData.Dir("weak"));
        Assert.Equal(11, r.Apps.Total);
        Assert.Equal(3, r.Apps.Enabled);   // Configuration Server (manually), Zapier, WhatsApp (auto)
        Assert.Equal(7, r.Apps.Disabled);  // every *_disabled
        Assert.Equal(2, r.Apps.Errored);   // compiler_error_disabled, error_disabled
        var tenor = r.Apps.Items.Single(a => a.Name == "Tenor");
        Assert.Equal("compiler_error_disabled", tenor.Status);
        Assert.Equal("Rocket.Chat", tenor.Author);
        Assert.Equal("Someone", r.Apps.Items.Single(a => a.Name == "Poll Bot").Author); // a string author
        Assert.Equal("Security", r.Apps.Items.Single(a => a.Name == "Security Auditor").Category);
        Assert.Equal(1, r.Apps.Categories["Security"]);
    }

    [Theory]
    [InlineData("Tenor", RuleIds.AppError, FindingSeverity.Error)]
    [InlineData("Jira Cloud", RuleIds.AppError, FindingSeverity.Error)]
    [InlineData("Poll Bot", RuleIds.AppInvalidLicense, FindingSeverity.Warning)]
    [InlineData("Custom Fields", RuleIds.AppInvalidSettings, FindingSeverity.Warning)]
    [InlineData("Broken Install", RuleIds.AppInvalidInstallation, FindingSeverity.Warning)]
    [InlineData("Security Auditor", RuleIds.AppDisabled, FindingSeverity.Warning)]
    [InlineData("Giphy", RuleIds.AppDisabled, FindingSeverity.Info)]
    [InlineData("Metrics Exporter", RuleIds.AppNotRunning, FindingSeverity.Info)]
    [InlineData("Zapier", RuleIds.AppLicenseErrors, FindingSeverity.Warning)]
    [InlineData("Configuration Server", RuleIds.AppPreRelease, FindingSeverity.Info)]
    public void WeakApps_EachStatusGivesItsFinding(string app, string ruleId, FindingSeverity severity)
    {
        var r = DumpData.Analyze(DumpData.Dir("weak"));
        var f = Assert.Single(r.Findings, x => x.Subject == app && x.Category == FindingCategory.Apps);
        Assert.Equal(ruleId, f.RuleId);
        Assert.Equal(severity, f.Severity);
        Assert.Equal("7.8.0-apps-installed.json", f.Source);
    }

    [Fact]
    public void WeakApps_AnEnabledAppWithoutProblemsHasNoFinding()
    {
        var r = DumpData.Analyze(DumpData.Dir("weak"));
        Assert.DoesNotContain(r.Findings, f => f.Subject == "WhatsApp Business");
    }

    [Fact]
    public void HealthyApps_FireNothing()
    {
        var r = DumpData.Analyze(DumpData.Dir("healthy"));
        Assert.DoesNotContain(r.Findings, f => f.RuleId.StartsWith("APP-", StringComparison.Ordinal));
        Assert.Equal(3, r.Apps.Enabled);
        Assert.Equal(0, r.Apps.Disabled);
    }

    [Fact]
    public void AppNamesAndVersionsAreRealValues()
    {
        // The PowerShell tool's "-or" bug named every app "True" and reported all as disabled.
        var r = AnalyzeApps("""{"apps":[{"id":"a1","name":"Tenor","version":"1.0.3","status":"auto_enabled","author":{"name":"Rocket.Chat"}}],"success":true}""");
        var app = Assert.Single(r.Apps.Items);
        Assert.Equal("Tenor", app.Name);
        Assert.Equal("1.0.3", app.Version);
        Assert.True(app.Enabled);
        Assert.False(app.Disabled);
        Assert.Empty(r.Findings);
    }

    [Theory]
    [InlineData("0.9.0", true)]
    [InlineData("1.0.0", false)]
    [InlineData("2.5.0", false)] // the Bash tool called 0./1./2. "outdated"
    [InlineData("10.1.0", false)]
    public void OnlyMajorVersionZeroIsAPreRelease(string version, bool fires) =>
        Assert.Equal(fires, DumpData.Has(AnalyzeApps("[{\"id\":\"a1\",\"name\":\"Poll\",\"version\":\"" + version + "\",\"status\":\"manually_enabled\"}]"), RuleIds.AppPreRelease));

    [Fact]
    public void LegacyEnabledFlagIsUnderstood()
    {
        var r = AnalyzeApps("""[{"name":"Old Bot","version":"1.0.0","enabled":false},{"name":"New Bot","version":"1.0.0","enabled":true}]""");
        Assert.Equal(1, r.Apps.Disabled);
        Assert.Equal(1, r.Apps.Enabled);
        Assert.Single(DumpData.ByRule(r, RuleIds.AppDisabled));
    }

    [Fact]
    public void LicenseErrorsAreNotRepeatedForAnAppAlreadyDisabledForItsLicence()
    {
        var r = DumpData.Analyze(DumpData.Dir("weak"));
        Assert.DoesNotContain(r.Findings, f => f.Subject == "Poll Bot" && f.RuleId == RuleIds.AppLicenseErrors);
        Assert.Contains("expired", Assert.Single(r.Findings, f => f.Subject == "Poll Bot").Message, StringComparison.Ordinal);
    }
}
