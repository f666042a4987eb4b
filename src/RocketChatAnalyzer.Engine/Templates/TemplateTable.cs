using System.Runtime.CompilerServices;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace RocketChatAnalyzer.Templates;

/// <summary>
/// Stage 1 of template mining, a sink of the log pipeline: counts log entries per
/// <em>pre-template key</em> (the message masked by <see cref="TemplateMasker"/>) with per-level
/// counts, first/last timestamp and the first entry as example, in order of first appearance.
/// </summary>
/// <remarks>
/// <para><b>Contract.</b> One table per worker/chunk; not thread-safe. Call <see cref="Add"/> once per
/// log entry in input order; then <see cref="ToList"/> gives the keys (as <see cref="LogTemplate"/>
/// records whose <c>Template</c> is the key text) for <see cref="LogAnalysis.TemplateKeys"/>, and
/// <see cref="Evicted"/> goes to <see cref="LogAnalysis.EvictedTemplates"/>. Key lists of adjacent
/// pieces merge by <see cref="LogTemplate.MergeTables"/> (left first); the templates themselves are
/// computed from the merged keys by <see cref="TemplateMiner.Build(IReadOnlyList{LogTemplate})"/> (stage 2), so any split of the
/// input gives the templates of one sequential pass.</para>
/// <para><b>Bounds.</b> At most <see cref="KeyCapFor"/>(<see cref="LogAnalysisOptions.MaxTemplates"/>)
/// distinct keys; once full, entries of new keys are not grouped and are counted in
/// <see cref="Evicted"/> (Σ key counts + Evicted = entries added). Merged results equal the
/// sequential result exactly as long as no single piece overflows the cap (the merged key list keeps
/// the first keys in input order, like one pass does).</para>
/// <para><b>Hot path.</b> No allocation per entry once a key exists. One vector pass writes the
/// message's <see cref="Shape"/> (words with a digit collapsed to '0'); a bounded shape cache (open
/// addressing, byte-wise check) gives the key of a shape seen before, so only new shapes are masked
/// (<see cref="TemplateMasker.Mask"/>) and looked up in the key table.</para>
/// </remarks>
internal sealed class TemplateTable
{
    /// <summary>Pre-template keys allowed per configured template (keys outnumber templates when variables are words).</summary>
    public const int KeysPerTemplate = 4;

    // The shape cache: at most this many slots (half of them used), shapes of at most this many
    // bytes, in an arena of at most this size; when full it starts afresh.
    private const int MaxShapeSlots = 8192;
    private const int MaxShapeBytes = 256;
    private const int MaxShapeArena = 512 * 1024;

    private readonly int _cap;
    private readonly int _maxExample;
    private readonly byte[] _clean = new byte[TemplateMasker.MaxInputBytes];
    private readonly byte[] _masked = new byte[TemplateMasker.MaxOutputBytes];

    // Keys (struct-of-arrays; index = order of first appearance).
    private byte[] _arena = new byte[16 * 1024];
    private int _arenaUsed;
    private int[] _keyStart = new int[64];
    private int[] _keyLength = new int[64];
    private ulong[] _keyHash = new ulong[64];
    // Per key, side by side (an entry touches one or two cache lines, not four): first and last
    // timestamp, then the count per level; the key's count is their sum.
    private const int StatsStride = 2 + LogLevels.Count;
    private long[] _stats = new long[64 * StatsStride];
    private string[] _example = new string[64];
    private int _keys;
    private int[] _buckets = new int[256]; // key index + 1; 0 = empty

    // Shape cache: shape → key index + 2 (1 = evicted; 0 = empty slot). Open addressing with
    // linear probing; a slot keeps the full hash and where the shape is in the arena. It grows
    // from 256 slots to MaxShapeSlots and then, when full, starts afresh: a miss costs one
    // masking, never a different result.
    private struct ShapeSlot
    {
        public ulong Hash;
        public int Value;
        public int Start;
        public int Length;
    }

