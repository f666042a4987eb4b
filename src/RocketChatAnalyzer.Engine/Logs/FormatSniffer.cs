using System.IO.Compression;
using System.Text.Json;

namespace RocketChatAnalyzer.Logs;

/// <summary>Chooses a <see cref="LogFormat"/> from the first bytes of a (decompressed) file.</summary>
internal static class FormatSniffer
{
    public const int HeadBytes = 64 * 1024;

    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B;

    /// <summary>
    /// <c>[</c> or a JSON document that is not one object per line → SupportDump; every sampled line a
    /// JSON object → Json; anything else → Stdout (which also reads JSON lines mixed with text).
    /// </summary>
    public static LogFormat Detect(ReadOnlySpan<byte> head)
    {
        int i = 0;
        if (head.StartsWith("\uFEFF"u8)) i = 3;
        while (i < head.Length && head[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t') i++;
        if (i >= head.Length) return LogFormat.Lines;
        ReadOnlySpan<byte> rest = head.Slice(i);
        if (rest[0] == '[')
        {
            // A JSON array of queue items ("[{" or "[]"), not a "[pod/…]" or "[2024-…]" text prefix.
            int j = 1;
            while (j < rest.Length && rest[j] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t') j++;
            if (j >= rest.Length || rest[j] == '{' || rest[j] == ']') return LogFormat.SupportDump;
        }
        if (rest[0] == '{')
        {
            int nl = rest.IndexOf((byte)'\n');
            ReadOnlySpan<byte> firstLine = nl < 0 ? rest : rest.Slice(0, nl);
            if (!IsCompleteObject(firstLine) || ContainsQueueKey(firstLine)) return LogFormat.SupportDump;
        }
        int lines = 0, json = 0;
        while (rest.Length > 0 && lines < 200)
        {
            int nl = rest.IndexOf((byte)'\n');
            if (nl < 0 && head.Length >= HeadBytes) break; // last line may be cut by the sample
            ReadOnlySpan<byte> line = TextLines.TrimEnd(nl < 0 ? rest : rest.Slice(0, nl));
            rest = nl < 0 ? default : rest.Slice(nl + 1);
            if (TextLines.IsBlank(line)) continue;
            lines++;
            if (line[0] == '{' && IsCompleteObject(line)) json++;
        }
        return lines > 0 && json == lines ? LogFormat.Json : LogFormat.Stdout;
    }

    private static bool ContainsQueueKey(ReadOnlySpan<byte> firstLine)
    {
        var r = new Utf8JsonReader(firstLine);
        try
        {
            if (!r.Read() || r.TokenType != JsonTokenType.StartObject) return false;
            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                bool q = r.ValueTextEquals("queue"u8) || r.ValueTextEquals("logs"u8);
                r.Read();
                if (q && r.TokenType == JsonTokenType.StartArray) return true;
                r.Skip();
            }
        }
        catch (JsonException) { }
        return false;
    }

    private static bool IsCompleteObject(ReadOnlySpan<byte> line)
    {
        var r = new Utf8JsonReader(line, new JsonReaderOptions { AllowTrailingCommas = true });
        try
        {
            if (!r.Read() || r.TokenType != JsonTokenType.StartObject) return false;
            r.Skip();
            return true;
        }
        catch (JsonException) { return false; }
    }

    /// <summary>Reads the head of a file (decompressing gzip) and detects its format.</summary>
    public static (LogFormat Format, bool Gzip) DetectFile(string path)
    {
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
        byte[] buf = new byte[HeadBytes];
        int n = ReadFully(fs, buf);
        if (IsGzip(buf.AsSpan(0, n)))
        {
            fs.Position = 0;
            using var gz = new GZipStream(fs, CompressionMode.Decompress, leaveOpen: true);
            int m;
            try { m = ReadFully(gz, buf); }
            catch (InvalidDataException) { m = 0; }
            return (Detect(buf.AsSpan(0, m)), true);
        }
        return (Detect(buf.AsSpan(0, n)), false);
    }

    internal static int ReadFully(Stream s, byte[] buf)
    {
        int n = 0;
        while (n < buf.Length)
        {
            int r = s.Read(buf, n, buf.Length - n);
            if (r <= 0) break;
            n += r;
        }
        return n;
    }
}
