using System.Text;

namespace RocketChatAnalyzer;

/// <summary>
/// The report sink: turns an analysis result into a file. This is the whole contract of the
/// report layer — writers read a finished result (never the input), never change it, and are
/// deterministic: the same result and options give the same bytes.
/// <list type="bullet">
/// <item><see cref="ReportFormat.Json"/> — <see cref="AnalysisJson"/> with the severity filter applied.</item>
/// <item><see cref="ReportFormat.Csv"/> — one row per finding (columns <see cref="CsvReportWriter.FindingColumns"/>); a
/// log-only result has no findings, so it gets one row per message template instead.</item>
/// <item><see cref="ReportFormat.Html"/> — self-contained interactive page, escaped, size-capped.</item>
/// <item><see cref="ReportFormat.Markdown"/> — ticket summary in GitHub-flavoured Markdown.</item>
/// </list>
/// Accepted results: <see cref="DumpAnalysis"/>, or <see cref="LogAnalysis"/> for a log-only report.
/// Threading: stateless; any number of writes may run at once on different results.
/// </summary>
public static class ReportWriter
{
    /// <summary>UTF-8 without BOM (JSON, HTML, Markdown).</summary>
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// UTF-8 with BOM for CSV: Excel, the usual reader of a CSV on a support desk, decodes a CSV
    /// without BOM in the ANSI code page and garbles every non-ASCII character; Import-Csv,
    /// LibreOffice and Python's <c>utf-8-sig</c> all accept the BOM.
    /// </summary>
    private static readonly UTF8Encoding s_utf8Bom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>True when <paramref name="result"/> is a type a report can be written from.</summary>
    public static bool IsSupported(object? result) => ReportModel.IsSupported(result);

    /// <summary>The usual file extension (with the dot) of a format.</summary>
    public static string FileExtension(ReportFormat format) => format switch
    {
        ReportFormat.Json => ".json",
        ReportFormat.Csv => ".csv",
        ReportFormat.Html => ".html",
        ReportFormat.Markdown => ".md",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>The text encoding a format is written in.</summary>
    public static Encoding EncodingFor(ReportFormat format) => format == ReportFormat.Csv ? s_utf8Bom : s_utf8;

    /// <summary>A file name for a report of <paramref name="result"/>: <c>rocketchat-analysis-&lt;version&gt;-&lt;yyyyMMdd-HHmmss&gt;.&lt;ext&gt;</c>.</summary>
    public static string DefaultFileName(object result, ReportFormat format)
    {
        DateTime when;
        string kind;
        switch (result)
        {
            case DumpAnalysis d:
                when = d.AnalyzedAt;
                kind = string.IsNullOrWhiteSpace(d.ServerVersion) ? "rocketchat-analysis" : "rocketchat-analysis-" + SafeFileNamePart(d.ServerVersion);
                break;
            case LogAnalysis l:
                when = l.LastTimestamp ?? DateTime.UtcNow;
                kind = "rocketchat-log-analysis";
                break;
            default:
                throw new ArgumentException("Unsupported result type " + result?.GetType().FullName + ".", nameof(result));
        }
        if (when == default) when = DateTime.UtcNow;
        return kind + "-" + Formats.Utc(when).ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture) + FileExtension(format);
    }

    /// <summary>Writes the report to <paramref name="output"/> (left open).</summary>
    /// <exception cref="ArgumentException"><paramref name="result"/> is not a supported result type.</exception>
    public static void Write(object result, ReportFormat format, Stream output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ReportModel model = ReportModel.Create(result, options ?? ReportOptions.Default);
        using var writer = new StreamWriter(output, EncodingFor(format), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        WriteModel(model, format, writer);
        writer.Flush();
    }

    /// <summary>Returns the report as a string (no BOM).</summary>
    public static string WriteString(object result, ReportFormat format, ReportOptions? options = null)
    {
        ReportModel model = ReportModel.Create(result, options ?? ReportOptions.Default);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        WriteModel(model, format, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Writes the report to <paramref name="path"/> atomically: into a temporary file beside it,
    /// then moved over the target, so a failed or cancelled write never leaves a partial or
    /// empty report (the community tool's 0-byte HTML files).
    /// </summary>
    /// <param name="result">A <see cref="DumpAnalysis"/> or <see cref="LogAnalysis"/>.</param>
    /// <param name="format">The report format.</param>
    /// <param name="path">The file to write (its directory must exist).</param>
    /// <param name="options">What to show; null for the defaults.</param>
    /// <param name="overwrite">False: fail with <see cref="IOException"/> when the file exists (checked again at the final move).</param>
    public static void WriteFile(object result, ReportFormat format, string path, ReportOptions? options = null, bool overwrite = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ReportModel model = ReportModel.Create(result, options ?? ReportOptions.Default);
        string full = Path.GetFullPath(path);
        string dir = Path.GetDirectoryName(full) ?? ".";
        if (!overwrite && File.Exists(full)) throw new IOException($"The file '{full}' already exists.");
        string temp = Path.Combine(dir, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            using (var writer = new StreamWriter(stream, EncodingFor(format), 64 * 1024) { NewLine = "\n" })
            {
                WriteModel(model, format, writer);
            }
            File.Move(temp, full, overwrite);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static void WriteModel(ReportModel model, ReportFormat format, TextWriter writer)
    {
        switch (format)
        {
            case ReportFormat.Json: AnalysisJson.Write(model, writer, indented: true, filter: true); writer.Write('\n'); break;
            case ReportFormat.Csv: CsvReportWriter.Write(model, writer); break;
            case ReportFormat.Html: HtmlReportWriter.Write(model, writer); break;
            case ReportFormat.Markdown: MarkdownReportWriter.Write(model, writer); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
        }
    }

    private static string SafeFileNamePart(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_') sb.Append(c);
            if (sb.Length >= 32) break;
        }
        return sb.Length == 0 ? "unknown" : sb.ToString();
    }
}
