using Xunit;

namespace RocketChatAnalyzer.Tests.Dump;

public class SettingsChecksTests
{
    /// <summary>Analyses a dump that holds only <c>7.8.0-settings.json</c> with <paramref name="json"/>.</summary>
    internal static DumpAnalysis AnalyzeSettings(string json, string? statistics = null)
    {
        using var dir = new TempDir();
        dir.Write("7.8.0-settings.json", json);
        if (statistics is not null) dir.Write("7.8.0-server-statistics.json", statistics);
        return DumpData.Analyze(dir.Path);
    }

    private static readonly string[] s_weakRules =
    {
        RuleIds.TwoFactorDisabled, RuleIds.PublicRegistration, RuleIds.AnonymousRead, RuleIds.AnonymousWrite,
        RuleIds.PasswordPolicyDisabled, RuleIds.PasswordResetDisabled, RuleIds.RateLimiterDisabled, RuleIds.E2EDisabled,
        RuleIds.UploadSize, RuleIds.StorageFileSystem, RuleIds.MessageSize, RuleIds.RetentionDisabled, RuleIds.LogLevelDebug,
        RuleIds.TimeoutHigh,
    };

    [Fact]
    public void WeakSettings_FireEverySettingsRule()
    {
        var r = DumpData.Analyze(DumpData.Dir("weak"));
        var fired = r.Findings.Where(f => f.RuleId.StartsWith("SET-", StringComparison.Ordinal)).Select(f => f.RuleId).ToHashSet();
        foreach (var id in s_weakRules) Assert.Contains(id, fired);
        Assert.All(r.Findings.Where(f => f.RuleId.StartsWith("SET-", StringComparison.Ordinal)), f =>
        {
            Assert.Equal("7.8.0-settings.json", f.Source);
            Assert.Contains("→", f.Recommendation, StringComparison.Ordinal); // admin UI path
        });
    }

    [Fact]
    public void HealthySettings_FireNoSettingsRule()
    {
        var r = DumpData.Analyze(DumpData.Dir("healthy"));
        Assert.DoesNotContain(r.Findings, f => f.RuleId.StartsWith("SET-", StringComparison.Ordinal));
        Assert.Contains("Two-factor authentication enabled", r.Settings.Highlights);
        Assert.Contains("Log level: 0 (errors only)", r.Settings.Highlights);
    }

