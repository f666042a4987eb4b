using System.Globalization;
using System.IO.Hashing;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using RocketChatAnalyzer.Logs;
using StackExchange.Redis;

namespace RocketChatAnalyzer.Distributed;

/// <summary>
/// The submitting side of distributed analysis: splits logs into line-aligned chunks as the local
/// engine does, queues them (whole gzip/support-dump logs and whole dumps as single jobs), waits for
/// the workers and merges the per-chunk results in chunk order, so the result equals
/// <see cref="LogAnalyzer.AnalyzeFiles"/> on the same files bit for bit.
/// <para>
/// Planning follows <c>LogAnalyzer.AnalyzeFiles</c>: for each file, gzip and support-dump logs and
/// files no larger than the chunk size are one job; larger plain files are cut at entry boundaries
/// (<see cref="LogAnalyzer.FindBoundary(string, long, LogFormat)"/>) into chunks of the chunk size
/// C, the last ones smaller (<see cref="PieceSize"/>) so that the workers finish together; the
/// merge contract makes the result independent of where the cuts fall. Unreadable files are
/// answered locally with the engine's own result for them. Results are merged per file, then
/// across files, in input order.
/// </para>
/// Thread-safety: an instance may run several submissions at once (each has its own batch); calls
/// block the calling thread and honour the cancellation token everywhere.
/// </summary>
public sealed class DistributedAnalyzer
{
    /// <summary>Bump when a job's meaning changes (part of result cache keys).</summary>
    public const int QueueFormatVersion = 1;

    private readonly QueueConnection _queue;

    public DistributedAnalyzer(QueueConnection queue, DistributedOptions? options = null)
    {
        _queue = queue ?? throw new ArgumentNullException(nameof(queue));
        Options = options ?? new DistributedOptions();
        if (Options.UploadParallelism < 1) throw new ArgumentOutOfRangeException(nameof(options), "UploadParallelism must be at least 1.");
    }

    public DistributedOptions Options { get; }

    /// <summary>Connects, analyses and disconnects: the one call a cmdlet needs.</summary>
    public static LogAnalysis AnalyzeLogs(string queueConnection, IReadOnlyList<string> paths, AnalysisRules rules, LogAnalysisOptions options,
        DistributedOptions? distributed, DistributedProgress? progress, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var queue = QueueConnection.Connect(queueConnection);
        return new DistributedAnalyzer(queue, distributed).AnalyzeLogs(paths, rules, options, progress, timeout, cancellationToken);
    }

    /// <summary>Connects, analyses the dumps and disconnects.</summary>
    public static IReadOnlyList<DumpJobResult> AnalyzeDumps(string queueConnection, IReadOnlyList<string> paths, AnalysisRules rules, string? dumpOptions,
        DistributedOptions? distributed, DistributedProgress? progress, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var queue = QueueConnection.Connect(queueConnection);
        return new DistributedAnalyzer(queue, distributed).AnalyzeDumps(paths, rules, dumpOptions, progress, timeout, cancellationToken);
    }

    #region Logs

    private sealed class Part
    {
        public int File;
        public LogAnalysis? Local;
        public int Chunk = -1;
    }

