using System.Runtime.CompilerServices;
namespace RocketChatAnalyzer.Templates;

/// <summary>
/// Stage 1 of template mining: turns one message into its <em>pre-template key</em> — the message
/// with every recognisably variable part replaced by <c>&lt;*&gt;</c> and whitespace normalised to
/// single spaces. The key depends only on the bytes of the message, never on other messages, so
/// keys can be counted per chunk and summed (see <see cref="TemplateTable"/>); the grouping of keys
/// into templates is stage 2 (<see cref="TemplateMiner"/>).
/// </summary>
/// <remarks>
/// <para>Rules, in the order they are tried at a token or segment start (a <em>token</em> is a run
/// of non-whitespace; a <em>segment</em> is a part of a token between the delimiters
/// <c>= : , ; ( ) [ ] { } | " ' `</c>):</para>
/// <list type="bullet">
/// <item>the value of <c>key=value</c> (any value: <c>user=root</c> → <c>user=&lt;*&gt;</c>), except
///   logfmt's <c>msg="…"</c>, whose words are masked like any others;</item>
/// <item>quoted values <c>"…"</c>, <c>'…'</c>, <c>`…`</c> (may contain spaces; an HTTP request line
///   keeps its method: <c>"GET /x HTTP/1.1"</c> → <c>"GET &lt;*&gt;"</c>), except a quoted message that
///   starts a structured line (<c>"Probe failed" probeType=…</c>);</item>
/// <item>JSON fragments and JS object dumps (<c>{"a":1}</c>, <c>[{…}]</c>, <c>{ userId: 'x' }</c>, <c>{}</c>, <c>[]</c>);</item>
/// <item>URLs (<c>scheme://…</c>) and paths (<c>/…</c>, <c>./</c>, <c>../</c>, <c>~/</c>, <c>C:\</c>, <c>\\server</c>) up to the end of the token;</item>
/// <item>segments containing a digit (numbers, hex, UUIDs, Mongo ObjectIds, IPv4, IPv6, versions,
///   dates, times, durations such as <c>12ms</c>, ids such as <c>blk_-123</c>), or a <c>/</c> or <c>\</c>;</item>
/// <item>MAC addresses as one value, also where groups have no digit (<c>ff:ee:de:fb:1a:2b</c>);</item>
/// <item>Meteor ids (17 characters of <c>23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz</c>;
///   without a digit, both cases and no lower-case run over five unless four or more capitals include a pair),
///   generated letter ids (16+ letters that change case like random text), letter-only lowercase
///   hex of 12+ characters, e-mail addresses, dotted names with two or more dots (host names,
///   Java/JS qualified names), file names with a known extension (<c>chrome.exe</c>,
///   <c>server.js</c>, systemd units <c>nginx.service</c>), lower-case <c>db.collection</c> names,
///   and the literals <c>true false null undefined nil NaN</c>;</item>
/// <item>day and month names next to a number (<c>Mon Jul 25 15:14:33 2005</c> is one variable), and a
///   unit or zone word right after a variable (<c>1.5 s</c>, <c>12 KB</c>, <c>4:37 PM</c>, <c>10:00 UTC</c>);</item>
/// <item>a token that is only <c>()</c> is an empty value, written <c>(&lt;*&gt;)</c> like a filled one.</item>
/// </list>
/// <para>Then, inside a token, variables joined only by glue characters (<c>. : - _ / + , ; @ # % ~ =</c>)
/// become one (<c>172.17.0.2:27017</c> → <c>&lt;*&gt;</c>; a label colon after a lone value, and the
/// full stops that end the message, stay: <c>peers_v2:</c> → <c>&lt;*&gt;:</c>), and a token starting
/// with a variable joins a previous token ending with one (or with one and a comma) (<c>Fan speeds ( 3552 3534 3375 )</c> → <c>Fan speeds ( &lt;*&gt; )</c>,
/// <c>[Sun Dec 04 04:47:44 2005]</c> → <c>[&lt;*&gt;]</c>), and a group of up to three tokens with a variable
/// that repeats right after itself is kept once (<c>node-1 0x1f &lt;ok&gt; node-2 0x2f &lt;ok&gt;</c> →
/// <c>&lt;*&gt; &lt;ok&gt;</c>), so lists of any length share a key.</para>
/// <para>ANSI colour escapes (ESC[…m and syslog's <c>#033[…m</c>) are removed first. Only the first line
/// of a message is used, at most <see cref="MaxInputBytes"/> bytes.</para>
/// <para>Hot path: one pass over the bytes with a class table, no allocation.</para>
/// </remarks>
internal static class TemplateMasker
{
    /// <summary>Longest part of a message (its first line) that is masked; the rest is ignored.</summary>
    public const int MaxInputBytes = 1024;

    /// <summary>Destination size that always suffices for <see cref="MaxInputBytes"/> of input (a 1-byte segment becomes 3 bytes).</summary>
    public const int MaxOutputBytes = MaxInputBytes * 3 + 16;

    private const int MaxQuotedBytes = 1024;

    // Byte classes (bit flags).
    private const ushort Ws = 1;
    private const ushort Digit = 2;
    private const ushort Lower = 4;
    private const ushort Upper = 8;
    private const ushort Delim = 16;
    private const ushort Slash = 32;
    private const ushort Dot = 64;
    private const ushort At = 128;
    private const ushort NonHex = 256;   // anything but 0-9 a-f
    private const ushort Glue = 512;     // may join variables inside a token
    private const ushort Trail = 1024;   // trailing punctuation stripped from a token core

