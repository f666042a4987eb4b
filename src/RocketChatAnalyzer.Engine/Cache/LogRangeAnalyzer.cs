namespace RocketChatAnalyzer.Cache;

/// <summary>
/// <see cref="ILogRangeAnalyzer"/> over the engine's <see cref="LogAnalyzer"/>: whole files go to
/// <see cref="LogAnalyzer.AnalyzeFile"/> (exactly what <c>Invoke-LogAnalysisParallel</c> runs);
/// ranges are cut into <see cref="LogAnalysisOptions.ChunkSize"/> pieces at entry boundaries and
/// analysed on <see cref="LogAnalysisOptions.ThrottleLimit"/> threads, as
/// <see cref="LogAnalyzer.AnalyzeFiles"/> plans a large file, then merged in order.
/// </summary>
/// <remarks>Thread-safe: the wrapped analyzer is immutable and progress counters are atomic.</remarks>
public sealed class LogRangeAnalyzer : ILogRangeAnalyzer
{
    // The last boundary is searched in a window before the end that grows until it holds one.
    private const long FirstWindow = 64 * 1024;

    private readonly LogAnalyzer _analyzer;
    private readonly AnalysisProgress? _progress;

    public LogRangeAnalyzer(LogAnalyzer analyzer, AnalysisProgress? progress = null)
    {
        _analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
        _progress = progress;
    }

    public LogAnalysis AnalyzeFile(string path, CancellationToken cancellationToken) =>
        _analyzer.AnalyzeFile(path, _progress, cancellationToken);

    public IReadOnlyList<LogAnalysis> AnalyzeRanges(string path, IReadOnlyList<long> cuts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cuts);
        if (cuts.Count < 2) throw new ArgumentException("At least two cuts (one range) are needed.", nameof(cuts));
        LogFormat format = FormatOf(path);
        var options = _analyzer.Options;
        var pieces = new List<(int Range, long Start, long End)>();
        for (int i = 0; i + 1 < cuts.Count; i++)
        {
            long start = cuts[i], end = cuts[i + 1];
            if (end < start) throw new ArgumentException("Cuts must be ascending.", nameof(cuts));
            long pos = start;
            do
            {
                long next = end - pos <= options.ChunkSize ? end : _analyzer.FindBoundary(path, pos + options.ChunkSize, format);
                if (next > end || next <= pos) next = end;
                pieces.Add((i, pos, next));
                pos = next;
            }
            while (pos < end);
        }
        _progress?.AddTotal(cuts[^1] - cuts[0]);
        _progress?.SetCurrent(path);

        var results = new LogAnalysis[pieces.Count];
        var po = new ParallelOptions { MaxDegreeOfParallelism = options.ThrottleLimit, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, pieces.Count, po, k =>
            {
                var (_, s, e) = pieces[k];
                results[k] = _analyzer.AnalyzeRange(path, s, e, format, cancellationToken);
                _progress?.AddDone(e - s);
            });
        }
        catch (AggregateException ae)
        {
            // The first failure as itself (an IOException, say), not wrapped: callers handle it by type.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ae.Flatten().InnerExceptions[0]).Throw();
            throw;
        }

        var merged = new LogAnalysis[cuts.Count - 1];
        for (int k = 0; k < pieces.Count; k++)
        {
            int r = pieces[k].Range;
            merged[r] = merged[r] is null ? results[k] : LogAnalysis.Merge(merged[r], results[k], options.MaxDiagnostics, options.MaxTemplates);
        }
        return merged;
    }

    public long FindBoundary(string path, long atOrBefore, CancellationToken cancellationToken)
    {
        if (IsGzip(path)) return -1;
        LogFormat format = FormatOf(path);
        if (format == LogFormat.SupportDump) return -1;
        if (atOrBefore <= 0) return 0;
        for (long window = FirstWindow; ; window *= 4)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long from = Math.Max(0, atOrBefore - window);
            long first = from == 0 ? 0 : _analyzer.FindBoundary(path, from, format);
            if (first < atOrBefore) return _analyzer.FindLastBoundary(path, first, atOrBefore, format);
            if (from == 0) return 0;
        }
    }

    private LogFormat FormatOf(string path) =>
        _analyzer.Options.Format == LogFormat.Auto ? LogAnalyzer.DetectFormat(path) : _analyzer.Options.Format;

    private static bool IsGzip(string path)
    {
        using var h = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Span<byte> magic = stackalloc byte[2];
        return RandomAccess.Read(h, magic, 0) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }
}
