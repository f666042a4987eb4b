namespace RocketChatAnalyzer.Cache;

/// <summary>
/// The analyzers the cache-aware cmdlets run on a miss, built exactly as
/// <c>Invoke-LogAnalysisParallel</c> and <c>Invoke-RocketChatDumpAnalysis</c> build theirs, so a
/// result from the cache is the result those cmdlets return. Cmdlets that share cached results
/// must build their options here: the options object is part of the cache key.
/// </summary>
public static class AnalyzerBinding
{
    /// <summary>The log engine, as the cache drives it (whole files, or byte ranges of a grown file).</summary>
    public static ILogRangeAnalyzer CreateLogAnalyzer(AnalysisRules rules, LogAnalysisOptions options, AnalysisProgress? progress = null) =>
        new LogRangeAnalyzer(new LogAnalyzer(rules, options), progress);

    /// <summary>The dump analyzer's options for the parameters the dump cmdlets take (the cache key of a dump result).</summary>
    public static DumpAnalyzerOptions DumpOptions(AnalysisRules rules, bool includeSecret, FindingSeverity minimumSeverity, int throttleLimit) => new()
    {
        Rules = rules,
        IncludeSecret = includeSecret,
        MinimumSeverity = minimumSeverity,
        ThrottleLimit = throttleLimit,
        LogOptions = new LogAnalysisOptions { ThrottleLimit = throttleLimit },
    };

    /// <summary>
    /// The dump analyzer with the engine's log analyzer plugged in, able to warm-start the log's
    /// template grouping: (path, server → model, token) → result. What the cache-aware dump cmdlets
    /// pass to <see cref="CachedAnalysis"/>; without the cache, pass <c>_ =&gt; null</c>.
    /// </summary>
    public static Func<string, Func<string, Templates.TemplateModel?>, CancellationToken, DumpAnalysis> CreateWarmStartDumpAnalyzer(DumpAnalyzerOptions options, AnalysisProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var analyzeLog = DumpAnalyzer.LogAnalyzerDelegate(options.Rules, options.LogOptions, progress);
        return (path, modelFor, ct) => new DumpAnalyzer(options, analyzeLog, modelFor).Analyze(path, ct);
    }

    /// <summary>The dump analyzer with the engine's log analyzer plugged in: (path, token) → result.</summary>
    public static Func<string, CancellationToken, DumpAnalysis> CreateDumpAnalyzer(DumpAnalyzerOptions options, AnalysisProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var analyzer = new DumpAnalyzer(options, DumpAnalyzer.LogAnalyzerDelegate(options.Rules, options.LogOptions, progress));
        return analyzer.Analyze;
    }
}
