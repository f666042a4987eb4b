using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Caching.Memory;

namespace RocketChatAnalyzer.Cache;

/// <summary>Settings of an <see cref="AnalysisCache"/>.</summary>
public sealed record AnalysisCacheOptions
{
    /// <summary>How long a stored result stays valid (the seed: 7 days).</summary>
    public TimeSpan DefaultExpiry { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Bytes of uncompressed result JSON kept in process memory in front of the database.</summary>
    public long MemoryLimitBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// Digest of plain log files. XXH3-128 by default: logs are large, the digest runs alongside
    /// every first analysis and over the whole prefix on every incremental one, and SHA-256 costs
    /// about 0.7 s of CPU per GiB (measured, see bench/Cache/README.md). Dumps always use SHA-256.
    /// </summary>
    public DigestAlgorithm LogDigest { get; init; } = DigestAlgorithm.XxHash128;

    /// <summary>A file whose last change is this close to (or after) the time its digest was taken is re-hashed rather than trusted (mtime granularity; "racy git").</summary>
    public TimeSpan RacyWindow { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Lookup and measurement rows older than this are purged.</summary>
    public TimeSpan MetricsRetention { get; init; } = TimeSpan.FromDays(90);
}

/// <summary>
/// The analysis cache: an in-process memory tier (uncompressed result JSON, size-bounded) in
/// front of a SQLite file (compressed results, file digests memo, incremental log state, metrics).
/// Get one with <see cref="Open"/>: instances are shared per file within a process so the memory
/// tier stays warm across cmdlet calls.
/// </summary>
/// <remarks>
/// <para>
/// Problems with the file never throw: each operation appends a <see cref="Diagnostic"/> to the
/// collection it is given and behaves as a miss (reads) or does nothing (writes). Callers go on
/// without the cache.
/// </para>
/// <para>
/// Stale entries: rows past <c>expires_at</c> are never returned and are purged when the cache
/// is first opened in a process and by <see cref="Clear"/>. The memory tier honours the same
/// expiry. Another process's <see cref="Clear"/> does not empty this process's memory tier; keys
/// are content addressed, so what it still serves is still a correct result.
/// </para>
/// <para>Thread safety: all members are thread-safe.</para>
/// </remarks>
public sealed class AnalysisCache : IDisposable
{
    private static readonly ConcurrentDictionary<string, AnalysisCache> s_shared = new(
        OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    private readonly CacheStore _store;
    private readonly MemoryCache _memory;
    private readonly bool _shared;

    private AnalysisCache(string filePath, AnalysisCacheOptions options, bool shared)
    {
        _shared = shared;
        FilePath = filePath;
        Options = options;
        _store = new CacheStore(filePath);
        _memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.MemoryLimitBytes, CompactionPercentage = 0.25 });
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    public AnalysisCacheOptions Options { get; }

    /// <summary>The learned template models kept in this cache (warm start, docs/TEMPLATES.md).</summary>
    internal TemplateModelStore TemplateModels => _templateModels ??= new TemplateModelStore(_store);

    private TemplateModelStore? _templateModels;

    /// <summary>False once the file proved unusable and could not be recreated.</summary>
    public bool IsAvailable => _store.UnavailableReason is null;

    /// <summary>
    /// The shared cache for a file (see <see cref="CacheLocation.Resolve"/>). Expired rows and old
    /// metrics are purged when a file is first opened in the process. An instance that turned
    /// itself off is replaced, so a fixed problem (permissions, disk space) is picked up again.
    /// </summary>
    public static AnalysisCache Open(string? path = null, AnalysisCacheOptions? options = null, ICollection<Diagnostic>? diagnostics = null)
    {
        string file = CacheLocation.Resolve(path);
        while (true)
        {
            if (s_shared.TryGetValue(file, out var existing))
            {
                if (existing.IsAvailable && (options is null || options == existing.Options)) return existing;
                // Replaced, not disposed: another thread may still be using it; it is garbage once they are done.
                s_shared.TryRemove(new KeyValuePair<string, AnalysisCache>(file, existing));
                continue;
            }
            var created = new AnalysisCache(file, options ?? new AnalysisCacheOptions(), shared: true);
            if (s_shared.TryAdd(file, created))
            {
                created.PurgeExpired(diagnostics);
                return created;
            }
        }
    }

    /// <summary>A private instance (not shared): tests and tools that must not see another instance's memory tier.</summary>
    public static AnalysisCache OpenPrivate(string path, AnalysisCacheOptions? options = null) =>
        new(CacheLocation.Resolve(path), options ?? new AnalysisCacheOptions(), shared: false);

    /// <summary>Frees the memory tier of a private instance. Shared instances (<see cref="Open"/>) live for the process; disposing one does nothing.</summary>
    public void Dispose()
    {
        if (!_shared) _memory.Dispose();
    }

    #region Entries

    /// <summary>A stored result, or null (miss, expired, older than <paramref name="maxAge"/>, damaged, or cache unavailable).</summary>
    internal StoredResult? TryGet(string cacheKey, TimeSpan? maxAge, ICollection<Diagnostic>? diagnostics)
    {
        DateTime now = DateTime.UtcNow;
        if (_memory.TryGetValue(cacheKey, out StoredResult? warm) && warm is not null)
        {
            if (warm.ExpiresAt > now && IsYoungEnough(warm.CreatedAt, maxAge, now)) return warm;
            _memory.Remove(cacheKey);
        }
        long nowMs = ToUnixMs(now);
        if (!_store.TryRun("read a stored result", c =>
            {
                using var cmd = c.CreateCommand();
                cmd.CommandText = "SELECT kind, dump_hash, path, analysis_result, created_at, expires_at, file_size, processing_time_ms FROM analysis_cache WHERE cache_key = $k AND expires_at > $now;";
                cmd.Parameters.AddWithValue("$k", cacheKey);
                cmd.Parameters.AddWithValue("$now", nowMs);
                using var r = cmd.ExecuteReader();
                if (!r.Read()) return null;
                return new RawRow(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), (byte[])r.GetValue(3),
                    FromUnixMs(r.GetInt64(4)), FromUnixMs(r.GetInt64(5)), r.GetInt64(6), r.GetInt64(7));
            }, diagnostics, out RawRow? row) || row is null)
            return null;
        if (!IsYoungEnough(row.CreatedAt, maxAge, now)) return null;
        byte[] encoded;
        try
        {
            encoded = ResultSerializer.Unpack(row.Payload);
        }
        catch (InvalidDataException ex)
        {
            Discard(cacheKey, "its stored result is damaged: " + ex.Message, diagnostics);
            return null;
        }
        var stored = new StoredResult(cacheKey, row.Kind, row.Digest, row.Path, encoded, row.CreatedAt, row.ExpiresAt, row.FileSize, TimeSpan.FromMilliseconds(row.ProcessingMs));
        Remember(stored);
        return stored;
    }

    /// <summary>The newest incremental state stored for a log file under a configuration, or null.</summary>
    internal LogState? TryGetLogState(string path, string configKey, TimeSpan? maxAge, ICollection<Diagnostic>? diagnostics)
    {
        DateTime now = DateTime.UtcNow;
        long nowMs = ToUnixMs(now);
        if (!_store.TryRun("read the state of a log file", c =>
            {
                using var cmd = c.CreateCommand();
                cmd.CommandText = """
                    SELECT cache_key, dump_hash, created_at, expires_at, file_size, file_mtime_ns, file_ctime_ns, file_device, file_inode,
                           prefix_length, prefix_hash, prefix_state
                    FROM analysis_cache
                    WHERE path = $p AND config_key = $c AND kind = 'log' AND expires_at > $now AND prefix_length IS NOT NULL
                    ORDER BY created_at DESC LIMIT 1;
                    """;
                cmd.Parameters.AddWithValue("$p", path);
                cmd.Parameters.AddWithValue("$c", configKey);
                cmd.Parameters.AddWithValue("$now", nowMs);
                using var r = cmd.ExecuteReader();
                if (!r.Read()) return null;
                return new LogState(r.GetString(0), r.GetString(1), FromUnixMs(r.GetInt64(2)), FromUnixMs(r.GetInt64(3)),
                    new FileIdentity(r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), r.GetInt64(7), r.GetInt64(8)),
                    r.GetInt64(9), r.GetString(10), (byte[])r.GetValue(11));
            }, diagnostics, out LogState? state) || state is null)
            return null;
        return IsYoungEnough(state.CreatedAt, maxAge, now) ? state : null;
    }

