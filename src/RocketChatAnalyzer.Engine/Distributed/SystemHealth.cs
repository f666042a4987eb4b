using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace RocketChatAnalyzer.Distributed;

/// <summary>Healthy, Degraded (works, but look at it) or Unhealthy (does not work).</summary>
public enum HealthStatus
{
    Healthy = 0,
    Degraded = 1,
    Unhealthy = 2,
}

/// <summary>One check of <see cref="SystemHealth"/>.</summary>
public sealed record HealthCheck(string Name, HealthStatus Status, string Detail);

/// <summary>The health of the analysis system (<c>Test-SystemHealth</c>): the process, the local cache and, with a queue, Redis and its workers.</summary>
public sealed class SystemHealth
{
    /// <summary>The worst status among <see cref="Checks"/>.</summary>
    public HealthStatus Status { get; init; }

    /// <summary>Working set of this process.</summary>
    public double MemoryUsageMB { get; init; }

    /// <summary>Workers with a recent heartbeat (null without a queue).</summary>
    public int? ActiveWorkers { get; init; }

    /// <summary>Jobs waiting to be taken.</summary>
    public long? QueueLength { get; init; }

    /// <summary>Jobs taken by a worker and not finished.</summary>
    public long? PendingJobs { get; init; }

    /// <summary>Entries in the dead-letter stream.</summary>
    public long? DeadLetters { get; init; }

    /// <summary>Share of cache lookups that were hits, 0–1 (null when unknown).</summary>
    public double? CacheHitRate { get; init; }

    /// <summary>Mean duration of recent jobs (queue) or analyses (local cache metrics).</summary>
    public TimeSpan? AverageProcessingTime { get; init; }

    /// <summary>The queue's Redis endpoint (null without a queue).</summary>
    public string? Endpoint { get; init; }

    public string? CachePath { get; init; }

    public DateTime CheckedAt { get; init; }

    public IReadOnlyList<HealthCheck> Checks { get; init; } = Array.Empty<HealthCheck>();
}

/// <summary>What the local cache says about itself (see <see cref="ICacheHealthSource"/>).</summary>
/// <param name="Path">The cache file.</param>
/// <param name="Writable">A write probe succeeded.</param>
/// <param name="Detail">What was found (or why it is not writable).</param>
/// <param name="HitRate">Hits / lookups over the metrics window, null when unknown.</param>
/// <param name="AverageProcessingTime">Mean analysis time over the metrics window, null when unknown.</param>
public sealed record CacheHealth(string Path, bool Writable, string Detail, double? HitRate, TimeSpan? AverageProcessingTime);

/// <summary>
/// The seam between the health check and the local result cache. The SQLite cache (branch
/// <c>cache</c>: <c>AnalysisCache.ProbeWritable</c> and <c>GetStatistics</c>, whose metrics table has
/// hit rate and average processing time) implements it once merged; until then
/// <see cref="FileCacheHealthSource"/> checks only that the cache location is writable.
/// </summary>
public interface ICacheHealthSource
{
    CacheHealth Probe(string? cachePath);
}

/// <summary>
/// Cache health without the cache engine: resolves the cache location like the cache does
/// (explicit path, <c>RCA_CACHE_PATH</c>, the per-user cache directory) and probes that a file can
/// be written beside it. Hit rate and processing time are unknown (null).
/// </summary>
public sealed class FileCacheHealthSource : ICacheHealthSource
{
    public const string CachePathVariable = "RCA_CACHE_PATH";

