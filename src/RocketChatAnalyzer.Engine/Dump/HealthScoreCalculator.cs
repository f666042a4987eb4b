namespace RocketChatAnalyzer.Dump;

/// <summary>Which parts of the dump were analysed (a component is scored only when it has data).</summary>
internal readonly record struct ComponentPresence(bool Logs, bool Settings, bool Security, bool Performance, bool Omnichannel, bool Apps);

/// <summary>
/// The health score. Deterministic: a pure function of the findings, the log's level counts and the
/// severity weights (<see cref="RuleThresholds.WeightCritical"/> … <see cref="RuleThresholds.WeightInfo"/>).
/// <para><b>Components</b> (0–100, only those with data):</para>
/// <list type="bullet">
/// <item><b>Logs</b> is rate-based, so a long log with the same mix scores the same as a short one:
/// with rates per 1000 entries r_f (Fatal), r_e (Error), r_w (Warn), r_u (unparsed),
/// deduction = Wc·(1−e^(−r_f/5)) + 8·We·(1−e^(−r_e/100)) + 4·Ww·(1−e^(−r_w/100)) + 10·Wi·(1−e^(−r_u/50))
/// (with the default weights at most 25 + 80 + 20 + 10; a 1 % error rate costs 8 points, 10 % costs 51).</item>
/// <item><b>Security, Settings, Performance, Omnichannel, Apps</b> weigh <em>distinct</em> findings:
/// findings of the component (Security ← Security; Settings ← Configuration; Performance ← Performance
/// and Statistics; Omnichannel ← Omnichannel; Apps ← Apps) are grouped by rule; a rule contributes
/// the sum of W(severity) over its distinct subjects, capped at 2 × W(its worst severity), so forty
/// disabled apps or seventeen matched patterns count like two findings.</item>
/// <item>score = 100 − min(100, deduction), rounded half away from zero.</item>
/// </list>
/// <para><b>Overall</b> = Σ weight·score / Σ weight over the scored components (Security 25, Logs 20,
/// Performance 20, Settings 15, Omnichannel 10, Apps 10), rounded; with a Critical finding it is at most
/// 69. <b>Label</b>: Excellent ≥ 90, Good ≥ 70, Warning ≥ 50, Critical &lt; 50; <c>NoData</c> (Overall 0)
/// when no component could be scored — an empty or unreadable dump is never "perfect".</para>
/// </summary>
internal static class HealthScoreCalculator
{
    public const string NoData = "NoData";

    /// <summary>Component names in contract order, with their weight in the overall score.</summary>
    public static IReadOnlyList<(string Name, int Weight)> Components { get; } = new[]
    {
        ("Logs", 20), ("Settings", 15), ("Security", 25), ("Performance", 20), ("Omnichannel", 10), ("Apps", 10),
    };

    /// <summary>The highest overall score possible while a Critical finding exists.</summary>
    public const int CriticalCap = 69;

    public static HealthScore Compute(IReadOnlyList<Finding> findings, LogAnalysis? log, ComponentPresence presence, RuleThresholds t)
    {
        var score = new HealthScore();
        foreach (var sev in new[] { FindingSeverity.Critical, FindingSeverity.Error, FindingSeverity.Warning, FindingSeverity.Info })
            score.FindingCounts[sev.ToString()] = 0;
        foreach (var f in findings) score.FindingCounts[f.Severity.ToString()]++;

        var present = new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            ["Logs"] = presence.Logs && log is { TotalEntries: > 0 },
            ["Settings"] = presence.Settings,
            ["Security"] = presence.Security,
            ["Performance"] = presence.Performance,
            ["Omnichannel"] = presence.Omnichannel,
            ["Apps"] = presence.Apps,
        };
        // A finding about a component makes it scored even if its file was not (e.g. apps.totalFailed from statistics).
        foreach (var f in findings)
            if (ComponentOf(f) is { } c && c != "Logs") present[c] = true;

        double weighted = 0;
        int weights = 0;
        foreach (var (name, weight) in Components)
        {
            if (!present[name]) continue;
            double deduction = name == "Logs" ? LogDeduction(log!, t) : FindingDeduction(findings, name, t);
            int value = (int)Math.Round(100 - Math.Min(100, deduction), MidpointRounding.AwayFromZero);
            score.Components[name] = value;
            weighted += (double)weight * value;
            weights += weight;
        }

        if (weights == 0)
        {
            score.Overall = 0;
            score.Label = NoData;
            return score;
        }
        int overall = (int)Math.Round(weighted / weights, MidpointRounding.AwayFromZero);
        if (score.FindingCounts["Critical"] > 0) overall = Math.Min(overall, CriticalCap);
        score.Overall = overall;
        score.Label = LabelFor(overall);
        return score;
    }

    public static string LabelFor(int overall) =>
        overall >= 90 ? "Excellent" : overall >= 70 ? "Good" : overall >= 50 ? "Warning" : "Critical";

    /// <summary>The component a finding counts against (null: none).</summary>
    public static string? ComponentOf(Finding f) => f.Category switch
    {
        FindingCategory.Security => "Security",
        FindingCategory.Configuration => "Settings",
        FindingCategory.Performance or FindingCategory.Statistics => "Performance",
        FindingCategory.Omnichannel => "Omnichannel",
        FindingCategory.Apps => "Apps",
        FindingCategory.Log => "Logs",
        _ => null,
    };

    public static int Weight(FindingSeverity s, RuleThresholds t) => s switch
    {
        FindingSeverity.Critical => t.WeightCritical,
        FindingSeverity.Error => t.WeightError,
        FindingSeverity.Warning => t.WeightWarning,
        _ => t.WeightInfo,
    };

    internal static double FindingDeduction(IReadOnlyList<Finding> findings, string component, RuleThresholds t)
    {
        // rule → subject → worst severity (distinct subjects).
        var byRule = new SortedDictionary<string, Dictionary<string, FindingSeverity>>(StringComparer.Ordinal);
        foreach (var f in findings)
        {
            if (ComponentOf(f) != component) continue;
            if (!byRule.TryGetValue(f.RuleId, out var subjects)) byRule[f.RuleId] = subjects = new Dictionary<string, FindingSeverity>(StringComparer.Ordinal);
            subjects[f.Subject] = subjects.TryGetValue(f.Subject, out var s) && s > f.Severity ? s : f.Severity;
        }
        double total = 0;
        foreach (var subjects in byRule.Values)
        {
            double sum = 0;
            var worst = FindingSeverity.Info;
            foreach (var sev in subjects.Values)
            {
                sum += Weight(sev, t);
                if (sev > worst) worst = sev;
            }
            total += Math.Min(sum, 2.0 * Weight(worst, t));
        }
        return total;
    }

    internal static double LogDeduction(LogAnalysis log, RuleThresholds t)
    {
        double n = log.TotalEntries;
        if (n <= 0) return 0;
        double rf = 1000 * log.Count(LogLevel.Fatal) / n;
        double re = 1000 * log.Count(LogLevel.Error) / n;
        double rw = 1000 * log.Count(LogLevel.Warn) / n;
        double ru = 1000 * Math.Min(n, log.UnparsedEntries) / n;
        return t.WeightCritical * Saturate(rf, 5)
            + 8.0 * t.WeightError * Saturate(re, 100)
            + 4.0 * t.WeightWarning * Saturate(rw, 100)
            + 10.0 * t.WeightInfo * Saturate(ru, 50);
    }

    private static double Saturate(double rate, double scale) => 1 - Math.Exp(-rate / scale);
}
