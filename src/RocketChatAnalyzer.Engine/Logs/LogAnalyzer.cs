using System.Runtime.CompilerServices;
using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Compression;
using RocketChatAnalyzer.Logs;

namespace RocketChatAnalyzer;

/// <summary>
/// The log engine's entry point: source (files, chunks, streams) → matcher (<see cref="PatternSet"/>)
/// → sink (<see cref="LogAccumulator"/>), run on worker threads and merged in input order.
/// <para>
/// Large plain files are split into byte ranges of <see cref="LogAnalysisOptions.ChunkSize"/> whose
/// boundaries are moved forward to the next entry boundary (a "hard start" line), so any chunk
/// size and any number of threads give the result of one sequential pass. Support-dump files are
/// scanned sequentially into batches of queue items that workers parse. Gzip files and streams are
/// read sequentially. Memory is bounded by threads × buffer size, never by file size.
/// </para>
/// Thread-safety: an instance is immutable and may run several analyses at once. Methods block the
/// calling thread; they never touch PowerShell.
/// </summary>
public sealed class LogAnalyzer
{
    private PatternSet? _patterns;

    public LogAnalyzer(AnalysisRules rules, LogAnalysisOptions? options = null)
    {
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        Options = options ?? new LogAnalysisOptions();
        if (Options.ThrottleLimit < 1) throw new ArgumentOutOfRangeException(nameof(options), "ThrottleLimit must be at least 1.");
        if (Options.ChunkSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "ChunkSize must be at least 1 byte.");
        if (Options.Templates) Templates.TemplateWarmUp.Start();
    }

    public AnalysisRules Rules { get; }

    public LogAnalysisOptions Options { get; }

    /// <summary>
    /// The compiled patterns, built on first use and shared by every analyzer of the same rules object
    /// (<see cref="PatternSet.For"/>): planning chunks (<see cref="FindBoundary(string, long, LogFormat)"/>)
    /// never needs them, so a distributed submitter does not compile what only its workers run.
    /// </summary>
    internal PatternSet Patterns => _patterns ??= PatternSet.For(Rules);

    /// <summary>Analyses one file.</summary>
    public LogAnalysis AnalyzeFile(string path, AnalysisProgress? progress = null, CancellationToken cancellationToken = default) =>
        AnalyzeFiles(new[] { path }, progress, cancellationToken);

    /// <summary>Analyses files and merges the results in the given order.</summary>
    public LogAnalysis AnalyzeFiles(IReadOnlyList<string> paths, AnalysisProgress? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var units = new List<Unit>();
        for (int f = 0; f < paths.Count; f++)
        {
            string path = paths[f];
            long length;
            LogFormat format;
            bool gzip;
            try
            {
                length = new FileInfo(path).Length;
                (format, gzip) = Options.Format == LogFormat.Auto ? FormatSniffer.DetectFile(path) : (Options.Format, IsGzipFile(path));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                units.Add(new Unit(f, path, LogFormat.Auto, false, 0, 0, 0, Whole: true, Ready: Unreadable(path, ex)));
                continue;
            }
            progress?.AddTotal(length);
            if (gzip || format == LogFormat.SupportDump || length <= Options.ChunkSize)
            {
                units.Add(new Unit(f, path, format, gzip, 0, length, length, Whole: true));
            }
            else
            {
                long chunk = PieceSize(length);
                long taperFrom = f == paths.Count - 1 ? TaperStart(length, length, chunk) : long.MaxValue;
                for (long pos = 0; pos < length;)
                {
                    long next = Math.Min(length, pos + PieceLength(pos, taperFrom, chunk));
                    units.Add(new Unit(f, path, format, false, pos, next, length, Whole: false));
                    pos = next;
                }
            }
        }

        // Partial results are folded in input order as soon as they are contiguous, so memory holds
        // one merged result plus the few pieces that finished early, not one result per chunk.
        var fold = new OrderedFold(Merge, MergeConsuming);
        var pooled = new List<int>();
        for (int u = 0; u < units.Count; u++)
        {
            Unit unit = units[u];
            if (unit.Ready is not null) fold.Set(u, unit.Ready);
            // Support dumps parallelise internally; run them one at a time so ThrottleLimit holds.
            else if (unit.Whole && !unit.Gzip && unit.Format == LogFormat.SupportDump) fold.Set(u, RunUnit(unit, progress, cancellationToken));
            else pooled.Add(u);
        }
        RunPooled(pooled.Count, i => fold.Set(pooled[i], RunUnit(units[pooled[i]], progress, cancellationToken)), cancellationToken);
        return fold.Result ?? NewEmpty();
    }

