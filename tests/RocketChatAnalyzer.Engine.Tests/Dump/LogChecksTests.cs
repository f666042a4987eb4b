using Xunit;

namespace RocketChatAnalyzer.Tests.Dump;

public class LogChecksTests
{
    private static readonly DateTime T0 = new(2025, 7, 10, 11, 0, 0, DateTimeKind.Utc);

    /// <summary>Analyses a dump holding only a (placeholder) log file whose analysis is <paramref name="log"/>.</summary>
    internal static DumpAnalysis AnalyzeLog(LogAnalysis log, DumpAnalyzerOptions? options = null)
    {
        using var dir = new TempDir();
        dir.Write("7.8.0-log.json", """{"queue":[],"success":true}""");
        return new DumpAnalyzer(options ?? DumpData.Options(), (d, ct) => log).Analyze(dir.Path);
    }

    [Fact]
    public void FatalEntriesAreCriticalAndErrorsCarryTheirRate()
    {
        var log = new LogBuilder()
            .Add(LogLevel.Info, "Checking for version updates", T0, times: 190)
            .Add(LogLevel.Error, "connection time out", T0, times: 9)
            .Add(LogLevel.Fatal, "Uncaught exception in method sendMessage", T0)
            .Build();
        var r = AnalyzeLog(log);
        var fatal = Assert.Single(DumpData.ByRule(r, RuleIds.LogFatal));
        Assert.Equal(FindingSeverity.Critical, fatal.Severity);
        Assert.Equal(1, fatal.Count);
        var errors = Assert.Single(DumpData.ByRule(r, RuleIds.LogErrors));
        Assert.Equal(FindingSeverity.Error, errors.Severity);
        Assert.Equal(9, errors.Count);
        Assert.Contains("45 per 1000", errors.Message, StringComparison.Ordinal);
        Assert.Equal(FindingSeverity.Critical, r.Findings[0].Severity); // most severe first
    }

    [Fact]
    public void PatternFindingsCountEntriesOnceEachNotOneFindingPerLine()
    {
        // One entry matching three error patterns gave three issues per line in the PowerShell tool.
        var log = new LogBuilder()
            .Add(LogLevel.Error, "MongoDB error: connection refused to mongo:27017", T0, times: 250)
            .Build();
        var r = AnalyzeLog(log);
        var patterns = DumpData.ByRule(r, RuleIds.LogErrorPattern);
        Assert.Equal(new[] { "connection refused", "error", "mongodb error" }, patterns.Select(f => f.Subject).OrderBy(s => s, StringComparer.Ordinal));
        Assert.All(patterns, f => Assert.Equal(250, f.Count));
        Assert.All(patterns, f => Assert.Equal(FindingSeverity.Error, f.Severity));
        Assert.True(r.Findings.Count < 10);
    }

    [Fact]
    public void BenignInfoLinesDoNotDriveTheSecurityScore()
    {
        var benign = new LogBuilder().Add(LogLevel.Info, "OAuth token refreshed for user bob", T0, times: 5000).Build();
        var r = AnalyzeLog(benign);
        var f = Assert.Single(DumpData.ByRule(r, RuleIds.LogSecurityPattern));
        Assert.Equal("auth", f.Subject);
        Assert.Equal(FindingSeverity.Info, f.Severity);
        Assert.Equal(5000, f.Count);
        Assert.Equal(FindingCategory.Security, f.Category);
        Assert.True(r.HealthScore.Components["Security"] >= 99);

        var attack = new LogBuilder().Add(LogLevel.Warn, "Login failed for user admin from 10.0.4.17: invalid credentials", T0, times: 40).Build();
        var a = AnalyzeLog(attack);
        Assert.All(DumpData.ByRule(a, RuleIds.LogSecurityPattern), x => Assert.Equal(FindingSeverity.Warning, x.Severity));
        Assert.True(a.HealthScore.Components["Security"] < r.HealthScore.Components["Security"]);
    }

