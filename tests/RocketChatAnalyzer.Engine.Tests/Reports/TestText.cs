using Xunit;
using System.Text;

namespace RocketChatAnalyzer.Tests.Reports;

/// <summary>Small readers the report tests check output with.</summary>
internal static class TestText
{
    /// <summary>An RFC 4180 reader: fields separated by commas, records by CRLF, quotes doubled inside quoted fields.</summary>
    public static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, wasQuoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"':
                    Assert.True(field.Length == 0 && !wasQuoted, $"A quote in the middle of an unquoted field at offset {i}.");
                    quoted = wasQuoted = true;
                    break;
                case ',':
                    row.Add(field.ToString()); field.Clear(); wasQuoted = false;
                    break;
                case '\r':
                    Assert.True(i + 1 < text.Length && text[i + 1] == '\n', $"A bare CR outside quotes at offset {i}.");
                    i++;
                    row.Add(field.ToString()); field.Clear(); wasQuoted = false;
                    rows.Add(row.ToArray()); row.Clear();
                    break;
                case '\n':
                    Assert.Fail($"A bare LF outside quotes at offset {i}: records must end with CRLF.");
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        Assert.False(quoted, "The text ends inside a quoted field.");
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row.ToArray()); }
        return rows;
    }

    public static int Count(string haystack, string needle)
    {
        int n = 0;
        for (int i = haystack.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = haystack.IndexOf(needle, i + needle.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    /// <summary>The repository root (the folder with RocketChatAnalyzer.sln), found from the test binaries.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RocketChatAnalyzer.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("RocketChatAnalyzer.sln not found above " + AppContext.BaseDirectory);
    }
}
