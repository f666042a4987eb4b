using System.Runtime.CompilerServices;
namespace RocketChatAnalyzer.Logs;

/// <summary>
/// Line-level helpers of the source layer: transport prefixes (docker/kubectl timestamps,
/// compose service columns, syslog and journald headers), ANSI colour codes, and the level/time
/// prefixes of Meteor <c>Log.format</c> and the Moleculer text logger. All allocation-free.
/// </summary>
internal static class TextLines
{
    /// <summary>Removes ANSI CSI sequences (ESC[…letter) and syslog-escaped <c>#033[…m</c>; copies only when needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<byte> StripAnsi(ReadOnlySpan<byte> line, ScratchBuffer scratch)
    {
        int esc = line.IndexOf((byte)0x1B);
        int hash = line.IndexOf("#033["u8);
        if (esc < 0 && hash < 0) return line;
        int mark = scratch.Length;
        int i = 0;
        while (i < line.Length)
        {
            byte b = line[i];
            if (b == 0x1B && i + 1 < line.Length && line[i + 1] == '[')
            {
                i = SkipCsi(line, i + 2);
                continue;
            }
            if (b == '#' && line.Slice(i).StartsWith("#033["u8))
            {
                i = SkipCsi(line, i + 5);
                continue;
            }
            if (b == 0x1B) { i++; continue; }
            scratch.Append(b);
            i++;
        }
        return scratch.Span.Slice(mark);

        static int SkipCsi(ReadOnlySpan<byte> s, int j)
        {
            while (j < s.Length && (s[j] is >= (byte)'0' and <= (byte)'9' || s[j] == ';' || s[j] == '?')) j++;
            if (j < s.Length && s[j] is >= (byte)'@' and <= (byte)'~') j++;
            return j;
        }
    }

