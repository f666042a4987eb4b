using System.Globalization;
using RocketChatAnalyzer.Distributed;

namespace RocketChatAnalyzer.Cache;

/// <summary>
/// The local cache's side of <c>Test-SystemHealth</c>: whether the SQLite cache can be written,
/// and, from its metrics table, the hit rate (hits / lookups) and the average processing time
/// (lookups that analysed something, and exported measurements) of the last
/// <see cref="Window"/>.
/// </summary>
/// <remarks>
/// A cache file that does not exist yet is not created: the folder is probed instead (as
/// <see cref="FileCacheHealthSource"/> does) and the figures are unknown. Thread-safe.
/// </remarks>
public sealed class AnalysisCacheHealthSource : ICacheHealthSource
{
    /// <summary>How far back the metrics are read (default 7 days, the expiry of results).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(7);

    public CacheHealth Probe(string? cachePath)
    {
        string path = CacheLocation.Resolve(cachePath);
        if (!File.Exists(path))
        {
            var folder = new FileCacheHealthSource().Probe(path);
            return folder with { Detail = folder.Writable ? $"'{path}' not created yet; folder writable." : folder.Detail };
        }
        var diagnostics = new List<Diagnostic>();
        var cache = AnalysisCache.Open(path, null, diagnostics);
        bool writable = cache.ProbeWritable(diagnostics);
        var stats = cache.GetStatistics(Window, diagnostics);
        string detail = string.Create(CultureInfo.InvariantCulture,
            $"'{path}': {stats.Entries} results, {stats.FileBytes / 1048576.0:0.0} MB on disk; last {Window.TotalDays:0.#} days: {stats.Hits} hits, {stats.Misses} misses, {stats.IncrementalRuns} incremental, {stats.Measurements} measurements.");
        foreach (var d in diagnostics) detail += " " + d.Message;
        return new CacheHealth(path, writable && cache.IsAvailable, detail, stats.HitRate, stats.AverageProcessingTime);
    }
}
