using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace RocketChatAnalyzer.Distributed;

/// <summary>
/// A worker of the analysis queue: takes job entries from the stream's consumer group, analyses
/// them (log chunks, whole logs, whole dumps), stores each result once and acknowledges the entry.
/// <para>
/// Contract with the submitter (<see cref="DistributedAnalyzer"/>): a job entry names its batch and
/// chunk; the batch's <c>meta</c> hash holds rules and options; the result goes into the batch's
/// <c>results</c> hash with HSETNX (a chunk processed twice counts once) in the same Lua script that
/// acknowledges and deletes the entry, then the batch's <c>done</c> channel is notified.
/// </para>
/// <para>
/// Fault tolerance: an entry stays in the group's pending list until that script runs. The worker
/// refreshes the idle time of its running entries on every heartbeat; entries of a worker that died
/// (SIGKILL, OOM, lost node) or hangs past <see cref="AnalysisWorkerOptions.MaxJobDuration"/> become
/// idle and are taken over by any worker after <see cref="AnalysisWorkerOptions.VisibilityTimeout"/>
/// (XAUTOCLAIM). A delivery that fails is handed back at once; after
/// <see cref="AnalysisWorkerOptions.MaxDeliveries"/> deliveries the entry goes to the dead-letter
/// stream and the submitter gets the last error. When cancelled, the worker stops taking jobs,
/// cancels the running ones and hands them back (never acknowledges unfinished work).
/// </para>
/// Threading: <see cref="RunAsync"/> runs one loop that takes entries and starts one task per job
/// (at most ThrottleLimit). The log callback is called from any of these threads and must not block.
/// </summary>
public sealed class AnalysisWorker : IDisposable
{
    private readonly QueueConnection _queue;
    private readonly AnalysisWorkerOptions _options;
    private readonly DumpJobHandler? _dumps;
    private readonly Action<WorkerEvent>? _log;
    private readonly ConcurrentDictionary<string, InFlight> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, BatchContext> _batches = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LogAnalyzer> _analyzers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AnalysisRules> _rules = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private long _completed, _failed, _reclaimed, _deadLettered, _released, _duplicates, _late;
    private DateTime _nextReclaim = DateTime.MinValue;

    public AnalysisWorker(QueueConnection queue, AnalysisWorkerOptions? options = null, DumpJobHandler? dumpHandler = null, Action<WorkerEvent>? log = null)
    {
        _queue = queue ?? throw new ArgumentNullException(nameof(queue));
        _options = options ?? new AnalysisWorkerOptions();
        _options.Validate();
        _dumps = dumpHandler;
        _log = log;
    }

    public AnalysisWorkerOptions Options => _options;

    private QueueKeys Keys => _queue.Keys;

    private IDatabase Db => _queue.Database;

