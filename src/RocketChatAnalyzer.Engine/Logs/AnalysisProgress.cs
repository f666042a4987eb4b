namespace RocketChatAnalyzer;

/// <summary>
/// Progress of a running analysis, updated by worker threads and polled by the caller (the cmdlet
/// drain loop reads it on the pipeline thread to write throttled progress records).
/// </summary>
public sealed class AnalysisProgress
{
    private long _total;
    private long _done;
    private string? _current;

    /// <summary>Bytes to process in total (known after planning; 0 when unknown, e.g. pipeline input).</summary>
    public long BytesTotal => Interlocked.Read(ref _total);

    /// <summary>Bytes processed so far.</summary>
    public long BytesDone => Interlocked.Read(ref _done);

    /// <summary>The file being read most recently.</summary>
    public string? CurrentFile => Volatile.Read(ref _current);

    internal void AddTotal(long bytes) => Interlocked.Add(ref _total, bytes);

    internal void AddDone(long bytes) => Interlocked.Add(ref _done, bytes);

    internal void SetCurrent(string file) => Volatile.Write(ref _current, file);
}
