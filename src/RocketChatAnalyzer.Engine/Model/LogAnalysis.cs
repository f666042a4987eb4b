using Newtonsoft.Json;

namespace RocketChatAnalyzer;

/// <summary>
/// The result of analysing one or more log files. It is also the engine's <em>mergeable partial
/// state</em>: a chunk of input produces a <see cref="LogAnalysis"/>, and
/// <see cref="Merge(LogAnalysis, LogAnalysis, int, int)"/> combines the results of two adjacent pieces of
/// input (left piece first) into exactly the result a single sequential pass over both would give.
/// Merge is associative; order-dependent state (examples, diagnostics, file order) is merged by
/// input position, never by arrival order.
/// </summary>
public sealed class LogAnalysis
{
    /// <summary>Number of log entries (a multi-line stack trace is one entry).</summary>
    public long TotalEntries { get; set; }

    /// <summary>Entries per level; keys are exactly the <see cref="LogLevel"/> names, in level order.</summary>
    public Dictionary<string, long> LevelCounts { get; set; } = NewLevelCounts();

    /// <summary>For every configured pattern (in rule order): the number of entries whose message matches it.</summary>
    public Dictionary<string, long> PatternCounts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Entries matching at least one pattern of each rule category: <c>Error</c>, <c>Warning</c>, <c>Security</c>.</summary>
    public Dictionary<string, long> CategoryCounts { get; set; } = NewCategoryCounts();

    /// <summary>Earliest entry timestamp (UTC), or null when no entry had one.</summary>
    public DateTime? FirstTimestamp { get; set; }

    /// <summary>Latest entry timestamp (UTC), or null when no entry had one.</summary>
    public DateTime? LastTimestamp { get; set; }

    /// <summary>Entries that carry no usable timestamp.</summary>
    public long EntriesWithoutTimestamp { get; set; }

    /// <summary>Per UTC hour: entries per level. Sorted by hour.</summary>
    public List<TimelineBucket> Timeline { get; set; } = new();

    private List<LogTemplate>? _templates;
    private bool _templatesDerived;
    private List<LogTemplate> _templateKeys = new();

    /// <summary>
    /// Message templates learned from the entries (variables masked as <c>&lt;*&gt;</c>), most frequent
    /// first (ties: first appearance). Derived from <see cref="TemplateKeys"/> on first use (stage 2,
    /// <see cref="RocketChatAnalyzer.Templates.TemplateMiner"/>), so it is the same for any split of the input.
    /// </summary>
    [JsonProperty(ObjectCreationHandling = ObjectCreationHandling.Replace)]
    public List<LogTemplate> Templates
    {
        get
        {
            if (_templates is null)
            {
                _templates = _templateKeys.Count == 0 ? new List<LogTemplate>() : global::RocketChatAnalyzer.Templates.TemplateModel.Seeded(_templateKeys, _templateModel).Templates;
                _templatesDerived = true;
            }
            return _templates;
        }
        set
        {
            _templates = value;
            _templatesDerived = false;
        }
    }

    /// <summary>
    /// The mergeable template state (stage 1): one record per distinct masked message (its
    /// <c>Template</c> is the masked text) with count, levels, first/last seen and first example, in
    /// order of first appearance; bounded by <see cref="RocketChatAnalyzer.Templates.TemplateTable.KeyCapFor"/>(MaxTemplates).
    /// Setting it discards <see cref="Templates"/> when they were derived (not when they were set,
    /// e.g. read back from JSON, which writes both).
    /// </summary>
    [JsonProperty(ObjectCreationHandling = ObjectCreationHandling.Replace)]
    public List<LogTemplate> TemplateKeys
    {
        get => _templateKeys;
        set
        {
            _templateKeys = value ?? new List<LogTemplate>();
            if (_templatesDerived) _templates = null;
        }
    }

    private global::RocketChatAnalyzer.Templates.TemplateModel? _templateModel;

    /// <summary>
    /// The learned template model <see cref="Templates"/> were grouped with (a warm start from earlier
    /// analyses of the same server, see docs/TEMPLATES.md), or null when they come from this input
    /// alone. Only the grouping depends on it: counts, levels and examples never do.
    /// </summary>
    public string? TemplateModelId { get; set; }

