namespace RocketChatAnalyzer.Cache;

/// <summary>
/// <see cref="ILogRangeAnalyzer"/> over the engine's <see cref="LogAnalyzer"/>: whole files go to
/// <see cref="LogAnalyzer.AnalyzeFile"/> (exactly what <c>Invoke-LogAnalysisParallel</c> runs);
/// ranges go to <see cref="LogAnalyzer.AnalyzeRanges"/> (ChunkSize pieces at entry boundaries on the
/// worker threads, folded in order, as <see cref="LogAnalyzer.AnalyzeFiles"/> plans a large file).
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

    public IReadOnlyList<LogAnalysis> AnalyzeRanges(string path, IReadOnlyList<long> cuts, CancellationToken cancellationToken) =>
        _analyzer.AnalyzeRanges(path, cuts, FormatOf(path), _progress, cancellationToken);

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
