using System.Runtime.CompilerServices;
namespace RocketChatAnalyzer.Logs;

/// <summary>
/// Turns lines (or support-dump queue items) into log entries and hands them to a
/// <see cref="LogAccumulator"/>. In <see cref="LogFormat.Stdout"/> mode it strips transport
/// prefixes and joins continuation lines — stack frames, util.inspect bodies, startup boxes,
/// UnHandledPromiseRejection blocks, crash blocks — to the entry they belong to.
/// <para>
/// Split safety: a JSON object line (<c>{"</c>), a Meteor-prefixed line and a Moleculer line always
/// start a new entry and reset every state, so input split just before such a line ("hard start")
/// gives exactly the entries of a sequential pass. <see cref="IsHardStart"/> is what the chunker uses.
/// </para>
/// </summary>
internal sealed class EntryAssembler
{
    private enum Kind { None, Json, Prefixed, Plain, Box, Block, Crash }

    private readonly LogAccumulator _sink;
    private readonly LogFormat _mode;
    private readonly int _maxEntry;
    private readonly ScratchBuffer _match = new();
    private readonly ScratchBuffer _template = new();
    private readonly ScratchBuffer _line = new();
    private readonly ScratchBuffer _json = new();

    private Kind _kind;
    private bool _caret;            // a lone '^' was seen: the next non-blank line continues (crash block)
    private LogLevel _level;
    private long _ticks;
    private long _fallbackTicks;
    private bool _unparsed;
    private bool _truncated;
    private long _startLine;
    private long _startOffset;

    public EntryAssembler(LogAccumulator sink, LogFormat mode, LogAnalysisOptions options)
    {
        _sink = sink;
        _mode = mode;
        _maxEntry = options.MaxEntryBytes;
    }

    /// <summary>True when <paramref name="rawLine"/> always starts a new entry (safe split point).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsHardStart(ReadOnlySpan<byte> rawLine, LogFormat mode, ScratchBuffer scratch)
    {
        if (mode is LogFormat.Json or LogFormat.Lines) return true;
        scratch.Clear();
        ReadOnlySpan<byte> s = TextLines.StripAnsi(TextLines.TrimEnd(rawLine), scratch);
        if (mode == LogFormat.Stdout) s = TextLines.StripTransport(s, out _);
        return TextLines.IsJsonObject(s) || TextLines.TryMeteor(s, out _, out _, out _) || TextLines.TryMoleculer(s, out _, out _, out _);
    }

    /// <summary>One line of a Json, Stdout or Lines file. <paramref name="lineTruncated"/>: the reader cut it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddLine(ReadOnlySpan<byte> raw, long lineNumber, long offset, bool lineTruncated)
    {
        _line.Clear();
        ReadOnlySpan<byte> content = TextLines.TrimEnd(raw);
        if (offset == 0 && content.StartsWith("\uFEFF"u8)) content = content.Slice(3);
        if (_mode == LogFormat.Json)
        {
            if (TextLines.IsBlank(content)) return;
            Flush();
            Begin(lineNumber, offset, 0);
            if (content.Length > 0 && content[0] == '{') StartJson(content);
            else
            {
                StartText(content, LogLevel.Unknown, 0, Kind.Plain);
                _unparsed = true;
                _sink.AddDiagnostic(DiagnosticSeverity.Warning, "NotJson", lineNumber, offset, "Line is not a JSON object; counted with level Unknown.");
            }
            if (lineTruncated) MarkTruncated();
            Flush();
            return;
        }

        content = TextLines.StripAnsi(content, _line);
        long prefixTicks = 0;
        if (_mode == LogFormat.Stdout) content = TextLines.StripTransport(content, out prefixTicks);
        if (TextLines.IsBlank(content)) return;

        if (_mode == LogFormat.Lines)
        {
            Flush();
            Begin(lineNumber, offset, prefixTicks);
            StartHead(content);
            if (lineTruncated) MarkTruncated();
            Flush();
            return;
        }

        // Stdout: hard starts first, then continuation rules.
        if (TryStartHard(content, lineNumber, offset, prefixTicks)) { if (lineTruncated) MarkTruncated(); return; }
        if (ContinueOrStart(content, lineNumber, offset, prefixTicks)) { }
        if (lineTruncated) MarkTruncated();
    }

