using System.Globalization;
using System.IO.Compression;

namespace RocketChatAnalyzer.Dump;

/// <summary>One candidate file of a dump: a file on disk or an archive member.</summary>
internal sealed class DumpEntry
{
    public DumpEntry(string name, string displayPath, string relativePath, string? filePath, long length, Func<Stream> open)
    {
        Name = name;
        DisplayPath = displayPath;
        RelativePath = relativePath;
        FilePath = filePath;
        Length = length;
        Open = open;
        int depth = 0;
        foreach (char c in relativePath) if (c == '/') depth++;
        Depth = depth;
    }

    /// <summary>File name only, e.g. <c>7.8.0-settings.json</c> (used as <see cref="Finding.Source"/>).</summary>
    public string Name { get; }

    /// <summary>Where it is, for messages: a path, or <c>archive.zip!/dir/member</c>.</summary>
    public string DisplayPath { get; }

    /// <summary>Path relative to the dump root with '/' separators (the sort key).</summary>
    public string RelativePath { get; }

    public string? FilePath { get; }

    /// <summary>(Uncompressed) length in bytes.</summary>
    public long Length { get; }

    /// <summary>Folders between the dump root and the file.</summary>
    public int Depth { get; }

    public Func<Stream> Open { get; }

    public string Extension => System.IO.Path.GetExtension(Name).ToLowerInvariant();

    public override string ToString() => DisplayPath;
}

