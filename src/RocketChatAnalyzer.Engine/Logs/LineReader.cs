using System.Runtime.CompilerServices;
using System.Buffers;

namespace RocketChatAnalyzer.Logs;

/// <summary>
/// Source layer: splits a byte stream into lines ('\n'; a trailing '\r' is left for the caller to
/// trim) with bounded memory. A line longer than <c>maxLine</c> is returned cut to that length with
/// <c>truncated = true</c> and the rest of it is skipped without buffering, so a 100 MB line without
/// a newline costs one buffer, not 100 MB.
/// </summary>
internal sealed class LineReader : IDisposable
{
    private readonly Stream _stream;
    private readonly int _maxLine;
    private byte[] _buf;
    private int _start;
    private int _end;
    private long _remaining;
    private bool _eof;
    private bool _skipping;
    private long _bufferOffset; // absolute offset of _buf[0]

    /// <param name="stream">Positioned at <paramref name="startOffset"/>.</param>
    /// <param name="startOffset">Absolute offset of the first byte (for diagnostics).</param>
    /// <param name="limit">Bytes to read at most (long.MaxValue: to the end).</param>
    /// <param name="maxLine">Longest line returned whole.</param>
    /// <param name="bufferSize">Read buffer size.</param>
    public LineReader(Stream stream, long startOffset, long limit, int maxLine, int bufferSize = 1 << 18)
    {
        _stream = stream;
        _maxLine = Math.Max(16, maxLine);
        _buf = ArrayPool<byte>.Shared.Rent(Math.Max(bufferSize, _maxLine + 4096));
        _remaining = limit;
        _bufferOffset = startOffset;
    }

    /// <summary>Bytes consumed from the stream so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Reads the next line (without its '\n'). Returns false at the end of the input.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadLine(out ReadOnlySpan<byte> line, out long lineOffset, out bool truncated)
    {
        truncated = false;
        while (true)
        {
            if (_skipping)
            {
                int nl = _buf.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
                if (nl >= 0) { _start += nl + 1; _skipping = false; }
                else
                {
                    _start = _end;
                    if (!Fill()) { _skipping = false; line = default; lineOffset = 0; return false; }
                    continue;
                }
            }
            var window = _buf.AsSpan(_start, _end - _start);
            int idx = window.IndexOf((byte)'\n');
            if (idx >= 0 && idx <= _maxLine)
            {
                line = window.Slice(0, idx);
                lineOffset = _bufferOffset + _start;
                _start += idx + 1;
                return true;
            }
            if (window.Length > _maxLine || (idx > _maxLine))
            {
                line = window.Slice(0, _maxLine);
                lineOffset = _bufferOffset + _start;
                truncated = true;
                _start += _maxLine;
                _skipping = true;
                return true;
            }
            if (_eof)
            {
                if (window.Length == 0) { line = default; lineOffset = 0; return false; }
                line = window;
                lineOffset = _bufferOffset + _start;
                _start = _end;
                return true;
            }
            Fill();
        }
    }

    /// <summary>Compacts the buffer and reads more; returns false when nothing more can be read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Fill()
    {
        if (_eof) return false;
        if (_start > 0)
        {
            int n = _end - _start;
            if (n > 0) Buffer.BlockCopy(_buf, _start, _buf, 0, n);
            _bufferOffset += _start;
            _start = 0;
            _end = n;
        }
        int room = _buf.Length - _end;
        if (room == 0) return true;
        if (_remaining < room) room = (int)_remaining;
        int read = room == 0 ? 0 : _stream.Read(_buf, _end, room);
        if (read <= 0) { _eof = true; return false; }
        _end += read;
        _remaining -= read;
        BytesRead += read;
        if (_remaining <= 0) _eof = true;
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
