using System.Globalization;
using Newtonsoft.Json;

namespace RocketChatAnalyzer;

/// <summary>Culture-independent display formatting shared by the human-readable reports.</summary>
internal static class Formats
{
    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;

    /// <summary>Treats an unspecified kind as UTC (the engine only stores UTC) and converts local times.</summary>
    public static DateTime Utc(DateTime t) => t.Kind switch
    {
        DateTimeKind.Local => t.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(t, DateTimeKind.Utc),
        _ => t,
    };

    /// <summary>"2024-10-03 14:39:40 UTC".</summary>
    public static string Date(DateTime t) => Utc(t).ToString("yyyy-MM-dd HH:mm:ss", s_inv) + " UTC";

    public static string Date(DateTime? t) => t is DateTime d ? Date(d) : "—";

    /// <summary>ISO-8601 with Z, for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateTime t) => Utc(t).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", s_inv);

    /// <summary>"12,345".</summary>
    public static string N(long n) => n.ToString("N0", s_inv);

    public static string N(long? n) => n is long v ? N(v) : "—";

    public static string Int(long n) => n.ToString(s_inv);

    public static string Percent(double part, double whole) =>
        whole <= 0 ? "—" : (part / whole * 100).ToString(part / whole < 0.1 ? "0.0" : "0", s_inv) + " %";

    /// <summary>"1.5 GiB".</summary>
    public static string Bytes(long bytes)
    {
        string[] units = { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };
        double v = bytes;
        int u = 0;
        // 1000 rather than 1024: "0.98 MiB" reads better than "1010 KiB".
        while (Math.Abs(v) >= 1000 && u < units.Length - 1) { v /= 1024; u++; }
        return (u == 0 ? v.ToString("0", s_inv) : v.ToString(v < 10 ? "0.0#" : "0", s_inv)) + " " + units[u];
    }

    /// <summary>"3 d 4 h", "5 h 12 min", "42 s".</summary>
    public static string Duration(double seconds)
    {
        if (double.IsNaN(seconds) || seconds < 0) return "—";
        var t = TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.MaxValue.TotalSeconds - 1));
        if (t.TotalDays >= 1) return string.Create(s_inv, $"{(int)t.TotalDays} d {t.Hours} h");
        if (t.TotalHours >= 1) return string.Create(s_inv, $"{t.Hours} h {t.Minutes} min");
        if (t.TotalMinutes >= 1) return string.Create(s_inv, $"{t.Minutes} min {t.Seconds} s");
        return string.Create(s_inv, $"{t.Seconds} s");
    }

    public static string Double(double v, string format = "0.##") => v.ToString(format, s_inv);

    public static string YesNo(bool? b) => b is bool v ? (v ? "yes" : "no") : "—";

    /// <summary>A setting value as text: strings as they are, numbers invariant, null as "null", objects/arrays as compact JSON.</summary>
    public static string SettingValue(object? value) => value switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f and not DateTime => f.ToString(null, s_inv),
        DateTime d => Iso(d),
        _ => JsonConvert.SerializeObject(value, Formatting.None),
    };

    /// <summary>The category of a setting id: the text before the first <c>_</c> (<c>General</c> when there is none).</summary>
    public static string SettingCategory(string id)
    {
        int i = id.IndexOf('_', StringComparison.Ordinal);
        return i > 0 ? id.Substring(0, i) : "General";
    }
}

/// <summary>
/// Makes untrusted text (log lines, setting values, app names, paths) safe to show: control
/// characters become visible Control Pictures (ESC → ␛), Unicode bidirectional controls become
/// "[U+202E]" so no text can reorder what is around it ("Trojan Source"), and, for HTML, the five
/// markup characters are entity-encoded, which is safe in element text and in quoted attributes.
/// </summary>
internal static class SafeText
{
    /// <summary>Cuts <paramref name="s"/> to <paramref name="max"/> UTF-16 units without splitting a surrogate pair.</summary>
    public static string Cut(string s, int max, out int omitted)
    {
        omitted = 0;
        if (max <= 0 || s.Length <= max) return s;
        int n = max;
        if (char.IsHighSurrogate(s[n - 1])) n--;
        omitted = s.Length - n;
        return s.Substring(0, n);
    }

    public static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>Control characters other than tab, LF and CR (C0, DEL, C1).</summary>
    public static bool IsControl(char c) => (c < ' ' && c != '\t' && c != '\n' && c != '\r') || (c >= '\u007F' && c <= '\u009F');

    public static char ControlPicture(char c) => c < ' ' ? (char)('\u2400' + c) : c == '\u007F' ? '\u2421' : '\uFFFD';

    /// <summary>Writes <paramref name="s"/> HTML-encoded and neutralised.</summary>
    public static void Html(TextWriter w, ReadOnlySpan<char> s)
    {
        int start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            string? rep;
            if (c == '&') rep = "&amp;";
            else if (c == '<') rep = "&lt;";
            else if (c == '>') rep = "&gt;";
            else if (c == '"') rep = "&quot;";
            else if (c == '\'') rep = "&#39;";
            else if (IsControl(c)) rep = ControlPicture(c).ToString();
            else if (IsBidiControl(c)) rep = BidiName(c);
            else continue;
            if (i > start) w.Write(s.Slice(start, i - start));
            w.Write(rep);
            start = i + 1;
        }
        if (start < s.Length) w.Write(s.Slice(start));
    }

    /// <summary>Neutralises control and bidi characters (no markup encoding).</summary>
    public static string Plain(string s)
    {
        bool any = false;
        foreach (char c in s)
        {
            if (IsControl(c) || IsBidiControl(c)) { any = true; break; }
        }
        if (!any) return s;
        var sb = new System.Text.StringBuilder(s.Length + 16);
        foreach (char c in s)
        {
            if (IsControl(c)) sb.Append(ControlPicture(c));
            else if (IsBidiControl(c)) sb.Append(BidiName(c));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static string BidiName(char c) => "[U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "]";
}