    [Theory]
    [InlineData(RuleIds.TwoFactorDisabled, """{"_id":"Accounts_TwoFactorAuthentication_Enabled","type":"boolean","value":false}""", """{"_id":"Accounts_TwoFactorAuthentication_Enabled","type":"boolean","value":true}""")]
    [InlineData(RuleIds.TwoFactorDisabled, """{"_id":"Accounts_TwoFactorAuthentication_Enabled","value":"false"}""", """{"_id":"Accounts_TwoFactorAuthentication_Enabled","value":"true"}""")]
    [InlineData(RuleIds.PublicRegistration, """{"_id":"Accounts_RegistrationForm","type":"select","value":"Public"}""", """{"_id":"Accounts_RegistrationForm","type":"select","value":"Secret URL"}""")]
    [InlineData(RuleIds.AnonymousRead, """{"_id":"Accounts_AllowAnonymousRead","type":"boolean","value":true}""", """{"_id":"Accounts_AllowAnonymousRead","type":"boolean","value":false}""")]
    [InlineData(RuleIds.AnonymousWrite, """{"_id":"Accounts_AllowAnonymousWrite","type":"boolean","value":true}""", """{"_id":"Accounts_AllowAnonymousWrite","type":"boolean","value":false}""")]
    [InlineData(RuleIds.PasswordPolicyDisabled, """{"_id":"Accounts_Password_Policy_Enabled","type":"boolean","value":false}""", """{"_id":"Accounts_Password_Policy_Enabled","type":"boolean","value":true}""")]
    [InlineData(RuleIds.PasswordResetDisabled, """{"_id":"Accounts_PasswordReset","type":"boolean","value":false}""", """{"_id":"Accounts_PasswordReset","type":"boolean","value":true}""")]
    [InlineData(RuleIds.RateLimiterDisabled, """{"_id":"API_Enable_Rate_Limiter","type":"boolean","value":false}""", """{"_id":"API_Enable_Rate_Limiter","type":"boolean","value":true}""")]
    [InlineData(RuleIds.E2EDisabled, """{"_id":"E2E_Enable","type":"boolean","value":false}""", """{"_id":"E2E_Enable","type":"boolean","value":true}""")]
    [InlineData(RuleIds.UploadSize, """{"_id":"FileUpload_MaxFileSize","type":"int","value":209715200}""", """{"_id":"FileUpload_MaxFileSize","type":"int","value":104857600}""")]
    [InlineData(RuleIds.UploadSize, """{"_id":"FileUpload_MaxFileSize","type":"int","value":-1}""", """{"_id":"FileUpload_MaxFileSize","type":"int","value":52428800}""")]
    [InlineData(RuleIds.StorageFileSystem, """{"_id":"FileUpload_Storage_Type","type":"select","value":"FileSystem"}""", """{"_id":"FileUpload_Storage_Type","type":"select","value":"GridFS"}""")]
    [InlineData(RuleIds.MessageSize, """{"_id":"Message_MaxAllowedSize","type":"int","value":20000}""", """{"_id":"Message_MaxAllowedSize","type":"int","value":5000}""")]
    [InlineData(RuleIds.RetentionDisabled, """{"_id":"RetentionPolicy_Enabled","type":"boolean","value":false}""", """{"_id":"RetentionPolicy_Enabled","type":"boolean","value":true}""")]
    [InlineData(RuleIds.LogLevelDebug, """{"_id":"Log_Level","type":"select","value":"2","packageValue":"0"}""", """{"_id":"Log_Level","type":"select","value":"1"}""")]
    [InlineData(RuleIds.LogLevelDebug, """{"_id":"Log_Level","type":"select","value":2}""", """{"_id":"Log_Level","type":"select","value":"0"}""")]
    [InlineData(RuleIds.TimeoutHigh, """{"_id":"Livechat_http_timeout","type":"int","value":90000,"packageValue":5000}""", """{"_id":"Livechat_http_timeout","type":"int","value":5000,"packageValue":5000}""")]
    [InlineData(RuleIds.TimeoutHigh, """{"_id":"LDAP_Connect_Timeout","type":"int","value":"45000"}""", """{"_id":"LDAP_Connect_Timeout","type":"int","value":"1000"}""")]
    [InlineData(RuleIds.PasswordMinLength, """{"_id":"Accounts_Password_Policy_Enabled","value":true},{"_id":"Accounts_Password_Policy_MinLength","type":"int","value":6}""", """{"_id":"Accounts_Password_Policy_Enabled","value":true},{"_id":"Accounts_Password_Policy_MinLength","type":"int","value":12}""")]
    [InlineData(RuleIds.RateLimiterDev, """{"_id":"API_Enable_Rate_Limiter","value":true},{"_id":"API_Enable_Rate_Limiter_Dev","type":"boolean","value":false}""", """{"_id":"API_Enable_Rate_Limiter","value":true},{"_id":"API_Enable_Rate_Limiter_Dev","type":"boolean","value":true}""")]
    public void Rule_FiresOnTheWeakValueAndNotOnTheHealthyOne(string ruleId, string weak, string healthy)
    {
        var bad = AnalyzeSettings("[" + weak + "]");
        var f = Assert.Single(DumpData.ByRule(bad, ruleId));
        Assert.NotEmpty(f.Message);
        Assert.NotEmpty(f.Recommendation);
        Assert.Equal(1, f.Count);
        Assert.Empty(DumpData.ByRule(AnalyzeSettings("[" + healthy + "]"), ruleId));
    }

    [Fact]
    public void LogLevel0MeansErrorsOnlyAndIsNotDebug()
    {
        // The Bash tool reported Log_Level "0" as "debug logging"; "0" is pino warn (errors only).
        var r = AnalyzeSettings("""[{"_id":"Log_Level","type":"select","value":"0"}]""");
        Assert.Empty(DumpData.ByRule(r, RuleIds.LogLevelDebug));
        Assert.Contains("Log level: 0 (errors only)", r.Settings.Highlights);
    }