    /// <summary>One <c>stdout.queue</c> item: the text one <c>write()</c> produced, with the item's <c>ts</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddItem(ReadOnlySpan<byte> text, long tsTicks, long itemNumber, long offset, bool itemTruncated)
    {
        bool first = true;
        while (text.Length > 0)
        {
            int nl = text.IndexOf((byte)'\n');
            ReadOnlySpan<byte> raw = nl < 0 ? text : text.Slice(0, nl);
            text = nl < 0 ? default : text.Slice(nl + 1);
            _line.Clear();
            ReadOnlySpan<byte> content = TextLines.StripAnsi(TextLines.TrimEnd(raw), _line);
            if (TextLines.IsBlank(content)) continue;
            if (first)
            {
                first = false;
                if (!TryStartHard(content, itemNumber, offset, tsTicks)) ContinueOrStart(content, itemNumber, offset, tsTicks);
            }
            else if (TextLines.IsJsonObject(content))
            {
                TryStartHard(content, itemNumber, offset, tsTicks);
            }
            else if (_kind == Kind.None) StartNew(content, itemNumber, offset, tsTicks, Kind.Plain);
            else AppendLine(content);
        }
        if (itemTruncated) MarkTruncated();
    }

    /// <summary>A structured entry object from a <c>{"logs":[…]}</c> or bare-array dump (no <c>string</c> field).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddStructured(ReadOnlySpan<byte> json, long tsTicks, long itemNumber, long offset, bool truncated)
    {
        Flush();
        Begin(itemNumber, offset, tsTicks);
        StartJson(json);
        if (truncated) MarkTruncated();
        Flush();
    }