    // Rented (a table per chunk must not put large-object-heap arrays, and gen-2 collections, on
    // every chunk); returned by ReleaseCache.
    private ShapeSlot[] _shapeSlots = RentSlots(256);
    private byte[] _shapeArena = System.Buffers.ArrayPool<byte>.Shared.Rent(8 * 1024);
    private int _shapeMask = 255;
    private int _shapeArenaUsed;
    private int _shapeCount;

    private static ShapeSlot[] RentSlots(int count)
    {
        ShapeSlot[] slots = System.Buffers.ArrayPool<ShapeSlot>.Shared.Rent(count);
        Array.Clear(slots, 0, count);
        return slots;
    }

    private int[]? _lineKeys;
    private int _lines;

    /// <param name="options">Uses <see cref="LogAnalysisOptions.MaxTemplates"/> and <see cref="LogAnalysisOptions.MaxExampleChars"/>.</param>
    /// <param name="recordLineMap">Keep the key index of every entry (4 bytes each) for <see cref="TemplateLineMap"/>.</param>
    public TemplateTable(LogAnalysisOptions options, bool recordLineMap = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        _cap = KeyCapFor(options.MaxTemplates);
        _maxExample = Math.Max(0, options.MaxExampleChars);
        if (recordLineMap) _lineKeys = new int[1024];
    }

    /// <summary>The distinct-key cap for a <see cref="LogAnalysisOptions.MaxTemplates"/> value (chunks and merges must use the same).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int KeyCapFor(int maxTemplates) =>
        maxTemplates <= 0 ? 0 : maxTemplates > int.MaxValue / KeysPerTemplate ? int.MaxValue : maxTemplates * KeysPerTemplate;

    /// <summary>Entries not grouped because the key table was full.</summary>
    public long Evicted { get; private set; }

    /// <summary>Distinct keys so far.</summary>
    public int KeyCount => _keys;

    /// <summary>Entries added so far.</summary>
    public long Entries { get; private set; }

    /// <summary>Entries that the shape cache did not answer (their shape was masked).</summary>
    public long CacheMisses { get; private set; }

    /// <summary>Per entry in input order: its index in <see cref="ToList"/>, or -1 when evicted. Empty unless recording was asked for.</summary>
    public ReadOnlySpan<int> LineKeys => _lineKeys is null ? default : _lineKeys.AsSpan(0, _lines);

    /// <summary>Counts one log entry. <paramref name="utcTicks"/> is 0 when the entry has no timestamp.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<byte> utf8Message, LogLevel level, long utcTicks)
    {
        Entries++;
        // Every segment that holds a digit is a variable whatever else it holds, so the key of a
        // message depends only on its "shape": the line with each word that holds a digit
        // collapsed to "0" or "a0" (see Shape). Masking the shape gives the same key and lets the
        // shape cache below hit for "user123"/"user4567", or for two Meteor ids, alike —
        // masking then runs once per shape, not once per message.
        // Most messages need no preparing (one line, no escapes, not too long): one vector pass
        // checks that and writes the shape; the others are prepared first.
        ReadOnlySpan<byte> original = utf8Message;
        int shaped = FastShape(utf8Message, _shape);
        ReadOnlySpan<byte> line;
        if (shaped >= 0) line = _shape.AsSpan(0, shaped);
        else
        {
            original = TemplateMasker.Prepare(utf8Message, _clean);
            line = Shape(original, _shape);
        }
        int idx;
        ulong h = Hash(line);
        ShapeSlot[] slots = _shapeSlots;
        int mask = _shapeMask;
        int b = (int)h & mask;
        while (true)
        {
            ref ShapeSlot slot = ref slots[b];
            if (slot.Value == 0)
            {
                CacheMisses++;
                idx = Lookup(line, original);
                RememberShape(b, h, line, idx);
                break;
            }
            if (slot.Hash == h && slot.Length == line.Length
                && (shaped >= 0 ? SameShape(ref MemoryMarshal.GetReference(line), ref _shapeArena[slot.Start], line.Length) : line.SequenceEqual(_shapeArena.AsSpan(slot.Start, slot.Length))))
            {
                idx = slot.Value - 2;
                break;
            }
            b = (b + 1) & mask;
        }

        if (_lineKeys is not null)
        {
            if (_lines == _lineKeys.Length) Array.Resize(ref _lineKeys, _lineKeys.Length * 2);
            _lineKeys[_lines++] = idx;
        }
        if (idx < 0)
        {
            Evicted++;
            return;
        }
        int l = (uint)level < LogLevels.Count ? (int)level : (int)LogLevel.Unknown;
        Span<long> stats = _stats.AsSpan(idx * StatsStride, StatsStride);
        stats[2 + l]++;
        if (utcTicks != 0)
        {
            if (stats[0] == 0 || utcTicks < stats[0]) stats[0] = utcTicks;
            if (utcTicks > stats[1]) stats[1] = utcTicks;
        }
    }

