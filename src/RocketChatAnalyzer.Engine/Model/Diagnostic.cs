namespace RocketChatAnalyzer;

/// <summary>How bad a problem reading the input was.</summary>
public enum DiagnosticSeverity
{
    Warning = 0,
    Error = 1,
}

/// <summary>
/// A problem found while reading input: the engine records it and goes on ("problems are data").
/// The cmdlet layer turns diagnostics into <c>WriteWarning</c>/<c>WriteError</c> records.
/// </summary>
/// <param name="Severity">Warning (the rest of the item was read) or Error (the item was skipped).</param>
/// <param name="Code">A stable identifier, e.g. <c>TruncatedJson</c>, used as the error id suffix.</param>
/// <param name="Source">The file (or archive member) the problem is in.</param>
/// <param name="Line">1-based line (or queue item) number when known, else null.</param>
/// <param name="ByteOffset">0-based byte offset in the (decompressed) file when known, else null.</param>
/// <param name="Message">What is wrong, in words a support engineer understands.</param>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Source,
    long? Line,
    long? ByteOffset,
    string Message)
{
    /// <summary>"file:line (byte N): message" — the located text shown to users.</summary>
    public override string ToString()
    {
        string where = Source;
        if (Line is long l) where += ":" + l.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (ByteOffset is long b) where += " (byte " + b.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
        return where + ": " + Message;
    }
}
