using System.Globalization;
using System.Text.RegularExpressions;

namespace RocketChatAnalyzer.Dump;

/// <summary>
/// Findings from a finished <see cref="LogAnalysis"/>: one finding per level class and per matched
/// pattern (with <see cref="Finding.Count"/> = entries, never one finding per line), the most
/// frequent Error/Fatal templates, and unreadable input. Text taken from the log goes through
/// <see cref="SecretScrubber.Scrub"/>.
/// </summary>
internal static class LogChecks
{
    internal const string ReviewErrors =
        "Review the most frequent error messages (the LOG-TOP-ERROR findings) and fix their causes, starting with the most frequent: " + AdminPaths.ViewLogs + ".";
    internal const string ReviewWarnings =
        "Review the frequent warnings (slow queries, retries, deprecations, rate limits): they announce the next errors.";
    internal const string ReviewSecurity =
        "Review authentication and permission failures in the log: repeated failures from one address suggest brute force — keep the API rate limiter and two-factor authentication on and block the source.";

    private const int MaxSubjectChars = 200;
    private const int MaxValueChars = 500;

    public static void Run(DumpContext ctx)
    {
        if (ctx.Log is not { } log) return;
        string src = ctx.LogSource;
        long total = log.TotalEntries;
        var rules = ctx.Options.Rules;

        if (total == 0)
        {
            ctx.Add(RuleIds.LogEmpty, FindingSeverity.Info, FindingCategory.Log, src, "TotalEntries",
                "The log holds no entries (an empty queue: the server was restarted shortly before the dump, or Log_View_Limit is 0).",
                "Take the dump again after the problem occurs, or collect the container / service output directly.", 0);
            Unparsed(ctx, log, src);
            return;
        }

        long fatal = log.Count(LogLevel.Fatal);
        long error = log.Count(LogLevel.Error);
        if (fatal > 0)
            ctx.Add(RuleIds.LogFatal, FindingSeverity.Critical, FindingCategory.Log, src, "Fatal",
                string.Create(CultureInfo.InvariantCulture, $"{fatal} fatal log entr{(fatal == 1 ? "y" : "ies")} ({Rate(fatal, total)} per 1000 entries): the server hit errors it could not recover from."),
                "Investigate the fatal entries first: they usually precede a crash or restart. " + AdminPaths.ViewLogs + ".", fatal);
        if (error > 0)
            ctx.Add(RuleIds.LogErrors, FindingSeverity.Error, FindingCategory.Log, src, "Error",
                string.Create(CultureInfo.InvariantCulture, $"{error} error-level log entr{(error == 1 ? "y" : "ies")} ({Rate(error, total)} per 1000 of {total} entries)."),
                ReviewErrors, error);

        Patterns(ctx, log, src, total, rules.ErrorPatterns, "error", RuleIds.LogErrorPattern, FindingSeverity.Error, FindingCategory.Log, ReviewErrors);
        Patterns(ctx, log, src, total, rules.WarningPatterns, "warning", RuleIds.LogWarningPattern, FindingSeverity.Warning, FindingCategory.Log, ReviewWarnings);
        Patterns(ctx, log, src, total, rules.SecurityPatterns, "security", RuleIds.LogSecurityPattern, FindingSeverity.Warning, FindingCategory.Security, ReviewSecurity);
        TopErrors(ctx, log, src);
        Unparsed(ctx, log, src);
    }

    private static long? Hits(LogAnalysis log, string pattern) => log.PatternCounts.TryGetValue(pattern, out long n) ? n : null;

    /// <summary>Entries matching a pattern, split by the level of their template.</summary>
    private readonly record struct LevelSplit(long Serious, long Warn, long Low)
    {
        public long Total => Serious + Warn + Low;
    }

    /// <summary>
    /// Patterns are broad ("failed" matches "Limit validation failed" at info level, "auth" matches
    /// "OAuth token refreshed"). The class severity (error → Error, warning/security → Warning) holds
    /// when entries at Error/Fatal level or without a level match; when the worst matching entries are
    /// Warn it is at most Warning; when only Info/Http/Debug/Trace/Startup entries match it is Info.
    /// The levels are judged on the message templates; without templates (or when no template
    /// matches, e.g. the pattern hit a masked variable) the class severity is kept.
    /// </summary>
    private static void Patterns(DumpContext ctx, LogAnalysis log, string src, long total, IReadOnlyList<string> patterns, string kind,
        string ruleId, FindingSeverity classSeverity, FindingCategory category, string recommendation)
    {
        foreach (var p in patterns)
        {
            if (Hits(log, p) is not long n || n <= 0) continue;
            var split = Split(log, p);
            FindingSeverity severity = classSeverity;
            string detail = "";
            // Downgrade only when the templates account for every matching entry (a pattern can also hit
            // the err.message part of an entry, or an evicted template, which the templates do not show).
            if (split.Total >= n && split.Serious == 0)
            {
                if (split.Warn > 0)
                {
                    if (severity > FindingSeverity.Warning) severity = FindingSeverity.Warning;
                    detail = ", at warning level at worst";
                }
                else
                {
                    severity = FindingSeverity.Info;
                    detail = ", all at info level or below: probably informational, not a problem";
                }
            }
            else if (split.Total > 0)
                detail = string.Create(CultureInfo.InvariantCulture, $", {split.Serious} at error level or without a level");
            ctx.Add(ruleId, severity, category, src, p,
                string.Create(CultureInfo.InvariantCulture, $"{n} log entr{(n == 1 ? "y matches" : "ies match")} the {kind} pattern '{p}' ({Rate(n, total)} per 1000){detail}."),
                recommendation, n);
        }
    }

