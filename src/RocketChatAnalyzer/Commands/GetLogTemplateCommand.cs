using System.Management.Automation;
using RocketChatAnalyzer.Cache;
using RocketChatAnalyzer.Commands.Internal;

namespace RocketChatAnalyzer.Commands;

/// <summary>
/// <para type="synopsis">Groups similar log messages into templates.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "LogTemplate", DefaultParameterSetName = PathSet)]
[OutputType(typeof(LogTemplate), ParameterSetName = new[] { PathSet, LiteralSet, InputSet })]
[OutputType(typeof(LogTemplateLine), ParameterSetName = new[] { PathSet, LiteralSet, InputSet })]
public sealed class GetLogTemplateCommand : PSCmdlet, IDisposable
{
    private const string PathSet = "Path";
    private const string LiteralSet = "LiteralPath";
    private const string InputSet = "InputObject";
    private const string ErrorPrefix = "GetLogTemplate";

    private readonly CancellationTokenSource _cts = new();
    private readonly List<string> _files = new();
    private LogAnalyzer? _analyzer;
    private LogSession? _session;
    private Templates.TemplateModel? _model;
    private string? _modelFile;

    #region Parameters

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    [Parameter(Mandatory = true, ParameterSetName = LiteralSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = Array.Empty<string>();

    [Parameter(Mandatory = true, ParameterSetName = InputSet, ValueFromPipeline = true)]
    [AllowEmptyString]
    public string[] InputObject { get; set; } = Array.Empty<string>();

    [Parameter]
    public LogFormat Format { get; set; } = LogFormat.Auto;

    /// <summary>Emit one object per entry (LineNumber, TemplateId) in input order instead of the templates.</summary>
    [Parameter]
    public SwitchParameter IncludeLineMap { get; set; }

    [Parameter]
    [ValidateRange(1, 1024)]
    public int ThrottleLimit { get; set; } = Environment.ProcessorCount;

    /// <summary>Analyse without the analysis cache: no stored result, no warm start from the learned model of the folder.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralSet)]
    public SwitchParameter NoCache { get; set; }

    /// <summary>The cache database (default: the user's cache folder, or $env:RCA_CACHE_PATH).</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralSet)]
    public string? CachePath { get; set; }

    /// <summary>Template model file: loaded (when it exists) to warm-start the grouping, and saved with what was learned. Used instead of the cache.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ModelPath { get; set; }

    /// <summary>Most templates to keep (further distinct messages are counted as evicted).</summary>
    [Parameter]
    [ValidateRange(1, 1_000_000)]
    public int MaxTemplates { get; set; } = LogAnalysisOptions.DefaultMaxTemplates;

    #endregion

    #region Overrides

    protected override void BeginProcessing()
    {
        // Lines format is one message per line; other formats as in Invoke-LogAnalysisParallel.
        var options = new LogAnalysisOptions { Format = Format, ThrottleLimit = ThrottleLimit, MaxTemplates = MaxTemplates, Templates = true };
        _analyzer = new LogAnalyzer(AnalysisRules.Default, options);
        if (ModelPath is not null)
        {
            _modelFile = SessionState.Path.GetUnresolvedProviderPathFromPSPath(ModelPath);
            if (File.Exists(_modelFile))
            {
                try { _model = Templates.TemplateModel.Load(_modelFile); }
                catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
                {
                    ThrowTerminatingError(new ErrorRecord(ex, ErrorPrefix + ".InvalidModel", ErrorCategory.InvalidData, ModelPath));
                }
                WriteVerbose($"Warm start from the template model '{_modelFile}' ({_model!.Keys.Count} keys).");
            }
        }
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == InputSet)
        {
            _session ??= _analyzer!.CreateSession("(pipeline)", Format == LogFormat.Auto ? LogFormat.Stdout : Format, IncludeLineMap.IsPresent);
            foreach (string s in InputObject) if (s is not null) _session.AddText(s);
            return;
        }
        bool literal = ParameterSetName == LiteralSet;
        foreach (string p in PathResolver.Resolve(this, literal ? LiteralPath : Path, literal, ErrorPrefix))
        {
            if (Directory.Exists(p)) _files.AddRange(PathResolver.LogFilesIn(p));
            else _files.Add(p);
        }
    }

    protected override void EndProcessing()
    {
        TemplateMining mined;
        if (_session is not null)
        {
            if (IncludeLineMap.IsPresent) mined = _session.CompleteWithLineMap(_model);
            else
            {
                var a = _session.Complete();
                if (_model is not null) a.UseTemplateModel(_model);
                mined = new TemplateMining(a, null);
            }
        }
        else if (_files.Count == 0) return;
        else if (_modelFile is null && !NoCache.IsPresent && TryCached(out var cached)) mined = cached;
        else
        {
            var progress = new AnalysisProgress();
            var analyzer = _analyzer!;
            bool map = IncludeLineMap.IsPresent;
            var model = _model;
            mined = Drain.Run(this, ct => analyzer.MineTemplates(_files, map, progress, model, ct), progress, "Learning log templates", 2, _cts.Token);
        }
        if (_modelFile is not null)
        {
            var learned = (_model ?? new Templates.TemplateModel()).Learn(mined.Analysis, MaxTemplates);
            try
            {
                learned.Save(_modelFile);
                WriteVerbose($"Saved the template model to '{_modelFile}' ({learned.Keys.Count} keys).");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                WriteError(new ErrorRecord(ex, ErrorPrefix + ".ModelNotSaved", ErrorCategory.WriteError, ModelPath));
            }
        }
        Drain.WriteDiagnostics(this, mined.Analysis.Diagnostics, mined.Analysis.DiagnosticCount, ErrorPrefix);
        if (mined.Analysis.EvictedTemplates > 0)
            WriteWarning($"{mined.Analysis.EvictedTemplates} entries had messages beyond the template cap and are not grouped; raise -MaxTemplates to group them.");
        if (mined.LineMap is not null)
        {
            long n = 0;
            foreach (var line in mined.LineMap)
            {
                WriteObject(line);
                if ((++n & 8191) == 0 && _cts.IsCancellationRequested) throw new PipelineStoppedException();
            }
            return;
        }
        foreach (var t in mined.Analysis.Templates) WriteObject(t);
    }

    protected override void StopProcessing() => _cts.Cancel();

    #endregion

    #region Private

    /// <summary>
    /// Templates through the analysis cache, as Invoke-LogAnalysisParallel gets them (a stored result,
    /// an extension of a grown log, or a new analysis warm-started from the folder's learned model).
    /// The line map is then mapped with the model the result names, so its ids are the result's.
    /// </summary>
    private bool TryCached(out TemplateMining mined)
    {
        mined = null!;
        var analyzer = _analyzer!;
        var files = _files;
        var cache = CacheCommands.Open(this, CachePath);
        var progress = new AnalysisProgress();
        var range = AnalyzerBinding.CreateLogAnalyzer(analyzer.Rules, analyzer.Options, progress);
        var request = new CacheRequest { Cache = cache, WarmStartTemplates = true };
        CachedResult<LogAnalysis> r;
        try
        {
            r = Drain.Run(this, ct => CachedAnalysis.GetOrAnalyzeLog(files, analyzer.Rules, analyzer.Options, range, request, ct), progress, "Learning log templates", 2, _cts.Token);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            WriteVerbose("Analysing without the cache: " + ex.Message);
            return false;
        }
        CacheCommands.WriteCacheDiagnostics(this, r.Diagnostics);
        WriteVerbose((r.Outcome switch { CacheOutcome.Hit => "Cache hit for ", CacheOutcome.Incremental => "Cache extended for ", _ => "Cache miss for " }) + string.Join(", ", files));
        string? modelId = r.Result.TemplateModelId;
        if (modelId is not null) WriteVerbose($"Templates grouped with the learned template model {modelId} (warm start).");
        if (!IncludeLineMap.IsPresent)
        {
            mined = new TemplateMining(r.Result, null);
            return true;
        }
        var diagnostics = new List<Diagnostic>();
        var model = modelId is null ? null : CachedAnalysis.FindTemplateModel(cache, modelId, diagnostics);
        CacheCommands.WriteCacheDiagnostics(this, diagnostics);
        var mapProgress = new AnalysisProgress();
        var map = Drain.Run(this, ct => analyzer.MineTemplates(files, includeLineMap: true, mapProgress, model, ct), mapProgress, "Mapping entries to templates", 2, _cts.Token);
        mined = new TemplateMining(r.Result, map.LineMap);
        return true;
    }

    #endregion

    public void Dispose() => _cts.Dispose();
}
