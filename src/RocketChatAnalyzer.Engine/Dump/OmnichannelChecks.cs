using System.Globalization;

namespace RocketChatAnalyzer.Dump;

/// <summary>
/// Omnichannel checks on the real setting keys (<c>Livechat_enabled</c> is the master switch; there is
/// no <c>Omnichannel_enable</c>, <c>max_agent_number</c> or <c>queue_size</c> — the Bash tool's keys),
/// plus the statistics mirror (<c>livechatEnabled</c> with no agents) and the log's
/// "No agents available" messages.
/// </summary>
internal static class OmnichannelChecks
{
    /// <summary>
    /// The omnichannel view: the omnichannel file's records, completed by the omnichannel ids of the
    /// main settings that the file lacks. Null when neither has any.
    /// </summary>
    public static SettingsData? Merge(SettingsData? omnichannelFile, SettingsData? settings)
    {
        SettingsData? result = null;
        if (omnichannelFile is not null)
        {
            result = new SettingsData(omnichannelFile.Source, omnichannelFile.DisplayPath);
            foreach (var r in omnichannelFile.Ordered) result.Add(r);
        }
        if (settings is not null)
        {
            foreach (var r in settings.Ordered)
            {
                if (!DumpDiscovery.IsOmnichannelSettingId(r.Id)) continue;
                result ??= new SettingsData(settings.Source, settings.DisplayPath);
                if (result[r.Id] is null) result.Add(r);
            }
        }
        return result;
    }

    /// <summary>
    /// The summary lists the omnichannel file's settings when there is one (else the omnichannel ids of
    /// the main settings); <c>Enabled</c> and <c>RoutingMethod</c> come from the merged view, then from
    /// the statistics mirror.
    /// </summary>
    public static OmnichannelSummary Summarize(SettingsData? file, SettingsData? merged, StatisticsSummary? stats, bool includeSecret)
    {
        var s = new OmnichannelSummary();
        var listed = file ?? merged;
        if (listed is not null)
        {
            s.Present = true;
            s.Total = listed.Count;
            foreach (var r in listed.Ordered) s.Items.Add(SettingsReader.ToItem(r, includeSecret));
        }
        if (merged is not null)
        {
            s.Enabled = merged["Livechat_enabled"]?.Bool;
            s.RoutingMethod = merged["Livechat_Routing_Method"]?.Text;
        }
        if (stats?.LivechatEnabled is bool enabled)
        {
            s.Present = true;
            s.Enabled ??= enabled;
            s.RoutingMethod ??= stats.RoutingAlgorithm;
        }
        return s;
    }

    public static void Run(DumpContext ctx)
    {
        var data = ctx.Omnichannel;
        bool? enabled = data?["Livechat_enabled"]?.Bool ?? ctx.StatisticsSummary?.LivechatEnabled;

        if (data?["Livechat_enabled"] is { Bool: false } off)
        {
            ctx.AddSetting(RuleIds.OmnichannelDisabled, FindingSeverity.Info, FindingCategory.Omnichannel, off,
                "Omnichannel (Livechat) is disabled.",
                $"Enable Omnichannel only if the workspace serves customers: {AdminPaths.Omnichannel} → Omnichannel enabled.");
        }

        if (enabled == false) return; // every other omnichannel setting is inactive (enableQuery Livechat_enabled=true)

        if (data is not null) SettingRules(ctx, data);

        // Statistics mirror: the service is on but nobody can take chats.
        if (ctx.StatisticsSummary is { LivechatEnabled: true, TotalLivechatAgents: 0 })
            ctx.Add(RuleIds.NoAgents, FindingSeverity.Warning, FindingCategory.Omnichannel, ctx.StatisticsSource, "totalLivechatAgents",
                "Omnichannel is enabled but no agent is defined: incoming conversations cannot be served.",
                $"Add agents (and assign them to departments): {AdminPaths.OmnichannelAgents}; or disable Omnichannel if it is not used.",
                1, "0");

        NoAgentsInLog(ctx);
    }

