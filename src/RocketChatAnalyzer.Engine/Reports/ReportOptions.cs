namespace RocketChatAnalyzer;

/// <summary>The file formats <see cref="ReportWriter"/> can write.</summary>
public enum ReportFormat
{
    /// <summary>The whole result as JSON (same property names as the object; reads back with <see cref="AnalysisJson"/>).</summary>
    Json = 0,

    /// <summary>One row per finding (RFC 4180, UTF-8 with BOM); one row per template for a log-only result.</summary>
    Csv = 1,

    /// <summary>One self-contained, interactive HTML file that works offline.</summary>
    Html = 2,

    /// <summary>A short GitHub-flavoured Markdown summary for a support ticket.</summary>
    Markdown = 3,
}

/// <summary>
/// What a report shows. The row caps keep reports of huge results small and quick to open; every
/// capped list says how many rows it left out. Immutable, so one instance may serve many writes.
/// </summary>
public sealed record ReportOptions
{
    /// <summary>
    /// Findings (and recommendations) below this severity are left out. Counts in report headers
    /// are counts of what is shown; the health score is the analysis's and is never recomputed.
    /// </summary>
    public FindingSeverity? MinimumSeverity { get; init; }

    /// <summary>The <c>GeneratedBy</c> text; null means "RocketChatAnalyzer &lt;engine version&gt;".</summary>
    public string? GeneratedBy { get; init; }

    /// <summary>Most findings listed in HTML (JSON and CSV always carry every finding that passes the filter).</summary>
    public int MaxFindings { get; init; } = 500;

    /// <summary>Most message templates listed in HTML.</summary>
    public int MaxTemplates { get; init; } = 50;

    /// <summary>Most settings listed per settings category in HTML.</summary>
    public int MaxSettingsPerCategory { get; init; } = 200;

    /// <summary>Most settings listed over all categories in HTML.</summary>
    public int MaxSettings { get; init; } = 2000;

    /// <summary>Most apps listed in HTML.</summary>
    public int MaxApps { get; init; } = 500;

    /// <summary>Most diagnostics listed in HTML and Markdown.</summary>
    public int MaxDiagnostics { get; init; } = 200;

    /// <summary>Most recommendations listed in HTML.</summary>
    public int MaxRecommendations { get; init; } = 100;

    /// <summary>Most bars in the HTML timeline; longer time ranges are grouped into 2, 3, 4, 6, 12, 24 … hour bars.</summary>
    public int MaxTimelineBars { get; init; } = 168;

    /// <summary>Longest text (message, recommendation, template) printed in one HTML or Markdown cell before it is cut.</summary>
    public int MaxCellChars { get; init; } = 600;

    /// <summary>Longest value (setting value, finding value) printed in HTML before it is cut.</summary>
    public int MaxValueChars { get; init; } = 300;

    /// <summary>Longest log example (stack trace) printed in HTML.</summary>
    public int MaxExampleChars { get; init; } = 4000;

    /// <summary>Findings in the Markdown summary table.</summary>
    public int MarkdownFindings { get; init; } = 15;

    /// <summary>Error/fatal templates in the Markdown summary.</summary>
    public int MarkdownTemplates { get; init; } = 10;

    /// <summary>Recommendations in the Markdown summary.</summary>
    public int MarkdownRecommendations { get; init; } = 10;

    /// <summary>Defaults.</summary>
    public static ReportOptions Default { get; } = new();
}