    /// <summary>
    /// Runs until <paramref name="cancellationToken"/> is cancelled, MaxJobs jobs were taken or the
    /// worker was idle for IdleTimeout. Throws <see cref="DistributedAnalysisException"/> when Redis
    /// stays unreachable for ReconnectTimeout.
    /// </summary>
    public async Task<WorkerSummary> RunAsync(CancellationToken cancellationToken = default)
    {
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        await _queue.RunAsync(() => EnsureGroupAsync(Db, Keys)).ConfigureAwait(false);
        var sub = _queue.Subscriber;
        await _queue.RunAsync(async () => { await sub.SubscribeAsync(Keys.Wake, (_, _) => Wake()).ConfigureAwait(false); return true; }).ConfigureAwait(false);

        string warm = _options.WarmUp > TimeSpan.Zero ? WarmUp(cancellationToken) : "no warm-up";

        using var heartbeatStop = new CancellationTokenSource();
        await HeartbeatAsync().ConfigureAwait(false);
        var heartbeat = Task.Run(() => HeartbeatLoopAsync(heartbeatStop.Token), CancellationToken.None);
        Emit(WorkerEventKind.Started, $"worker '{_options.Name}' on {_queue.Endpoint} (throttle {_options.ThrottleLimit}, visibility {_options.VisibilityTimeout.TotalSeconds:0.#} s, {warm})");

        var slots = new SemaphoreSlim(_options.ThrottleLimit, _options.ThrottleLimit);
        var running = new List<Task>();
        long taken = 0;
        var idle = Stopwatch.StartNew();
        var reason = WorkerStopReason.Cancelled;
        Stopwatch? disconnected = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                if (_options.MaxJobs > 0 && taken >= _options.MaxJobs) { reason = WorkerStopReason.MaxJobs; break; }
                try { await slots.WaitAsync(cancellationToken).ConfigureAwait(false); }
                catch (OperationCanceledException) { break; }

                Claim? claim;
                try
                {
                    claim = await TakeAsync().ConfigureAwait(false);
                    disconnected = null;
                }
                catch (DistributedAnalysisException ex) when (ex.Code == DistributedErrorCode.ConnectionLost)
                {
                    slots.Release();
                    disconnected ??= Stopwatch.StartNew();
                    if (disconnected.Elapsed >= _options.ReconnectTimeout)
                        throw new DistributedAnalysisException(DistributedErrorCode.ConnectionLost,
                            $"Redis at {_queue.Endpoint} has been unreachable for {disconnected.Elapsed.TotalSeconds:0} s; the worker stops. Last error: {ex.Message}", ex);
                    Emit(WorkerEventKind.Warning, ex.Message + " Retrying.");
                    await DelayAsync(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (claim is null)
                {
                    slots.Release();
                    if (_options.IdleTimeout is TimeSpan limit && _inFlight.IsEmpty && idle.Elapsed >= limit) { reason = WorkerStopReason.IdleTimeout; break; }
                    await WaitForWorkAsync(cancellationToken).ConfigureAwait(false);
                    if (!_inFlight.IsEmpty) idle.Restart();
                    continue;
                }
                taken++;
                idle.Restart();
                var c = claim;
                // The slot is for the analysis: it is given back as soon as the analysis ends, so the
                // next job is taken while this one's result is still being stored (one round trip
                // less between jobs on a busy machine).
                int freed = 0;
                void Free()
                {
                    if (Interlocked.Exchange(ref freed, 1) != 0) return;
                    idle.Restart();
                    slots.Release();
                }
                running.Add(Task.Run(async () =>
                {
                    try { await ProcessAsync(c, Free, cancellationToken).ConfigureAwait(false); }
                    finally { Free(); }
                }, CancellationToken.None));
                running.RemoveAll(t => t.IsCompleted);
            }
            await Task.WhenAll(running).ConfigureAwait(false);
        }
        finally
        {
            // Jobs cancelled by the stop were handed back in ProcessAsync; say goodbye so others
            // do not count this worker as alive.
            try { await Task.WhenAll(running).ConfigureAwait(false); } catch (Exception ex) when (ex is not OutOfMemoryException) { }
            await heartbeatStop.CancelAsync().ConfigureAwait(false);
            try { await heartbeat.ConfigureAwait(false); } catch (OperationCanceledException) { }
            try
            {
                await Db.SortedSetRemoveAsync(Keys.Workers, _options.Name).ConfigureAwait(false);
                await Db.KeyDeleteAsync(Keys.WorkerInfo(_options.Name)).ConfigureAwait(false);
                await sub.UnsubscribeAsync(Keys.Wake).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException) { /* Redis gone: its TTLs clean up */ }
        }
        var summary = new WorkerSummary
        {
            Name = _options.Name,
            Endpoint = _queue.Endpoint,
            StartTime = started,
            Duration = clock.Elapsed,
            StopReason = reason,
            JobsCompleted = Interlocked.Read(ref _completed),
            JobsFailed = Interlocked.Read(ref _failed),
            JobsReclaimed = Interlocked.Read(ref _reclaimed),
            JobsDeadLettered = Interlocked.Read(ref _deadLettered),
            JobsReleased = Interlocked.Read(ref _released),
            Duplicates = Interlocked.Read(ref _duplicates),
            LateResults = Interlocked.Read(ref _late),
        };
        Emit(WorkerEventKind.Stopped, $"stopped ({reason}): {summary.JobsCompleted} completed, {summary.JobsFailed} failed, {summary.JobsReclaimed} reclaimed, {summary.JobsReleased} released");
        return summary;
    }

