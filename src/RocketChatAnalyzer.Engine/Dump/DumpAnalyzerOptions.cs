namespace RocketChatAnalyzer;

/// <summary>Options of a support-dump analysis. Immutable once the analysis starts.</summary>
public sealed record DumpAnalyzerOptions
{
    /// <summary>Log patterns and thresholds (built-in defaults unless a rules file was loaded).</summary>
    public AnalysisRules Rules { get; init; } = AnalysisRules.Default;

    /// <summary>Keep secret setting values in the result (default: replaced by <see cref="SettingItem.RedactedValue"/>).</summary>
    public bool IncludeSecret { get; init; }

    /// <summary>
    /// Only findings of at least this severity are kept in <see cref="DumpAnalysis.Findings"/>. The
    /// health score, <see cref="HealthScore.FindingCounts"/> and the recommendations are computed from
    /// all findings, so the score does not change with the filter.
    /// </summary>
    public FindingSeverity MinimumSeverity { get; init; } = FindingSeverity.Info;

    /// <summary>Passed through to the log analysis (worker threads).</summary>
    public int ThrottleLimit { get; init; } = Environment.ProcessorCount;

    /// <summary>Options of the default log analysis (its <c>ThrottleLimit</c> is replaced by <see cref="ThrottleLimit"/>).</summary>
    public LogAnalysisOptions LogOptions { get; init; } = new();

    /// <summary>The "now" of the analysis (UTC); null = the clock. Tests set it to make results reproducible.</summary>
    public DateTime? Now { get; init; }

    /// <summary>How many Error/Fatal message templates become findings (most frequent first).</summary>
    public int TopErrorTemplates { get; init; } = 5;

    /// <summary>JSON files (settings, statistics, apps, omnichannel) larger than this are not read (the log is streamed and has no such limit).</summary>
    public long MaxJsonFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Archive: total uncompressed bytes of the members used; members beyond are skipped with a diagnostic.</summary>
    public long MaxArchiveExpandedBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Archive: a member whose uncompressed/compressed ratio exceeds this (and that is larger than <see cref="CompressionRatioMinBytes"/>) is skipped.</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Archive members smaller than this are never rejected for their ratio (tiny files compress very well legitimately).</summary>
    public long CompressionRatioMinBytes { get; init; } = 10L * 1024 * 1024;
}
