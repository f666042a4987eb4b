using RocketChatAnalyzer;
using Xunit;

namespace RocketChatAnalyzer.Tests.Reports;

/// <summary>
/// A result whose every text field carries attacker-controlled content, as a log line, a setting
/// value, an app manifest or a file name in a dump can: markup and script injection, attribute
/// breaking, <c>javascript:</c> URLs, Unicode bidi overrides (U+202E), C0/C1 control characters
/// and ANSI escapes.
/// </summary>
internal static class HostileResults
{
    public static readonly string[] Corpus =
    {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(2)>",
        "javascript:alert(document.cookie)",
        "</script><script>alert(3)</script>",
        "</style><style>body{display:none}</style>",
        "<a href=\"javascript:alert(4)\">click</a>",
        "<iframe srcdoc=\"<script>alert(5)</script>\"></iframe>",
        "\u202Eexe.txt\u202C and \u2066isolate\u2069",
        "nul\u0000bel\u0007esc\u001b[31mred\u001b[0m del\u007f c1\u0085",
        "<!-- comment --> ]]> </textarea> </title>",
        "| pipe | `tick` *star* _under_ [link](javascript:alert(6))",
        "=HYPERLINK(\"http://evil.example\",\"x\")",
    };

    /// <summary>All of <see cref="Corpus"/> in one string, joined by newlines (multi-line text too).</summary>
    public static readonly string Text = string.Join("\n", Corpus);

    public static DumpAnalysis Dump()
    {
        DumpAnalysis d = SampleResults.Dump();
        d.Path = "/cases/" + Text + "/dump.zip";
        d.ServerVersion = "7.8.0" + Corpus[0];
        d.HealthScore.Label = "Warning" + Corpus[1];
        d.HealthScore.Components[Corpus[2]] = 50;
        foreach (Finding f in d.Findings)
        {
            f.Message = "msg " + Text;
            f.Subject = "subj " + Text;
            f.Recommendation = "rec " + Text;
            f.RuleId = "rule " + Corpus[1];
            f.Source = "src " + Corpus[4];
            if (f.Value is not null && f.Subject != "SMTP_Password") f.Value = "val " + Text;
        }
        foreach (LogTemplate t in d.Log.Templates)
        {
            t.Template = "tpl " + Text;
            t.Example = "ex " + Text + "\n    at evil (/app/" + Corpus[4] + ":1:1)";
        }
        d.Log.Templates[0].LevelCounts[Corpus[3]] = 1;
        d.Log.PatternCounts[Corpus[0]] = 3;
        d.Log.CategoryCounts[Corpus[1]] = 2;
        d.Log.Files[0].Path = "file " + Text;
        d.Log.Files[0].Format = Corpus[6];
        d.Files.Log = Text;
        d.Settings.Items.Add(SampleResults.S("Layout_Custom_" + Corpus[1], Text, "code", "Layout" + Corpus[0]));
        d.Settings.Items.Add(SampleResults.S(Text, "plain", "string" + Corpus[2], "General"));
        d.Omnichannel.Items.Add(SampleResults.S("Livechat_title", Text, "string", "Omnichannel"));
        d.Omnichannel.RoutingMethod = Corpus[1];
        d.Apps.Items.Add(SampleResults.App("app " + Text, Corpus[3], "1.0" + Corpus[0], "manually_enabled", "author " + Text, "desc " + Text));
        d.Apps.Items[0].Status = "compiler_error_disabled" + Corpus[1];
        d.Statistics.Version = Corpus[0];
        d.Statistics.OsRelease = Text;
        d.Statistics.DeployMethod = Corpus[1];
        foreach (Recommendation r in d.Recommendations)
        {
            r.Text = "do " + Text;
            r.Subjects.Add("subject " + Text);
        }
        d.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "Bad" + Corpus[1], "diag " + Text, 7, 99, "problem " + Text));
        d.CacheInfo = new CacheInfo { Hit = true, Key = Text, StoredAt = SampleResults.AnalyzedAt };
        return d;
    }
}