    /// <summary>Stores a result (replacing any row with the same key). A log row with prefix state replaces the older rows of the same path and configuration.</summary>
    /// <returns>The stored row as it will be read back (its creation and expiry times), also when the file could not be written.</returns>
    internal StoredResult Put(NewEntry entry, ICollection<Diagnostic>? diagnostics, CacheStepClock? steps = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        DateTime created = FromUnixMs(ToUnixMs(DateTime.UtcNow)); // the precision the file keeps

        DateTime expires = created + Options.DefaultExpiry;
        var writeStart = steps?.Now ?? TimeSpan.Zero;
        _store.TryRun("store a result", c =>
        {
            using var tx = c.BeginTransaction(deferred: false);
            using (var cmd = c.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = """
                    INSERT OR REPLACE INTO analysis_cache
                        (cache_key, config_key, kind, dump_hash, path, analysis_result, created_at, expires_at, file_size, processing_time_ms,
                         file_mtime_ns, file_ctime_ns, file_device, file_inode, prefix_length, prefix_hash, prefix_state)
                    VALUES ($k, $c, $kind, $d, $p, $r, $created, $expires, $size, $ms, $mt, $ct, $dev, $ino, $pl, $ph, $ps);
                    """;
                cmd.Parameters.AddWithValue("$k", entry.Key);
                cmd.Parameters.AddWithValue("$c", entry.ConfigKey);
                cmd.Parameters.AddWithValue("$kind", entry.Kind);
                cmd.Parameters.AddWithValue("$d", entry.ContentDigest);
                cmd.Parameters.AddWithValue("$p", (object?)entry.Path ?? DBNull.Value);
                cmd.Parameters.AddWithValue("$r", entry.Payload);
                cmd.Parameters.AddWithValue("$created", ToUnixMs(created));
                cmd.Parameters.AddWithValue("$expires", ToUnixMs(expires));
                cmd.Parameters.AddWithValue("$size", entry.FileSize);
                cmd.Parameters.AddWithValue("$ms", (long)entry.ProcessingTime.TotalMilliseconds);
                bool state = entry.Identity is not null && entry.PrefixLength is not null;
                var id = entry.Identity.GetValueOrDefault();
                cmd.Parameters.AddWithValue("$mt", state ? id.ModifiedTimeNs : DBNull.Value);
                cmd.Parameters.AddWithValue("$ct", state ? id.ChangeTimeNs : DBNull.Value);
                cmd.Parameters.AddWithValue("$dev", state ? id.Device : DBNull.Value);
                cmd.Parameters.AddWithValue("$ino", state ? id.Inode : DBNull.Value);
                cmd.Parameters.AddWithValue("$pl", state ? entry.PrefixLength!.Value : DBNull.Value);
                cmd.Parameters.AddWithValue("$ph", state ? entry.PrefixDigest ?? "" : DBNull.Value);
                cmd.Parameters.AddWithValue("$ps", state && entry.PrefixPayload is not null ? entry.PrefixPayload : DBNull.Value);
                cmd.ExecuteNonQuery();
            }
            if (entry.Path is not null && entry.Kind == "log" && entry.PrefixLength is not null)
            {
                using var del = c.CreateCommand();
                del.Transaction = tx;
                del.CommandText = "DELETE FROM analysis_cache WHERE path = $p AND config_key = $c AND kind = 'log' AND cache_key <> $k;";
                del.Parameters.AddWithValue("$p", entry.Path);
                del.Parameters.AddWithValue("$c", entry.ConfigKey);
                del.Parameters.AddWithValue("$k", entry.Key);
                del.ExecuteNonQuery();
            }
            tx.Commit();
            return true;
        }, diagnostics, out _);
        steps?.Done("sqlite write", writeStart);
        // The memory tier is filled even when the file failed: it is correct, just not persistent.
        var stored = new StoredResult(entry.Key, entry.Kind, entry.ContentDigest, entry.Path, entry.Encoded, created, expires, entry.FileSize, entry.ProcessingTime);
        Remember(stored);
        return stored;
    }

