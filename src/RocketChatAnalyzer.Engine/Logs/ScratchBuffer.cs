using System.Runtime.CompilerServices;
namespace RocketChatAnalyzer.Logs;

/// <summary>
/// A growable byte buffer reused across entries by one worker (never shared between threads).
/// </summary>
internal sealed class ScratchBuffer
{
    private byte[] _data;

    public ScratchBuffer(int capacity = 4096) => _data = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _data.AsSpan(0, Length);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    public void Clear() => Length = 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    public void Append(ReadOnlySpan<byte> bytes)
    {
        Ensure(Length + bytes.Length);
        bytes.CopyTo(_data.AsSpan(Length));
        Length += bytes.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    public void Append(byte b)
    {
        Ensure(Length + 1);
        _data[Length++] = b;
    }

    /// <summary>Appends at most up to <paramref name="limit"/> total bytes; returns false when something was cut.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool AppendCapped(ReadOnlySpan<byte> bytes, int limit)
    {
        int room = limit - Length;
        if (room <= 0) return bytes.Length == 0;
        if (bytes.Length <= room) { Append(bytes); return true; }
        Append(bytes.Slice(0, room));
        return false;
    }

    /// <summary>Reserves <paramref name="count"/> bytes at the end and returns them for writing; call <see cref="Commit"/> after.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Span<byte> Reserve(int count)
    {
        Ensure(Length + count);
        return _data.AsSpan(Length, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    public void Commit(int count) => Length += count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    public void Truncate(int length) => Length = Math.Min(Length, length);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private void Ensure(int size)
    {
        if (size <= _data.Length) return;
        int n = Math.Max(size, _data.Length * 2);
        Array.Resize(ref _data, n);
    }
}
