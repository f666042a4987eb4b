using System.Runtime.CompilerServices;
using RocketChatAnalyzer.Templates;

namespace RocketChatAnalyzer.Logs;

/// <summary>
/// The sink of the log pipeline for one piece of input (a file chunk, a batch of queue items, a
/// stream): counts levels, patterns, categories, the hourly timeline and templates, and keeps the
/// first diagnostics. One accumulator per worker; never shared between threads.
/// <see cref="ToAnalysis"/> turns it into a mergeable <see cref="LogAnalysis"/>.
/// </summary>
internal sealed class LogAccumulator
{
    private readonly PatternSet _patterns;
    private readonly LogAnalysisOptions _options;
    private readonly string _source;
    private readonly string _format;
    private readonly long[] _levels = new long[LogLevels.Count];
    private readonly long[] _patternCounts;
    private readonly long[] _categories = new long[3];
    private readonly ulong[] _hits;
    private readonly Dictionary<long, long[]> _timeline = new();
    private readonly TemplateTable? _templates;
    private readonly List<Diagnostic> _diagnostics = new();
    private char[]? _decode;
    private long _first;
    private long _last;
    private long _lastHour = -1;      // entries are mostly in time order: skip the dictionary
    private long[]? _lastBucket;

    public LogAccumulator(PatternSet patterns, LogAnalysisOptions options, string source, string format)
    {
        _patterns = patterns;
        _options = options;
        _source = source;
        _format = format;
        _patternCounts = new long[patterns.Count];
        _hits = new ulong[patterns.Words];
        if (options.Templates) _templates = new TemplateTable(options, options.RecordLineMap);
    }

    public string Source => _source;

    /// <summary>The template table (null when templates are off); read it after the last entry.</summary>
    internal TemplateTable? TemplateTable => _templates;
    public long Entries { get; private set; }
    public long Lines { get; set; }
    public long Bytes { get; set; }
    public long Unparsed { get; private set; }
    public long Truncated { get; private set; }
    public long WithoutTimestamp { get; private set; }
    public long DiagnosticCount { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    public void AddEntry(LogLevel level, long ticks, ReadOnlySpan<byte> matchText, ReadOnlySpan<byte> templateText, bool unparsed, bool truncated)
    {
        Entries++;
        _levels[(int)level]++;
        if (unparsed) Unparsed++;
        if (truncated) Truncated++;
        if (ticks == 0) WithoutTimestamp++;
        else
        {
            if (_first == 0 || ticks < _first) _first = ticks;
            if (ticks > _last) _last = ticks;
            long hour = ticks - ticks % TimeSpan.TicksPerHour;
            long[]? bucket = _lastBucket;
            if (hour != _lastHour || bucket is null)
            {
                if (!_timeline.TryGetValue(hour, out bucket))
                {
                    bucket = new long[LogLevels.Count];
                    _timeline[hour] = bucket;
                }
                _lastHour = hour;
                _lastBucket = bucket;
            }
            bucket[(int)level]++;
        }

        if (_patternCounts.Length > 0)
        {
            Span<ulong> hits = _hits;
            hits.Clear();
            _patterns.Match(matchText, hits, ref _decode);
            int cats = 0;
            for (int w = 0; w < hits.Length; w++)
            {
                ulong bits = hits[w];
                while (bits != 0)
                {
                    int i = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    _patternCounts[i]++;
                    cats |= 1 << (int)_patterns.CategoryOf(i);
                }
            }
            if ((cats & 1) != 0) _categories[0]++;
            if ((cats & 2) != 0) _categories[1]++;
            if ((cats & 4) != 0) _categories[2]++;
        }

        _templates?.Add(templateText.Length == 0 ? "(no message)"u8 : templateText, level, ticks);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    public void AddDiagnostic(DiagnosticSeverity severity, string code, long? line, long? byteOffset, string message)
    {
        DiagnosticCount++;
        if (_diagnostics.Count < _options.MaxDiagnostics)
            _diagnostics.Add(new Diagnostic(severity, code, _source, line, byteOffset, message));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    public LogAnalysis ToAnalysis()
    {
        var r = new LogAnalysis
        {
            TotalEntries = Entries,
            UnparsedEntries = Unparsed,
            TruncatedEntries = Truncated,
            EntriesWithoutTimestamp = WithoutTimestamp,
            BytesProcessed = Bytes,
            DiagnosticCount = DiagnosticCount,
            Diagnostics = new List<Diagnostic>(_diagnostics),
            TopMessagesPerLevel = _options.TopMessagesPerLevel,
            FirstTimestamp = _first == 0 ? null : new DateTime(_first, DateTimeKind.Utc),
            LastTimestamp = _last == 0 ? null : new DateTime(_last, DateTimeKind.Utc),
        };
        for (int l = 0; l < LogLevels.Count; l++) r.LevelCounts[LogLevels.Names[l]] = _levels[l];
        for (int i = 0; i < _patternCounts.Length; i++)
        {
            string p = _patterns.Patterns[i];
            r.PatternCounts[p] = r.PatternCounts.TryGetValue(p, out long v) ? v + _patternCounts[i] : _patternCounts[i];
        }
        r.CategoryCounts["Error"] = _categories[0];
        r.CategoryCounts["Warning"] = _categories[1];
        r.CategoryCounts["Security"] = _categories[2];
        var hours = new List<long>(_timeline.Keys);
        hours.Sort();
        foreach (long h in hours)
        {
            var b = new TimelineBucket { Hour = new DateTime(h, DateTimeKind.Utc) };
            long[] c = _timeline[h];
            for (int l = 0; l < LogLevels.Count; l++) b.Counts[LogLevels.Names[l]] = c[l];
            r.Timeline.Add(b);
        }
        if (_templates is not null)
        {
            r.TemplateKeys = _templates.ToList();
            _templates.ReleaseCache();
            r.EvictedTemplates = _templates.Evicted;
        }
        r.Files.Add(new LogFileSummary { Path = _source, Format = _format, Bytes = Bytes, Lines = Lines, Entries = Entries });
        return r;
    }

    /// <summary>An empty analysis that still lists the file (for empty inputs and merge identities).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LogAnalysis Empty(PatternSet patterns, LogAnalysisOptions options, string source, string format) =>
        new LogAccumulator(patterns, options, source, format).ToAnalysis();
}
