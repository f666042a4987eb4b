using RocketChatAnalyzer.Dump;
using Xunit;

namespace RocketChatAnalyzer.Tests.Dump;

public class RecommendationTests
{
    private static Finding F(string rule, FindingSeverity s, FindingCategory c, string subject, string rec) =>
        new() { RuleId = rule, Severity = s, Category = c, Subject = subject, Recommendation = rec, Message = subject };

    [Fact]
    public void RecommendationsAreRankedSecurityVersionPerformanceOmnichannelAppsLogsThenOperations()
    {
        var findings = new List<Finding>
        {
            F(RuleIds.LogErrors, FindingSeverity.Error, FindingCategory.Log, "Error", "logs"),
            F(RuleIds.AppError, FindingSeverity.Error, FindingCategory.Apps, "Tenor", "apps"),
            F(RuleIds.ManualRouting, FindingSeverity.Warning, FindingCategory.Omnichannel, "Livechat_Routing_Method", "omni"),
            F(RuleIds.HostMemory, FindingSeverity.Warning, FindingCategory.Performance, "os.freemem/os.totalmem", "perf"),
            F(RuleIds.VersionAge, FindingSeverity.Warning, FindingCategory.Statistics, "version", "upgrade"),
            F(RuleIds.TwoFactorDisabled, FindingSeverity.Warning, FindingCategory.Security, "Accounts_TwoFactorAuthentication_Enabled", "2fa"),
        };
        var recs = RecommendationBuilder.Build(findings, nothingAnalysed: false);
        Assert.Equal(new[] { "2fa", "upgrade", "perf", "omni", "apps", "logs", RecommendationBuilder.Operational }, recs.Select(r => r.Text));
        Assert.Equal(Enumerable.Range(1, 7), recs.Select(r => r.Rank));
    }

    [Fact]
    public void DuplicatesAreMergedWithTheirSubjectsAndWorstSeverity()
    {
        var findings = new List<Finding>
        {
            F(RuleIds.AppDisabled, FindingSeverity.Info, FindingCategory.Apps, "Giphy", "enable or uninstall"),
            F(RuleIds.AppDisabled, FindingSeverity.Warning, FindingCategory.Apps, "Security Auditor", "enable or uninstall"),
            F(RuleIds.AppDisabled, FindingSeverity.Info, FindingCategory.Apps, "Giphy", "enable or uninstall"),
        };
        var r = RecommendationBuilder.Build(findings, false)[0];
        Assert.Equal("enable or uninstall", r.Text);
        Assert.Equal(FindingSeverity.Warning, r.Severity);
        Assert.Equal(new[] { "Giphy", "Security Auditor" }, r.Subjects);
    }

    [Fact]
    public void WithinAGroupTheWorstSeverityComesFirst()
    {
        var findings = new List<Finding>
        {
            F(RuleIds.E2EDisabled, FindingSeverity.Info, FindingCategory.Security, "E2E_Enable", "e2e"),
            F(RuleIds.AnonymousWrite, FindingSeverity.Error, FindingCategory.Security, "Accounts_AllowAnonymousWrite", "anon"),
        };
        Assert.Equal("anon", RecommendationBuilder.Build(findings, false)[0].Text);
    }

    [Fact]
    public void ACleanDumpGetsTheAllGoodHint()
    {
        var r = Assert.Single(RecommendationBuilder.Build(new List<Finding>(), false));
        Assert.Equal(RecommendationBuilder.AllGood, r.Text);
    }

    [Fact]
    public void TheWeakDumpsRecommendationsAreUniqueAndCarryAdminPaths()
    {
        var r = DumpData.Analyze(DumpData.Dir("weak"));
        Assert.Equal(r.Recommendations.Count, r.Recommendations.Select(x => x.Text).Distinct().Count());
        Assert.Equal(FindingCategory.Security, r.Recommendations[0].Category);
        Assert.Contains(r.Recommendations, x => x.Text.Contains("Administration → Workspace → Settings → Accounts → Two Factor Authentication", StringComparison.Ordinal));
        Assert.Equal(RecommendationBuilder.Operational, r.Recommendations[^1].Text);
        // Every finding's recommendation is among them.
        foreach (var f in r.Findings) Assert.Contains(r.Recommendations, x => x.Text == f.Recommendation && x.Subjects.Contains(f.Subject));
    }
}