    /// <summary>The model behind <see cref="TemplateModelId"/> while it is in memory (not serialised; a merge passes it on).</summary>
    internal global::RocketChatAnalyzer.Templates.TemplateModel? TemplateModel => _templateModel;

    /// <summary>
    /// Groups <see cref="Templates"/> with <paramref name="model"/> from now on (null: from this input
    /// alone) and records its id. Derived templates are derived again; a result without a key table
    /// has nothing to group and keeps its templates and no model.
    /// </summary>
    public void UseTemplateModel(global::RocketChatAnalyzer.Templates.TemplateModel? model)
    {
        if (_templateKeys.Count == 0) model = null;
        _templateModel = model;
        TemplateModelId = model?.Id;
        if (_templateKeys.Count != 0)
        {
            _templates = null;
            _templatesDerived = false;
        }
    }

    /// <summary>
    /// Attaches the model a stored result names (<see cref="TemplateModelId"/>) without deriving its
    /// templates again: they were grouped with this very model. Later merges then group with it too.
    /// </summary>
    internal void AttachTemplateModel(global::RocketChatAnalyzer.Templates.TemplateModel model)
    {
        if (!string.Equals(model.Id, TemplateModelId, StringComparison.Ordinal))
            throw new ArgumentException("The model is not the one this result was grouped with.", nameof(model));
        _templateModel = model;
    }

    /// <summary>Entries whose message did not fit in the template key table (counted, not grouped).</summary>
    public long EvictedTemplates { get; set; }

    /// <summary>Entries that looked structured (JSON) but could not be parsed; they are still counted, with level Unknown.</summary>
    public long UnparsedEntries { get; set; }

    /// <summary>Entries cut at <see cref="LogAnalysisOptions.MaxEntryBytes"/>.</summary>
    public long TruncatedEntries { get; set; }

    /// <summary>The first <see cref="LogAnalysisOptions.MaxDiagnostics"/> problems met, in input order.</summary>
    public List<Diagnostic> Diagnostics { get; set; } = new();

    /// <summary>Total number of problems met (may exceed <c>Diagnostics.Count</c>).</summary>
    public long DiagnosticCount { get; set; }

    /// <summary>Per input file: bytes and entries.</summary>
    public List<LogFileSummary> Files { get; set; } = new();

    /// <summary>Bytes read (after decompression).</summary>
    public long BytesProcessed { get; set; }

    /// <summary>The most frequent message templates per level (count, first/last seen, one example).</summary>
    [JsonIgnore]
    public IReadOnlyList<TopMessage> TopMessages => BuildTopMessages(TopMessagesPerLevel);

    /// <summary>How many messages per level <see cref="TopMessages"/> lists.</summary>
    public int TopMessagesPerLevel { get; set; } = 10;

    /// <summary>Set when the result came through the analysis cache (not part of the analysis: never merged, never stored).</summary>
    public CacheInfo? CacheInfo { get; set; }

    /// <summary>Entries for <paramref name="level"/> (0 when absent).</summary>
    public long Count(LogLevel level) => LevelCounts.TryGetValue(LogLevels.Name(level), out long n) ? n : 0;

    public static Dictionary<string, long> NewLevelCounts()
    {
        var d = new Dictionary<string, long>(LogLevels.Count, StringComparer.Ordinal);
        foreach (string n in LogLevels.Names) d[n] = 0;
        return d;
    }

    public static Dictionary<string, long> NewCategoryCounts() =>
        new(StringComparer.Ordinal) { ["Error"] = 0, ["Warning"] = 0, ["Security"] = 0 };

    private List<TopMessage> BuildTopMessages(int perLevel)
    {
        var result = new List<TopMessage>();
        if (perLevel <= 0) return result;
        for (int l = 0; l < LogLevels.Count; l++)
        {
            var level = (LogLevel)l;
            var candidates = new List<(LogTemplate T, long C, int Index)>();
            for (int i = 0; i < Templates.Count; i++)
            {
                long c = Templates[i].CountFor(level);
                if (c > 0) candidates.Add((Templates[i], c, i));
            }
            // Most frequent first; ties by first appearance, so the order is deterministic.
            candidates.Sort((a, b) => a.C != b.C ? b.C.CompareTo(a.C) : a.Index.CompareTo(b.Index));
            for (int i = 0; i < candidates.Count && i < perLevel; i++)
            {
                var (t, c, _) = candidates[i];
                result.Add(new TopMessage(level.ToString(), t.TemplateId, t.Template, c, t.FirstSeen, t.LastSeen, t.Example));
            }
        }
        return result;
    }

