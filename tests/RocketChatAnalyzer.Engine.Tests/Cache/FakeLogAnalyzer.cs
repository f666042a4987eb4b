using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using RocketChatAnalyzer.Cache;

namespace RocketChatAnalyzer.Tests.Cache;

/// <summary>
/// A small, obviously sequential stand-in for the engine's LogAnalyzer, honouring the
/// <see cref="ILogRangeAnalyzer"/> contract so the cache can be tested before the real engine
/// lands (the lead re-runs these tests against it). An entry is a line that does not start with
/// whitespace plus the indented lines after it (stack frames, util.inspect bodies). It fills every
/// field Merge combines — levels, patterns, categories, timeline, templates, diagnostics with
/// range-relative line numbers and absolute byte offsets, file summaries — so a wrong split,
/// a lost prefix or a double-counted range shows up as a different result.
/// </summary>
internal sealed class FakeLogAnalyzer : ILogRangeAnalyzer
{
    private static readonly Regex s_level = new("\"level\":(\\d+)", RegexOptions.CultureInvariant);
    private static readonly Regex s_isoTime = new("\"time\":\"([^\"]+)\"", RegexOptions.CultureInvariant);
    private static readonly Regex s_epochTime = new("\"time\":(\\d{10,})", RegexOptions.CultureInvariant);
    private static readonly Regex s_msg = new("\"msg\":\"((?:[^\"\\\\]|\\\\.)*)\"", RegexOptions.CultureInvariant);
    private static readonly Regex s_meteor = new("^([IWEDF])(\\d{8}-\\d{2}:\\d{2}:\\d{2}\\.\\d{3})\\(", RegexOptions.CultureInvariant);
    private static readonly Regex s_bracketTime = new("^\\[(\\d{4}-\\d{2}-\\d{2}T[^\\]]+)\\]", RegexOptions.CultureInvariant);
    private static readonly Regex s_digits = new("\\d+", RegexOptions.CultureInvariant);

    private readonly LogAnalysisOptions _options;
    private readonly List<(string Pattern, Regex Regex, string Category)> _patterns = new();

