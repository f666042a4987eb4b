using System.Management.Automation;
using RocketChatAnalyzer.Cache;
using RocketChatAnalyzer.Commands.Internal;

namespace RocketChatAnalyzer.Commands;

/// <summary>
/// <para type="synopsis">Analyses a Rocket.Chat support dump (folder, .zip or single file) end to end.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "RocketChatDumpAnalysis", DefaultParameterSetName = PathSet)]
[OutputType(typeof(DumpAnalysis), ParameterSetName = new[] { PathSet, LiteralSet })]
public sealed class InvokeRocketChatDumpAnalysisCommand : PSCmdlet, IDisposable
{
    private const string PathSet = "Path";
    private const string LiteralSet = "LiteralPath";
    private const string ErrorPrefix = "InvokeRocketChatDumpAnalysis";

    private readonly CancellationTokenSource _cts = new();
    private AnalysisRules? _rules;
    private Distributed.QueueConnection? _queue;

    #region Parameters

    /// <summary>Dump folders, .zip files or single dump files (wildcards allowed).</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
    [Alias("DumpPath")]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Dump paths taken literally; binds from Get-ChildItem output by property name.</summary>
    [Parameter(Mandatory = true, ParameterSetName = LiteralSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = Array.Empty<string>();

    [Parameter]
    [Alias("ConfigFile")]
    public string? ConfigPath { get; set; }

    /// <summary>Only findings at or above this severity are returned (counts and the score use all findings).</summary>
    [Parameter]
    public FindingSeverity Severity { get; set; } = FindingSeverity.Info;

    [Parameter]
    [ValidateRange(1, 1024)]
    public int ThrottleLimit { get; set; } = Environment.ProcessorCount;

    /// <summary>Analyse without the analysis cache (neither read nor written).</summary>
    [Parameter]
    public SwitchParameter NoCache { get; set; }

    /// <summary>The cache database (default: the user's cache folder, or $env:RCA_CACHE_PATH).</summary>
    [Parameter]
    public string? CachePath { get; set; }

    /// <summary>Redis connection string: each dump is analysed by a Start-AnalysisWorker process.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? QueueConnection { get; set; }

    /// <summary>How long to wait for the workers (default: no limit).</summary>
    [Parameter]
    public TimeSpan Timeout { get; set; } = System.Threading.Timeout.InfiniteTimeSpan;

    /// <summary>Keep secret setting values in the result (they are redacted by default).</summary>
    [Parameter]
    public SwitchParameter IncludeSecret { get; set; }

    #endregion

    #region Overrides

    protected override void BeginProcessing()
    {
        _rules = Internal.Rules.Load(this, ConfigPath, ErrorPrefix);
        if (QueueConnection is not null)
        {
            try { _queue = Distributed.QueueConnection.Connect(QueueConnection); }
            catch (Distributed.DistributedAnalysisException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ErrorPrefix + "." + ex.Code, ErrorCategory.ConnectionError, null));
            }
        }
    }

    protected override void ProcessRecord()
    {
        bool literal = ParameterSetName == LiteralSet;
        foreach (string input in literal ? LiteralPath : Path)
        {
            foreach (string dump in ResolveOrThrow(input, literal)) Analyze(dump);
        }
    }

    protected override void StopProcessing() => _cts.Cancel();

    #endregion

    #region Private

    /// <summary>A path that does not exist is a terminating error (a typo must not look like an empty dump).</summary>
    private List<string> ResolveOrThrow(string input, bool literal)
    {
        var result = new List<string>();
        try
        {
            if (literal)
            {
                string full = SessionState.Path.GetUnresolvedProviderPathFromPSPath(input, out ProviderInfo provider, out _);
                CheckFileSystem(provider, input);
                if (!File.Exists(full) && !Directory.Exists(full)) ThrowNotFound(input, null);
                result.Add(full);
            }
            else
            {
                var resolved = SessionState.Path.GetResolvedProviderPathFromPSPath(input, out ProviderInfo provider);
                CheckFileSystem(provider, input);
                result.AddRange(resolved);
            }
        }
        catch (ItemNotFoundException ex) { ThrowNotFound(input, ex); }
        catch (System.Management.Automation.DriveNotFoundException ex) { ThrowNotFound(input, ex); }
        return result;
    }