    private static void SettingRules(DumpContext ctx, SettingsData data)
    {
        var routing = data["Livechat_Routing_Method"];
        string? method = routing?.Text;
        if (routing is not null && string.Equals(method, "Manual_Selection", StringComparison.OrdinalIgnoreCase))
            ctx.AddSetting(RuleIds.ManualRouting, FindingSeverity.Warning, FindingCategory.Omnichannel, routing,
                "Manual routing (Manual_Selection): conversations wait until an agent picks them, which may delay customer service.",
                $"Use Auto Selection (or Load Balancing / Load Rotation with Enterprise) unless agents must choose: {AdminPaths.OmnichannelRouting} → Omnichannel Routing Method.");

        // The offline form is controlled by Livechat_display_offline_form; Livechat_offline_form_unavailable is the
        // text shown instead (a string). The original compared the latter with true; a boolean true there is kept
        // as a legacy signal.
        var display = data["Livechat_display_offline_form"];
        var unavailable = data["Livechat_offline_form_unavailable"];
        var offline = display is { Bool: false } ? display
            : unavailable is { Value.Type: Newtonsoft.Json.Linq.JTokenType.Boolean, Bool: true } ? unavailable : null;
        if (offline is not null)
            ctx.AddSetting(RuleIds.OfflineForm, FindingSeverity.Warning, FindingCategory.Omnichannel, offline,
                "The offline form is disabled: visitors cannot leave a message when no agent is available.",
                $"Show the offline form (and set its e-mail address): {AdminPaths.LivechatAppearance} → Offline form / Display Offline Form.");

        if (data["Livechat_accept_chats_with_no_agents"] is { Bool: true } accept)
            ctx.AddSetting(RuleIds.AcceptNoAgents, FindingSeverity.Info, FindingCategory.Omnichannel, accept,
                "Chats are accepted when no agent is online: visitors may wait in the queue with nobody to answer.",
                $"Make sure business hours and the queue are monitored, or turn it off: {AdminPaths.OmnichannelRouting} → Accept new omnichannel requests when there are no online agents.");

        if (data["Livechat_waiting_queue"] is { Bool: true } && data["Livechat_maximum_chats_per_agent"] is { } maxChats && maxChats.Number == 0)
            ctx.AddSetting(RuleIds.UnlimitedChatsWithQueue, FindingSeverity.Warning, FindingCategory.Omnichannel, maxChats,
                "The waiting queue is on but agents have no chat limit (Livechat_maximum_chats_per_agent = 0): the queue never holds chats back and agents can be overloaded.",
                $"Set a maximum number of simultaneous chats per agent: {AdminPaths.OmnichannelQueue} → Max. number of simultaneous chats.");

        if (routing is not null && string.Equals(method, "External", StringComparison.OrdinalIgnoreCase)
            && data["Livechat_External_Queue_URL"] is not { IsConfigured: true })
            ctx.AddSetting(RuleIds.ExternalRoutingNoUrl, FindingSeverity.Error, FindingCategory.Omnichannel, routing,
                "External routing is selected but no External Queue Service URL is set: conversations cannot be routed.",
                $"Set the External Queue Service URL (and token), or choose another routing method: {AdminPaths.OmnichannelRouting}.");

        if (data["Livechat_webhookUrl"] is { IsConfigured: true } && data["Livechat_secret_token"] is not { IsConfigured: true })
        {
            var token = data["Livechat_secret_token"];
            var f = ctx.Add(RuleIds.WebhookNoSecret, FindingSeverity.Warning, FindingCategory.Security, token?.Source ?? data.Source, "Livechat_secret_token",
                "An Omnichannel webhook URL is set without a secret token: the receiver cannot verify that requests come from Rocket.Chat.",
                $"Set a secret token and check the X-RocketChat-Livechat-Token header on the receiving side: {AdminPaths.OmnichannelWebhooks} → Secret Token.");
            f.Value = null; // never show values of secret settings, not even an empty one
        }
    }

    private static readonly string[] s_noAgentTexts =
    {
        "no agents available", "no agent available", "no available agents", "no agents online", "no-agent-online", "no online agents",
    };

    private static void NoAgentsInLog(DumpContext ctx)
    {
        if (ctx.Log is not { } log) return;
        long count = 0;
        var subjects = new List<string>();
        foreach (var t in log.Templates)
        {
            foreach (var text in s_noAgentTexts)
            {
                if (!t.Template.Contains(text, StringComparison.OrdinalIgnoreCase)) continue;
                long n = t.CountFor(LogLevel.Error) + t.CountFor(LogLevel.Fatal) + t.CountFor(LogLevel.Warn) + t.CountFor(LogLevel.Unknown);
                if (n > 0) { count += n; subjects.Add(t.TemplateId); }
                break;
            }
        }
        if (count == 0) return;
        ctx.Add(RuleIds.NoAgentsInLog, FindingSeverity.Warning, FindingCategory.Omnichannel, ctx.LogSource, "No agents available",
            string.Create(CultureInfo.InvariantCulture, $"Agent availability issue: {count} log entr{(count == 1 ? "y says" : "ies say")} no agent was available to take a conversation (templates {string.Join(", ", subjects)})."),
            $"Check agent schedules and status (available / away), business hours and department assignment: {AdminPaths.OmnichannelAgents}; consider the offline form or a bot for off-hours.",
            count);
    }
}
