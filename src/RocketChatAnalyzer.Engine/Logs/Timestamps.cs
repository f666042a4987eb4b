using System.Runtime.CompilerServices;
namespace RocketChatAnalyzer.Logs;

/// <summary>
/// Allocation-free timestamp parsing over UTF-8 bytes. All results are UTC ticks; 0 means "none".
/// Culture never matters (fix of the community tool's culture-dependent round trip).
/// </summary>
internal static class Timestamps
{
    private static readonly long s_min = new DateTime(1970, 1, 2, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly long s_max = new DateTime(2200, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private const long UnixEpochTicks = 621355968000000000L;

    /// <summary>Epoch number (milliseconds; seconds when small) → UTC ticks, 0 when implausible.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long FromEpoch(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value <= 0) return 0;
        double ms = value >= 1e11 ? value : value * 1000.0; // 1e11 ms = 1973; smaller values are seconds
        if (ms > 1e14) return 0;
        long ticks = UnixEpochTicks + (long)(ms * TimeSpan.TicksPerMillisecond);
        return ticks < s_min || ticks > s_max ? 0 : ticks;
    }

    /// <summary>
    /// ISO-8601 / RFC 3339: <c>YYYY-MM-DD[T ]hh:mm[:ss[.fffffffff]][Z|±hh[:]mm]</c>. Without a zone the
    /// time is taken as UTC. Returns 0 when the text is not such a timestamp.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long ParseIso(ReadOnlySpan<byte> s) => ParseIso(s, out _);

    /// <summary>As <see cref="ParseIso(ReadOnlySpan{byte})"/>, also returning the number of bytes consumed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long ParseIso(ReadOnlySpan<byte> s, out int consumed)
    {
        consumed = 0;
        if (s.Length < 16) return 0;
        if (!D4(s, 0, out int year) || s[4] != '-' || !D2(s, 5, out int month) || s[7] != '-' || !D2(s, 8, out int day)) return 0;
        if (s[10] != 'T' && s[10] != ' ' && s[10] != 't') return 0;
        if (!D2(s, 11, out int hour) || s[13] != ':' || !D2(s, 14, out int minute)) return 0;
        int i = 16;
        int second = 0;
        long frac = 0;
        if (i < s.Length && s[i] == ':')
        {
            if (!D2(s, i + 1, out second)) return 0;
            i += 3;
            if (i < s.Length && (s[i] == '.' || s[i] == ','))
            {
                i++;
                int digits = 0;
                while (i < s.Length && IsDigit(s[i]))
                {
                    if (digits < 7) { frac = frac * 10 + (s[i] - '0'); digits++; }
                    i++;
                }
                if (digits == 0) return 0;
                for (int d = digits; d < 7; d++) frac *= 10;
            }
        }
        long offsetTicks = 0;
        if (i < s.Length)
        {
            byte z = s[i];
            if (z == 'Z' || z == 'z') i++;
            else if (z == '+' || z == '-')
            {
                if (!D2(s, i + 1, out int oh)) return 0;
                int j = i + 3;
                int om = 0;
                if (j < s.Length && s[j] == ':') j++;
                if (j + 1 < s.Length && D2(s, j, out int m2)) { om = m2; j += 2; }
                offsetTicks = (oh * 60L + om) * TimeSpan.TicksPerMinute * (z == '-' ? -1 : 1);
                i = j;
            }
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year : 2000, month) || hour > 23 || minute > 59 || second > 60) return 0;
        if (second == 60) second = 59; // leap second
        long ticks;
        try { ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks + frac - offsetTicks; }
        catch (ArgumentOutOfRangeException) { return 0; }
        if (ticks < s_min || ticks > s_max) return 0;
        consumed = i;
        return ticks;
    }

    /// <summary>Meteor <c>Log.format</c> stamp <c>YYYYMMDD-HH:MM:SS.mmm(±H[.H])</c> → UTC ticks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long ParseMeteor(ReadOnlySpan<byte> s, out int consumed)
    {
        consumed = 0;
        // 20160803-19:35:55.368(0)
        if (s.Length < 21) return 0;
        if (!D4(s, 0, out int year) || !D2(s, 4, out int month) || !D2(s, 6, out int day) || s[8] != '-'
            || !D2(s, 9, out int hour) || s[11] != ':' || !D2(s, 12, out int minute) || s[14] != ':' || !D2(s, 15, out int second)
            || s[17] != '.' || !IsDigit(s[18]) || !IsDigit(s[19]) || !IsDigit(s[20])) return 0;
        int ms = (s[18] - '0') * 100 + (s[19] - '0') * 10 + (s[20] - '0');
        int i = 21;
        double offsetHours = 0;
        if (i < s.Length && s[i] == '(')
        {
            int close = s.Slice(i).IndexOf((byte)')');
            if (close < 0 || close > 8) return 0;
            if (!TryParseDecimal(s.Slice(i + 1, close - 1), out offsetHours)) return 0;
            i += close + 1;
        }
        if (month is < 1 or > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return 0;
        long ticks;
        try { ticks = new DateTime(year, month, day, hour, minute, second, ms, DateTimeKind.Utc).Ticks; }
        catch (ArgumentOutOfRangeException) { return 0; }
        ticks -= (long)(offsetHours * TimeSpan.TicksPerHour);
        if (ticks < s_min || ticks > s_max) return 0;
        consumed = i;
        return ticks;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool TryParseDecimal(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        if (s.Length == 0) return false;
        int i = 0;
        bool neg = false;
        if (s[0] == '-' || s[0] == '+') { neg = s[0] == '-'; i++; }
        double scale = 0;
        bool any = false;
        for (; i < s.Length; i++)
        {
            byte b = s[i];
            if (b == '.') { if (scale != 0) return false; scale = 1; continue; }
            if (!IsDigit(b)) return false;
            any = true;
            if (scale == 0) value = value * 10 + (b - '0');
            else { scale /= 10; value += (b - '0') * scale; }
        }
        if (neg) value = -value;
        return any;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool D2(ReadOnlySpan<byte> s, int i, out int v)
    {
        v = 0;
        if (i + 1 >= s.Length || !IsDigit(s[i]) || !IsDigit(s[i + 1])) return false;
        v = (s[i] - '0') * 10 + (s[i + 1] - '0');
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]

    private static bool D4(ReadOnlySpan<byte> s, int i, out int v)
    {
        v = 0;
        if (i + 3 >= s.Length) return false;
        for (int k = 0; k < 4; k++)
        {
            if (!IsDigit(s[i + k])) return false;
            v = v * 10 + (s[i + k] - '0');
        }
        return true;
    }
}
