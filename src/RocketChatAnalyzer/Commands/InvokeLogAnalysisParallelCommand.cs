using System.Management.Automation;
using RocketChatAnalyzer.Cache;
using RocketChatAnalyzer.Commands.Internal;

namespace RocketChatAnalyzer.Commands;

/// <summary>
/// <para type="synopsis">Analyses Rocket.Chat logs in parallel and returns a LogAnalysis.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "LogAnalysisParallel", DefaultParameterSetName = PathSet)]
[OutputType(typeof(LogAnalysis), ParameterSetName = new[] { PathSet, LiteralSet, InputSet })]
public sealed class InvokeLogAnalysisParallelCommand : PSCmdlet, IDisposable
{
    private const string PathSet = "Path";
    private const string LiteralSet = "LiteralPath";
    private const string InputSet = "InputObject";
    private const string ErrorPrefix = "InvokeLogAnalysisParallel";

    private readonly CancellationTokenSource _cts = new();
    private readonly List<string> _files = new();
    private LogAnalyzer? _analyzer;
    private LogSession? _session;
    private Distributed.QueueConnection? _queue;

    #region Parameters

    /// <summary>Files or folders (wildcards allowed). Folders are searched recursively for log-like files.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Files or folders, taken literally (no wildcards).</summary>
    [Parameter(Mandatory = true, ParameterSetName = LiteralSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = Array.Empty<string>();

    /// <summary>Log text from the pipeline (e.g. <c>kubectl logs … | Invoke-LogAnalysisParallel</c>).</summary>
    [Parameter(Mandatory = true, ParameterSetName = InputSet, ValueFromPipeline = true)]
    [AllowEmptyString]
    public string[] InputObject { get; set; } = Array.Empty<string>();

    [Parameter]
    public LogFormat Format { get; set; } = LogFormat.Auto;

    [Parameter]
    [Alias("ConfigFile")]
    public string? ConfigPath { get; set; }

    [Parameter]
    [ValidateRange(1, 1024)]
    public int ThrottleLimit { get; set; } = Environment.ProcessorCount;

    [Parameter]
    [ValidateRange(4096L, long.MaxValue)]
    public long ChunkSize { get; set; } = 32L * 1024 * 1024;

    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralSet)]
    public SwitchParameter PerFile { get; set; }

    /// <summary>Analyse without the analysis cache (neither read nor written).</summary>
    [Parameter]
    public SwitchParameter NoCache { get; set; }

