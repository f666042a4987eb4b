namespace RocketChatAnalyzer;

/// <summary>
/// The log file of a dump, handed to the log analysis delegate of <see cref="DumpAnalyzer"/>.
/// A plain file has <see cref="FilePath"/> (so the log engine may split it into chunks and read them in
/// parallel); an archive member has only <see cref="Open"/>, which returns a fresh forward-only stream
/// each call. Archive streams share the archive: read them on one thread and dispose them.
/// </summary>
public sealed class LogInputDescriptor
{
    public LogInputDescriptor(string name, string? filePath, long? length, Func<Stream> open)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(open);
        Name = name;
        FilePath = filePath;
        Length = length;
        Open = open;
    }

    /// <summary>Display name used as the log's source name: a path, or <c>archive.zip!/member</c>.</summary>
    public string Name { get; }

    /// <summary>The file on disk, or null for an archive member.</summary>
    public string? FilePath { get; }

    /// <summary>Uncompressed length in bytes when known (for progress).</summary>
    public long? Length { get; }

    /// <summary>Opens the log content (decompressed for archive members; a <c>.gz</c> file is returned as stored).</summary>
    public Func<Stream> Open { get; }

    public override string ToString() => Name;
}

/// <summary>The dump path does not exist. The cmdlet maps it to a terminating error with a stable id.</summary>
public sealed class DumpPathNotFoundException : FileNotFoundException
{
    public DumpPathNotFoundException() { }
    public DumpPathNotFoundException(string message) : base(message) { }
    public DumpPathNotFoundException(string message, Exception inner) : base(message, inner) { }

    public DumpPathNotFoundException(string message, string path) : base(message, path) { }

    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public static DumpPathNotFoundException For(string path) =>
        new($"The dump path '{path}' does not exist.", path);

    /// <summary>The path that was asked for.</summary>
    public string DumpPath => FileName ?? "";
}
