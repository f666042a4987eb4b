using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace RocketChatAnalyzer.Logs;

/// <summary>
/// Turns one raw queue element into entries: <c>{"id","string","ts"}</c> items go through
/// <see cref="EntryAssembler.AddItem"/> with <c>ts</c> as the fallback time; objects without a
/// <c>string</c> (standard <c>{timestamp, level, message}</c> records) are structured entries.
/// A cut or invalid element is salvaged leniently (the readable start of its <c>string</c>).
/// </summary>
internal sealed class QueueItemParser
{
    private readonly ScratchBuffer _text = new();
    private readonly ScratchBuffer _tmp = new(256);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    public void Process(ReadOnlySpan<byte> element, bool truncated, long itemNumber, long offset, EntryAssembler assembler, LogAccumulator sink)
    {
        _text.Clear();
        long ts = 0;
        bool hasString = false;
        bool failed = false;
        var reader = new Utf8JsonReader(element, isFinalBlock: true, default);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) failed = true;
            else
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    if (reader.TokenType != JsonTokenType.PropertyName) { failed = true; break; }
                    bool isString = reader.ValueTextEquals("string"u8);
                    bool isTs = !isString && reader.ValueTextEquals("ts"u8);
                    reader.Read();
                    if (isString && reader.TokenType == JsonTokenType.String)
                    {
                        hasString = true;
                        _text.Clear();
                        if (reader.ValueIsEscaped)
                        {
                            Span<byte> dest = _text.Reserve(reader.ValueSpan.Length);
                            _text.Commit(reader.CopyString(dest));
                        }
                        else _text.Append(reader.ValueSpan);
                    }
                    else if (isTs && reader.TokenType == JsonTokenType.String)
                    {
                        _tmp.Clear();
                        Span<byte> dest = _tmp.Reserve(reader.ValueSpan.Length);
                        int n = reader.ValueIsEscaped ? reader.CopyString(dest) : Copy(reader.ValueSpan, dest);
                        ts = Timestamps.ParseIso(dest.Slice(0, n));
                    }
                    else if (isTs && reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out double d))
                    {
                        ts = Timestamps.FromEpoch(d);
                    }
                    else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        if (isTs) ts = EjsonDate(ref reader);
                        else reader.Skip();
                    }
                }
            }
        }
        catch (JsonException)
        {
            failed = true;
        }

        if (failed && !hasString && Salvage(element))
        {
            hasString = true;
            truncated = true;
        }

        if (hasString)
        {
            if (failed && !truncated)
                sink.AddDiagnostic(DiagnosticSeverity.Warning, "MalformedJson", itemNumber, offset, "Queue item is not valid JSON; its text was read up to the error.");
            assembler.AddItem(_text.Span, ts, itemNumber, offset, truncated);
        }
        else
        {
            if (failed)
                sink.AddDiagnostic(DiagnosticSeverity.Warning, "MalformedJson", itemNumber, offset, "Queue item is not a valid JSON object; counted with level Unknown.");
            assembler.AddStructured(element, ts, itemNumber, offset, truncated);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static int Copy(ReadOnlySpan<byte> src, Span<byte> dest)
    {
        src.CopyTo(dest);
        return src.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static long EjsonDate(ref Utf8JsonReader r)
    {
        long ticks = 0;
        int depth = r.CurrentDepth;
        while (r.Read() && !(r.TokenType == JsonTokenType.EndObject && r.CurrentDepth == depth))
        {
            if (r.TokenType == JsonTokenType.Number && r.TryGetDouble(out double d)) ticks = Timestamps.FromEpoch(d);
            else if (r.TokenType == JsonTokenType.String && !r.ValueIsEscaped) ticks = Timestamps.ParseIso(r.ValueSpan);
        }
        return ticks;
    }

    /// <summary>Lenient read of <c>"string":"…</c> from a cut element: unescapes what is there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Salvage(ReadOnlySpan<byte> element)
    {
        int k = element.IndexOf("\"string\""u8);
        if (k < 0) return false;
        int i = k + 8;
        while (i < element.Length && (element[i] == ' ' || element[i] == ':')) i++;
        if (i >= element.Length || element[i] != '"') return false;
        i++;
        _text.Clear();
        Span<byte> utf8 = stackalloc byte[4];
        while (i < element.Length)
        {
            byte b = element[i];
            if (b == '"') break;
            if (b != '\\') { _text.Append(b); i++; continue; }
            if (i + 1 >= element.Length) break;
            byte e = element[i + 1];
            i += 2;
            switch (e)
            {
                case (byte)'n': _text.Append((byte)'\n'); break;
                case (byte)'t': _text.Append((byte)'\t'); break;
                case (byte)'r': _text.Append((byte)'\r'); break;
                case (byte)'b': case (byte)'f': _text.Append((byte)' '); break;
                case (byte)'u':
                    if (i + 4 > element.Length) { i = element.Length; break; }
                    if (TryHex(element.Slice(i, 4), out int cp))
                    {
                        int n = new Rune(cp is >= 0xD800 and <= 0xDFFF ? 0xFFFD : cp).EncodeToUtf8(utf8);
                        _text.Append(utf8.Slice(0, n));
                    }
                    i += 4;
                    break;
                default: _text.Append(e); break;
            }
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool TryHex(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        foreach (byte b in s)
        {
            int d = b >= '0' && b <= '9' ? b - '0' : b >= 'a' && b <= 'f' ? b - 'a' + 10 : b >= 'A' && b <= 'F' ? b - 'A' + 10 : -1;
            if (d < 0) return false;
            value = value * 16 + d;
        }
        return true;
    }
}
