using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace RocketChatAnalyzer;

/// <summary>
/// The matcher layer: a compiled set of case-insensitive patterns tested against a message in one
/// pass. Its answer is defined as <c>Regex.IsMatch(message, pattern, IgnoreCase | CultureInvariant)</c>
/// for every pattern (the reference the tests compare against).
/// <para>
/// Plain ASCII literals (the vast majority of rules) are compiled into one case-folding
/// Aho–Corasick automaton run over the UTF-8 bytes, so the cost per message is one table lookup per
/// byte regardless of the number of patterns. Patterns with regex syntax are compiled regexes run
/// on the decoded message. Messages with non-ASCII bytes go through the regex path for every pattern
/// whose case-insensitive meaning reaches beyond ASCII (e.g. 'k' also matches U+212A KELVIN SIGN).
/// </para>
/// Thread-safety: immutable after construction; <c>Match</c> may run on many threads at once.
/// </summary>
public sealed class PatternSet
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private readonly string[] _patterns;
    private readonly PatternCategory[] _categories;
    private readonly int _words;

    // Aho–Corasick DFA over bytes (ASCII letters folded), alphabet-compressed so that the table stays
    // in the core's L1/L2 cache: bytes that every state treats alike share a class (_class), and
    // _table[offset + class] holds the next state's offset (state × classes) with the sign bit set
    // when that state has outputs. A few dozen classes instead of 256 columns: ~70 KB, not ~450 KB.
    private readonly int[] _table;
    private readonly byte[] _class;
    private readonly int _classes;
    private readonly ulong[] _output;     // per state, _words words of pattern bits (suffix outputs included)
    private readonly ulong[] _alwaysMask; // empty literals
    private readonly bool _hasLiterals;

    // Regex patterns: index + compiled regex.
    private readonly (int Index, Regex Regex)[] _regexes;
    // Literal patterns whose letters have non-ASCII case equivalents: regex-checked for non-ASCII messages.
    private readonly (int Index, Regex Regex)[] _unicodeSensitive;

    public PatternSet(AnalysisRules rules)
        : this(rules.AllPatterns().ToList())
    {
    }

    private static readonly ConditionalWeakTable<AnalysisRules, PatternSet> s_byRules = new();

    /// <summary>
    /// The compiled set of a rules object, built once per object and shared (rules and sets are
    /// immutable). Compiling the regexes and the automaton takes about 3 ms, which every cmdlet
    /// call would otherwise pay, cache hits and appends to a log included.
    /// </summary>
    public static PatternSet For(AnalysisRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return s_byRules.GetValue(rules, r => new PatternSet(r));
    }

    public PatternSet(IReadOnlyList<(string Pattern, PatternCategory Category)> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        _patterns = new string[patterns.Count];
        _categories = new PatternCategory[patterns.Count];
        _words = Math.Max(1, (patterns.Count + 63) / 64);
        _alwaysMask = new ulong[_words];
        var literals = new List<(int Index, byte[] Bytes)>();
        var regexes = new List<(int, Regex)>();
        var sensitive = new List<(int, Regex)>();
        for (int i = 0; i < patterns.Count; i++)
        {
            _patterns[i] = patterns[i].Pattern;
            _categories[i] = patterns[i].Category;
            if (TryLiteral(patterns[i].Pattern, out byte[]? lit))
            {
                if (lit.Length == 0) _alwaysMask[i >> 6] |= 1UL << (i & 63);
                else literals.Add((i, lit));
                if (HasNonAsciiCaseEquivalent(lit)) sensitive.Add((i, new Regex(patterns[i].Pattern, Options)));
            }
            else
            {
                // Real regexes run on every message: compiled. (The Unicode-case fallbacks above run
                // only on non-ASCII messages, so they stay interpreted and cost nothing to build.)
                regexes.Add((i, new Regex(patterns[i].Pattern, Options | RegexOptions.Compiled)));
            }
        }
        _regexes = regexes.ToArray();
        _unicodeSensitive = sensitive.ToArray();
        _hasLiterals = literals.Count > 0;
        (int[] delta, _output, bool[] hasOutput) = BuildAutomaton(literals, _words);
        (_table, _class, _classes) = Compress(delta, hasOutput);
    }

    /// <summary>Pattern texts in rule order.</summary>
    public IReadOnlyList<string> Patterns => _patterns;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    public PatternCategory CategoryOf(int index) => _categories[index];

    public int Count => _patterns.Length;

    /// <summary>Words (64 patterns each) a hit bitset needs.</summary>
    public int Words => _words;

    /// <summary>
    /// Sets bit <c>i</c> of <paramref name="hits"/> for every pattern <c>i</c> matching <paramref name="utf8"/>.
    /// <paramref name="hits"/> must have <see cref="Words"/> elements and be cleared by the caller.
    /// <paramref name="scratch"/> is a per-thread buffer for decoding (grown as needed).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Match(ReadOnlySpan<byte> utf8, Span<ulong> hits, ref char[]? scratch)
    {
        for (int w = 0; w < _words; w++) hits[w] |= _alwaysMask[w];
        if (_hasLiterals)
        {
            // Hot loop: two small-table lookups per byte. Every offset + class is < _table.Length by
            // construction, so bounds checks are skipped.
            ref int table = ref MemoryMarshal.GetArrayDataReference(_table);
            ref byte cls = ref MemoryMarshal.GetArrayDataReference(_class);
            ref byte p = ref MemoryMarshal.GetReference(utf8);
            int off = 0;
            for (int i = 0; i < utf8.Length; i++)
            {
                int e = Unsafe.Add(ref table, off + Unsafe.Add(ref cls, Unsafe.Add(ref p, i)));
                off = e & int.MaxValue;
                if (e < 0)
                {
                    int o = off / _classes * _words;
                    for (int w = 0; w < _words; w++) hits[w] |= _output[o + w];
                }
            }
        }

        if (_regexes.Length == 0 && _unicodeSensitive.Length == 0) return;
        bool nonAscii = !Ascii.IsValid(utf8);

        if (_regexes.Length == 0 && (!nonAscii || _unicodeSensitive.Length == 0)) return;

        int max = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (scratch is null || scratch.Length < max) scratch = new char[Math.Max(max, 256)];
        int n = Encoding.UTF8.GetChars(utf8, scratch);
        ReadOnlySpan<char> text = scratch.AsSpan(0, n);
        foreach (var (index, regex) in _regexes)
            if (regex.IsMatch(text)) hits[index >> 6] |= 1UL << (index & 63);
        if (nonAscii)
            foreach (var (index, regex) in _unicodeSensitive)
                if ((hits[index >> 6] & (1UL << (index & 63))) == 0 && regex.IsMatch(text)) hits[index >> 6] |= 1UL << (index & 63);
    }

    /// <summary>Convenience overload for tests and cold paths.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool[] Match(string message)
    {
        var hits = new ulong[_words];
        char[]? scratch = null;
        Match(Encoding.UTF8.GetBytes(message), hits, ref scratch);
        var r = new bool[_patterns.Length];
        for (int i = 0; i < r.Length; i++) r[i] = (hits[i >> 6] & (1UL << (i & 63))) != 0;
        return r;
    }

    private static readonly SearchValues<char> s_meta = SearchValues.Create("\\^$.|?*+()[]{}#");

    /// <summary>A pattern is a literal when it has no regex syntax and is ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryLiteral(string pattern, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (pattern.AsSpan().IndexOfAny(s_meta) >= 0) return false;
        foreach (char c in pattern) if (c >= 0x80) return false;
        bytes = new byte[pattern.Length];
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            bytes[i] = (byte)(c is >= 'A' and <= 'Z' ? c | 0x20 : c);
        }
        return true;
    }

    /// <summary>
    /// ASCII letters that a case-insensitive, culture-invariant .NET regex also matches outside ASCII
    /// (k: U+212A KELVIN SIGN, and so on). A unit test recomputes this set from the regex engine.
    /// </summary>
    internal static readonly string AsciiLettersWithUnicodeEquivalents = "k";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool HasNonAsciiCaseEquivalent(byte[] lit)
    {
        foreach (byte b in lit)
            if (b is >= (byte)'a' and <= (byte)'z' && AsciiLettersWithUnicodeEquivalents.Contains((char)b, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Groups the 256 byte values into classes with identical columns and builds the compact table.</summary>
    private static (int[] Table, byte[] Class, int Classes) Compress(int[] delta, bool[] hasOutput)
    {
        int n = hasOutput.Length;
        var cls = new byte[256];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var representative = new List<int>();
        var column = new int[n];
        for (int b = 0; b < 256; b++)
        {
            for (int st = 0; st < n; st++) column[st] = delta[st * 256 + b];
            string key = string.Join(',', column);
            if (!columns.TryGetValue(key, out int c))
            {
                c = columns.Count;
                columns[key] = c;
                representative.Add(b);
            }
            cls[b] = (byte)c;
        }
        int classes = columns.Count;
        if ((long)n * classes >= int.MaxValue) throw new InvalidOperationException("Pattern automaton too large.");
        var table = new int[n * classes];
        for (int st = 0; st < n; st++)
            for (int c = 0; c < classes; c++)
            {
                int next = delta[st * 256 + representative[c]];
                table[st * classes + c] = next * classes | (hasOutput[next] ? int.MinValue : 0);
            }
        return (table, cls, classes);
    }

    private static (int[] Delta, ulong[] Output, bool[] HasOutput) BuildAutomaton(List<(int Index, byte[] Bytes)> literals, int words)
    {
        // Trie over folded bytes.
        var next = new List<int[]> { NewRow() };
        var outputs = new List<ulong[]> { new ulong[words] };
        foreach (var (index, bytes) in literals)
        {
            int s = 0;
            foreach (byte b in bytes)
            {
                if (next[s][b] < 0)
                {
                    next[s][b] = next.Count;
                    next.Add(NewRow());
                    outputs.Add(new ulong[words]);
                }
                s = next[s][b];
            }
            outputs[s][index >> 6] |= 1UL << (index & 63);
        }
        int n = next.Count;
        var delta = new int[n * 256];
        var fail = new int[n];
        var queue = new Queue<int>();
        for (int b = 0; b < 256; b++)
        {
            int t = next[0][Fold(b)];
            if (t < 0) delta[b] = 0;
            else
            {
                delta[b] = t;
                if (Fold(b) == b) { fail[t] = 0; queue.Enqueue(t); }
            }
        }
        while (queue.Count > 0)
        {
            int s = queue.Dequeue();
            for (int w = 0; w < words; w++) outputs[s][w] |= outputs[fail[s]][w];
            for (int b = 0; b < 256; b++)
            {
                int fb = Fold(b);
                int t = next[s][fb];
                if (t >= 0 && fb == b)
                {
                    fail[t] = delta[fail[s] * 256 + b];
                    delta[s * 256 + b] = t;
                    queue.Enqueue(t);
                }
                else if (t >= 0)
                {
                    delta[s * 256 + b] = t; // upper-case letter: same transition as its lower-case form
                }
                else
                {
                    delta[s * 256 + b] = delta[fail[s] * 256 + b];
                }
            }
        }
        var flat = new ulong[n * words];
        var has = new bool[n];
        for (int s = 0; s < n; s++)
        {
            bool any = false;
            for (int w = 0; w < words; w++) { flat[s * words + w] = outputs[s][w]; any |= outputs[s][w] != 0; }
            has[s] = any;
        }
        return (delta, flat, has);

        static int[] NewRow() { var r = new int[256]; Array.Fill(r, -1); return r; }
        static int Fold(int b) => b is >= 'A' and <= 'Z' ? b | 0x20 : b;
    }
}
