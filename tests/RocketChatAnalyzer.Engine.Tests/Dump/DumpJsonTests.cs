using Newtonsoft.Json.Linq;
using RocketChatAnalyzer.Dump;
using Xunit;

namespace RocketChatAnalyzer.Tests.Dump;

public class DumpJsonTests
{
    /// <summary>Parses as the dump reader does: no date conversion.</summary>
    private static JToken Parse(string json)
    {
        using var r = new Newtonsoft.Json.JsonTextReader(new StringReader(json)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        return JToken.ReadFrom(r);
    }

    private static DumpEntry Entry(TempDir dir, string name, string content)
    {
        string path = dir.Write(name, content);
        return new DumpEntry(name, path, name, path, new FileInfo(path).Length, () => File.OpenRead(path));
    }

    [Fact]
    public void Load_ReportsMalformedJsonWithLineAndByteOffset()
    {
        using var dir = new TempDir();
        // Line 3 lacks a comma; "é" before it is two UTF-8 bytes, so bytes and characters differ.
        string text = "[\n {\"_id\":\"Site_Name\",\"value\":\"Café\"},\n {\"_id\":\"Log_Level\" \"value\":\"0\"}\n]";
        var e = Entry(dir, "7.8.0-settings.json", text);
        var diags = new List<Diagnostic>();
        Assert.Null(DumpJson.Load(e, new DumpAnalyzerOptions(), diags));
        var d = Assert.Single(diags);
        Assert.Equal("MalformedJson", d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(3, d.Line);
        Assert.NotNull(d.ByteOffset);
        // The offset points into line 3, at or just after the place Newtonsoft stopped.
        int line3 = System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(0, text.IndexOf(" {\"_id\":\"Log_Level\"", StringComparison.Ordinal)));
        int missingComma = System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(0, text.IndexOf(" \"value\":\"0\"", StringComparison.Ordinal)));
        Assert.InRange(d.ByteOffset!.Value, line3, missingComma + 3);
        Assert.Contains("line 3", d.ToString(), StringComparison.Ordinal); // Newtonsoft's text keeps the position too
    }

    [Fact]
    public void Load_ReportsATruncatedFile()
    {
        using var dir = new TempDir();
        var e = Entry(dir, "7.8.0-server-statistics.json", "{\"version\":\"7.8.0\",\"os\":{\"type\":\"Linux\",\"totalmem\":85899");
        var diags = new List<Diagnostic>();
        Assert.Null(DumpJson.Load(e, new DumpAnalyzerOptions(), diags));
        Assert.Equal("MalformedJson", Assert.Single(diags).Code);
    }

    [Fact]
    public void Load_ReportsAnEmptyFileAndTrailingGarbage()
    {
        using var dir = new TempDir();
        var diags = new List<Diagnostic>();
        Assert.Null(DumpJson.Load(Entry(dir, "empty.json", "  \n"), new DumpAnalyzerOptions(), diags));
        Assert.Equal("EmptyFile", diags[^1].Code);

        var token = DumpJson.Load(Entry(dir, "trailing.json", "{\"apps\":[]}\n{\"apps\":[]}"), new DumpAnalyzerOptions(), diags);
        Assert.NotNull(token);
        Assert.Equal("TrailingContent", diags[^1].Code);
        Assert.Equal(2, diags[^1].Line);
    }

    [Fact]
    public void Load_RefusesFilesOverTheSizeLimit()
    {
        using var dir = new TempDir();
        var e = Entry(dir, "7.8.0-settings.json", "[" + new string(' ', 2000) + "]");
        var diags = new List<Diagnostic>();
        Assert.Null(DumpJson.Load(e, new DumpAnalyzerOptions { MaxJsonFileBytes = 1000 }, diags));
        Assert.Equal("FileTooLarge", Assert.Single(diags).Code);
    }

    [Fact]
    public void Load_KeepsDatesAsTextAndTheLastOfDuplicateKeys()
    {
        using var dir = new TempDir();
        var token = DumpJson.Load(Entry(dir, "s.json", "{\"createdAt\":\"2025-07-10T12:00:00.000Z\",\"msg\":\"first\",\"msg\":\"second\"}"), new DumpAnalyzerOptions(), new List<Diagnostic>());
        Assert.Equal(JTokenType.String, token!["createdAt"]!.Type);
        Assert.Equal("second", (string?)token["msg"]);
    }

    [Theory]
    [InlineData("\"2025-07-10T12:00:00.000Z\"", "2025-07-10T12:00:00.0000000Z")]
    [InlineData("\"2025-07-10T14:00:00+02:00\"", "2025-07-10T12:00:00.0000000Z")]
    [InlineData("\"2025-07-10 12:00:00\"", "2025-07-10T12:00:00.0000000Z")]
    [InlineData("1752148800000", "2025-07-10T12:00:00.0000000Z")]
    [InlineData("\"1752148800000\"", "2025-07-10T12:00:00.0000000Z")]
    [InlineData("{\"$date\":1752148800000}", "2025-07-10T12:00:00.0000000Z")]
    [InlineData("{\"$date\":\"2025-07-10T12:00:00.000Z\"}", "2025-07-10T12:00:00.0000000Z")]
    [InlineData("{\"$date\":{\"$numberLong\":\"1752148800000\"}}", "2025-07-10T12:00:00.0000000Z")]
    public void ReadDate_AcceptsIsoEpochAndEjsonAsUtc(string json, string expected)
    {
        var d = DumpJson.ReadDate(Parse(json));
        Assert.NotNull(d);
        Assert.Equal(DateTimeKind.Utc, d!.Value.Kind);
        Assert.Equal(expected, d.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("\"yesterday\"")]
    [InlineData("true")]
    [InlineData("{\"$date\":\"not a date\"}")]
    [InlineData("1e300")]
    public void ReadDate_ReturnsNullForValuesThatAreNotDates(string json) =>
        Assert.Null(DumpJson.ReadDate(Parse(json)));

    [Fact]
    public void ReadDate_DoesNotDependOnTheCurrentCulture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("en-GB");
            Assert.Equal(new DateTime(2025, 7, 20, 10, 0, 0, DateTimeKind.Utc), DumpJson.ParseDate("07/20/2025 10:00:00"));
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("th-TH");
            Assert.Equal(2025, DumpJson.ParseDate("2025-07-20T10:00:00Z")!.Value.Year);
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = saved; }
    }

    [Theory]
    [InlineData("60000", 60000d)]
    [InlineData("\"60000\"", 60000d)]
    [InlineData("9999999999", 9999999999d)]
    [InlineData("123456789012345678901234567890", 1.2345678901234568E+29)]
    [InlineData("{\"$numberLong\":\"42\"}", 42d)]
    [InlineData("2.5", 2.5)]
    public void ReadDouble_ReadsNumbersInEveryForm(string json, double expected) =>
        Assert.Equal(expected, DumpJson.ReadDouble(Parse(json))!.Value, 6);

    [Theory]
    [InlineData("\"30s\"")]
    [InlineData("\"abc\"")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("[1]")]
    public void ReadDouble_ReturnsNullInsteadOfThrowing(string json) =>
        Assert.Null(DumpJson.ReadDouble(Parse(json)));

    [Theory]
    [InlineData("true", true)]
    [InlineData("\"true\"", true)]
    [InlineData("\"False\"", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("\"0\"", false)]
    public void ReadBool_ReadsBooleansInEveryForm(string json, bool expected) =>
        Assert.Equal(expected, DumpJson.ReadBool(Parse(json)));
}