    public CacheHealth Probe(string? cachePath)
    {
        string path = Resolve(cachePath);
        string? dir = Path.GetDirectoryName(path);
        if (string.IsNullOrEmpty(dir)) return new CacheHealth(path, false, $"'{path}' has no folder.", null, null);
        try
        {
            Directory.CreateDirectory(dir);
            string probe = Path.Combine(dir, ".rca-health-" + Guid.NewGuid().ToString("N"));
            File.WriteAllText(probe, "probe");
            File.Delete(probe);
            string exists = File.Exists(path) ? $"{new FileInfo(path).Length / 1024.0:0.#} KB" : "not created yet";
            return new CacheHealth(path, true, $"'{path}' ({exists}); folder writable. Hit rate and processing time: no cache metrics in this build.", null, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new CacheHealth(path, false, $"Cannot write in '{dir}': {ex.Message}", null, null);
        }
    }

    private static string Resolve(string? explicitPath)
    {
        string? chosen = !string.IsNullOrWhiteSpace(explicitPath) ? explicitPath
            : Environment.GetEnvironmentVariable(CachePathVariable) is { Length: > 0 } env ? env : null;
        if (chosen is not null)
        {
            string full = Path.GetFullPath(chosen);
            return Directory.Exists(full) ? Path.Combine(full, "cache.db") : full;
        }
        string baseDir;
        if (OperatingSystem.IsWindows()) baseDir = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        else
        {
            string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            baseDir = !string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg) ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        }
        return Path.Combine(baseDir, "RocketChatAnalyzer", "cache.db");
    }
}

/// <summary>Builds a <see cref="SystemHealth"/>. Never throws for an unhealthy system: that is what it reports.</summary>
public static class SystemHealthProbe
{
    /// <summary>Free disk below this is Degraded; below a tenth of it, Unhealthy.</summary>
    public const long LowDiskBytes = 1L << 30;

    public static SystemHealth Check(string? queueConnection, string? cachePath, ICacheHealthSource? cache = null, string keyPrefix = QueueKeys.DefaultPrefix, CancellationToken cancellationToken = default)
    {
        var checks = new List<HealthCheck>();
        using var process = Process.GetCurrentProcess();
        double memoryMb = process.WorkingSet64 / 1048576.0;
        checks.Add(MemoryCheck(process.WorkingSet64));

        var cacheHealth = (cache ?? new FileCacheHealthSource()).Probe(cachePath);
        checks.Add(new HealthCheck("Cache writable", cacheHealth.Writable ? HealthStatus.Healthy : HealthStatus.Degraded, cacheHealth.Detail));
        checks.Add(DiskCheck(cacheHealth.Path));
        double? hitRate = cacheHealth.HitRate;
        TimeSpan? average = cacheHealth.AverageProcessingTime;

        int? workers = null;
        long? queueLength = null, pendingJobs = null, dead = null;
        string? endpoint = null;
        if (!string.IsNullOrWhiteSpace(queueConnection))
        {
            cancellationToken.ThrowIfCancellationRequested();
            QueueConnection? queue = null;
            try
            {
                var sw = Stopwatch.StartNew();
                queue = QueueConnection.Connect(queueConnection, keyPrefix, "rca-health");
                endpoint = queue.Endpoint;
                var ping = queue.Ping();
                checks.Add(new HealthCheck("Redis reachable", HealthStatus.Healthy,
                    string.Create(CultureInfo.InvariantCulture, $"{queue.Endpoint}: Redis {queue.ServerVersion}, ping {ping.TotalMilliseconds:0.0} ms (connected in {sw.ElapsedMilliseconds} ms)")));
                var q = ReadQueue(queue);
                workers = q.Workers;
                queueLength = q.Waiting;
                pendingJobs = q.Pending;
                dead = q.Dead;
                if (q.AverageMs is double ms) average = TimeSpan.FromMilliseconds(ms);
                if (q.HitRate is double hr) hitRate = hr;
                checks.Add(new HealthCheck("Workers alive",
                    q.Workers > 0 ? HealthStatus.Healthy : q.Waiting + q.Pending > 0 ? HealthStatus.Unhealthy : HealthStatus.Degraded,
                    q.Workers > 0
                        ? $"{q.Workers} worker(s) with a heartbeat in the last {q.LivenessSeconds} s: {string.Join(", ", q.Names)}"
                        : q.Waiting + q.Pending > 0
                            ? $"no worker alive while {q.Waiting + q.Pending} job(s) wait; start one with Start-AnalysisWorker"
                            : "no worker alive (no job waits either)"));
                checks.Add(new HealthCheck("Dead letters", q.Dead > 0 ? HealthStatus.Degraded : HealthStatus.Healthy,
                    q.Dead > 0 ? $"{q.Dead} job(s) in '{(string?)queue.Keys.DeadLetters}' failed on every delivery (XRANGE {(string?)queue.Keys.DeadLetters} - + shows why)" : "none"));
            }
            catch (DistributedAnalysisException ex)
            {
                checks.Add(new HealthCheck("Redis reachable", HealthStatus.Unhealthy, ex.Message));
            }
            finally
            {
                queue?.Dispose();
            }
        }

        var status = HealthStatus.Healthy;
        foreach (var c in checks) if (c.Status > status) status = c.Status;
        return new SystemHealth
        {
            Status = status,
            MemoryUsageMB = Math.Round(memoryMb, 1),
            ActiveWorkers = workers,
            QueueLength = queueLength,
            PendingJobs = pendingJobs,
            DeadLetters = dead,
            CacheHitRate = hitRate,
            AverageProcessingTime = average,
            Endpoint = endpoint,
            CachePath = cacheHealth.Path,
            CheckedAt = DateTime.UtcNow,
            Checks = checks,
        };
    }

