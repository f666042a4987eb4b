using System.Diagnostics;
using System.Runtime.ExceptionServices;
using RocketChatAnalyzer.Templates;

namespace RocketChatAnalyzer.Cache;

/// <summary>How a caller wants the cache used for one analysis.</summary>
public sealed record CacheRequest
{
    /// <summary>The cache; null analyses without one (<c>-NoCache</c>).</summary>
    public AnalysisCache? Cache { get; init; }

    /// <summary>Stored results created longer ago than this are not used (they are recomputed and replaced).</summary>
    public TimeSpan? MaxAge { get; init; }

    /// <summary>Analyse again even if a result is stored, then store the new result.</summary>
    public bool Refresh { get; init; }

    /// <summary>
    /// Warm-start the template grouping of new analyses from the server's learned model kept in the
    /// cache, and teach it what this call analyses (docs/TEMPLATES.md, "Warm start"). Stored results
    /// and incremental states always keep the model they name, whatever this says. The cmdlets turn
    /// it on; off, a miss gives exactly the uncached result.
    /// </summary>
    public bool WarmStartTemplates { get; init; }

    /// <summary>Record the lookup outcome in the metrics table (hit rate for <c>Test-SystemHealth</c>).</summary>
    public bool RecordMetrics { get; init; } = true;

    /// <summary>Versions put in keys (tests simulate an upgrade with it).</summary>
    internal VersionStamp Versions { get; init; } = VersionStamp.Current;
}

/// <summary>A result with what the cache did to produce it, and the problems the cache met (warnings to write).</summary>
public sealed class CachedResult<T> where T : class
{
    internal CachedResult(T result, CacheOutcome outcome, CacheInfo? info, IReadOnlyList<Diagnostic> diagnostics, TimeSpan elapsed, long bytesAnalysed,
        IReadOnlyList<CacheStep>? steps = null)
    {
        Steps = steps ?? Array.Empty<CacheStep>();
        Result = result;
        Outcome = outcome;
        Info = info;
        Diagnostics = diagnostics;
        Elapsed = elapsed;
        BytesAnalysed = bytesAnalysed;
    }

    /// <summary>The analysis; its <c>CacheInfo</c> is set (null when uncached).</summary>
    public T Result { get; }

    public CacheOutcome Outcome { get; }

    public CacheInfo? Info { get; }

    /// <summary>Cache problems (corrupt file moved aside, cache unavailable, …); analysis diagnostics stay in the result.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public TimeSpan Elapsed { get; }

    /// <summary>Input bytes analysed for this call (0 on a hit).</summary>
    public long BytesAnalysed { get; }

    /// <summary>The steps of the call and when they ran (see <see cref="CacheStep.Describe"/>); steps on different threads overlap.</summary>
    public IReadOnlyList<CacheStep> Steps { get; }
}

/// <summary>
/// "Get or compute" for dumps and logs: the entry points <c>Invoke-RocketChatDumpAnalysis</c>,
/// <c>Invoke-LogAnalysisParallel</c> and <c>Get-AnalysisFromCache</c> share, so a cached result
/// is exactly what an uncached run returns.
/// </summary>
/// <remarks>
/// <para>
/// Keys: <see cref="CacheKey.ForConfiguration(string, AnalysisRules, IEnumerable{KeyValuePair{string, string}})"/> (kind, rules, versions, result-changing options)
/// combined with the content digest and the full path (results name their files, so a result is
/// only reused for the same path).
/// </para>
/// <para>
/// Digests come from the memo when the file's size, times and identity are unchanged. Otherwise
/// the digest is computed on its own thread while the analysis runs (never as a second pass
/// before it); if the digest then finds a stored result, the analysis is cancelled and the stored
/// result returned.
/// </para>
/// <para>
/// Plain log files also keep an incremental state: the partial result of <c>[0, b)</c> where
/// <c>b</c> is the last safe boundary, and the digest of that prefix. When the file has only grown
/// (same file id, not smaller, prefix digest unchanged) the new bytes <c>[b, end)</c> are
/// analysed and merged; rotated, truncated or rewritten files get a full run.
/// </para>
/// <para>
/// Threading: the calling thread blocks; analysis and hashing run on dedicated threads. Nothing
/// here writes to a host: problems come back in <see cref="CachedResult{T}.Diagnostics"/>.
/// </para>
/// </remarks>
public static class CachedAnalysis
{
    internal const string DumpKind = "dump";
    internal const string LogKind = "log";

