using System.Globalization;
using System.Text;
using RocketChatAnalyzer.Templates;
using Xunit;
using Xunit.Abstractions;

namespace RocketChatAnalyzer.Tests.Templates;

/// <summary>
/// Grouping accuracy on the labelled fixture (Data/labelled-logs.tsv: Rocket.Chat messages from
/// shared/corpus plus 13 other log styles, 220 lines each) and on the held-out sets that rounds of
/// rules have seen (1–8; docs/TEMPLATES.md). The floors are what the
/// default configuration must keep; the weakened-miner tests show the check can fail.
/// </summary>
public sealed class GroupingAccuracyTests
{
    private const double AverageFloor = 0.95;
    private const double StyleFloor = 0.90;

    private readonly ITestOutputHelper _output;

    public GroupingAccuracyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void GroupingAccuracy_WhenEveryPredictedGroupIsATrueGroup_IsOne() =>
        Assert.Equal(1.0, TemplateTestData.GroupingAccuracy(new[] { "A", "A", "B" }, new[] { "x", "x", "y" }));

    [Fact]
    public void GroupingAccuracy_WhenAPredictedGroupMixesTwoTrueGroups_CountsNoneOfItsLines() =>
        Assert.Equal(0.0, TemplateTestData.GroupingAccuracy(new[] { "A", "A", "B" }, new[] { "x", "x", "x" }));

    [Fact]
    public void GroupingAccuracy_WhenATrueGroupIsSplit_CountsNoneOfItsLines() =>
        Assert.Equal(0.5, TemplateTestData.GroupingAccuracy(new[] { "A", "A", "B", "B" }, new[] { "x", "y", "z", "z" }));

    [Fact]
    public void GroupingAccuracy_WhenALineHasNoPrediction_TreatsItAsItsOwnGroup() =>
        Assert.Equal(1.0 / 3, TemplateTestData.GroupingAccuracy(new[] { "A", "A", "B" }, new string?[] { null, null, "z" }), 6);

    [Fact]
    public void LabelledFixture_HasAtLeast2000LinesOverAtLeast8StylesWithSources()
    {
        Assert.True(TemplateTestData.Lines.Count >= 2000);
        Assert.True(TemplateTestData.ByStyle().Count() >= 8);
        Assert.All(TemplateTestData.Lines.Where(l => l.Style == "RocketChat"), l => Assert.StartsWith("https://", l.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void DefaultMiner_OnTheLabelledFixture_ReachesTheAverageAndPerStyleFloors()
    {
        var byStyle = TemplateTestData.AccuracyByStyle(TemplateMinerSettings.Default);
        foreach (var kv in byStyle) _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kv.Key,-12} {kv.Value:F3}"));
        double average = byStyle.Values.Average();
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"average      {average:F3}"));
        Assert.True(average >= AverageFloor, string.Create(CultureInfo.InvariantCulture, $"average GA {average:F3} < {AverageFloor}"));
        Assert.All(byStyle, kv => Assert.True(kv.Value >= StyleFloor, string.Create(CultureInfo.InvariantCulture, $"{kv.Key}: GA {kv.Value:F3} < {StyleFloor}")));
    }

