using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace RocketChatAnalyzer.Distributed;

/// <summary>
/// One submission on the queue: writes its settings, queues its jobs, collects the results in chunk
/// order and removes every key it made when disposed (success, failure or cancellation alike), so
/// workers drop jobs of an abandoned submission instead of analysing them.
/// Used by one thread (the submitter's); the done-channel handler only releases a semaphore.
/// </summary>
internal sealed class JobBatch : IDisposable
{
    private readonly QueueConnection _queue;
    private readonly DistributedOptions _options;
    private readonly DistributedProgress _progress;
    private readonly TimeSpan _ttl;
    private readonly SemaphoreSlim _signal = new(0, int.MaxValue);
    private readonly Dictionary<int, RedisValue> _entryIds = new();
    private readonly List<RedisKey> _dataKeys = new();
    private readonly Dictionary<int, long> _chunkBytes = new();
    private readonly object _gate = new();
    private bool _subscribed;

    public JobBatch(QueueConnection queue, DistributedOptions options, DistributedProgress progress, TimeSpan timeout)
    {
        _queue = queue;
        _options = options;
        _progress = progress;
        Id = Guid.NewGuid().ToString("N");
        _ttl = (timeout == Timeout.InfiniteTimeSpan ? TimeSpan.FromHours(24) : timeout) + options.KeyGrace;
    }

    public string Id { get; }

    private QueueKeys Keys => _queue.Keys;

    private IDatabase Db => _queue.Database;

    /// <summary>Writes the settings (with the batch TTL) and listens for finished chunks.</summary>
    public void Start(BatchSettings settings)
    {
        _queue.Run(() =>
        {
            var db = Db;
            db.HashSet(Keys.Meta(Id), settings.ToHash());
            db.KeyExpire(Keys.Meta(Id), _ttl);
            AnalysisWorker.EnsureGroupAsync(db, Keys).GetAwaiter().GetResult();
            _queue.Subscriber.Subscribe(Keys.Done(Id), (_, _) => { if (_signal.CurrentCount < 8) _signal.Release(); });
            _subscribed = true;
            return true;
        });
    }

    /// <summary>Queues one job; <paramref name="data"/> (packed input) is stored first, with the batch TTL. Thread-safe.</summary>
    public void Enqueue(JobEntry job, byte[]? data, long inputBytes)
    {
        if (data is not null)
            _queue.Run(() => Db.StringSet(job.DataKey!, data, _ttl));
        RedisValue id = _queue.Run(() => Db.StreamAdd(Keys.Jobs, job.ToFields()));
        lock (_gate)
        {
            _entryIds[job.Chunk] = id;
            _chunkBytes[job.Chunk] = inputBytes;
            if (job.DataKey is not null) _dataKeys.Add(job.DataKey);
        }
        _queue.Run(() => Db.Publish(Keys.Wake, Id));
        _progress.Queued();
    }

    public string DataKey(int chunk) => Keys.Data(Id, chunk).ToString();

    /// <summary>
    /// Waits for the given chunks and hands each result (or final error) to <paramref name="onResult"/>
    /// in ascending chunk order. Throws <see cref="DistributedAnalysisException"/> on timeout, when no
    /// worker is alive for NoWorkerTimeout, or when a job vanished from the queue.
    /// </summary>
    public void Collect(IReadOnlyList<int> chunks, TimeSpan timeout, Action<int, byte[]?, string?> onResult, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var pending = new SortedSet<int>(chunks);
        var fetched = new Dictionary<int, (byte[]? Value, string? Error)>();
        var remaining = new List<int>(chunks);
        remaining.Sort();
        int next = 0;
        long lastHealth = -10_000;
        Stopwatch? noWorkers = null;
        _progress.SetPhase("Waiting");
        while (next < remaining.Count)
        {
            ct.ThrowIfCancellationRequested();
            // Fetch what is ready among the chunks not fetched yet (at most 64 per round trip).
            var ask = new List<int>(64);
            foreach (int c in pending)
            {
                if (fetched.ContainsKey(c)) continue;
                ask.Add(c);
                if (ask.Count == 64) break;
            }
            if (ask.Count > 0)
            {
                var fields = new RedisValue[ask.Count];
                for (int i = 0; i < ask.Count; i++) fields[i] = ask[i].ToString(CultureInfo.InvariantCulture);
                var (values, errors) = _queue.Run(() =>
                {
                    var db = Db;
                    var v = db.HashGetAsync(Keys.Results(Id), fields);
                    var e = db.HashGetAsync(Keys.Errors(Id), fields);
                    // One wait for both: a dead server costs one timeout, not one per command.
                    db.WaitAll(v, e);
                    return (v.Result, e.Result);
                });
                for (int i = 0; i < ask.Count; i++)
                {
                    if (!values[i].IsNull) fetched[ask[i]] = ((byte[])values[i]!, null);
                    else if (!errors[i].IsNull) fetched[ask[i]] = (null, (string)errors[i]!);
                }
            }
            while (next < remaining.Count && fetched.Remove(remaining[next], out var got))
            {
                int chunk = remaining[next++];
                pending.Remove(chunk);
                if (got.Error is null && _chunkBytes.TryGetValue(chunk, out long b)) _progress.Bytes.AddDone(b);
                onResult(chunk, got.Value, got.Error);
            }
            _progress.SetDone(chunks.Count - pending.Count + fetched.Count);
            if (next >= remaining.Count) break;

            if (clock.ElapsedMilliseconds - lastHealth >= 1000)
            {
                lastHealth = clock.ElapsedMilliseconds;
                int alive = CountWorkers();
                _progress.SetWorkers(alive);
                if (alive > 0) noWorkers = null;
                else
                {
                    noWorkers ??= Stopwatch.StartNew();
                    if (_options.NoWorkerTimeout != Timeout.InfiniteTimeSpan && noWorkers.Elapsed >= _options.NoWorkerTimeout)
                        throw new DistributedAnalysisException(DistributedErrorCode.NoWorkers,
                            $"No analysis worker has been alive on {_queue.Endpoint} for {noWorkers.Elapsed.TotalSeconds:0} s while {pending.Count - fetched.Count} job(s) wait. Start one with Start-AnalysisWorker -QueueConnection <same connection>.");
                }
                CheckNotLost(pending, fetched);
            }
            if (timeout != Timeout.InfiniteTimeSpan && clock.Elapsed >= timeout)
                throw new DistributedAnalysisException(DistributedErrorCode.Timeout,
                    $"The distributed analysis did not finish within {timeout}: {chunks.Count - pending.Count + fetched.Count} of {chunks.Count} job(s) done, {_progress.ActiveWorkers} worker(s) alive on {_queue.Endpoint}.");
            int wait = 250;
            if (timeout != Timeout.InfiniteTimeSpan) wait = (int)Math.Clamp((timeout - clock.Elapsed).TotalMilliseconds, 1, 250);
            _signal.Wait(wait, ct);
        }
        _progress.SetDone(chunks.Count);
    }

