using Newtonsoft.Json.Linq;
using RocketChatAnalyzer;
using Xunit;

namespace RocketChatAnalyzer.Tests.Reports;

/// <summary>A fact that runs only where a Chromium is available (<c>RCA_CHROMIUM</c> or <c>/usr/bin/chromium</c>; CI installs the package).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.FindExecutable() is null)
            Skip = "No Chromium: set RCA_CHROMIUM or install the 'chromium' package (CI does).";
    }
}

/// <summary>
/// The HTML report in a real browser: it loads with no console error, no exception and no
/// Content-Security-Policy violation (so the inline script and style hashes are right), the
/// filters, search and sorting work, hostile input stays inert, and the page is readable without
/// JavaScript. Screenshots go to tests/output/ (gitignored); with <c>RCA_UPDATE_SCREENSHOT=1</c>
/// the top of the page is also saved as docs/report-screenshot.png for the README.
/// </summary>
public class ChromiumReportTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(45);

    [ChromiumFact]
    public async Task The_report_loads_cleanly_and_the_severity_filter_hides_lower_rows()
    {
        string output = OutputFolder();
        string page = Path.Combine(output, "report-sample.html");
        ReportWriter.WriteFile(SampleResults.Dump(), ReportFormat.Html, page);

        await using var browser = await HeadlessChromium.StartAsync(HeadlessChromium.FindExecutable()!, StartTimeout);
        string s = await browser.NewPageAsync();
        await Enable(browser, s);
        await browser.NavigateAsync(s, new Uri(page).AbsoluteUri);
        await Task.Delay(300); // let late console/CSP reports arrive

        // Script ran and the stylesheet applied: both inline blocks passed the CSP by hash.
        Assert.True((bool)(await browser.EvaluateAsync(s, "document.documentElement.classList.contains('js')"))!);
        Assert.Equal("sticky", (string?)await browser.EvaluateAsync(s, "getComputedStyle(document.querySelector('nav.toc')).position"));
        Assert.False((bool)(await browser.EvaluateAsync(s, "document.getElementById('f-controls').hidden"))!);

        JObject before = await Rows(browser, s);
        Assert.True((int)before["Warning"]!["total"]! > 0 && (int)before["Error"]!["total"]! > 0);
        Assert.Equal((int)before["Warning"]!["total"]!, (int)before["Warning"]!["visible"]!);

        await browser.EvaluateAsync(s, "(() => { const f = document.getElementById('f-sev'); f.value = 'Error'; f.dispatchEvent(new Event('change')); })()");
        JObject after = await Rows(browser, s);
        Assert.Equal(0, (int)after["Warning"]!["visible"]!);
        Assert.Equal(0, (int)after["Info"]!["visible"]!);
        Assert.Equal((int)after["Error"]!["total"]!, (int)after["Error"]!["visible"]!);
        Assert.Equal((int)after["Critical"]!["total"]!, (int)after["Critical"]!["visible"]!);
        string? status = (string?)await browser.EvaluateAsync(s, "document.getElementById('f-count').textContent");
        Assert.Equal($"{(int)after["Error"]!["total"]! + (int)after["Critical"]!["total"]!} of 11 shown", status);

        // Text search narrows further; the category filter too; clearing restores.
        await browser.EvaluateAsync(s, "(() => { const f = document.getElementById('f-sev'); f.value = 'Info'; f.dispatchEvent(new Event('change')); const q = document.getElementById('f-q'); q.value = 'mongodb'; q.dispatchEvent(new Event('input')); })()");
        int mongo = (int)(await browser.EvaluateAsync(s, "[...document.querySelectorAll('tr.finding')].filter(r => !r.hidden).length"))!;
        Assert.Equal(SampleResults.Dump().Findings.Count(f => (f.Message + f.Subject + f.Recommendation + f.RuleId + f.Source).Contains("mongodb", StringComparison.OrdinalIgnoreCase)), mongo);
        await browser.EvaluateAsync(s, "(() => { const q = document.getElementById('f-q'); q.value = ''; q.dispatchEvent(new Event('input')); const c = document.getElementById('f-cat'); c.value = 'Apps'; c.dispatchEvent(new Event('change')); })()");
        JToken? cats = await browser.EvaluateAsync(s, "[...new Set([...document.querySelectorAll('tr.finding')].filter(r => !r.hidden).map(r => r.dataset.category))]");
        Assert.Equal(new[] { "Apps" }, cats!.Select(t => (string)t!));

        // Sorting by Count (descending first) puts the 61-occurrence finding on top.
        await browser.EvaluateAsync(s, "(() => { const c = document.getElementById('f-cat'); c.value = ''; c.dispatchEvent(new Event('change')); document.querySelectorAll('#findings-table th')[4].querySelector('button').click(); })()");
        Assert.Equal("61", (string?)await browser.EvaluateAsync(s, "document.querySelector('#findings-table tbody tr').cells[4].textContent"));

        // Clicking a row opens its details; the settings search opens the matching category.
        Assert.True((bool)(await browser.EvaluateAsync(s, "(() => { const r = document.querySelector('tr.finding'); r.cells[1].click(); return r.querySelector('details').open; })()"))!);
        await browser.EvaluateAsync(s, "(() => { const q = document.getElementById('s-q'); q.value = 'smtp_host'; q.dispatchEvent(new Event('input')); })()");
        JToken? openCats = await browser.EvaluateAsync(s, "[...document.querySelectorAll('#settings details.cat')].filter(d => d.open && !d.hidden).map(d => d.dataset.category)");
        Assert.Equal(new[] { "SMTP" }, openCats!.Select(t => (string)t!));
        await browser.EvaluateAsync(s, "(() => { const q = document.getElementById('s-q'); q.value = ''; q.dispatchEvent(new Event('input')); const r = document.querySelector('tr.finding details'); r.open = false; })()");

        Assert.Empty(browser.Problems(s));

        // Screenshots: the top (as a reader first sees it) and the log section.
        await browser.EvaluateAsync(s, "window.scrollTo(0, 0)");
        byte[] top = await browser.ScreenshotAsync(s, 0, 0, 1280, 1000);
        await File.WriteAllBytesAsync(Path.Combine(output, "report-chromium.png"), top);
        await SectionShot(browser, s, "logs", Path.Combine(output, "report-chromium-logs.png"), 1300);
        await SectionShot(browser, s, "statistics", Path.Combine(output, "report-chromium-statistics.png"), 800);
        await browser.EvaluateAsync(s, "document.querySelector('button[data-expand=settings][data-open=\"1\"]').click()");
        await SectionShot(browser, s, "settings", Path.Combine(output, "report-chromium-settings.png"), 1100);
        await SectionShot(browser, s, "omnichannel", Path.Combine(output, "report-chromium-apps.png"), 1100);
        await browser.SendAsync("Emulation.setEmulatedMedia", new { media = "print" }, s);
        await File.WriteAllBytesAsync(Path.Combine(output, "report-chromium-print.png"), await browser.ScreenshotAsync(s, 0, 0, 1280, 1600));
        await browser.SendAsync("Emulation.setEmulatedMedia", new { media = "" }, s);
        Assert.True(top.Length > 10_000, "The screenshot has content.");
        Assert.Empty(browser.Problems(s));
        if (Environment.GetEnvironmentVariable("RCA_UPDATE_SCREENSHOT") == "1")
            await File.WriteAllBytesAsync(Path.Combine(TestText.RepoRoot(), "docs", "report-screenshot.png"), top);
    }

    [ChromiumFact]
    public async Task Hostile_input_stays_inert_in_the_browser_and_an_injected_script_is_refused_by_the_policy()
    {
        string output = OutputFolder();
        string hostile = Path.Combine(output, "report-hostile.html");
        ReportWriter.WriteFile(HostileResults.Dump(), ReportFormat.Html, hostile);
        // A control: the same page with one extra inline script, as an injection that escaped
        // escaping would be. The policy must refuse it, which proves the harness sees violations.
        string doctored = Path.Combine(output, "report-doctored.html");
        string html = await File.ReadAllTextAsync(hostile);
        await File.WriteAllTextAsync(doctored, html.Replace("<main>", "<main><script>window.injected = 1;</script>", StringComparison.Ordinal));

        await using var browser = await HeadlessChromium.StartAsync(HeadlessChromium.FindExecutable()!, StartTimeout);
        string s = await browser.NewPageAsync();
        await Enable(browser, s);

        await browser.NavigateAsync(s, new Uri(hostile).AbsoluteUri);
        await Task.Delay(300);
        Assert.Empty(browser.Problems(s));
        Assert.Equal(1, (int)(await browser.EvaluateAsync(s, "document.scripts.length"))!);
        Assert.Equal(0, (int)(await browser.EvaluateAsync(s, "document.querySelectorAll('img, iframe, a[href^=\"javascript\"], [onerror], [onload]').length"))!);
        Assert.True((bool)(await browser.EvaluateAsync(s, "document.getElementById('findings-table').textContent.includes('<script>alert(1)</script>')"))!);
        Assert.True((bool)(await browser.EvaluateAsync(s, "document.documentElement.classList.contains('js')"))!);
        await browser.EvaluateAsync(s, "document.querySelector('tr.finding details').open = true");
        await SectionShot(browser, s, "findings", Path.Combine(output, "report-hostile.png"), 1200);

        int mark = browser.Events.Count;
        await browser.NavigateAsync(s, new Uri(doctored).AbsoluteUri);
        await Task.Delay(300);
        Assert.Equal("undefined", (string?)await browser.EvaluateAsync(s, "typeof window.injected"));
        Assert.Contains(browser.Problems(s, mark), p => p.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    [ChromiumFact]
    public async Task Without_javascript_every_finding_is_visible_and_the_controls_are_hidden()
    {
        string output = OutputFolder();
        string page = Path.Combine(output, "report-nojs.html");
        ReportWriter.WriteFile(SampleResults.Dump(), ReportFormat.Html, page);

        await using var browser = await HeadlessChromium.StartAsync(HeadlessChromium.FindExecutable()!, StartTimeout);
        string s = await browser.NewPageAsync();
        await Enable(browser, s);
        await browser.SendAsync("Emulation.setScriptExecutionDisabled", new { value = true }, s);
        await browser.NavigateAsync(s, new Uri(page).AbsoluteUri);

        // Runtime.evaluate still works with page scripts disabled; it only reads the DOM.
        Assert.False((bool)(await browser.EvaluateAsync(s, "document.documentElement.classList.contains('js')"))!);
        Assert.Equal(11, (int)(await browser.EvaluateAsync(s, "[...document.querySelectorAll('tr.finding')].filter(r => r.offsetParent !== null).length"))!);
        Assert.Equal(0, (int)(await browser.EvaluateAsync(s, "[...document.querySelectorAll('.controls')].filter(c => c.offsetParent !== null).length"))!);
        Assert.Empty(browser.Problems(s));
    }

    private static async Task SectionShot(HeadlessChromium browser, string session, string id, string file, double height)
    {
        double y = (double)(await browser.EvaluateAsync(session, $"document.getElementById('{id}').getBoundingClientRect().top + window.scrollY"))!;
        await File.WriteAllBytesAsync(file, await browser.ScreenshotAsync(session, 0, Math.Max(0, y - 50), 1280, height));
    }

    private static async Task Enable(HeadlessChromium browser, string session)
    {
        await browser.SendAsync("Runtime.enable", null, session);
        await browser.SendAsync("Log.enable", null, session);
        await browser.SendAsync("Page.enable", null, session);
        await browser.SendAsync("Emulation.setDeviceMetricsOverride", new { width = 1280, height = 1000, deviceScaleFactor = 1, mobile = false }, session);
    }

    private static async Task<JObject> Rows(HeadlessChromium browser, string session)
    {
        JToken? v = await browser.EvaluateAsync(session, """
            (() => {
              const out = {};
              for (const sev of ['Critical', 'Error', 'Warning', 'Info']) {
                const rows = [...document.querySelectorAll('tr.finding[data-severity="' + sev + '"]')];
                out[sev] = { total: rows.length, visible: rows.filter(r => r.offsetParent !== null && getComputedStyle(r).display !== 'none').length };
              }
              return out;
            })()
            """);
        return (JObject)v!;
    }

    private static string OutputFolder()
    {
        string dir = Path.Combine(TestText.RepoRoot(), "tests", "output");
        Directory.CreateDirectory(dir);
        return dir;
    }
}