    private static readonly ushort[] s_class = BuildClasses();
    private static readonly bool[] s_meteor = BuildMeteorAlphabet();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static ushort[] BuildClasses()
    {
        var c = new ushort[256];
        for (int b = 0; b < 256; b++)
        {
            ushort f = 0;
            if (b <= ' ') f |= Ws;
            else if (b is >= '0' and <= '9') f |= Digit;
            else if (b is >= 'a' and <= 'z') f |= Lower;
            else if (b is >= 'A' and <= 'Z') f |= Upper;
            if (!(b is >= '0' and <= '9' or >= 'a' and <= 'f')) f |= NonHex;
            c[b] = f;
        }
        foreach (char d in "=:,;()[]{}|\"'`") c[d] |= Delim;
        c['/'] |= Slash;
        c['\\'] |= Slash;
        c['.'] |= Dot;
        c['@'] |= At;
        foreach (char g in ".:-_/+,;@#%~=") c[g] |= Glue;
        foreach (char t in ")]}>\"',.;:!?") c[t] |= Trail;
        return c;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool[] BuildMeteorAlphabet()
    {
        var a = new bool[256];
        foreach (char ch in "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz") a[ch] = true;
        return a;
    }

    /// <summary>
    /// Writes the key of <paramref name="message"/> (at most <see cref="MaxInputBytes"/> bytes, one line,
    /// no ANSI escapes — see <see cref="Prepare"/>) to <paramref name="dest"/> (at least
    /// <see cref="MaxOutputBytes"/> bytes) and returns its length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Mask(ReadOnlySpan<byte> message, Span<byte> dest)
    {
        if (message.Length > MaxInputBytes) throw new ArgumentException("Prepare the message first: it is longer than MaxInputBytes.", nameof(message));
        if (dest.Length < message.Length * 3 + 16) throw new ArgumentException("The destination is too small.", nameof(dest));
        ReadOnlySpan<byte> s = message;
        int n = s.Length;
        int o = 0;
        int i = 0;
        int prevStart = -1;     // start of the previous token in dest
        while (true)
        {
            while (i < n && s[i] <= (byte)' ') i++;
            if (i >= n) break;
            if (o != 0) dest[o++] = (byte)' ';
            int start = o;

            // Day and month names start with one of these capitals, possibly after a bracket ("[Sun Dec 04 …]").
            int w = s[i] is (byte)'[' or (byte)'(' ? i + 1 : i;
            int wordEnd = w < n && s[w] is (byte)'M' or (byte)'T' or (byte)'W' or (byte)'F' or (byte)'S' or (byte)'J' or (byte)'A' or (byte)'O' or (byte)'N' or (byte)'D'
                ? TokenEnd(s, w) : -1;
            if (wordEnd > 0 && IsDateWord(s.Slice(w, wordEnd - w)) && NextStartsDate(s, wordEnd))
            {
                if (w > i) dest[o++] = s[i];
                WriteVar(dest, ref o);
                i = wordEnd;
            }
            else
            {
                // A structured log line starts with its message in quotes ("Probe failed" probeType=…):
                // that text is the statement, not a value; its words are masked like any others.
                if (o == 0 && s[i] == (byte)'"' && IsLeadingMessage(s, i))
                {
                    dest[o++] = s[i++];
                    if (i < n && s[i] <= (byte)' ') continue;
                }
                bool hasVar;
                i = ScanToken(s, i, dest, ref o, out hasVar);
                if (hasVar) Normalize(dest, start, ref o, lastToken: s[i - 1] == (byte)'.' && SkipSpace(s, i) == n);
            }

            // A unit or zone word right after a variable belongs to it ("1.5 s", "12 KB", "4:37 PM").
            if (o - start >= 3 && EndsWithVar(dest, o))
            {
                int j = i;
                while (j < n && s[j] <= (byte)' ') j++;
                if (j < n)
                {
                    int k = TokenEnd(s, j);
                    int core = k;
                    while (core > j && (s_class[s[core - 1]] & Trail) != 0) core--;
                    if (core > j && IsUnit(s.Slice(j, core - j)))
                    {
                        for (int t = core; t < k; t++) dest[o++] = s[t];
                        i = k;
                    }
                }
            }

            // Consecutive variables are one ("3552 3534 3375", "[Sun Dec 04 04:47:44 2005]", "{1:2, 3:4}"):
            // lists of any length share a key.
            if (prevStart >= 0 && o - start >= 3 && IsVarAt(dest, start) && start - 1 - prevStart >= 3)
            {
                int join = IsVarAt(dest, start - 4) ? start - 1
                    : start - 1 - prevStart >= 4 && dest[start - 2] == (byte)',' && IsVarAt(dest, start - 5) ? start - 2 : -1;
                if (join > 0)
                {
                    int tail = o - start - 3;
                    dest.Slice(start + 3, tail).CopyTo(dest.Slice(join));
                    o = join + tail;
                    continue;
                }
            }
            prevStart = start;
        }
        return CollapseRepeatedGroups(dest, o);
    }

    /// <summary>
    /// A group of up to three tokens with a variable that repeats right after itself is one
    /// ("node-1 0x1f &lt;ok&gt; node-2 0x2f &lt;ok&gt;" → "&lt;*&gt; &lt;ok&gt;"), so lists of items of any length share a key.
    /// Repeated plain words ("Bye Bye") are left alone.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CollapseRepeatedGroups(Span<byte> d, int n)
    {
        int vars = 0;
        for (int i = 0; i + 2 < n && vars < 2; i++) if (IsVarAt(d, i)) vars++;
        if (vars < 2) return n;
        Span<int> start = stackalloc int[129];
        int count = 0;
        for (int i = 0; i < n; i++)
        {
            if (i != 0 && d[i - 1] != (byte)' ') continue;
            if (count == 128) return n; // very long keys keep their lists
            start[count++] = i;
        }
        start[count] = n + 1; // token t spans [start[t], start[t + 1] - 1)
        int w = 0;
        int t = 0;
        Span<int> kept = stackalloc int[129];
        int keptCount = 0;
        while (t < count)
        {
            bool removed = false;
            for (int p = 1; p <= 3 && !removed; p++)
            {
                // Compare tokens [t, t+p) with the p kept tokens just before them.
                if (keptCount < p || t + p > count) continue;
                bool same = true;
                bool hasVar = false;
                for (int k = 0; k < p && same; k++)
                {
                    int a = kept[keptCount - p + k], b = t + k;
                    ReadOnlySpan<byte> ta = d.Slice(start[a], start[a + 1] - 1 - start[a]);
                    ReadOnlySpan<byte> tb = d.Slice(start[b], start[b + 1] - 1 - start[b]);
                    same = ta.SequenceEqual(tb);
                    hasVar |= ta.IndexOf("<*>"u8) >= 0;
                }
                if (same && hasVar)
                {
                    t += p;
                    removed = true;
                }
            }
            if (removed) continue;
            kept[keptCount++] = t;
            t++;
        }
        if (keptCount == count) return n;
        // Tokens only move left, in order: copy in place.
        for (int k = 0; k < keptCount; k++)
        {
            int a = kept[k];
            int len = start[a + 1] - 1 - start[a];
            if (w != 0) d[w++] = (byte)' ';
            d.Slice(start[a], len).CopyTo(d.Slice(w));
            w += len;
        }
        return w;
    }

    /// <summary>
    /// Returns the part of <paramref name="message"/> that is masked: its first line, cut to
    /// <see cref="MaxInputBytes"/> at a UTF-8 boundary, with ANSI colour escapes removed (into
    /// <paramref name="scratch"/>, at least <see cref="MaxInputBytes"/> bytes, only when there are any).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<byte> Prepare(ReadOnlySpan<byte> message, Span<byte> scratch)
    {
        // Most messages have none of line break, ESC and '#': one scan says so.
        if (message.IndexOfAny(PrepareBytes) < 0)
            return message.Length > MaxInputBytes ? CutAtCharBoundary(message) : message;
        int nl = message.IndexOfAny((byte)'\n', (byte)'\r');
        ReadOnlySpan<byte> line = nl >= 0 ? message.Slice(0, nl) : message;
        if (line.Length > MaxInputBytes) line = CutAtCharBoundary(line);
        int esc = line.IndexOfAny((byte)0x1B, (byte)'#');
        if (esc < 0 || (line.Slice(esc).IndexOf((byte)0x1B) < 0 && line.Slice(esc).IndexOf("#033["u8) < 0)) return line;
        int o = 0;
        for (int i = 0; i < line.Length;)
        {
            int skip = 0;
            if (line[i] == 0x1B && i + 1 < line.Length && line[i + 1] == (byte)'[') skip = 2;
            else if (line[i] == (byte)'#' && line.Slice(i).StartsWith("#033["u8)) skip = 5;
            else if (line[i] == 0x1B) { i++; continue; }
            if (skip != 0)
            {
                int j = i + skip;
                while (j < line.Length && (line[j] is >= (byte)'0' and <= (byte)'9' || line[j] == (byte)';')) j++;
                if (j < line.Length && line[j] is >= (byte)'@' and <= (byte)'~') { i = j + 1; continue; }
            }
            scratch[o++] = line[i++];
        }
        return scratch.Slice(0, o);
    }

    /// <summary>The bytes that make <see cref="Prepare"/> change a message (line breaks, ESC, '#' of syslog's <c>#033[</c>); none of them: the message is its own prepared line if short enough.</summary>
    internal static readonly System.Buffers.SearchValues<byte> PrepareBytes = System.Buffers.SearchValues.Create("\n\r\u001B#"u8);

    // The first MaxInputBytes bytes of a longer line, not splitting a UTF-8 sequence.
    private static ReadOnlySpan<byte> CutAtCharBoundary(ReadOnlySpan<byte> line)
    {
        int cut = MaxInputBytes;
        while (cut > 0 && (line[cut] & 0xC0) == 0x80) cut--;
        return line.Slice(0, cut);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static int TokenEnd(ReadOnlySpan<byte> s, int i)
    {
        while (i < s.Length && s[i] > (byte)' ') i++;
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static void WriteVar(Span<byte> d, ref int o)
    {
        d[o] = (byte)'<';
        d[o + 1] = (byte)'*';
        d[o + 2] = (byte)'>';
        o += 3;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool IsVarAt(ReadOnlySpan<byte> d, int at) => d[at] == (byte)'<' && d[at + 1] == (byte)'*' && d[at + 2] == (byte)'>';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool EndsWithVar(ReadOnlySpan<byte> d, int o) => IsVarAt(d, o - 3);

    /// <summary>Scans one token from <paramref name="i"/>; returns the index after it (quoted values may span spaces).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ScanToken(ReadOnlySpan<byte> s, int i, Span<byte> d, ref int o, out bool hasVar)
    {
        int n = s.Length;
        int tokenStart = i;
        int seg = i;
        ushort acc = 0;
        int dots = 0;
        bool atOpen = true;
        bool forceValue = false;
        bool messageKey = false;
        hasVar = false;
        while (i < n)
        {
            byte b = s[i];
            ushort c = s_class[b];
            if ((c & Ws) != 0) break;
            if (atOpen)
            {
                atOpen = false;
                int end = -1;
                if (forceValue && messageKey && b == (byte)'"')
                {
                    // logfmt's msg="…" is the message itself: its words are masked like any others.
                    forceValue = false;
                    d[o++] = b;
                    i++;
                    seg = i;
                    continue;
                }
                if (forceValue)
                {
                    forceValue = false;
                    end = (b is (byte)'"' or (byte)'\'' or (byte)'`') ? QuoteClose(s, i) + 1 : 0;
                    if (end <= 0) end = ValueEnd(s, i);
                    if (end > i) { WriteVar(d, ref o); hasVar = true; i = end; seg = i; continue; }
                }
                else if (b is (byte)'"' or (byte)'\'' or (byte)'`')
                {
                    int close = QuoteClose(s, i);
                    if (close > 0)
                    {
                        WriteQuoted(s.Slice(i + 1, close - i - 1), b, d, ref o);
                        hasVar = true;
                        i = close + 1;
                        seg = i;
                        continue;
                    }
                }
                else if (b is (byte)'{' or (byte)'[')
                {
                    end = JsonEnd(s, i);
                }
                else if (b == (byte)'(' && i == tokenStart && i + 1 < n && s[i + 1] == (byte)')' && (i + 2 == n || s[i + 2] <= (byte)' '))
                {
                    // An empty "()" is an empty value: written "(<*>)" like a filled one.
                    d[o++] = (byte)'(';
                    WriteVar(d, ref o);
                    d[o++] = (byte)')';
                    hasVar = true;
                    i += 2;
                    seg = i;
                    continue;
                }
                else if ((c & (Slash | Dot)) != 0 || b == (byte)'~')
                {
                    end = PathOrUrlEnd(s, i);
                }
                else if ((c & (Digit | Lower | Upper)) != 0 && i + 1 < n && s[i + 1] is (byte)':' or (byte)'-' || i + 2 < n && s[i + 2] is (byte)':' or (byte)'-')
                {
                    // A MAC address is one value even where its groups have no digit ("ff:ee:de:fb:1a:2b").
                    end = MacAddressEnd(s, i);
                }
                if (end > i)
                {
                    WriteVar(d, ref o);
                    hasVar = true;
                    i = end;
                    seg = i;
                    continue;
                }
            }
            if ((c & Delim) != 0)
            {
                // "scheme://…" and "C:\…" are seen at their colon, before the scheme is written.
                if (b == (byte)':' && i > seg && i + 1 < n && (acc & ~(Lower | Upper | Digit | Dot | NonHex)) == 0
                    && ((i + 2 < n && s[i + 1] == (byte)'/' && s[i + 2] == (byte)'/') || (i - seg == 1 && s[i + 1] == (byte)'\\')))
                {
                    WriteVar(d, ref o);
                    hasVar = true;
                    i = CoreEnd(s, i);
                    seg = i;
                    acc = 0;
                    dots = 0;
                    continue;
                }
                messageKey = b == (byte)'=' && IsMessageKey(s.Slice(seg, i - seg));
                if (i > seg) hasVar |= FlushSegment(s.Slice(seg, i - seg), acc, dots, d, ref o);
                acc = 0;
                dots = 0;
                d[o++] = b;
                if (b == (byte)'=' && i + 1 < n && s[i + 1] > (byte)' ' && s[i + 1] != (byte)'=' && s[i + 1] != (byte)'>'
                    && (i == 0 || s[i - 1] is not ((byte)'=' or (byte)'!' or (byte)'<' or (byte)'>')))
                {
                    forceValue = true;
                }
                i++;
                seg = i;
                atOpen = true;
                continue;
            }
            acc |= c;
            if ((c & Dot) != 0) dots++;
            i++;
        }
        if (i > seg)
        {
            // The full stop that ends a sentence is not part of its last value ("for UID 1000." → "for UID <*>.").
            int stop = i;
            if (s[i - 1] == (byte)'.' && SkipSpace(s, i) == n) while (stop - 1 > seg && s[stop - 1] == (byte)'.') stop--;
            if (stop < i && s[stop - 1] != (byte)'.' && IsVariableSegment(s.Slice(seg, stop - seg), Classes(s.Slice(seg, stop - seg)), Dots(s.Slice(seg, stop - seg))))
            {
                WriteVar(d, ref o);
                for (int k = stop; k < i; k++) d[o++] = (byte)'.';
                hasVar = true;
            }
            else hasVar |= FlushSegment(s.Slice(seg, i - seg), acc, dots, d, ref o);
        }
        return i;
    }

    /// <summary>
    /// The end of a MAC address at <paramref name="i"/> (six groups of two hex digits joined by the
    /// same ':' or '-', not followed by more of a word), or -1. A run of digits counts as one
    /// character, as in the digit shape the key table masks (<see cref="TemplateTable"/>), so the
    /// answer is the same for a line and its shape.
    /// </summary>
    private static int MacAddressEnd(ReadOnlySpan<byte> s, int i)
    {
        byte sep = 0;
        for (int group = 0; group < 6; group++)
        {
            if (group > 0)
            {
                if (i >= s.Length || s[i] is not ((byte)':' or (byte)'-') || (sep != 0 && s[i] != sep)) return -1;
                sep = s[i++];
            }
            int units = 0;
            bool letters = false;
            while (i < s.Length && units < 3)
            {
                byte b = s[i];
                if (b is >= (byte)'0' and <= (byte)'9') { while (i < s.Length && s[i] is >= (byte)'0' and <= (byte)'9') i++; }
                else if (b is >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F') { i++; letters = true; }
                else break;
                units++;
            }
            // Two hex digits: two units, or one run of digits (a letter alone is not a group: "a-b-c-d-e-f").
            if (units > 2 || units == 0 || units == 1 && letters) return -1;
        }
        return i < s.Length && (s_class[s[i]] & (Lower | Upper | Digit)) != 0 ? -1 : i;
    }

    private static int SkipSpace(ReadOnlySpan<byte> s, int i)
    {
        while (i < s.Length && s[i] <= (byte)' ') i++;
        return i;
    }

    private static ushort Classes(ReadOnlySpan<byte> seg)
    {
        ushort acc = 0;
        foreach (byte b in seg) acc |= s_class[b];
        return acc;
    }

    private static int Dots(ReadOnlySpan<byte> seg) => seg.Count((byte)'.');

    /// <summary>Writes a segment as is or as a variable; returns true for a variable.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool FlushSegment(ReadOnlySpan<byte> seg, ushort acc, int dots, Span<byte> d, ref int o)
    {
        if (IsVariableSegment(seg, acc, dots))
        {
            WriteVar(d, ref o);
            return true;
        }
        seg.CopyTo(d.Slice(o));
        o += seg.Length;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    internal static bool IsVariableSegment(ReadOnlySpan<byte> seg, ushort acc, int dots)
    {
        if ((acc & (Digit | Slash)) != 0) return true;
        int len = seg.Length;
        if (len == 17 && IsMeteorId(seg)) return true;
        if (len >= 16 && IsRandomLetters(seg)) return true;
        if (len >= 12 && (acc & NonHex) == 0) return true;
        if (dots > 0 && IsDottedName(seg)) return true;
        if ((acc & At) != 0 && IsEmail(seg)) return true;
        if (len is >= 3 and <= 9 && IsLiteral(seg)) return true;
        return false;
    }

    // A Meteor id without a digit must still look random: both cases, and no long lowercase run (not
    // a camelCase word) unless upper-case letters also come in a pair, as random text's do and
    // camelCase words' rarely do: of 17 random characters of the Meteor alphabet about one id in
    // eight has a lowercase run of six or more ("qSLiMiaGmZsdopbsi"), and each became a key of its own.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsMeteorId(ReadOnlySpan<byte> seg)
    {
        int upper = 0, lower = 0, run = 0, maxRun = 0, upperPairs = 0;
        bool previousUpper = false;
        foreach (byte b in seg)
        {
            if (!s_meteor[b]) return false;
            if (b is >= (byte)'a' and <= (byte)'z')
            {
                lower++;
                run++;
                if (run > maxRun) maxRun = run;
                previousUpper = false;
                continue;
            }
            run = 0;
            bool isUpper = b is >= (byte)'A' and <= (byte)'Z';
            if (isUpper)
            {
                upper++;
                if (previousUpper) upperPairs++;
            }
            previousUpper = isUpper;
        }
        return upper >= 3 && lower >= 3 && (maxRun <= 5 || (upper >= 4 && upperPairs >= 1));
    }

    /// <summary>
    /// A generated id without digits (base64url document ids, tokens): letters of both cases that
    /// change case like random text — several upper-case pairs, and most lower-case letters in runs
    /// of one or two (camelCase names are words: runs of three and more, "sendSMTPTestEmail";
    /// CONSTANT_NAMES have no lower case).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsRandomLetters(ReadOnlySpan<byte> seg)
    {
        int upper = 0, lower = 0, run = 0, upperPairs = 0, inWords = 0;
        bool prevUpper = false;
        foreach (byte b in seg)
        {
            if (b is >= (byte)'a' and <= (byte)'z')
            {
                lower++;
                if (++run > 5) return false;
                if (run == 3) inWords += 3;
                else if (run > 3) inWords++;
                prevUpper = false;
                continue;
            }
            run = 0;
            if (b is >= (byte)'A' and <= (byte)'Z')
            {
                upper++;
                if (prevUpper) upperPairs++;
                prevUpper = true;
            }
            else if (b is (byte)'-' or (byte)'_') prevUpper = false;
            else return false;
        }
        return upper >= 4 && lower >= 4 && upperPairs >= 2 && inWords * 2 < lower;
    }

    /// <summary>A logfmt key that holds the message (<c>msg</c>, <c>message</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsMessageKey(ReadOnlySpan<byte> key)
    {
        if (key.Length is not (3 or 7)) return false;
        Span<byte> l = stackalloc byte[7];
        for (int i = 0; i < key.Length; i++) l[i] = (byte)(key[i] | 0x20);
        ReadOnlySpan<byte> x = l.Slice(0, key.Length);
        return x.SequenceEqual("msg"u8) || x.SequenceEqual("message"u8);
    }

    /// <summary>
    /// True when the quote at <paramref name="i"/> (the message start) encloses the message of a
    /// structured line: text without a line's worth of nesting, followed by nothing or by
    /// <c>key=</c> pairs (klog <c>InfoS</c>, logfmt-like).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsLeadingMessage(ReadOnlySpan<byte> s, int i)
    {
        int close = QuoteClose(s, i);
        if (close <= i + 1 || s[i + 1] <= (byte)' ') return false;
        int j = close + 1;
        if (j == s.Length) return true;
        if (s[j] > (byte)' ') return false;
        while (j < s.Length && s[j] <= (byte)' ') j++;
        int k = j;
        while (k < s.Length && (s_class[s[k]] & (Lower | Upper | Digit)) != 0 || k < s.Length && s[k] is (byte)'_' or (byte)'.' or (byte)'-') k++;
        return k > j && k < s.Length && s[k] == (byte)'=';
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool IsDottedName(ReadOnlySpan<byte> seg)
    {
        if (seg[^1] == (byte)'.') seg = seg.Slice(0, seg.Length - 1);
        if (seg.Length == 0 || seg[0] == (byte)'.') return false;
        int dots = 0;
        int last = -1;
        for (int i = 0; i < seg.Length; i++)
        {
            if (seg[i] != (byte)'.') continue;
            if (i == last + 1 || i == seg.Length - 1) return false;
            dots++;
            last = i;
        }
        if (dots >= 2) return true;
        return dots == 1 && (IsFileExtension(seg.Slice(last + 1)) || IsTopLevelDomain(seg.Slice(last + 1)) || IsLowerNamespace(seg, last));
    }

    // "rocketchat.users", "system.local": a lower-case namespace and name (database.collection,
    // keyspace.table). Names with capitals ("Rocket.Chat", "Meteor.userId") stay words.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsLowerNamespace(ReadOnlySpan<byte> seg, int dot)
    {
        if (dot < 2 || seg.Length - dot - 1 < 2) return false;
        foreach (byte b in seg)
            if (!(b is >= (byte)'a' and <= (byte)'z' || b is (byte)'_' or (byte)'.')) return false;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool IsFileExtension(ReadOnlySpan<byte> ext)
    {
        if (ext.Length is < 1 or > 10) return false;
        Span<byte> e = stackalloc byte[10];
        for (int i = 0; i < ext.Length; i++) e[i] = (byte)(ext[i] | 0x20);
        ReadOnlySpan<byte> x = e.Slice(0, ext.Length);
        switch (x.Length)
        {
            case 1:
                return x[0] is (byte)'c' or (byte)'h';
            case 2:
                return x.SequenceEqual("js"u8) || x.SequenceEqual("ts"u8) || x.SequenceEqual("py"u8) || x.SequenceEqual("so"u8)
                    || x.SequenceEqual("sh"u8) || x.SequenceEqual("gz"u8) || x.SequenceEqual("db"u8) || x.SequenceEqual("cs"u8)
                    || x.SequenceEqual("go"u8) || x.SequenceEqual("rb"u8) || x.SequenceEqual("md"u8);
            case 3:
                return x.SequenceEqual("exe"u8) || x.SequenceEqual("dll"u8) || x.SequenceEqual("sys"u8) || x.SequenceEqual("mjs"u8)
                    || x.SequenceEqual("cjs"u8) || x.SequenceEqual("jsx"u8) || x.SequenceEqual("tsx"u8) || x.SequenceEqual("jar"u8)
                    || x.SequenceEqual("log"u8) || x.SequenceEqual("txt"u8) || x.SequenceEqual("xml"u8) || x.SequenceEqual("yml"u8)
                    || x.SequenceEqual("ini"u8) || x.SequenceEqual("cfg"u8) || x.SequenceEqual("htm"u8) || x.SequenceEqual("php"u8)
                    || x.SequenceEqual("css"u8) || x.SequenceEqual("png"u8) || x.SequenceEqual("jpg"u8) || x.SequenceEqual("gif"u8)
                    || x.SequenceEqual("svg"u8) || x.SequenceEqual("pdf"u8) || x.SequenceEqual("zip"u8) || x.SequenceEqual("tar"u8)
                    || x.SequenceEqual("tgz"u8) || x.SequenceEqual("csv"u8) || x.SequenceEqual("dat"u8) || x.SequenceEqual("tmp"u8)
                    || x.SequenceEqual("bak"u8) || x.SequenceEqual("pid"u8) || x.SequenceEqual("sqm"u8) || x.SequenceEqual("mum"u8)
                    || x.SequenceEqual("cab"u8) || x.SequenceEqual("msi"u8) || x.SequenceEqual("cpp"u8) || x.SequenceEqual("pem"u8)
                    || x.SequenceEqual("crt"u8) || x.SequenceEqual("key"u8) || x.SequenceEqual("apk"u8) || x.SequenceEqual("dex"u8);
            case 4:
                return x.SequenceEqual("json"u8) || x.SequenceEqual("yaml"u8) || x.SequenceEqual("conf"u8) || x.SequenceEqual("html"u8)
                    || x.SequenceEqual("java"u8) || x.SequenceEqual("jpeg"u8) || x.SequenceEqual("lock"u8) || x.SequenceEqual("sock"u8)
                    || x.SequenceEqual("node"u8) || x.SequenceEqual("woff"u8) || x.SequenceEqual("mp4a"u8);
            case 5:
                return x.SequenceEqual("class"u8) || x.SequenceEqual("scala"u8) || x.SequenceEqual("timer"u8) || x.SequenceEqual("mount"u8)
                    || x.SequenceEqual("slice"u8) || x.SequenceEqual("scope"u8);
            case 6:
                // systemd units ("nginx.service", "docker.socket", "multi-user.target").
                return x.SequenceEqual("coffee"u8) || x.SequenceEqual("socket"u8) || x.SequenceEqual("target"u8);
            case 7:
                return x.SequenceEqual("service"u8);
            case 8:
                return x.SequenceEqual("manifest"u8);
            case 10:
                return x.SequenceEqual("properties"u8);
            default:
                return false;
        }
    }

    // Host names with one dot (dropbox.com); only common generic and a few country domains, so "Rocket.Chat" or "Meteor.userId" stay words.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsTopLevelDomain(ReadOnlySpan<byte> tld) =>
        tld.SequenceEqual("com"u8) || tld.SequenceEqual("net"u8) || tld.SequenceEqual("org"u8) || tld.SequenceEqual("io"u8)
        || tld.SequenceEqual("edu"u8) || tld.SequenceEqual("gov"u8) || tld.SequenceEqual("local"u8) || tld.SequenceEqual("lan"u8)
        || tld.SequenceEqual("internal"u8) || tld.SequenceEqual("cn"u8) || tld.SequenceEqual("de"u8) || tld.SequenceEqual("uk"u8)
        || tld.SequenceEqual("fr"u8) || tld.SequenceEqual("ru"u8) || tld.SequenceEqual("br"u8) || tld.SequenceEqual("jp"u8);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool IsEmail(ReadOnlySpan<byte> seg)
    {
        int at = seg.IndexOf((byte)'@');
        return at > 0 && seg.Slice(at + 1).IndexOf((byte)'.') > 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool IsLiteral(ReadOnlySpan<byte> seg)
    {
        byte f = (byte)(seg[0] | 0x20);
        if (f is not ((byte)'t' or (byte)'f' or (byte)'n' or (byte)'u')) return false;
        Span<byte> w = stackalloc byte[9];
        for (int i = 0; i < seg.Length; i++) w[i] = (byte)(seg[i] | 0x20);
        ReadOnlySpan<byte> x = w.Slice(0, seg.Length);
        return x.SequenceEqual("true"u8) || x.SequenceEqual("false"u8) || x.SequenceEqual("null"u8)
            || x.SequenceEqual("undefined"u8) || x.SequenceEqual("nil"u8) || x.SequenceEqual("nan"u8);
    }

    /// <summary>Index of the quote closing the one at <paramref name="i"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int QuoteClose(ReadOnlySpan<byte> s, int i)
    {
        byte q = s[i];
        int limit = Math.Min(s.Length, i + 1 + MaxQuotedBytes);
        for (int j = i + 1; j < limit; j++)
        {
            byte b = s[j];
            if (b == (byte)'\\' && q == (byte)'"') { j++; continue; }
            if (b != q) continue;
            if (q != (byte)'\'') return j;
            // An apostrophe closes only before a break ("'x'," yes; "'Rocket's" no).
            if (j + 1 == s.Length || s[j + 1] <= (byte)' ' || (s_class[s[j + 1]] & (Trail | Delim)) != 0) return j;
        }
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static void WriteQuoted(ReadOnlySpan<byte> inner, byte quote, Span<byte> d, ref int o)
    {
        // An HTTP request line keeps its method: the method tells requests apart, the URL is the variable.
        int sp = inner.IndexOf((byte)' ');
        if (sp is >= 3 and <= 7 && IsHttpMethod(inner.Slice(0, sp)))
        {
            d[o++] = quote;
            inner.Slice(0, sp + 1).CopyTo(d.Slice(o));
            o += sp + 1;
            WriteVar(d, ref o);
            d[o++] = quote;
            return;
        }
        WriteVar(d, ref o);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool IsHttpMethod(ReadOnlySpan<byte> w) =>
        w.SequenceEqual("GET"u8) || w.SequenceEqual("POST"u8) || w.SequenceEqual("PUT"u8) || w.SequenceEqual("DELETE"u8)
        || w.SequenceEqual("HEAD"u8) || w.SequenceEqual("PATCH"u8) || w.SequenceEqual("OPTIONS"u8);

    /// <summary>End (exclusive) of a JSON fragment or JS object dump starting at <paramref name="i"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int JsonEnd(ReadOnlySpan<byte> s, int i)
    {
        int j = i + 1;
        while (j < s.Length && s[j] == (byte)' ') j++;
        if (j >= s.Length) return -1;
        byte open = s[i];
        byte next = s[j];
        bool looks = open == (byte)'{'
            ? next is (byte)'"' or (byte)'}' or (byte)'\'' || (j > i + 1 && IsIdentStartThenColon(s, j))
            : next is (byte)'{' or (byte)'"' or (byte)']' or (byte)'\'';
        if (!looks) return -1;
        int depth = 0;
        int limit = Math.Min(s.Length, i + MaxQuotedBytes * 4);
        for (int k = i; k < limit; k++)
        {
            byte b = s[k];
            if (b is (byte)'"' or (byte)'\'')
            {
                for (k++; k < limit && s[k] != b; k++) if (s[k] == (byte)'\\') k++;
                continue;
            }
            if (b is (byte)'{' or (byte)'[') depth++;
            else if (b is (byte)'}' or (byte)']' && --depth == 0) return k + 1;
        }
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool IsIdentStartThenColon(ReadOnlySpan<byte> s, int j)
    {
        int k = j;
        while (k < s.Length && (s_class[s[k]] & (Lower | Upper | Digit)) != 0 || k < s.Length && s[k] is (byte)'_' or (byte)'$') k++;
        return k > j && k < s.Length && s[k] == (byte)':';
    }

    /// <summary>End of a path starting at <paramref name="i"/> (the token's end less trailing punctuation), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int PathOrUrlEnd(ReadOnlySpan<byte> s, int i)
    {
        int n = s.Length;
        byte b = s[i];
        bool match;
        if (b == (byte)'/') match = i + 1 < n && s[i + 1] > (byte)' ';
        else if (b == (byte)'\\') match = i + 1 < n && s[i + 1] == (byte)'\\';
        else if (b == (byte)'~') match = i + 1 < n && s[i + 1] == (byte)'/';
        else match = s.Slice(i).StartsWith("./"u8) || s.Slice(i).StartsWith("../"u8);
        if (!match) return -1;
        // A semicolon ends a path: it separates the fields of a record ("/var;WARNING;SOFT;4;DISK …").
        int end = CoreEnd(s, i);
        int semicolon = s.Slice(i, end - i).IndexOf((byte)';');
        return semicolon > 1 ? i + semicolon : end;
    }

    /// <summary>The end of the token at <paramref name="i"/> less its trailing punctuation (at least one byte past <paramref name="i"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CoreEnd(ReadOnlySpan<byte> s, int i)
    {
        int end = TokenEnd(s, i);
        while (end > i + 1 && (s_class[s[end - 1]] & Trail) != 0) end--;
        return end;
    }

    /// <summary>End of the value of a <c>key=value</c> starting at <paramref name="i"/> (spaces allowed inside brackets).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ValueEnd(ReadOnlySpan<byte> s, int i)
    {
        int depth = 0;
        int j = i;
        int lastBreak = -1;
        for (; j < s.Length; j++)
        {
            byte b = s[j];
            if (b <= (byte)' ')
            {
                if (depth == 0 || j - i > MaxQuotedBytes) break;
                if (lastBreak < 0) lastBreak = j;
                continue;
            }
            if (b is (byte)'(' or (byte)'[' or (byte)'{') depth++;
            else if (b is (byte)')' or (byte)']' or (byte)'}') { if (depth == 0) break; depth--; }
            else if (depth == 0 && b is (byte)',' or (byte)';' or (byte)'&' or (byte)'|') break;
        }
        // An unclosed bracket does not swallow the rest of the line: stop at its first space.
        return depth > 0 && lastBreak > 0 ? lastBreak : j;
    }

    /// <summary>Rewrites the token at <c>d[start..o)</c>: variables joined by glue become one, and a token that is only glue and one variable becomes a plain variable.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Normalize(Span<byte> d, int start, ref int o, bool lastToken)
    {
        int w = start;
        int r = start;
        int vars = 0;
        bool other = false;
        while (r < o)
        {
            if (r + 2 < o && IsVarAt(d, r))
            {
                // Absorb glue + variable runs after this variable.
                int k = r + 3;
                while (true)
                {
                    int g = k;
                    while (g < o && (s_class[d[g]] & Glue) != 0 && !(g + 2 < o && IsVarAt(d, g))) g++;
                    if (g + 2 < o && IsVarAt(d, g)) { k = g + 3; continue; }
                    break;
                }
                WriteVar(d, ref w);
                vars++;
                r = k;
                continue;
            }
            if ((s_class[d[r]] & Glue) == 0) other = true;
            d[w++] = d[r++];
        }
        o = w;
        // A lone variable with glue around it is the variable ("-42", "#7", "<*>,"), except a label
        // colon at its end ("peers_v2:"), which separates it from the value that follows.
        if (vars == 1 && !other && o - start > 3 && !(IsVarAt(d, start) && IsLabelOrStop(d.Slice(start + 3, o - start - 3), lastToken)))
        {
            o = start;
            WriteVar(d, ref o);
        }
    }

    // ":" after a value (a label), or the full stops that end the message.
    private static bool IsLabelOrStop(ReadOnlySpan<byte> rest, bool lastToken) =>
        rest.Length == 1 && rest[0] == (byte)':' || lastToken && rest.Length > 0 && rest.IndexOfAnyExcept((byte)'.') < 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool IsUnit(ReadOnlySpan<byte> w)
    {
        if (w.Length > 12) return false;
        if (w.Length == 1) return w[0] is (byte)'s' or (byte)'h' or (byte)'d' or (byte)'B' or (byte)'K' or (byte)'M' or (byte)'G' or (byte)'Z';
        Span<byte> l = stackalloc byte[12];
        for (int i = 0; i < w.Length; i++) l[i] = (byte)(w[i] | 0x20);
        ReadOnlySpan<byte> x = l.Slice(0, w.Length);
        if (x.Length == 2)
        {
            return x.SequenceEqual("ms"u8) || x.SequenceEqual("us"u8) || x.SequenceEqual("ns"u8) || x.SequenceEqual("kb"u8)
                || x.SequenceEqual("mb"u8) || x.SequenceEqual("gb"u8) || x.SequenceEqual("tb"u8) || x.SequenceEqual("hr"u8)
                || x.SequenceEqual("am"u8) || x.SequenceEqual("pm"u8) || w.SequenceEqual("µs"u8);
        }
        return x.SequenceEqual("sec"u8) || x.SequenceEqual("secs"u8) || x.SequenceEqual("second"u8) || x.SequenceEqual("seconds"u8)
            || x.SequenceEqual("msec"u8) || x.SequenceEqual("msecs"u8) || x.SequenceEqual("millis"u8) || x.SequenceEqual("milliseconds"u8)
            || x.SequenceEqual("min"u8) || x.SequenceEqual("mins"u8) || x.SequenceEqual("minute"u8) || x.SequenceEqual("minutes"u8)
            || x.SequenceEqual("hrs"u8) || x.SequenceEqual("hour"u8) || x.SequenceEqual("hours"u8) || x.SequenceEqual("day"u8)
            || x.SequenceEqual("days"u8) || x.SequenceEqual("kib"u8) || x.SequenceEqual("mib"u8) || x.SequenceEqual("gib"u8)
            || x.SequenceEqual("byte"u8) || x.SequenceEqual("bytes"u8)
            || w.SequenceEqual("UTC"u8) || w.SequenceEqual("GMT"u8) || w.SequenceEqual("CET"u8) || w.SequenceEqual("CEST"u8)
            || w.SequenceEqual("EST"u8) || w.SequenceEqual("EDT"u8) || w.SequenceEqual("CST"u8) || w.SequenceEqual("CDT"u8)
            || w.SequenceEqual("MST"u8) || w.SequenceEqual("MDT"u8) || w.SequenceEqual("PST"u8) || w.SequenceEqual("PDT"u8)
            || w.SequenceEqual("BST"u8) || w.SequenceEqual("IST"u8) || w.SequenceEqual("JST"u8);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool IsDateWord(ReadOnlySpan<byte> token)
    {
        if (token.Length > 0 && token[^1] == (byte)',') token = token.Slice(0, token.Length - 1);
        if (token.Length < 3 || token.Length > 9 || token[0] is < (byte)'A' or > (byte)'Z') return false;
        ReadOnlySpan<byte> t3 = token.Slice(0, 3);
        bool abbrev = t3.SequenceEqual("Mon"u8) || t3.SequenceEqual("Tue"u8) || t3.SequenceEqual("Wed"u8) || t3.SequenceEqual("Thu"u8)
            || t3.SequenceEqual("Fri"u8) || t3.SequenceEqual("Sat"u8) || t3.SequenceEqual("Sun"u8) || t3.SequenceEqual("Jan"u8)
            || t3.SequenceEqual("Feb"u8) || t3.SequenceEqual("Mar"u8) || t3.SequenceEqual("Apr"u8) || t3.SequenceEqual("May"u8)
            || t3.SequenceEqual("Jun"u8) || t3.SequenceEqual("Jul"u8) || t3.SequenceEqual("Aug"u8) || t3.SequenceEqual("Sep"u8)
            || t3.SequenceEqual("Oct"u8) || t3.SequenceEqual("Nov"u8) || t3.SequenceEqual("Dec"u8);
        if (!abbrev) return false;
        if (token.Length == 3) return true;
        return token.SequenceEqual("Monday"u8) || token.SequenceEqual("Tuesday"u8) || token.SequenceEqual("Wednesday"u8)
            || token.SequenceEqual("Thursday"u8) || token.SequenceEqual("Friday"u8) || token.SequenceEqual("Saturday"u8)
            || token.SequenceEqual("Sunday"u8) || token.SequenceEqual("January"u8) || token.SequenceEqual("February"u8)
            || token.SequenceEqual("March"u8) || token.SequenceEqual("April"u8) || token.SequenceEqual("June"u8)
            || token.SequenceEqual("July"u8) || token.SequenceEqual("August"u8) || token.SequenceEqual("September"u8)
            || token.SequenceEqual("Sept"u8) || token.SequenceEqual("October"u8) || token.SequenceEqual("November"u8)
            || token.SequenceEqual("December"u8);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool NextStartsDate(ReadOnlySpan<byte> s, int i)
    {
        while (i < s.Length && s[i] <= (byte)' ') i++;
        if (i >= s.Length) return false;
        if (s[i] is >= (byte)'0' and <= (byte)'9') return true;
        return IsDateWord(s.Slice(i, TokenEnd(s, i) - i));
    }
}