    /// <summary>Emits the pending entry, if any. Call at the end of the input.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Flush()
    {
        if (_kind == Kind.None) return;
        long ticks = _ticks != 0 ? _ticks : _fallbackTicks;
        if (_truncated)
            _sink.AddDiagnostic(DiagnosticSeverity.Warning, "EntryTooLong", _startLine, _startOffset, $"Entry longer than {_maxEntry} bytes was cut to that length.");
        _sink.AddEntry(_level, ticks, _match.Span, _template.Span, _unparsed, _truncated);
        _kind = Kind.None;
        _caret = false;
        _match.Clear();
        _template.Clear();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private bool TryStartHard(ReadOnlySpan<byte> content, long lineNumber, long offset, long fallbackTicks)
    {
        if (TextLines.IsJsonObject(content))
        {
            Flush();
            Begin(lineNumber, offset, fallbackTicks);
            StartJson(content);
            return true;
        }
        if (TextLines.TryMeteor(content, out var level, out long ticks, out int start)
            || TextLines.TryMoleculer(content, out level, out ticks, out start))
        {
            Flush();
            Begin(lineNumber, offset, fallbackTicks);
            StartText(content.Slice(start), level, ticks, Kind.Prefixed);
            return true;
        }
        return false;
    }

    /// <summary>Applies the continuation rules; returns true when the line joined the pending entry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ContinueOrStart(ReadOnlySpan<byte> content, long lineNumber, long offset, long fallbackTicks)
    {
        if (_kind != Kind.None)
        {
            if (_kind == Kind.Block)
            {
                AppendLine(content);
                if (AllEquals(content)) _kind = Kind.Plain; // block closed; later lines follow the normal rules
                return true;
            }
            if (_caret)
            {
                AppendLine(content);
                _caret = false;
                return true;
            }
            byte c0 = content[0];
            if (c0 is (byte)' ' or (byte)'\t' or (byte)'}' or (byte)']' or (byte)')' or (byte)'|')
            {
                AppendLine(content);
                if (IsCaret(content)) _caret = true;
                return true;
            }
            if (IsBorder(content) && _kind == Kind.Box)
            {
                AppendLine(content);
                return true;
            }
        }
        Kind kind = Kind.Plain;
        if (content[0] == '|' || IsBorder(content)) kind = Kind.Box;
        else if (content.StartsWith("==="u8) && !AllEquals(content)) kind = Kind.Block;
        else if (IsCrashHeader(content)) kind = Kind.Crash;
        StartNew(content, lineNumber, offset, fallbackTicks, kind);
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private void StartNew(ReadOnlySpan<byte> content, long lineNumber, long offset, long fallbackTicks, Kind kind)
    {
        Flush();
        Begin(lineNumber, offset, fallbackTicks);
        StartText(content, LogLevel.Unknown, 0, kind);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private void Begin(long lineNumber, long offset, long fallbackTicks)
    {
        _startLine = lineNumber;
        _startOffset = offset;
        _fallbackTicks = fallbackTicks;
        _ticks = 0;
        _unparsed = false;
        _truncated = false;
        _caret = false;
        _level = LogLevel.Unknown;
    }

    /// <summary>Lines mode: JSON, Meteor or Moleculer heads give a level; anything else is Unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void StartHead(ReadOnlySpan<byte> content)
    {
        if (TextLines.IsJsonObject(content)) { StartJson(content); return; }
        if (TextLines.TryMeteor(content, out var level, out long ticks, out int start)
            || TextLines.TryMoleculer(content, out level, out ticks, out start))
        {
            StartText(content.Slice(start), level, ticks, Kind.Prefixed);
            return;
        }
        StartText(content, LogLevel.Unknown, 0, Kind.Plain);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private void StartText(ReadOnlySpan<byte> message, LogLevel level, long ticks, Kind kind)
    {
        _kind = kind;
        _level = level;
        _ticks = ticks;
        if (!_match.AppendCapped(message, _maxEntry)) _truncated = true;
        _template.AppendCapped(message, _maxEntry);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private void StartJson(ReadOnlySpan<byte> json)
    {
        _json.Clear();
        JsonFields f = JsonEntryParser.Parse(json, _json);
        _kind = Kind.Json;
        _level = f.HasLevel ? f.Level : LogLevel.Unknown;
        _ticks = f.Ticks;
        if (f.Failed)
        {
            _unparsed = true;
            _sink.AddDiagnostic(DiagnosticSeverity.Warning, "MalformedJson", _startLine, _startOffset, "JSON log line could not be parsed (truncated or invalid); counted with the fields read so far.");
        }
        ReadOnlySpan<byte> msg = f.Msg.Resolve(json, _json);
        if (msg.Length == 0) msg = f.Message.Resolve(json, _json);
        if (msg.Length == 0) msg = f.Text.Resolve(json, _json);
        ReadOnlySpan<byte> err = f.ErrMessage.Resolve(json, _json);

        // Matching text: the message, plus err.message when it differs (pino error objects).
        if (msg.Length > 0)
        {
            if (!_match.AppendCapped(msg, _maxEntry)) _truncated = true;
            if (err.Length > 0 && !err.SequenceEqual(msg))
            {
                _match.AppendCapped("\n"u8, _maxEntry);
                if (!_match.AppendCapped(err, _maxEntry)) _truncated = true;
            }
            _template.AppendCapped(msg, _maxEntry);
        }
        else if (err.Length > 0)
        {
            if (!_match.AppendCapped(err, _maxEntry)) _truncated = true;
            _template.AppendCapped(err, _maxEntry);
        }
        else
        {
            ReadOnlySpan<byte> method = f.Method.Resolve(json, _json);
            ReadOnlySpan<byte> url = f.Url.Resolve(json, _json);
            if (method.Length > 0 || url.Length > 0)
            {
                // http/method/subscription lines carry no msg: template "<METHOD> <path> <status>".
                int q = url.IndexOf((byte)'?');
                if (q >= 0) url = url.Slice(0, q);
                _template.AppendCapped(method, 256);
                _template.Append((byte)' ');
                _template.AppendCapped(url, 1024);
                ReadOnlySpan<byte> status = f.Status.Resolve(json, _json);
                if (status.Length > 0) { _template.Append((byte)' '); _template.AppendCapped(status, 16); }
            }
            else if (f.Failed)
            {
                // Nothing usable was read: keep the raw text so patterns still see it.
                if (!_match.AppendCapped(json, _maxEntry)) _truncated = true;
                _template.AppendCapped(json, Math.Min(_maxEntry, 512));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private void AppendLine(ReadOnlySpan<byte> content)
    {
        if (_match.Length >= _maxEntry) { _truncated = true; return; }
        _match.Append((byte)'\n');
        if (!_match.AppendCapped(content, _maxEntry)) _truncated = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private void MarkTruncated()
    {
        if (_kind != Kind.None) _truncated = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool IsBorder(ReadOnlySpan<byte> s)
    {
        if (s.Length < 3 || s[0] != '+' || s[1] != '-') return false;
        foreach (byte b in s) if (b is not ((byte)'+' or (byte)'-' or (byte)'=' or (byte)' ')) return false;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool AllEquals(ReadOnlySpan<byte> s)
    {
        ReadOnlySpan<byte> t = TextLines.TrimEnd(s);
        if (t.Length < 5) return false;
        foreach (byte b in t) if (b != '=') return false;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool IsCaret(ReadOnlySpan<byte> s)
    {
        int i = 0;
        while (i < s.Length && (s[i] == ' ' || s[i] == '\t')) i++;
        return i < s.Length && s[i] == '^' && TextLines.IsBlank(s.Slice(i + 1));
    }

    /// <summary>Node's crash header: <c>/path/to/file.js:218</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsCrashHeader(ReadOnlySpan<byte> s)
    {
        if (s.Length < 5 || s[0] != '/') return false;
        int colon = s.LastIndexOf((byte)':');
        if (colon <= 0 || colon == s.Length - 1) return false;
        for (int i = colon + 1; i < s.Length; i++) if ((uint)(s[i] - '0') > 9) return false;
        return s.Slice(0, colon).IndexOf((byte)' ') < 0;
    }
}
