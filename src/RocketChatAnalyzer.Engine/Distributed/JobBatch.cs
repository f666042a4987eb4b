using System.Collections.Concurrent;
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
    private readonly List<(int Chunk, Task<RedisValue> Add)> _posted = new();
    private readonly ConcurrentQueue<int> _announced = new();
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

    /// <summary>Whether <see cref="Start"/> has run.</summary>
    public bool Started { get; private set; }

    /// <summary>
    /// Writes the settings (with the batch TTL) and listens for finished chunks. The four commands
    /// go out together and cost one round trip: the first job is queued that much sooner.
    /// </summary>
    public void Start(BatchSettings settings)
    {
        _queue.Run(() =>
        {
            var db = Db;
            var hash = db.HashSetAsync(Keys.Meta(Id), settings.ToHash());
            var expire = db.KeyExpireAsync(Keys.Meta(Id), _ttl);
            var group = AnalysisWorker.EnsureGroupAsync(db, Keys);
            var subscribe = _queue.Subscriber.SubscribeAsync(Keys.Done(Id), (_, message) =>
            {
                // The message is the chunk number (QueueScripts.StoreResult / DeadLetter).
                if (int.TryParse((string?)message, NumberStyles.None, CultureInfo.InvariantCulture, out int chunk)) _announced.Enqueue(chunk);
                if (_signal.CurrentCount < 8) _signal.Release();
            });
            db.WaitAll(hash, expire, group, subscribe);
            _subscribed = true;
            return true;
        });
        Started = true;
    }

    /// <summary>Records the number of jobs in the batch's settings once planning has counted them (informational).</summary>
    public void SetTotal(int total) =>
        _queue.Run(() => Db.HashSet(Keys.Meta(Id), "total", total, flags: CommandFlags.FireAndForget));

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
        // Nobody waits for the publish: it only wakes idle workers early (they also poll).
        _queue.Run(() => Db.Publish(Keys.Wake, Id, CommandFlags.FireAndForget));
        _progress.Queued();
    }

    /// <summary>
    /// Queues a job whose input the workers read themselves (shared storage) without waiting for
    /// Redis: the XADDs of a submission are pipelined, in chunk order, while planning goes on, so
    /// workers start on the first chunk at once. <see cref="Flush"/> waits for them. Not thread-safe.
    /// </summary>
    public void Post(JobEntry job, long inputBytes)
    {
        if (job.DataKey is not null) throw new ArgumentException("A job with input bytes is queued with Enqueue.", nameof(job));
        var db = Db;
        Task<RedisValue> add = _queue.Run(() => db.StreamAddAsync(Keys.Jobs, job.ToFields()));
        lock (_gate)
        {
            _posted.Add((job.Chunk, add));
            _chunkBytes[job.Chunk] = inputBytes;
        }
        if (_posted.Count == 1) _queue.Run(() => db.Publish(Keys.Wake, Id, CommandFlags.FireAndForget));
    }

    /// <summary>Waits until every <see cref="Post"/>ed job is in the stream (connection failures surface here) and wakes idle workers again.</summary>
    public void Flush()
    {
        (int Chunk, Task<RedisValue> Add)[] posted;
        lock (_gate) posted = _posted.ToArray();
        if (posted.Length == 0) return;
        _queue.Run(() =>
        {
            var tasks = new Task[posted.Length];
            for (int i = 0; i < posted.Length; i++) tasks[i] = posted[i].Add;
            Db.WaitAll(tasks);
            return true;
        });
        lock (_gate)
        {
            foreach (var (chunk, add) in posted) _entryIds[chunk] = add.Result;
            _posted.Clear();
        }
        for (int i = 0; i < posted.Length; i++) _progress.Queued();
        _queue.Run(() => Db.Publish(Keys.Wake, Id, CommandFlags.FireAndForget));
    }

    public string DataKey(int chunk) => Keys.Data(Id, chunk).ToString();

    /// <summary>
    /// Waits for the given chunks and hands each result (or final error) to <paramref name="onResult"/>
    /// in ascending chunk order. Throws <see cref="DistributedAnalysisException"/> on timeout, when no
    /// worker is alive for NoWorkerTimeout, or when a job vanished from the queue.
    /// <para>
    /// A worker announces each stored result (or dead letter) on the batch's done channel with the
    /// chunk number, and only that chunk is fetched. Once a second — and at the start — every chunk
    /// still missing is looked up, so an announcement lost with a reconnect delays a result by at
    /// most a second, and workers and lost jobs are checked. Between those, the submitter sleeps.
    /// </para>
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
        bool sweep = true;
        Stopwatch? noWorkers = null;
        var ask = new List<int>();
        var asked = new HashSet<int>();
        _progress.SetPhase("Waiting");
        while (next < remaining.Count)
        {
            ct.ThrowIfCancellationRequested();
            ask.Clear();
            asked.Clear();
            if (sweep)
            {
                foreach (int c in pending) if (!fetched.ContainsKey(c)) ask.Add(c);
                sweep = false;
            }
            else
            {
                while (_announced.TryDequeue(out int c)) if (pending.Contains(c) && !fetched.ContainsKey(c) && asked.Add(c)) ask.Add(c);
            }
            for (int from = 0; from < ask.Count; from += 256) Fetch(ask, from, Math.Min(256, ask.Count - from), fetched);
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
                sweep = true;
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
            if (!_announced.IsEmpty) continue;
            long wait = Math.Max(1, 1000 - (clock.ElapsedMilliseconds - lastHealth));
            if (timeout != Timeout.InfiniteTimeSpan) wait = (long)Math.Clamp((timeout - clock.Elapsed).TotalMilliseconds, 1, wait);
            _signal.Wait((int)wait, ct);
        }
        _progress.SetDone(chunks.Count);
    }

    /// <summary>Looks up <paramref name="count"/> chunks of <paramref name="ask"/> from <paramref name="from"/>: results and errors in one round trip.</summary>
    private void Fetch(List<int> ask, int from, int count, Dictionary<int, (byte[]? Value, string? Error)> fetched)
    {
        var fields = new RedisValue[count];
        for (int i = 0; i < count; i++) fields[i] = ask[from + i].ToString(CultureInfo.InvariantCulture);
        var (values, errors) = _queue.Run(() =>
        {
            var db = Db;
            var v = db.HashGetAsync(Keys.Results(Id), fields);
            var e = db.HashGetAsync(Keys.Errors(Id), fields);
            // One wait for both: a dead server costs one timeout, not one per command.
            db.WaitAll(v, e);
            return (v.Result, e.Result);
        });
        for (int i = 0; i < count; i++)
        {
            if (!values[i].IsNull) fetched[ask[from + i]] = ((byte[])values[i]!, null);
            else if (!errors[i].IsNull) fetched[ask[from + i]] = (null, (string)errors[i]!);
        }
    }

    /// <summary>Workers whose last heartbeat is recent (WorkerLiveness).</summary>
    public int CountWorkers()
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
        var args = new RedisValue[check.Count];
        for (int i = 0; i < check.Count; i++) args[i] = check[i].Id;
        // One round trip for the batch's keys and every entry checked (QueueScripts.MissingEntries).
        var answer = (RedisResult[])_queue.Run(() => Db.ScriptEvaluate(QueueScripts.MissingEntries, new RedisKey[] { Keys.Jobs, Keys.Meta(Id) }, args))!;
        if ((long)answer[0] == 0)
            throw new DistributedAnalysisException(DistributedErrorCode.JobLost,
                $"The submission's keys disappeared from Redis at {_queue.Endpoint} (deleted, flushed or expired) before all jobs finished.");
        for (int k = 1; k < answer.Length; k++)
        {
            int c = check[(int)(long)answer[k] - 1].Chunk;
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
                var list = new List<RedisValue>(_entryIds.Values);
                // Jobs posted but not flushed (planning failed or was cancelled): their XADDs were
                // sent before this, so their ids are in or on their way.
                foreach (var (_, add) in _posted)
                {
                    // WhenAny never throws: a failed XADD left nothing to delete.
                    Task.WhenAny(add, Task.Delay(TimeSpan.FromSeconds(1))).Wait();
                    if (add.IsCompletedSuccessfully) list.Add(add.Result);
                }
                ids = list.ToArray();
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
