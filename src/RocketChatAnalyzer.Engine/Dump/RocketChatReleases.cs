using System.Globalization;

namespace RocketChatAnalyzer.Dump;

/// <summary>
/// Release months of Rocket.Chat feature releases (major.minor), used by the version-age check.
/// Month precision, from the GitHub release list (https://github.com/RocketChat/Rocket.Chat/releases);
/// the first of the month stands for the month. A version newer than the table is "current";
/// a version older than the first row is older than that row's date.
/// </summary>
internal static class RocketChatReleases
{
    private static readonly (int Major, int Minor, DateTime Released)[] s_table =
    {
        (6, 0, D(2023, 1)), (6, 1, D(2023, 4)), (6, 2, D(2023, 5)), (6, 3, D(2023, 7)), (6, 4, D(2023, 10)),
        (6, 5, D(2023, 12)), (6, 6, D(2024, 2)), (6, 7, D(2024, 4)), (6, 8, D(2024, 5)), (6, 9, D(2024, 5)),
        (6, 10, D(2024, 7)), (6, 11, D(2024, 7)), (6, 12, D(2024, 8)), (6, 13, D(2024, 10)),
        (7, 0, D(2024, 12)), (7, 1, D(2024, 12)), (7, 2, D(2025, 1)), (7, 3, D(2025, 2)), (7, 4, D(2025, 3)),
        (7, 5, D(2025, 4)), (7, 6, D(2025, 5)), (7, 7, D(2025, 6)), (7, 8, D(2025, 7)), (7, 9, D(2025, 8)),
        (7, 10, D(2025, 9)),
    };

    private static readonly System.Buffers.SearchValues<char> s_suffixStart = System.Buffers.SearchValues.Create("-+ ");

    private static DateTime D(int y, int m) => new(y, m, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The first version in the table.</summary>
    public static (int Major, int Minor) Oldest => (s_table[0].Major, s_table[0].Minor);

    /// <summary>Release month of <paramref name="version"/>'s major.minor; null when it is newer than the table or unparsable.</summary>
    public static DateTime? Released(string version, out bool olderThanTable)
    {
        olderThanTable = false;
        if (ParseVersion(version) is not { } v) return null;
        foreach (var (major, minor, released) in s_table)
            if (major == v.Major && minor == v.Minor) return released;
        if (CompareVersions(v, new Version(s_table[0].Major, s_table[0].Minor)) < 0)
        {
            olderThanTable = true;
            return s_table[0].Released;
        }
        return null;
    }

    /// <summary>
    /// Parses "7.8.0", "v7.0.14", "6.12.1-rc.2", "4.4" numerically (leading 'v' and suffixes after
    /// '-', '+' or a space ignored). Null when there is no leading number.
    /// </summary>
    public static Version? ParseVersion(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (s.StartsWith('v') || s.StartsWith('V')) s = s.Substring(1);
        int cut = s.AsSpan().IndexOfAny(s_suffixStart);
        if (cut >= 0) s = s.Substring(0, cut);
        var parts = s.Split('.');
        var numbers = new int[Math.Min(parts.Length, 4)];
        int count = 0;
        foreach (var p in parts)
        {
            if (count == numbers.Length) break;
            if (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out int n)) break;
            numbers[count++] = n;
        }
        return count switch
        {
            0 => null,
            1 => new Version(numbers[0], 0),
            2 => new Version(numbers[0], numbers[1]),
            3 => new Version(numbers[0], numbers[1], numbers[2]),
            _ => new Version(numbers[0], numbers[1], numbers[2], numbers[3]),
        };
    }

    /// <summary>Numeric comparison on major.minor.build (missing parts count as 0, so "7.0" == "7.0.0").</summary>
    public static int CompareVersions(Version a, Version b)
    {
        int c = a.Major.CompareTo(b.Major);
        if (c != 0) return c;
        c = a.Minor.CompareTo(b.Minor);
        if (c != 0) return c;
        return Math.Max(a.Build, 0).CompareTo(Math.Max(b.Build, 0));
    }

    /// <summary>Whole months from <paramref name="from"/> to <paramref name="to"/> (negative when to is earlier).</summary>
    public static int MonthsBetween(DateTime from, DateTime to)
    {
        int months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        if (to.Day < from.Day) months--;
        return months;
    }
}