    /// <summary>The cache database (default: the user's cache folder, or $env:RCA_CACHE_PATH).</summary>
    [Parameter]
    public string? CachePath { get; set; }

    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralSet)]
    public SwitchParameter Follow { get; set; }

    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralSet)]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Redis connection string: chunks are analysed by Start-AnalysisWorker processes instead of locally.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralSet)]
    [ValidateNotNullOrEmpty]
    public string? QueueConnection { get; set; }

    /// <summary>How long to wait for the workers (default: no limit).</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralSet)]
    public TimeSpan Timeout { get; set; } = System.Threading.Timeout.InfiniteTimeSpan;

    /// <summary>Workers read the files themselves (same path on shared storage) instead of receiving the bytes through Redis.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralSet)]
    public SwitchParameter SharedPath { get; set; }

    /// <summary>Skip template mining (counts only; slightly faster).</summary>
    [Parameter]
    public SwitchParameter NoTemplates { get; set; }

    #endregion

    #region Overrides

    protected override void BeginProcessing()
    {
        var rules = Internal.Rules.Load(this, ConfigPath, ErrorPrefix);
        var options = new LogAnalysisOptions
        {
            Format = Format,
            ThrottleLimit = ThrottleLimit,
            ChunkSize = ChunkSize,
            Templates = !NoTemplates.IsPresent,
        };
        _analyzer = new LogAnalyzer(rules, options);
        if (QueueConnection is not null)
        {
            if (Follow.IsPresent)
                ThrowTerminatingError(new ErrorRecord(new ArgumentException("-Follow runs locally; it cannot be combined with -QueueConnection."), ErrorPrefix + ".FollowNotDistributed", ErrorCategory.InvalidArgument, null));
            try { _queue = Distributed.QueueConnection.Connect(QueueConnection); }
            catch (Distributed.DistributedAnalysisException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ErrorPrefix + "." + ex.Code, ErrorCategory.ConnectionError, null));
            }
        }
    }

    protected override void ProcessRecord()
    {
        // The parameter set of pipeline input is only known here, not in BeginProcessing.
        if (ParameterSetName == InputSet)
        {
            _session ??= _analyzer!.CreateSession("(pipeline)", Format);
            foreach (string s in InputObject) if (s is not null) _session.AddText(s);
            return;
        }
        bool literal = ParameterSetName == LiteralSet;
        foreach (string p in PathResolver.Resolve(this, literal ? LiteralPath : Path, literal, ErrorPrefix))
        {
            if (Directory.Exists(p))
            {
                var inFolder = PathResolver.LogFilesIn(p);
                if (inFolder.Count == 0) WriteWarning($"No log files (*.log, *.json, *.jsonl, *.txt, *.gz …) in '{p}'.");
                _files.AddRange(inFolder);
            }
            else _files.Add(p);
        }
    }

    protected override void EndProcessing()
    {
        if (_session is not null)
        {
            var r = _session.Complete();
            Drain.WriteDiagnostics(this, r.Diagnostics, r.DiagnosticCount, ErrorPrefix);
            WriteObject(r);
            return;
        }
        if (_files.Count == 0) return;
        if (Follow.IsPresent)
        {
            FollowFile();
            return;
        }
        if (PerFile.IsPresent)
        {
            foreach (string f in _files) Emit(new[] { f });
        }
        else Emit(_files);
    }

    protected override void StopProcessing() => _cts.Cancel();

    #endregion

    #region Private

    private void Emit(IReadOnlyList<string> files)
    {
        var analyzer = _analyzer!;
        LogAnalysis result;
        if (_queue is not null)
        {
            var distributed = new Distributed.DistributedAnalyzer(_queue, new Distributed.DistributedOptions { SharedPath = SharedPath.IsPresent });
            var dp = new Distributed.DistributedProgress();
            var timeout = Timeout;
            try
            {
                result = Drain.Run(this, ct => distributed.AnalyzeLogs(files, analyzer.Rules, analyzer.Options, dp, timeout, ct), dp.Bytes, "Analysing logs on workers", 1, _cts.Token, () => dp.ToString());
            }
            catch (Distributed.DistributedAnalysisException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ErrorPrefix + "." + ex.Code, ErrorCategory.OperationStopped, null));
                return;
            }
        }
        else if (!NoCache.IsPresent && TryCached(files, out var cached))
        {
            result = cached;
        }
        else
        {
            var progress = new AnalysisProgress();
            result = Drain.Run(this, ct => analyzer.AnalyzeFiles(files, progress, ct), progress, "Analysing logs", 1, _cts.Token);
        }
        Drain.WriteDiagnostics(this, result.Diagnostics, result.DiagnosticCount, ErrorPrefix);
        WriteObject(result);
    }

    /// <summary>
    /// The analysis through the cache: a hit returns the stored result, a grown log is extended with
    /// its appended bytes, a miss analyses and stores. Files that cannot be read make the cache step
    /// aside (the uncached run reports them as located diagnostics).
    /// </summary>
    private bool TryCached(IReadOnlyList<string> files, out LogAnalysis result)
    {
        result = null!;
        var analyzer = _analyzer!;
        var cache = CacheCommands.Open(this, CachePath);
        var progress = new AnalysisProgress();
        var range = AnalyzerBinding.CreateLogAnalyzer(analyzer.Rules, analyzer.Options, progress);
        var request = new CacheRequest { Cache = cache, WarmStartTemplates = true };
        try
        {
            var r = Drain.Run(this, ct => CachedAnalysis.GetOrAnalyzeLog(files, analyzer.Rules, analyzer.Options, range, request, ct), progress, "Analysing logs", 1, _cts.Token);
            CacheCommands.WriteCacheDiagnostics(this, r.Diagnostics);
            WriteVerbose(r.Outcome switch
            {
                CacheOutcome.Hit => "Cache hit for " + string.Join(", ", files),
                CacheOutcome.Incremental => $"Cache extended for {string.Join(", ", files)}: analysed {r.Info?.IncrementalBytes ?? 0} appended bytes",
                _ => "Cache miss for " + string.Join(", ", files),
            });
            if (r.Steps.Count > 0) WriteVerbose("Cache steps: " + CacheStep.Describe(r.Steps));
            result = r.Result;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            WriteVerbose("Analysing without the cache: " + ex.Message);
            return false;
        }
    }

    /// <summary>
    /// Tails one file: analyses complete lines as they arrive and writes an updated LogAnalysis every
    /// Interval. Work already done up to the last entry boundary is kept and merged with the tail, so
    /// each emitted result equals a full analysis of the file up to its last complete line.
    /// </summary>
    private void FollowFile()
    {
        if (_files.Count != 1)
        {
            ThrowTerminatingError(new ErrorRecord(new ArgumentException("-Follow takes exactly one file."), ErrorPrefix + ".FollowNeedsOneFile", ErrorCategory.InvalidArgument, _files));
        }
        string path = _files[0];
        var analyzer = _analyzer!;
        LogFormat format = Format == LogFormat.Auto ? LogAnalyzer.DetectFormat(path) : Format;
        if (format == LogFormat.SupportDump) format = LogFormat.Stdout;
        LogAnalysis? prefix = null;
        long boundary = 0, lastEnd = -1, lastLength = 0;
        var token = _cts.Token;
        while (!token.IsCancellationRequested)
        {
            long length = new FileInfo(path).Length;
            if (length < lastLength)
            {
                WriteWarning($"'{path}' shrank from {lastLength} to {length} bytes (rotated or truncated); starting over.");
                prefix = null;
                boundary = 0;
                lastEnd = -1;
            }
            lastLength = length;
            long end = LastCompleteLineEnd(path, length);
            if (end != lastEnd)
            {
                long newBoundary = analyzer.FindLastBoundary(path, boundary, end, format);
                if (newBoundary > boundary)
                {
                    var part = analyzer.AnalyzeRange(path, boundary, newBoundary, format, token);
                    prefix = prefix is null ? part : LogAnalysis.Merge(prefix, part, analyzer.Options.MaxDiagnostics, analyzer.Options.MaxTemplates);
                    boundary = newBoundary;
                }
                var tail = analyzer.AnalyzeRange(path, boundary, end, format, token);
                var current = prefix is null ? tail : LogAnalysis.Merge(prefix, tail, analyzer.Options.MaxDiagnostics, analyzer.Options.MaxTemplates);
                WriteObject(current);
                lastEnd = end;
            }
            if (token.WaitHandle.WaitOne(Interval)) break;
        }
        throw new PipelineStoppedException();
    }

    private static long LastCompleteLineEnd(string path, long length)
    {
        if (length == 0) return 0;
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
        var buf = new byte[64 * 1024];
        long pos = length;
        while (pos > 0)
        {
            int n = (int)Math.Min(buf.Length, pos);
            pos -= n;
            int read = RandomAccess.Read(fs.SafeFileHandle, buf.AsSpan(0, n), pos);
            int nl = buf.AsSpan(0, read).LastIndexOf((byte)'\n');
            if (nl >= 0) return pos + nl + 1;
        }
        return 0;
    }

    public void Dispose()
    {
        _cts.Dispose();
        _queue?.Dispose();
    }

    #endregion
}
