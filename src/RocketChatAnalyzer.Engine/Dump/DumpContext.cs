using Newtonsoft.Json.Linq;

namespace RocketChatAnalyzer.Dump;

/// <summary>
/// Everything the checks may look at (the parts of the dump that could be read) and the sink they
/// write findings to. Checks are pure functions of this context: same dump + same options + same
/// <see cref="Now"/> → same findings. Not thread-safe; one context per analysis.
/// </summary>
internal sealed class DumpContext
{
    public DumpContext(DumpAnalyzerOptions options, DateTime now)
    {
        Options = options;
        Now = now;
    }

    public DumpAnalyzerOptions Options { get; }

    public RuleThresholds T => Options.Rules.Thresholds;

    /// <summary>The analysis time (UTC).</summary>
    public DateTime Now { get; }

    public SettingsData? Settings { get; set; }

    /// <summary>Omnichannel settings: the omnichannel file, completed by the Livechat_/Omnichannel_ keys of the main settings.</summary>
    public SettingsData? Omnichannel { get; set; }

    public JObject? Statistics { get; set; }
    public StatisticsSummary? StatisticsSummary { get; set; }
    public string StatisticsSource { get; set; } = "";

    public JArray? Apps { get; set; }
    public AppsSummary? AppsSummary { get; set; }
    public string AppsSource { get; set; } = "";

    public LogAnalysis? Log { get; set; }
    public string LogSource { get; set; } = "";

    public List<Finding> Findings { get; } = new();
    public List<Diagnostic> Diagnostics { get; } = new();

    /// <summary>A setting from the main settings or, for omnichannel ids, the omnichannel settings.</summary>
    public SettingRecord? Setting(string id)
    {
        if (DumpDiscovery.IsOmnichannelSettingId(id) && Omnichannel?[id] is SettingRecord o) return o;
        return Settings?[id] ?? Omnichannel?[id];
    }

    public Finding Add(string ruleId, FindingSeverity severity, FindingCategory category, string source, string subject,
        string message, string recommendation, long count = 1, string? value = null)
    {
        var f = new Finding
        {
            RuleId = ruleId,
            Severity = severity,
            Category = category,
            Source = source,
            Subject = subject,
            Message = message,
            Recommendation = recommendation,
            Count = count,
            Value = value,
        };
        Findings.Add(f);
        return f;
    }

    /// <summary>A finding about one setting; its value is shown redacted when the setting is secret.</summary>
    public Finding AddSetting(string ruleId, FindingSeverity severity, FindingCategory category, SettingRecord setting,
        string message, string recommendation) =>
        Add(ruleId, severity, category, setting.Source, setting.Id, message, recommendation, 1, setting.DisplayValue);
}
