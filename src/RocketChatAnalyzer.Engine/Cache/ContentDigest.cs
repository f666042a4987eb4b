using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace RocketChatAnalyzer.Cache;

/// <summary>Hash function used for a content digest. The name is part of every digest string, so digests of different algorithms never compare equal.</summary>
public enum DigestAlgorithm
{
    /// <summary>SHA-256 (about 1.5 GB/s per core with SHA extensions).</summary>
    Sha256 = 0,

    /// <summary>XXH3-128 (about 8 GB/s per core, page cache bound): detects any accidental change; not collision resistant against an attacker.</summary>
    XxHash128 = 1,
}

/// <summary>
/// Content digests of files, folders and zip archives, used in cache keys and to check that a
/// grown log still starts with the bytes that were analysed.
/// </summary>
/// <remarks>
/// <para>
/// A file digest is a two-level hash: the file is cut into <see cref="SegmentSize"/> segments, each
/// segment is hashed, and the digest is the hash of a header (algorithm, segment size, length)
/// followed by the segment hashes. Segments hash independently, so a large file is verified on
/// every core, and the digests of several prefixes (<c>[0, cut)</c> for each cut) come out of the
/// same single pass: the segment that holds a cut reports its running hash at the cut and goes on.
/// </para>
/// <para>
/// A folder digest hashes its files' digests with their relative paths ('/' separated, ordinal
/// order, names included), so renaming a member changes it. A zip digest does the same over the
/// decompressed members, so a re-zipped dump with the same files keeps its digest.
/// </para>
/// <para>Thread safety: all members are static and thread-safe.</para>
/// </remarks>
public static class ContentDigest
{
    /// <summary>Bytes per independently hashed segment.</summary>
    public const int SegmentSize = 32 * 1024 * 1024;

    private const int BufferSize = 1024 * 1024;

    // Members are only decompressed for hashing up to these limits; beyond them the archive's own
    // bytes are hashed instead (the dump reader rejects such archives anyway).
    private const long MaxZipExpandedBytes = 16L * 1024 * 1024 * 1024;
    private const long MaxZipExpansionRatio = 1000;

