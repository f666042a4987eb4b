using System.Collections.ObjectModel;
using System.Management.Automation;
using RocketChatAnalyzer.Cache;
using RocketChatAnalyzer.Commands.Internal;

namespace RocketChatAnalyzer.Commands;

/// <summary>
/// <para type="synopsis">Measures time, memory, CPU and throughput of an analysis or of any script block.</para>
/// </summary>
[Cmdlet(VerbsDiagnostic.Measure, "AnalysisPerformance", DefaultParameterSetName = ScriptBlockSet)]
[OutputType(typeof(PerformanceMeasurement), ParameterSetName = new[] { ScriptBlockSet, PathSet, LiteralSet })]
public sealed class MeasureAnalysisPerformanceCommand : PSCmdlet, IDisposable
{
    private const string ScriptBlockSet = "ScriptBlock";
    private const string PathSet = "Path";
    private const string LiteralSet = "LiteralPath";
    private const string ErrorPrefix = "MeasureAnalysisPerformance";

    private readonly CancellationTokenSource _cts = new();
    private AnalysisCache? _cache;
    private AnalysisRules _rules = AnalysisRules.Default;

    #region Parameters

    /// <summary>The script block to run (in the current scope, on the pipeline thread, as Measure-Command does).</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ScriptBlockSet)]
    public ScriptBlock? ScriptBlock { get; set; }

    /// <summary>Dumps or logs to analyse and measure; wildcards allowed.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Dumps or logs, taken literally.</summary>
    [Parameter(Mandatory = true, ParameterSetName = LiteralSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = Array.Empty<string>();

    /// <summary>Measure the analysis through the cache (a hit measures the cache) instead of a plain analysis.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralSet)]
    public SwitchParameter UseCache { get; set; }

    /// <summary>Analyse the input as a dump or as logs (default: decided from the path).</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralSet)]
    public AnalysisInputKind InputKind { get; set; } = AnalysisInputKind.Auto;

    /// <summary>Rules file for the analysis.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralSet)]
    [Alias("ConfigFile")]
    public string? ConfigPath { get; set; }

    /// <summary>Worker threads of the analysis.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralSet)]
    [ValidateRange(1, 1024)]
    public int ThrottleLimit { get; set; } = Environment.ProcessorCount;

    /// <summary>Append the figures to the metrics table of the cache database.</summary>
    [Parameter]
    public SwitchParameter Export { get; set; }

    /// <summary>The cache database (default: RCA_CACHE_PATH, else the user's cache folder).</summary>
    [Parameter]
    public string? CachePath { get; set; }

    #endregion

    #region Overrides

    protected override void BeginProcessing()
    {
        if (ParameterSetName != ScriptBlockSet) _rules = Rules.Load(this, ConfigPath, ErrorPrefix);
        if (Export.IsPresent || UseCache.IsPresent) _cache = CacheCommands.Open(this, CachePath);
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == ScriptBlockSet)
        {
            MeasureScriptBlock();
            return;
        }
        bool literal = ParameterSetName == LiteralSet;
        foreach (string path in PathResolver.Resolve(this, literal ? LiteralPath : Path, literal, ErrorPrefix))
        {
            var settings = new CacheCommands.Settings(_rules, InputKind, LogFormat.Auto, false, false, FindingSeverity.Info, ThrottleLimit);
            var request = new CacheRequest { Cache = UseCache.IsPresent ? _cache : null, WarmStartTemplates = true };
            var meter = PerformanceMeter.Start();
            var run = CacheCommands.Analyze(this, path, settings, request, ErrorPrefix, _cts.Token);
            if (run is null) continue;
            // A hit reads nothing of the input; what it processed is what it would otherwise have analysed.
            long bytes = run.Result switch
            {
                LogAnalysis l => l.BytesProcessed,
                _ => InputBytes(path),
            };
            Emit(meter.Stop(run.Result, bytes, path));
        }
    }

    protected override void StopProcessing() => _cts.Cancel();

    #endregion

    #region Private

    private void MeasureScriptBlock()
    {
        var meter = PerformanceMeter.Start();
        // The pipeline thread, the current runspace and scope: the script sees the caller's variables.
        Collection<PSObject> output = InvokeCommand.InvokeScript(false, ScriptBlock!, null);
        long bytes = 0;
        foreach (var o in output)
        {
            bytes += o?.BaseObject switch
            {
                LogAnalysis l => l.BytesProcessed,
                DumpAnalysis d => d.Log?.BytesProcessed ?? 0,
                PerformanceMeasurement p => p.BytesProcessed,
                _ => 0,
            };
        }
        object? result = output.Count switch
        {
            0 => null,
            1 => output[0],
            _ => output.ToArray(),
        };
        Emit(meter.Stop(result, bytes, "ScriptBlock"));
    }

    private void Emit(PerformanceMeasurement m)
    {
        if (Export.IsPresent && _cache is not null)
        {
            var diagnostics = new List<Diagnostic>();
            if (_cache.RecordMeasurement(m, m.Source, diagnostics)) WriteVerbose("Measurement recorded in " + _cache.FilePath);
            CacheCommands.WriteCacheDiagnostics(this, diagnostics);
        }
        WriteObject(m);
    }

    // Bytes on disk of a dump (all files of a folder, or the file).
    private static long InputBytes(string path)
    {
        if (File.Exists(path)) return new FileInfo(path).Length;
        long total = 0;
        foreach (var f in new DirectoryInfo(path).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
            total += f.Length;
        return total;
    }

    public void Dispose() => _cts.Dispose();

    #endregion
}