    /// <summary>
    /// Analyses <paramref name="paths"/> on the workers and returns the merged result.
    /// </summary>
    /// <exception cref="DistributedAnalysisException">Redis lost, a job dead-lettered (the message carries the worker's error), no workers, lost jobs, timeout.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the queued jobs are withdrawn.</exception>
    public LogAnalysis AnalyzeLogs(IReadOnlyList<string> paths, AnalysisRules rules, LogAnalysisOptions options, DistributedProgress? progress, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        progress ??= new DistributedProgress();
        var analyzer = new LogAnalyzer(rules, options);
        if (paths.Count == 0) return analyzer.NewEmpty();
        string optionsJson = BatchSettings.OptionsToJson(options);
        string? configurationKey = Options.UseResultCache ? ConfigurationKey("log", rules, ResultNeutral(options)) : null;

        using var batch = new JobBatch(_queue, Options, progress, timeout);
        var settings = new BatchSettings
        {
            Kind = "log",
            RulesJson = BatchSettings.RulesToJson(rules),
            RulesHash = rules.Hash,
            OptionsJson = optionsJson,
        };
        // With shared storage a job is only a path and a range: each one goes to Redis as soon as its
        // end boundary is found (pipelined, not waited for), so the workers start on the first chunk
        // while the rest is still being planned. Inputs sent through Redis are uploaded after planning.
        Action<JobEntry, long>? post = Options.SharedPath
            ? (job, bytes) =>
            {
                if (!batch.Started) batch.Start(settings);
                batch.Post(job, bytes);
            }
            : null;
        // Workers alive now, and the bytes of the files after each one: the last chunks of the
        // submission (not of every file) shrink, in step with the workers (PieceSize).
        int slots = Math.Max(1, batch.CountWorkers());
        progress.SetWorkers(slots);
        var later = new long[paths.Count];
        for (int f = paths.Count - 2; f >= 0; f--) later[f] = later[f + 1] + LengthOrZero(paths[f + 1]);
        var parts = new List<Part>();
        var jobs = new List<(JobEntry Job, long Bytes)>();
        var cached = new LogAnalysis?[paths.Count];
        var cacheKeys = new string?[paths.Count];
        for (int f = 0; f < paths.Count; f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string path = paths[f];
            if (configurationKey is not null && TryCachedLog(configurationKey, path, out cacheKeys[f], out cached[f]))
            {
                progress.CacheHit();
                parts.Add(new Part { File = f, Local = cached[f] });
                continue;
            }
            PlanFile(analyzer, batch, f, path, options, slots, later[f], parts, jobs, post);
        }
        progress.SetTotal(jobs.Count);
        foreach (var (_, bytes) in jobs) progress.Bytes.AddTotal(bytes);

        if (jobs.Count > 0)
        {
            if (post is not null)
            {
                progress.SetPhase("Queueing");
                batch.Flush();
                batch.SetTotal(jobs.Count);
            }
            else
            {
                batch.Start(settings with { Total = jobs.Count });
                Queue(batch, jobs, progress, cancellationToken);
            }
        }

        // Collect in chunk order; chunk numbers follow part order, so each part can be merged as soon
        // as it and everything before it is in.
        var results = new LogAnalysis?[jobs.Count];
        var fileResults = new LogAnalysis?[paths.Count];
        var fileRemote = new bool[paths.Count];
        int nextPart = 0;
        void MergeReady()
        {
            while (nextPart < parts.Count)
            {
                var p = parts[nextPart];
                LogAnalysis? r = p.Local;
                if (r is null)
                {
                    r = results[p.Chunk];
                    if (r is null) return;
                    results[p.Chunk] = null;
                    fileRemote[p.File] = true;
                }
                fileResults[p.File] = fileResults[p.File] is null ? r : LogAnalysis.Merge(fileResults[p.File]!, r, options.MaxDiagnostics, options.MaxTemplates);
                nextPart++;
            }
        }
        MergeReady();
        if (jobs.Count > 0)
        {
            var chunks = new int[jobs.Count];
            for (int i = 0; i < chunks.Length; i++) chunks[i] = i;
            batch.Collect(chunks, timeout, (chunk, payload, error) =>
            {
                if (error is not null)
                    throw new DistributedAnalysisException(DistributedErrorCode.JobFailed,
                        $"{jobs[chunk].Job} could not be analysed: {error}. The job is in the dead-letter stream '{(string?)_queue.Keys.DeadLetters}' on {_queue.Endpoint}.");
                try { results[chunk] = PartialResult.Unpack(payload!); }
                catch (Exception ex) when (ex is InvalidDataException or Newtonsoft.Json.JsonException)
                {
                    throw new DistributedAnalysisException(DistributedErrorCode.JobFailed, $"The result of {jobs[chunk].Job} cannot be read: {ex.Message}", ex);
                }
                MergeReady();
            }, cancellationToken);
        }
        progress.SetPhase("Merging");
        LogAnalysis? total = null;
        for (int f = 0; f < paths.Count; f++)
        {
            var r = fileResults[f];
            if (r is null) continue;
            if (configurationKey is not null && cacheKeys[f] is not null && cached[f] is null && fileRemote[f]) StoreCached(cacheKeys[f]!, r);
            total = total is null ? r : LogAnalysis.Merge(total, r, options.MaxDiagnostics, options.MaxTemplates);
        }
        progress.SetPhase("Done");
        return total ?? analyzer.NewEmpty();
    }

