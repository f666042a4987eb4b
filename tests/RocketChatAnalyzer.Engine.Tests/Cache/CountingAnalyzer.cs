using RocketChatAnalyzer.Cache;

namespace RocketChatAnalyzer.Tests.Cache;

/// <summary>
/// Wraps an <see cref="ILogRangeAnalyzer"/> (the fake or the engine's) to count what the cache
/// asks of it, and carries the reference analysis cached results are compared with.
/// </summary>
internal sealed class CountingAnalyzer : ILogRangeAnalyzer
{
    private readonly ILogRangeAnalyzer _inner;
    private readonly Func<string, LogAnalysis> _reference;
    private long _bytes;
    private int _calls;

    public CountingAnalyzer(ILogRangeAnalyzer inner, Func<string, LogAnalysis> reference)
    {
        _inner = inner;
        _reference = reference;
    }

    /// <summary>A one-pass analysis of the whole file, not through the cache.</summary>
    public LogAnalysis Reference(string path) => _reference(path);

    /// <summary>Bytes the cache had analysed (range lengths; file lengths for whole files).</summary>
    public long BytesAnalysed => Interlocked.Read(ref _bytes);

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Runs at the start of every analysis call (tests block or fail in it).</summary>
    public Action<CancellationToken>? OnAnalyze { get; set; }

    public LogAnalysis AnalyzeFile(string path, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        OnAnalyze?.Invoke(cancellationToken);
        Interlocked.Add(ref _bytes, new FileInfo(path).Length);
        return _inner.AnalyzeFile(path, cancellationToken);
    }

    public IReadOnlyList<LogAnalysis> AnalyzeRanges(string path, IReadOnlyList<long> cuts, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        OnAnalyze?.Invoke(cancellationToken);
        Interlocked.Add(ref _bytes, cuts[^1] - cuts[0]);
        return _inner.AnalyzeRanges(path, cuts, cancellationToken);
    }

    public long FindBoundary(string path, long atOrBefore, CancellationToken cancellationToken) =>
        _inner.FindBoundary(path, atOrBefore, cancellationToken);
}
