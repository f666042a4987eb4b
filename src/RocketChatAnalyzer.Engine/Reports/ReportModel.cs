using System.Reflection;

namespace RocketChatAnalyzer;

/// <summary>
/// What every report writer reads: the result (a dump analysis, or a bare log analysis for a
/// log-only report) with the severity filter applied once, findings in severity order and the
/// shown counts computed, so all formats agree on what "shown" means.
/// </summary>
internal sealed class ReportModel
{
    private ReportModel(DumpAnalysis? dump, LogAnalysis log, ReportOptions options)
    {
        Dump = dump;
        Log = log;
        Options = options;
        GeneratedBy = options.GeneratedBy ?? DefaultGeneratedBy;
    }

    /// <summary>Null for a log-only report.</summary>
    public DumpAnalysis? Dump { get; }

    public LogAnalysis Log { get; }

    public ReportOptions Options { get; }

    public string GeneratedBy { get; }

    /// <summary>Findings at or above the minimum severity, most severe first (stable within a severity).</summary>
    public IReadOnlyList<Finding> Findings { get; private set; } = Array.Empty<Finding>();

    /// <summary>Findings the severity filter left out.</summary>
    public int OmittedFindings { get; private set; }

    /// <summary>Recommendations at or above the minimum severity, by rank (unranked last).</summary>
    public IReadOnlyList<Recommendation> Recommendations { get; private set; } = Array.Empty<Recommendation>();

    public int OmittedRecommendations { get; private set; }

    /// <summary>Shown findings per <see cref="FindingSeverity"/> (index = enum value).</summary>
    public int[] SeverityCounts { get; } = new int[4];

    /// <summary>Ids of secret settings (redacted, or secret and kept by <c>-IncludeSecret</c>): human-readable reports never print their values.</summary>
    public HashSet<string> SecretSettingIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids of settings marked <see cref="SettingItem.Redacted"/>: no format, JSON included, prints their values.</summary>
    public HashSet<string> RedactedSettingIds { get; } = new(StringComparer.Ordinal);

    public FindingSeverity MinimumSeverity => Options.MinimumSeverity ?? FindingSeverity.Info;

    /// <summary>"RocketChatAnalyzer 0.1.0" (the engine's informational version without the commit suffix).</summary>
    public static string DefaultGeneratedBy { get; } = "RocketChatAnalyzer " + EngineVersion();

    /// <summary>Problems reading the input: the dump's list (which includes the log's) or the log's.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Dump is not null ? Dump.Diagnostics : Log.Diagnostics;

    /// <summary>All problems met, which can exceed <see cref="Diagnostics"/> when the log capped its list.</summary>
    public long DiagnosticTotal
    {
        get
        {
            if (Dump is null) return Math.Max(Log.DiagnosticCount, Log.Diagnostics.Count);
            long hidden = Math.Max(0, Log.DiagnosticCount - Log.Diagnostics.Count);
            return Dump.Diagnostics.Count + hidden;
        }
    }

    public static bool IsSupported(object? result) => result is DumpAnalysis or LogAnalysis;

    public static ReportModel Create(object result, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        ReportModel model = result switch
        {
            DumpAnalysis d => new ReportModel(d, d.Log ?? new LogAnalysis(), options),
            LogAnalysis l => new ReportModel(null, l, options),
            _ => throw new ArgumentException(
                "A report is written from a RocketChatAnalyzer.DumpAnalysis or RocketChatAnalyzer.LogAnalysis, not " + result.GetType().FullName + ".",
                nameof(result)),
        };
        if (model.Dump is { } dump) model.Select(dump);
        return model;
    }

    /// <summary>True when <paramref name="item"/>'s value must be shown as <see cref="SettingItem.RedactedValue"/>.</summary>
    public static bool IsHidden(SettingItem item) => item.Redacted || item.IsSecret;

    /// <summary>The value of a finding as a human-readable report may print it (redacted when it is about a secret setting).</summary>
    public string? FindingValue(Finding f) =>
        f.Value is not null && SecretSettingIds.Contains(f.Subject) ? SettingItem.RedactedValue : f.Value;

    /// <summary>The value of a finding as JSON may carry it (redacted when it is about a redacted setting).</summary>
    public string? JsonFindingValue(Finding f) =>
        f.Value is not null && f.Value != SettingItem.RedactedValue && RedactedSettingIds.Contains(f.Subject) ? SettingItem.RedactedValue : f.Value;

    private void Select(DumpAnalysis dump)
    {
        FindingSeverity min = MinimumSeverity;
        var findings = new List<Finding>(dump.Findings?.Count ?? 0);
        foreach (var f in dump.Findings ?? new List<Finding>())
        {
            if (f is null) continue;
            if (f.Severity < min) { OmittedFindings++; continue; }
            findings.Add(f);
            int s = (int)f.Severity;
            if (s >= 0 && s < SeverityCounts.Length) SeverityCounts[s]++;
        }
        // Stable: the analyser's order (category, subject) is kept within a severity.
        Findings = findings.OrderByDescending(f => f.Severity).ToList();

        var recs = new List<Recommendation>();
        foreach (var r in dump.Recommendations ?? new List<Recommendation>())
        {
            if (r is null) continue;
            if (r.Severity < min) { OmittedRecommendations++; continue; }
            recs.Add(r);
        }
        Recommendations = recs.OrderBy(r => r.Rank <= 0 ? int.MaxValue : r.Rank).ToList();

        AddSecrets(dump.Settings?.Items);
        AddSecrets(dump.Omnichannel?.Items);
    }

    private void AddSecrets(List<SettingItem>? items)
    {
        if (items is null) return;
        foreach (var s in items)
        {
            if (s is null) continue;
            if (IsHidden(s)) SecretSettingIds.Add(s.Id);
            if (s.Redacted) RedactedSettingIds.Add(s.Id);
        }
    }

    private static string EngineVersion()
    {
        var asm = typeof(ReportModel).Assembly;
        string? v = asm.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(v)) v = asm.GetName().Version?.ToString(3) ?? "0.0.0";
        int plus = v.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? v.Substring(0, plus) : v;
    }
}