    /// <summary>Runs the engine on the built-in sample (see <see cref="WorkerWarmUp"/>) before the worker says it is alive.</summary>
    private string WarmUp(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        // A batch of the built-in rules and default options, read as a submitter's would be: the
        // first real batch then finds its rules parsed and its code compiled.
        var rules = AnalysisRules.Default;
        var settings = new BatchSettings { Kind = "log", RulesJson = BatchSettings.RulesToJson(rules), RulesHash = rules.Hash, OptionsJson = BatchSettings.OptionsToJson(new LogAnalysisOptions()) };
        var context = Prepare("(warm-up)", BatchSettings.FromHash(settings.ToHash())!);
        int passes = WorkerWarmUp.RunOnce(context.Analyzer!, _options.WarmUp, ct);
        return passes == 0
            ? "warm already (an earlier worker of this process warmed up)"
            : string.Create(CultureInfo.InvariantCulture, $"warmed up in {clock.ElapsedMilliseconds} ms, {passes} passes");
    }

    /// <summary>Creates the stream and the consumer group if missing (from the start of the stream, so no entry added before is skipped).</summary>
    internal static async Task<bool> EnsureGroupAsync(IDatabase db, QueueKeys keys)
    {
        try
        {
            return await db.StreamCreateConsumerGroupAsync(keys.Jobs, QueueKeys.Group, "0-0", createStream: true).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
            return false;
        }
    }

    #region Taking jobs

    private sealed record Claim(StreamEntry Entry, long Deliveries, bool Reclaimed);

    private sealed class InFlight
    {
        public InFlight(Claim claim, CancellationTokenSource cts) { Claim = claim; Cts = cts; }
        public Claim Claim { get; }
        public CancellationTokenSource Cts { get; }
        public Stopwatch Clock { get; } = Stopwatch.StartNew();
        public string Description { get; set; } = "";
    }

    /// <summary>An entry of a dead or stuck worker first (bounded by retries), else a new one; null when there is none.</summary>
    private async Task<Claim?> TakeAsync()
    {
        while (true)
        {
            if (DateTime.UtcNow >= _nextReclaim)
            {
                var auto = await RunGroupAsync(() => Db.StreamAutoClaimAsync(Keys.Jobs, QueueKeys.Group, _options.Name,
                    (long)_options.VisibilityTimeout.TotalMilliseconds, "0-0", 1)).ConfigureAwait(false);
                if (auto.ClaimedEntries.Length == 0)
                {
                    _nextReclaim = DateTime.UtcNow + TimeSpan.FromTicks(Math.Min(_options.VisibilityTimeout.Ticks / 4, TimeSpan.FromSeconds(5).Ticks));
                }
                else
                {
                    var entry = auto.ClaimedEntries[0];
                    if (entry.IsNull || entry.Values is null || entry.Values.Length == 0)
                    {
                        // Redis 6.2 returns entries deleted from the stream (cancelled batches) as null: drop them.
                        await _queue.RunAsync(() => Db.StreamAcknowledgeAsync(Keys.Jobs, QueueKeys.Group, entry.Id)).ConfigureAwait(false);
                        continue;
                    }
                    long deliveries = await DeliveriesAsync(entry.Id).ConfigureAwait(false);
                    Interlocked.Increment(ref _reclaimed);
                    var claim = new Claim(entry, deliveries, Reclaimed: true);
                    if (deliveries > _options.MaxDeliveries)
                    {
                        string last = await LastAttemptAsync(entry).ConfigureAwait(false);
                        await DeadLetterAsync(claim, JobEntry.TryParse(entry.Values, out _),
                            $"gave up after {_options.MaxDeliveries} deliveries; last problem: {last}").ConfigureAwait(false);
                        continue;
                    }
                    Emit(WorkerEventKind.JobReclaimed, $"took over entry {entry.Id} (delivery {deliveries}) idle for more than {_options.VisibilityTimeout.TotalSeconds:0.#} s");
                    return claim;
                }
            }
            var entries = await RunGroupAsync(() => Db.StreamReadGroupAsync(Keys.Jobs, QueueKeys.Group, _options.Name, StreamPosition.NewMessages, 1)).ConfigureAwait(false);
            return entries.Length == 0 ? null : new Claim(entries[0], 1, Reclaimed: false);
        }
    }