    // Slack for FastShape's whole-vector stores.
    private readonly byte[] _shape = new byte[TemplateMasker.MaxInputBytes + 32];

    /// <summary>
    /// The shape of <paramref name="message"/> (as <see cref="Shape"/>) written to
    /// <paramref name="dest"/> (at least the message's length + 32 bytes) when the message needs no
    /// <see cref="TemplateMasker.Prepare"/> — one line, no ESC or '#', at most
    /// <see cref="TemplateMasker.MaxInputBytes"/> bytes; otherwise -1. One pass, 32 bytes at a time (16 without AVX2, and at the end).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int FastShape(ReadOnlySpan<byte> message, Span<byte> dest)
    {
        int n = message.Length;
        if (n > TemplateMasker.MaxInputBytes) return -1;
        if (dest.Length < n + Vector256<byte>.Count) throw new ArgumentException("The destination is too small.", nameof(dest));
        if (!Vector128.IsHardwareAccelerated)
        {
            if (message.IndexOfAny(TemplateMasker.PrepareBytes) >= 0) return -1;
            return Shape(message, dest).Length;
        }
        ref byte src = ref MemoryMarshal.GetReference(message);
        ref byte dst = ref MemoryMarshal.GetReference(dest);
        var zero = Vector128.Create((byte)'0');
        var ten = Vector128.Create((byte)10);
        var caseBit = Vector128.Create((byte)0x20);
        var a = Vector128.Create((byte)'a');
        var letters = Vector128.Create((byte)26);
        var underscore = Vector128.Create((byte)'_');
        var lf = Vector128.Create((byte)'\n');
        var cr = Vector128.Create((byte)'\r');
        var esc = Vector128.Create((byte)0x1B);
        var hash = Vector128.Create((byte)'#');
        int i = 0, o = 0;
        int openWord = -1; // where in dest the word that runs to the end of the previous block starts
        int openWordAt = 0; // and where in the message
        while (i < n)
        {
            int avail = n - i;
            uint special, digits, word, blockGaps;
            int lastLane; // the block's last lane (31 or 15): a gap there closes the open word
            if (Vector256.IsHardwareAccelerated && avail >= Vector256<byte>.Count)
            {
                // 32 bytes at a time while they last (most of a message), then 16.
                var w = Vector256.LoadUnsafe(ref src, (nuint)i);
                special = (Vector256.Equals(w, Vector256.Create((byte)'\n')) | Vector256.Equals(w, Vector256.Create((byte)'\r'))
                    | Vector256.Equals(w, Vector256.Create((byte)0x1B)) | Vector256.Equals(w, Vector256.Create((byte)'#'))).ExtractMostSignificantBits();
                var wideDigit = Vector256.LessThan(w - Vector256.Create((byte)'0'), Vector256.Create((byte)10));
                digits = wideDigit.ExtractMostSignificantBits();
                w.StoreUnsafe(ref dst, (nuint)o);
                word = (wideDigit | Vector256.LessThan((w | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'), Vector256.Create((byte)26))
                    | Vector256.Equals(w, Vector256.Create((byte)'_'))).ExtractMostSignificantBits();
                avail = Vector256<byte>.Count;
                blockGaps = ~word;
                lastLane = Vector256<byte>.Count - 1;
            }
            else
            {
                Vector128<byte> v;
                uint valid;
                if (avail >= Vector128<byte>.Count)
                {
                    v = Vector128.LoadUnsafe(ref src, (nuint)i);
                    valid = 0xFFFF;
                    avail = Vector128<byte>.Count;
                }
                else
                {
                    valid = (1u << avail) - 1;
                    if (n >= Vector128<byte>.Count && System.Runtime.Intrinsics.X86.Ssse3.IsSupported)
                    {
                        // The last 16 bytes of the message, shifted down so that byte i is lane 0 (the
                        // lanes past the end become 0: not a word byte, not special).
                        v = System.Runtime.Intrinsics.X86.Ssse3.Shuffle(
                            Vector128.LoadUnsafe(ref src, (nuint)(n - Vector128<byte>.Count)),
                            Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(s_shiftDown), (nuint)(Vector128<byte>.Count - avail)));
                    }
                    else
                    {
                        Vector128<byte> t = default;
                        Unsafe.CopyBlockUnaligned(ref Unsafe.As<Vector128<byte>, byte>(ref t), ref Unsafe.Add(ref src, i), (uint)avail);
                        v = t;
                    }
                }
                special = (Vector128.Equals(v, lf) | Vector128.Equals(v, cr) | Vector128.Equals(v, esc) | Vector128.Equals(v, hash)).ExtractMostSignificantBits() & valid;
                var isDigit = Vector128.LessThan(v - zero, ten);
                digits = isDigit.ExtractMostSignificantBits() & valid;
                v.StoreUnsafe(ref dst, (nuint)o);
                word = (isDigit | Vector128.LessThan((v | caseBit) - a, letters) | Vector128.Equals(v, underscore)).ExtractMostSignificantBits() & valid;
                blockGaps = ~word & 0xFFFF;
                lastLane = Vector128<byte>.Count - 1;
            }
            if (special != 0) return -1;
            if (digits == 0)
            {
                // Copied as it is; remember where a word that may go on (and get a digit) starts.
                int lastGap = 31 - BitOperations.LeadingZeroCount(blockGaps);
                if (lastGap == lastLane) openWord = -1;
                else if (lastGap >= 0) { openWord = o + lastGap + 1; openWordAt = i + lastGap + 1; }
                else if (openWord < 0) { openWord = o; openWordAt = i; }
                i += avail;
                o += avail;
                continue;
            }
            // The first digit's word collapses (WriteCollapsed): it starts after the last non-word byte before
            // the digit, or where the word open at the end of the previous block started.
            int k = BitOperations.TrailingZeroCount(digits);
            uint gaps = ~word & ((1u << k) - 1);
            int start, at;
            if (gaps != 0)
            {
                int off = 32 - BitOperations.LeadingZeroCount(gaps);
                start = o + off;
                at = i + off;
            }
            else if (openWord >= 0)
            {
                start = openWord;
                at = openWordAt;
            }
            else
            {
                start = o;
                at = i;
            }
            o = WriteCollapsed(ref dst, start, Unsafe.Add(ref src, at));
            int run = BitOperations.TrailingZeroCount(~(word >> k));
            i += k + run;
            if (k + run == avail)
                while (i < n && IsWordByte(Unsafe.Add(ref src, i))) i++;
            openWord = -1;
        }
        return o;
    }

    // A word with a digit becomes "0", or "a0" ("_0") when it starts with a letter ('_'): the
    // masker asks whether a token starts with a digit (a date word is one only before a number:
    // "Mon 12" but not "Mon user843"), so the shape keeps that. Returns the end in dest.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WriteCollapsed(ref byte dst, int at, byte first)
    {
        if ((uint)(first - '0') > 9) Unsafe.Add(ref dst, at++) = first == (byte)'_' ? (byte)'_' : (byte)'a';
        Unsafe.Add(ref dst, at++) = (byte)'0';
        return at;
    }

    // Bytes readable past every shape in the arena (and past FastShape's output in _shape), for SameShape.
    private const int ShapeSlack = 16;

    /// <summary>Whether two shapes of <paramref name="length"/> bytes are equal, 16 bytes at a time; both must be readable 16 bytes past their end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool SameShape(ref byte a, ref byte b, int length)
    {
        int i = 0;
        for (; i + Vector128<byte>.Count <= length; i += Vector128<byte>.Count)
            if (Vector128.LoadUnsafe(ref a, (nuint)i) != Vector128.LoadUnsafe(ref b, (nuint)i)) return false;
        if (i == length) return true;
        uint differ = ~Vector128.Equals(Vector128.LoadUnsafe(ref a, (nuint)i), Vector128.LoadUnsafe(ref b, (nuint)i)).ExtractMostSignificantBits();
        return (differ & ((1u << (length - i)) - 1)) == 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordByte(byte b) => (uint)(b - '0') <= 9 || (uint)((b | 0x20) - 'a') <= 'z' - 'a' || b == (byte)'_';

    // Shuffle control that moves lanes down by k when read from offset k: lane j takes lane j + k, or 0 past 15.
    private static ReadOnlySpan<byte> s_shiftDown =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
    ];


    // A per-process seed: which keys share a bucket cannot be planned from log text (results never
    // depend on it — buckets and the shape cache only find keys, they never order them).
    private static readonly ulong s_seed = Mum((ulong)Random.Shared.NextInt64() ^ 0xA0761D6478BD642FUL, 0xE7037ED1A0B428DBUL);

    /// <summary>
    /// A fast 64-bit hash of a short byte string (keys and shapes; never stored): wyhash's
    /// construction — one 64×64→128-bit multiply per 16 bytes, folded — with a per-process seed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ulong Hash(ReadOnlySpan<byte> s)
    {
        const ulong S0 = 0xA0761D6478BD642FUL, S1 = 0xE7037ED1A0B428DBUL;
        int n = s.Length;
        ref byte r = ref MemoryMarshal.GetReference(s);
        ulong seed = s_seed;
        ulong a, b;
        if (n <= 16)
        {
            if (n >= 4)
            {
                int q = (n >> 3) << 2;
                a = ((ulong)Unsafe.ReadUnaligned<uint>(ref r) << 32) | Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref r, q));
                b = ((ulong)Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref r, n - 4)) << 32) | Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref r, n - 4 - q));
            }
            else if (n > 0)
            {
                a = ((ulong)r << 16) | ((ulong)Unsafe.Add(ref r, n >> 1) << 8) | Unsafe.Add(ref r, n - 1);
                b = 0;
            }
            else a = b = 0;
        }
        else
        {
            int i = 0;
            for (; n - i > 16; i += 16)
                seed = Mum(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref r, i)) ^ S1, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref r, i + 8)) ^ seed);
            a = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref r, n - 16));
            b = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref r, n - 8));
        }
        a ^= S1;
        b ^= seed;
        return Mum((a * b) ^ S0 ^ (ulong)n, MultiplyHigh(a, b) ^ S1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mum(ulong a, ulong b) => MultiplyHigh(a, b) ^ (a * b);

    // The high half of a 64×64-bit product. Math.BigMul's "out low" goes through the stack (a store
    // and a reload on every step of the hash's chain); the low half is a plain multiply beside it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MultiplyHigh(ulong a, ulong b)
    {
        if (System.Runtime.Intrinsics.X86.Bmi2.X64.IsSupported) return System.Runtime.Intrinsics.X86.Bmi2.X64.MultiplyNoFlags(a, b);
        if (System.Runtime.Intrinsics.Arm.ArmBase.Arm64.IsSupported) return System.Runtime.Intrinsics.Arm.ArmBase.Arm64.MultiplyHigh(a, b);
        return Math.BigMul(a, b, out _);
    }

    /// <summary>
    /// The shape of a prepared line: every word (a run of ASCII letters, digits and '_') that holds a
    /// digit becomes "0" when it starts with a digit, else "a0" ("_0" after '_') ("user843" and
    /// "jYBmEGXKNGY0pbPA0" → "a0", "172" → "0"); all else is kept. Returns
    /// <paramref name="line"/> itself when it has no digit, else a slice of <paramref name="d"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ReadOnlySpan<byte> Shape(ReadOnlySpan<byte> line, Span<byte> d)
    {
        int first = line.IndexOfAnyInRange((byte)'0', (byte)'9');
        if (first < 0) return line;
        while (first > 0 && IsWordByte(line[first - 1])) first--;
        line.Slice(0, first).CopyTo(d);
        int o = first;
        for (int i = first; i < line.Length;)
        {
            byte b = line[i];
            if (!IsWordByte(b))
            {
                d[o++] = b;
                i++;
                continue;
            }
            int start = i;
            bool digit = false;
            for (; i < line.Length && IsWordByte(line[i]); i++) digit |= (uint)(line[i] - '0') <= 9;
            if (digit) o = WriteCollapsed(ref MemoryMarshal.GetReference(d), o, line[start]);
            else
            {
                line.Slice(start, i - start).CopyTo(d.Slice(o));
                o += i - start;
            }
        }
        return d.Slice(0, o);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private int Lookup(ReadOnlySpan<byte> line, ReadOnlySpan<byte> original)
    {
        int n = TemplateMasker.Mask(line, _masked);
        ReadOnlySpan<byte> key = _masked.AsSpan(0, n);
        ulong h = Hash(key);
        int mask = _buckets.Length - 1;
        int b = (int)h & mask;
        while (true)
        {
            int e = _buckets[b];
            if (e == 0) break;
            int k = e - 1;
            if (_keyHash[k] == h && key.SequenceEqual(_arena.AsSpan(_keyStart[k], _keyLength[k]))) return k;
            b = (b + 1) & mask;
        }
        if (_keys >= _cap) return -1;
        int idx = NewKey(key, h, original);
        _buckets[b] = idx + 1;
        if (_keys * 2 > _buckets.Length) Rehash();
        return idx;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private int NewKey(ReadOnlySpan<byte> key, ulong hash, ReadOnlySpan<byte> line)
    {
        if (_keys == _keyStart.Length)
        {
            int size = _keys * 2;
            Array.Resize(ref _keyStart, size);
            Array.Resize(ref _keyLength, size);
            Array.Resize(ref _keyHash, size);
            Array.Resize(ref _stats, size * StatsStride);
            Array.Resize(ref _example, size);
        }
        if (_arenaUsed + key.Length > _arena.Length) Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaUsed + key.Length));
        key.CopyTo(_arena.AsSpan(_arenaUsed));
        int idx = _keys++;
        _keyStart[idx] = _arenaUsed;
        _keyLength[idx] = key.Length;
        _keyHash[idx] = hash;
        _arenaUsed += key.Length;
        _example[idx] = Example(line);
        return idx;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private string Example(ReadOnlySpan<byte> line)
    {
        // Examples are shown in every output: credentials in log text (x-auth-token, passwords in
        // method arguments …) are scrubbed here, once per new key, before anything can print them.
        string s = SecretScrubber.Scrub(Encoding.UTF8.GetString(line.Trim((byte)' ')));
        return s.Length > _maxExample ? string.Concat(s.AsSpan(0, _maxExample), "…") : s;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private void Rehash()
    {
        var buckets = new int[_buckets.Length * 2];
        int mask = buckets.Length - 1;
        for (int k = 0; k < _keys; k++)
        {
            int b = (int)_keyHash[k] & mask;
            while (buckets[b] != 0) b = (b + 1) & mask;
            buckets[b] = k + 1;
        }
        _buckets = buckets;
    }

    // Puts a shape that was not in the cache into the empty slot its probe ended at.
    private void RememberShape(int slotIndex, ulong hash, ReadOnlySpan<byte> shape, int idx)
    {
        if (shape.Length > MaxShapeBytes) return;
        bool full = (_shapeCount + 1) * 2 > _shapeMask + 1;
        if (full || _shapeArenaUsed + shape.Length + ShapeSlack > _shapeArena.Length)
        {
            if (full && _shapeMask + 1 < MaxShapeSlots) GrowShapes();
            else if (!full && _shapeArena.Length < MaxShapeArena)
            {
                byte[] arena = System.Buffers.ArrayPool<byte>.Shared.Rent(_shapeArena.Length * 2);
                _shapeArena.AsSpan(0, _shapeArenaUsed).CopyTo(arena);
                System.Buffers.ArrayPool<byte>.Shared.Return(_shapeArena);
                _shapeArena = arena;
            }
            else
            {
                Array.Clear(_shapeSlots, 0, _shapeMask + 1);
                _shapeCount = 0;
                _shapeArenaUsed = 0;
            }
            if (_shapeArenaUsed + shape.Length + ShapeSlack > _shapeArena.Length) return;
            slotIndex = (int)hash & _shapeMask;
            while (_shapeSlots[slotIndex].Value != 0) slotIndex = (slotIndex + 1) & _shapeMask;
        }
        shape.CopyTo(_shapeArena.AsSpan(_shapeArenaUsed));
        _shapeSlots[slotIndex] = new ShapeSlot { Hash = hash, Value = idx + 2, Start = _shapeArenaUsed, Length = shape.Length };
        _shapeArenaUsed += shape.Length;
        _shapeCount++;
    }

    private void GrowShapes()
    {
        int size = (_shapeMask + 1) * 2;
        ShapeSlot[] slots = RentSlots(size);
        int mask = size - 1;
        for (int i = 0; i <= _shapeMask; i++)
        {
            ShapeSlot s = _shapeSlots[i];
            if (s.Value == 0) continue;
            int b = (int)s.Hash & mask;
            while (slots[b].Value != 0) b = (b + 1) & mask;
            slots[b] = s;
        }
        System.Buffers.ArrayPool<ShapeSlot>.Shared.Return(_shapeSlots);
        _shapeSlots = slots;
        _shapeMask = mask;
    }

    /// <summary>Returns the shape cache's memory to the pool when the chunk is done; adding afterwards still works, from an empty cache.</summary>
    public void ReleaseCache()
    {
        System.Buffers.ArrayPool<ShapeSlot>.Shared.Return(_shapeSlots);
        System.Buffers.ArrayPool<byte>.Shared.Return(_shapeArena);
        _shapeSlots = new ShapeSlot[16];
        _shapeMask = 15;
        _shapeArena = new byte[256];
        _shapeArenaUsed = 0;
        _shapeCount = 0;
    }

    /// <summary>The keys with their statistics, in order of first appearance (the <see cref="LogAnalysis.TemplateKeys"/> of a chunk).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<LogTemplate> ToList()
    {
        var list = new List<LogTemplate>(_keys);
        for (int k = 0; k < _keys; k++)
        {
            ReadOnlySpan<long> stats = _stats.AsSpan(k * StatsStride, StatsStride);
            var t = new LogTemplate
            {
                Template = Encoding.UTF8.GetString(_arena, _keyStart[k], _keyLength[k]),
                Example = _example[k],
                FirstSeen = stats[0] == 0 ? null : new DateTime(stats[0], DateTimeKind.Utc),
                LastSeen = stats[1] == 0 ? null : new DateTime(stats[1], DateTimeKind.Utc),
            };
            long count = 0;
            for (int l = 0; l < LogLevels.Count; l++)
            {
                long c = stats[2 + l];
                count += c;
                if (c != 0) t.LevelCounts[LogLevels.Names[l]] = c;
            }
            t.Count = count;
            list.Add(t);
        }
        return list;
    }
}