    private static LevelSplit Split(LogAnalysis log, string pattern)
    {
        if (log.Templates.Count == 0) return default;
        Regex regex;
        try { regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)); }
        catch (ArgumentException) { return default; }
        long serious = 0, warn = 0, low = 0;
        foreach (var t in log.Templates)
        {
            bool match;
            try { match = regex.IsMatch(t.Template) || regex.IsMatch(t.Example); }
            catch (RegexMatchTimeoutException) { match = true; }
            if (!match) continue;
            serious += t.CountFor(LogLevel.Error) + t.CountFor(LogLevel.Fatal) + t.CountFor(LogLevel.Unknown);
            warn += t.CountFor(LogLevel.Warn);
            low += t.CountFor(LogLevel.Info) + t.CountFor(LogLevel.Http) + t.CountFor(LogLevel.Debug) + t.CountFor(LogLevel.Trace) + t.CountFor(LogLevel.Startup);
        }
        return new LevelSplit(serious, warn, low);
    }

    private static void TopErrors(DumpContext ctx, LogAnalysis log, string src)
    {
        int top = ctx.Options.TopErrorTemplates;
        if (top <= 0) return;
        var candidates = new List<(LogTemplate T, long Errors, long Fatal, int Index)>();
        for (int i = 0; i < log.Templates.Count; i++)
        {
            var t = log.Templates[i];
            long f = t.CountFor(LogLevel.Fatal);
            long e = t.CountFor(LogLevel.Error) + f;
            if (e > 0 && HasText(t.Template)) candidates.Add((t, e, f, i));
        }
        // Most frequent first; ties by first appearance, so the choice is deterministic.
        candidates.Sort(static (a, b) => a.Errors != b.Errors ? b.Errors.CompareTo(a.Errors) : a.Index.CompareTo(b.Index));
        for (int i = 0; i < candidates.Count && i < top; i++)
        {
            var (t, errors, fatal, _) = candidates[i];
            string text = Cut(SecretScrubber.Scrub(t.Template), MaxSubjectChars);
            var f = ctx.Add(RuleIds.LogTopError, fatal > 0 ? FindingSeverity.Critical : FindingSeverity.Error, FindingCategory.Log, src,
                t.TemplateId + " " + text,
                string.Create(CultureInfo.InvariantCulture, $"{errors} {(fatal > 0 ? "error/fatal" : "error")} entr{(errors == 1 ? "y" : "ies")}: {text}") + FirstLast(t),
                ReviewErrors, errors);
            if (t.Example.Length > 0) f.Value = Cut(SecretScrubber.Scrub(t.Example), MaxValueChars);
        }
    }

    /// <summary>False for templates that are nothing but masked variables (e.g. "&lt;*&gt;" from a cut-off line): they say nothing.</summary>
    private static bool HasText(string template)
    {
        var rest = template.Replace("<*>", "", StringComparison.Ordinal);
        foreach (char c in rest) if (char.IsLetter(c)) return true;
        return false;
    }

    private static void Unparsed(DumpContext ctx, LogAnalysis log, string src)
    {
        long problems = log.UnparsedEntries + log.TruncatedEntries;
        if (problems == 0 && log.DiagnosticCount == 0) return;
        var parts = new List<string>(3);
        if (log.UnparsedEntries > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{log.UnparsedEntries} entr{(log.UnparsedEntries == 1 ? "y" : "ies")} looked structured but could not be parsed (counted as level Unknown)"));
        if (log.TruncatedEntries > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{log.TruncatedEntries} entr{(log.TruncatedEntries == 1 ? "y was" : "ies were")} cut at the maximum entry size"));
        if (log.DiagnosticCount > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{log.DiagnosticCount} reading problem(s) reported as diagnostics"));
        ctx.Add(RuleIds.LogUnparsed, FindingSeverity.Info, FindingCategory.Log, src, "UnparsedEntries",
            "Part of the log could not be read: " + string.Join("; ", parts) + ".",
            "See the diagnostics for the positions; a truncated or hand-edited log file is the usual cause.",
            Math.Max(problems, log.DiagnosticCount));
    }

    private static string FirstLast(LogTemplate t) =>
        t.FirstSeen is DateTime a && t.LastSeen is DateTime b
            ? string.Create(CultureInfo.InvariantCulture, $" (first {a:yyyy-MM-dd HH:mm:ss}Z, last {b:yyyy-MM-dd HH:mm:ss}Z)")
            : "";

    internal static string Rate(long n, long total) =>
        total <= 0 ? "0" : (1000d * n / total).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Cut(string s, int max) => s.Length <= max ? s : string.Concat(s.AsSpan(0, max - 1), "…");
}