    /// <summary>Runs a group command; recreates the stream and group when they were deleted (NOGROUP) and tries once more.</summary>
    private async Task<T> RunGroupAsync<T>(Func<Task<T>> command)
    {
        try
        {
            return await _queue.RunAsync(command).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
        {
            Emit(WorkerEventKind.Warning, $"the job stream or its consumer group is missing on {_queue.Endpoint} (deleted?); recreating it");
            await _queue.RunAsync(() => EnsureGroupAsync(Db, Keys)).ConfigureAwait(false);
            return await _queue.RunAsync(command).ConfigureAwait(false);
        }
    }

    private async Task<long> DeliveriesAsync(RedisValue id)
    {
        var p = await _queue.RunAsync(() => Db.StreamPendingMessagesAsync(Keys.Jobs, QueueKeys.Group, 1, RedisValue.Null, id, id)).ConfigureAwait(false);
        return p.Length == 0 ? 1 : p[0].DeliveryCount;
    }

    private async Task<string> LastAttemptAsync(StreamEntry entry)
    {
        var job = JobEntry.TryParse(entry.Values, out _);
        if (job is null) return "the entry is malformed";
        RedisValue last = await _queue.RunAsync(() => Db.HashGetAsync(Keys.Attempts(job.Batch), job.ChunkField)).ConfigureAwait(false);
        return last.IsNullOrEmpty
            ? "every worker that took it stopped before finishing (killed, out of memory, or stuck)"
            : (string)last!;
    }

    private async Task WaitForWorkAsync(CancellationToken ct)
    {
        try { await _wake.WaitAsync(_options.PollInterval, ct).ConfigureAwait(false); }
        catch (OperationCanceledException) { }
        // Several wake-ups may have piled up; one look at the stream serves them all.
        while (_wake.CurrentCount > 0 && _wake.Wait(0, CancellationToken.None)) { }
    }

    private void Wake()
    {
        if (_wake.CurrentCount < 4) _wake.Release();
    }

    private static async Task DelayAsync(TimeSpan delay, CancellationToken ct)
    {
        try { await Task.Delay(delay, ct).ConfigureAwait(false); }
        catch (OperationCanceledException) { }
    }

    #endregion

    #region Processing

    /// <summary>A failure that another delivery cannot fix (malformed entry, expired input): dead-lettered at once.</summary>
    private sealed class PermanentJobException : Exception
    {
        public PermanentJobException(string message) : base(message) { }
        public PermanentJobException(string message, Exception inner) : base(message, inner) { }
        public PermanentJobException() { }
    }

    /// <summary>Runs one job: analysis, then the result is stored; <paramref name="analysed"/> is called when the analysis is over (done or failed).</summary>
    private async Task ProcessAsync(Claim claim, Action analysed, CancellationToken stop)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stop);
        cts.CancelAfter(_options.MaxJobDuration);
        var flight = new InFlight(claim, cts);
        string id = claim.Entry.Id!;
        _inFlight[id] = flight;
        JobEntry? job = null;
        try
        {
            job = JobEntry.TryParse(claim.Entry.Values, out string problem) ?? throw new PermanentJobException(problem);
            flight.Description = job.ToString();
            var batch = await GetBatchAsync(job.Batch).ConfigureAwait(false);
            if (batch is null)
            {
                await _queue.RunAsync(async () =>
                {
                    await Db.StreamAcknowledgeAsync(Keys.Jobs, QueueKeys.Group, id).ConfigureAwait(false);
                    return await Db.StreamDeleteAsync(Keys.Jobs, new RedisValue[] { id }).ConfigureAwait(false);
                }).ConfigureAwait(false);
                Emit(WorkerEventKind.JobDropped, $"{job}: its submission was cancelled or expired");
                return;
            }
            Emit(WorkerEventKind.JobStarted, $"{job} (entry {id}, delivery {claim.Deliveries})");
            var clock = Stopwatch.StartNew();
            long packMs = 0;
            byte[] result = await Task.Run(() => Analyze(job, batch, cts.Token, out packMs), cts.Token).ConfigureAwait(false);
            long ms = clock.ElapsedMilliseconds;
            analysed();
            var storeClock = Stopwatch.StartNew();
            var stored = (long)await _queue.RunAsync(() => Db.ScriptEvaluateAsync(QueueScripts.StoreResult,
                new RedisKey[] { Keys.Meta(job.Batch), Keys.Results(job.Batch), Keys.Jobs, Keys.Durations },
                new RedisValue[] { job.ChunkField, result, QueueKeys.Group, id, Keys.Done(job.Batch).ToString(), ms })).ConfigureAwait(false);
            Interlocked.Increment(ref _completed);
            if (stored == 0) Interlocked.Increment(ref _duplicates);
            else if (stored < 0) Interlocked.Increment(ref _late);
            Emit(WorkerEventKind.JobCompleted, string.Create(CultureInfo.InvariantCulture,
                $"{job} in {ms} ms (pack {packMs} ms, {result.Length} bytes, store {storeClock.ElapsedMilliseconds} ms){(stored == 0 ? ", already stored by another worker" : stored < 0 ? ", submission gone" : "")}"));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await ReleaseAsync(id).ConfigureAwait(false);
            Interlocked.Increment(ref _released);
            Emit(WorkerEventKind.JobReleased, $"{(job?.ToString() ?? id)}: handed back unfinished (worker stopping)");
        }
        catch (DistributedAnalysisException ex) when (ex.Code == DistributedErrorCode.ConnectionLost)
        {
            // Nothing can be recorded; the entry stays pending and is reclaimed after the visibility timeout.
            Interlocked.Increment(ref _failed);
            Emit(WorkerEventKind.Warning, $"{(job?.ToString() ?? id)}: {ex.Message}");
        }
        catch (PermanentJobException ex)
        {
            Interlocked.Increment(ref _failed);
            await TryAsync(() => DeadLetterAsync(claim, job, ex.Message)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Interlocked.Increment(ref _failed);
            string message = ex is OperationCanceledException
                ? $"the job ran longer than {_options.MaxJobDuration} (MaxJobDuration) and was cancelled"
                : ex.GetType().Name + ": " + ex.Message;
            await TryAsync(() => FailAsync(claim, job, message)).ConfigureAwait(false);
        }
        finally
        {
            _inFlight.TryRemove(id, out _);
        }
    }

