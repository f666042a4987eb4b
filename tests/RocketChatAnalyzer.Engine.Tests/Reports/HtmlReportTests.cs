using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using RocketChatAnalyzer;
using Xunit;

namespace RocketChatAnalyzer.Tests.Reports;

/// <summary>
/// The HTML report parsed as a browser parses it (AngleSharp, an HTML5 parser): structure,
/// counts, escaping, redaction, size caps and the security policy.
/// </summary>
public class HtmlReportTests
{
    private static readonly string[] DumpSections = { "summary", "findings", "recommendations", "logs", "statistics", "settings", "omnichannel", "apps", "diagnostics" };

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static int Int(string? text) => int.Parse(text!.Replace(",", "", StringComparison.Ordinal).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);

    [Fact]
    public void Every_section_is_present_and_its_counts_equal_the_result()
    {
        DumpAnalysis d = SampleResults.Dump();

        IHtmlDocument doc = Parse(ReportWriter.WriteString(d, ReportFormat.Html));

        foreach (string id in DumpSections) Assert.NotNull(doc.GetElementById(id));
        Assert.Equal("7.8.0", doc.GetElementById("server-version")!.TextContent);
        Assert.Equal(d.Path, doc.GetElementById("dump-path")!.TextContent);
        Assert.Equal("58", doc.GetElementById("health")!.GetAttribute("data-score"));
        Assert.Equal("Warning", doc.GetElementById("health-label")!.TextContent);
        foreach (var kv in d.HealthScore.Components)
            Assert.Equal(kv.Value, Int(doc.QuerySelector($"b[data-component='{kv.Key}']")!.TextContent));

        // Severity tiles and rows agree with the findings.
        foreach (FindingSeverity sev in Enum.GetValues<FindingSeverity>())
        {
            int expected = d.Findings.Count(f => f.Severity == sev);
            Assert.Equal(expected, Int(doc.QuerySelector($".tiles .count[data-severity='{sev}']")!.TextContent));
            Assert.Equal(expected, doc.QuerySelectorAll($"tr.finding[data-severity='{sev}']").Length);
        }
        Assert.Equal(d.Findings.Count, doc.QuerySelectorAll("tr.finding").Length);
        var rows = doc.QuerySelectorAll("tr.finding").ToList();
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.Equal(d.Findings[i].Message, rows[i].QuerySelector("summary")!.TextContent);
            Assert.Contains(d.Findings[i].Recommendation, rows[i].QuerySelector(".rec")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(d.Findings[i].Count, Int(((IHtmlTableRowElement)rows[i]).Cells[4].TextContent));
        }

        // Log overview.
        foreach (var kv in d.Log.LevelCounts)
            Assert.Equal(kv.Value, Int(doc.QuerySelector($"#level-counts tr[data-level='{kv.Key}'] td.num")!.TextContent));
        Assert.Equal(d.Log.TotalEntries, Int(doc.QuerySelector("#log-entries b")!.TextContent));
        Assert.Equal(d.Log.Timeline.Count, doc.QuerySelectorAll("#timeline g").Length);
        Assert.Equal(d.Log.Templates.Count, doc.QuerySelectorAll("tr.template").Length);
        Assert.Equal("540", doc.QuerySelector("tr.template td.num")!.TextContent);
        Assert.Equal(d.Log.TopMessages.Count(t => t.Level is "Error" or "Fatal" or "Warn"), doc.QuerySelectorAll("tr.top-message").Length);
        foreach (var kv in d.Log.CategoryCounts)
            Assert.Equal(kv.Value, Int(doc.QuerySelector($"b[data-pattern-category='{kv.Key}']")!.TextContent));
        Assert.Contains(doc.QuerySelectorAll("pre.example"), p => p.TextContent == d.Log.Templates[1].Example);

        // Settings by category (prefix before the first underscore), apps, omnichannel, recommendations, diagnostics.
        Assert.Equal(d.Settings.Items.Count, doc.QuerySelectorAll("#settings tr.setting").Length);
        Assert.Equal(5, doc.QuerySelectorAll("#settings details.cat[data-category='Accounts'] tr.setting").Length);
        Assert.Equal(3, doc.QuerySelectorAll("#settings details.cat[data-category='SMTP'] tr.setting").Length);
        Assert.Equal(d.Omnichannel.Items.Count, doc.QuerySelectorAll("#omnichannel tr.setting").Length);
        Assert.Equal(d.Apps.Items.Count, doc.QuerySelectorAll("tr.app").Length);
        Assert.Equal(d.Apps.Items.Count(a => a.Error), doc.QuerySelectorAll("tr.app[data-state='error']").Length);
        Assert.Equal(d.Apps.Items.Count(a => a.Enabled), doc.QuerySelectorAll("tr.app[data-state='enabled']").Length);
        Assert.Equal("Tenor", doc.QuerySelector("tr.app strong")!.TextContent); // errors first
        Assert.Equal(d.Apps.Enabled, Int(doc.QuerySelector("#apps-enabled b")!.TextContent));
        var recs = doc.QuerySelectorAll("li.rec-item .rtext").Select(e => e.TextContent).ToList();
        Assert.Equal(d.Recommendations.OrderBy(r => r.Rank).Select(r => r.Text), recs);
        Assert.Equal(d.Diagnostics.Count, doc.QuerySelectorAll("tr.diagnostic").Length);
        Assert.Equal("4,210", doc.QuerySelector("#stat-users dd")!.TextContent);
    }