    #region Dumps

    /// <summary>The analysis of one dump (folder, zip or file), from the cache when possible.</summary>
    /// <param name="path">The dump.</param>
    /// <param name="rules">Effective rules (their hash is part of the key).</param>
    /// <param name="options">
    /// The dump analyzer's options: every public property is part of the key (see
    /// <see cref="CacheKey.Describe"/>) except thread counts and the rules object (its hash is in the key).
    /// </param>
    /// <param name="analyze">The dump analyzer's entry point: (full path, token) → result.</param>
    /// <param name="request">Which cache and how.</param>
    /// <param name="cancellationToken">Stops hashing and analysis.</param>
    public static CachedResult<DumpAnalysis> GetOrAnalyzeDump(string path, AnalysisRules rules, object options,
        Func<string, CancellationToken, DumpAnalysis> analyze, CacheRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyze);
        return GetOrAnalyzeDump(path, rules, options, (p, _, ct) => analyze(p, ct), request, cancellationToken);
    }

    /// <summary>
    /// As <see cref="GetOrAnalyzeDump(string, AnalysisRules, object, Func{string, CancellationToken, DumpAnalysis}, CacheRequest, CancellationToken)"/>,
    /// with an analyzer that can warm-start the log's template grouping: it is given a function from
    /// the dump's server (<see cref="TemplateServer.ForDump"/>) to the model to start from (null: none),
    /// see <see cref="AnalyzerBinding.CreateWarmStartDumpAnalyzer"/>.
    /// </summary>
    public static CachedResult<DumpAnalysis> GetOrAnalyzeDump(string path, AnalysisRules rules, object options,
        Func<string, Func<string, TemplateModel?>, CancellationToken, DumpAnalysis> analyze, CacheRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(analyze);
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        string full = Path.GetFullPath(path);
        var cache = Usable(request.Cache, diagnostics);
        if (cache is null)
        {
            var plain = analyze(full, static _ => null, cancellationToken);
            return new CachedResult<DumpAnalysis>(plain, CacheOutcome.Uncached, null, diagnostics, clock.Elapsed, DumpBytes(plain));
        }

        string configKey = CacheKey.ForConfiguration(DumpKind, rules, CacheKey.Describe(options, s_dumpNeutral), request.Versions);
        var content = DumpContent.Snapshot(full);
        long verifiedAt = AnalysisCache.NowNs();
        string? digest = content.TryKnownDigest(cache, diagnostics);
        if (digest is not null && !request.Refresh
            && TryHit<DumpAnalysis>(cache, Key(configKey, digest, full), request.MaxAge, diagnostics, out var hit))
        {
            hit.Result.CacheInfo = hit.Info;
            return Finish(cache, request, full, hit.Result, CacheOutcome.Hit, hit.Info, diagnostics, clock, 0);
        }

        int maxTemplates = (options as DumpAnalyzerOptions)?.LogOptions.MaxTemplates ?? LogAnalysisOptions.DefaultMaxTemplates;
        var models = new TemplateWarmStart(cache, request.WarmStartTemplates, null, maxTemplates, diagnostics);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var analysis = StartThread(() => analyze(full, models.StartingModelFor, cts.Token));
        if (digest is null)
        {
            try
            {
                digest = content.ComputeDigest(cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "CacheHashFailed", full, null, null,
                    "The dump could not be hashed for the cache (" + ex.Message + "); the result is not cached."));
            }
            if (digest is not null && !request.Refresh
                && TryHit<DumpAnalysis>(cache, Key(configKey, digest, full), request.MaxAge, diagnostics, out var late))
            {
                Abandon(analysis, cts);
                late.Result.CacheInfo = late.Info;
                return Finish(cache, request, full, late.Result, CacheOutcome.Hit, late.Info, diagnostics, clock, 0);
            }
        }

        var result = Await(analysis);
        var elapsed = clock.Elapsed;
        var outcome = request.Refresh ? CacheOutcome.Refreshed : CacheOutcome.Miss;
        CacheInfo info = new() { Hit = false, Key = "" };
        if (digest is not null && content.IsUnchanged())
        {
            string key = Key(configKey, digest, full);
            byte[] encoded = ResultSerializer.Encode(result);
            var entry = new NewEntry(key, configKey, DumpKind, digest, full, encoded, ResultSerializer.Pack(encoded), content.TotalBytes, elapsed);
            var stored = cache.Put(entry, diagnostics);
            models.Stored(result.Log?.TemplateModelId);
            content.RememberDigests(cache, verifiedAt, diagnostics);
            info = new CacheInfo { Hit = false, Key = key, StoredAt = stored.CreatedAt, ExpiresAt = stored.ExpiresAt };
        }
        else if (digest is not null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "CacheInputChanged", full, null, null,
                "The dump changed while it was analysed; the result is not cached."));
        }
        if (result.Log is { } log) models.Learned(log.TemplateKeys);
        models.Commit();
        result.CacheInfo = info;
        return Finish(cache, request, full, result, outcome, info, diagnostics, clock, content.TotalBytes);
    }

    private static readonly HashSet<string> s_dumpNeutral = new(CacheKey.ResultNeutralOptions, StringComparer.Ordinal) { "Rules" };

    private static long DumpBytes(DumpAnalysis d) => d.Log?.BytesProcessed ?? 0;

    #endregion

    #region Logs

    /// <summary>
    /// The merged analysis of log files (in the given order), each file from the cache when
    /// possible, grown plain files incrementally.
    /// </summary>
    public static CachedResult<LogAnalysis> GetOrAnalyzeLog(IReadOnlyList<string> paths, AnalysisRules rules, LogAnalysisOptions options,
        ILogRangeAnalyzer analyzer, CacheRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(request);
        if (paths.Count == 0) throw new ArgumentException("At least one log file is needed.", nameof(paths));
        var clock = Stopwatch.StartNew();
        var steps = new CacheStepClock();
        var diagnostics = new List<Diagnostic>();
        var cache = Usable(request.Cache, diagnostics);
        string configKey = CacheKey.ForConfiguration(LogKind, rules, CacheKey.Describe(options), request.Versions);
        var models = cache is null ? null
            : new TemplateWarmStart(cache, request.WarmStartTemplates && options.Templates, request.WarmStartTemplates ? TemplateServer.ForLogFiles(paths) : null,
                options.MaxTemplates, diagnostics);

        LogAnalysis? merged = null;
        var keys = new List<string>(paths.Count);
        CacheOutcome overall = CacheOutcome.Hit;
        DateTime? storedAt = null, expiresAt = null;
        long incremental = 0, analysed = 0;
        bool allStored = true;
        foreach (string p in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string full = Path.GetFullPath(p);
            var file = cache is null
                ? new FileOutcome(analyzer.AnalyzeFile(full, cancellationToken), CacheOutcome.Uncached, null, new FileInfo(full).Length, 0)
                : new LogFileJob(cache, full, configKey, options, analyzer, request, diagnostics, models!, steps).Run(cancellationToken);
            // Several files: the merge groups with the first model in file order, so stored parts
            // need theirs in memory (one file is returned exactly as stored).
            if (paths.Count > 1 && file.Result.TemplateModelId is { } modelId && file.Result.TemplateModel is null
                && models?.Resolve(modelId) is { } model)
                file.Result.AttachTemplateModel(model);
            merged = merged is null ? file.Result : LogAnalysis.Merge(merged, file.Result, options.MaxDiagnostics, options.MaxTemplates);
            overall = Combine(overall, file.Outcome);
            analysed += file.BytesAnalysed;
            incremental += file.IncrementalBytes;
            if (file.Info is { Key.Length: > 0 } fi)
            {
                keys.Add(fi.Key);
                storedAt = Min(storedAt, fi.StoredAt);
                expiresAt = Min(expiresAt, fi.ExpiresAt);
            }
            else allStored = false;
        }

        models?.Commit();
        CacheInfo? info = null;
        if (cache is not null)
        {
            info = new CacheInfo
            {
                Hit = overall == CacheOutcome.Hit,
                Key = !allStored ? "" : keys.Count == 1 ? keys[0] : CacheKey.Sha256Hex(string.Join("\n", keys)),
                StoredAt = allStored ? storedAt : null,
                ExpiresAt = allStored ? expiresAt : null,
                IncrementalBytes = incremental,
            };
        }
        merged!.CacheInfo = info;
        if (cache is null) return new CachedResult<LogAnalysis>(merged, CacheOutcome.Uncached, null, diagnostics, clock.Elapsed, analysed);
        return Finish(cache, request, paths.Count == 1 ? Path.GetFullPath(paths[0]) : paths.Count + " files", merged, overall, info, diagnostics, clock, analysed, steps);
    }

    private static CacheOutcome Combine(CacheOutcome a, CacheOutcome b)
    {
        // Worst wins: Uncached > Refreshed > Miss > Incremental > Hit.
        static int Rank(CacheOutcome o) => o switch
        {
            CacheOutcome.Hit => 0, CacheOutcome.Incremental => 1, CacheOutcome.Miss => 2, CacheOutcome.Refreshed => 3, _ => 4,
        };
        return Rank(a) >= Rank(b) ? a : b;
    }

    private static DateTime? Min(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : (a < b ? a : b);

    internal sealed record FileOutcome(LogAnalysis Result, CacheOutcome Outcome, CacheInfo? Info, long BytesAnalysed, long IncrementalBytes);

    /// <summary>One log file through the cache: hit, incremental extension, or full run.</summary>
    private sealed class LogFileJob
    {
        private readonly AnalysisCache _cache;
        private readonly string _path;
        private readonly string _configKey;
        private readonly LogAnalysisOptions _options;
        private readonly ILogRangeAnalyzer _analyzer;
        private readonly CacheRequest _request;
        private readonly List<Diagnostic> _diagnostics;
        private readonly DigestAlgorithm _algorithm;
        private readonly string _label;
        private readonly TemplateWarmStart _models;
        private readonly CacheStepClock _steps;

        public LogFileJob(AnalysisCache cache, string path, string configKey, LogAnalysisOptions options, ILogRangeAnalyzer analyzer,
            CacheRequest request, List<Diagnostic> diagnostics, TemplateWarmStart models, CacheStepClock steps)
        {
            _models = models;
            _steps = steps;
            _cache = cache;
            _path = path;
            _configKey = configKey;
            _options = options;
            _analyzer = analyzer;
            _request = request;
            _diagnostics = diagnostics;
            _algorithm = cache.Options.LogDigest;
            _label = ContentDigest.Name(_algorithm);
        }

        public FileOutcome Run(CancellationToken ct)
        {
            var id = FileIdentity.Of(_path);
            if (!_request.Refresh)
            {
                string? digest = _steps.Time("memo lookup", () => _cache.TryGetDigest(_path, _label, id, _diagnostics));
                if (digest is not null && TryHit<LogAnalysis>(_cache, Key(_configKey, digest, _path), _request.MaxAge, _diagnostics, out var hit))
                    return Hit(hit.Result, hit.Info);

                var state = _steps.Time("state query", () => _cache.TryGetLogState(_path, _configKey, _request.MaxAge, _diagnostics));
                if (state is not null && state.PrefixLength > 0 && state.Identity.IsSameFileAs(id) && id.Size >= state.Identity.Size
                    && TryIncremental(state, ct) is FileOutcome extended)
                    return extended;
            }
            return FullRun(ct);
        }

        private FileOutcome Hit(LogAnalysis result, CacheInfo info)
        {
            result.CacheInfo = info;
            return new FileOutcome(result, CacheOutcome.Hit, info, 0, 0);
        }

        /// <summary>Extends the stored state with the appended bytes; null when the prefix no longer matches (then a full run follows).</summary>
        /// <remarks>
        /// The prefix proof (one pass over the whole file) is most of the cost, and nothing else
        /// depends on it: loading the stored state, analysing the appended bytes, merging and
        /// encoding what will be stored run on one thread alongside it (and are thrown away when the
        /// proof fails), while the proof has the other cores; that thread then joins the proof. So
        /// the cores are never oversubscribed (three busy threads on two cores ran about 15 %
        /// slower, measured in bench/Cache). Only writing the row waits for the proof.
        /// </remarks>
        private FileOutcome? TryIncremental(LogState state, CancellationToken ct)
        {
            var clock = Stopwatch.StartNew();
            long verifiedAt = AnalysisCache.NowNs();
            using var handle = OpenForRead(_path);
            var id = FileIdentity.Of(handle, _path);
            if (!state.Identity.IsSameFileAs(id) || id.Size < state.Identity.Size) return null;
            long oldBoundary = state.PrefixLength;
            long size = id.Size;
            // A file of the stored size is most likely unchanged (touched, or changed within the
            // racy window): check the digest before analysing anything. A grown one gets its
            // extension started at once (loading the stored state needs nothing else); where the
            // new prefix ends and the proof to join follow as soon as they are known.
            bool grown = size > state.Identity.Size;
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var plan = new TaskCompletionSource<ExtensionPlan>(TaskCreationOptions.RunContinuationsAsynchronously);
            Task<Extension>? extension = grown ? StartThread(() => Extend(state, oldBoundary, size, plan.Task, cts.Token)) : null;
            long newBoundary = oldBoundary;
            bool planned = false;
            try
            {
                if (grown) newBoundary = _steps.Time("boundary", () => _analyzer.FindBoundary(_path, size, ct));
                if (newBoundary < oldBoundary || newBoundary > size) return null;
                planned = true;
            }
            finally
            {
                if (!planned && extension is not null)
                {
                    plan.TrySetCanceled(ct);
                    Abandon(extension, cts);
                }
            }
            var proof = new ContentDigest.PrefixPass(handle, _algorithm, new[] { oldBoundary, newBoundary, size });
            plan.SetResult(new ExtensionPlan(newBoundary, proof));
            string[] digests;
            try
            {
                int threads = extension is null ? Environment.ProcessorCount : Math.Max(1, Environment.ProcessorCount - 1);
                digests = _steps.Time("prefix proof", () => proof.Run(threads, ct));
            }
            catch (EndOfStreamException)
            {
                if (extension is not null) Abandon(extension, cts);
                return null; // shrank while read
            }
            catch
            {
                // Cancelled or unreadable: the extension must not outlive the call (it reads the handle).
                if (extension is not null) Abandon(extension, cts);
                throw;
            }
            if (!string.Equals(digests[0], state.PrefixDigest, StringComparison.Ordinal))
            {
                if (extension is not null) Abandon(extension, cts);
                return null; // rewritten or rotated in place
            }
            if (extension is null)
            {
                if (string.Equals(digests[2], state.ContentDigest, StringComparison.Ordinal)
                    && TryHit<LogAnalysis>(_cache, state.Key, _request.MaxAge, _diagnostics, out var same))
                {
                    RememberDigest(handle, id, digests[2], verifiedAt);
                    return Hit(same.Result, same.Info);
                }
                return null;
            }

            var extended = _steps.Time("wait for extension", () => Await(extension));
            _diagnostics.AddRange(extended.Diagnostics);
            if (extended.Prepared is not Prepared prepared)
            {
                if (extended.Damage is not null) _cache.DiscardEntry(state.Key, "its incremental state is damaged: " + extended.Damage, _diagnostics);
                return null;
            }
            foreach (var part in extended.Parts!) _models.Learned(part.TemplateKeys);
            var info = Store(handle, id, digests[2], newBoundary, digests[1], prepared, clock.Elapsed, verifiedAt);
            info.IncrementalBytes = size - oldBoundary;
            prepared.Result.CacheInfo = info;
            return new FileOutcome(prepared.Result, CacheOutcome.Incremental, info, size - oldBoundary, size - oldBoundary);
        }

        /// <summary>
        /// The part of an incremental run that does not need the prefix proof: the stored state of
        /// <c>[0, oldBoundary)</c> merged with the analysis of the appended bytes, encoded for storing.
        /// </summary>
        private Extension Extend(LogState state, long oldBoundary, long size, Task<ExtensionPlan> planned, CancellationToken ct)
        {
            LogAnalysis? prefix = null;
            string? damage = null;
            try
            {
                prefix = _steps.Time("load state", () => ResultSerializer.Load<LogAnalysis>(state.PrefixPayload));
            }
            catch (InvalidDataException ex)
            {
                damage = ex.Message;
            }
            // The extension groups with the model the state was started from, so it equals a full
            // analysis with that model; when the model is gone, a full run starts afresh. (Its own
            // diagnostics list: the calling thread is not waiting for it yet.)
            var diagnostics = new List<Diagnostic>();
            if (prefix?.TemplateModelId is { } modelId)
            {
                if (_steps.Time("load model", () => _cache.TemplateModels.Find(modelId, diagnostics)) is { } model) prefix.AttachTemplateModel(model);
                else
                {
                    prefix = null;
                    damage = null;
                }
            }
            var plan = planned.WaitAsync(ct).GetAwaiter().GetResult();
            try
            {
                return prefix is null ? new Extension(null, damage, null, diagnostics)
                    : ExtendState(prefix, oldBoundary, plan.NewBoundary, size, diagnostics, ct);
            }
            finally
            {
                var start = _steps.Now;
                plan.Proof.Help(ct);
                _steps.Done("helped the proof", start);
            }
        }

        private Extension ExtendState(LogAnalysis prefix, long oldBoundary, long newBoundary, long size, List<Diagnostic> diagnostics, CancellationToken ct)
        {
            var parts = _steps.Time("tail analysis", () => _analyzer.AnalyzeRanges(_path, Distinct(oldBoundary, newBoundary, size), ct));
            var mergeStart = _steps.Now;
            LogAnalysis newPrefix = prefix, result;
            if (newBoundary > oldBoundary)
            {
                newPrefix = LogAnalysis.Merge(prefix, parts[0], _options.MaxDiagnostics, _options.MaxTemplates);
                result = LogAnalysis.Merge(newPrefix, parts[1], _options.MaxDiagnostics, _options.MaxTemplates);
            }
            else
            {
                result = LogAnalysis.Merge(prefix, parts[0], _options.MaxDiagnostics, _options.MaxTemplates);
            }
            _steps.Done("merge", mergeStart);
            return new Extension(Prepare(result, newPrefix), null, parts, diagnostics);
        }

        /// <summary>
        /// The outcome of <see cref="Extend"/>: what to store and the parts analysed (what the call
        /// learns, once the proof holds), or nothing when the stored state cannot be continued
        /// (<paramref name="Damage"/> says why when it is damaged; null when its template model is gone).
        /// </summary>
        private sealed record Extension(Prepared? Prepared, string? Damage, IReadOnlyList<LogAnalysis>? Parts, List<Diagnostic> Diagnostics);

        /// <summary>What the extension learns once the main thread has found the new boundary: that boundary, and the proof to join.</summary>
        private sealed record ExtensionPlan(long NewBoundary, ContentDigest.PrefixPass Proof);

        private FileOutcome FullRun(CancellationToken ct)
        {
            var clock = Stopwatch.StartNew();
            long verifiedAt = AnalysisCache.NowNs();
            using var handle = OpenForRead(_path);
            var id = FileIdentity.Of(handle, _path);
            long size = id.Size;
            long boundary = IsCompressed(handle) ? -1 : _analyzer.FindBoundary(_path, size, ct);
            bool split = boundary > 0 && boundary <= size;

            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var analysis = StartThread(() => _steps.Time("analysis", () => split
                ? _analyzer.AnalyzeRanges(_path, new[] { 0, boundary, size }, cts.Token)
                : (IReadOnlyList<LogAnalysis>)new[] { _analyzer.AnalyzeFile(_path, cts.Token) }));

            // Hash alongside the analysis, one thread: the analysis has the other cores.
            string[]? digests = null;
            try
            {
                digests = _steps.Time("digest", () => ContentDigest.OfPrefixes(handle, _algorithm, split ? new[] { boundary, size } : new[] { size }, 1, ct));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "CacheHashFailed", _path, null, null,
                    "The file could not be hashed for the cache (" + ex.Message + "); the result is not cached."));
            }
            string? content = digests?[^1];
            if (content is not null && !_request.Refresh
                && TryHit<LogAnalysis>(_cache, Key(_configKey, content, _path), _request.MaxAge, _diagnostics, out var late))
            {
                Abandon(analysis, cts);
                RememberDigest(handle, id, content, verifiedAt);
                return Hit(late.Result, late.Info);
            }

            var starting = _steps.Time("load model", _models.StartingModel); // while the analysis runs
            var parts = _steps.Time("wait for analysis", () => Await(analysis));
            if (starting is { } model) parts[0].UseTemplateModel(model); // a merge passes it on
            foreach (var part in parts) _models.Learned(part.TemplateKeys);
            LogAnalysis? prefix = split ? parts[0] : null;
            var result = split ? LogAnalysis.Merge(parts[0], parts[1], _options.MaxDiagnostics, _options.MaxTemplates) : parts[0];
            var outcome = _request.Refresh ? CacheOutcome.Refreshed : CacheOutcome.Miss;
            CacheInfo info = new() { Hit = false, Key = "" };
            if (content is not null)
                info = Store(handle, id, content, split ? boundary : (long?)null, split ? digests![0] : null, Prepare(result, prefix), clock.Elapsed, verifiedAt);
            result.CacheInfo = info;
            return new FileOutcome(result, outcome, info, size, 0);
        }

        /// <summary>What a log row stores: the result, and the state of its prefix when it has one, encoded and compressed.</summary>
        private sealed record Prepared(LogAnalysis Result, byte[] Encoded, byte[] Payload, byte[]? PrefixPayload);

        private Prepared Prepare(LogAnalysis result, LogAnalysis? prefix)
        {
            _steps.Time("templates", () => result.Templates.Count);
            byte[] encoded = _steps.Time("encode result", () => ResultSerializer.Encode(result));
            byte[]? state = prefix is null ? null : _steps.Time("encode state", () => ResultSerializer.EncodeState(prefix));
            var start = _steps.Now;
            byte[] payload = ResultSerializer.Pack(encoded);
            byte[]? prefixPayload = state is null ? null : ResultSerializer.Pack(state);
            _steps.Done("compress", start);
            return new Prepared(result, encoded, payload, prefixPayload);
        }

        private CacheInfo Store(Microsoft.Win32.SafeHandles.SafeFileHandle handle, FileIdentity id, string content, long? prefixLength,
            string? prefixDigest, Prepared prepared, TimeSpan elapsed, long verifiedAt)
        {
            var after = FileIdentity.Of(handle, _path);
            // The ranges analysed end at the size seen at the start, so growth meanwhile is harmless;
            // a shrink or a different file means what was read is not what is there.
            if (after.Size < id.Size || !after.IsSameFileAs(id))
            {
                _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "CacheInputChanged", _path, null, null,
                    "The file was truncated or replaced while it was analysed; the result is not cached."));
                return new CacheInfo { Hit = false, Key = "" };
            }
            string key = Key(_configKey, content, _path);
            var entry = new NewEntry(key, _configKey, LogKind, content, _path, prepared.Encoded, prepared.Payload, id.Size, elapsed)
            {
                Identity = prefixLength is null ? null : id,
                PrefixLength = prefixLength,
                PrefixDigest = prefixDigest,
                PrefixPayload = prepared.PrefixPayload,
            };
            var stored = _cache.Put(entry, _diagnostics, _steps);
            _steps.Time("model used", () => { _models.Stored(prepared.Result.TemplateModelId); return true; });
            if (after == id) _steps.Time("memo", () => { RememberDigest(handle, id, content, verifiedAt); return true; });
            return new CacheInfo { Hit = false, Key = key, StoredAt = stored.CreatedAt, ExpiresAt = stored.ExpiresAt };
        }

        private void RememberDigest(Microsoft.Win32.SafeHandles.SafeFileHandle handle, FileIdentity id, string digest, long verifiedAt)
        {
            if (FileIdentity.Of(handle, _path) == id) _cache.PutDigest(_path, _label, id, digest, verifiedAt, _diagnostics);
        }

        private static long[] Distinct(long a, long b, long c) => a == b ? new[] { a, c } : new[] { a, b, c };

        private static bool IsCompressed(Microsoft.Win32.SafeHandles.SafeFileHandle handle)
        {
            Span<byte> magic = stackalloc byte[2];
            return RandomAccess.Read(handle, magic, 0) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        }
    }

    #endregion

    #region Template models

    /// <summary>
    /// The learned template model with this id (<see cref="LogAnalysis.TemplateModelId"/> of a
    /// result), or null when the cache no longer has it. Models are kept at least as long as the
    /// results that name them.
    /// </summary>
    public static TemplateModel? FindTemplateModel(AnalysisCache cache, string modelId, ICollection<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(modelId);
        return cache.TemplateModels.Find(modelId, diagnostics);
    }

    /// <summary>The current learned template model of a server (<see cref="TemplateServer"/>), or null.</summary>
    public static TemplateModel? FindServerTemplateModel(AnalysisCache cache, string server, ICollection<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(server);
        return cache.TemplateModels.Current(server, diagnostics);
    }

    #endregion

    #region Shared

    // A cache that already turned itself off is skipped (no hashing for nothing), with its reason.
    private static AnalysisCache? Usable(AnalysisCache? cache, List<Diagnostic> diagnostics)
    {
        if (cache is null || cache.IsAvailable) return cache;
        cache.ProbeWritable(diagnostics);
        return null;
    }

    private static string Key(string configKey, string digest, string fullPath) => CacheKey.ForContent(configKey, digest + "\n" + fullPath);

    private static bool TryHit<T>(AnalysisCache cache, string key, TimeSpan? maxAge, List<Diagnostic> diagnostics, out (T Result, CacheInfo Info) hit)
        where T : class
    {
        hit = default;
        var stored = cache.TryGet(key, maxAge, diagnostics);
        if (stored is null) return false;
        T value;
        try
        {
            value = ResultSerializer.Decode<T>(stored.Encoded);
        }
        catch (InvalidDataException ex)
        {
            cache.DiscardEntry(key, "its stored result cannot be read: " + ex.Message, diagnostics);
            return false;
        }
        hit = (value, new CacheInfo { Hit = true, Key = key, StoredAt = stored.CreatedAt, ExpiresAt = stored.ExpiresAt });
        return true;
    }

    private static CachedResult<T> Finish<T>(AnalysisCache cache, CacheRequest request, string source, T result, CacheOutcome outcome,
        CacheInfo? info, List<Diagnostic> diagnostics, Stopwatch clock, long bytesAnalysed, CacheStepClock? steps = null) where T : class
    {
        var elapsed = clock.Elapsed;
        var metricsStart = steps?.Now ?? TimeSpan.Zero;
        if (!cache.IsAvailable) outcome = CacheOutcome.Uncached;
        else if (request.RecordMetrics) cache.RecordLookup(outcome, source, elapsed, bytesAnalysed, diagnostics);
        steps?.Done("metrics", metricsStart);
        return new CachedResult<T>(result, outcome, info, Dedupe(diagnostics), elapsed, bytesAnalysed, steps?.Steps());
    }

    // The same cache problem can be met by several operations of one call; report it once.
    private static List<Diagnostic> Dedupe(List<Diagnostic> list)
    {
        var seen = new HashSet<Diagnostic>();
        var result = new List<Diagnostic>(list.Count);
        foreach (var d in list) if (seen.Add(d)) result.Add(d);
        return result;
    }

    internal static Microsoft.Win32.SafeHandles.SafeFileHandle OpenForRead(string path) =>
        File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);

    // Analysis and hashing block for seconds: dedicated threads, not pool threads the analyzer's own
    // Parallel loops need.
    private static Task<T> StartThread<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static T Await<T>(Task<T> task)
    {
        try
        {
            return task.GetAwaiter().GetResult();
        }
        catch (AggregateException ae) when (ae.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(ae.InnerExceptions[0]).Throw();
            throw;
        }
    }

    // Cancels work whose result is no longer needed and waits for it, so no thread outlives the
    // call. Whatever that work throws is moot: its result would have been thrown away.
    private static void Abandon(Task task, CancellationTokenSource cts)
    {
        cts.Cancel();
        try { task.GetAwaiter().GetResult(); }
        catch (Exception) { }
    }

    #endregion
}
