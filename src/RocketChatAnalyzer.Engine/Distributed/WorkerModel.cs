using System.Globalization;

namespace RocketChatAnalyzer.Distributed;

/// <summary>Settings of an <see cref="AnalysisWorker"/>.</summary>
public sealed record AnalysisWorkerOptions
{
    /// <summary>Consumer name in the group and in heartbeats; unique per running worker.</summary>
    public string Name { get; init; } = DefaultName();

    /// <summary>Jobs analysed at the same time (one thread each).</summary>
    public int ThrottleLimit { get; init; } = 1;

    /// <summary>Stop after taking this many jobs (0: no limit). Jobs already taken are finished.</summary>
    public int MaxJobs { get; init; }

    /// <summary>Stop after this long with no job running and none waiting (null: never).</summary>
    public TimeSpan? IdleTimeout { get; init; }

    /// <summary>
    /// An entry whose worker has not refreshed it for this long is taken over by another worker
    /// (XAUTOCLAIM). Running jobs are refreshed on every heartbeat, so only dead or stuck workers lose them.
    /// </summary>
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the worker says it is alive and refreshes its running jobs.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A job delivered this many times without success goes to the dead-letter stream.</summary>
    public int MaxDeliveries { get; init; } = 3;

    /// <summary>A job running longer than this is cancelled and counted as a failed delivery (a stuck job).</summary>
    public TimeSpan MaxJobDuration { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Longest wait for new jobs before looking again (submitters also wake workers at once).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Before its first heartbeat the worker runs the log engine on a built-in sample for about this
    /// long, so that its first job runs at full speed (a cold process runs its first chunk about three
    /// times slower while the runtime recompiles the hot code). <see cref="TimeSpan.Zero"/>: no warm-up.
    /// </summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Give up (and stop with an error) after Redis has been unreachable for this long.</summary>
    public TimeSpan ReconnectTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Host name and process id: unique for processes on one machine and pods of one Deployment.</summary>
    public static string DefaultName() => Environment.MachineName + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name)) throw new ArgumentException("The worker needs a name.", nameof(Name));
        if (ThrottleLimit < 1) throw new ArgumentOutOfRangeException(nameof(ThrottleLimit), "ThrottleLimit must be at least 1.");
        if (MaxJobs < 0) throw new ArgumentOutOfRangeException(nameof(MaxJobs), "MaxJobs must not be negative.");
        if (WarmUp < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(WarmUp), "WarmUp must not be negative.");
        if (MaxDeliveries < 1) throw new ArgumentOutOfRangeException(nameof(MaxDeliveries), "MaxDeliveries must be at least 1.");
        if (HeartbeatInterval <= TimeSpan.Zero || VisibilityTimeout < HeartbeatInterval * 2)
            throw new ArgumentOutOfRangeException(nameof(VisibilityTimeout), "VisibilityTimeout must be at least twice HeartbeatInterval, or live workers would lose their jobs.");
    }
}

/// <summary>What a worker reports about itself (the cmdlet writes these as verbose/warning records).</summary>
public enum WorkerEventKind
{
    Started,
    JobStarted,
    JobCompleted,
    /// <summary>A job failed on this delivery; it will be retried or dead-lettered.</summary>
    JobFailed,
    /// <summary>A job of a dead or stuck worker was taken over.</summary>
    JobReclaimed,
    /// <summary>A job gave up and went to the dead-letter stream.</summary>
    JobDeadLettered,
    /// <summary>A job was handed back unfinished (the worker is stopping).</summary>
    JobReleased,
    /// <summary>A job of a cancelled or expired submission was dropped.</summary>
    JobDropped,
    Warning,
    Stopped,
}

/// <summary>One line of a worker's log.</summary>
public sealed record WorkerEvent(WorkerEventKind Kind, string Message, DateTime Time)
{
    public override string ToString() => Time.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) + " " + Kind + ": " + Message;
}

/// <summary>Why a worker stopped.</summary>
public enum WorkerStopReason
{
    Cancelled,
    MaxJobs,
    IdleTimeout,
}

/// <summary>What a worker did, returned when it stops.</summary>
public sealed class WorkerSummary
{
    public string Name { get; init; } = "";
    public string Endpoint { get; init; } = "";
    public DateTime StartTime { get; init; }
    public TimeSpan Duration { get; init; }
    public WorkerStopReason StopReason { get; init; }
    public long JobsCompleted { get; init; }
    public long JobsFailed { get; init; }
    public long JobsReclaimed { get; init; }
    public long JobsDeadLettered { get; init; }
    public long JobsReleased { get; init; }
    /// <summary>Jobs whose result another worker had already stored (counted once in the result).</summary>
    public long Duplicates { get; init; }
    /// <summary>Jobs finished after their submission had ended (cancelled, expired, or already answered from another worker's copy of a reclaimed job); their results were dropped.</summary>
    public long LateResults { get; init; }
}

/// <summary>
/// The environment variables a worker container reads (<c>deploy/</c>: Dockerfile, Kubernetes
/// manifests). <c>Start-AnalysisWorker</c> takes each as the default of its parameter; a test checks
/// that the manifests set no other and miss no required one.
/// </summary>
public static class WorkerEnvironment
{
    /// <summary><c>true</c>: the container entrypoint starts a worker.</summary>
    public const string WorkerMode = "WORKER_MODE";
    /// <summary>The Redis connection string (a Secret in Kubernetes: it holds the password).</summary>
    public const string QueueConnection = "QUEUE_CONNECTION";
    public const string WorkerName = "WORKER_NAME";
    public const string ThrottleLimit = "WORKER_THROTTLE_LIMIT";
    public const string MaxJobs = "WORKER_MAX_JOBS";
    /// <summary>Seconds.</summary>
    public const string IdleTimeout = "WORKER_IDLE_TIMEOUT";
    /// <summary>Key prefix of the queue (default <c>rca:</c>).</summary>
    public const string QueuePrefix = "QUEUE_PREFIX";

    /// <summary>Every variable the worker reads, in documentation order.</summary>
    public static IReadOnlyList<string> Variables { get; } = new[] { WorkerMode, QueueConnection, WorkerName, ThrottleLimit, MaxJobs, IdleTimeout, QueuePrefix };

    /// <summary>Variables a worker cannot start without.</summary>
    public static IReadOnlyList<string> Required { get; } = new[] { WorkerMode, QueueConnection };
}
