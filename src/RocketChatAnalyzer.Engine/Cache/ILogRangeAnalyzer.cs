namespace RocketChatAnalyzer.Cache;

/// <summary>
/// What the cache needs from the log engine to analyse a file whole, or in byte ranges so a grown
/// log costs only its new bytes. The engine's <c>LogAnalyzer</c> implements it (see
/// <see cref="AnalyzerBinding"/>); tests use a line-splitting fake.
/// </summary>
/// <remarks>
/// Contract: for any boundary <c>b</c> returned by <see cref="FindBoundary"/> on a file of
/// length <c>n</c>, <c>LogAnalysis.Merge(r[0], r[1])</c> of
/// <c>AnalyzeRanges(path, [0, b, n])</c> equals <c>AnalyzeFile(path)</c> for the same bytes, and
/// stays true for the prefix <c>[0, b)</c> after bytes are appended. Ranges that start after 0 are
/// read with the format detected from the start of the file. All members may be called from any
/// thread and must honour the token.
/// </remarks>
public interface ILogRangeAnalyzer
{
    /// <summary>The whole file, any format (compressed too): the result the uncached cmdlet gives for this one file.</summary>
    LogAnalysis AnalyzeFile(string path, CancellationToken cancellationToken);

    /// <summary>
    /// Partial results of the consecutive ranges <c>[cuts[i], cuts[i+1])</c> of an uncompressed
    /// file, in order. <c>cuts[0]</c> is 0 or a boundary; inner cuts are boundaries; the last cut
    /// may be any length up to the file's. The analyzer may split ranges further and use all cores.
    /// </summary>
    IReadOnlyList<LogAnalysis> AnalyzeRanges(string path, IReadOnlyList<long> cuts, CancellationToken cancellationToken);

    /// <summary>
    /// The largest offset <c>b ≤ atOrBefore</c> at which an entry starts such that bytes appended
    /// after <paramref name="atOrBefore"/> cannot change the analysis of <c>[0, b)</c> (the start of
    /// the last entry, which may still get continuation lines). 0 when no such point exists yet;
    /// -1 when the file cannot be analysed in ranges (compressed, a JSON document such as a
    /// support-dump <c>stdout.queue</c>).
    /// </summary>
    long FindBoundary(string path, long atOrBefore, CancellationToken cancellationToken);
}