/// <summary>
/// The source layer of the dump analysis: turns the input path (folder, <c>.zip</c> or single file)
/// into a deterministic list of <see cref="DumpEntry"/> (sorted by relative path, ordinal).
/// Archives are read as streams, never extracted; members with unsafe names (zip-slip), suspicious
/// compression ratios or beyond the expansion budget are skipped with a <see cref="Diagnostic"/>.
/// Dispose to close the archive.
/// </summary>
internal sealed class DumpSource : IDisposable
{
    /// <summary>Extensions considered at all (others in a folder/archive are ignored silently).</summary>
    private static readonly HashSet<string> s_candidateExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".json", ".ndjson", ".jsonl", ".log", ".txt", ".gz",
    };

    private ZipArchive? _archive;

    private DumpSource(string path, bool singleFile, List<DumpEntry> entries)
    {
        RootPath = path;
        IsSingleFile = singleFile;
        Entries = entries;
    }

    public string RootPath { get; }

    /// <summary>The input was one (non-archive) file: it is analysed whatever its extension.</summary>
    public bool IsSingleFile { get; }

    public IReadOnlyList<DumpEntry> Entries { get; }

    public void Dispose()
    {
        _archive?.Dispose();
        _archive = null;
    }

    /// <summary>Opens <paramref name="path"/>. Throws <see cref="DumpPathNotFoundException"/> when it does not exist.</summary>
    public static DumpSource Open(string path, DumpAnalyzerOptions options, List<Diagnostic> diagnostics, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(path);
        string full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full)) return OpenFolder(full, diagnostics, ct);
        if (!File.Exists(full)) throw DumpPathNotFoundException.For(path);
        if (IsZip(full)) return OpenZip(full, options, diagnostics, ct);
        var info = new FileInfo(full);
        var entry = new DumpEntry(info.Name, full, info.Name, full, info.Length, () => OpenFile(full));
        return new DumpSource(full, singleFile: true, new List<DumpEntry> { entry });
    }

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.SequentialScan);

    private static DumpSource OpenFolder(string root, List<Diagnostic> diagnostics, CancellationToken ct)
    {
        var entries = new List<DumpEntry>();
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            // A dump unpacked by hand often sits one or two folders down ("7.8.0-support-dump/…").
            MaxRecursionDepth = 3,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
            ReturnSpecialDirectories = false,
        };
        try
        {
            foreach (string file in Directory.EnumerateFiles(root, "*", options))
            {
                ct.ThrowIfCancellationRequested();
                string name = System.IO.Path.GetFileName(file);
                if (!s_candidateExtensions.Contains(System.IO.Path.GetExtension(name)) || name.StartsWith("._", StringComparison.Ordinal)) continue;
                string rel = System.IO.Path.GetRelativePath(root, file).Replace('\\', '/');
                long length;
                try { length = new FileInfo(file).Length; }
                catch (IOException ex)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "UnreadableFile", file, null, null, "Cannot read the file: " + ex.Message));
                    continue;
                }
                string captured = file;
                entries.Add(new DumpEntry(name, file, rel, file, length, () => OpenFile(captured)));
            }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "UnreadableFolder", root, null, null, "Cannot list the folder completely: " + ex.Message));
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new DumpSource(root, singleFile: false, entries);
    }

    private static bool IsZip(string path)
    {
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) return true;
        // Content check too: "Download" folders are full of archives that lost their extension.
        try
        {
            using var fs = OpenFile(path);
            Span<byte> head = stackalloc byte[4];
            return fs.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    private static DumpSource OpenZip(string path, DumpAnalyzerOptions options, List<Diagnostic> diagnostics, CancellationToken ct)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(OpenFile(path), ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "UnreadableArchive", path, null, null, "Cannot open the archive: " + ex.Message));
            return new DumpSource(path, singleFile: false, new List<DumpEntry>());
        }

        string archiveName = System.IO.Path.GetFileName(path);
        var members = new List<ZipArchiveEntry>();
        foreach (var e in archive.Entries)
        {
            if (e.FullName.EndsWith('/') || e.FullName.EndsWith('\\')) continue; // folder record
            members.Add(e);
        }
        // Deterministic: the order of the central directory is whatever the zipper chose.
        members.Sort((a, b) => string.CompareOrdinal(a.FullName, b.FullName));

        var entries = new List<DumpEntry>();
        long budget = options.MaxArchiveExpandedBytes;
        foreach (var e in members)
        {
            ct.ThrowIfCancellationRequested();
            string display = archiveName + "!/" + e.FullName;
            if (!IsSafeMemberName(e.FullName))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "UnsafeArchiveEntry", display, null, null,
                    "Skipped an archive member whose name points outside the archive (absolute path or '..'); the archive may be malicious."));
                continue;
            }
            string rel = e.FullName.Replace('\\', '/');
            string name = rel.Substring(rel.LastIndexOf('/') + 1);
            if (rel.StartsWith("__MACOSX/", StringComparison.Ordinal) || name.StartsWith("._", StringComparison.Ordinal)) continue;
            if (!s_candidateExtensions.Contains(System.IO.Path.GetExtension(name))) continue;

            double ratio = e.CompressedLength > 0 ? (double)e.Length / e.CompressedLength : (e.Length > 0 ? double.PositiveInfinity : 1);
            if (ratio > options.MaxCompressionRatio && e.Length > options.CompressionRatioMinBytes)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "SuspiciousCompression", display, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"Skipped: {e.Length:N0} bytes compressed to {e.CompressedLength:N0} (ratio {ratio:0} > {options.MaxCompressionRatio:0}); this looks like a decompression bomb.")));
                continue;
            }
            if (e.Length > budget)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "ArchiveTooLarge", display, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"Skipped: expanding it ({e.Length:N0} bytes) would exceed the archive budget of {options.MaxArchiveExpandedBytes:N0} bytes.")));
                continue;
            }
            budget -= e.Length;
            var member = e;
            long declared = e.Length;
            entries.Add(new DumpEntry(name, display, rel, null, declared,
                () => new BoundedReadStream(member.Open(), declared, display)));
        }
        var source = new DumpSource(path, singleFile: false, entries) { _archive = archive };
        return source;
    }

    /// <summary>Rejects zip-slip names: absolute paths, drive letters, UNC and any '..' segment.</summary>
    internal static bool IsSafeMemberName(string fullName)
    {
        if (string.IsNullOrEmpty(fullName)) return false;
        string n = fullName.Replace('\\', '/');
        if (n[0] == '/') return false;
        if (n.Length >= 2 && n[1] == ':') return false;
        if (n.Contains('\0', StringComparison.Ordinal)) return false;
        foreach (var segment in n.Split('/'))
            if (segment == "..") return false;
        return true;
    }
}

/// <summary>
/// A read-only stream that refuses to deliver more than the archive header promised: a member that
/// lies about its size cannot expand past the budget checked before opening it.
/// </summary>
internal sealed class BoundedReadStream : Stream
{
    private readonly Stream _inner;
    private readonly long _limit;
    private readonly string _name;
    private long _read;

    public BoundedReadStream(Stream inner, long limit, string name)
    {
        _inner = inner;
        _limit = limit;
        _name = name;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => _limit;
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = _inner.Read(buffer);
        _read += n;
        if (_read > _limit)
            throw new InvalidDataException($"Archive member '{_name}' expands beyond the {_limit} bytes its header declares; reading stopped.");
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int n = Read(buffer.Span);
        return ValueTask.FromResult(n);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