    /// <summary>The digest prefix naming the algorithm, e.g. <c>sha256</c>.</summary>
    public static string Name(DigestAlgorithm algorithm) => algorithm switch
    {
        DigestAlgorithm.Sha256 => "sha256",
        DigestAlgorithm.XxHash128 => "xxh128",
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    /// <summary>Digest of a whole file.</summary>
    public static string OfFile(string path, DigestAlgorithm algorithm, int parallelism = 1, CancellationToken ct = default)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);
        long length = RandomAccess.GetLength(handle);
        return OfPrefixes(handle, algorithm, new[] { length }, parallelism, ct)[0];
    }

    /// <summary>
    /// Digests of the prefixes <c>[0, cuts[i])</c> of an open file, in one pass over
    /// <c>[0, max(cuts))</c>. Cuts must be ascending and within the file.
    /// </summary>
    /// <param name="handle">The file, opened for reading; positional reads are used, so it may be shared.</param>
    /// <param name="algorithm">Hash function.</param>
    /// <param name="cuts">Ascending prefix lengths.</param>
    /// <param name="parallelism">Segments hashed at once (1 when another task already uses the cores).</param>
    /// <param name="ct">Cancels the pass.</param>
    /// <exception cref="EndOfStreamException">The file is shorter than the largest cut (it shrank).</exception>
    public static string[] OfPrefixes(SafeFileHandle handle, DigestAlgorithm algorithm, IReadOnlyList<long> cuts, int parallelism, CancellationToken ct) =>
        new PrefixPass(handle, algorithm, cuts).Run(parallelism, ct);

    /// <summary>
    /// One pass of <see cref="OfPrefixes"/> that other threads can join: <see cref="Run"/> hashes on
    /// the calling thread (and more), <see cref="Help"/> lets a thread that has finished other work
    /// take the segments not yet taken. Each segment is hashed by exactly one thread, so the digests
    /// are the same whoever helps; they are only returned when every segment was hashed.
    /// </summary>
    internal sealed class PrefixPass
    {
        private readonly SafeFileHandle _handle;
        private readonly DigestAlgorithm _algorithm;
        private readonly IReadOnlyList<long> _cuts;
        private readonly long _end;
        private readonly int _segments;
        // _full[k]: digest of segment k as far as it is read; _atCut[k]: running digests at cuts inside segment k.
        private readonly byte[][] _full;
        private readonly Dictionary<long, byte[]>[] _atCut;
        private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _next = -1;
        private int _unfinished;
        private Exception? _error;

        public PrefixPass(SafeFileHandle handle, DigestAlgorithm algorithm, IReadOnlyList<long> cuts)
        {
            ArgumentNullException.ThrowIfNull(handle);
            ArgumentNullException.ThrowIfNull(cuts);
            for (int i = 0; i < cuts.Count; i++)
            {
                if (cuts[i] < 0 || (i > 0 && cuts[i] < cuts[i - 1]))
                    throw new ArgumentException("Cuts must be ascending and not negative.", nameof(cuts));
            }
            _handle = handle;
            _algorithm = algorithm;
            _cuts = cuts;
            _end = cuts.Count == 0 ? 0 : cuts[cuts.Count - 1];
            _segments = (int)((_end + SegmentSize - 1) / SegmentSize);
            _full = new byte[_segments][];
            _atCut = new Dictionary<long, byte[]>[_segments];
            _unfinished = _segments;
            if (_segments == 0) _finished.SetResult();
        }

        /// <summary>
        /// Hashes with <paramref name="parallelism"/> threads (the caller's among them) until every
        /// segment is done, those other threads took included, and returns the digests of the cuts.
        /// </summary>
        /// <exception cref="EndOfStreamException">The file is shorter than the largest cut (it shrank).</exception>
        public string[] Run(int parallelism, CancellationToken ct)
        {
            if (parallelism <= 1 || _segments <= 1)
            {
                Help(ct);
            }
            else
            {
                var po = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct };
                Parallel.For(0, parallelism, po, _ => Help(ct));
            }
            _finished.Task.Wait(ct); // segments that helpers are still hashing
            if (Volatile.Read(ref _error) is Exception error) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
            return Digests();
        }

        /// <summary>Hashes segments until none is left to take. Never throws: a failure (or cancellation) fails the pass, and <see cref="Run"/> reports it.</summary>
        public void Help(CancellationToken ct)
        {
            while (true)
            {
                int k = Interlocked.Increment(ref _next);
                if (k >= _segments) return;
                try
                {
                    // After a failure the rest is only counted off: the pass has failed anyway.
                    if (Volatile.Read(ref _error) is null)
                    {
                        ct.ThrowIfCancellationRequested();
                        HashSegment(k, ct);
                    }
                }
                catch (Exception ex)
                {
                    Interlocked.CompareExchange(ref _error, ex, null);
                }
                finally
                {
                    if (Interlocked.Decrement(ref _unfinished) == 0) _finished.SetResult();
                }
            }
        }

        private void HashSegment(int k, CancellationToken ct)
        {
            long start = (long)k * SegmentSize;
            long stop = Math.Min(start + SegmentSize, _end);
            using var hasher = SegmentHasher.Create(_algorithm);
            Dictionary<long, byte[]>? cutsHere = null;
            byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
            try
            {
                long pos = start;
                int nextCut = FirstCutAfter(_cuts, start);
                while (pos < stop)
                {
                    ct.ThrowIfCancellationRequested();
                    long limit = stop;
                    if (nextCut < _cuts.Count && _cuts[nextCut] < limit) limit = _cuts[nextCut];
                    int want = (int)Math.Min(buffer.Length, limit - pos);
                    int n = RandomAccess.Read(_handle, buffer.AsSpan(0, want), pos);
                    if (n <= 0) throw new EndOfStreamException($"The file ended at byte {pos.ToString(CultureInfo.InvariantCulture)} while {_end.ToString(CultureInfo.InvariantCulture)} bytes were expected (it shrank).");
                    hasher.Append(buffer.AsSpan(0, n));
                    pos += n;
                    while (nextCut < _cuts.Count && _cuts[nextCut] == pos && pos < stop)
                    {
                        (cutsHere ??= new Dictionary<long, byte[]>())[pos] = hasher.Current();
                        nextCut++;
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
            _full[k] = hasher.Current();
            _atCut[k] = cutsHere ?? s_noCuts;
        }

        private static readonly Dictionary<long, byte[]> s_noCuts = new();

        private static int FirstCutAfter(IReadOnlyList<long> cuts, long start)
        {
            int i = 0;
            while (i < cuts.Count && cuts[i] <= start) i++;
            return i;
        }

        private string[] Digests()
        {
            var result = new string[_cuts.Count];
            Span<byte> header = stackalloc byte[24];
            for (int i = 0; i < _cuts.Count; i++)
            {
                long cut = _cuts[i];
                int m = (int)((cut + SegmentSize - 1) / SegmentSize);
                using var outer = SegmentHasher.Create(_algorithm);
                BitConverter.TryWriteBytes(header, 0x31765f6565727443L); // "Ctree_v1": domain separation from plain hashes
                BitConverter.TryWriteBytes(header[8..], (long)SegmentSize);
                BitConverter.TryWriteBytes(header[16..], cut);
                outer.Append(header);
                for (int k = 0; k < m; k++)
                {
                    long segEnd = Math.Min((long)(k + 1) * SegmentSize, _end);
                    byte[] d = cut >= segEnd ? _full[k] : _atCut[k][cut];
                    outer.Append(d);
                }
                result[i] = Name(_algorithm) + ":" + Convert.ToHexString(outer.Current()).ToLowerInvariant();
            }
            return result;
        }
    }

    /// <summary>
    /// Digest of a set of named members: SHA-256 over "name NUL length NUL digest LF" lines in
    /// ordinal name order. Used for folders (relative paths) and zips (entry names).
    /// </summary>
    public static string OfMembers(IEnumerable<(string Name, long Length, string Digest)> members, string kind)
    {
        ArgumentNullException.ThrowIfNull(members);
        var list = new List<(string Name, long Length, string Digest)>(members);
        list.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        h.AppendData(Encoding.UTF8.GetBytes("rca-members-v1\0" + kind + "\n"));
        foreach (var (name, length, digest) in list)
            h.AppendData(Encoding.UTF8.GetBytes(name + "\0" + length.ToString(CultureInfo.InvariantCulture) + "\0" + digest + "\n"));
        return kind + ":" + Convert.ToHexString(h.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>Digest of a zip archive's members (decompressed, names included, directories skipped).</summary>
    /// <returns>The member digest, or null when the archive is too large or too compressed to expand for hashing (the caller then hashes the archive's bytes).</returns>
    /// <exception cref="InvalidDataException">The archive cannot be read.</exception>
    public static string? OfZipMembers(string path, CancellationToken ct)
    {
        using var zip = ZipFile.OpenRead(path);
        long expanded = 0, compressed = 0;
        foreach (var e in zip.Entries) { expanded += e.Length; compressed += e.CompressedLength; }
        if (expanded > MaxZipExpandedBytes || (compressed > 0 && expanded / compressed > MaxZipExpansionRatio && expanded > 100L * 1024 * 1024))
            return null;
        var members = new List<(string, long, string)>(zip.Entries.Count);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            foreach (var e in zip.Entries)
            {
                string name = e.FullName.Replace('\\', '/');
                if (name.Length == 0 || name.EndsWith('/')) continue;
                using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                using var s = e.Open();
                long total = 0;
                int n;
                while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
                {
                    ct.ThrowIfCancellationRequested();
                    h.AppendData(buffer, 0, n);
                    total += n;
                }
                members.Add((name, total, "sha256:" + Convert.ToHexString(h.GetHashAndReset()).ToLowerInvariant()));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return OfMembers(members, "zip");
    }

    /// <summary>One hash function behind one small interface (running digest without reset).</summary>
    private abstract class SegmentHasher : IDisposable
    {
        public static SegmentHasher Create(DigestAlgorithm algorithm) => algorithm switch
        {
            DigestAlgorithm.Sha256 => new Sha(),
            DigestAlgorithm.XxHash128 => new Xx(),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
        };

        public abstract void Append(ReadOnlySpan<byte> data);

        public abstract byte[] Current();

        public virtual void Dispose() { }

        private sealed class Sha : SegmentHasher
        {
            private readonly IncrementalHash _h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            public override void Append(ReadOnlySpan<byte> data) => _h.AppendData(data);
            public override byte[] Current() => _h.GetCurrentHash();
            public override void Dispose()
            {
                _h.Dispose();
                base.Dispose();
            }
        }

        private sealed class Xx : SegmentHasher
        {
            private readonly XxHash128 _h = new();
            public override void Append(ReadOnlySpan<byte> data) => _h.Append(data);
            public override byte[] Current() => _h.GetCurrentHash();
        }
    }
}
