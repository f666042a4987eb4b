using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace RocketChatAnalyzer.Cache;

/// <summary>
/// The cache's own compact binary form of a <see cref="LogAnalysis"/>: what a log row stores as
/// its result and as its incremental (prefix) state. It exists for speed: an append to a large
/// log reads one state and writes one state and one result, and the hourly timeline alone is
/// thousands of small dictionaries: for a 1 GiB log JSON took 15–30 ms each way in a session
/// (it runs once per call, so mostly as first-tier JIT code; 3–6 ms fully warmed), this codec
/// takes 1–2 ms. The distributed queue sends a chunk's partial result in the same (state) form
/// (<see cref="Distributed.PartialResult"/>).
/// </summary>
/// <remarks>
/// <para>
/// Layout: the magic <c>NUL 'R' 'C' 'L'</c> (UTF-8 JSON never starts with a NUL byte, so a stored
/// payload is told apart from JSON by its first byte), a version byte, a flags byte, the fields of
/// <see cref="LogAnalysis"/> in a fixed order, and an XXH3-64 checksum of everything before it.
/// Integers are LEB128 varints (zigzag for signed values), dates are their ticks and kind,
/// strings are UTF-8 (UTF-16 when they hold a lone surrogate, so every string round-trips exactly),
/// dictionary keys and other short repeated strings are written once and then referenced.
/// </para>
/// <para>
/// Round trip is exact: the decoded object serializes to the same JSON as the original
/// (<see cref="ResultSerializer.ToJson{T}"/>), dictionaries keep their order and ordinal
/// comparers. In <em>state</em> form the derived <see cref="LogAnalysis.Templates"/> are left out
/// when the key table they come from is present (they are derived again on first use), as
/// the JSON state of earlier versions did. A test compares the properties written here
/// with the model's, so a new property cannot be forgotten silently.
/// </para>
/// <para>
/// The loops are compiled fully optimized on first use (<see cref="MethodImplOptions.AggressiveOptimization"/>):
/// a session encodes once per append, so tiered compilation would leave them as unoptimized
/// first-tier code for the first ~30 appends, about five times slower (measured).
/// </para>
/// <para>Damaged or truncated input throws <see cref="InvalidDataException"/>. Thread-safe (no shared state).</para>
/// </remarks>
internal static class LogAnalysisCodec
{
    private const byte Version = 1;
    private const byte FlagTemplates = 1;
    private const int ChecksumLength = 8;

    private static ReadOnlySpan<byte> Magic => "\0RCL"u8;

    /// <summary>True when <paramref name="data"/> starts like an encoded result (not JSON).</summary>
    public static bool IsEncoded(ReadOnlySpan<byte> data) => data.Length >= Magic.Length && data.StartsWith(Magic);

    /// <summary>Encodes a result; with <paramref name="stateOnly"/>, derived templates are left out (see remarks on the type).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static byte[] Encode(LogAnalysis value, bool stateOnly)
    {
        ArgumentNullException.ThrowIfNull(value);
        var w = new Writer(64 * 1024);
        try
        {
            bool templates = !stateOnly || value.TemplateKeys.Count == 0;
            w.Bytes(Magic);
            w.Byte(Version);
            w.Byte(templates ? FlagTemplates : (byte)0);

            w.Signed(value.TotalEntries);
            w.Counts(value.LevelCounts);
            w.Counts(value.PatternCounts);
            w.Counts(value.CategoryCounts);
            w.Date(value.FirstTimestamp);
            w.Date(value.LastTimestamp);
            w.Signed(value.EntriesWithoutTimestamp);

            w.Count(value.Timeline.Count);
            foreach (var bucket in value.Timeline)
            {
                w.Date(bucket.Hour);
                w.Counts(bucket.Counts);
            }

            w.Templates(value.TemplateKeys);
            if (templates) w.Templates(value.Templates);
            w.Text(value.TemplateModelId);
            w.Signed(value.EvictedTemplates);
            w.Signed(value.UnparsedEntries);
            w.Signed(value.TruncatedEntries);

            w.Count(value.Diagnostics.Count);
            foreach (var d in value.Diagnostics)
            {
                w.Signed((long)d.Severity);
                w.Key(d.Code);
                w.Key(d.Source);
                w.Signed(d.Line);
                w.Signed(d.ByteOffset);
                w.Text(d.Message);
            }
            w.Signed(value.DiagnosticCount);

            w.Count(value.Files.Count);
            foreach (var f in value.Files)
            {
                w.Key(f.Path);
                w.Key(f.Format);
                w.Signed(f.Bytes);
                w.Signed(f.Lines);
                w.Signed(f.Entries);
            }
            w.Signed(value.BytesProcessed);
            w.Signed(value.TopMessagesPerLevel);

            w.Checksum();
            return w.ToArray();
        }
        finally
        {
            w.Release();
        }
    }