    /// <summary>Files above this size are cut into at most <see cref="PiecesPerThread"/> pieces per thread.</summary>
    internal const long LargeFileBytes = 2L << 30;

    internal const int PiecesPerThread = 16;

    /// <summary>
    /// The piece size for a file: <see cref="LogAnalysisOptions.ChunkSize"/>, but for files over
    /// 2 GiB never more than 16 pieces per thread. Each piece carries a fixed cost (its own tables
    /// and partial result), so a constant number of pieces keeps memory the same for 4 GiB as for
    /// 1 GiB while every thread still gets enough pieces to balance the load. Results do not depend
    /// on the piece size (see the merge contract).
    /// </summary>
    private long PieceSize(long length)
    {
        long chunk = Options.ChunkSize;
        if (length > LargeFileBytes) chunk = Math.Max(chunk, (length + (long)PiecesPerThread * Options.ThrottleLimit - 1) / ((long)PiecesPerThread * Options.ThrottleLimit));
        return chunk;
    }

    /// <summary>
    /// Where the job's tail starts: its last ThrottleLimit pieces' worth of bytes is cut into quarter
    /// pieces, so the threads run out of work together instead of one waiting for the other's last
    /// full piece (<see cref="long.MaxValue"/>: no tail, e.g. one thread or a short job).
    /// </summary>
    private long TaperStart(long jobEnd, long jobLength, long chunk)
    {
        int threads = Options.ThrottleLimit;
        return threads > 1 && jobLength / threads > chunk ? jobEnd - threads * chunk : long.MaxValue;
    }

    private static long PieceLength(long pos, long taperFrom, long chunk) => pos >= taperFrom ? Math.Max(1, chunk / 4) : chunk;