    [Fact]
    public void AnErrorPatternOnInfoLinesIsOnlyInfo()
    {
        var log = new LogBuilder().Add(LogLevel.Info, "Limit validation failed", T0, times: 3).Build();
        var f = Assert.Single(DumpData.ByRule(AnalyzeLog(log), RuleIds.LogErrorPattern));
        Assert.Equal("failed", f.Subject);
        Assert.Equal(FindingSeverity.Info, f.Severity);
    }

    [Fact]
    public void PlainTextLinesWithoutALevelKeepTheClassSeverity()
    {
        var log = new LogBuilder().Add(LogLevel.Unknown, "MongoServerSelectionError: Server selection timed out after 30000 ms", T0).Build();
        Assert.Equal(FindingSeverity.Error, Assert.Single(DumpData.ByRule(AnalyzeLog(log), RuleIds.LogErrorPattern)).Severity);
    }

    [Fact]
    public void MatchesTheTemplatesDoNotExplainKeepTheClassSeverity()
    {
        // "auth" also hits err.message texts such as ".../api/oauth/token" of error entries, which the
        // msg-based templates do not show: the info-level template alone must not make it benign.
        var log = new LogBuilder().Add(LogLevel.Info, "OAuth token refreshed for user bob", T0).Build();
        log.PatternCounts["auth"] = 5;
        Assert.Equal(FindingSeverity.Warning, Assert.Single(DumpData.ByRule(AnalyzeLog(log), RuleIds.LogSecurityPattern)).Severity);
    }

    [Fact]
    public void WithoutTemplatesPatternsKeepTheirClassSeverity()
    {
        var log = new LogBuilder().Add(LogLevel.Info, "OAuth token refreshed for user bob", T0, times: 3).Build();
        log.Templates.Clear();
        Assert.Equal(FindingSeverity.Warning, Assert.Single(DumpData.ByRule(AnalyzeLog(log), RuleIds.LogSecurityPattern)).Severity);
    }