    [Fact]
    public void The_page_is_self_contained_and_its_policy_allows_only_its_own_script_and_style_by_hash()
    {
        string html = ReportWriter.WriteString(SampleResults.Dump(), ReportFormat.Html);
        IHtmlDocument doc = Parse(html);

        string csp = doc.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        IElement script = Assert.Single(doc.Scripts);
        IElement style = Assert.Single(doc.QuerySelectorAll("style"));
        Assert.Contains("script-src '" + Sha256(script.TextContent) + "'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src '" + Sha256(style.TextContent) + "'", csp, StringComparison.Ordinal);

        // Nothing is fetched: no src attributes, no external hrefs, no style attributes (the policy would block them).
        Assert.DoesNotContain(doc.All, e => e.HasAttribute("src") || e.HasAttribute("style"));
        foreach (IElement e in doc.All.Where(e => e.HasAttribute("href")))
        {
            string href = e.GetAttribute("href")!;
            Assert.True(href.StartsWith('#') || href.StartsWith("data:", StringComparison.Ordinal), "Unexpected link " + href);
        }
        Assert.Empty(doc.QuerySelectorAll("link:not([rel='icon']), iframe, img, object, embed, audio, video, source, form"));
    }

    [Fact]
    public void Without_javascript_the_content_is_visible_and_only_the_controls_wait_for_the_script()
    {
        IHtmlDocument doc = Parse(ReportWriter.WriteString(SampleResults.Dump(), ReportFormat.Html));

        Assert.True(doc.GetElementById("f-controls")!.HasAttribute("hidden"));
        Assert.True(doc.GetElementById("s-controls")!.HasAttribute("hidden"));
        Assert.Empty(doc.QuerySelectorAll("tr.finding[hidden], section[hidden], details.cat[hidden]"));
    }

