using Xunit;

namespace RocketChatAnalyzer.Tests.Dump;

public class OmnichannelChecksTests
{
    private static DumpAnalysis AnalyzeOmni(string omnichannel, string? settings = null, string? statistics = null)
    {
        using var dir = new TempDir();
        if (omnichannel.Length > 0) dir.Write("7.8.0-omnichannel-settings.json", omnichannel);
        if (settings is not null) dir.Write("7.8.0-settings.json", settings);
        if (statistics is not null) dir.Write("7.8.0-server-statistics.json", statistics);
        return DumpData.Analyze(dir.Path);
    }

    [Fact]
    public void WeakOmnichannel_FiresTheOmnichannelRules()
    {
        var r = DumpData.Analyze(DumpData.Dir("weak"));
        foreach (var id in new[] { RuleIds.ManualRouting, RuleIds.OfflineForm, RuleIds.AcceptNoAgents, RuleIds.UnlimitedChatsWithQueue, RuleIds.WebhookNoSecret, RuleIds.NoAgents, RuleIds.NoAgentsInLog })
            Assert.Single(DumpData.ByRule(r, id));
        Assert.Equal("Manual_Selection", r.Omnichannel.RoutingMethod);
        // The summary lists the omnichannel file; the checks also see the main settings' omnichannel ids
        // (Livechat_http_timeout lives only there and is checked).
        Assert.Equal(16, r.Omnichannel.Total);
        Assert.DoesNotContain(r.Omnichannel.Items, i => i.Id == "Livechat_http_timeout");
        Assert.Equal("Livechat_http_timeout", Assert.Single(DumpData.ByRule(r, RuleIds.TimeoutHigh)).Subject);
    }

    [Fact]
    public void HealthyOmnichannel_FiresNothing()
    {
        var r = DumpData.Analyze(DumpData.Dir("healthy"));
        Assert.DoesNotContain(r.Findings, f => f.RuleId.StartsWith("OMNI-", StringComparison.Ordinal));
        Assert.Equal(true, r.Omnichannel.Enabled);
    }

    [Fact]
    public void DisabledOmnichannelIsInfoAndSilencesTheOtherOmnichannelRules()
    {
        var r = AnalyzeOmni("""
            [{"_id":"Livechat_enabled","type":"boolean","value":false},
             {"_id":"Livechat_Routing_Method","value":"Manual_Selection"},
             {"_id":"Livechat_display_offline_form","value":false},
             {"_id":"Livechat_webhookUrl","value":"https://crm.example.org/hook"}]
            """, statistics: """{"version":"7.8.0","createdAt":"2025-07-10T12:00:00Z","livechatEnabled":false,"totalLivechatAgents":0}""");
        var f = Assert.Single(r.Findings, x => x.Category == FindingCategory.Omnichannel || x.RuleId.StartsWith("OMNI-", StringComparison.Ordinal));
        Assert.Equal(RuleIds.OmnichannelDisabled, f.RuleId);
        Assert.Equal(FindingSeverity.Info, f.Severity);
    }

    [Fact]
    public void TheBashToolsDepartmentRemovalFalsePositiveDoesNotHappen()
    {
        var r = AnalyzeOmni("""[{"_id":"Livechat_enabled","value":true},{"_id":"Omnichannel_enable_department_removal","value":false}]""");
        Assert.DoesNotContain(r.Findings, f => f.RuleId.StartsWith("OMNI-", StringComparison.Ordinal));
    }

    [Fact]
    public void OmnichannelKeysInTheMainSettingsAreCheckedWithoutAnOmnichannelFile()
    {
        var r = AnalyzeOmni("", settings: """[{"_id":"Livechat_enabled","value":true},{"_id":"Livechat_Routing_Method","value":"Manual_Selection"},{"_id":"Site_Url","value":"https://chat.example.org"}]""");
        var f = Assert.Single(DumpData.ByRule(r, RuleIds.ManualRouting));
        Assert.Equal("7.8.0-settings.json", f.Source);
        Assert.True(r.Omnichannel.Present);
        Assert.Equal(2, r.Omnichannel.Total);
    }

    [Fact]
    public void ExternalRoutingNeedsAQueueUrl()
    {
        Assert.Single(DumpData.ByRule(AnalyzeOmni("""[{"_id":"Livechat_Routing_Method","value":"External"},{"_id":"Livechat_External_Queue_URL","value":""}]"""), RuleIds.ExternalRoutingNoUrl));
        Assert.Empty(DumpData.ByRule(AnalyzeOmni("""[{"_id":"Livechat_Routing_Method","value":"External"},{"_id":"Livechat_External_Queue_URL","value":"https://router.example.org/next"}]"""), RuleIds.ExternalRoutingNoUrl));
    }

    [Theory]
    [InlineData("""{"_id":"Livechat_secret_token","type":"string","secret":true,"value":"","hasValue":true}""", false)] // masked: configured, hidden
    [InlineData("""{"_id":"Livechat_secret_token","type":"string","secret":true,"value":"FAKE-livechat-secret"}""", false)]
    [InlineData("""{"_id":"Livechat_secret_token","type":"string","secret":true,"value":""}""", true)]
    [InlineData("""{"_id":"Livechat_secret_token","type":"string","secret":true,"value":null}""", true)]
    public void WebhookWithoutSecretToken_RespectsTheMaskedForm(string token, bool fires)
    {
        var r = AnalyzeOmni("""[{"_id":"Livechat_webhookUrl","value":"https://crm.example.org/hooks/rocketchat"},""" + token + "]");
        var found = DumpData.ByRule(r, RuleIds.WebhookNoSecret);
        Assert.Equal(fires, found.Count == 1);
        if (fires) Assert.Null(found[0].Value); // never a secret's value, not even an empty one
        Assert.DoesNotContain("FAKE", DumpData.Serialize(r), StringComparison.Ordinal);
    }

    [Fact]
    public void TheLegacyBooleanOfflineFormFlagIsStillUnderstood()
    {
        // The original compared Livechat_offline_form_unavailable (really a message text) with true.
        Assert.Single(DumpData.ByRule(AnalyzeOmni("""[{"_id":"Livechat_offline_form_unavailable","value":true}]"""), RuleIds.OfflineForm));
        Assert.Empty(DumpData.ByRule(AnalyzeOmni("""[{"_id":"Livechat_offline_form_unavailable","value":"We are offline."}]"""), RuleIds.OfflineForm));
    }

    [Fact]
    public void StatisticsAloneRevealAnOmnichannelWithoutAgents()
    {
        var r = AnalyzeOmni("", statistics: """{"version":"7.8.0","createdAt":"2025-07-10T12:00:00Z","livechatEnabled":true,"routingAlgorithm":"Auto_Selection","totalLivechatAgents":0}""");
        Assert.Single(DumpData.ByRule(r, RuleIds.NoAgents));
        Assert.True(r.Omnichannel.Present);
        Assert.Equal("Auto_Selection", r.Omnichannel.RoutingMethod);
        Assert.True(r.HealthScore.Components.ContainsKey("Omnichannel"));
    }
}
