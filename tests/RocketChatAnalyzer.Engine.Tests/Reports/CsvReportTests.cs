using System.Text;
using RocketChatAnalyzer;
using Xunit;

namespace RocketChatAnalyzer.Tests.Reports;

public class CsvReportTests
{
    private static string Csv(object result, ReportOptions? options = null)
    {
        using var ms = new MemoryStream();
        ReportWriter.Write(result, ReportFormat.Csv, ms, options);
        byte[] bytes = ms.ToArray();
        Assert.True(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "CSV starts with the UTF-8 BOM.");
        return new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
    }

    [Fact]
    public void There_is_a_header_and_one_row_per_finding_in_severity_order()
    {
        DumpAnalysis d = SampleResults.Dump();

        List<string[]> rows = TestText.ParseCsv(Csv(d));

        Assert.Equal(new[] { "Severity", "Category", "RuleId", "Source", "Subject", "Message", "Recommendation", "Count", "Value" }, rows[0]);
        Assert.Equal(d.Findings.Count + 1, rows.Count);
        for (int i = 0; i < d.Findings.Count; i++)
        {
            Finding f = d.Findings[i];
            string[] r = rows[i + 1];
            Assert.Equal(f.Severity.ToString(), r[0]);
            Assert.Equal(f.Category.ToString(), r[1]);
            Assert.Equal(f.RuleId, r[2]);
            Assert.Equal(f.Subject, r[4]);
            Assert.Equal(f.Message, r[5]);
            Assert.Equal(f.Recommendation, r[6]);
            Assert.Equal(f.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), r[7]);
        }
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted_so_the_text_reads_back_unchanged()
    {
        DumpAnalysis d = SampleResults.Dump();
        d.Findings = new List<Finding>
        {
            SampleResults.F("LOG-ERROR-TEMPLATE", FindingSeverity.Error, FindingCategory.Log, "7.8.0-log.json", "Error sending message: Error: You are not authorized",
                "server.js:204 System ➔ error Error sending message: \"Error: You are not authorized, to change message properties\"\r\n    at validateUserIdentity (app/lib/server/functions/sendMessage.js:164:9)\n",
                "Check the user's roles, then retry.", 3, "a,b"),
        };

        string csv = Csv(d);
        List<string[]> rows = TestText.ParseCsv(csv);

        Assert.Equal(2, rows.Count);
        Assert.Equal(d.Findings[0].Message, rows[1][5]);
        Assert.Equal("a,b", rows[1][8]);
        Assert.Contains("\"\"Error: You are not authorized", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_that_a_spreadsheet_would_run_as_a_formula_get_a_leading_apostrophe()
    {
        DumpAnalysis d = SampleResults.Dump();
        string[] payloads = { "=HYPERLINK(\"http://evil.example\",\"open\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,1)", "\t=1", "\r=1" };
        d.Findings = payloads.Select(p => SampleResults.F(p, FindingSeverity.Warning, FindingCategory.Log, p, p, p, p, 1, p)).ToList();

        List<string[]> rows = TestText.ParseCsv(Csv(d));

        for (int i = 0; i < payloads.Length; i++)
        {
            string[] r = rows[i + 1];
            foreach (int col in new[] { 2, 3, 4, 5, 6, 8 }) Assert.Equal("'" + payloads[i], r[col]);
            Assert.Equal("1", r[7]);
        }
    }

    [Fact]
    public void The_severity_filter_leaves_out_lower_rows()
    {
        DumpAnalysis d = SampleResults.Dump();

        List<string[]> rows = TestText.ParseCsv(Csv(d, new ReportOptions { MinimumSeverity = FindingSeverity.Warning }));

        Assert.Equal(d.Findings.Count(f => f.Severity >= FindingSeverity.Warning) + 1, rows.Count);
        Assert.DoesNotContain(rows.Skip(1), r => r[0] == "Info");
    }

    [Fact]
    public void A_log_only_result_gets_one_row_per_template_most_frequent_first()
    {
        LogAnalysis log = SampleResults.Log();

        List<string[]> rows = TestText.ParseCsv(Csv(log));

        Assert.Equal(new[] { "Level", "TemplateId", "Count", "FirstSeen", "LastSeen", "Template", "Example" }, rows[0]);
        Assert.Equal(log.Templates.Count + 1, rows.Count);
        Assert.Equal("540", rows[1][2]);
        Assert.Equal("Http", rows[1][0]);
        Assert.Equal("2025-11-23T06:05:00Z", rows[1][3]);
        var ids = rows.Skip(1).Select(r => r[1]).ToHashSet();
        Assert.All(log.Templates, t => Assert.Contains(t.TemplateId, ids));
    }

    [Fact]
    public void Secret_setting_values_never_appear_even_when_a_finding_copied_one()
    {
        string csv = Csv(SampleResults.Dump());

        foreach (string secret in SampleResults.SecretValues) Assert.DoesNotContain(secret, csv, StringComparison.Ordinal);
        Assert.Contains("SMTP_Password", csv, StringComparison.Ordinal);
    }
}
