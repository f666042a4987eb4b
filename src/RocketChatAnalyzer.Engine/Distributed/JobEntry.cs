using System.Globalization;
using StackExchange.Redis;

namespace RocketChatAnalyzer.Distributed;

/// <summary>What a job asks a worker to do.</summary>
internal enum JobKind
{
    /// <summary>Bytes [Start, End) of a plain log (entry boundaries).</summary>
    Range,
    /// <summary>A whole log read sequentially (gzip, support-dump stdout.queue).</summary>
    Stream,
    /// <summary>A whole support dump (folder, zip or single file).</summary>
    Dump,
}

/// <summary>
/// One entry of the job stream. The entry is small: input bytes live in a separate key with a TTL
/// (<see cref="DataKey"/>) or, with shared storage, are read by the worker from <see cref="Path"/>.
/// </summary>
internal sealed record JobEntry(
    string Batch,
    int Chunk,
    JobKind Kind,
    string Path,
    long Start,
    long End,
    LogFormat Format,
    string? DataKey,
    bool IsFolder)
{
    public NameValueEntry[] ToFields()
    {
        var f = new List<NameValueEntry>(9)
        {
            new("batch", Batch),
            new("chunk", Chunk),
            new("kind", Kind.ToString()),
            new("path", Path),
            new("start", Start),
            new("end", End),
            new("format", Format.ToString()),
        };
        if (DataKey is not null) f.Add(new("data", DataKey));
        if (IsFolder) f.Add(new("folder", 1));
        return f.ToArray();
    }

    /// <summary>Parses an entry; null when a field is missing or malformed (the caller dead-letters it).</summary>
    public static JobEntry? TryParse(NameValueEntry[] values, out string problem)
    {
        string? batch = null, path = null, kind = null, format = null, data = null;
        long chunk = -1, start = 0, end = 0;
        bool folder = false;
        foreach (var v in values)
        {
            switch ((string?)v.Name)
            {
                case "batch": batch = v.Value; break;
                case "chunk": if (!v.Value.TryParse(out chunk)) chunk = -1; break;
                case "kind": kind = v.Value; break;
                case "path": path = v.Value; break;
                case "start": _ = v.Value.TryParse(out start); break;
                case "end": _ = v.Value.TryParse(out end); break;
                case "format": format = v.Value; break;
                case "data": data = v.Value; break;
                case "folder": folder = v.Value == 1; break;
            }
        }
        if (batch is null || path is null || chunk < 0 || chunk > int.MaxValue
            || !Enum.TryParse(kind, ignoreCase: false, out JobKind k)
            || !Enum.TryParse(format, ignoreCase: false, out LogFormat fmt))
        {
            problem = "the job entry lacks a field or has a malformed one (batch, chunk, kind, path, format)";
            return null;
        }
        problem = "";
        return new JobEntry(batch, (int)chunk, k, path, start, end, fmt, data, folder);
    }

    public string ChunkField => Chunk.ToString(CultureInfo.InvariantCulture);

    public override string ToString() => Kind switch
    {
        JobKind.Range => string.Create(CultureInfo.InvariantCulture, $"chunk {Chunk} of '{Path}' (bytes {Start}–{End})"),
        JobKind.Stream => $"log '{Path}'",
        _ => $"dump '{Path}'",
    };
}