    private async Task TryAsync(Func<Task> action)
    {
        try { await action().ConfigureAwait(false); }
        catch (DistributedAnalysisException ex) { Emit(WorkerEventKind.Warning, ex.Message); }
        catch (Exception ex) when (ex is RedisException or TimeoutException) { Emit(WorkerEventKind.Warning, $"Redis at {_queue.Endpoint}: {ex.Message}"); }
    }

    /// <summary>Records the problem; hands the entry back for another delivery, or dead-letters it when deliveries are used up.</summary>
    private async Task FailAsync(Claim claim, JobEntry? job, string message)
    {
        string what = job?.ToString() ?? claim.Entry.Id.ToString();
        if (claim.Deliveries >= _options.MaxDeliveries || job is null)
        {
            await DeadLetterAsync(claim, job, $"failed on all {_options.MaxDeliveries} deliveries; last error: {message}").ConfigureAwait(false);
            return;
        }
        await _queue.RunAsync(async () =>
        {
            await Db.HashSetAsync(Keys.Attempts(job.Batch), job.ChunkField, $"{message} (worker {_options.Name})").ConfigureAwait(false);
            return await Db.KeyExpireAsync(Keys.Attempts(job.Batch), TimeSpan.FromDays(1)).ConfigureAwait(false);
        }).ConfigureAwait(false);
        await ReleaseAsync(claim.Entry.Id!).ConfigureAwait(false);
        Emit(WorkerEventKind.JobFailed, $"{what} (delivery {claim.Deliveries} of {_options.MaxDeliveries}): {message}; handed back for another try");
    }