    // Regression guards below the measurements, taken the way Get-LogTemplate -Format Lines
    // -IncludeLineMap takes them (TemplateTestData.PredictTemplateIds: a whole JSON line is templated by
    // its msg; until session 4 these guards fed raw text, so etcd, Express and Mattermost scored 0). What
    // each set measured blind, and when its misses were seen (docs/TEMPLATES.md has the per-style figures):
    //  1 OpenStack, HPC, Mac, MongoDB: 0.848 blind (first rules); seen in round 2; 0.945, then 0.951.
    //  2 PostgreSQL, nginx, kubelet, systemd, Postfix, Cassandra, Elasticsearch, Kafka, Jenkins, Redis:
    //    0.738 blind (first rules); seen in rounds 2–3; 0.965, then 0.985.
    //  3 MySQL, HAProxy, dockerd, RabbitMQ, Dovecot, OpenVPN, BIND, Tomcat: 0.884 blind (second rules);
    //    seen in round 3; 0.903, then 0.928; 0.938 with round 6's word list.
    //  4 Prometheus, Grafana, Sidekiq, Ceph, Squid, Samba, Asterisk, Airflow, Spring Boot, Consul:
    //    0.885 blind (second and third rules); seen in round 4; 0.956; 0.965 with round 6's word list.
    //  5 etcd … Celery (16 styles, written blind by another helper): 0.720 before and 0.780 after round 4
    //    through the cmdlet; seen in round 5; 0.827; 0.829 with round 6's word list; 0.838 with round 6's
    //    shape rules (causes across sets), 0.828 after their optional-values rule was dropped (it joins
    //    `bytes sent` and `bytes (<*> KB) sent`, which Loghub labels apart: both blind Loghub recreations
    //    lost Proxifier with it; docs/TEMPLATES.md).
    //  6 HBase … Nomad (13): 0.720 blind (third rules; 0.740 with its cron labels corrected); seen in
    //    round 4; 0.932.
    //  7 slapd … smartd (10): 0.724 before and 0.775 blind after round 4; seen since; 0.856; 0.864 with round 6's word list.
    //  8 Nomad … Express (12, written blind by another helper): 0.644 before and 0.668 after round 4
    //    through the cmdlet; seen in round 5; 0.770; 0.787 with round 6's shape rules; 0.770 without
    //    their optional-values rule (dropped, as under 5).
    //  9 Memcached … Cyrus (12, written blind by another helper during round 5): 0.766 with round 4,
    //    0.748 blind with round 5 as submitted; one rule dropped after its Cyrus misses were seen: 0.766;
    //    0.829 with round 6's shape rules.
    // 10 Windows Security … multipathd (10, written blind as blind-a after round 5): 0.895 blind through
    //    the cmdlet; moved up in session 4 for round 6; 0.915 with round 6's word list; 0.946 with its shape rules.
    // 11 Terraform … Zigbee2MQTT (10, written blind as blind-b after round 5): 0.781 blind through the
    //    cmdlet; moved up in session 4 for round 6; 0.783 with round 6's word list; 0.804 with its shape rules.
    // 12, 13 the 16 Loghub-2k systems, recreated from memory by two writers independently of each other
    //    and of the main fixture (written blind as blind-loghub and blind-loghub2 in session 4): 0.907 and
    //    0.934 blind before round 6, 0.901 and 0.912 blind after it (both lost Proxifier to the
    //    optional-values rule), 0.909 and 0.934 after that rule was dropped; seen since.
    [Theory]
    [InlineData(1, 4, 0.93)]
    [InlineData(2, 10, 0.95)]
    [InlineData(3, 8, 0.93)]
    [InlineData(4, 10, 0.96)]
    [InlineData(5, 16, 0.82)]
    [InlineData(6, 13, 0.92)]
    [InlineData(7, 10, 0.86)]
    [InlineData(8, 12, 0.76)]
    [InlineData(9, 12, 0.82)]
    [InlineData(10, 10, 0.94)]
    [InlineData(11, 10, 0.80)]
    [InlineData(12, 16, 0.90)]
    [InlineData(13, 16, 0.93)]
    public void DefaultMiner_OnEachHeldOutSet_KeepsItsMeasuredAccuracy(int set, int styles, double floor)
    {
        var byStyle = TemplateTestData.AccuracyByStyle(TemplateMinerSettings.Default, TemplateTestData.HeldOut(set));
        foreach (var kv in byStyle) _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kv.Key,-16} {kv.Value:F3}"));
        Assert.Equal(styles, byStyle.Count);
        Assert.True(byStyle.Values.Average() >= floor, string.Create(CultureInfo.InvariantCulture, $"held-out {set} average {byStyle.Values.Average():F3} < {floor}"));
    }

    [Theory]
    [InlineData("no variable-width slots", "Systemd")]
    [InlineData("no variable-width slots", "PostgreSQL")]
    [InlineData("no bracketed values", "Mac")]
    [InlineData("no value lists", "Postfix")]
    [InlineData("no bracketed phrases", "Elasticsearch")]
    [InlineData("no bracketed phrases", "Tomcat")]
    [InlineData("only all-compound columns", "Jenkins")]
    [InlineData("only all-compound columns", "HAProxy")]
    [InlineData("no words seen as values", "Mosquitto")]
    [InlineData("no tail values", "Zabbix")]
    [InlineData("no tail values", "Traefik")]
    [InlineData("header labels are labels", "Vault")]
    [InlineData("header labels are labels", "Consul")]
    [InlineData("named fields are values", "Keycloak")]
    [InlineData("upper-case names are words", "NetworkManager")]
    [InlineData("upper-case names are words", "CoreDNS")]
    [InlineData("quoted words are words", "Mosquitto")]
    [InlineData("no bracketed label values", "SpringBoot")]
    [InlineData("no prepositions", "HBase")]
    public void ChangingOneRule_LowersAccuracyOnTheHeldOutStyleThatNeedsIt(string change, string style)
    {
        var weakened = change switch
        {
            "no words seen as values" => TemplateMinerSettings.Default with { WordsSeenAsValues = false },
            "no tail values" => TemplateMinerSettings.Default with { TailValues = false },
            "header labels are labels" => TemplateMinerSettings.Default with { HeaderLabelsAreComponents = false },
            "named fields are values" => TemplateMinerSettings.Default with { NamedFieldsAreStructure = false },
            // NetworkManager's "state is now CONNECTED_SITE" is also a slot's value after a linking verb (round 6): both off.
            "upper-case names are words" => TemplateMinerSettings.Default with { ConstantNamesAreValues = false, TransitionsEndInValues = false },
            "quoted words are words" => TemplateMinerSettings.Default with { QuotedWordsAreValues = false },
            "no bracketed label values" => TemplateMinerSettings.Default with { BracketedLabelValues = false },
            "no prepositions" => TemplateMinerSettings.Default with { PrepositionsIntroduceValues = false },
            "no variable-width slots" => TemplateMinerSettings.Default with { VariableWidthSlots = false },
            "no value lists" => TemplateMinerSettings.Default with { ValueListSlots = false },
            "no bracketed phrases" => TemplateMinerSettings.Default with { BracketedPhrasesAfterIntroducers = false },
            "only all-compound columns" => TemplateMinerSettings.Default with { MostlyCompoundIsValue = false },
            _ => TemplateMinerSettings.Default with { BracketedWordsAreValues = false },
        };
        var lines = TemplateTestData.HeldOut(1).Concat(TemplateTestData.HeldOut(2)).Concat(TemplateTestData.HeldOut(3))
            .Concat(TemplateTestData.HeldOut(4)).Concat(TemplateTestData.HeldOut(6)).Where(l => l.Style == style).ToList();
        double full = TemplateTestData.AccuracyByStyle(TemplateMinerSettings.Default, lines)[style];
        double without = TemplateTestData.AccuracyByStyle(weakened, lines)[style];
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{style}: {full:F3} default, {without:F3} with {change}"));
        Assert.True(without < full, string.Create(CultureInfo.InvariantCulture, $"'{change}' made no difference on {style}"));
    }

    [Theory]
    [InlineData("no field records", "Nagios")]
    [InlineData("titles are words", "Nagios")]
    [InlineData("titles are words", "Vsftpd")]
    [InlineData("no slot nouns before to", "CiscoIOS")]
    [InlineData("no bracketed label pairs", "PHPFPM")]
    [InlineData("no names before bracketed values", "Flink")]
    public void ChangingOneRoundFiveRule_LowersAccuracyOnTheStyleThatNeedsIt(string change, string style)
    {
        // PHP-FPM's pool names (www, api) are no English words: since round 6 the word list makes them
        // values too, so the bracketed-pair rule is measured without it (it still decides English-word pools).
        var baseline = change == "no bracketed label pairs" ? TemplateMinerSettings.Default with { NamesAreValues = false } : TemplateMinerSettings.Default;
        var weakened = change switch
        {
            "no field records" => baseline with { FieldRecordsAreValues = false },
            "titles are words" => baseline with { LeadingTitlesAreStatements = false },
            "no slot nouns before to" => baseline with { SlotNounsBeforeTo = false },
            "no bracketed label pairs" => baseline with { BracketedLabelPairs = false },
            "no names before bracketed values" => baseline with { NamesBeforeBracketedValues = false },
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };
        // Held-out 5, 7 and 8 name some styles as other sets do (Etcd, CoreDNS, Exim); these styles are in one set only.
        var lines = TemplateTestData.HeldOut(5).Concat(TemplateTestData.HeldOut(7)).Concat(TemplateTestData.HeldOut(8))
            .Where(l => l.Style == style).ToList();
        double full = TemplateTestData.AccuracyByStyle(baseline, lines)[style];
        double without = TemplateTestData.AccuracyByStyle(weakened, lines)[style];
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{style}: {full:F3} default, {without:F3} with {change}"));
        Assert.True(without < full, string.Create(CultureInfo.InvariantCulture, $"'{change}' made no difference on {style}"));
    }

    [Theory]
    [InlineData("no transitions", 10, "Slurm")]
    [InlineData("no transitions", 11, "ArgoCD")]
    [InlineData("no transitions", 11, "Harbor")]
    [InlineData("labels of lone values are words", 5, "Fail2ban")]
    [InlineData("labels of lone values are words", 9, "MinIO")]
    [InlineData("labels of lone values are words", 9, "FreeSWITCH")]
    [InlineData("names of any length", 10, "MSSQL")]
    [InlineData("names of any length", 10, "HyperV")]
    [InlineData("names of any length", 9, "Mesos")]
    [InlineData("no phrase slots", 9, "Mesos")]
    [InlineData("no phrase slots", 10, "HyperV")]
    public void ChangingOneRoundSixRule_LowersAccuracyOnTheStyleThatNeedsIt(string change, int set, string style)
    {
        var weakened = change switch
        {
            "no transitions" => TemplateMinerSettings.Default with { TransitionsEndInValues = false },
            "labels of lone values are words" => TemplateMinerSettings.Default with { LabelsOfLoneValuesAreStatements = false },
            "names of any length" => TemplateMinerSettings.Default with { NamesAreShort = false },
            "no phrase slots" => TemplateMinerSettings.Default with { PhraseSlots = false },
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };
        var lines = TemplateTestData.HeldOut(set).Where(l => l.Style == style).ToList();
        double full = TemplateTestData.AccuracyByStyle(TemplateMinerSettings.Default, lines)[style];
        double without = TemplateTestData.AccuracyByStyle(weakened, lines)[style];
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{style}: {full:F3} default, {without:F3} with {change}"));
        Assert.True(without < full, string.Create(CultureInfo.InvariantCulture, $"'{change}' made no difference on {style}"));
    }

    [Fact]
    public void MaskingOnly_WithoutClustering_FallsBelowTheAverageFloor()
    {
        // Word variables (user names, programs, states) stay in the key: this miner must fail the GA check.
        var byStyle = TemplateTestData.AccuracyByStyle(TemplateMinerSettings.Default with { Cluster = false });
        double average = byStyle.Values.Average();
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"masking only: average {average:F3}"));
        Assert.True(average < 0.90, string.Create(CultureInfo.InvariantCulture, $"masking only reached {average:F3}; the GA check could not tell"));
        Assert.True(byStyle["OpenSSH"] < StyleFloor && byStyle["Thunderbird"] < StyleFloor && byStyle["RocketChat"] < StyleFloor);
    }

    [Theory]
    [InlineData("no introducers", "Windows")]
    [InlineData("no introducers", "OpenSSH")]
    [InlineData("split on any number of words", "Linux")]
    [InlineData("never split on words", "Android")]
    public void ChangingOneClusteringRule_FailsTheFloorOrLowersAccuracyOnTheStyleThatNeedsIt(string change, string style)
    {
        // Windows' and Linux's word values here are names that are no English words: since round 6 the
        // word list makes them values too, so these two rules are measured on them without it.
        var baseline = style is "Windows" or "Linux" ? TemplateMinerSettings.Default with { NamesAreValues = false } : TemplateMinerSettings.Default;
        var weakened = change switch
        {
            "no introducers" => baseline with { UseIntroducers = false },
            "split on any number of words" => baseline with { MaxSplitValues = 100 },
            _ => baseline with { MaxSplitValues = 1 },
        };
        double full = TemplateTestData.AccuracyByStyle(baseline)[style];
        double without = TemplateTestData.AccuracyByStyle(weakened)[style];
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{style}: {full:F3} default, {without:F3} with {change}"));
        Assert.True(without < full, string.Create(CultureInfo.InvariantCulture, $"'{change}' made no difference on {style}"));
    }

    [Fact]
    public void LineMap_ThroughLogAnalysisMerge_GivesTheSameAccuracyAsOnePass()
    {
        // The public route: chunk tables → LogAnalysis → Merge → TemplateLineMap.Resolve.
        var options = new LogAnalysisOptions();
        foreach (var style in TemplateTestData.ByStyle())
        {
            var lines = style.ToList();
            var map = new TemplateLineMap();
            LogAnalysis? merged = null;
            for (int start = 0; start < lines.Count; start += 37)
            {
                var table = new TemplateTable(options, recordLineMap: true);
                for (int i = start; i < Math.Min(lines.Count, start + 37); i++) table.Add(Encoding.UTF8.GetBytes(lines[i].Message), LogLevel.Info, 0);
                var keys = table.ToList();
                map.Add(table, keys);
                var piece = new LogAnalysis { TemplateKeys = keys, EvictedTemplates = table.Evicted };
                merged = merged is null ? piece : LogAnalysis.Merge(merged, piece);
            }
            var viaMap = map.Resolve(merged!).ToList();
            Assert.Equal(Enumerable.Range(1, lines.Count).Select(i => (long)i), viaMap.Select(l => l.LineNumber));
            var direct = TemplateTestData.PredictTemplateIds(lines.Select(l => l.Message).ToList(), TemplateMinerSettings.Default);
            Assert.Equal(direct, viaMap.Select(l => l.TemplateId));
        }
    }
}