    private sealed record QueueFigures(int Workers, List<string> Names, int LivenessSeconds, long Waiting, long Pending, long Dead, double? AverageMs, double? HitRate);

    private static QueueFigures ReadQueue(QueueConnection queue)
    {
        var keys = queue.Keys;
        return queue.Run(() =>
        {
            var db = queue.Database;
            const int liveness = 15;
            long since = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - liveness * 1000L;
            var names = db.SortedSetRangeByScore(keys.Workers, since, double.PositiveInfinity);
            long length = db.StreamLength(keys.Jobs);
            long pending = 0;
            try { pending = db.StreamPending(keys.Jobs, QueueKeys.Group).PendingMessageCount; }
            catch (RedisServerException ex) when (ex.Message.StartsWith("NOGROUP", StringComparison.Ordinal)) { }
            long dead = db.StreamLength(keys.DeadLetters);
            var durations = db.ListRange(keys.Durations, 0, 999);
            double? avg = null;
            if (durations.Length > 0)
            {
                double sum = 0;
                foreach (var d in durations) sum += (double)d;
                avg = sum / durations.Length;
            }
            var stats = db.HashGet(keys.Stats, new RedisValue[] { "cacheHits", "cacheMisses" });
            double hits = stats[0].IsNull ? 0 : (double)stats[0], misses = stats[1].IsNull ? 0 : (double)stats[1];
            var list = new List<string>(names.Length);
            foreach (var n in names) list.Add(n.ToString());
            // Workers delete an entry when they acknowledge it, so the stream holds waiting + pending entries.
            return new QueueFigures(names.Length, list, liveness, Math.Max(0, length - pending), pending, dead, avg, hits + misses > 0 ? hits / (hits + misses) : null);
        });
    }

    private static HealthCheck MemoryCheck(long workingSet)
    {
        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        double share = available > 0 ? (double)workingSet / available : 0;
        var status = share >= 0.9 ? HealthStatus.Unhealthy : share >= 0.75 ? HealthStatus.Degraded : HealthStatus.Healthy;
        return new HealthCheck("Process memory", status,
            string.Create(CultureInfo.InvariantCulture, $"{workingSet / 1048576.0:0.#} MB of {available / 1048576.0:0} MB available to the process ({share:P0})"));
    }

    private static HealthCheck DiskCheck(string cachePath)
    {
        try
        {
            string root = Path.GetPathRoot(Path.GetFullPath(cachePath)) ?? "/";
            // The drive that holds the cache folder (or its nearest existing parent).
            string? dir = Path.GetDirectoryName(Path.GetFullPath(cachePath));
            while (dir is not null && !Directory.Exists(dir)) dir = Path.GetDirectoryName(dir);
            var drive = new DriveInfo(dir ?? root);
            long free = drive.AvailableFreeSpace;
            var status = free < LowDiskBytes / 10 ? HealthStatus.Unhealthy : free < LowDiskBytes ? HealthStatus.Degraded : HealthStatus.Healthy;
            return new HealthCheck("Disk space", status,
                string.Create(CultureInfo.InvariantCulture, $"{free / 1073741824.0:0.0} GB free of {drive.TotalSize / 1073741824.0:0.0} GB at '{drive.RootDirectory.FullName}' (cache folder)"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new HealthCheck("Disk space", HealthStatus.Degraded, "Cannot read the free space of the cache drive: " + ex.Message);
        }
    }
}