    private async Task DeadLetterAsync(Claim claim, JobEntry? job, string message)
    {
        string batch = job?.Batch ?? "?";
        string field = job?.ChunkField ?? "?";
        await _queue.RunAsync(() => Db.ScriptEvaluateAsync(QueueScripts.DeadLetter,
            new RedisKey[] { Keys.Meta(batch), Keys.Errors(batch), Keys.Jobs, Keys.DeadLetters },
            new RedisValue[] { field, message, QueueKeys.Group, claim.Entry.Id, Keys.Done(batch).ToString(), batch, job?.Path ?? "?", claim.Deliveries, _options.Name })).ConfigureAwait(false);
        Interlocked.Increment(ref _deadLettered);
        Emit(WorkerEventKind.JobDeadLettered, $"{(job?.ToString() ?? claim.Entry.Id.ToString())} moved to {(string?)Keys.DeadLetters}: {message}");
    }

    /// <summary>Makes an owned entry claimable at once by any worker (idle past the visibility timeout), without counting a delivery.</summary>
    private Task ReleaseAsync(string id) => TryAsync(() => _queue.RunAsync(() => Db.ScriptEvaluateAsync(QueueScripts.SetIdle,
        new RedisKey[] { Keys.Jobs },
        new RedisValue[] { QueueKeys.Group, _options.Name, (long)_options.VisibilityTimeout.TotalMilliseconds + 1000, id })));

    private sealed record BatchContext(BatchSettings Settings, AnalysisRules Rules, LogAnalyzer? Analyzer);

    private async Task<BatchContext?> GetBatchAsync(string batch)
    {
        if (_batches.TryGetValue(batch, out var known))
        {
            // Cached settings; the batch may have been cancelled since, which the store script notices.
            return known;
        }
        var hash = await _queue.RunAsync(() => Db.HashGetAllAsync(Keys.Meta(batch))).ConfigureAwait(false);
        var settings = BatchSettings.FromHash(hash);
        if (settings is null) return null;
        var context = Prepare(batch, settings);
        if (_batches.Count > 256) _batches.Clear();
        _batches[batch] = context;
        return context;
    }

