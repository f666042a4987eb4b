using System.Buffers.Text;
using System.Text.Json;

namespace RocketChatAnalyzer.Logs;

/// <summary>Where a string value is: a range of the JSON line, or (when it had escapes) of the scratch buffer.</summary>
internal readonly struct Slice
{
    public Slice(int start, int length, bool inScratch) { Start = start; Length = length; InScratch = inScratch; }
    public readonly int Start;
    public readonly int Length;
    public readonly bool InScratch;
    public bool IsEmpty => Length == 0;
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
/// Reads pino / Meteor JSON / MongoDB JSON log lines with <see cref="Utf8JsonReader"/>: level
/// (<c>level</c>, <c>severity</c>, MongoDB <c>s</c>), time (<c>time</c>, <c>timestamp</c>, <c>t</c>, <c>ts</c>;
/// ISO string, epoch ms, or EJSON <c>{"$date":…}</c>), message (<c>msg</c>, <c>message</c>, <c>text</c>,
/// <c>err.message</c>) and the http fields. Duplicate keys: the last one wins, as in JSON.parse.
/// Escaped strings are unescaped into the caller's scratch buffer.
/// </summary>
internal static class JsonEntryParser
{
    private static readonly JsonReaderOptions s_options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 };

    public static JsonFields Parse(ReadOnlySpan<byte> json, ScratchBuffer scratch)
    {
        var f = default(JsonFields);
        long timeTicks = 0, timestampTicks = 0, tTicks = 0, tsTicks = 0;
        LogLevel severityLevel = LogLevel.Unknown, mongoLevel = LogLevel.Unknown;
        bool hasSeverity = false, hasMongo = false;
        var reader = new Utf8JsonReader(json, isFinalBlock: true, new JsonReaderState(s_options));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) { f.Failed = true; return f; }
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject) break;
                if (reader.TokenType != JsonTokenType.PropertyName) { f.Failed = true; break; }
                Key key = Classify(ref reader);
                if (!reader.Read()) { f.Failed = true; break; }
                switch (key)
                {
                    case Key.Level:
                        if (TryLevel(ref reader, scratch, out var lv)) { f.Level = lv; f.HasLevel = true; }
                        else SkipValue(ref reader);
                        break;
                    case Key.Severity:
                        if (TryLevel(ref reader, scratch, out var sv)) { severityLevel = sv; hasSeverity = true; }
                        else SkipValue(ref reader);
                        break;
                    case Key.S:
                        if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length is >= 1 and <= 2)
                        {
                            mongoLevel = reader.ValueSpan[0] switch
                            {
                                (byte)'F' => LogLevel.Fatal, (byte)'E' => LogLevel.Error, (byte)'W' => LogLevel.Warn,
                                (byte)'I' => LogLevel.Info, (byte)'D' => LogLevel.Debug, _ => LogLevel.Unknown,
                            };
                            hasMongo = mongoLevel != LogLevel.Unknown;
                        }
                        else SkipValue(ref reader);
                        break;
                    case Key.Time: timeTicks = ReadTime(ref reader, scratch); break;
                    case Key.Timestamp: timestampTicks = ReadTime(ref reader, scratch); break;
                    case Key.T: tTicks = ReadTime(ref reader, scratch); break;
                    case Key.Ts: tsTicks = ReadTime(ref reader, scratch); break;
                    case Key.Msg: f.Msg = ReadString(ref reader, scratch); break;
                    case Key.Message: f.Message = ReadString(ref reader, scratch); break;
                    case Key.Text: f.Text = ReadString(ref reader, scratch); break;
                    case Key.Method: f.Method = ReadString(ref reader, scratch); break;
                    case Key.Url: f.Url = ReadString(ref reader, scratch); break;
                    case Key.Name: f.Name = ReadString(ref reader, scratch); break;
                    case Key.Status:
                        if (reader.TokenType == JsonTokenType.Number) f.Status = new Slice((int)reader.TokenStartIndex, reader.ValueSpan.Length, false);
                        else f.Status = ReadString(ref reader, scratch);
                        break;
                    case Key.Err:
                        if (reader.TokenType == JsonTokenType.StartObject) ReadErr(ref reader, scratch, ref f);
                        else if (reader.TokenType == JsonTokenType.String) f.ErrMessage = ReadString(ref reader, scratch);
                        else SkipValue(ref reader);
                        break;
                    default:
                        SkipValue(ref reader);
                        break;
                }
            }
            if (reader.TokenType != JsonTokenType.EndObject || reader.CurrentDepth != 0) f.Failed = true;
        }
        catch (JsonException)
        {
            f.Failed = true;
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

    private static Key Classify(ref Utf8JsonReader r)
    {
        if (r.ValueIsEscaped) return ClassifySlow(ref r);
        ReadOnlySpan<byte> n = r.ValueSpan;
        switch (n.Length)
        {
            case 1: return n[0] == 's' ? Key.S : n[0] == 't' ? Key.T : Key.Other;
            case 2: return n.SequenceEqual("ts"u8) ? Key.Ts : Key.Other;
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

    private static Key ClassifySlow(ref Utf8JsonReader r)
    {
        if (r.ValueSpan.Length > 96) return Key.Other;
        Span<byte> big = stackalloc byte[96];
        int n = r.CopyString(big);
        ReadOnlySpan<byte> name = big.Slice(0, n);
        if (name.SequenceEqual("level"u8)) return Key.Level;
        if (name.SequenceEqual("severity"u8)) return Key.Severity;
        if (name.SequenceEqual("s"u8)) return Key.S;
        if (name.SequenceEqual("time"u8)) return Key.Time;
        if (name.SequenceEqual("timestamp"u8)) return Key.Timestamp;
        if (name.SequenceEqual("t"u8)) return Key.T;
        if (name.SequenceEqual("ts"u8)) return Key.Ts;
        if (name.SequenceEqual("msg"u8)) return Key.Msg;
        if (name.SequenceEqual("message"u8)) return Key.Message;
        if (name.SequenceEqual("text"u8)) return Key.Text;
        if (name.SequenceEqual("err"u8)) return Key.Err;
        if (name.SequenceEqual("method"u8)) return Key.Method;
        if (name.SequenceEqual("url"u8)) return Key.Url;
        if (name.SequenceEqual("status"u8)) return Key.Status;
        if (name.SequenceEqual("name"u8)) return Key.Name;
        return Key.Other;
    }

    private static void SkipValue(ref Utf8JsonReader r)
    {
        if (r.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) r.Skip();
    }

    /// <summary>The string value (unescaped into <paramref name="scratch"/> when needed); empty for non-strings.</summary>
    private static Slice ReadString(ref Utf8JsonReader r, ScratchBuffer scratch)
    {
        if (r.TokenType != JsonTokenType.String)
        {
            SkipValue(ref r);
            return default;
        }
        // The reader runs over one contiguous span, so TokenStartIndex is the opening quote.
        if (!r.ValueIsEscaped) return new Slice((int)r.TokenStartIndex + 1, r.ValueSpan.Length, false);
        int start = scratch.Length;
        Span<byte> dest = scratch.Reserve(r.ValueSpan.Length);
        int n = r.CopyString(dest);
        scratch.Commit(n);
        return new Slice(start, n, true);
    }

    /// <summary>The string value as a transient span (valid until the scratch buffer changes).</summary>
    private static ReadOnlySpan<byte> ReadStringSpan(ref Utf8JsonReader r, ScratchBuffer scratch, out int mark)
    {
        mark = scratch.Length;
        if (r.TokenType != JsonTokenType.String) { SkipValue(ref r); return default; }
        if (!r.ValueIsEscaped) return r.ValueSpan;
        Span<byte> dest = scratch.Reserve(r.ValueSpan.Length);
        int n = r.CopyString(dest);
        return dest.Slice(0, n);
    }

    private static bool TryLevel(ref Utf8JsonReader r, ScratchBuffer scratch, out LogLevel level)
    {
        level = LogLevel.Unknown;
        if (r.TokenType == JsonTokenType.Number)
        {
            if (!r.TryGetDouble(out double d)) return false;
            level = LogLevels.FromNumber(d);
            return true;
        }
        if (r.TokenType == JsonTokenType.String)
        {
            level = LogLevels.FromText(ReadStringSpan(ref r, scratch, out int mark));
            scratch.Truncate(mark);
            return level != LogLevel.Unknown;
        }
        return false;
    }

    private static long ReadTime(ref Utf8JsonReader r, ScratchBuffer scratch)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.Number:
                return r.TryGetDouble(out double d) ? Timestamps.FromEpoch(d) : 0;
            case JsonTokenType.String:
                {
                    long t = Timestamps.ParseIso(ReadStringSpan(ref r, scratch, out int mark));
                    scratch.Truncate(mark);
                    return t;
                }
            case JsonTokenType.StartObject:
                {
                    // EJSON {"$date": <ms> | "<iso>" | {"$numberLong": "<ms>"}}
                    long ticks = 0;
                    int depth = r.CurrentDepth;
                    while (r.Read() && !(r.TokenType == JsonTokenType.EndObject && r.CurrentDepth == depth))
                    {
                        if (r.TokenType == JsonTokenType.PropertyName && r.ValueTextEquals("$date"u8))
                        {
                            r.Read();
                            if (r.TokenType == JsonTokenType.StartObject)
                            {
                                int d2 = r.CurrentDepth;
                                while (r.Read() && !(r.TokenType == JsonTokenType.EndObject && r.CurrentDepth == d2))
                                {
                                    if (r.TokenType == JsonTokenType.String && Utf8Parser.TryParse(r.ValueSpan, out long ms, out _))
                                        ticks = Timestamps.FromEpoch(ms);
                                }
                            }
                            else ticks = ReadTime(ref r, scratch);
                        }
                        else if (r.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) r.Skip();
                    }
                    return ticks;
                }
            default:
                SkipValue(ref r);
                return 0;
        }
    }

    private static void ReadErr(ref Utf8JsonReader r, ScratchBuffer scratch, ref JsonFields f)
    {
        int depth = r.CurrentDepth;
        while (r.Read() && !(r.TokenType == JsonTokenType.EndObject && r.CurrentDepth == depth))
        {
            if (r.TokenType != JsonTokenType.PropertyName) continue;
            bool isMessage = r.CurrentDepth == depth + 1 && r.ValueTextEquals("message"u8);
            r.Read();
            if (isMessage) f.ErrMessage = ReadString(ref r, scratch);
            else SkipValue(ref r);
        }
    }
}
