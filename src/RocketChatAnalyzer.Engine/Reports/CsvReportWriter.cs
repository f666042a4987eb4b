namespace RocketChatAnalyzer;

/// <summary>
/// CSV report (RFC 4180): a header row, then one row per shown finding, lines ended by CRLF.
/// A field is quoted when it holds a comma, a quote, CR or LF (quotes doubled). Because log text
/// is attacker-controlled, a text field that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// tab or CR gets a leading apostrophe so spreadsheets show it as text instead of running it as a
/// formula (OWASP "CSV injection"); the numeric <c>Count</c> column is written by us and left alone.
/// For a log-only result (no findings) the rows are the message templates, columns
/// <see cref="TemplateColumns"/>.
/// </summary>
internal static class CsvReportWriter
{
    public static readonly string[] FindingColumns =
        { "Severity", "Category", "RuleId", "Source", "Subject", "Message", "Recommendation", "Count", "Value" };

    public static readonly string[] TemplateColumns =
        { "Level", "TemplateId", "Count", "FirstSeen", "LastSeen", "Template", "Example" };

    private const string Eol = "\r\n";

    public static void Write(ReportModel model, TextWriter w)
    {
        if (model.Dump is null)
        {
            WriteTemplates(model.Log, w);
            return;
        }
        WriteHeader(w, FindingColumns);
        foreach (Finding f in model.Findings)
        {
            Field(w, f.Severity.ToString(), first: true);
            Field(w, f.Category.ToString());
            Field(w, f.RuleId);
            Field(w, f.Source);
            Field(w, f.Subject);
            Field(w, f.Message);
            Field(w, f.Recommendation);
            Number(w, f.Count);
            Field(w, model.FindingValue(f));
            w.Write(Eol);
        }
    }

    private static void WriteTemplates(LogAnalysis log, TextWriter w)
    {
        WriteHeader(w, TemplateColumns);
        foreach (LogTemplate t in log.Templates.OrderByDescending(t => t.Count))
        {
            Field(w, t.Level, first: true);
            Field(w, t.TemplateId);
            Number(w, t.Count);
            Field(w, t.FirstSeen is DateTime a ? Formats.Iso(a) : null);
            Field(w, t.LastSeen is DateTime b ? Formats.Iso(b) : null);
            Field(w, t.Template);
            Field(w, t.Example);
            w.Write(Eol);
        }
    }

    private static void WriteHeader(TextWriter w, string[] columns)
    {
        for (int i = 0; i < columns.Length; i++) Field(w, columns[i], first: i == 0);
        w.Write(Eol);
    }

    private static void Number(TextWriter w, long n)
    {
        w.Write(',');
        w.Write(Formats.Int(n));
    }

    /// <summary>Writes one text field (with the separator before it unless first).</summary>
    internal static void Field(TextWriter w, string? value, bool first = false)
    {
        if (!first) w.Write(',');
        if (string.IsNullOrEmpty(value)) return;
        bool guard = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        bool quote = guard || value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        if (!quote)
        {
            w.Write(value);
            return;
        }
        w.Write('"');
        if (guard) w.Write('\'');
        int start = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] != '"') continue;
            w.Write(value.AsSpan(start, i + 1 - start));
            w.Write('"');
            start = i + 1;
        }
        w.Write(value.AsSpan(start));
        w.Write('"');
    }
}
