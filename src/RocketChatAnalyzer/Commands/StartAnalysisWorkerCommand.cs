using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Runtime.InteropServices;
using System.Threading.Channels;
using RocketChatAnalyzer.Distributed;

namespace RocketChatAnalyzer.Commands;

/// <summary>
/// <para type="synopsis">Runs an analysis worker that takes jobs from a Redis queue until it is stopped.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Start, "AnalysisWorker")]
[OutputType(typeof(WorkerSummary))]
public sealed class StartAnalysisWorkerCommand : PSCmdlet, IDisposable
{
    private const string ErrorPrefix = "StartAnalysisWorker";

    private readonly CancellationTokenSource _cts = new();
    private QueueConnection? _queue;
    private AnalysisWorkerOptions? _options;

    #region Parameters

    /// <summary>Redis connection string; default: the QUEUE_CONNECTION environment variable.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? QueueConnection { get; set; }

    /// <summary>Worker name (consumer name and heartbeat key); default: WORKER_NAME, else host name and process id.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    /// <summary>Jobs analysed at the same time; default: WORKER_THROTTLE_LIMIT, else 1.</summary>
    [Parameter]
    [ValidateRange(1, 1024)]
    public int ThrottleLimit { get; set; }

    /// <summary>Stop after taking this many jobs; default: WORKER_MAX_JOBS, else no limit.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int MaxJobs { get; set; }

    /// <summary>Stop after this long without work; default: WORKER_IDLE_TIMEOUT (seconds), else never.</summary>
    [Parameter]
    public TimeSpan IdleTimeout { get; set; }

    /// <summary>Key prefix of the queue; default: QUEUE_PREFIX, else <c>rca:</c>.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? QueuePrefix { get; set; }

    #endregion

    #region Overrides

    protected override void BeginProcessing()
    {
        string? connection = QueueConnection ?? Env(WorkerEnvironment.QueueConnection);
        if (string.IsNullOrWhiteSpace(connection))
        {
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException($"No queue connection: pass -QueueConnection or set {WorkerEnvironment.QueueConnection} (a Redis connection string such as '127.0.0.1:6379')."),
                ErrorPrefix + ".NoQueueConnection", ErrorCategory.InvalidArgument, null));
        }
        var options = new AnalysisWorkerOptions();
        options = options with
        {
            Name = Name ?? Env(WorkerEnvironment.WorkerName) ?? options.Name,
            ThrottleLimit = MyInvocation.BoundParameters.ContainsKey(nameof(ThrottleLimit)) ? ThrottleLimit : EnvInt(WorkerEnvironment.ThrottleLimit, 1, 1),
            MaxJobs = MyInvocation.BoundParameters.ContainsKey(nameof(MaxJobs)) ? MaxJobs : EnvInt(WorkerEnvironment.MaxJobs, 0, 1),
            IdleTimeout = MyInvocation.BoundParameters.ContainsKey(nameof(IdleTimeout)) ? IdleTimeout
                : Env(WorkerEnvironment.IdleTimeout) is null ? null : TimeSpan.FromSeconds(EnvInt(WorkerEnvironment.IdleTimeout, 0, 1)),
        };
        if (options.IdleTimeout is TimeSpan idle && idle <= TimeSpan.Zero)
        {
            ThrowTerminatingError(new ErrorRecord(new ArgumentOutOfRangeException(nameof(IdleTimeout), "IdleTimeout must be positive."),
                ErrorPrefix + ".InvalidIdleTimeout", ErrorCategory.InvalidArgument, IdleTimeout));
        }
        _options = options;
        try
        {
            _queue = Distributed.QueueConnection.Connect(connection!, QueuePrefix ?? Env(WorkerEnvironment.QueuePrefix) ?? QueueKeys.DefaultPrefix, "rca-worker-" + options.Name);
        }
        catch (DistributedAnalysisException ex)
        {
            ThrowTerminatingError(new ErrorRecord(ex, ErrorPrefix + "." + ex.Code, ErrorCategory.ConnectionError, null));
        }
    }

    protected override void ProcessRecord()
    {
        var queue = _queue!;
        // The worker never blocks on logging: when the pipeline falls behind, the oldest lines go.
        var events = Channel.CreateBounded<WorkerEvent>(new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        using var worker = new AnalysisWorker(queue, _options, DumpHandler(), e => events.Writer.TryWrite(e));
        // In a container pwsh gets SIGTERM, not Ctrl+C: stop the same way (hand back the running job, say goodbye).
        using var term = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            _cts.Cancel();
        });
        var run = Task.Run(() => worker.RunAsync(_cts.Token));
        int pipelineThread = Environment.CurrentManagedThreadId;
        while (!run.IsCompleted)
        {
            run.Wait(200, CancellationToken.None);
            Drain(events.Reader, pipelineThread);
        }
        Drain(events.Reader, pipelineThread);
        WorkerSummary summary;
        try
        {
            summary = run.GetAwaiter().GetResult();
        }
        catch (DistributedAnalysisException ex)
        {
            ThrowTerminatingError(new ErrorRecord(ex, ErrorPrefix + "." + ex.Code, ErrorCategory.ConnectionError, queue.Endpoint));
            return;
        }
        if (Stopping) throw new PipelineStoppedException();
        WriteObject(summary);
    }

    protected override void StopProcessing() => _cts.Cancel();

    #endregion

    #region Private

    private void Drain(ChannelReader<WorkerEvent> reader, int pipelineThread)
    {
        Debug.Assert(Environment.CurrentManagedThreadId == pipelineThread, "Worker events are written on the pipeline thread only.");
        while (reader.TryRead(out var e))
        {
            string line = e.Time.ToLocalTime().ToString("HH:mm:ss", CultureInfo.CurrentCulture) + " " + e.Message;
            switch (e.Kind)
            {
                case WorkerEventKind.Warning:
                case WorkerEventKind.JobFailed:
                case WorkerEventKind.JobDeadLettered:
                    WriteWarning(line);
                    break;
                default:
                    WriteVerbose(line);
                    break;
            }
        }
    }

    /// <summary>How this worker analyses whole dumps: the engine's dump analyzer with the submitter's options.</summary>
    private static DumpJobHandler DumpHandler() => DumpJobHandlers.Analyze;

    private static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;

    private int EnvInt(string name, int fallback, int min)
    {
        string? text = Env(name);
        if (text is null) return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < min)
        {
            ThrowTerminatingError(new ErrorRecord(new ArgumentException($"The environment variable {name}='{text}' is not a whole number of at least {min}."),
                ErrorPrefix + ".InvalidEnvironment", ErrorCategory.InvalidArgument, name));
        }
        return value;
    }

    public void Dispose()
    {
        _queue?.Dispose();
        _cts.Dispose();
    }

    #endregion
}