    /// <summary>Adds the parts of one file: one job for a whole file, else chunks cut at entry boundaries (<see cref="PieceSize"/>).</summary>
    private void PlanFile(LogAnalyzer analyzer, JobBatch batch, int f, string path, LogAnalysisOptions options, int slots, long later, List<Part> parts, List<(JobEntry, long)> jobs, Action<JobEntry, long>? post)
    {
        long length;
        LogFormat format;
        bool gzip;
        try
        {
            length = new FileInfo(path).Length;
            (format, gzip) = options.Format == LogFormat.Auto ? FormatSniffer.DetectFile(path) : (options.Format, IsGzipFile(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            parts.Add(new Part { File = f, Local = analyzer.Unreadable(path, ex) });
            return;
        }
        if (gzip || format == LogFormat.SupportDump || length <= options.ChunkSize)
        {
            bool stream = gzip || format == LogFormat.SupportDump;
            if (!Options.SharedPath && length > Options.MaxInlineBytes && stream)
                throw new DistributedAnalysisException(DistributedErrorCode.InputTooLarge,
                    $"'{path}' ({length / 1048576} MB, {(gzip ? "gzip" : "support-dump log")}) is analysed as one job and is too large to send through Redis (limit {Options.MaxInlineBytes / 1048576} MB). Put it on storage the workers share and use -SharedPath.");
            AddJob(batch, f, new JobEntry(batch.Id, jobs.Count, stream ? JobKind.Stream : JobKind.Range, path, 0, length, format, null, false), length, parts, jobs, post);
            return;
        }
        long start = 0;
        while (start < length)
        {
            long end;
            long size = Math.Min(length - start, PieceSize(options.ChunkSize, length - start + later, slots));
            try { end = start + size >= length ? length : analyzer.FindBoundary(path, start + size, format); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                parts.Add(new Part { File = f, Local = analyzer.Unreadable(path, ex) });
                return;
            }
            AddJob(batch, f, new JobEntry(batch.Id, jobs.Count, JobKind.Range, path, start, end, format, null, false), end - start, parts, jobs, post);
            start = end;
        }
    }

    private static long LengthOrZero(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException) { return 0; }
    }

    /// <summary>
    /// The size of the next chunk when <paramref name="remaining"/> bytes of the submission are left to plan:
    /// <paramref name="chunkSize"/>, until the rest of the submission is no more than two chunks per
    /// worker; from there the chunks shrink (a share of the rest per worker, halved), down to an
    /// eighth of the chunk size. Chunks are taken in order, so with equal chunks the worker that
    /// takes the last one finishes up to a whole chunk after the others, which sit idle; with the
    /// shrinking tail they finish within a small chunk of each other (guided self-scheduling).
    /// Any split gives the same merged result; only boundaries move (to the next hard start).
    /// </summary>
    internal static long PieceSize(long chunkSize, long remaining, int workers)
    {
        long floor = Math.Max(1, chunkSize / 8);
        return Math.Min(remaining, Math.Clamp(remaining / (2L * Math.Max(1, workers)), floor, chunkSize));
    }

    private void AddJob(JobBatch batch, int f, JobEntry job, long bytes, List<Part> parts, List<(JobEntry, long)> jobs, Action<JobEntry, long>? post)
    {
        if (!Options.SharedPath) job = job with { DataKey = batch.DataKey(job.Chunk) };
        parts.Add(new Part { File = f, Chunk = job.Chunk });
        jobs.Add((job, bytes));
        post?.Invoke(job, bytes);
    }

    /// <summary>Reads, packs and queues the jobs, a few at a time (memory: UploadParallelism × chunk size).</summary>
    private void Queue(JobBatch batch, List<(JobEntry Job, long Bytes)> jobs, DistributedProgress progress, CancellationToken ct)
    {
        progress.SetPhase("Queueing");
        var po = new ParallelOptions { MaxDegreeOfParallelism = Options.SharedPath ? 1 : Options.UploadParallelism, CancellationToken = ct };
        try
        {
            Parallel.ForEach(jobs, po, item =>
            {
                var (job, bytes) = item;
                byte[]? data = null;
                if (job.DataKey is not null)
                {
                    if (job.Kind == JobKind.Stream)
                    {
                        byte[] whole = File.ReadAllBytes(job.Path);
                        data = Payload.Pack(whole, compress: !FormatSniffer.IsGzip(whole));
                    }
                    else data = Payload.Pack(ReadRange(job.Path, job.Start, job.End), compress: true);
                }
                batch.Enqueue(job, data, bytes);
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            var first = ex.InnerExceptions[0];
            if (first is DistributedAnalysisException or OperationCanceledException) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
            throw new DistributedAnalysisException(DistributedErrorCode.JobFailed, "Could not read an input to send it to the workers: " + first.Message, first);
        }
    }

    private static byte[] ReadRange(string path, long start, long end)
    {
        var buffer = new byte[checked((int)(end - start))];
        using var fs = LogAnalyzer.OpenShared(path);
        int read = 0;
        while (read < buffer.Length)
        {
            int n = RandomAccess.Read(fs.SafeFileHandle, buffer.AsSpan(read), start + read);
            if (n <= 0) throw new IOException($"'{path}' shrank while its chunks were being sent (expected {end} bytes).");
            read += n;
        }
        return buffer;
    }

    private static bool IsGzipFile(string path)
    {
        using var fs = LogAnalyzer.OpenShared(path);
        Span<byte> head = stackalloc byte[2];
        int n = fs.Read(head);
        return FormatSniffer.IsGzip(head.Slice(0, n));
    }

    #endregion

    #region Dumps

    /// <summary>
    /// Analyses whole dumps (folders, zips or single files) on the workers, one job each. One result
    /// per path, in input order; a dump that failed on every delivery has <see cref="DumpJobResult.Error"/>
    /// set and does not stop the others.
    /// </summary>
    /// <param name="paths">Dump folders, zip files or single dump files, as the submitter sees them.</param>
    /// <param name="rules">Rules sent to the workers.</param>
    /// <param name="dumpOptions">The dump analyzer's options as JSON, passed to the workers' <see cref="DumpJobHandler"/> unchanged.</param>
    /// <param name="progress">Updated as jobs are queued and finish; may be null.</param>
    /// <param name="timeout">For the whole submission (<see cref="Timeout.InfiniteTimeSpan"/>: none).</param>
    /// <param name="cancellationToken">Cancels the wait and withdraws the queued jobs.</param>
    public IReadOnlyList<DumpJobResult> AnalyzeDumps(IReadOnlyList<string> paths, AnalysisRules rules, string? dumpOptions, DistributedProgress? progress, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(rules);
        progress ??= new DistributedProgress();
        var results = new DumpJobResult?[paths.Count];
        string? configurationKey = Options.UseResultCache ? ConfigurationKey("dump", rules, dumpOptions ?? "") : null;
        var cacheKeys = new string?[paths.Count];
        using var batch = new JobBatch(_queue, Options, progress, timeout);
        var jobs = new List<(JobEntry Job, long Bytes)>();
        var jobPath = new List<int>();
        for (int i = 0; i < paths.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string path = paths[i];
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                results[i] = new DumpJobResult(path, null, new DistributedAnalysisException(DistributedErrorCode.JobFailed, $"'{path}' does not exist."));
                continue;
            }
            if (configurationKey is not null)
            {
                cacheKeys[i] = ContentKey(configurationKey, path, DumpDigest(path));
                if (TryCached(cacheKeys[i]!, out byte[]? hit))
                {
                    var a = Payload.UnpackJson<DumpAnalysis>(hit!);
                    a.CacheInfo = new CacheInfo { Hit = true, Key = "redis:" + cacheKeys[i] };
                    results[i] = new DumpJobResult(path, a, null);
                    progress.CacheHit();
                    continue;
                }
            }
            bool folder = Directory.Exists(path);
            long bytes = folder ? FolderSize(path) : new FileInfo(path).Length;
            var job = new JobEntry(batch.Id, jobs.Count, JobKind.Dump, path, 0, bytes, LogFormat.Auto, Options.SharedPath ? null : batch.DataKey(jobs.Count), folder);
            jobs.Add((job, bytes));
            jobPath.Add(i);
        }
        progress.SetTotal(jobs.Count);
        foreach (var (_, b) in jobs) progress.Bytes.AddTotal(b);
        if (jobs.Count > 0)
        {
            batch.Start(new BatchSettings
            {
                Kind = "dump",
                RulesJson = BatchSettings.RulesToJson(rules),
                RulesHash = rules.Hash,
                OptionsJson = "{}",
                DumpOptions = dumpOptions,
                Total = jobs.Count,
            });
            progress.SetPhase("Queueing");
            var po = new ParallelOptions { MaxDegreeOfParallelism = Options.UploadParallelism, CancellationToken = cancellationToken };
            Parallel.ForEach(jobs, po, item =>
            {
                byte[]? data = null;
                if (item.Job.DataKey is not null)
                {
                    data = DumpTransfer.Pack(item.Job.Path, out _);
                    if (data.Length > Options.MaxInlineBytes)
                        throw new DistributedAnalysisException(DistributedErrorCode.InputTooLarge,
                            $"The dump '{item.Job.Path}' packs to {data.Length / 1048576} MB, more than can be sent through Redis (limit {Options.MaxInlineBytes / 1048576} MB). Put it on storage the workers share and use -SharedPath.");
                }
                batch.Enqueue(item.Job, data, item.Bytes);
            });
            var chunks = new int[jobs.Count];
            for (int i = 0; i < chunks.Length; i++) chunks[i] = i;
            batch.Collect(chunks, timeout, (chunk, payload, error) =>
            {
                int i = jobPath[chunk];
                if (error is not null)
                {
                    results[i] = new DumpJobResult(paths[i], null, new DistributedAnalysisException(DistributedErrorCode.JobFailed,
                        $"The dump '{paths[i]}' could not be analysed: {error}. The job is in the dead-letter stream '{(string?)_queue.Keys.DeadLetters}' on {_queue.Endpoint}."));
                    return;
                }
                var analysis = Payload.UnpackJson<DumpAnalysis>(payload!);
                if (cacheKeys[i] is not null) StoreCached(cacheKeys[i]!, analysis);
                results[i] = new DumpJobResult(paths[i], analysis, null);
            }, cancellationToken);
        }
        progress.SetPhase("Done");
        var list = new List<DumpJobResult>(paths.Count);
        foreach (var r in results) list.Add(r!);
        return list;
    }

    private static long FolderSize(string path)
    {
        long n = 0;
        foreach (var f in new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories)) n += f.Length;
        return n;
    }

    #endregion

    #region Result cache

    // Keys follow the local cache's recipe — content digest + rules hash + result schema + engine
    // build + result-affecting options — so a change in any of them misses. When the SQLite cache
    // (Cache/CacheKey.cs) is merged, ConfigurationKey/ContentKey should call CacheKey.ForConfiguration
    // and CacheKey.ForContent so both layers share one definition.

    private static readonly string s_engineBuild =
        typeof(DistributedAnalyzer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private static string ResultNeutral(LogAnalysisOptions options) => Payload.ToJson(options with { ThrottleLimit = 1, ChunkSize = 1 });

    private static string ConfigurationKey(string kind, AnalysisRules rules, string options) =>
        Sha256Hex(string.Create(CultureInfo.InvariantCulture,
            $"rca-redis-cache\nkind={kind}\nqueue={QueueFormatVersion}\nschema={DumpAnalysis.SchemaVersion}\nengine={s_engineBuild}\nrules={rules.Hash}\noptions={options}\n"));

    // The path is part of the key: results name their files (Files[].Path, diagnostics).
    private static string ContentKey(string configurationKey, string path, string digest) => Sha256Hex(configurationKey + "path=" + path + "\ncontent=" + digest);

    private bool TryCachedLog(string configurationKey, string path, out string? key, out LogAnalysis? result)
    {
        result = null;
        key = null;
        string digest;
        try { digest = FileDigest(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return false; }
        key = ContentKey(configurationKey, path, digest);
        if (!TryCached(key, out byte[]? hit)) return false;
        try { result = Payload.UnpackJson<LogAnalysis>(hit!); }
        catch (Exception ex) when (ex is InvalidDataException or Newtonsoft.Json.JsonException) { return false; }
        return true;
    }

    private bool TryCached(string key, out byte[]? value)
    {
        RedisValue v = _queue.Run(() => _queue.Database.StringGet(_queue.Keys.Cache(key)));
        _queue.Run(() => _queue.Database.HashIncrement(_queue.Keys.Stats, v.IsNull ? "cacheMisses" : "cacheHits"));
        value = v.IsNull ? null : (byte[])v!;
        return value is not null;
    }

    private void StoreCached<T>(string key, T value) =>
        _queue.Run(() => _queue.Database.StringSet(_queue.Keys.Cache(key), Payload.PackJson(value), Options.ResultCacheTtl));

    private static string FileDigest(string path)
    {
        var h = new XxHash128();
        using var fs = LogAnalyzer.OpenShared(path);
        h.Append(fs);
        return Convert.ToHexString(h.GetCurrentHash()) + ":" + fs.Length.ToString(CultureInfo.InvariantCulture);
    }

    private static string DumpDigest(string path)
    {
        if (!Directory.Exists(path)) return FileDigest(path);
        var files = Directory.GetFiles(path, "*", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (string f in files) sb.Append(Path.GetRelativePath(path, f)).Append('=').Append(FileDigest(f)).Append('\n');
        return Sha256Hex(sb.ToString());
    }

    private static string Sha256Hex(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    #endregion
}