    private void Discard(string cacheKey, string reason, ICollection<Diagnostic>? diagnostics)
    {
        _memory.Remove(cacheKey);
        _store.TryRun("remove a damaged entry", c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DELETE FROM analysis_cache WHERE cache_key = $k;";
            cmd.Parameters.AddWithValue("$k", cacheKey);
            return cmd.ExecuteNonQuery();
        }, diagnostics, out _);
        diagnostics?.Add(new Diagnostic(DiagnosticSeverity.Warning, "CacheEntryDamaged", FilePath, null, null,
            "A cached result was skipped and removed because " + reason + "."));
    }

    /// <summary>Removes the incremental state of a row whose prefix could not be used again (e.g. damaged payload).</summary>
    internal void DiscardEntry(string cacheKey, string reason, ICollection<Diagnostic>? diagnostics) => Discard(cacheKey, reason, diagnostics);

    private void Remember(StoredResult stored)
    {
        using var e = _memory.CreateEntry(stored.Key);
        e.Value = stored;
        e.Size = Math.Max(1, stored.Encoded.Length);
        e.AbsoluteExpiration = new DateTimeOffset(stored.ExpiresAt, TimeSpan.Zero);
    }

    private static bool IsYoungEnough(DateTime createdAt, TimeSpan? maxAge, DateTime now) =>
        maxAge is not TimeSpan age || createdAt >= now - age;

    #endregion

    #region File digest memo

    /// <summary>
    /// The digest recorded for a file under <paramref name="label"/> (the digest kind: <c>sha256</c>,
    /// <c>xxh128</c>, <c>zip</c>), if its size, times and identity are unchanged and its last
    /// change is older than the racy window before the digest was taken; otherwise null.
    /// </summary>
    internal string? TryGetDigest(string path, string label, FileIdentity current, ICollection<Diagnostic>? diagnostics)
    {
        if (!_store.TryRun("read the file digest memo", c =>
            {
                using var cmd = c.CreateCommand();
                cmd.CommandText = "SELECT size, mtime_ns, ctime_ns, device, inode, digest, verified_at_ns FROM file_memo WHERE path = $p AND algorithm = $a;";
                cmd.Parameters.AddWithValue("$p", path);
                cmd.Parameters.AddWithValue("$a", label);
                using var r = cmd.ExecuteReader();
                if (!r.Read()) return null;
                return new MemoRow(new FileIdentity(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4)), r.GetString(5), r.GetInt64(6));
            }, diagnostics, out MemoRow? memo) || memo is null)
            return null;
        if (memo.Identity != current) return null;
        long racyNs = (long)(Options.RacyWindow.Ticks * 100);
        return current.LatestChangeNs < memo.VerifiedAtNs - racyNs ? memo.Digest : null;
    }

    /// <summary>Records the digest of a file read starting at <paramref name="verifiedAtNs"/> (ns since the epoch, taken before the first byte was read).</summary>
    internal void PutDigest(string path, string label, FileIdentity identity, string digest, long verifiedAtNs, ICollection<Diagnostic>? diagnostics)
    {
        _store.TryRun("record a file digest", c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                INSERT OR REPLACE INTO file_memo (path, algorithm, size, mtime_ns, ctime_ns, device, inode, digest, verified_at_ns)
                VALUES ($p, $a, $s, $m, $c, $d, $i, $g, $v);
                """;
            cmd.Parameters.AddWithValue("$p", path);
            cmd.Parameters.AddWithValue("$a", label);
            cmd.Parameters.AddWithValue("$s", identity.Size);
            cmd.Parameters.AddWithValue("$m", identity.ModifiedTimeNs);
            cmd.Parameters.AddWithValue("$c", identity.ChangeTimeNs);
            cmd.Parameters.AddWithValue("$d", identity.Device);
            cmd.Parameters.AddWithValue("$i", identity.Inode);
            cmd.Parameters.AddWithValue("$g", digest);
            cmd.Parameters.AddWithValue("$v", verifiedAtNs);
            return cmd.ExecuteNonQuery();
        }, diagnostics, out _);
    }

    /// <summary>Now, in ns since the Unix epoch (the clock digests are stamped with).</summary>
    internal static long NowNs() => (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100;

    #endregion

    #region Clear, purge, summary

    /// <summary>Entries and stored bytes, optionally only those created before now − <paramref name="olderThan"/>.</summary>
    public CacheSummary Summarize(TimeSpan? olderThan = null, ICollection<Diagnostic>? diagnostics = null)
    {
        long cutoff = olderThan is TimeSpan age ? ToUnixMs(DateTime.UtcNow - age) : long.MaxValue;
        _store.TryRun("count stored results", c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT count(*), coalesce(sum(length(analysis_result) + coalesce(length(prefix_state), 0)), 0), min(created_at), max(created_at) FROM analysis_cache WHERE created_at < $cut;";
            cmd.Parameters.AddWithValue("$cut", cutoff);
            using var r = cmd.ExecuteReader();
            r.Read();
            return new CacheSummary(FilePath, r.GetInt64(0), r.GetInt64(1),
                r.IsDBNull(2) ? null : FromUnixMs(r.GetInt64(2)), r.IsDBNull(3) ? null : FromUnixMs(r.GetInt64(3)));
        }, diagnostics, out CacheSummary? summary);
        return summary ?? new CacheSummary(FilePath, 0, 0, null, null);
    }

    /// <summary>
    /// Removes stored results (all, or those created before now − <paramref name="olderThan"/>)
    /// and the file digests memo of the same age, the learned template models that learned or were
    /// used nothing since then, empties the memory tier, and returns the number of results removed.
    /// Metrics are kept.
    /// </summary>
    public long Clear(TimeSpan? olderThan = null, ICollection<Diagnostic>? diagnostics = null)
    {
        DateTime now = DateTime.UtcNow;
        long cutoffMs = olderThan is TimeSpan age ? ToUnixMs(now - age) : long.MaxValue;
        long cutoffNs = olderThan is TimeSpan age2 ? (now - age2 - DateTime.UnixEpoch).Ticks * 100 : long.MaxValue;
        _memory.Compact(1.0);
        _store.TryRun("clear stored results", c =>
        {
            long removed;
            using (var tx = c.BeginTransaction(deferred: false))
            {
                using (var cmd = c.CreateCommand())
                {
                    cmd.Transaction = tx;
                    cmd.CommandText = "DELETE FROM analysis_cache WHERE created_at < $cut;";
                    cmd.Parameters.AddWithValue("$cut", cutoffMs);
                    removed = cmd.ExecuteNonQuery();
                }
                using (var cmd = c.CreateCommand())
                {
                    cmd.Transaction = tx;
                    cmd.CommandText = "DELETE FROM file_memo WHERE verified_at_ns < $cut;";
                    cmd.Parameters.AddWithValue("$cut", cutoffNs);
                    cmd.ExecuteNonQuery();
                }
                TemplateModelStore.Purge(c, tx, cutoffMs, cutoffMs);
                tx.Commit();
            }
            CacheStore.Exec(c, "PRAGMA incremental_vacuum;");
            return removed;
        }, diagnostics, out long count);
        return count;
    }

    /// <summary>Deletes expired results, memo rows unused for the expiry period, and metrics past retention.</summary>
    public long PurgeExpired(ICollection<Diagnostic>? diagnostics = null)
    {
        DateTime now = DateTime.UtcNow;
        _store.TryRun("purge expired results", c =>
        {
            using var tx = c.BeginTransaction(deferred: false);
            long removed;
            using (var cmd = c.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = "DELETE FROM analysis_cache WHERE expires_at <= $now;";
                cmd.Parameters.AddWithValue("$now", ToUnixMs(now));
                removed = cmd.ExecuteNonQuery();
            }
            using (var cmd = c.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = "DELETE FROM file_memo WHERE verified_at_ns < $cut;";
                cmd.Parameters.AddWithValue("$cut", (now - Options.DefaultExpiry - DateTime.UnixEpoch).Ticks * 100);
                cmd.ExecuteNonQuery();
            }
            using (var cmd = c.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = "DELETE FROM metrics WHERE recorded_at < $cut;";
                cmd.Parameters.AddWithValue("$cut", ToUnixMs(now - Options.MetricsRetention));
                cmd.ExecuteNonQuery();
            }
            // A model outlives every result that names it (results live DefaultExpiry from their storing).
            TemplateModelStore.Purge(c, tx, ToUnixMs(now - TemplateModelStore.ModelRetention), ToUnixMs(now - Options.DefaultExpiry - TimeSpan.FromDays(1)));
            tx.Commit();
            return removed;
        }, diagnostics, out long count);
        return count;
    }

    #endregion

    #region Metrics

    /// <summary>Records the outcome of one cache lookup (read by <see cref="GetStatistics"/>: hit rate, processing time).</summary>
    public void RecordLookup(CacheOutcome outcome, string source, TimeSpan duration, long bytesProcessed, ICollection<Diagnostic>? diagnostics = null) =>
        InsertMetric("lookup", OutcomeName(outcome), source, duration.TotalMilliseconds, bytesProcessed, null, null, null, null, null, diagnostics);

    /// <summary>Appends a measurement (<c>Measure-AnalysisPerformance -Export</c>).</summary>
    public bool RecordMeasurement(PerformanceMeasurement measurement, string? source, ICollection<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        return InsertMetric("measurement", null, source, measurement.Duration.TotalMilliseconds, measurement.BytesProcessed,
            measurement.ThroughputMBps, measurement.MemoryBefore, measurement.MemoryAfter, measurement.PeakWorkingSet,
            measurement.ProcessorTime.TotalMilliseconds, diagnostics);
    }

    private bool InsertMetric(string kind, string? outcome, string? source, double durationMs, long bytes, double? mbps,
        long? memBefore, long? memAfter, long? peak, double? cpuMs, ICollection<Diagnostic>? diagnostics)
    {
        return _store.TryRun("record a metric", c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                INSERT INTO metrics (recorded_at, kind, outcome, source, duration_ms, bytes_processed, throughput_mbps,
                                     memory_before, memory_after, peak_working_set, processor_time_ms, machine, process_id)
                VALUES ($at, $kind, $out, $src, $dur, $bytes, $mbps, $mb, $ma, $peak, $cpu, $machine, $pid);
                """;
            cmd.Parameters.AddWithValue("$at", ToUnixMs(DateTime.UtcNow));
            cmd.Parameters.AddWithValue("$kind", kind);
            cmd.Parameters.AddWithValue("$out", (object?)outcome ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$src", (object?)source ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$dur", durationMs);
            cmd.Parameters.AddWithValue("$bytes", bytes);
            cmd.Parameters.AddWithValue("$mbps", (object?)mbps ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$mb", (object?)memBefore ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$ma", (object?)memAfter ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$peak", (object?)peak ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$cpu", (object?)cpuMs ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$machine", Environment.MachineName);
            cmd.Parameters.AddWithValue("$pid", Environment.ProcessId);
            return cmd.ExecuteNonQuery();
        }, diagnostics, out _);
    }

    /// <summary>
    /// Figures for <c>Test-SystemHealth</c> over the last <paramref name="window"/> (default 7 days):
    /// hit rate = hits / (hits + misses + incremental runs), average processing time over lookups that
    /// ran an analysis (miss, incremental, refresh) and exported measurements.
    /// </summary>
    public CacheStatistics GetStatistics(TimeSpan? window = null, ICollection<Diagnostic>? diagnostics = null)
    {
        TimeSpan w = window ?? TimeSpan.FromDays(7);
        long since = ToUnixMs(DateTime.UtcNow - w);
        var summary = Summarize(null, diagnostics);
        bool ok = _store.TryRun("read metrics", c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                SELECT
                  coalesce(sum(kind = 'lookup' AND outcome = 'hit'), 0),
                  coalesce(sum(kind = 'lookup' AND outcome = 'miss'), 0),
                  coalesce(sum(kind = 'lookup' AND outcome = 'incremental'), 0),
                  coalesce(sum(kind = 'measurement'), 0),
                  avg(CASE WHEN kind = 'measurement' OR outcome IN ('miss', 'incremental', 'refresh') THEN duration_ms END)
                FROM metrics WHERE recorded_at >= $since;
                """;
            cmd.Parameters.AddWithValue("$since", since);
            using var r = cmd.ExecuteReader();
            r.Read();
            return (Hits: r.GetInt64(0), Misses: r.GetInt64(1), Incremental: r.GetInt64(2), Measurements: r.GetInt64(3),
                AvgMs: r.IsDBNull(4) ? (double?)null : r.GetDouble(4));
        }, diagnostics, out var m);
        long lookups = m.Hits + m.Misses + m.Incremental;
        return new CacheStatistics
        {
            FilePath = FilePath,
            IsAvailable = ok && IsAvailable,
            Window = w,
            Entries = summary.Entries,
            StoredBytes = summary.StoredBytes,
            FileBytes = SafeLength(FilePath) + SafeLength(FilePath + "-wal"),
            Hits = m.Hits,
            Misses = m.Misses,
            IncrementalRuns = m.Incremental,
            Measurements = m.Measurements,
            HitRate = lookups == 0 ? null : (double)m.Hits / lookups,
            AverageProcessingTime = m.AvgMs is double ms ? TimeSpan.FromMilliseconds(ms) : null,
        };
    }

    /// <summary>True when a write transaction can be started (the file is writable and not locked for long).</summary>
    public bool ProbeWritable(ICollection<Diagnostic>? diagnostics = null) =>
        _store.TryRun("start a write", c =>
        {
            using var tx = c.BeginTransaction(deferred: false);
            tx.Rollback();
            return true;
        }, diagnostics, out _);

    internal static string OutcomeName(CacheOutcome o) => o switch
    {
        CacheOutcome.Hit => "hit",
        CacheOutcome.Miss => "miss",
        CacheOutcome.Incremental => "incremental",
        CacheOutcome.Refreshed => "refresh",
        _ => "uncached",
    };

    private static long SafeLength(string path)
    {
        try { return File.Exists(path) ? new FileInfo(path).Length : 0; }
        catch (IOException) { return 0; }
        catch (UnauthorizedAccessException) { return 0; }
    }

    #endregion

    internal static long ToUnixMs(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;

    internal static DateTime FromUnixMs(long ms) => new(DateTime.UnixEpoch.Ticks + ms * TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    private sealed record RawRow(string Kind, string Digest, string? Path, byte[] Payload, DateTime CreatedAt, DateTime ExpiresAt, long FileSize, long ProcessingMs);

    private sealed record MemoRow(FileIdentity Identity, string Digest, long VerifiedAtNs);
}

/// <summary>What a lookup did.</summary>
public enum CacheOutcome
{
    /// <summary>The stored result was returned; nothing was analysed.</summary>
    Hit,
    /// <summary>Nothing usable was stored; the input was analysed and the result stored.</summary>
    Miss,
    /// <summary>A grown log: only the appended bytes were analysed and merged with the stored state.</summary>
    Incremental,
    /// <summary><c>-Refresh</c>: analysed again although a result may have been stored.</summary>
    Refreshed,
    /// <summary>The cache was bypassed (unavailable); the input was analysed.</summary>
    Uncached,
}

/// <summary>Stored results in a cache file.</summary>
public sealed record CacheSummary(string FilePath, long Entries, long StoredBytes, DateTime? Oldest, DateTime? Newest);

/// <summary>Cache figures read by <c>Test-SystemHealth</c>.</summary>
public sealed class CacheStatistics
{
    public string FilePath { get; init; } = "";
    public bool IsAvailable { get; init; }
    public TimeSpan Window { get; init; }
    public long Entries { get; init; }
    /// <summary>Compressed bytes of stored results.</summary>
    public long StoredBytes { get; init; }
    /// <summary>Size of the database and its WAL on disk.</summary>
    public long FileBytes { get; init; }
    public long Hits { get; init; }
    public long Misses { get; init; }
    public long IncrementalRuns { get; init; }
    public long Measurements { get; init; }
    /// <summary>Hits / (hits + misses + incremental runs) in the window; null without lookups.</summary>
    public double? HitRate { get; init; }
    /// <summary>Mean duration of lookups that analysed something and of exported measurements; null without any.</summary>
    public TimeSpan? AverageProcessingTime { get; init; }
}

/// <summary>A result read from the cache: its uncompressed encoding (<see cref="ResultSerializer.Encode{T}"/>) plus what the row says about it.</summary>
internal sealed record StoredResult(string Key, string Kind, string ContentDigest, string? Path, byte[] Encoded,
    DateTime CreatedAt, DateTime ExpiresAt, long FileSize, TimeSpan ProcessingTime);

/// <summary>The incremental state of a log file: the file as it was, and the partial result of <c>[0, PrefixLength)</c>.</summary>
internal sealed record LogState(string Key, string ContentDigest, DateTime CreatedAt, DateTime ExpiresAt, FileIdentity Identity,
    long PrefixLength, string PrefixDigest, byte[] PrefixPayload);

/// <summary>A result to store: its encoding (kept in the memory tier) and that encoding packed (<see cref="ResultSerializer.Pack"/>, written to the file).</summary>
internal sealed record NewEntry(string Key, string ConfigKey, string Kind, string ContentDigest, string? Path, byte[] Encoded, byte[] Payload,
    long FileSize, TimeSpan ProcessingTime)
{
    public FileIdentity? Identity { get; init; }
    public long? PrefixLength { get; init; }
    public string? PrefixDigest { get; init; }
    /// <summary>The partial result of <c>[0, PrefixLength)</c>, packed (<see cref="ResultSerializer.EncodeState"/>, then <see cref="ResultSerializer.Pack"/>).</summary>
    public byte[]? PrefixPayload { get; init; }
}
