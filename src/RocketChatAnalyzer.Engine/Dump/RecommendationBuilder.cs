namespace RocketChatAnalyzer.Dump;

/// <summary>
/// Turns findings into ranked, de-duplicated recommendations (the Bash tool's "priority action summary"):
/// security → version upgrade → performance/configuration → omnichannel → apps → logs → the operational
/// hint (monitoring, backups). Within a group: worst severity first, then the findings' order. Findings
/// that share a recommendation text are merged; their subjects are listed.
/// </summary>
internal static class RecommendationBuilder
{
    internal const string Operational =
        "Set up monitoring and alerting for Rocket.Chat, MongoDB and the host (e.g. Prometheus/Grafana or ELK), schedule and test backups of the database and the uploaded files, and try upgrades on a staging server first.";
    internal const string AllGood =
        "No problems found: keep monitoring, tested backups and regular upgrades in place.";
    internal const string NothingAnalysed =
        "Nothing could be analysed: check that the path holds a Rocket.Chat support dump (<version>-log.json, -settings.json, -server-statistics.json, -apps-installed.json, -omnichannel-settings.json or the statistics.json of Download Info) and read the diagnostics.";

    private static int Group(Finding f)
    {
        if (f.RuleId is RuleIds.VersionAge or RuleIds.MongoVersion) return 1;
        return f.Category switch
        {
            FindingCategory.Security => 0,
            FindingCategory.Performance or FindingCategory.Statistics or FindingCategory.Configuration => 2,
            FindingCategory.Omnichannel => 3,
            FindingCategory.Apps => 4,
            FindingCategory.Log => 5,
            _ => 5,
        };
    }

    public static List<Recommendation> Build(IReadOnlyList<Finding> findings, bool nothingAnalysed)
    {
        var byText = new Dictionary<string, (Recommendation R, int Group, int First)>(StringComparer.Ordinal);
        for (int i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            if (string.IsNullOrWhiteSpace(f.Recommendation)) continue;
            int g = Group(f);
            if (byText.TryGetValue(f.Recommendation, out var e))
            {
                if (f.Severity > e.R.Severity) e.R.Severity = f.Severity;
                if (!e.R.Subjects.Contains(f.Subject)) e.R.Subjects.Add(f.Subject);
                if (g < e.Group) byText[f.Recommendation] = (e.R, g, e.First);
            }
            else
            {
                var r = new Recommendation { Severity = f.Severity, Category = f.Category, Text = f.Recommendation };
                r.Subjects.Add(f.Subject);
                byText[f.Recommendation] = (r, g, i);
            }
        }
        var list = byText.Values.ToList();
        list.Sort(static (a, b) =>
        {
            if (a.Group != b.Group) return a.Group.CompareTo(b.Group);
            if (a.R.Severity != b.R.Severity) return b.R.Severity.CompareTo(a.R.Severity);
            return a.First.CompareTo(b.First);
        });

        var result = new List<Recommendation>(list.Count + 1);
        foreach (var (r, _, _) in list) result.Add(r);
        string closing = nothingAnalysed ? NothingAnalysed : findings.Count == 0 ? AllGood : Operational;
        result.Add(new Recommendation { Severity = FindingSeverity.Info, Category = FindingCategory.Configuration, Text = closing });
        for (int i = 0; i < result.Count; i++) result[i].Rank = i + 1;
        return result;
    }
}