    private void CheckFileSystem(ProviderInfo provider, string input)
    {
        if (string.Equals(provider.Name, "FileSystem", StringComparison.OrdinalIgnoreCase)) return;
        ThrowTerminatingError(new ErrorRecord(new ArgumentException($"'{input}' is on the {provider.Name} provider; a dump must be a file-system path."),
            ErrorPrefix + ".NotFileSystem", ErrorCategory.InvalidArgument, input));
    }

    private void ThrowNotFound(string input, Exception? inner) =>
        ThrowTerminatingError(new ErrorRecord(new ItemNotFoundException($"Cannot find the dump '{input}' because it does not exist.", inner),
            ErrorPrefix + ".PathNotFound", ErrorCategory.ObjectNotFound, input));

    private void Analyze(string dumpPath)
    {
        var progress = new AnalysisProgress();
        // The same options object as Get-AnalysisFromCache builds, so both share cached results.
        var options = AnalyzerBinding.DumpOptions(_rules!, IncludeSecret.IsPresent, Severity, ThrottleLimit);
        if (_queue is not null)
        {
            AnalyzeOnWorkers(dumpPath, options);
            return;
        }
        var analyze = AnalyzerBinding.CreateWarmStartDumpAnalyzer(options, progress);
        WriteVerbose($"Analysing the dump '{dumpPath}'.");
        DumpAnalysis result;
        string activity = "Analysing support dump " + System.IO.Path.GetFileName(dumpPath);
        try
        {
            if (NoCache.IsPresent)
            {
                result = Drain.Run(this, ct => analyze(dumpPath, static _ => null, ct), progress, activity, 3, _cts.Token);
            }
            else
            {
                var request = new CacheRequest { Cache = CacheCommands.Open(this, CachePath), WarmStartTemplates = true };
                var r = Drain.Run(this, ct => CachedAnalysis.GetOrAnalyzeDump(dumpPath, _rules!, options, analyze, request, ct), progress, activity, 3, _cts.Token);
                CacheCommands.WriteCacheDiagnostics(this, r.Diagnostics);
                WriteVerbose(r.Outcome == CacheOutcome.Hit ? "Cache hit for " + dumpPath : "Cache miss for " + dumpPath);
                result = r.Result;
            }
        }
        catch (FileNotFoundException ex)
        {
            ThrowNotFound(dumpPath, ex);
            return;
        }
        catch (DirectoryNotFoundException ex)
        {
            ThrowNotFound(dumpPath, ex);
            return;
        }
        Drain.WriteDiagnostics(this, result.Diagnostics, result.Diagnostics.Count, ErrorPrefix);
        WriteObject(result);
    }

    private void AnalyzeOnWorkers(string dumpPath, DumpAnalyzerOptions options)
    {
        var distributed = new Distributed.DistributedAnalyzer(_queue!);
        var dp = new Distributed.DistributedProgress();
        string json = Distributed.DumpJobHandlers.OptionsToJson(options);
        var timeout = Timeout;
        IReadOnlyList<Distributed.DumpJobResult> results;
        try
        {
            results = Drain.Run(this, ct => distributed.AnalyzeDumps(new[] { dumpPath }, _rules!, json, dp, timeout, ct), dp.Bytes, "Analysing dumps on workers", 3, _cts.Token, () => dp.ToString());
        }
        catch (Distributed.DistributedAnalysisException ex)
        {
            ThrowTerminatingError(new ErrorRecord(ex, ErrorPrefix + "." + ex.Code, ErrorCategory.OperationStopped, dumpPath));
            return;
        }
        foreach (var r in results)
        {
            if (r.Analysis is not null)
            {
                Drain.WriteDiagnostics(this, r.Analysis.Diagnostics, r.Analysis.Diagnostics.Count, ErrorPrefix);
                WriteObject(r.Analysis);
            }
            else if (r.Error is not null)
            {
                WriteError(new ErrorRecord(r.Error, ErrorPrefix + "." + r.Error.Code, ErrorCategory.OperationStopped, r.Path));
            }
        }
    }

    public void Dispose()
    {
        _cts.Dispose();
        _queue?.Dispose();
    }

    #endregion
}