    [Fact]
    public void TopErrorTemplatesAreTheMostFrequentWithIdAndText()
    {
        var b = new LogBuilder();
        for (int i = 1; i <= 7; i++)
            b.Add(LogLevel.Error, "Exception in job " + new string((char)('a' + i), 3), T0.AddMinutes(i), times: i);
        b.Add(LogLevel.Warn, "Deprecated method channels.history called", T0, times: 100);
        var r = AnalyzeLog(b.Build(), DumpData.Options() with { TopErrorTemplates = 3 });
        var top = DumpData.ByRule(r, RuleIds.LogTopError).OrderByDescending(f => f.Count).ToList();
        Assert.Equal(new long[] { 7, 6, 5 }, top.Select(f => f.Count));
        Assert.StartsWith(LogTemplate.IdFor("Exception in job hhh") + " Exception in job hhh", top[0].Subject, StringComparison.Ordinal);
        Assert.Contains("first 2025-07-10 11:07:00Z", top[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateExamplesAreScrubbedOfSecrets()
    {
        var log = new LogBuilder()
            .Add(LogLevel.Error, "Exception while invoking method 'login' {\"user\":\"admin\",\"password\":\"FAKE-hunter2\"}", T0)
            .Build();
        var r = AnalyzeLog(log);
        var f = Assert.Single(DumpData.ByRule(r, RuleIds.LogTopError));
        Assert.DoesNotContain("FAKE", f.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("FAKE", f.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("FAKE", f.Message, StringComparison.Ordinal);
        Assert.Contains(SecretScrubber.Mask, f.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void NoAgentsAvailableInTheLogGivesTheOmnichannelRecommendation()
    {
        var log = new LogBuilder().Add(LogLevel.Error, "Error: No agents available for routing", T0, times: 12).Build();
        var r = AnalyzeLog(log);
        var f = Assert.Single(DumpData.ByRule(r, RuleIds.NoAgentsInLog));
        Assert.Equal(12, f.Count);
        Assert.Equal(FindingCategory.Omnichannel, f.Category);
        Assert.Contains(r.Recommendations, x => x.Text == f.Recommendation);
    }

    [Fact]
    public void UnparsedEntriesAndAnEmptyQueueAreInfo()
    {
        var broken = new LogBuilder().Add(LogLevel.Info, "Using change streams", T0).AddUnparsed("7.8.0-log.json").Build();
        var r = AnalyzeLog(broken);
        Assert.Equal(FindingSeverity.Info, Assert.Single(DumpData.ByRule(r, RuleIds.LogUnparsed)).Severity);
        Assert.Contains(r.Diagnostics, d => d.Code == "TruncatedJson"); // the log's diagnostics are part of the result

        var empty = AnalyzeLog(new LogAnalysis());
        Assert.Single(DumpData.ByRule(empty, RuleIds.LogEmpty));
        Assert.Equal("NoData", empty.HealthScore.Label);
    }

    [Fact]
    public void AFailingLogAnalyserBecomesADiagnosticAndTheRestIsAnalysed()
    {
        using var dir = new TempDir();
        foreach (var f in Directory.GetFiles(DumpData.Dir("weak"), "*.json")) dir.Copy(f, Path.GetFileName(f));
        var r = new DumpAnalyzer(DumpData.Options(), (d, ct) => throw new InvalidDataException("unexpected end of gzip stream")).Analyze(dir.Path);
        var d = Assert.Single(r.Diagnostics, x => x.Code == "LogAnalysisFailed");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("gzip", d.Message, StringComparison.Ordinal);
        Assert.True(DumpData.Has(r, RuleIds.TwoFactorDisabled));
        Assert.False(r.HealthScore.Components.ContainsKey("Logs"));
    }

    [Fact]
    public void WithoutADelegateTheEnginesLogAnalyzerIsUsed()
    {
        var r = new DumpAnalyzer(DumpData.Options() with { ThrottleLimit = 2 }).Analyze(DumpData.Dir("weak"));
        // The fixture's queue: 1 fatal, 4 + 3 + 1 errors and a cut-off level-50 line, 2 warnings, 12 http.
        Assert.Equal(1, r.Log.Count(LogLevel.Fatal));
        Assert.Equal(9, r.Log.Count(LogLevel.Error));
        Assert.Equal(2, r.Log.Count(LogLevel.Warn));
        Assert.Equal(12, r.Log.Count(LogLevel.Http));
        Assert.Equal(1, r.Log.UnparsedEntries);
        Assert.True(DumpData.Has(r, RuleIds.LogFatal));
        Assert.DoesNotContain(DumpData.ByRule(r, RuleIds.LogTopError), f => f.Subject.EndsWith(" <*>", StringComparison.Ordinal));
        var top = DumpData.ByRule(r, RuleIds.LogTopError);
        Assert.NotEmpty(top);
        Assert.All(top, f => Assert.Matches("^T[0-9a-f]{12} ", f.Subject)); // template id + text
        Assert.True(DumpData.Has(r, RuleIds.NoAgentsInLog));
        Assert.DoesNotContain("FAKE", DumpData.Serialize(r), StringComparison.Ordinal);
    }

    [Fact]
    public void TheLogDelegateGetsAStreamableDescriptor()
    {
        using var dir = new TempDir();
        string zip = dir.ZipDump("healthy", "dump.zip");
        LogInputDescriptor? seen = null;
        long bytes = 0;
        new DumpAnalyzer(DumpData.Options(), (d, ct) =>
        {
            seen = d;
            using var s = d.Open();
            bytes = s.CopyToCount();
            return new LogAnalysis();
        }).Analyze(zip);
        Assert.NotNull(seen);
        Assert.Null(seen!.FilePath);
        Assert.Equal("dump.zip!/7.8.0-log.json", seen.Name);
        Assert.Equal(new FileInfo(DumpData.File("healthy", "7.8.0-log.json")).Length, seen.Length);
        Assert.Equal(seen.Length, bytes);

        new DumpAnalyzer(DumpData.Options(), (d, ct) => { seen = d; return new LogAnalysis(); }).Analyze(DumpData.Dir("healthy"));
        Assert.Equal(DumpData.File("healthy", "7.8.0-log.json"), seen!.FilePath);
    }
}

internal static class StreamTestExtensions
{
    public static long CopyToCount(this Stream s)
    {
        var buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = s.Read(buffer, 0, buffer.Length)) > 0) total += n;
        return total;
    }
}
