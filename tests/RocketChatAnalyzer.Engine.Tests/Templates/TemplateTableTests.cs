using System.Text;
using RocketChatAnalyzer.Templates;
using Xunit;

namespace RocketChatAnalyzer.Tests.Templates;

/// <summary>Stage 1 bookkeeping: keys, counts, levels, times, examples, the key cap and the line record.</summary>
public sealed class TemplateTableTests
{
    private static readonly long T0 = new DateTime(2024, 3, 22, 8, 39, 23, DateTimeKind.Utc).Ticks;

    private static void Add(TemplateTable table, string message, LogLevel level = LogLevel.Info, long ticks = 0) =>
        table.Add(Encoding.UTF8.GetBytes(message), level, ticks);

    [Fact]
    public void Add_WhenMessagesDifferOnlyInVariables_CountsThemUnderOneKey()
    {
        var table = new TemplateTable(new LogAnalysisOptions());
        Add(table, "Migrations: Not migrating, already at version 55");
        Add(table, "Migrations: Not migrating, already at version 56");
        var key = Assert.Single(table.ToList());
        Assert.Equal("Migrations: Not migrating, already at version <*>", key.Template);
        Assert.Equal(2, key.Count);
    }

    [Fact]
    public void Add_KeepsTheFirstEntryAsExampleAndTheTimeRange()
    {
        var table = new TemplateTable(new LogAnalysisOptions());
        Add(table, "Push: send message \"@alice\" via query { userId: 'ofEP6ac6gyHHQAcCP' }", LogLevel.Debug, T0 + 50);
        Add(table, "Push: send message \"@bob\" via query { userId: 'SsTshpowBLCsvh6qF' }", LogLevel.Debug, T0);
        Add(table, "Push: send message \"@carol\" via query { userId: 'oBDTNkR3hEpdJrArA' }", LogLevel.Debug, 0);
        var key = Assert.Single(table.ToList());
        Assert.Equal("Push: send message \"@alice\" via query { userId: 'ofEP6ac6gyHHQAcCP' }", key.Example);
        Assert.Equal(new DateTime(T0, DateTimeKind.Utc), key.FirstSeen);
        Assert.Equal(new DateTime(T0 + 50, DateTimeKind.Utc), key.LastSeen);
    }

    [Fact]
    public void Add_WhenNoEntryHasATimestamp_LeavesTheTimesEmpty()
    {
        var table = new TemplateTable(new LogAnalysisOptions());
        Add(table, "Checking for version updates");
        var key = Assert.Single(table.ToList());
        Assert.Null(key.FirstSeen);
        Assert.Null(key.LastSeen);
    }

    [Fact]
    public void Add_CountsEachLevelAndMapsUnknownLevelValuesToUnknown()
    {
        var table = new TemplateTable(new LogAnalysisOptions());
        Add(table, "connection time out", LogLevel.Error);
        Add(table, "connection time out", LogLevel.Error);
        Add(table, "connection time out", LogLevel.Warn);
        Add(table, "connection time out", (LogLevel)42);
        var key = Assert.Single(table.ToList());
        Assert.Equal(2, key.CountFor(LogLevel.Error));
        Assert.Equal(1, key.CountFor(LogLevel.Warn));
        Assert.Equal(1, key.CountFor(LogLevel.Unknown));
        Assert.Equal("Error", key.Level);
    }

    [Fact]
    public void Add_WhenTheExampleIsLong_CutsItAtMaxExampleChars()
    {
        var table = new TemplateTable(new LogAnalysisOptions { MaxExampleChars = 20 });
        Add(table, "Exception in callback of async function: RangeError: Maximum call stack size exceeded");
        Assert.Equal("Exception in callbac…", table.ToList()[0].Example);
    }

    [Fact]
    public void Add_WhenARawLineRepeats_CountsItUnderTheSameKeyAsAMaskedVariant()
    {
        var table = new TemplateTable(new LogAnalysisOptions(), recordLineMap: true);
        for (int i = 0; i < 5; i++) Add(table, "MongoServerSelectionError: Server selection timed out after 30000 ms");
        Add(table, "MongoServerSelectionError: Server selection timed out after 10000 ms");
        Assert.Equal(6, Assert.Single(table.ToList()).Count);
        Assert.Equal(new[] { 0, 0, 0, 0, 0, 0 }, table.LineKeys.ToArray());
    }

    [Fact]
    public void Add_WhenTheKeyCapIsReached_CountsEntriesOfNewKeysAsEvicted()
    {
        var options = new LogAnalysisOptions { MaxTemplates = 1 };
        int cap = TemplateTable.KeyCapFor(1);
        var table = new TemplateTable(options, recordLineMap: true);
        for (int round = 0; round < 2; round++)
            for (int k = 0; k < cap + 3; k++) Add(table, "statement number " + new string((char)('a' + k), 3) + " done");
        var keys = table.ToList();
        Assert.Equal(cap, keys.Count);
        Assert.Equal(6, table.Evicted);
        Assert.Equal(table.Entries, keys.Sum(k => k.Count) + table.Evicted);
        Assert.Equal(6, table.LineKeys.ToArray().Count(k => k < 0));
        Assert.Equal("statement number aaa done", keys[0].Template);
    }

    [Fact]
    public void KeyCapFor_IsAFixedMultipleOfMaxTemplatesAndNeverOverflows()
    {
        Assert.Equal(LogAnalysisOptions.DefaultMaxTemplates * TemplateTable.KeysPerTemplate, TemplateTable.KeyCapFor(LogAnalysisOptions.DefaultMaxTemplates));
        Assert.Equal(int.MaxValue, TemplateTable.KeyCapFor(int.MaxValue));
        Assert.Equal(0, TemplateTable.KeyCapFor(0));
    }

    [Fact]
    public void Add_WithoutLineMap_RecordsNoLines()
    {
        var table = new TemplateTable(new LogAnalysisOptions());
        Add(table, "Limit validation failed");
        Assert.True(table.LineKeys.IsEmpty);
    }

    [Fact]
    public void Add_WhenManyDistinctKeysArrive_KeepsEveryKeyDistinctAndInFirstAppearanceOrder()
    {
        var table = new TemplateTable(new LogAnalysisOptions());
        var words = new List<string>();
        var rnd = new Random(11);
        for (int i = 0; i < 5000; i++)
        {
            string w = new(Enumerable.Range(0, 8).Select(_ => (char)('a' + rnd.Next(26))).ToArray());
            words.Add(w);
            Add(table, "word " + w + " seen");
            Add(table, "word " + w + " seen");
        }
        var keys = table.ToList();
        var expected = words.Distinct(StringComparer.Ordinal).Select(w => "word " + w + " seen").ToList();
        Assert.Equal(expected, keys.Select(k => k.Template));
        Assert.All(keys, k => Assert.Equal(2 * words.Count(w => "word " + w + " seen" == k.Template), k.Count));
    }
}