    [Fact]
    public void NonNumericAndHugeTimeoutsNeverAbortTheSettingsAnalysis()
    {
        var r = AnalyzeSettings("""
            [{"_id":"LDAP_Timeout","type":"int","value":"30s"},
             {"_id":"Livechat_agent_leave_action_timeout","type":"int","value":"abc"},
             {"_id":"LDAP_Idle_Timeout","type":"int","value":9999999999},
             {"_id":"Accounts_TwoFactorAuthentication_Enabled","type":"boolean","value":false},
             {"_id":"Log_Level","type":"select","value":"2"}]
            """);
        Assert.Equal(5, r.Settings.Total);
        // "30s" is reported, not cast (PowerShell read it as 30); the seconds-based agent-leave timeout is not checked.
        var d = Assert.Single(r.Diagnostics, x => x.Code == "UnreadableSettingValue");
        Assert.Contains("LDAP_Timeout", d.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        // > Int32 is just a very large timeout.
        var t = Assert.Single(DumpData.ByRule(r, RuleIds.TimeoutHigh));
        Assert.Equal("LDAP_Idle_Timeout", t.Subject);
        Assert.Equal("9999999999", t.Value);
        // Settings after the bad values are still checked.
        Assert.Single(DumpData.ByRule(r, RuleIds.TwoFactorDisabled));
        Assert.Single(DumpData.ByRule(r, RuleIds.LogLevelDebug));
    }

    [Theory]
    [InlineData("""{"_id":"LDAP_Timeout","type":"int","value":60000}""")] // Rocket.Chat's default (known without packageValue)
    [InlineData("""{"_id":"LDAP_Timeout","type":"int","value":90000,"packageValue":90000}""")] // at its packageValue
    [InlineData("""{"_id":"Livechat_visitor_inactivity_timeout","type":"int","value":3600}""")] // seconds, not ms
    [InlineData("""{"_id":"Livechat_auto_close_on_hold_chats_timeout","type":"int","value":86400}""")] // seconds
    public void TimeoutRule_IgnoresDefaultsSecondsAndNonNumbers(string setting) =>
        Assert.Empty(DumpData.ByRule(AnalyzeSettings("[" + setting + "]"), RuleIds.TimeoutHigh));

    [Fact]
    public void PasswordRulesLookOnlyAtRealPasswordPolicySettings()
    {
        // The PowerShell tool reported every false setting whose id contains "password".
        var r = AnalyzeSettings("""
            [{"_id":"Accounts_AllowPasswordChange","type":"boolean","value":false},
             {"_id":"Accounts_TwoFactorAuthentication_Enforce_Password_Fallback","type":"boolean","value":false},
             {"_id":"Accounts_AllowPasswordChangeForOAuthUsers","type":"boolean","value":false}]
            """);
        Assert.DoesNotContain(r.Findings, f => f.RuleId.StartsWith("SET-PASSWORD", StringComparison.Ordinal));
    }

    [Fact]
    public void PublicRegistrationAndFileSystemStorageAreReachable()
    {
        // Both rules were unreachable in the PowerShell tool (their keys never reached its security bucket).
        var r = AnalyzeSettings("""
            [{"_id":"Accounts_RegistrationForm","type":"select","value":"Public"},
             {"_id":"FileUpload_Storage_Type","type":"select","value":"FileSystem"}]
            """);
        Assert.Single(DumpData.ByRule(r, RuleIds.PublicRegistration));
        Assert.Equal(FindingSeverity.Info, Assert.Single(DumpData.ByRule(r, RuleIds.StorageFileSystem)).Severity);
        Assert.Equal(2, r.Settings.SecurityRelated);
    }

    [Fact]
    public void FileSystemStorageIsAWarningWhenSeveralInstancesRun()
    {
        var r = AnalyzeSettings("""[{"_id":"FileUpload_Storage_Type","type":"select","value":"FileSystem"}]""",
            """{"version":"7.8.0","createdAt":"2025-07-10T12:00:00.000Z","instanceCount":3,"msEnabled":false}""");
        var f = Assert.Single(DumpData.ByRule(r, RuleIds.StorageFileSystem));
        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Contains("3 instances", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableNumbersAreReportedNotGuessed()
    {
        var r = AnalyzeSettings("""[{"_id":"FileUpload_MaxFileSize","type":"int","value":"100MB"},{"_id":"Message_MaxAllowedSize","type":"int","value":"lots"}]""");
        Assert.Empty(DumpData.ByRule(r, RuleIds.UploadSize));
        Assert.Equal(2, r.Diagnostics.Count(d => d.Code == "UnreadableSettingValue"));
    }
}