    private int CountWorkers()
    {
        long since = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - (long)_options.WorkerLiveness.TotalMilliseconds;
        return (int)_queue.Run(() => Db.SortedSetLength(Keys.Workers, since, double.PositiveInfinity));
    }

    /// <summary>
    /// A job whose entry is no longer in the stream and whose result is not stored will never finish
    /// (the stream was deleted or trimmed). Checked entry first, result second: a worker stores the
    /// result before it deletes the entry, so a missing entry with a missing result is really lost.
    /// </summary>
    private void CheckNotLost(SortedSet<int> pending, Dictionary<int, (byte[]? Value, string? Error)> fetched)
    {
        if (!_queue.Run(() => Db.KeyExists(Keys.Meta(Id))))
            throw new DistributedAnalysisException(DistributedErrorCode.JobLost,
                $"The submission's keys disappeared from Redis at {_queue.Endpoint} (deleted, flushed or expired) before all jobs finished.");
        var check = new List<(int Chunk, RedisValue Id)>();
        lock (_gate)
        {
            foreach (int c in pending)
            {
                if (fetched.ContainsKey(c) || !_entryIds.TryGetValue(c, out var id)) continue;
                check.Add((c, id));
                if (check.Count == 256) break;
            }
        }
        if (check.Count == 0) return;
        var gone = _queue.Run(() =>
        {
            var db = Db;
            var tasks = new Task<StreamEntry[]>[check.Count];
            for (int i = 0; i < check.Count; i++) tasks[i] = db.StreamRangeAsync(Keys.Jobs, check[i].Id, check[i].Id, 1);
            db.WaitAll(tasks);
            var missing = new List<int>();
            for (int i = 0; i < check.Count; i++) if (tasks[i].Result.Length == 0) missing.Add(check[i].Chunk);
            return missing;
        });
        foreach (int c in gone)
        {
            string field = c.ToString(CultureInfo.InvariantCulture);
            bool done = _queue.Run(() => Db.HashExists(Keys.Results(Id), field) || Db.HashExists(Keys.Errors(Id), field));
            if (!done)
                throw new DistributedAnalysisException(DistributedErrorCode.JobLost,
                    $"Job {c} is no longer in the job stream '{(string?)Keys.Jobs}' on {_queue.Endpoint} and no worker stored its result: the stream was deleted or trimmed while the analysis ran. Submit again.");
        }
    }

    /// <summary>Removes the batch's keys and its unfinished entries. Never throws (Redis may be gone).</summary>
    public void Dispose()
    {
        // With the connection gone there is nothing to clean now (and waiting would only delay the
        // error); the TTLs remove the keys and workers drop entries whose batch is gone.
        if (!_queue.IsConnected)
        {
            _signal.Dispose();
            return;
        }
        try
        {
            var db = Db;
            var keys = new List<RedisKey> { Keys.Meta(Id), Keys.Results(Id), Keys.Errors(Id), Keys.Attempts(Id) };
            RedisValue[] ids;
            lock (_gate)
            {
                keys.AddRange(_dataKeys);
                ids = _entryIds.Values.ToArray();
            }
            var tasks = new List<Task> { db.KeyDeleteAsync(keys.ToArray()) };
            if (ids.Length > 0) tasks.Add(db.StreamDeleteAsync(Keys.Jobs, ids));
            if (_subscribed) tasks.Add(_queue.Subscriber.UnsubscribeAsync(Keys.Done(Id)));
            Task.WaitAll(tasks.ToArray(), TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is RedisException or AggregateException or ObjectDisposedException)
        {
            // The TTLs remove the keys; workers drop entries whose batch is gone.
        }
        _signal.Dispose();
    }
}
