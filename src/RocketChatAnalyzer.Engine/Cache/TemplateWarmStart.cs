using RocketChatAnalyzer.Templates;

namespace RocketChatAnalyzer.Cache;

/// <summary>
/// One cached analysis call's use of the learned template models: which model new analyses start
/// from (the server's current model, read once per call so every miss of the call uses the same),
/// the models stored results and incremental states name, and what the call learned (written back
/// once, at the end).
/// </summary>
/// <remarks>
/// Rules (docs/TEMPLATES.md, "Warm start"): a stored result is returned as stored; a stored
/// incremental state is continued with the model it names (or, when that model is gone, the file
/// is analysed in full); only full analyses start from the server's current model, and only when
/// the caller asked for warm starts. Learning takes the key tables of the bytes analysed in this
/// call (a hit teaches nothing; an extension teaches its new bytes).
/// Not thread-safe: used by one call; the analysis thread of a dump may call <see cref="StartingModel"/>
/// while the calling thread waits for it.
/// </remarks>
internal sealed class TemplateWarmStart
{
    private readonly AnalysisCache _cache;
    private readonly bool _enabled;
    private readonly int _maxTemplates;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<IReadOnlyList<LogTemplate>> _learned = new();
    private string? _server;
    private bool _loaded;
    private TemplateModel? _starting;

    /// <param name="cache">The cache the models live in.</param>
    /// <param name="enabled">Whether new analyses start from the server's model and the call learns.</param>
    /// <param name="server">The server (<see cref="TemplateServer"/>), when known before the analysis; null for a dump (its analysis names it).</param>
    /// <param name="maxTemplates">The analysis' template cap (bounds the model).</param>
    /// <param name="diagnostics">Where cache problems go.</param>
    public TemplateWarmStart(AnalysisCache cache, bool enabled, string? server, int maxTemplates, List<Diagnostic> diagnostics)
    {
        _cache = cache;
        _enabled = enabled;
        _server = server;
        _maxTemplates = maxTemplates;
        _diagnostics = diagnostics;
    }

    /// <summary>The model a full analysis starts from: the server's current model, or null (warm start off, unknown server, nothing learned yet).</summary>
    public TemplateModel? StartingModel()
    {
        if (!_enabled || _server is null) return null;
        if (!_loaded)
        {
            _starting = _cache.TemplateModels.Current(_server, _diagnostics);
            _loaded = true;
        }
        return _starting;
    }

    /// <summary>For a dump: the analysis has read which server it is; the model it starts from.</summary>
    public TemplateModel? StartingModelFor(string server)
    {
        if (!_enabled) return null;
        if (!string.Equals(_server, server, StringComparison.Ordinal))
        {
            _server = server;
            _loaded = false;
        }
        return StartingModel();
    }

    /// <summary>The model a stored result or state names, or null when it is no longer stored.</summary>
    public TemplateModel? Resolve(string modelId) => _cache.TemplateModels.Find(modelId, _diagnostics);

    /// <summary>Key tables of input analysed in this call, in input order.</summary>
    public void Learned(IReadOnlyList<LogTemplate> keys)
    {
        if (_enabled && keys.Count > 0) _learned.Add(keys);
    }

    /// <summary>A result grouped with <paramref name="modelId"/> was stored: the model must live as long.</summary>
    public void Stored(string? modelId)
    {
        if (modelId is not null) _cache.TemplateModels.MarkUsed(modelId, _diagnostics);
    }

    /// <summary>Folds what was learned into the server's model (one transaction).</summary>
    public void Commit()
    {
        if (_server is not null && _learned.Count > 0) _cache.TemplateModels.Learn(_server, _learned, _maxTemplates, _diagnostics);
        _learned.Clear();
    }
}