    /// <summary>The rules and analyzer of a batch, from the caches when another batch had the same rules and options.</summary>
    private BatchContext Prepare(string batch, BatchSettings settings)
    {
        // Rules are parsed (and their patterns validated) once per distinct rule set, not per batch.
        if (!_rules.TryGetValue(settings.RulesHash, out var rules))
        {
            try { rules = BatchSettings.RulesFromJson(settings.RulesJson, settings.RulesHash, "(rules of batch " + batch + ")"); }
            catch (Exception ex) when (ex is RulesException or InvalidDataException)
            {
                throw new PermanentJobException("the rules sent with the job cannot be used: " + ex.Message, ex);
            }
            if (_rules.Count > 16) _rules.Clear();
            _rules[settings.RulesHash] = rules;
        }
        LogAnalyzer? analyzer = null;
        if (settings.Kind == "log")
        {
            string key = settings.RulesHash + "\n" + settings.OptionsJson;
            if (!_analyzers.TryGetValue(key, out analyzer))
            {
                LogAnalysisOptions options;
                try { options = BatchSettings.OptionsFromJson(settings.OptionsJson); }
                catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or InvalidDataException)
                {
                    throw new PermanentJobException("the log options sent with the job cannot be read: " + ex.Message, ex);
                }
                analyzer = new LogAnalyzer(rules, options);
                if (_analyzers.Count > 16) _analyzers.Clear();
                _analyzers[key] = analyzer;
            }
        }
        return new BatchContext(settings, rules, analyzer);
    }

    /// <summary>Runs one job on the calling (pool) thread; returns the packed result.</summary>
    private byte[] Analyze(JobEntry job, BatchContext batch, CancellationToken ct, out long packMs)
    {
        packMs = 0;
        if (job.Kind == JobKind.Dump) return AnalyzeDump(job, batch, ct);
        var analyzer = batch.Analyzer ?? throw new PermanentJobException("a log job belongs to a batch of kind '" + batch.Settings.Kind + "'");
        byte[]? data = job.DataKey is null ? null : LoadData(job);
        if (data is null && !File.Exists(job.Path))
            throw new FileNotFoundException($"'{job.Path}' does not exist on this worker (the submission uses shared storage: mount it at the same path on every worker).", job.Path);
        LogAnalysis result;
        try
        {
            if (job.Kind == JobKind.Range)
            {
                result = data is null
                    ? analyzer.AnalyzeRange(job.Path, job.Start, job.End, job.Format, ct)
                    : analyzer.AnalyzeBytes(data, job.Path, job.Start, job.Format, ct);
            }
            else
            {
                using Stream s = data is null ? LogAnalyzer.OpenShared(job.Path) : new MemoryStream(data, writable: false);
                result = analyzer.AnalyzeStream(s, job.Path, job.Format, null, ct);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // Exactly what the local engine reports for an unreadable file or a corrupt gzip stream.
            result = analyzer.Unreadable(job.Path, ex);
        }
        var pack = Stopwatch.StartNew();
        byte[] packed = PartialResult.Pack(result);
        packMs = pack.ElapsedMilliseconds;
        return packed;
    }

    private byte[] LoadData(JobEntry job)
    {
        RedisValue v = _queue.Run(() => Db.StringGet(job.DataKey!));
        if (v.IsNull)
            throw new PermanentJobException($"the input bytes of {job} are gone from Redis (key {job.DataKey} expired or was deleted before a worker took the job)");
        try
        {
            return Payload.Unpack((byte[])v!);
        }
        catch (InvalidDataException ex)
        {
            throw new PermanentJobException($"the input bytes of {job} are corrupt: {ex.Message}", ex);
        }
    }

    private byte[] AnalyzeDump(JobEntry job, BatchContext batch, CancellationToken ct)
    {
        if (_dumps is null) throw new InvalidOperationException("this worker was started without a dump analyzer and cannot analyse dumps");
        if (job.DataKey is null)
        {
            if (!File.Exists(job.Path) && !Directory.Exists(job.Path))
                throw new FileNotFoundException($"'{job.Path}' does not exist on this worker (the submission uses shared storage: mount it at the same path on every worker).", job.Path);
            var shared = _dumps(new DumpJobRequest(job.Path, job.Path, batch.Rules, batch.Settings.DumpOptions), ct);
            return Payload.PackJson(shared);
        }
        RedisValue v = _queue.Run(() => Db.StringGet(job.DataKey));
        if (v.IsNull)
            throw new PermanentJobException($"the dump bytes of {job} are gone from Redis (key {job.DataKey} expired or was deleted before a worker took the job)");
        string temp = Path.Combine(Path.GetTempPath(), "rca-worker-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        try
        {
            string local;
            try { local = DumpTransfer.Unpack((byte[])v!, job.Path, job.IsFolder, temp); }
            catch (InvalidDataException ex) { throw new PermanentJobException($"the dump bytes of {job} are corrupt: {ex.Message}", ex); }
            var analysis = _dumps(new DumpJobRequest(local, job.Path, batch.Rules, batch.Settings.DumpOptions), ct);
            return DumpTransfer.PackResult(analysis, local, job.Path);
        }
        finally
        {
            try { Directory.Delete(temp, recursive: true); }
            catch (IOException ex) { Emit(WorkerEventKind.Warning, $"could not delete the temporary copy '{temp}': {ex.Message}"); }
        }
    }

    #endregion

    #region Heartbeat

    private async Task HeartbeatLoopAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(_options.HeartbeatInterval);
        while (await WaitTickAsync(timer, ct).ConfigureAwait(false))
        {
            try { await HeartbeatAsync().ConfigureAwait(false); }
            catch (DistributedAnalysisException ex) { Emit(WorkerEventKind.Warning, "heartbeat: " + ex.Message); }
            catch (Exception ex) when (ex is RedisException or TimeoutException) { Emit(WorkerEventKind.Warning, "heartbeat: " + ex.Message); }
        }
    }

    private static async Task<bool> WaitTickAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try { return await timer.WaitForNextTickAsync(ct).ConfigureAwait(false); }
        catch (OperationCanceledException) { return false; }
    }

    /// <summary>Says "alive" (sorted set + details with a TTL) and keeps the running entries from looking idle.</summary>
    private async Task HeartbeatAsync()
    {
        long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var current = new List<RedisValue>();
        var jobs = new JArray();
        foreach (var kv in _inFlight)
        {
            // A job past MaxJobDuration is stuck: stop vouching for it so it can be reclaimed.
            if (kv.Value.Clock.Elapsed < _options.MaxJobDuration) current.Add(kv.Key);
            jobs.Add(kv.Value.Description);
        }
        var info = new JObject
        {
            ["name"] = _options.Name,
            ["host"] = Environment.MachineName,
            ["pid"] = Environment.ProcessId,
            ["throttleLimit"] = _options.ThrottleLimit,
            ["completed"] = Interlocked.Read(ref _completed),
            ["failed"] = Interlocked.Read(ref _failed),
            ["running"] = jobs,
            ["heartbeat"] = now,
        }.ToString(Newtonsoft.Json.Formatting.None);
        await _queue.RunAsync(async () =>
        {
            var db = Db;
            var tasks = new List<Task>(4)
            {
                db.SortedSetAddAsync(Keys.Workers, _options.Name, now),
                db.StringSetAsync(Keys.WorkerInfo(_options.Name), info, _options.HeartbeatInterval * 5),
                // Forget workers gone for an hour (their names would otherwise accumulate).
                db.SortedSetRemoveRangeByScoreAsync(Keys.Workers, double.NegativeInfinity, now - 3_600_000),
            };
            if (current.Count > 0)
            {
                var args = new RedisValue[3 + current.Count];
                args[0] = QueueKeys.Group;
                args[1] = _options.Name;
                args[2] = 0;
                current.CopyTo(args, 3);
                tasks.Add(db.ScriptEvaluateAsync(QueueScripts.SetIdle, new RedisKey[] { Keys.Jobs }, args));
            }
            await Task.WhenAll(tasks).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
    }

    #endregion

    /// <summary>Releases the wake-up signal. Call after <see cref="RunAsync"/> has returned.</summary>
    public void Dispose() => _wake.Dispose();

    private void Emit(WorkerEventKind kind, string message) => _log?.Invoke(new WorkerEvent(kind, message, DateTime.UtcNow));
}