    /// <summary>
    /// Combines the results of two adjacent pieces of input, <paramref name="left"/> first. Neither
    /// argument is modified. Associative: Merge(Merge(a,b),c) equals Merge(a,Merge(b,c)).
    /// </summary>
    public static LogAnalysis Merge(LogAnalysis left, LogAnalysis right, int maxDiagnostics = LogAnalysisOptions.DefaultMaxDiagnostics, int maxTemplates = LogAnalysisOptions.DefaultMaxTemplates) =>
        Merge(left, right, maxDiagnostics, maxTemplates, consumeLeft: false);

    /// <summary>
    /// As <see cref="Merge(LogAnalysis, LogAnalysis, int, int)"/>; with <paramref name="consumeLeft"/>
    /// the left result's timeline list is extended in place and reused (the caller owns
    /// <paramref name="left"/> and discards it), so folding many chunks in order does not copy the
    /// whole hourly timeline at every step.
    /// </summary>
    internal static LogAnalysis Merge(LogAnalysis left, LogAnalysis right, int maxDiagnostics, int maxTemplates, bool consumeLeft)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var r = new LogAnalysis
        {
            TotalEntries = left.TotalEntries + right.TotalEntries,
            EntriesWithoutTimestamp = left.EntriesWithoutTimestamp + right.EntriesWithoutTimestamp,
            UnparsedEntries = left.UnparsedEntries + right.UnparsedEntries,
            TruncatedEntries = left.TruncatedEntries + right.TruncatedEntries,
            BytesProcessed = left.BytesProcessed + right.BytesProcessed,
            DiagnosticCount = left.DiagnosticCount + right.DiagnosticCount,
            TopMessagesPerLevel = left.TopMessagesPerLevel,
            FirstTimestamp = Min(left.FirstTimestamp, right.FirstTimestamp),
            LastTimestamp = Max(left.LastTimestamp, right.LastTimestamp),
        };
        r.LevelCounts = SumOrdered(left.LevelCounts, right.LevelCounts);
        r.PatternCounts = SumOrdered(left.PatternCounts, right.PatternCounts);
        r.CategoryCounts = SumOrdered(left.CategoryCounts, right.CategoryCounts);
        r.Timeline = consumeLeft ? TimelineBucket.MergeInto(left.Timeline, right.Timeline) : TimelineBucket.Merge(left.Timeline, right.Timeline);

