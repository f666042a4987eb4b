using Xunit;

namespace RocketChatAnalyzer.Tests.Dump;

public class RedactionTests
{
    [Theory]
    [InlineData("weak")]
    [InlineData("healthy")]
    public void NoFakeSecretAppearsAnywhereInTheSerializedResult(string dump)
    {
        // Every secret in the fixtures contains "FAKE" (see Dump/Data/README.md).
        Assert.Contains("FAKE", string.Concat(Directory.GetFiles(DumpData.Dir(dump), "*settings*.json").Select(File.ReadAllText)), StringComparison.Ordinal);
        var r = DumpData.Analyze(DumpData.Dir(dump));
        string json = DumpData.Serialize(r);
        Assert.DoesNotContain("FAKE", json, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ASecretLoggedInAMethodTraceDoesNotReachTheResult()
    {
        Assert.Contains("FAKE-login-pass", File.ReadAllText(DumpData.File("weak", "7.8.0-log.json")), StringComparison.Ordinal);
        // With the engine's LogAnalyzer and with the stub: the analyzer scrubs what the log engine keeps.
        var real = new DumpAnalyzer(DumpData.Options()).Analyze(DumpData.Dir("weak"));
        var stub = DumpData.Analyze(DumpData.Dir("weak"));
        foreach (var r in new[] { real, stub })
        {
            Assert.Contains(r.Log.Templates, t => t.Template.Contains("method login", StringComparison.Ordinal));
            Assert.DoesNotContain("FAKE", DumpData.Serialize(r), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NoFakeSecretAppearsInAZippedDumpsResultEither()
    {
        using var dir = new TempDir();
        var r = DumpData.Analyze(dir.ZipDump("weak", "dump.zip"));
        Assert.DoesNotContain("FAKE", DumpData.Serialize(r), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SMTP_Password")]                              // type password + secret flag
    [InlineData("SMTP_Username")]                              // string + secret flag
    [InlineData("LDAP_Authentication_UserDN")]
    [InlineData("Push_apn_key")]
    [InlineData("Accounts_OAuth_Nextcloud_secret")]            // no flag: id rule
    [InlineData("Enterprise_License")]                         // no flag: id rule
    [InlineData("FileUpload_json_web_token_secret_for_files")] // no flag: id rule
    public void SecretSettingsAreRedactedInTheResultObject(string id)
    {
        var r = DumpData.Analyze(DumpData.Dir("weak"));
        var item = r.Settings.Items.Single(i => i.Id == id);
        Assert.True(item.IsSecret);
        Assert.True(item.Redacted);
        Assert.Equal(SettingItem.RedactedValue, item.Value);
    }

    [Theory]
    [InlineData("SMS_Twilio_Account_SID")]
    [InlineData("SMS_Twilio_authToken")]
    [InlineData("Livechat_External_Queue_Token")]
    public void SecretOmnichannelSettingsAreRedactedToo(string id)
    {
        var r = DumpData.Analyze(DumpData.Dir("weak"));
        Assert.Equal(SettingItem.RedactedValue, r.Omnichannel.Items.Single(i => i.Id == id).Value);
    }

    [Fact]
    public void MaskedSecretsStayConfiguredAndEmptySecretsStayVisiblyEmpty()
    {
        var r = DumpData.Analyze(DumpData.Dir("weak"));
        var masked = r.Settings.Items.Single(i => i.Id == "FileUpload_S3_AWSSecretAccessKey");
        Assert.Equal(true, masked.HasValue);
        Assert.Equal(SettingItem.RedactedValue, masked.Value); // configured, value hidden
        Assert.True(masked.Redacted);
        Assert.Null(masked.Changed);                           // cannot be compared with its default
        var empty = r.Omnichannel.Items.Single(i => i.Id == "Livechat_secret_token");
        Assert.Equal("", empty.Value);                         // nothing to hide: "not configured" stays visible
        Assert.False(empty.Redacted);
    }

    [Fact]
    public void PolicySwitchesWithSecretLookingIdsCountAsSecretButStayReadable()
    {
        // The id rule marks them secret (as the brief's rule and the sample's expectations say), but a
        // boolean or number of an unflagged setting cannot hold a credential, so its value stays visible.
        var r = DumpData.Analyze(DumpData.Dir("weak"));
        foreach (var id in new[] { "Accounts_Password_Policy_Enabled", "Accounts_Password_Policy_MinLength", "Accounts_PasswordReset", "Accounts_TwoFactorAuthentication_Enforce_Password_Fallback" })
        {
            var item = r.Settings.Items.Single(i => i.Id == id);
            Assert.True(item.IsSecret, id);
            Assert.False(item.Redacted, id);
            Assert.NotEqual(SettingItem.RedactedValue, item.Value);
        }
        Assert.Equal("false", Assert.Single(DumpData.ByRule(r, RuleIds.PasswordPolicyDisabled)).Value);
    }

    [Fact]
    public void AFlaggedSecretIsHiddenWhateverItsType()
    {
        var r = SettingsChecksTests.AnalyzeSettings("""[{"_id":"Push_gcm_project_number","type":"string","secret":true,"value":123456789012},{"_id":"SMS_Mobex_password","type":"password","value":true}]""");
        Assert.All(r.Settings.Items, i => Assert.Equal(SettingItem.RedactedValue, i.Value));
    }

    [Fact]
    public void IncludeSecretKeepsTheValues()
    {
        var r = DumpData.Analyze(DumpData.Dir("weak"), DumpData.Options(includeSecret: true));
        var item = r.Settings.Items.Single(i => i.Id == "SMTP_Password");
        Assert.True(item.IsSecret);
        Assert.False(item.Redacted);
        Assert.Equal("FAKE-smtp-pass-7f3a", item.Value);
        // Findings never carry secret values, whatever the option.
        Assert.DoesNotContain(r.Findings, f => (f.Value ?? "").Contains("FAKE", StringComparison.Ordinal) || f.Message.Contains("FAKE", StringComparison.Ordinal));
    }

    [Fact]
    public void AFindingAboutASecretSettingShowsTheMaskNotTheValue()
    {
        // A secret-looking *timeout* id is skipped by the timeout rule; a generic check on a secret must show the mask.
        var r = SettingsChecksTests.AnalyzeSettings("""[{"_id":"Accounts_RegistrationForm","type":"select","secret":true,"value":"Public"}]""");
        var f = Assert.Single(DumpData.ByRule(r, RuleIds.PublicRegistration));
        Assert.Equal(SettingItem.RedactedValue, f.Value);
    }

    [Theory]
    [InlineData("SMTP_Password", "password", null, true)]
    [InlineData("SMTP_Username", "string", true, true)]
    [InlineData("Accounts_OAuth_Custom-Gitlab-secret", "string", null, true)]
    [InlineData("SAML_Custom_Default_private_key", "string", null, true)]
    [InlineData("SAML_Custom_Default_cert", "string", null, true)]
    [InlineData("FileUpload_S3_AWSAccessKeyId", "string", null, true)]
    [InlineData("Cloud_Workspace_Client_Id", "string", null, true)]
    [InlineData("Omnichannel_External_Frame_Encryption_JWK", "string", null, true)]
    [InlineData("CROWD_APP_PASSWORD", "string", null, true)]
    [InlineData("Enterprise_License_Data", "string", null, true)]
    [InlineData("Accounts_Password_Policy_Enabled", "boolean", null, true)]
    [InlineData("API_Enable_Personal_Access_Tokens", "boolean", null, true)]
    [InlineData("SMTP_Username", null, null, true)]            // REST shape: no flags; listed id
    [InlineData("FileUpload_S3_BucketURL", null, null, true)]
    [InlineData("Site_Url", "string", null, false)]
    [InlineData("Message_MaxAllowedSize", "int", null, false)]
    [InlineData("Accounts_TwoFactorAuthentication_Enabled", "boolean", null, false)]
    public void IsSecretSetting_CombinesFlagsAndTheIdRule(string id, string? type, bool? secret, bool expected) =>
        Assert.Equal(expected, SecretScrubber.IsSecretSetting(id, type, secret));

    [Theory]
    [InlineData("Accounts_OAuth_Nextcloud_secret", "string", null, "FAKE-x", true)]
    [InlineData("Accounts_Password_Policy_Enabled", "boolean", null, false, false)]
    [InlineData("Accounts_Password_Policy_MinLength", "int", null, 7L, false)]
    [InlineData("Push_gcm_project_number", "string", true, 123L, true)]
    [InlineData("SMS_Mobex_password", "password", null, true, true)]
    [InlineData("Site_Url", "string", null, "https://chat.example.org", false)]
    public void MustHideValue_HidesEverythingFlaggedAndTextMatchedByTheIdRule(string id, string type, bool? secret, object value, bool expected) =>
        Assert.Equal(expected, SecretScrubber.MustHideValue(id, type, secret, value));
}
