using System.Runtime.CompilerServices;

namespace RocketChatAnalyzer.Logs;

/// <summary>Where a string value is: a range of the JSON line, or (when it had escapes) of the scratch buffer.</summary>
internal readonly struct Slice
{
    public Slice(int start, int length, bool inScratch) { Start = start; Length = length; InScratch = inScratch; }
    public readonly int Start;
    public readonly int Length;
    public readonly bool InScratch;
    public bool IsEmpty => Length == 0;
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<byte> Resolve(ReadOnlySpan<byte> json, ScratchBuffer scratch) =>
        Length == 0 ? default : InScratch ? scratch.Span.Slice(Start, Length) : json.Slice(Start, Length);
}

/// <summary>Fields of one JSON log line, located without building objects.</summary>
internal struct JsonFields
{
    public LogLevel Level;
    public bool HasLevel;
    public long Ticks;
    public Slice Msg;
    public Slice Message;
    public Slice Text;
    public Slice ErrMessage;
    public Slice Method;
    public Slice Url;
    public Slice Status;
    public Slice Name;
    /// <summary>True when the JSON could not be read to its end (truncated or invalid).</summary>
    public bool Failed;
}

/// <summary>
/// Reads pino / Meteor JSON / MongoDB JSON log lines with a purpose-built scanner: level
/// (<c>level</c>, <c>severity</c>, MongoDB <c>s</c>), time (<c>time</c>, <c>timestamp</c>, <c>t</c>, <c>ts</c>;
/// ISO string, epoch ms, or EJSON <c>{"$date":…}</c>), message (<c>msg</c>, <c>message</c>, <c>text</c>,
/// <c>err.message</c>) and the http fields, without building objects or validating what it skips.
/// Duplicate keys: the last one wins, as in JSON.parse. Strings with escapes are unescaped into the
/// caller's scratch buffer. Leniency is defined here once: string contents are not UTF-8-validated
/// and unknown escapes keep their character; <see cref="JsonFields.Failed"/> is set for structural
/// errors (unterminated string, missing ':' or ',', unbalanced nesting, end of input inside the object).
/// </summary>
internal static class JsonEntryParser
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static JsonFields Parse(ReadOnlySpan<byte> json, ScratchBuffer scratch)
    {
        var f = default(JsonFields);
        long timeTicks = 0, timestampTicks = 0, tTicks = 0, tsTicks = 0;
        LogLevel severityLevel = LogLevel.Unknown, mongoLevel = LogLevel.Unknown;
        bool hasSeverity = false, hasMongo = false;
        int i = SkipWs(json, 0);
        if (i >= json.Length || json[i] != '{') { f.Failed = true; return f; }
        i = SkipWs(json, i + 1);
        if (i < json.Length && json[i] == '}') return f;
        while (true)
        {
            if (i >= json.Length || json[i] != '"') { f.Failed = true; break; }
            int keyStart = i + 1;
            int keyEnd = StringEnd(json, keyStart, out bool keyEscaped);
            if (keyEnd < 0) { f.Failed = true; break; }
            Key key = keyEscaped ? ClassifyEscaped(json.Slice(keyStart, keyEnd - keyStart)) : Classify(json.Slice(keyStart, keyEnd - keyStart));
            i = SkipWs(json, keyEnd + 1);
            if (i >= json.Length || json[i] != ':') { f.Failed = true; break; }
            i = SkipWs(json, i + 1);
            if (i >= json.Length) { f.Failed = true; break; }
            int valueStart = i;
            int valueEnd = ValueEnd(json, i);
            if (valueEnd < 0) { f.Failed = true; break; }
            ReadOnlySpan<byte> value = json.Slice(valueStart, valueEnd - valueStart);
            switch (key)
            {
                case Key.Level:
                    if (TryLevel(value, scratch, out var lv)) { f.Level = lv; f.HasLevel = true; }
                    break;
                case Key.Severity:
                    if (TryLevel(value, scratch, out var sv)) { severityLevel = sv; hasSeverity = true; }
                    break;
                case Key.S:
                    if (value.Length is >= 3 and <= 4 && value[0] == '"' && value[^1] == '"')
                    {
                        mongoLevel = value[1] switch
                        {
                            (byte)'F' => LogLevel.Fatal, (byte)'E' => LogLevel.Error, (byte)'W' => LogLevel.Warn,
                            (byte)'I' => LogLevel.Info, (byte)'D' => LogLevel.Debug, _ => LogLevel.Unknown,
                        };
                        hasMongo = mongoLevel != LogLevel.Unknown;
                    }
                    break;
                case Key.Time: timeTicks = ReadTime(value, scratch); break;
                case Key.Timestamp: timestampTicks = ReadTime(value, scratch); break;
                case Key.T: tTicks = ReadTime(value, scratch); break;
                case Key.Ts: tsTicks = ReadTime(value, scratch); break;
                case Key.Msg: f.Msg = StringSlice(json, valueStart, valueEnd, scratch); break;
                case Key.Message: f.Message = StringSlice(json, valueStart, valueEnd, scratch); break;
                case Key.Text: f.Text = StringSlice(json, valueStart, valueEnd, scratch); break;
                case Key.Method: f.Method = StringSlice(json, valueStart, valueEnd, scratch); break;
                case Key.Url: f.Url = StringSlice(json, valueStart, valueEnd, scratch); break;
                case Key.Name: f.Name = StringSlice(json, valueStart, valueEnd, scratch); break;
                case Key.Status:
                    f.Status = value.Length > 0 && value[0] == '"' ? StringSlice(json, valueStart, valueEnd, scratch)
                        : IsNumber(value) ? new Slice(valueStart, value.Length, false) : default;
                    break;
                case Key.Err:
                    if (value.Length > 0 && value[0] == '{')
                    {
                        var m = FindMember(json, valueStart, valueEnd, "message"u8);
                        if (m.Start >= 0) f.ErrMessage = StringSlice(json, m.Start, m.End, scratch);
                    }
                    else if (value.Length > 0 && value[0] == '"') f.ErrMessage = StringSlice(json, valueStart, valueEnd, scratch);
                    break;
            }
            i = SkipWs(json, valueEnd);
            if (i >= json.Length) { f.Failed = true; break; }
            if (json[i] == ',') { i = SkipWs(json, i + 1); continue; }
            if (json[i] == '}') break;
            f.Failed = true;
            break;
        }
        if (!f.HasLevel)
        {
            if (hasSeverity) { f.Level = severityLevel; f.HasLevel = true; }
            else if (hasMongo) { f.Level = mongoLevel; f.HasLevel = true; }
        }
        f.Ticks = timeTicks != 0 ? timeTicks : timestampTicks != 0 ? timestampTicks : tTicks != 0 ? tTicks : tsTicks;
        return f;
    }

    private enum Key { Other, Level, Severity, S, Time, Timestamp, T, Ts, Msg, Message, Text, Err, Method, Url, Status, Name }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static Key Classify(ReadOnlySpan<byte> n)
    {
        switch (n.Length)
        {
            case 1: return n[0] == 's' ? Key.S : n[0] == 't' ? Key.T : Key.Other;
            case 2: return n[0] == 't' && n[1] == 's' ? Key.Ts : Key.Other;
            case 3:
                if (n.SequenceEqual("msg"u8)) return Key.Msg;
                if (n.SequenceEqual("err"u8)) return Key.Err;
                if (n.SequenceEqual("url"u8)) return Key.Url;
                return Key.Other;
            case 4:
                if (n.SequenceEqual("time"u8)) return Key.Time;
                if (n.SequenceEqual("text"u8)) return Key.Text;
                if (n.SequenceEqual("name"u8)) return Key.Name;
                return Key.Other;
            case 5: return n.SequenceEqual("level"u8) ? Key.Level : Key.Other;
            case 6:
                if (n.SequenceEqual("method"u8)) return Key.Method;
                if (n.SequenceEqual("status"u8)) return Key.Status;
                return Key.Other;
            case 7: return n.SequenceEqual("message"u8) ? Key.Message : Key.Other;
            case 8: return n.SequenceEqual("severity"u8) ? Key.Severity : Key.Other;
            case 9: return n.SequenceEqual("timestamp"u8) ? Key.Timestamp : Key.Other;
            default: return Key.Other;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static Key ClassifyEscaped(ReadOnlySpan<byte> raw)
    {
        if (raw.Length > 64) return Key.Other;
        Span<byte> buf = stackalloc byte[64];
        int n = Unescape(raw, buf);
        return Classify(buf.Slice(0, n));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static int SkipWs(ReadOnlySpan<byte> s, int i)
    {
        while (i < s.Length && s[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        return i;
    }

    /// <summary>Index of the closing quote of a string whose content starts at <paramref name="i"/>; -1 when unterminated.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int StringEnd(ReadOnlySpan<byte> s, int i, out bool escaped)
    {
        escaped = false;
        while (true)
        {
            int k = s.Slice(i).IndexOfAny((byte)'"', (byte)'\\');
            if (k < 0) return -1;
            i += k;
            if (s[i] == '"') return i;
            escaped = true;
            i += 2;
            if (i > s.Length) return -1;
        }
    }

    /// <summary>End (exclusive) of the value starting at <paramref name="i"/>; -1 on a structural error.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ValueEnd(ReadOnlySpan<byte> s, int i)
    {
        byte c = s[i];
        if (c == '"')
        {
            int e = StringEnd(s, i + 1, out _);
            return e < 0 ? -1 : e + 1;
        }
        if (c == '{' || c == '[')
        {
            int depth = 0;
            while (i < s.Length)
            {
                int k = s.Slice(i).IndexOfAny(s_structural);
                if (k < 0) return -1;
                i += k;
                byte b = s[i];
                if (b == '"')
                {
                    int e = StringEnd(s, i + 1, out _);
                    if (e < 0) return -1;
                    i = e + 1;
                    continue;
                }
                if (b == '{' || b == '[') depth++;
                else if (--depth == 0) return i + 1;
                i++;
            }
            return -1;
        }
        // number, true, false, null: up to the next delimiter
        int j = i;
        while (j < s.Length && s[j] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) j++;
        return j == i ? -1 : j;
    }

    private static readonly System.Buffers.SearchValues<byte> s_structural = System.Buffers.SearchValues.Create("\"{}[]"u8);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool IsNumber(ReadOnlySpan<byte> v) => v.Length > 0 && (v[0] == '-' || (uint)(v[0] - '0') <= 9);

    /// <summary>The string value [start,end) (quotes included) as a slice of the line or, if escaped, of the scratch buffer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Slice StringSlice(ReadOnlySpan<byte> json, int start, int end, ScratchBuffer scratch)
    {
        if (end - start < 2 || json[start] != '"') return default;
        ReadOnlySpan<byte> raw = json.Slice(start + 1, end - start - 2);
        if (raw.IndexOf((byte)'\\') < 0) return new Slice(start + 1, raw.Length, false);
        int mark = scratch.Length;
        int n = Unescape(raw, scratch.Reserve(raw.Length));
        scratch.Commit(n);
        return new Slice(mark, n, true);
    }

    /// <summary>JSON string unescape (UTF-8 out is never longer than the escaped input).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Unescape(ReadOnlySpan<byte> raw, Span<byte> dest)
    {
        int o = 0;
        int i = 0;
        while (i < raw.Length)
        {
            int k = raw.Slice(i).IndexOf((byte)'\\');
            if (k < 0) { raw.Slice(i).CopyTo(dest.Slice(o)); return o + raw.Length - i; }
            raw.Slice(i, k).CopyTo(dest.Slice(o));
            o += k;
            i += k;
            if (i + 1 >= raw.Length) { dest[o++] = (byte)'\\'; return o; }
            byte e = raw[i + 1];
            i += 2;
            switch (e)
            {
                case (byte)'n': dest[o++] = (byte)'\n'; break;
                case (byte)'t': dest[o++] = (byte)'\t'; break;
                case (byte)'r': dest[o++] = (byte)'\r'; break;
                case (byte)'b': dest[o++] = 8; break;
                case (byte)'f': dest[o++] = 12; break;
                case (byte)'u':
                    {
                        if (i + 4 > raw.Length || !Hex4(raw.Slice(i, 4), out int cp)) { dest[o++] = (byte)'u'; break; }
                        i += 4;
                        if (cp is >= 0xD800 and <= 0xDBFF && i + 6 <= raw.Length && raw[i] == '\\' && raw[i + 1] == 'u'
                            && Hex4(raw.Slice(i + 2, 4), out int lo) && lo is >= 0xDC00 and <= 0xDFFF)
                        {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                            i += 6;
                        }
                        else if (cp is >= 0xD800 and <= 0xDFFF) cp = 0xFFFD;
                        o += new System.Text.Rune(cp).EncodeToUtf8(dest.Slice(o));
                        break;
                    }
                default: dest[o++] = e; break; // \" \\ \/ and unknown escapes keep the character
            }
        }
        return o;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool Hex4(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        for (int i = 0; i < 4; i++)
        {
            byte b = s[i];
            int d = b >= '0' && b <= '9' ? b - '0' : b >= 'a' && b <= 'f' ? b - 'a' + 10 : b >= 'A' && b <= 'F' ? b - 'A' + 10 : -1;
            if (d < 0) return false;
            value = (value << 4) | d;
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool TryLevel(ReadOnlySpan<byte> value, ScratchBuffer scratch, out LogLevel level)
    {
        level = LogLevel.Unknown;
        if (value.Length == 0) return false;
        if (IsNumber(value))
        {
            if (!System.Buffers.Text.Utf8Parser.TryParse(value, out double d, out int consumed) || consumed != value.Length) return false;
            level = LogLevels.FromNumber(d);
            return true;
        }
        if (value[0] != '"' || value.Length < 2) return false;
        ReadOnlySpan<byte> raw = value.Slice(1, value.Length - 2);
        if (raw.IndexOf((byte)'\\') >= 0)
        {
            if (raw.Length > 64) return false;
            Span<byte> buf = stackalloc byte[64];
            level = LogLevels.FromText(buf.Slice(0, Unescape(raw, buf)));
        }
        else level = LogLevels.FromText(raw);
        return level != LogLevel.Unknown;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static long ReadTime(ReadOnlySpan<byte> value, ScratchBuffer scratch)
    {
        if (value.Length == 0) return 0;
        if (IsNumber(value))
            return System.Buffers.Text.Utf8Parser.TryParse(value, out double d, out int c) && c == value.Length ? Timestamps.FromEpoch(d) : 0;
        if (value[0] == '"')
        {
            ReadOnlySpan<byte> raw = value.Slice(1, value.Length - 2);
            if (raw.IndexOf((byte)'\\') < 0) return Timestamps.ParseIso(raw);
            if (raw.Length > 128) return 0;
            Span<byte> buf = stackalloc byte[128];
            return Timestamps.ParseIso(buf.Slice(0, Unescape(raw, buf)));
        }
        if (value[0] == '{')
        {
            // EJSON {"$date": <ms> | "<iso>" | {"$numberLong": "<ms>"}}
            var m = FindMember(value, 0, value.Length, "$date"u8);
            if (m.Start < 0) return 0;
            ReadOnlySpan<byte> inner = value.Slice(m.Start, m.End - m.Start);
            if (inner.Length > 0 && inner[0] == '{')
            {
                var n = FindMember(inner, 0, inner.Length, "$numberLong"u8);
                if (n.Start < 0) return 0;
                ReadOnlySpan<byte> v = inner.Slice(n.Start, n.End - n.Start);
                if (v.Length >= 2 && v[0] == '"') v = v.Slice(1, v.Length - 2);
                return System.Buffers.Text.Utf8Parser.TryParse(v, out long ms, out int c2) && c2 == v.Length ? Timestamps.FromEpoch(ms) : 0;
            }
            return ReadTime(inner, scratch);
        }
        return 0;
    }

    /// <summary>The value range of member <paramref name="name"/> of the object in [start,end); (-1,-1) when absent or malformed.</summary>
    private static (int Start, int End) FindMember(ReadOnlySpan<byte> s, int start, int end, ReadOnlySpan<byte> name)
    {
        ReadOnlySpan<byte> obj = s.Slice(0, end);
        int i = SkipWs(obj, start + 1);
        (int, int) found = (-1, -1);
        while (i < obj.Length && obj[i] == '"')
        {
            int ke = StringEnd(obj, i + 1, out _);
            if (ke < 0) return (-1, -1);
            bool match = obj.Slice(i + 1, ke - i - 1).SequenceEqual(name);
            i = SkipWs(obj, ke + 1);
            if (i >= obj.Length || obj[i] != ':') return (-1, -1);
            i = SkipWs(obj, i + 1);
            if (i >= obj.Length) return (-1, -1);
            int ve = ValueEnd(obj, i);
            if (ve < 0) return (-1, -1);
            if (match) found = (i, ve); // last one wins
            i = SkipWs(obj, ve);
            if (i < obj.Length && obj[i] == ',') i = SkipWs(obj, i + 1);
            else break;
        }
        return found;
    }
}
