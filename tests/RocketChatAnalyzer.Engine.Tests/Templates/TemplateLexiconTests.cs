using System.Globalization;
using System.Text;
using RocketChatAnalyzer.Templates;
using Xunit;
using Xunit.Abstractions;

namespace RocketChatAnalyzer.Tests.Templates;

/// <summary>The English word list (round 6) and the rule that uses it: a column of names that are no English words is a variable.</summary>
public sealed class TemplateLexiconTests
{
    private readonly ITestOutputHelper _output;

    public TemplateLexiconTests(ITestOutputHelper output) => _output = output;

    private static string[] Mine(TemplateMinerSettings settings, params string[] messages)
    {
        var table = new TemplateTable(new LogAnalysisOptions());
        foreach (string m in messages) table.Add(Encoding.UTF8.GetBytes(m), LogLevel.Info, 0);
        return TemplateMiner.Build(table.ToList(), settings).Templates.Select(t => t.Template).OrderBy(t => t, StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void WordList_LoadedFromTheEngineAssembly_HoldsTheLowerCaseWordsOfWamerican()
    {
        Assert.True(TemplateLexicon.Count > 60_000, $"{TemplateLexicon.Count} words");
        Assert.True(TemplateLexicon.Contains("stopped") && TemplateLexicon.Contains("default") && TemplateLexicon.Contains("printer"));
        // Proper names are capitalised in the source, so they are not in the list (Alice is a name, not a word).
        Assert.False(TemplateLexicon.Contains("alice"));
        Assert.False(TemplateLexicon.Contains("Stopped"));
    }

    [Theory]
    [InlineData("stopped", "Word")]
    [InlineData("Error", "Word")]
    [InlineData("(default),", "Word")]
    [InlineData("tibber", "Name")]
    [InlineData("yeelight,", "Name")]
    [InlineData("OutOfSync", "Name")]
    [InlineData("SIGINT!", "Upper")]
    [InlineData("maxRetry:", "Other")]
    [InlineData("erin_ops", "Other")]
    [InlineData("<*>", "Other")]
    [InlineData("a", "Other")]
    public void Classify_GivenATokenOfAKey_TellsWordsFromNamesAndLeavesTheRestUndecided(string token, string expected) =>
        Assert.Equal(expected, TemplateLexicon.Classify(token).ToString());

    [Fact]
    public void Build_WhenAColumnHoldsFewNamesThatAreNoEnglishWords_MakesItAVariable()
    {
        string[] messages =
        {
            "Lost connection to sensor hallwaypir, retrying",
            "Lost connection to sensor zwavestick, retrying",
            "Lost connection to sensor kitchen, retrying",
        };
        Assert.Equal(new[] { "Lost connection to sensor <*>, retrying" }, Mine(TemplateMinerSettings.Default, messages));
        // Three words and no cue: without the word list they are three statements.
        Assert.Equal(3, Mine(TemplateMinerSettings.Default with { NamesAreValues = false }, messages).Length);
    }

    [Fact]
    public void Build_WhenAColumnHoldsCamelCaseIdentifiers_MakesItAVariable() =>
        Assert.Equal(
            new[] { "Registered handler <*> successfully" },
            Mine(TemplateMinerSettings.Default, "Registered handler OrderCreatedHandler successfully", "Registered handler InvoicePaidHandler successfully", "Registered handler UserDeletedHandler successfully"));

    [Fact]
    public void Build_WhenAColumnHoldsFewEnglishWords_KeepsThemAsSeparateStatements() =>
        Assert.Equal(
            new[] { "Worker pool drained", "Worker pool resized", "Worker pool stalled" },
            Mine(TemplateMinerSettings.Default, "Worker pool drained", "Worker pool resized", "Worker pool stalled", "Worker pool drained"));

    [Fact]
    public void Build_WhenTheWordsAreSoftwareVocabulary_KeepsThemAsSeparateStatements()
    {
        // "config", "metadata", "stdout" are not in wamerican; log-vocabulary.txt makes them words.
        Assert.True(TemplateLexicon.Contains("config") && TemplateLexicon.Contains("stdout"));
        Assert.Equal(
            new[] { "Flushing config to disk", "Flushing metadata to disk", "Flushing stdout to disk" },
            Mine(TemplateMinerSettings.Default, "Flushing config to disk", "Flushing metadata to disk", "Flushing stdout to disk"));
    }

    [Fact]
    public void Build_WhenTheNamesEndInAColon_TreatsThemAsLabelsOfSeparateFields() =>
        Assert.Equal(
            new[] { "set idleTimeoutSecs: <*>", "set keepaliveSecs: <*>", "set maxConns: <*>" },
            Mine(TemplateMinerSettings.Default, "set keepaliveSecs: 30", "set idleTimeoutSecs: 60", "set maxConns: 100"));

    // The ablation: each style below gained when the rule came in (docs/TEMPLATES.md, round 6) and must lose without it.
    [Theory]
    [InlineData(3, "Dockerd")]
    [InlineData(4, "SpringBoot")]
    [InlineData(7, "Unbound")]
    [InlineData(10, "mdadm")]
    public void DisablingNamesAsValues_LowersAccuracyOnTheStyleThatNeedsIt(int set, string style)
    {
        var lines = TemplateTestData.HeldOut(set).Where(l => l.Style == style).ToList();
        double full = TemplateTestData.AccuracyByStyle(TemplateMinerSettings.Default, lines)[style];
        double without = TemplateTestData.AccuracyByStyle(TemplateMinerSettings.Default with { NamesAreValues = false }, lines)[style];
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{style}: {full:F3} default, {without:F3} without names as values"));
        Assert.True(without < full, string.Create(CultureInfo.InvariantCulture, $"names as values made no difference on {style}"));
    }
}
