namespace RocketChatAnalyzer.Cache;

/// <summary>
/// The analyzers the cache-aware cmdlets run on a miss (<c>Get-AnalysisFromCache</c>,
/// <c>Measure-AnalysisPerformance -Path</c>). One place, so those cmdlets call exactly the entry
/// points <c>Invoke-LogAnalysisParallel</c> and <c>Invoke-RocketChatDumpAnalysis</c> call.
/// </summary>
/// <remarks>
/// INTEGRATION POINT, not wired yet: the log engine (<c>Logs/LogAnalyzer</c>) and the dump
/// analyzer (<c>Dump/DumpAnalyzer</c>) are on other branches. When they are merged, replace the
/// two bodies below (one line each, shown in the comments); until then both return null and the
/// cmdlets stop with the error id <c>AnalyzerUnavailable</c> on a cache miss (hits still work).
/// </remarks>
public static class AnalyzerBinding
{
    /// <summary>The log analyzer for these rules and options, or null when the log engine is not built in.</summary>
    public static ILogRangeAnalyzer? CreateLogAnalyzer(AnalysisRules rules, LogAnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        // return new LogAnalyzer(rules, options);   // LogAnalyzer implements ILogRangeAnalyzer
        return null;
    }

    /// <summary>A function analysing one dump (folder, zip or file), or null when the dump analyzer is not built in.</summary>
    public static Func<string, CancellationToken, DumpAnalysis>? CreateDumpAnalyzer(AnalysisRules rules, DumpResultOptions options)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        // var analyzer = new DumpAnalyzer(rules, new DumpAnalysisOptions { IncludeSecret = options.IncludeSecret, Severity = options.Severity });
        // return (path, ct) => analyzer.Analyze(path, ct);
        return null;
    }
}
