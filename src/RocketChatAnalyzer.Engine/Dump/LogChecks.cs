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

        foreach (var p in rules.ErrorPatterns)
            if (Hits(log, p) is long n && n > 0)
                ctx.Add(RuleIds.LogErrorPattern, FindingSeverity.Error, FindingCategory.Log, src, p,
                    string.Create(CultureInfo.InvariantCulture, $"{n} log entr{(n == 1 ? "y matches" : "ies match")} the error pattern '{p}' ({Rate(n, total)} per 1000)."),
                    ReviewErrors, n);
        foreach (var p in rules.WarningPatterns)
            if (Hits(log, p) is long n && n > 0)
                ctx.Add(RuleIds.LogWarningPattern, FindingSeverity.Warning, FindingCategory.Log, src, p,
                    string.Create(CultureInfo.InvariantCulture, $"{n} log entr{(n == 1 ? "y matches" : "ies match")} the warning pattern '{p}' ({Rate(n, total)} per 1000)."),
                    ReviewWarnings, n);
        SecurityPatterns(ctx, log, src, total);
        TopErrors(ctx, log, src);
        Unparsed(ctx, log, src);
    }

    private static long? Hits(LogAnalysis log, string pattern) => log.PatternCounts.TryGetValue(pattern, out long n) ? n : null;

    /// <summary>
    /// Security patterns are broad ("auth" matches "OAuth token refreshed"). A pattern is a Warning
    /// only when entries at Warn level or worse (or without a level) match it, judged on the message
    /// templates; when only Info/Debug entries match, it is Info. Without templates it stays Warning.
    /// </summary>
    private static void SecurityPatterns(DumpContext ctx, LogAnalysis log, string src, long total)
    {
        bool haveTemplates = log.Templates.Count > 0;
        foreach (var p in ctx.Options.Rules.SecurityPatterns)
        {
            if (Hits(log, p) is not long n || n <= 0) continue;
            long serious = haveTemplates ? SeriousMatches(log, p) : n;
            bool benign = haveTemplates && serious == 0;
            string message = benign
                ? string.Create(CultureInfo.InvariantCulture, $"{n} log entr{(n == 1 ? "y matches" : "ies match")} the security pattern '{p}', all at info/debug level (e.g. successful logins or token refreshes): probably benign.")
                : string.Create(CultureInfo.InvariantCulture, $"{n} log entr{(n == 1 ? "y matches" : "ies match")} the security pattern '{p}' ({Rate(n, total)} per 1000)")
                    + (haveTemplates ? string.Create(CultureInfo.InvariantCulture, $", {serious} of them at warning level or worse.") : ".");
            ctx.Add(RuleIds.LogSecurityPattern, benign ? FindingSeverity.Info : FindingSeverity.Warning, FindingCategory.Security, src, p,
                message, ReviewSecurity, n);
        }
    }

    private static long SeriousMatches(LogAnalysis log, string pattern)
    {
        Regex regex;
        try { regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)); }
        catch (ArgumentException) { return 0; }
        long serious = 0;
        foreach (var t in log.Templates)
        {
            long n = t.CountFor(LogLevel.Warn) + t.CountFor(LogLevel.Error) + t.CountFor(LogLevel.Fatal) + t.CountFor(LogLevel.Unknown);
            if (n == 0) continue;
            try
            {
                if (regex.IsMatch(t.Template) || regex.IsMatch(t.Example)) serious += n;
            }
            catch (RegexMatchTimeoutException) { serious += n; }
        }
        return serious;
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
            if (e > 0) candidates.Add((t, e, f, i));
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
