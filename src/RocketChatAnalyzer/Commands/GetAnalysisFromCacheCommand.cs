using System.Globalization;
using System.Management.Automation;
using RocketChatAnalyzer.Cache;
using RocketChatAnalyzer.Commands.Internal;

namespace RocketChatAnalyzer.Commands;

/// <summary>
/// <para type="synopsis">Returns the analysis of a dump or log from the analysis cache, analysing only what is new or changed.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AnalysisFromCache", DefaultParameterSetName = PathSet)]
[OutputType(typeof(DumpAnalysis), typeof(LogAnalysis), ParameterSetName = new[] { PathSet, LiteralSet })]
public sealed class GetAnalysisFromCacheCommand : PSCmdlet, IDisposable
{
    private const string PathSet = "Path";
    private const string LiteralSet = "LiteralPath";
    internal const string ErrorPrefix = "GetAnalysisFromCache";

    private readonly CancellationTokenSource _cts = new();
    private AnalysisCache? _cache;
    private AnalysisRules _rules = AnalysisRules.Default;

    #region Parameters

    /// <summary>Dumps (folder, zip, file) or logs (files, folders of logs); wildcards allowed.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Dumps or logs, taken literally (no wildcards).</summary>
    [Parameter(Mandatory = true, ParameterSetName = LiteralSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = Array.Empty<string>();

    /// <summary>Stored results older than this are analysed again.</summary>
    [Parameter]
    public TimeSpan? MaxAge { get; set; }

    /// <summary>Analyse again even when a result is stored, and store the new one.</summary>
    [Parameter]
    public SwitchParameter Refresh { get; set; }

    /// <summary>The cache database (default: RCA_CACHE_PATH, else the user's cache folder).</summary>
    [Parameter]
    public string? CachePath { get; set; }

    /// <summary>Analyse the input as a dump or as logs (default: decided from the path).</summary>
    [Parameter]
    public AnalysisInputKind InputKind { get; set; } = AnalysisInputKind.Auto;

    /// <summary>Rules file (part of the cache key).</summary>
    [Parameter]
    [Alias("ConfigFile")]
    public string? ConfigPath { get; set; }

    /// <summary>Log format (logs only).</summary>
    [Parameter]
    public LogFormat Format { get; set; } = LogFormat.Auto;

    /// <summary>Skip template mining (logs only), as Invoke-LogAnalysisParallel -NoTemplates.</summary>
    [Parameter]
    public SwitchParameter NoTemplates { get; set; }

    /// <summary>Keep secret setting values (dumps only).</summary>
    [Parameter]
    public SwitchParameter IncludeSecret { get; set; }

    /// <summary>Only findings of at least this severity (dumps only), as Invoke-RocketChatDumpAnalysis -Severity.</summary>
    [Parameter]
    public FindingSeverity Severity { get; set; } = FindingSeverity.Info;

    /// <summary>Worker threads for an analysis that has to run.</summary>
    [Parameter]
    [ValidateRange(1, 1024)]
    public int ThrottleLimit { get; set; } = Environment.ProcessorCount;

    #endregion

    #region Overrides

    protected override void BeginProcessing()
    {
        _rules = Rules.Load(this, ConfigPath, ErrorPrefix);
        _cache = CacheCommands.Open(this, CachePath);
    }

    protected override void ProcessRecord()
    {
        bool literal = ParameterSetName == LiteralSet;
        foreach (string path in PathResolver.Resolve(this, literal ? LiteralPath : Path, literal, ErrorPrefix))
        {
            var settings = new CacheCommands.Settings(_rules, InputKind, Format, NoTemplates.IsPresent, IncludeSecret.IsPresent, Severity, ThrottleLimit);
            var request = new CacheRequest { Cache = _cache, MaxAge = MaxAge, Refresh = Refresh.IsPresent, WarmStartTemplates = true };
            var run = CacheCommands.Analyze(this, path, settings, request, ErrorPrefix, _cts.Token);
            if (run is null) continue;
            if (run.Steps.Count > 0) WriteVerbose("Cache steps for " + path + ": " + CacheStep.Describe(run.Steps));
            if (run.Outcome == CacheOutcome.Hit) WriteVerbose("Cache hit for " + path);
            else if (run.Outcome == CacheOutcome.Incremental)
                WriteVerbose(string.Format(CultureInfo.InvariantCulture, "Cache extended for {0}: analysed {1} appended bytes", path, run.Info?.IncrementalBytes ?? 0));
            else WriteVerbose(string.Format(CultureInfo.InvariantCulture, "Cache {0} for {1}: analysed {2} bytes", run.Outcome == CacheOutcome.Refreshed ? "refresh" : "miss", path, run.BytesAnalysed));
            WriteObject(run.Result);
        }
    }

    protected override void StopProcessing() => _cts.Cancel();

    #endregion

    public void Dispose() => _cts.Dispose();
}

/// <summary>What the cache cmdlets share: opening the cache, running an analysis through it, writing its problems.</summary>
internal static class CacheCommands
{
    /// <summary>Options of one analysis as the cmdlets take them.</summary>
    internal sealed record Settings(AnalysisRules Rules, AnalysisInputKind Kind, LogFormat Format, bool NoTemplates, bool IncludeSecret,
        FindingSeverity Severity, int ThrottleLimit);

    /// <summary>The outcome of one path.</summary>
    internal sealed record Run(object Result, CacheOutcome Outcome, CacheInfo? Info, long BytesAnalysed, IReadOnlyList<CacheStep> Steps);

    /// <summary>Opens the cache (an explicit path is resolved against the current location); problems become warnings.</summary>
    public static AnalysisCache Open(PSCmdlet cmdlet, string? cachePath)
    {
        string? file = string.IsNullOrEmpty(cachePath) ? null : cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(cachePath);
        var diagnostics = new List<Diagnostic>();
        var cache = AnalysisCache.Open(file, null, diagnostics);
        WriteCacheDiagnostics(cmdlet, diagnostics);
        return cache;
    }

    /// <summary>
    /// Analyses one path (dump or logs) through <paramref name="request"/>, on a worker thread with
    /// progress on the pipeline thread. Per-path failures are written as errors and give null.
    /// </summary>
    public static Run? Analyze(PSCmdlet cmdlet, string path, Settings settings, CacheRequest request, string errorPrefix, CancellationToken token)
    {
        var kind = settings.Kind == AnalysisInputKind.Auto ? AnalysisInput.Detect(path) : settings.Kind;
        var progress = new AnalysisProgress();
        try
        {
            if (kind == AnalysisInputKind.Dump)
            {
                var options = AnalyzerBinding.DumpOptions(settings.Rules, settings.IncludeSecret, settings.Severity, settings.ThrottleLimit);
                var analyze = AnalyzerBinding.CreateWarmStartDumpAnalyzer(options, progress);
                var r = Drain.Run(cmdlet, ct => CachedAnalysis.GetOrAnalyzeDump(path, settings.Rules, options, analyze, request, ct),
                    progress, "Analysing support dump " + System.IO.Path.GetFileName(path), 11, token);
                WriteCacheDiagnostics(cmdlet, r.Diagnostics);
                Drain.WriteDiagnostics(cmdlet, r.Result.Diagnostics, r.Result.Diagnostics.Count, errorPrefix);
                return new Run(r.Result, r.Outcome, r.Info, r.BytesAnalysed, r.Steps);
            }
            else
            {
                var files = Directory.Exists(path) ? PathResolver.LogFilesIn(path) : new List<string> { path };
                if (files.Count == 0)
                {
                    cmdlet.WriteError(new ErrorRecord(new FileNotFoundException($"No log files (*.log, *.json, *.jsonl, *.txt, *.gz …) in '{path}'."),
                        errorPrefix + ".NoLogFiles", ErrorCategory.ObjectNotFound, path));
                    return null;
                }
                var options = new LogAnalysisOptions
                {
                    Format = settings.Format,
                    ThrottleLimit = settings.ThrottleLimit,
                    Templates = !settings.NoTemplates,
                };
                var analyzer = AnalyzerBinding.CreateLogAnalyzer(settings.Rules, options, progress);
                var r = Drain.Run(cmdlet, ct => CachedAnalysis.GetOrAnalyzeLog(files, settings.Rules, options, analyzer, request, ct),
                    progress, "Analysing " + path, 11, token);
                WriteCacheDiagnostics(cmdlet, r.Diagnostics);
                Drain.WriteDiagnostics(cmdlet, r.Result.Diagnostics, r.Result.DiagnosticCount, errorPrefix);
                return new Run(r.Result, r.Outcome, r.Info, r.BytesAnalysed, r.Steps);
            }
        }
        catch (FileNotFoundException ex)
        {
            cmdlet.WriteError(new ErrorRecord(ex, errorPrefix + ".PathNotFound", ErrorCategory.ObjectNotFound, path));
        }
        catch (DirectoryNotFoundException ex)
        {
            cmdlet.WriteError(new ErrorRecord(ex, errorPrefix + ".PathNotFound", ErrorCategory.ObjectNotFound, path));
        }
        catch (UnauthorizedAccessException ex)
        {
            cmdlet.WriteError(new ErrorRecord(ex, errorPrefix + ".AccessDenied", ErrorCategory.PermissionDenied, path));
        }
        catch (IOException ex)
        {
            cmdlet.WriteError(new ErrorRecord(ex, errorPrefix + ".ReadError", ErrorCategory.ReadError, path));
        }
        catch (InvalidDataException ex)
        {
            cmdlet.WriteError(new ErrorRecord(ex, errorPrefix + ".InvalidData", ErrorCategory.InvalidData, path));
        }
        return null;
    }

    /// <summary>Cache problems (moved-aside file, cache unavailable) are warnings: the analysis went on.</summary>
    public static void WriteCacheDiagnostics(PSCmdlet cmdlet, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) cmdlet.WriteWarning(d.Message + " [" + d.Code + ": " + d.Source + "]");
    }

}