    public FakeLogAnalyzer(AnalysisRules rules, LogAnalysisOptions options)
    {
        _options = options;
        void Add(IReadOnlyList<string> list, string category)
        {
            foreach (string p in list)
                _patterns.Add((p, new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), category));
        }
        Add(rules.ErrorPatterns, "Error");
        Add(rules.WarningPatterns, "Warning");
        Add(rules.SecurityPatterns, "Security");
    }

    public LogAnalysis AnalyzeFile(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        if (IsGzip(path))
        {
            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            gz.CopyTo(ms);
            bytes = ms.ToArray();
        }
        else bytes = File.ReadAllBytes(path);
        return Analyze(bytes, 0, path, cancellationToken);
    }

    public IReadOnlyList<LogAnalysis> AnalyzeRanges(string path, IReadOnlyList<long> cuts, CancellationToken cancellationToken)
    {
        var results = new List<LogAnalysis>(cuts.Count - 1);
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        for (int i = 0; i + 1 < cuts.Count; i++)
        {
            long start = cuts[i], end = cuts[i + 1];
            var buffer = new byte[end - start];
            fs.Position = start;
            fs.ReadExactly(buffer);
            results.Add(Analyze(buffer, start, path, cancellationToken));
        }
        return results;
    }

    public long FindBoundary(string path, long atOrBefore, CancellationToken cancellationToken)
    {
        if (IsGzip(path)) return -1;
        // The start of the last entry beginning before atOrBefore: a line start whose first byte is not blank.
        var bytes = new byte[atOrBefore];
        using (var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete)) fs.ReadExactly(bytes);
        for (long p = atOrBefore - 1; p >= 0; p--)
        {
            bool lineStart = p == 0 || bytes[p - 1] == (byte)'\n';
            if (lineStart && bytes[p] != (byte)' ' && bytes[p] != (byte)'\t') return p;
        }
        return 0;
    }

    /// <summary>The whole file in one sequential pass: the reference the cached results are compared with.</summary>
    public LogAnalysis Reference(string path) => AnalyzeFile(path, CancellationToken.None);

    private static bool IsGzip(string path)
    {
        using var fs = File.OpenRead(path);
        return fs.ReadByte() == 0x1f && fs.ReadByte() == 0x8b;
    }

    private LogAnalysis Analyze(byte[] bytes, long baseOffset, string path, CancellationToken ct)
    {
        var a = new LogAnalysis { TopMessagesPerLevel = _options.TopMessagesPerLevel };
        foreach (var (p, _, _) in _patterns) a.PatternCounts.TryAdd(p, 0);
        var timeline = new SortedDictionary<DateTime, TimelineBucket>();
        var templates = new Dictionary<string, LogTemplate>(StringComparer.Ordinal);
        long lines = 0, entries = 0;

        var text = Encoding.UTF8.GetString(bytes);
        int pos = 0;
        var entry = new StringBuilder();
        long entryLine = 0, entryOffset = 0;
        while (pos < text.Length)
        {
            ct.ThrowIfCancellationRequested();
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            string line = text.Substring(pos, end - pos);
            lines++;
            bool continuation = line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && entry.Length > 0;
            if (continuation) entry.Append('\n').Append(line);
            else
            {
                if (entry.Length > 0) { Process(a, entry.ToString(), entryLine, entryOffset, path, timeline, templates); entries++; }
                entry.Clear().Append(line);
                entryLine = lines;
                entryOffset = baseOffset + Encoding.UTF8.GetByteCount(text.AsSpan(0, pos));
            }
            pos = nl < 0 ? text.Length : nl + 1;
        }
        if (entry.Length > 0) { Process(a, entry.ToString(), entryLine, entryOffset, path, timeline, templates); entries++; }

        a.TotalEntries = entries;
        a.Timeline = new List<TimelineBucket>(timeline.Values);
        a.Files.Add(new LogFileSummary { Path = path, Format = "Lines", Bytes = bytes.Length, Lines = lines, Entries = entries });
        a.BytesProcessed = bytes.Length;
        return a;
    }

    private void Process(LogAnalysis a, string entry, long line, long offset, string path,
        SortedDictionary<DateTime, TimelineBucket> timeline, Dictionary<string, LogTemplate> templates)
    {
        string head = entry.Split('\n')[0];
        LogLevel level = LogLevel.Unknown;
        DateTime? time = null;
        string message = head;
        if (head.StartsWith('{'))
        {
            if (!head.TrimEnd().EndsWith('}'))
            {
                a.UnparsedEntries++;
                a.DiagnosticCount++;
                if (a.Diagnostics.Count < _options.MaxDiagnostics)
                    a.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "TruncatedJson", path, line, offset, "The JSON entry is cut off."));
            }
            else
            {
                var lm = s_level.Match(head);
                if (lm.Success) level = LogLevels.FromNumber(double.Parse(lm.Groups[1].Value, CultureInfo.InvariantCulture));
                var tm = s_isoTime.Match(head);
                if (tm.Success && DateTime.TryParse(tm.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t)) time = t;
                else if (s_epochTime.Match(head) is { Success: true } em) time = DateTime.UnixEpoch.AddMilliseconds(long.Parse(em.Groups[1].Value, CultureInfo.InvariantCulture));
                // Duplicate keys: the last msg wins, as in JSON.parse.
                var ms = s_msg.Matches(head);
                if (ms.Count > 0) message = ms[^1].Groups[1].Value;
            }
        }
        else if (s_meteor.Match(head) is { Success: true } mm)
        {
            level = mm.Groups[1].Value switch { "I" => LogLevel.Info, "W" => LogLevel.Warn, "E" => LogLevel.Error, "D" => LogLevel.Debug, _ => LogLevel.Fatal };
            time = DateTime.SpecifyKind(DateTime.ParseExact(mm.Groups[2].Value, "yyyyMMdd-HH:mm:ss.fff", CultureInfo.InvariantCulture), DateTimeKind.Utc);
            message = head.Substring(mm.Length);
        }
        else
        {
            if (s_bracketTime.Match(head) is { Success: true } bm
                && DateTime.TryParse(bm.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var bt))
                time = bt;
            if (head.Contains("Error", StringComparison.Ordinal)) level = LogLevel.Error;
        }

        string levelName = LogLevels.Name(level);
        a.LevelCounts[levelName]++;
        if (time is DateTime ts)
        {
            a.FirstTimestamp = a.FirstTimestamp is null || ts < a.FirstTimestamp ? ts : a.FirstTimestamp;
            a.LastTimestamp = a.LastTimestamp is null || ts > a.LastTimestamp ? ts : a.LastTimestamp;
            var hour = new DateTime(ts.Year, ts.Month, ts.Day, ts.Hour, 0, 0, DateTimeKind.Utc);
            if (!timeline.TryGetValue(hour, out var bucket)) timeline[hour] = bucket = new TimelineBucket { Hour = hour };
            bucket.Counts[levelName]++;
        }
        else a.EntriesWithoutTimestamp++;

        bool error = false, warning = false, security = false;
        foreach (var (p, rx, category) in _patterns)
        {
            if (!rx.IsMatch(message)) continue;
            a.PatternCounts[p]++;
            if (category == "Error") error = true;
            else if (category == "Warning") warning = true;
            else security = true;
        }
        if (error) a.CategoryCounts["Error"]++;
        if (warning) a.CategoryCounts["Warning"]++;
        if (security) a.CategoryCounts["Security"]++;

        if (!_options.Templates) return;
        string template = s_digits.Replace(message, "<*>");
        if (!templates.TryGetValue(template, out var t2))
        {
            if (templates.Count >= _options.MaxTemplates) { a.EvictedTemplates++; return; }
            t2 = new LogTemplate
            {
                TemplateId = LogTemplate.IdFor(template),
                Template = template,
                Example = entry.Length > _options.MaxExampleChars ? entry.Substring(0, _options.MaxExampleChars) : entry,
            };
            templates[template] = t2;
            a.Templates.Add(t2);
        }
        t2.Count++;
        t2.LevelCounts[levelName] = t2.LevelCounts.TryGetValue(levelName, out long n) ? n + 1 : 1;
        if (time is DateTime seen)
        {
            t2.FirstSeen = t2.FirstSeen is null || seen < t2.FirstSeen ? seen : t2.FirstSeen;
            t2.LastSeen = t2.LastSeen is null || seen > t2.LastSeen ? seen : t2.LastSeen;
        }
    }
}