    /// <summary>
    /// Strips transport prefixes in the order they nest: an RFC 3339 timestamp (<c>docker logs -t</c>,
    /// <c>kubectl logs --timestamps</c>), a compose service column (<c>rocketchat-1  | </c>), again a
    /// timestamp, then a journald/syslog header (<c>… host unit[pid]: </c>). The first timestamp found
    /// is returned as a fallback for entries that carry none.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<byte> StripTransport(ReadOnlySpan<byte> line, out long prefixTicks)
    {
        prefixTicks = 0;
        line = StripKubectl(line);
        line = StripTimestamp(line, ref prefixTicks);
        line = StripCompose(line);
        line = StripTimestamp(line, ref prefixTicks);
        line = StripSyslog(line, ref prefixTicks);
        return line;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static ReadOnlySpan<byte> StripTimestamp(ReadOnlySpan<byte> line, scoped ref long ticks)
    {
        if (line.Length < 20 || !IsDigit(line[0]) || line[4] != '-' || line[10] != 'T') return line;
        long t = Timestamps.ParseIso(line, out int consumed);
        if (t == 0 || (consumed < line.Length && line[consumed] != ' ')) return line;
        if (consumed < line.Length && HasSyslogHeader(line.Slice(consumed + 1), out _) && IsJournaldZone(line, consumed)) return line; // journald: StripSyslog takes it
        if (ticks == 0) ticks = t;
        return consumed >= line.Length ? default : line.Slice(consumed + 1);
    }

    /// <summary><c>kubectl logs --prefix</c>: <c>[pod/&lt;name&gt;/&lt;container&gt;] </c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<byte> StripKubectl(ReadOnlySpan<byte> line)
    {
        if (line.Length < 8 || line[0] != '[' || !IsLower(line[1])) return line;
        int slash = line.Slice(1, Math.Min(line.Length - 1, 24)).IndexOf((byte)'/');
        if (slash <= 0) return line;
        for (int i = 1; i <= slash; i++) if (!IsLower(line[i])) return line;
        int close = line.IndexOf("] "u8);
        if (close < 0 || close > 300) return line;
        if (line.Slice(1, close - 1).IndexOfAny((byte)' ', (byte)'[') >= 0) return line;
        return line.Slice(close + 2);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static ReadOnlySpan<byte> StripCompose(ReadOnlySpan<byte> line)
    {
        // <service name>[spaces]| <rest>   — name: [A-Za-z0-9_.-], at most 64 chars, at least one space before '|'
        int i = 0;
        while (i < line.Length && i < 64 && (IsAlnum(line[i]) || line[i] == '_' || line[i] == '-' || line[i] == '.')) i++;
        if (i == 0 || i >= line.Length || line[i] != ' ') return line;
        int j = i;
        while (j < line.Length && line[j] == ' ') j++;
        if (j >= line.Length || line[j] != '|') return line;
        j++;
        if (j < line.Length && line[j] == ' ') j++;
        return line.Slice(j);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static ReadOnlySpan<byte> StripSyslog(ReadOnlySpan<byte> line, scoped ref long ticks)
    {
        int i;
        if (line.Length > 16 && IsUpper(line[0]) && IsLower(line[1]) && IsLower(line[2]) && line[3] == ' '
            && (line[4] == ' ' || IsDigit(line[4])) && IsDigit(line[5]) && line[6] == ' '
            && IsDigit(line[7]) && IsDigit(line[8]) && line[9] == ':' && line[12] == ':' && line[15] == ' ')
        {
            i = 16; // "Oct  3 10:39:40 " (no year: the time is not used)
        }
        else if (line.Length > 25 && IsDigit(line[0]) && line[4] == '-' && line[10] == 'T')
        {
            long t = Timestamps.ParseIso(line, out int consumed);
            if (t == 0 || consumed >= line.Length || line[consumed] != ' ') return line;
            i = consumed + 1;
            if (!HasSyslogHeader(line.Slice(i), out _)) return line;
            if (ticks == 0) ticks = t;
        }
        else return line;
        if (!HasSyslogHeader(line.Slice(i), out int headerLength)) return line;
        return line.Slice(i + headerLength);
    }

    /// <summary>journald's ISO form ends its timestamp with a numeric zone (+01:00), docker's with Z.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsJournaldZone(ReadOnlySpan<byte> line, int consumed) => consumed > 6 && (line[consumed - 6] == '+' || line[consumed - 6] == '-');

    /// <summary>"host unit[pid]: " or "host unit: ".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasSyslogHeader(ReadOnlySpan<byte> s, out int length)
    {
        length = 0;
        int sp = s.IndexOf((byte)' ');
        if (sp <= 0 || sp > 255) return false;
        ReadOnlySpan<byte> rest = s.Slice(sp + 1);
        int colon = rest.IndexOf(": "u8);
        if (colon < 0 && rest.Length > 1 && rest[^1] == ':') colon = rest.Length - 1; // "unit[pid]:" at the end of a blank line
        if (colon <= 0 || colon > 128) return false;
        ReadOnlySpan<byte> tag = rest.Slice(0, colon);
        if (tag.IndexOf((byte)' ') >= 0) return false;
        length = Math.Min(s.Length, sp + 1 + colon + 2);
        return true;
    }

    /// <summary>A JSON object line: <c>{"</c> possibly after spaces. Always starts a new entry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsJsonObject(ReadOnlySpan<byte> s) => s.Length >= 2 && s[0] == '{' && (s[1] == '"' || (s[1] == ' ' && s.Length > 2 && s[2] == '"'));

    /// <summary>
    /// Meteor <c>Log.format</c>: <c>[IWED]YYYYMMDD-HH:MM:SS.mmm(±H)[?] [(file:line) ][(STDERR) ]message</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryMeteor(ReadOnlySpan<byte> s, out LogLevel level, out long ticks, out int messageStart)
    {
        level = LogLevel.Unknown;
        ticks = 0;
        messageStart = 0;
        if (s.Length < 22) return false;
        level = s[0] switch
        {
            (byte)'I' => LogLevel.Info, (byte)'W' => LogLevel.Warn, (byte)'E' => LogLevel.Error, (byte)'D' => LogLevel.Debug,
            _ => LogLevel.Unknown,
        };
        if (level == LogLevel.Unknown || !IsDigit(s[1])) return false;
        ticks = Timestamps.ParseMeteor(s.Slice(1), out int consumed);
        if (ticks == 0) { level = LogLevel.Unknown; return false; }
        int i = 1 + consumed;
        if (i < s.Length && s[i] == '?') i++;
        if (i < s.Length && s[i] == ' ') i++;
        messageStart = i;
        return true;
    }

    /// <summary>Moleculer text logger: <c>[2024-11-01T08:54:27.900Z] INFO  node/BROKER: message</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryMoleculer(ReadOnlySpan<byte> s, out LogLevel level, out long ticks, out int messageStart)
    {
        level = LogLevel.Unknown;
        ticks = 0;
        messageStart = 0;
        if (s.Length < 30 || s[0] != '[' || !IsDigit(s[1])) return false;
        long t = Timestamps.ParseIso(s.Slice(1), out int consumed);
        if (t == 0 || 1 + consumed >= s.Length || s[1 + consumed] != ']') return false;
        int i = 2 + consumed;
        while (i < s.Length && s[i] == ' ') i++;
        int w = i;
        while (w < s.Length && IsUpper(s[w])) w++;
        if (w == i) return false;
        var lv = LogLevels.FromText(s.Slice(i, w - i));
        if (lv == LogLevel.Unknown) return false;
        while (w < s.Length && s[w] == ' ') w++;
        level = lv;
        ticks = t;
        messageStart = w;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    public static bool IsBlank(ReadOnlySpan<byte> s)
    {
        foreach (byte b in s) if (b > (byte)' ') return false;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    public static ReadOnlySpan<byte> TrimEnd(ReadOnlySpan<byte> s)
    {
        int n = s.Length;
        while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == '\n' || s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == 0)) n--;
        return s.Slice(0, n);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsUpper(byte b) => (uint)(b - 'A') <= 25;
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsLower(byte b) => (uint)(b - 'a') <= 25;
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAlnum(byte b) => IsDigit(b) || IsUpper(b) || IsLower(b);
}