        // Files: left's order, then right's new files. Lines of right's diagnostics in a file that
        // left already covers are shifted by left's line count for that file (chunks of one file).
        var lineShift = new Dictionary<string, long>(StringComparer.Ordinal);
        var files = new List<LogFileSummary>(left.Files.Count + right.Files.Count);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in left.Files) { index[f.Path] = files.Count; files.Add(f.Clone()); }
        foreach (var f in right.Files)
        {
            if (index.TryGetValue(f.Path, out int i))
            {
                lineShift[f.Path] = files[i].Lines;
                files[i].Bytes += f.Bytes;
                files[i].Entries += f.Entries;
                files[i].Lines += f.Lines;
            }
            else { index[f.Path] = files.Count; files.Add(f.Clone()); }
        }
        r.Files = files;

        var diags = new List<Diagnostic>(Math.Min(maxDiagnostics, left.Diagnostics.Count + right.Diagnostics.Count));
        foreach (var d in left.Diagnostics) { if (diags.Count >= maxDiagnostics) break; diags.Add(d); }
        foreach (var d in right.Diagnostics)
        {
            if (diags.Count >= maxDiagnostics) break;
            if (d.Line is long line && lineShift.TryGetValue(d.Source, out long shift) && shift != 0)
                diags.Add(d with { Line = line + shift });
            else diags.Add(d);
        }
        r.Diagnostics = diags;

        long evicted;
        if (left.TemplateKeys.Count == 0 && right.TemplateKeys.Count == 0 && (left.Templates.Count != 0 || right.Templates.Count != 0))
        {
            // Hand-built results that carry templates but no key table: merge the templates themselves.
            r.Templates = LogTemplate.MergeTables(left.Templates, right.Templates, maxTemplates, out evicted);
        }
        else
        {
            // Templates are derived from the merged keys on first use (not per merge).
            r.TemplateKeys = LogTemplate.MergeTables(left.TemplateKeys, right.TemplateKeys, global::RocketChatAnalyzer.Templates.TemplateTable.KeyCapFor(maxTemplates), out evicted);
            // The first model in input order groups the whole (a result read back from JSON has
            // only the id; the cache attaches the model before merging it).
            if ((left._templateModel ?? right._templateModel) is { } model) r.UseTemplateModel(model);
        }
        r.EvictedTemplates = left.EvictedTemplates + right.EvictedTemplates + evicted;
        return r;
    }

    private static Dictionary<string, long> SumOrdered(Dictionary<string, long> a, Dictionary<string, long> b)
    {
        var d = new Dictionary<string, long>(a.Count + b.Count, StringComparer.Ordinal);
        foreach (var kv in a) d[kv.Key] = kv.Value;
        foreach (var kv in b) d[kv.Key] = d.TryGetValue(kv.Key, out long v) ? v + kv.Value : kv.Value;
        return d;
    }

    internal static DateTime? Min(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : (a.Value <= b.Value ? a : b);
    internal static DateTime? Max(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : (a.Value >= b.Value ? a : b);
}

/// <summary>Entries per level in one UTC hour.</summary>
public sealed class TimelineBucket
{
    /// <summary>Start of the hour, UTC.</summary>
    public DateTime Hour { get; set; }

    /// <summary>Entries per level name.</summary>
    public Dictionary<string, long> Counts { get; set; } = LogAnalysis.NewLevelCounts();

    /// <summary>All entries in the hour.</summary>
    [JsonIgnore]
    public long Total { get { long t = 0; foreach (var v in Counts.Values) t += v; return t; } }

    internal static List<TimelineBucket> Merge(List<TimelineBucket> a, List<TimelineBucket> b)
    {
        var r = new List<TimelineBucket>(a.Count + b.Count);
        int i = 0, j = 0;
        // Buckets present on one side only are shared (never modified after they are built).
        while (i < a.Count || j < b.Count)
        {
            if (j >= b.Count || (i < a.Count && a[i].Hour < b[j].Hour)) r.Add(a[i++]);
            else if (i >= a.Count || b[j].Hour < a[i].Hour) r.Add(b[j++]);
            else
            {
                var m = a[i++].Clone();
                foreach (var kv in b[j++].Counts) m.Counts[kv.Key] = m.Counts.TryGetValue(kv.Key, out long v) ? v + kv.Value : kv.Value;
                r.Add(m);
            }
        }
        return r;
    }

    /// <summary>Merges <paramref name="b"/> into <paramref name="a"/> (modified and returned); buckets themselves are never modified.</summary>
    internal static List<TimelineBucket> MergeInto(List<TimelineBucket> a, List<TimelineBucket> b)
    {
        foreach (var bucket in b)
        {
            if (a.Count == 0 || a[^1].Hour < bucket.Hour) { a.Add(bucket); continue; } // chronological logs: append
            int lo = 0, hi = a.Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (a[mid].Hour < bucket.Hour) lo = mid + 1; else hi = mid - 1;
            }
            if (lo < a.Count && a[lo].Hour == bucket.Hour)
            {
                var m = a[lo].Clone();
                foreach (var kv in bucket.Counts) m.Counts[kv.Key] = m.Counts.TryGetValue(kv.Key, out long v) ? v + kv.Value : kv.Value;
                a[lo] = m;
            }
            else a.Insert(lo, bucket);
        }
        return a;
    }

    internal TimelineBucket Clone() => new() { Hour = Hour, Counts = new Dictionary<string, long>(Counts, StringComparer.Ordinal) };
}

/// <summary>Bytes, lines and entries read from one input file.</summary>
public sealed class LogFileSummary
{
    public string Path { get; set; } = "";
    public string Format { get; set; } = "";
    public long Bytes { get; set; }
    public long Lines { get; set; }
    public long Entries { get; set; }

    internal LogFileSummary Clone() => (LogFileSummary)MemberwiseClone();
}

/// <summary>One of the most frequent messages of a level.</summary>
public sealed record TopMessage(
    string Level,
    string TemplateId,
    string Template,
    long Count,
    DateTime? FirstSeen,
    DateTime? LastSeen,
    string Example);