    [Fact]
    public void Hostile_text_in_every_position_stays_text()
    {
        DumpAnalysis d = HostileResults.Dump();
        string html = ReportWriter.WriteString(d, ReportFormat.Html);
        IHtmlDocument doc = Parse(html);

        // Structure: our one script, no injected element or handler anywhere.
        Assert.Single(doc.Scripts);
        Assert.Equal(1, TestText.Count(html, "<script"));
        Assert.Equal(1, TestText.Count(html, "</script"));
        Assert.Single(doc.QuerySelectorAll("style"));
        Assert.Empty(doc.QuerySelectorAll("img, iframe, a:not([href^='#']), textarea, object, embed, form, base, body svg:not(.ico):not(.gauge):not(.bar):not(.tl):not(.defs)"));
        foreach (IElement e in doc.All)
        {
            foreach (IAttr a in e.Attributes)
            {
                Assert.False(a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{e.LocalName} {a.Name}> injected");
                // URL-bearing attributes are ours only; data-* attributes may carry escaped input text, which is inert.
                if (a.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "poster" or "srcdoc")
                    Assert.True(a.Value.StartsWith('#') || a.Value.StartsWith("data:image/svg+xml,", StringComparison.Ordinal), $"<{e.LocalName} {a.Name}=\"{a.Value}\">");
            }
        }
        Assert.DoesNotContain("onerror=alert(1)>", html, StringComparison.Ordinal);

        // Content: the text is shown as text in each position.
        string shown = "<script>alert(1)</script>";
        Assert.Contains(shown, doc.GetElementById("dump-path")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(shown, doc.GetElementById("server-version")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(shown, doc.QuerySelector("tr.finding summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(shown, doc.QuerySelector("tr.finding td.subj")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(shown, doc.QuerySelector("tr.finding .rec")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(shown, doc.QuerySelector("tr.template summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(shown, doc.QuerySelector("pre.example")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(shown, doc.QuerySelectorAll("#settings tr.setting").Select(r => r.TextContent).First(t => t.Contains("Layout_Custom_", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(shown, doc.QuerySelectorAll("tr.app").Select(r => r.TextContent).First(t => t.Contains("app <script>", StringComparison.Ordinal)), StringComparison.Ordinal);
        var diagRows = doc.QuerySelectorAll("tr.diagnostic");
        Assert.Contains(shown, diagRows[diagRows.Length - 1].TextContent, StringComparison.Ordinal);
        Assert.Contains("\"><img src=x onerror=alert(1)>", doc.QuerySelector("tr.finding summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("javascript:alert(document.cookie)", doc.QuerySelector("tr.finding summary")!.TextContent, StringComparison.Ordinal);

        // Bidi overrides and control characters never reach the page; they are shown by name or picture.
        foreach (char c in new[] { '\u202E', '\u202C', '\u2066', '\u2069', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085' })
            Assert.DoesNotContain(c, html);
        Assert.Contains("[U+202E]exe.txt[U+202C]", doc.QuerySelector("tr.finding summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("esc\u241B[31mred", doc.QuerySelector("tr.finding summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_redacted_setting_never_shows_its_original_value_in_any_format()
    {
        DumpAnalysis d = SampleResults.Dump();
        // As an analyzer slip would leave it: flagged Redacted but the clear value still in Value,
        // plus a secret kept by -IncludeSecret (IsSecret, not Redacted), plus a finding that copied one.
        d.Settings.Items.Add(new SettingItem { Id = "FileUpload_S3_AWSAccessKeyId", Value = "AKIAZ7ZX3SECRETKEY", Type = "string", IsSecret = true, Redacted = true });
        d.Omnichannel.Items.Add(new SettingItem { Id = "Livechat_secret_token", Value = "livechat-webhook-token-9f2c", Type = "string", IsSecret = true, Redacted = true });
        d.Settings.Items.Add(new SettingItem { Id = "LDAP_Authentication_Password", Value = "ldap-bind-pw-Pa55", Type = "password", IsSecret = true, Redacted = false });
        d.Findings.Add(SampleResults.F("SET-LDAP-BIND", FindingSeverity.Warning, FindingCategory.Security, "7.8.0-settings.json", "LDAP_Authentication_Password", "LDAP bind password set.", "", 1, "ldap-bind-pw-Pa55"));

        foreach (ReportFormat format in new[] { ReportFormat.Html, ReportFormat.Markdown, ReportFormat.Csv })
        {
            string text = ReportWriter.WriteString(d, format);
            foreach (string secret in SampleResults.SecretValues) Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
        string json = ReportWriter.WriteString(d, ReportFormat.Json);
        Assert.DoesNotContain("AKIAZ7ZX3SECRETKEY", json, StringComparison.Ordinal);
        Assert.DoesNotContain("livechat-webhook-token-9f2c", json, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-SMTP-pass", json, StringComparison.Ordinal);

        IHtmlDocument doc = Parse(ReportWriter.WriteString(d, ReportFormat.Html));
        IElement row = doc.QuerySelectorAll("tr.setting").First(r => r.TextContent.Contains("FileUpload_S3_AWSAccessKeyId", StringComparison.Ordinal));
        Assert.Equal("[REDACTED]", row.QuerySelector(".redacted")!.TextContent);
    }

    [Fact]
    public void A_huge_result_gives_a_bounded_page_with_notes_of_what_was_left_out()
    {
        DumpAnalysis d = Huge();

        string html = ReportWriter.WriteString(d, ReportFormat.Html);
        IHtmlDocument doc = Parse(html);

        Assert.True(html.Length < 4_000_000, $"The page is {html.Length:N0} characters.");
        Assert.Equal(500, doc.QuerySelectorAll("tr.finding").Length);
        Assert.Equal("(20,000)", doc.QuerySelector("#findings h2 .n")!.TextContent);
        Assert.Equal(19_500, Int(doc.QuerySelector("#findings p.more")!.GetAttribute("data-more")));
        Assert.Equal(50, doc.QuerySelectorAll("tr.template").Length);
        Assert.Equal(9_950, Int(doc.QuerySelector("#logs p.more[data-more]")!.GetAttribute("data-more")));
        Assert.True(doc.QuerySelectorAll("#settings tr.setting").Length <= 2000);
        Assert.All(doc.QuerySelectorAll("#settings details.cat"), c => Assert.True(c.QuerySelectorAll("tr.setting").Length <= 200));
        Assert.Equal(500, doc.QuerySelectorAll("tr.app").Length);
        Assert.Equal(200, doc.QuerySelectorAll("tr.diagnostic").Length);
        int bars = Int(doc.GetElementById("timeline")!.GetAttribute("data-bars"));
        Assert.InRange(bars, 12, 168);
        Assert.Equal("72", doc.GetElementById("timeline")!.GetAttribute("data-hours-per-bar"));
        // Long texts are cut with a note.
        Assert.Contains("more characters", doc.QuerySelector("tr.finding summary")!.TextContent, StringComparison.Ordinal);
        Assert.True(doc.QuerySelector("tr.finding summary")!.TextContent.Length < 1200);
        // Markdown and HTML share the caps; Markdown stays short.
        Assert.True(ReportWriter.WriteString(d, ReportFormat.Markdown).Length < 100_000);
    }

    [Fact]
    public void The_severity_filter_drops_lower_findings_and_the_header_counts_what_is_shown()
    {
        DumpAnalysis d = SampleResults.Dump();

        IHtmlDocument doc = Parse(ReportWriter.WriteString(d, ReportFormat.Html, new ReportOptions { MinimumSeverity = FindingSeverity.Error }));

        Assert.Equal(0, Int(doc.QuerySelector(".tiles .count[data-severity='Warning']")!.TextContent));
        Assert.Equal(0, Int(doc.QuerySelector(".tiles .count[data-severity='Info']")!.TextContent));
        Assert.Equal(3, Int(doc.QuerySelector(".tiles .count[data-severity='Error']")!.TextContent));
        Assert.Equal(5, doc.QuerySelectorAll("tr.finding").Length);
        Assert.Contains("6 less severe findings are left out", doc.GetElementById("filter-note")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, doc.QuerySelectorAll("li.rec-item").Length);
        Assert.Equal("58", doc.GetElementById("health")!.GetAttribute("data-score"));
    }

    [Fact]
    public void A_log_only_result_gets_the_log_sections_only()
    {
        LogAnalysis log = SampleResults.Log();

        IHtmlDocument doc = Parse(ReportWriter.WriteString(log, ReportFormat.Html));

        Assert.NotNull(doc.GetElementById("summary"));
        Assert.NotNull(doc.GetElementById("logs"));
        Assert.NotNull(doc.GetElementById("diagnostics"));
        foreach (string id in new[] { "findings", "recommendations", "statistics", "settings", "omnichannel", "apps", "health" })
            Assert.Null(doc.GetElementById(id));
        Assert.Equal(log.Templates.Count, doc.QuerySelectorAll("tr.template").Length);
        Assert.Single(doc.QuerySelectorAll("tr.diagnostic"));
        Assert.Equal("Rocket.Chat log analysis", doc.Title);
    }

    [Fact]
    public void An_empty_dump_analysis_still_gives_every_section_with_a_plain_note()
    {
        IHtmlDocument doc = Parse(ReportWriter.WriteString(new DumpAnalysis { Path = "/tmp/empty", HealthScore = new HealthScore { Overall = 0, Label = "NoData" } }, ReportFormat.Html));

        foreach (string id in DumpSections) Assert.NotNull(doc.GetElementById(id));
        Assert.Contains("No findings", doc.GetElementById("findings")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No log was analysed", doc.GetElementById("logs")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No settings file", doc.GetElementById("settings")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("band-nodata", doc.GetElementById("health")!.ClassName, StringComparison.Ordinal);
    }

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A result far larger than any real dump: every list long, every text long.</summary>
    private static DumpAnalysis Huge()
    {
        DumpAnalysis d = SampleResults.Dump();
        string longText = string.Concat(Enumerable.Repeat("Exception in setInterval callback: MongoServerSelectionError: connection closed ", 60));
        d.Findings = Enumerable.Range(0, 20_000).Select(i => SampleResults.F("LOG-" + i, (FindingSeverity)(i % 4), FindingCategory.Log, "7.8.0-log.json", "subject " + i + longText, longText, longText, i, longText)).ToList();
        d.Log.Templates = Enumerable.Range(0, 10_000).Select(i => new LogTemplate
        {
            TemplateId = "T" + i.ToString("x12", CultureInfo.InvariantCulture),
            Template = i + " " + longText,
            Count = 10_000 - i,
            LevelCounts = new Dictionary<string, long> { ["Error"] = 10_000 - i },
            Example = longText + longText,
        }).ToList();
        d.Log.Timeline = Enumerable.Range(0, 24 * 365).Select(h => new TimelineBucket { Hour = SampleResults.LogStart.AddHours(h), Counts = new Dictionary<string, long> { ["Info"] = 100, ["Error"] = h % 7 } }).ToList();
        d.Settings.Items = Enumerable.Range(0, 8_000).Select(i => SampleResults.S("Cat" + (i % 20) + "_Setting_" + i, longText, "string", "G")).ToList();
        d.Apps.Items = Enumerable.Range(0, 2_000).Select(i => SampleResults.App("App " + i, Guid.NewGuid().ToString(), "1.0." + i, "auto_enabled", "ACME", longText)).ToList();
        d.Diagnostics = Enumerable.Range(0, 5_000).Select(i => new Diagnostic(DiagnosticSeverity.Warning, "TruncatedEntry", "log.json", i, i * 100L, longText)).ToList();
        d.Recommendations = Enumerable.Range(0, 1_000).Select(i => new Recommendation { Rank = i + 1, Text = longText, Subjects = Enumerable.Range(0, 100).Select(j => "s" + j).ToList() }).ToList();
        return d;
    }
}
