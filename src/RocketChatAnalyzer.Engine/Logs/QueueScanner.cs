using System.Runtime.CompilerServices;
using System.Buffers;

namespace RocketChatAnalyzer.Logs;

/// <summary>
/// Source layer for support-dump logs: streams <c>{"queue":[{…},{…}],"success":true}</c> (also a
/// bare top-level array, or <c>{"logs":[…]}</c>) and returns the raw bytes of one array element at a
/// time, never holding more than one element (capped) in memory. Tolerates truncation at any byte:
/// the elements before the cut are returned and <see cref="Problem"/> says where the input ended.
/// </summary>
internal sealed class QueueScanner : IDisposable
{
    private readonly Stream _stream;
    private readonly int _maxElement;
    private byte[] _buf;
    private int _pos;
    private int _len;
    private long _bufOffset;
    private bool _eof;
    private State _state = State.Start;

    private enum State { Start, InArray, Done }

    public QueueScanner(Stream stream, int maxElementBytes)
    {
        _stream = stream;
        _maxElement = maxElementBytes;
        _buf = ArrayPool<byte>.Shared.Rent(1 << 20);
    }

    /// <summary>Bytes consumed from the stream.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Set when the input is not a queue document or ends early: (code, byte offset, message).</summary>
    public (string Code, long Offset, string Message)? Problem { get; private set; }

    /// <summary>Absolute offset of the next unread byte.</summary>
    public long Position => _bufOffset + _pos;

    /// <summary>
    /// Copies the next element into <paramref name="dest"/> (cleared first; at most the cap; the rest
    /// is skipped and <paramref name="truncated"/> set). Returns false when there are no more elements.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadElement(ScratchBuffer dest, out long offset, out bool truncated)
    {
        dest.Clear();
        offset = 0;
        truncated = false;
        if (_state == State.Start && !FindArray()) { _state = State.Done; return false; }
        if (_state == State.Done) return false;
        while (true)
        {
            int b = PeekNonWs();
            if (b < 0) { Fail("TruncatedJson", "The queue ends before its closing ']' (file truncated?)."); return false; }
            if (b == ',') { _pos++; continue; }
            if (b == ']') { _pos++; _state = State.Done; return false; }
            offset = Position;
            if (!CaptureValue(dest, out truncated))
            {
                Fail("TruncatedJson", "The file ends inside a queue item (file truncated?); the item was skipped.");
                dest.Clear();
                return false;
            }
            return true;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private void Fail(string code, string message)
    {
        _state = State.Done;
        Problem ??= (code, Position, message);
    }

    /// <summary>Positions after the '[' of the entries array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool FindArray()
    {
        int b = PeekNonWs();
        if (b == 0xEF) { Next(); Next(); Next(); b = PeekNonWs(); } // UTF-8 BOM
        if (b == '[') { _pos++; _state = State.InArray; return true; }
        if (b != '{') { Fail("NotQueue", "The file is not a JSON queue document (expected '{' or '[')."); return false; }
        _pos++;
        var key = new ScratchBuffer(64);
        while (true)
        {
            b = PeekNonWs();
            if (b < 0) { Fail("TruncatedJson", "The file ends before the log entries array."); return false; }
            if (b == ',') { _pos++; continue; }
            if (b == '}') { _pos++; Fail("NoQueue", "The JSON object has no 'queue' or 'logs' array."); return false; }
            if (b != '"') { Fail("MalformedJson", "Expected a property name."); return false; }
            key.Clear();
            if (!CaptureValue(key, out _)) { Fail("TruncatedJson", "The file ends inside a property name."); return false; }
            b = PeekNonWs();
            if (b != ':') { Fail("MalformedJson", "Expected ':' after a property name."); return false; }
            _pos++;
            ReadOnlySpan<byte> k = key.Span;
            bool entries = k.SequenceEqual("\"queue\""u8) || k.SequenceEqual("\"logs\""u8) || k.SequenceEqual("\"entries\""u8);
            b = PeekNonWs();
            if (entries && b == '[') { _pos++; _state = State.InArray; return true; }
            if (!SkipValue()) { Fail("TruncatedJson", "The file ends inside a value."); return false; }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private bool SkipValue()
    {
        var sink = new ScratchBuffer(16);
        return CaptureValue(sink, out _, copy: false);
    }

    /// <summary>Reads one JSON value starting at the current byte, copying up to the cap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool CaptureValue(ScratchBuffer dest, out bool truncated, bool copy = true)
    {
        truncated = false;
        int depth = 0;
        bool inString = false;
        int cap = copy ? _maxElement : 0;
        while (true)
        {
            if (_pos >= _len && !Fill()) return false;
            if (inString)
            {
                var window = _buf.AsSpan(_pos, _len - _pos);
                int i = window.IndexOfAny((byte)'"', (byte)'\\');
                if (i < 0)
                {
                    Copy(dest, window, cap, ref truncated);
                    _pos = _len;
                    continue;
                }
                Copy(dest, window.Slice(0, i + 1), cap, ref truncated);
                _pos += i + 1;
                if (window[i] == '\\')
                {
                    if (_pos >= _len && !Fill()) return false;
                    Copy(dest, _buf.AsSpan(_pos, 1), cap, ref truncated);
                    _pos++;
                    continue;
                }
                inString = false;
                if (depth == 0) return true;
                continue;
            }
            byte b = _buf[_pos];
            if (depth == 0 && (b == ',' || b == ']' || b == '}' || b == ':'))
            {
                return true; // end of a scalar value (the delimiter is left for the caller)
            }
            Copy(dest, _buf.AsSpan(_pos, 1), cap, ref truncated);
            _pos++;
            if (b == '"') inString = true;
            else if (b == '{' || b == '[') depth++;
            else if (b == '}' || b == ']')
            {
                depth--;
                if (depth == 0) return true;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static void Copy(ScratchBuffer dest, ReadOnlySpan<byte> bytes, int cap, ref bool truncated)
    {
        if (cap == 0) return;
        if (!dest.AppendCapped(bytes, cap)) truncated = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private int PeekNonWs()
    {
        while (true)
        {
            if (_pos >= _len && !Fill()) return -1;
            byte b = _buf[_pos];
            if (b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t') { _pos++; continue; }
            return b;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private int Next()
    {
        if (_pos >= _len && !Fill()) return -1;
        return _buf[_pos++];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private bool Fill()
    {
        if (_eof) return false;
        _bufOffset += _pos;
        int keep = _len - _pos;
        if (keep > 0) Buffer.BlockCopy(_buf, _pos, _buf, 0, keep);
        _pos = 0;
        _len = keep;
        int read = _stream.Read(_buf, _len, _buf.Length - _len);
        if (read <= 0) { _eof = true; return _len > _pos; }
        _len += read;
        BytesRead += read;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    public void Dispose()
    {
        byte[] b = _buf;
        _buf = Array.Empty<byte>();
        if (b.Length > 0) ArrayPool<byte>.Shared.Return(b);
    }
}