    /// <summary>
    /// Runs work items 0..count-1 on at most ThrottleLimit dedicated threads that take the next item
    /// in input order as they become free (dynamic load balancing; reads stay roughly sequential).
    /// </summary>
    private void RunPooled(int count, Action<int> work, CancellationToken ct)
    {
        if (count == 0) return;
        int next = -1;
        int threads = Math.Min(Options.ThrottleLimit, count);
        var tasks = new Task[threads];
        for (int t = 0; t < threads; t++)
        {
            tasks[t] = Task.Factory.StartNew(() =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < count)
                {
                    ct.ThrowIfCancellationRequested();
                    work(i);
                }
            }, ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        try
        {
            Task.WaitAll(tasks, CancellationToken.None);
        }
        catch (AggregateException ex)
        {
            // The first real failure as itself (an IOException, say): callers handle it by type.
            var flat = ex.Flatten().InnerExceptions;
            var first = flat.FirstOrDefault(e => e is not OperationCanceledException) ?? flat[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
    }

    /// <summary>Analyses a stream read sequentially (zip member, gzip, stdin). Support dumps are still parsed by all workers.</summary>
    public LogAnalysis AnalyzeStream(Stream stream, string sourceName, LogFormat format = LogFormat.Auto, AnalysisProgress? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var head = ArrayPool<byte>.Shared.Rent(FormatSniffer.HeadBytes);
        try
        {
            int n = FormatSniffer.ReadFully(stream, head);
            Stream s = new PrefixedStream(head.AsSpan(0, n).ToArray(), stream);
            if (FormatSniffer.IsGzip(head.AsSpan(0, n)))
            {
                var gz = new GZipStream(s, CompressionMode.Decompress);
                return AnalyzeStream(gz, sourceName, format, progress, cancellationToken);
            }
            if (format == LogFormat.Auto) format = FormatSniffer.Detect(head.AsSpan(0, n));
            progress?.SetCurrent(sourceName);
            return format == LogFormat.SupportDump
                ? AnalyzeQueue(s, sourceName, progress, cancellationToken)
                : AnalyzeLines(s, sourceName, format, 0, long.MaxValue, progress, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    /// <summary>
    /// Analyses bytes [start, end) of a plain (uncompressed, non-dump) log file. Both offsets must be
    /// entry boundaries (0, the file length, or values returned by <see cref="FindBoundary(string, long, LogFormat)"/>) for the
    /// results of adjacent ranges to merge exactly.
    /// </summary>
    public LogAnalysis AnalyzeRange(string path, long start, long end, LogFormat format, CancellationToken cancellationToken = default)
    {
        if (format == LogFormat.Auto) format = FormatSniffer.DetectFile(path).Format;
        if (format == LogFormat.SupportDump) throw new ArgumentException("Support-dump files cannot be analysed by range.", nameof(format));
        return AnalyzeFileRange(path, format, start, end, null, cancellationToken);
    }

    /// <summary>
    /// Analyses bytes that were [<paramref name="baseOffset"/>, baseOffset + data.Length) of the plain
    /// (uncompressed, non-dump) log <paramref name="sourceName"/>, e.g. a chunk that travelled through
    /// the distributed queue. Gives exactly what <see cref="AnalyzeRange"/> gives for that range of the
    /// file: byte offsets in diagnostics are absolute, lines are range-relative (as for every chunk).
    /// </summary>
    public LogAnalysis AnalyzeBytes(ReadOnlyMemory<byte> data, string sourceName, long baseOffset, LogFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentOutOfRangeException.ThrowIfNegative(baseOffset);
        if (format == LogFormat.Auto) format = FormatSniffer.Detect(data.Span.Slice(0, Math.Min(data.Length, FormatSniffer.HeadBytes)));
        if (format == LogFormat.SupportDump) throw new ArgumentException("Support-dump files cannot be analysed by range.", nameof(format));
        using var stream = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(data, out ArraySegment<byte> segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false);
        return AnalyzeLines(stream, sourceName, format, baseOffset, data.Length, null, cancellationToken);
    }

    /// <summary>
    /// Analyses the ranges [cuts[i], cuts[i+1]) of a plain log file (cuts must be entry boundaries),
    /// each split into <see cref="LogAnalysisOptions.ChunkSize"/> pieces at entry boundaries (the
    /// job's last ThrottleLimit × ChunkSize bytes into quarter pieces, as <see cref="AnalyzeFiles"/>)
    /// that run on the worker threads and are folded in order: one result per range. Used by the
    /// cache to keep the state of a prefix apart from its tail.
    /// </summary>
    public IReadOnlyList<LogAnalysis> AnalyzeRanges(string path, IReadOnlyList<long> cuts, LogFormat format, AnalysisProgress? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cuts);
        if (cuts.Count < 2) throw new ArgumentException("At least two cuts (one range) are needed.", nameof(cuts));
        if (format == LogFormat.Auto) format = FormatSniffer.DetectFile(path).Format;
        if (format == LogFormat.SupportDump) throw new ArgumentException("Support-dump files cannot be analysed by range.", nameof(format));
        var pieces = new List<(int Range, int Index, long Start, long End)>();
        long chunk = Options.ChunkSize;
        long taperFrom = TaperStart(cuts[^1], cuts[^1] - cuts[0], chunk);
        using (var fs = OpenShared(path))
        {
            long length = fs.Length;
            for (int i = 0; i + 1 < cuts.Count; i++)
            {
                long start = cuts[i], end = cuts[i + 1];
                if (end < start) throw new ArgumentException("Cuts must be ascending.", nameof(cuts));
                long pos = start;
                int index = 0;
                do
                {
                    long piece = PieceLength(pos, taperFrom, chunk);
                    long next = end - pos <= piece ? end : FindBoundary(fs, pos + piece, length, format);
                    if (next > end || next <= pos) next = end;
                    pieces.Add((i, index++, pos, next));
                    pos = next;
                }
                while (pos < end);
            }
        }
        progress?.AddTotal(cuts[^1] - cuts[0]);
        progress?.SetCurrent(path);
        var folds = new OrderedFold[cuts.Count - 1];
        for (int i = 0; i < folds.Length; i++) folds[i] = new OrderedFold(Merge, MergeConsuming);
        RunPooled(pieces.Count, k =>
        {
            var (range, index, start, end) = pieces[k];
            var r = AnalyzeFileRange(path, format, start, end, null, cancellationToken);
            progress?.AddDone(end - start);
            folds[range].Set(index, r);
        }, cancellationToken);
        var results = new LogAnalysis[folds.Length];
        for (int i = 0; i < folds.Length; i++) results[i] = folds[i].Result!;
        return results;
    }

    /// <summary>
    /// The first entry boundary at or after <paramref name="offset"/>: the start of a line that always
    /// begins a new entry (any line for Json/Lines; a JSON, Meteor or Moleculer line for Stdout), or
    /// the file length when there is none.
    /// </summary>
    public long FindBoundary(string path, long offset, LogFormat format)
    {
        if (format == LogFormat.Auto) format = FormatSniffer.DetectFile(path).Format;
        using var fs = OpenShared(path);
        return FindBoundary(fs, offset, fs.Length, format);
    }

    /// <summary>The last entry boundary in [<paramref name="from"/>, <paramref name="to"/>), or <paramref name="from"/> when none lies after it.</summary>
    public long FindLastBoundary(string path, long from, long to, LogFormat format)
    {
        if (format == LogFormat.Auto) format = FormatSniffer.DetectFile(path).Format;
        using var fs = OpenShared(path);
        long last = from;
        long pos = from;
        while (pos < to)
        {
            long b = FindBoundary(fs, pos + 1, to, format);
            if (b >= to) break;
            last = b;
            pos = b;
        }
        return last;
    }

    /// <summary>The format that <see cref="LogFormat.Auto"/> picks for a file.</summary>
    public static LogFormat DetectFormat(string path) => FormatSniffer.DetectFile(path).Format;

    /// <summary>Starts an incremental analysis fed line by line (pipeline input, following a file).</summary>
    public LogSession CreateSession(string sourceName, LogFormat format = LogFormat.Stdout, bool recordLineMap = false)
    {
        if (format is LogFormat.Auto or LogFormat.SupportDump) format = LogFormat.Stdout;
        var options = recordLineMap ? Options with { RecordLineMap = true, Templates = true } : Options;
        return new LogSession(new LogAccumulator(Patterns, options, sourceName, format.ToString()), format, options);
    }

    /// <summary>
    /// Learns the templates of files and, with <paramref name="includeLineMap"/>, maps every entry (in
    /// input order, 1-based) to its TemplateId. The line map reads each file sequentially on one
    /// worker; without it the analysis runs as <see cref="AnalyzeFiles"/> does.
    /// </summary>
    public TemplateMining MineTemplates(IReadOnlyList<string> paths, bool includeLineMap, AnalysisProgress? progress = null, Templates.TemplateModel? model = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (!includeLineMap)
        {
            var a = AnalyzeFiles(paths, progress, cancellationToken);
            if (model is not null) a.UseTemplateModel(model);
            return new TemplateMining(a, null);
        }
        var sequential = new LogAnalyzer(Rules, Options with { ThrottleLimit = 1, RecordLineMap = true, Templates = true });
        var map = new Templates.TemplateLineMap();
        void Piece(LogAccumulator acc, LogAnalysis partial)
        {
            if (acc.TemplateTable is { } table && partial.TotalEntries > 0) map.Add(table, partial.TemplateKeys);
        }
        LogAnalysis? total = null;
        foreach (string path in paths)
        {
            progress?.AddTotal(new FileInfo(path).Length);
            LogAnalysis r;
            try
            {
                var (format, gzip) = Options.Format == LogFormat.Auto ? FormatSniffer.DetectFile(path) : (Options.Format, IsGzipFile(path));
                using var fs = OpenShared(path);
                using Stream s = gzip ? new GZipStream(new CountingStream(fs, progress), CompressionMode.Decompress) : fs;
                var p = gzip ? null : progress;
                r = format == LogFormat.SupportDump
                    ? sequential.AnalyzeQueue(s, path, p, cancellationToken, Piece)
                    : sequential.AnalyzeLines(s, path, format, 0, long.MaxValue, p, cancellationToken, Piece);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                r = Unreadable(path, ex);
            }
            total = total is null ? r : Merge(total, r);
        }
        total ??= NewEmpty();
        var lines = map.Resolve(total, model);
        if (model is not null) total.UseTemplateModel(model);
        return new TemplateMining(total, lines);
    }

    private LogAnalysis Merge(LogAnalysis a, LogAnalysis b) => LogAnalysis.Merge(a, b, Options.MaxDiagnostics, Options.MaxTemplates);

    private LogAnalysis MergeConsuming(LogAnalysis a, LogAnalysis b) => LogAnalysis.Merge(a, b, Options.MaxDiagnostics, Options.MaxTemplates, consumeLeft: true);

    internal LogAnalysis NewEmpty()
    {
        var r = new LogAnalysis { TopMessagesPerLevel = Options.TopMessagesPerLevel };
        foreach (var p in Patterns.Patterns) r.PatternCounts[p] = 0;
        return r;
    }

    internal LogAnalysis Unreadable(string path, Exception ex)
    {
        var acc = new LogAccumulator(Patterns, Options, path, "Unknown");
        acc.AddDiagnostic(DiagnosticSeverity.Error, "Unreadable", null, null, "Cannot read the file: " + ex.Message);
        return acc.ToAnalysis();
    }

    private readonly record struct Unit(int FileIndex, string Path, LogFormat Format, bool Gzip, long Start, long End, long Length, bool Whole, LogAnalysis? Ready = null);

    private LogAnalysis RunUnit(Unit unit, AnalysisProgress? progress, CancellationToken ct)
    {
        try
        {
            progress?.SetCurrent(unit.Path);
            if (unit.Gzip)
            {
                using var fs = OpenShared(unit.Path);
                var counting = new CountingStream(fs, progress);
                using var gz = new GZipStream(counting, CompressionMode.Decompress);
                LogFormat format = unit.Format;
                return format == LogFormat.SupportDump
                    ? AnalyzeQueue(gz, unit.Path, null, ct)
                    : AnalyzeLines(gz, unit.Path, format, 0, long.MaxValue, null, ct);
            }
            if (unit.Format == LogFormat.SupportDump)
            {
                using var fs = OpenShared(unit.Path);
                return AnalyzeQueue(fs, unit.Path, progress, ct);
            }
            if (unit.Whole) return AnalyzeFileRange(unit.Path, unit.Format, 0, unit.Length, progress, ct);
            using (var fs = OpenShared(unit.Path))
            {
                long start = FindBoundary(fs, unit.Start, unit.Length, unit.Format);
                long end = unit.End >= unit.Length ? unit.Length : FindBoundary(fs, unit.End, unit.Length, unit.Format);
                if (start >= end)
                {
                    progress?.AddDone(unit.End - unit.Start);
                    return LogAccumulator.Empty(Patterns, Options, unit.Path, unit.Format.ToString());
                }
                var r = AnalyzeFileRange(unit.Path, unit.Format, start, end, null, ct);
                progress?.AddDone(unit.End - unit.Start);
                return r;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Unreadable(unit.Path, ex);
        }
    }

    private LogAnalysis AnalyzeFileRange(string path, LogFormat format, long start, long end, AnalysisProgress? progress, CancellationToken ct)
    {
        using var fs = OpenShared(path);
        fs.Position = start;
        var r = AnalyzeLines(fs, path, format, start, end - start, progress, ct);
        return r;
    }

    // Hot loops are compiled fully optimised at first call: an analysis is over before tiering would catch up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LogAnalysis AnalyzeLines(Stream stream, string source, LogFormat format, long startOffset, long limit, AnalysisProgress? progress, CancellationToken ct, Action<LogAccumulator, LogAnalysis>? pieceDone = null)
    {
        if (format == LogFormat.Auto) format = LogFormat.Stdout;
        var acc = new LogAccumulator(Patterns, Options, source, format.ToString());
        var asm = new EntryAssembler(acc, format, Options);
        using var reader = new LineReader(stream, startOffset, limit, Options.MaxEntryBytes);
        long lineNo = 0;
        long reported = 0;
        while (reader.TryReadLine(out var line, out long offset, out bool truncated))
        {
            lineNo++;
            asm.AddLine(line, lineNo, offset, truncated);
            if ((lineNo & 4095) == 0)
            {
                ct.ThrowIfCancellationRequested();
                if (progress is not null) { long b = reader.BytesRead; progress.AddDone(b - reported); reported = b; }
            }
        }
        asm.Flush();
        acc.Lines = lineNo;
        acc.Bytes = reader.BytesRead;
        progress?.AddDone(reader.BytesRead - reported);
        if (limit != long.MaxValue && reader.BytesRead < limit)
            acc.AddDiagnostic(DiagnosticSeverity.Warning, "FileChanged", null, startOffset + reader.BytesRead, $"The file ended {limit - reader.BytesRead} bytes earlier than expected (it shrank while being read).");
        var result = acc.ToAnalysis();
        pieceDone?.Invoke(acc, result);
        return result;
    }

    private sealed class Batch
    {
        public Batch(int index) { Index = index; }
        public readonly int Index;
        public readonly ScratchBuffer Data = new(1 << 16);
        public readonly List<(int Start, int Length, long Offset, bool Truncated)> Items = new();
    }

    /// <summary>Support dump: one scanner thread (the caller) feeds batches of queue items to workers.</summary>
    private LogAnalysis AnalyzeQueue(Stream stream, string source, AnalysisProgress? progress, CancellationToken ct, Action<LogAccumulator, LogAnalysis>? pieceDone = null)
    {
        int workers = Math.Max(1, Options.ThrottleLimit);
        long target = Math.Clamp(Options.ChunkSize, 4096, 16L << 20);
        long forceCut = Math.Max(64L << 20, target * 4);
        using var queue = new BlockingCollection<Batch>(workers * 2);
        var fold = new OrderedFold(Merge, MergeConsuming);
        var tasks = new Task[workers];
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        for (int w = 0; w < workers; w++)
        {
            tasks[w] = Task.Run(() =>
            {
                var parser = new QueueItemParser();
                foreach (var batch in queue.GetConsumingEnumerable(failed.Token))
                {
                    var acc = new LogAccumulator(Patterns, Options, source, nameof(LogFormat.SupportDump));
                    var asm = new EntryAssembler(acc, LogFormat.SupportDump, Options);
                    long item = 0;
                    foreach (var (start, length, offset, truncated) in batch.Items)
                    {
                        item++;
                        parser.Process(batch.Data.Span.Slice(start, length), truncated, item, offset, asm, acc);
                    }
                    asm.Flush();
                    acc.Lines = item;
                    var partial = acc.ToAnalysis();
                    pieceDone?.Invoke(acc, partial); // only used with one worker: batches arrive in order
                    fold.Set(batch.Index, partial);
                }
            }, failed.Token);
        }

        var tail = new LogAccumulator(Patterns, Options, source, nameof(LogFormat.SupportDump));
        int batches = 0;
        long reported = 0;
        try
        {
            using var scanner = new QueueScanner(stream, Options.MaxEntryBytes);
            var element = new ScratchBuffer(1 << 16);
            var current = new Batch(batches++);
            long n = 0;
            while (scanner.TryReadElement(element, out long offset, out bool truncated))
            {
                n++;
                if (current.Data.Length >= target && (IsHardStartElement(element.Span) || current.Data.Length >= forceCut))
                {
                    queue.Add(current, failed.Token);
                    current = new Batch(batches++);
                }
                int start = current.Data.Length;
                current.Data.Append(element.Span);
                current.Items.Add((start, element.Length, offset, truncated));
                if ((n & 1023) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    if (progress is not null) { long b = scanner.BytesRead; progress.AddDone(b - reported); reported = b; }
                }
            }
            queue.Add(current, failed.Token);
            queue.CompleteAdding();
            if (scanner.Problem is { } p)
                tail.AddDiagnostic(p.Code == "TruncatedJson" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, p.Code, null, p.Offset, p.Message);
            tail.Bytes = scanner.BytesRead;
            progress?.AddDone(scanner.BytesRead - reported);
            Task.WaitAll(tasks, CancellationToken.None);
        }
        catch
        {
            failed.Cancel();
            queue.CompleteAdding();
            try { Task.WaitAll(tasks, CancellationToken.None); } catch (AggregateException) { }
            throw;
        }

        var tailResult = tail.ToAnalysis();
        fold.Set(batches, tailResult);
        return fold.Result!;
    }

    /// <summary>A queue element whose <c>string</c> starts with <c>{</c> (a JSON log line) or that has no <c>string</c>.</summary>
    private static bool IsHardStartElement(ReadOnlySpan<byte> element)
    {
        int k = element.IndexOf("\"string\""u8);
        if (k < 0) return true;
        int i = k + 8;
        while (i < element.Length && (element[i] == ' ' || element[i] == ':')) i++;
        return i + 1 < element.Length && element[i] == '"' && element[i + 1] == '{';
    }

    private static long FindBoundary(FileStream fs, long offset, long length, LogFormat format)
    {
        if (offset <= 0) return 0;
        if (offset >= length) return length;
        byte[] buf = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var scratch = new ScratchBuffer(1024);
        try
        {
            // Start of the first line at or after offset: after the first '\n' at or after offset-1.
            long pos = NextLineStart(fs, offset - 1, length, buf);
            while (pos < length)
            {
                if (format is LogFormat.Json or LogFormat.Lines) return pos;
                int n = RandomAccess.Read(fs.SafeFileHandle, buf.AsSpan(0, 1024), pos);
                ReadOnlySpan<byte> head = buf.AsSpan(0, n);
                int nl = head.IndexOf((byte)'\n');
                if (nl >= 0) head = head.Slice(0, nl);
                if (EntryAssembler.IsHardStart(head, format, scratch)) return pos;
                pos = NextLineStart(fs, pos, length, buf);
            }
            return length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buf);
        }
    }

    /// <summary>Offset after the first '\n' at or after <paramref name="from"/> (the file length when none).</summary>
    private static long NextLineStart(FileStream fs, long from, long length, byte[] buf)
    {
        long pos = from;
        while (pos < length)
        {
            int n = RandomAccess.Read(fs.SafeFileHandle, buf, pos);
            if (n <= 0) return length;
            int nl = buf.AsSpan(0, n).IndexOf((byte)'\n');
            if (nl >= 0) return pos + nl + 1;
            pos += n;
        }
        return length;
    }

    private static bool IsGzipFile(string path)
    {
        using var fs = OpenShared(path);
        Span<byte> head = stackalloc byte[2];
        int n = fs.Read(head);
        return FormatSniffer.IsGzip(head.Slice(0, n));
    }

    internal static FileStream OpenShared(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
}

/// <summary>
/// An analysis fed incrementally (pipeline strings, a followed file). Not thread-safe.
/// </summary>
public sealed class LogSession
{
    private readonly LogAccumulator _acc;
    private readonly EntryAssembler _asm;
    private long _line;
    private long _offset;
    private readonly int _max;

    internal LogSession(LogAccumulator acc, LogFormat format, LogAnalysisOptions options)
    {
        _acc = acc;
        _asm = new EntryAssembler(acc, format, options);
        _max = options.MaxEntryBytes;
    }

    /// <summary>The session's stage-1 template table (null when templates are off); tests and the GA bench read its per-entry keys.</summary>
    internal Templates.TemplateTable? TemplateTable => _acc.TemplateTable;

    /// <summary>Adds text; embedded newlines split it into lines.</summary>
    public void AddText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(text);
        ReadOnlySpan<byte> rest = bytes;
        while (true)
        {
            int nl = rest.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = nl < 0 ? rest : rest.Slice(0, nl);
            _line++;
            bool truncated = line.Length > _max;
            _asm.AddLine(truncated ? line.Slice(0, _max) : line, _line, _offset, truncated);
            _offset += line.Length + 1;
            _acc.Lines = _line;
            _acc.Bytes = _offset;
            if (nl < 0) break;
            rest = rest.Slice(nl + 1);
        }
    }

    /// <summary>Flushes the pending entry and returns the result. The session must not be used afterwards.</summary>
    public LogAnalysis Complete()
    {
        _asm.Flush();
        return _acc.ToAnalysis();
    }

    /// <summary>As <see cref="Complete"/>, with the per-entry template map (session created with recordLineMap).</summary>
    public TemplateMining CompleteWithLineMap(Templates.TemplateModel? model = null)
    {
        var r = Complete();
        if (_acc.TemplateTable is not { } table) return new TemplateMining(r, null);
        var map = new Templates.TemplateLineMap();
        if (r.TotalEntries > 0) map.Add(table, r.TemplateKeys);
        var lines = map.Resolve(r, model);
        if (model is not null) r.UseTemplateModel(model);
        return new TemplateMining(r, lines);
    }
}

/// <summary>
/// Folds partial results into one in input order (piece 0, 1, 2 …) as pieces arrive in any order;
/// a piece is merged as soon as all pieces before it are in. Thread-safe.
/// </summary>
internal sealed class OrderedFold
{
    private readonly Func<LogAnalysis, LogAnalysis, LogAnalysis> _merge;
    private readonly Func<LogAnalysis, LogAnalysis, LogAnalysis>? _consume;
    private readonly Dictionary<int, LogAnalysis> _pending = new();
    private readonly object _lock = new();
    private LogAnalysis? _acc;
    private bool _owned;
    private int _next;

    public OrderedFold(Func<LogAnalysis, LogAnalysis, LogAnalysis> merge, Func<LogAnalysis, LogAnalysis, LogAnalysis>? consumingMerge = null)
    {
        _merge = merge;
        _consume = consumingMerge;
    }

    /// <summary>The merge of pieces 0 .. n-1 (all pieces, once every one was set).</summary>
    public LogAnalysis? Result { get { lock (_lock) return _acc; } }

    public void Set(int index, LogAnalysis piece)
    {
        lock (_lock)
        {
            _pending[index] = piece;
            while (_pending.Remove(_next, out var p))
            {
                // The accumulator is owned here once it is a merge result, so it may be consumed.
                _acc = _acc is null ? p : _owned && _consume is not null ? _consume(_acc, p) : _merge(_acc, p);
                _owned = _acc != p;
                _next++;
            }
        }
    }
}

/// <summary>Templates learned from logs and, when asked for, each entry's TemplateId in input order.</summary>
public sealed record TemplateMining(LogAnalysis Analysis, IEnumerable<LogTemplateLine>? LineMap);
