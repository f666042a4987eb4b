using Xunit;

namespace RocketChatAnalyzer.Tests.Rules;

public sealed class AnalysisRulesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rca-rules-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void DefaultRules_HaveTheCommunityToolsFiftyPatterns()
    {
        var r = AnalysisRules.Default;
        Assert.Equal(18, r.ErrorPatterns.Count);
        Assert.Equal(15, r.WarningPatterns.Count);
        Assert.Equal(17, r.SecurityPatterns.Count);
        Assert.Contains("connection refused", r.ErrorPatterns);
    }

    [Fact]
    public void Load_WithOnlyLogPatterns_KeepsBuiltInThresholdsAndChangesTheHash()
    {
        string p = Path.Combine(_dir, "rules.json");
        File.WriteAllText(p, "{\"LogPatterns\":{\"Error\":[\"boom\"]}}");
        var r = AnalysisRules.Load(p);
        Assert.Equal(new[] { "boom" }, r.ErrorPatterns);
        Assert.Equal(AnalysisRules.Default.WarningPatterns, r.WarningPatterns);
        Assert.NotEqual(AnalysisRules.Default.Hash, r.Hash);
    }

    [Theory]
    [InlineData("{\"logPatterns\":{\"error\":[\"(unclosed\"]}}", "logPatterns.error[0]")]
    [InlineData("{\"logPatterns\":{\"error\":\"notalist\"}}", "must be a list")]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("[1,2]", "top level must be a JSON object")]
    [InlineData("{\"performanceThresholds\":{\"maxMessages\":\"many\"}}", "maxMessages")]
    public void Load_WithABadFile_ThrowsRulesExceptionNamingTheProblem(string content, string expectedFragment)
    {
        string p = Path.Combine(_dir, "bad.json");
        File.WriteAllText(p, content);
        var ex = Assert.Throws<RulesException>(() => AnalysisRules.Load(p));
        Assert.Contains(expectedFragment, ex.Message, StringComparison.Ordinal);
        Assert.Contains(p, ex.Message, StringComparison.Ordinal);
    }
}
