namespace RocketChatAnalyzer;

/// <summary>Which reader to use for a log file.</summary>
public enum LogFormat
{
    /// <summary>Sniff the content (and the name of compressed files).</summary>
    Auto = 0,
    /// <summary>The support-dump <c>stdout.queue</c> response: <c>{"queue":[{"id","string","ts"}],"success":true}</c> (also a bare array, or <c>{"logs":[…]}</c>).</summary>
    SupportDump = 1,
    /// <summary>One JSON object per line (pino, Meteor JSON, MongoDB).</summary>
    Json = 2,
    /// <summary>Raw container/host output: transport prefixes stripped, continuation lines joined.</summary>
    Stdout = 3,
    /// <summary>One entry per non-blank line, no joining.</summary>
    Lines = 4,
}

/// <summary>Options of a log analysis. Immutable once the analysis starts.</summary>
public sealed record LogAnalysisOptions
{
    public const int DefaultMaxDiagnostics = 100;
    public const int DefaultMaxTemplates = 5000;

    public LogFormat Format { get; init; } = LogFormat.Auto;

    /// <summary>Worker threads (default: processor count).</summary>
    public int ThrottleLimit { get; init; } = Environment.ProcessorCount;

    /// <summary>Bytes per work unit when a large file is split (at entry boundaries).</summary>
    public long ChunkSize { get; init; } = 32L * 1024 * 1024;

    /// <summary>Longest entry kept; longer entries are cut, counted in <c>TruncatedEntries</c> and reported.</summary>
    public int MaxEntryBytes { get; init; } = 256 * 1024;

    public int MaxDiagnostics { get; init; } = DefaultMaxDiagnostics;

    public int MaxTemplates { get; init; } = DefaultMaxTemplates;

    public int TopMessagesPerLevel { get; init; } = 10;

    /// <summary>Group messages into templates (TopMessages, Templates). Off saves time when only counts matter.</summary>
    public bool Templates { get; init; } = true;

    /// <summary>Record each entry's template key (4 bytes per entry) for a per-entry template map.</summary>
    internal bool RecordLineMap { get; init; }

    /// <summary>Longest example text kept per template.</summary>
    public int MaxExampleChars { get; init; } = 2000;
}
