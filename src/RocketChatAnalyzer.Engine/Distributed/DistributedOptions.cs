namespace RocketChatAnalyzer.Distributed;

/// <summary>Settings of a distributed submission (<see cref="DistributedAnalyzer"/>).</summary>
public sealed record DistributedOptions
{
    /// <summary>
    /// Workers see the submitter's files at the same paths (a shared volume): jobs carry path and
    /// byte range only. Otherwise the input bytes travel through Redis, compressed, with a TTL.
    /// </summary>
    public bool SharedPath { get; init; }

    /// <summary>Fail when no worker has sent a heartbeat for this long while jobs wait (<see cref="Timeout.InfiniteTimeSpan"/>: wait for the timeout only).</summary>
    public TimeSpan NoWorkerTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A worker counts as alive when its last heartbeat is at most this old.</summary>
    public TimeSpan WorkerLiveness { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Look results up in (and store them into) the Redis result cache.</summary>
    public bool UseResultCache { get; init; }

    /// <summary>How long cached results live in Redis.</summary>
    public TimeSpan ResultCacheTtl { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Chunks read, compressed and sent at the same time.</summary>
    public int UploadParallelism { get; init; } = 2;

    /// <summary>Largest whole file (gzip log, support-dump log, dump) sent through Redis; larger ones need <see cref="SharedPath"/>.</summary>
    public long MaxInlineBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>How long the batch's keys live when the submitter dies (added to the timeout).</summary>
    public TimeSpan KeyGrace { get; init; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// Progress of a distributed submission, updated by the submitting thread and polled by the caller
/// (the cmdlet's drain loop). <see cref="Bytes"/> is the usual byte progress for the shared drain.
/// </summary>
public sealed class DistributedProgress
{
    private int _total, _queued, _done, _workers, _cacheHits;
    private string _phase = "Planning";

    /// <summary>Bytes of input in jobs (total) and in finished jobs (done).</summary>
    public AnalysisProgress Bytes { get; } = new();

    public int ChunksTotal => Volatile.Read(ref _total);

    /// <summary>Jobs written to the queue so far.</summary>
    public int ChunksQueued => Volatile.Read(ref _queued);

    /// <summary>Jobs whose result (or final error) is in.</summary>
    public int ChunksDone => Volatile.Read(ref _done);

    /// <summary>Workers with a recent heartbeat, as last seen.</summary>
    public int ActiveWorkers => Volatile.Read(ref _workers);

    /// <summary>Inputs served from the Redis result cache.</summary>
    public int CacheHits => Volatile.Read(ref _cacheHits);

    /// <summary>Planning, Queueing, Waiting, Merging, Done.</summary>
    public string Phase => Volatile.Read(ref _phase);

    /// <summary>"12 of 40 chunks, 2 workers" — for a progress record's status line.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.CurrentCulture, $"{Phase}: {ChunksDone} of {ChunksTotal} chunks done, {ActiveWorkers} worker(s) active");

    internal void SetTotal(int n) => Volatile.Write(ref _total, n);
    internal void Queued() => Interlocked.Increment(ref _queued);
    internal void SetDone(int n) => Volatile.Write(ref _done, n);
    internal void SetWorkers(int n) => Volatile.Write(ref _workers, n);
    internal void CacheHit() => Interlocked.Increment(ref _cacheHits);
    internal void SetPhase(string phase) => Volatile.Write(ref _phase, phase);
}
