using RocketChatAnalyzer;
using Xunit;

namespace RocketChatAnalyzer.Tests.Reports;

public class MarkdownReportTests
{
    [Fact]
    public void The_summary_has_score_label_components_findings_templates_and_recommendations()
    {
        DumpAnalysis d = SampleResults.Dump();

        string md = ReportWriter.WriteString(d, ReportFormat.Markdown);

        Assert.StartsWith("# Rocket.Chat analysis: 7.8.0\n", md, StringComparison.Ordinal);
        Assert.Contains("**Health score: 58/100 (Warning)** · Logs 61 · Settings 70 · Security 45 · Performance 82 · Omnichannel 90 · Apps 75", md, StringComparison.Ordinal);
        Assert.Contains("| Findings | 2 Critical, 3 Error, 4 Warning, 2 Info |", md, StringComparison.Ordinal);
        string[] lines = md.Split('\n');
        int header = Array.IndexOf(lines, "| Severity | Category | Subject | Finding | Recommendation |");
        Assert.True(header > 0);
        Assert.Equal("|---|---|---|---|---|", lines[header + 1]);
        var findingRows = lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.Equal(d.Findings.Count, findingRows.Count);
        Assert.StartsWith("| **Critical** | Security | Accounts\\_TwoFactorAuthentication\\_Enabled |", findingRows[0], StringComparison.Ordinal);
        Assert.Contains("## Top error messages", md, StringComparison.Ordinal);
        Assert.Contains("| 61 | Exception in setInterval callback: MongoServerSelectionError: connection closed |", md, StringComparison.Ordinal);
        Assert.Contains("1. **Critical** (Security) Enable two-factor authentication", md, StringComparison.Ordinal);
        Assert.Contains("## Diagnostics", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_cells_cannot_break_the_table_or_inject_markup()
    {
        DumpAnalysis d = SampleResults.Dump();
        d.Findings = new List<Finding>
        {
            SampleResults.F("X", FindingSeverity.Error, FindingCategory.Log, "log", "a|b", "pipe | back`tick` <script>alert(1)</script>\nsecond line\r\nthird \\| escaped", "[x](javascript:alert(1))", 1, null),
        };

        string md = ReportWriter.WriteString(d, ReportFormat.Markdown);
        string row = md.Split('\n').Single(l => l.StartsWith("| **Error** |", StringComparison.Ordinal));

        // Exactly the six pipes that delimit five cells are unescaped.
        int unescaped = 0;
        for (int i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\') { i++; continue; }
            if (row[i] == '|') unescaped++;
        }
        Assert.Equal(6, unescaped);
        Assert.Contains("pipe \\| back\\`tick\\` &lt;script&gt;alert(1)&lt;/script&gt;<br>second line<br>third \\\\\\| escaped", row, StringComparison.Ordinal);
        Assert.Contains("\\[x\\](javascript:alert(1))", row, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_lists_are_cut_with_a_note()
    {
        DumpAnalysis d = SampleResults.Dump();
        for (int i = 0; i < 40; i++) d.Findings.Add(SampleResults.F("SET-X", FindingSeverity.Warning, FindingCategory.Configuration, "s", "Setting_" + i, "m", "r", 1, null));

        string md = ReportWriter.WriteString(d, ReportFormat.Markdown, new ReportOptions { MarkdownFindings = 15 });

        Assert.Contains("_… 36 more findings (see the HTML, JSON or CSV report)._", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_comes_out_inert_and_secrets_never_appear()
    {
        string md = ReportWriter.WriteString(HostileResults.Dump(), ReportFormat.Markdown);

        Assert.DoesNotContain("<script", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\u202E', md);
        Assert.DoesNotContain('\u001b', md);
        Assert.DoesNotContain('\u0000', md);
        Assert.Contains("[U+202E]", md, StringComparison.Ordinal);
        foreach (string secret in SampleResults.SecretValues) Assert.DoesNotContain(secret, md, StringComparison.Ordinal);
        // Every table row is still one line with its header's number of cells.
        foreach (string line in md.Split('\n').Where(l => l.StartsWith("| **", StringComparison.Ordinal)))
            Assert.EndsWith(" |", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_only_result_gets_a_log_summary()
    {
        string md = ReportWriter.WriteString(SampleResults.Log(), ReportFormat.Markdown);

        Assert.StartsWith("# Rocket.Chat log analysis\n", md, StringComparison.Ordinal);
        Assert.Contains("| Log | 3,011 entries (2025-11-23 06:03:00 UTC → 2025-11-24 08:41:00 UTC), 97 errors/fatal, 131 warnings |", md, StringComparison.Ordinal);
        Assert.Contains("## Top error messages", md, StringComparison.Ordinal);
        Assert.DoesNotContain("## Recommendations", md, StringComparison.Ordinal);
    }
}