    /// <summary>Decodes what <see cref="Encode"/> wrote.</summary>
    /// <exception cref="InvalidDataException">Not an encoded result, an unknown version, truncated or damaged.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LogAnalysis Decode(ReadOnlySpan<byte> data)
    {
        if (!IsEncoded(data) || data.Length < Magic.Length + 2 + ChecksumLength)
            throw new InvalidDataException("The data is not a log result in the engine's binary form.");
        // The version first: a result written by another module version (an older cache row, a worker
        // of another version) gets a clear message rather than a checksum error.
        if (data[Magic.Length] != Version)
            throw new InvalidDataException("The log result is in binary format " + data[Magic.Length] + "; this engine reads format " + Version + " (written by another version of the module?).");
        var body = data[..^ChecksumLength];
        if (XxHash3.HashToUInt64(body) != BinaryPrimitives.ReadUInt64LittleEndian(data[^ChecksumLength..]))
            throw new InvalidDataException("The binary log result is cut short or damaged (checksum mismatch).");
        var r = new Reader(body[(Magic.Length + 1)..]);
        bool templates = (r.Byte() & FlagTemplates) != 0;

        var a = new LogAnalysis
        {
            TotalEntries = r.Signed(),
            LevelCounts = r.Counts(),
            PatternCounts = r.Counts(),
            CategoryCounts = r.Counts(),
            FirstTimestamp = r.NullableDate(),
            LastTimestamp = r.NullableDate(),
            EntriesWithoutTimestamp = r.Signed(),
        };

        int buckets = r.Count(minBytesEach: 2);
        var timeline = new List<TimelineBucket>(buckets);
        for (int i = 0; i < buckets; i++) timeline.Add(new TimelineBucket { Hour = r.Date(), Counts = r.Counts() });
        a.Timeline = timeline;

        a.TemplateKeys = r.Templates();
        if (templates) a.Templates = r.Templates();
        a.TemplateModelId = r.Text(); // the model itself is attached by the cache before a merge
        a.EvictedTemplates = r.Signed();
        a.UnparsedEntries = r.Signed();
        a.TruncatedEntries = r.Signed();

        int diagnostics = r.Count(minBytesEach: 6);
        var list = new List<Diagnostic>(diagnostics);
        for (int i = 0; i < diagnostics; i++)
        {
            var severity = (DiagnosticSeverity)r.Signed();
            string code = r.Key(), source = r.Key();
            long? line = r.NullableSigned(), offset = r.NullableSigned();
            list.Add(new Diagnostic(severity, code, source, line, offset, r.Text()));
        }
        a.Diagnostics = list;
        a.DiagnosticCount = r.Signed();

        int files = r.Count(minBytesEach: 5);
        var summaries = new List<LogFileSummary>(files);
        for (int i = 0; i < files; i++)
            summaries.Add(new LogFileSummary { Path = r.Key(), Format = r.Key(), Bytes = r.Signed(), Lines = r.Signed(), Entries = r.Signed() });
        a.Files = summaries;
        a.BytesProcessed = r.Signed();
        long perLevel = r.Signed();
        if (perLevel is < int.MinValue or > int.MaxValue) throw new InvalidDataException("The binary log result has an invalid TopMessagesPerLevel.");
        a.TopMessagesPerLevel = (int)perLevel;
        if (!r.AtEnd) throw new InvalidDataException("The binary log result has data after its last field.");
        return a;
    }

    // Strings: varint (length << 2 | form), form 0 = null, 1 = UTF-8, 2 = UTF-16 LE (lone surrogates).
    // Keys: varint 0 = a new string follows (and joins the table), n = the table's string n - 1.
    private sealed class Writer
    {
        private byte[] _buffer;
        private int _length;
        private Dictionary<string, int>? _keys;

        public Writer(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(capacity);

        public void Release()
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = Array.Empty<byte>();
        }

        public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

        public void Byte(byte b)
        {
            Ensure(1);
            _buffer[_length++] = b;
        }

        public void Bytes(ReadOnlySpan<byte> bytes)
        {
            Ensure(bytes.Length);
            bytes.CopyTo(_buffer.AsSpan(_length));
            _length += bytes.Length;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Unsigned(ulong v)
        {
            Ensure(10);
            while (v >= 0x80)
            {
                _buffer[_length++] = (byte)(v | 0x80);
                v >>= 7;
            }
            _buffer[_length++] = (byte)v;
        }

        public void Signed(long v) => Unsigned((ulong)((v << 1) ^ (v >> 63)));

        public void Signed(long? v)
        {
            if (v is long x)
            {
                Byte(1);
                Signed(x);
            }
            else Byte(0);
        }

        public void Count(int n) => Unsigned((uint)n);

        // Ticks (62 bits) and kind (2 bits), as DateTime keeps them.
        public void Date(DateTime d) => Unsigned(((ulong)d.Ticks << 2) | (uint)d.Kind);

        public void Date(DateTime? d)
        {
            if (d is DateTime x)
            {
                Byte(1);
                Date(x);
            }
            else Byte(0);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Text(string? s)
        {
            if (s is null)
            {
                Unsigned(0);
                return;
            }
            // UTF-8 goes in 10 bytes ahead (room for the longest header), then moves back behind the header.
            // Ensured up front, so writing the header cannot grow (move) the buffer.
            int max = Encoding.UTF8.GetMaxByteCount(s.Length);
            Ensure(10 + max);
            Span<byte> scratch = _buffer.AsSpan(_length + 10, max);
            if (Utf8.FromUtf16(s, scratch, out _, out int written, replaceInvalidSequences: false) == OperationStatus.Done)
            {
                Unsigned(((ulong)written << 2) | 1);
                scratch[..written].CopyTo(_buffer.AsSpan(_length));
                _length += written;
            }
            else
            {
                var utf16 = MemoryMarshal.AsBytes(s.AsSpan());
                Unsigned(((ulong)utf16.Length << 2) | 2);
                Bytes(utf16);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Key(string? s)
        {
            if (s is not null && _keys is not null && _keys.TryGetValue(s, out int index))
            {
                Unsigned((ulong)index + 1);
                return;
            }
            Unsigned(0);
            Text(s);
            if (s is not null)
            {
                _keys ??= new Dictionary<string, int>(StringComparer.Ordinal);
                _keys[s] = _keys.Count;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Counts(Dictionary<string, long> d)
        {
            Count(d.Count);
            foreach (var kv in d)
            {
                Key(kv.Key);
                Signed(kv.Value);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Templates(List<LogTemplate> list)
        {
            Count(list.Count);
            foreach (var t in list)
            {
                Text(t.TemplateId);
                Text(t.Template);
                Signed(t.Count);
                Counts(t.LevelCounts);
                Date(t.FirstSeen);
                Date(t.LastSeen);
                Text(t.Example);
            }
        }

        public void Checksum()
        {
            Ensure(ChecksumLength);
            ulong sum = XxHash3.HashToUInt64(_buffer.AsSpan(0, _length));
            BinaryPrimitives.WriteUInt64LittleEndian(_buffer.AsSpan(_length), sum);
            _length += ChecksumLength;
        }

        private void Ensure(int more)
        {
            if (_buffer.Length - _length >= more) return;
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
            _buffer.AsSpan(0, _length).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
    }

    private ref struct Reader
    {
        private readonly ReadOnlySpan<byte> _data;
        private int _pos;
        private List<string>? _keys;

        public Reader(ReadOnlySpan<byte> data)
        {
            _data = data;
            _pos = 0;
            _keys = null;
        }

        public readonly bool AtEnd => _pos == _data.Length;

        public byte Byte()
        {
            if (_pos >= _data.Length) throw Truncated();
            return _data[_pos++];
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public ulong Unsigned()
        {
            ulong v = 0;
            for (int shift = 0; shift < 70; shift += 7)
            {
                byte b = Byte();
                v |= (ulong)(b & 0x7f) << shift;
                if (b < 0x80) return v;
            }
            throw new InvalidDataException("The binary log result has an over-long number.");
        }

        public long Signed()
        {
            ulong v = Unsigned();
            return (long)(v >> 1) ^ -(long)(v & 1);
        }

        public long? NullableSigned() => Byte() switch
        {
            0 => null,
            1 => Signed(),
            _ => throw new InvalidDataException("The binary log result has an invalid number marker."),
        };

        // Each element takes at least minBytesEach bytes, so a damaged count cannot make a huge allocation.
        public int Count(int minBytesEach = 1)
        {
            ulong n = Unsigned();
            if (n > (ulong)((_data.Length - _pos) / minBytesEach)) throw Truncated();
            return (int)n;
        }

        public DateTime Date()
        {
            ulong v = Unsigned();
            long ticks = (long)(v >> 2);
            if (ticks > DateTime.MaxValue.Ticks || (v & 3) == 3) throw new InvalidDataException("The binary log result has an invalid date.");
            return new DateTime(ticks, (DateTimeKind)(v & 3));
        }

        public DateTime? NullableDate() => Byte() switch
        {
            0 => null,
            1 => Date(),
            _ => throw new InvalidDataException("The binary log result has an invalid date marker."),
        };

        // The model's strings are not null, but whatever was there (null too) comes back as it was.
        public string Text() => TextOrNull()!;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private string? TextOrNull()
        {
            ulong header = Unsigned();
            if (header == 0) return null;
            ulong length = header >> 2;
            if (length > (ulong)(_data.Length - _pos)) throw Truncated();
            var bytes = _data.Slice(_pos, (int)length);
            _pos += (int)length;
            return (header & 3) switch
            {
                1 => Encoding.UTF8.GetString(bytes),
                2 when (length & 1) == 0 => new string(MemoryMarshal.Cast<byte, char>(bytes)),
                _ => throw new InvalidDataException("The binary log result has an invalid string."),
            };
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public string Key()
        {
            ulong reference = Unsigned();
            if (reference == 0)
            {
                string? s = TextOrNull();
                if (s is not null) (_keys ??= new List<string>()).Add(s);
                return s!;
            }
            if (_keys is null || reference > (ulong)_keys.Count) throw new InvalidDataException("The binary log result refers to an unknown string.");
            return _keys[(int)reference - 1];
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public Dictionary<string, long> Counts()
        {
            int n = Count(minBytesEach: 2);
            var d = new Dictionary<string, long>(n, StringComparer.Ordinal);
            for (int i = 0; i < n; i++)
            {
                string? key = Key();
                if (key is null || !d.TryAdd(key, Signed())) throw new InvalidDataException("The binary log result has a missing or repeated key.");
            }
            return d;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public List<LogTemplate> Templates()
        {
            int n = Count(minBytesEach: 7);
            var list = new List<LogTemplate>(n);
            for (int i = 0; i < n; i++)
            {
                list.Add(new LogTemplate
                {
                    TemplateId = Text(),
                    Template = Text(),
                    Count = Signed(),
                    LevelCounts = Counts(),
                    FirstSeen = NullableDate(),
                    LastSeen = NullableDate(),
                    Example = Text(),
                });
            }
            return list;
        }

        private static InvalidDataException Truncated() => new("The binary log result is truncated.");
    }
}
