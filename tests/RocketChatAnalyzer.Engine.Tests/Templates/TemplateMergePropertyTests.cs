using System.Text;
using Newtonsoft.Json;
using RocketChatAnalyzer.Templates;
using Xunit;

namespace RocketChatAnalyzer.Tests.Templates;

/// <summary>
/// Property tests of the merge contract: for random corpora, random split points and random merge
/// trees, the merged result (templates, keys, evicted count, line map) equals one sequential pass;
/// also across threads and after a JSON round trip.
/// </summary>
public sealed class TemplateMergePropertyTests
{
    private sealed record Entry(byte[] Message, LogLevel Level, long Ticks);

    private static readonly long T0 = new DateTime(2025, 7, 20, 0, 0, 0, DateTimeKind.Utc).Ticks;

    /// <summary>Random corpus: labelled fixture lines (all styles mixed), random words, exact repeats, levels, some timestamps out of order, some missing.</summary>
    private static List<Entry> Corpus(int seed, int count)
    {
        var rnd = new Random(seed);
        var pool = TemplateTestData.Lines;
        var list = new List<Entry>(count);
        for (int i = 0; i < count; i++)
        {
            string m = rnd.Next(10) switch
            {
                0 => "user " + (char)('a' + rnd.Next(6)) + "x logged in from host" + rnd.Next(3),
                1 => list.Count > 0 ? Encoding.UTF8.GetString(list[rnd.Next(list.Count)].Message) : "first",
                _ => pool[rnd.Next(pool.Count)].Message,
            };
            long ticks = rnd.Next(8) == 0 ? 0 : T0 + (i + rnd.Next(-50, 50)) * TimeSpan.TicksPerSecond;
            list.Add(new Entry(Encoding.UTF8.GetBytes(m), (LogLevel)rnd.Next(LogLevels.Count), ticks));
        }
        return list;
    }

    private static (LogAnalysis Analysis, TemplateTable Table) Run(List<Entry> entries, int from, int to, LogAnalysisOptions options)
    {
        var table = new TemplateTable(options, recordLineMap: true);
        for (int i = from; i < to; i++) table.Add(entries[i].Message, entries[i].Level, entries[i].Ticks);
        var analysis = new LogAnalysis { TotalEntries = to - from, TemplateKeys = table.ToList(), EvictedTemplates = table.Evicted };
        return (analysis, table);
    }

    private static List<int> RandomCuts(Random rnd, int count, int pieces)
    {
        var cuts = new SortedSet<int> { 0, count };
        while (cuts.Count < pieces + 1) cuts.Add(rnd.Next(0, count + 1));
        return cuts.ToList();
    }

    /// <summary>Merges adjacent pieces in a random tree shape (always left before right).</summary>
    private static LogAnalysis MergeRandomTree(Random rnd, List<LogAnalysis> pieces, int maxTemplates)
    {
        var work = new List<LogAnalysis>(pieces);
        while (work.Count > 1)
        {
            int i = rnd.Next(work.Count - 1);
            work[i] = LogAnalysis.Merge(work[i], work[i + 1], maxTemplates: maxTemplates);
            work.RemoveAt(i + 1);
        }
        return work[0];
    }

    private static string Describe(LogAnalysis a) => JsonConvert.SerializeObject(new { a.Templates, a.TemplateKeys, a.EvictedTemplates, a.TotalEntries });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Merge_ForRandomSplitsAndMergeTrees_EqualsOneSequentialPass(int seed)
    {
        var rnd = new Random(seed);
        var entries = Corpus(seed, 3000);
        var options = new LogAnalysisOptions();
        var (sequential, sequentialTable) = Run(entries, 0, entries.Count, options);
        string expected = Describe(sequential);
        var expectedIds = LineMap(new[] { (sequentialTable, sequential) }, sequential);

        for (int round = 0; round < 4; round++)
        {
            var cuts = RandomCuts(rnd, entries.Count, rnd.Next(1, 12));
            var runs = new List<(TemplateTable, LogAnalysis)>();
            for (int p = 0; p + 1 < cuts.Count; p++)
            {
                var (a, t) = Run(entries, cuts[p], cuts[p + 1], options);
                runs.Add((t, a));
            }
            var merged = MergeRandomTree(rnd, runs.Select(r => r.Item2).ToList(), options.MaxTemplates);
            Assert.Equal(expected, Describe(merged));
            Assert.Equal(expectedIds, LineMap(runs, merged));
        }
    }

    private static string?[] LineMap(IEnumerable<(TemplateTable Table, LogAnalysis Piece)> runs, LogAnalysis merged)
    {
        var map = new TemplateLineMap();
        foreach (var (table, piece) in runs) map.Add(table, piece.TemplateKeys);
        return map.Resolve(merged).Select(l => l.TemplateId).ToArray();
    }

    [Fact]
    public void Merge_WhenPiecesAreMinedOnSeveralThreads_EqualsOneThread()
    {
        var entries = Corpus(21, 6000);
        var options = new LogAnalysisOptions();
        string expected = Describe(Run(entries, 0, entries.Count, options).Analysis);
        var cuts = RandomCuts(new Random(21), entries.Count, 8);
        var pieces = new LogAnalysis[cuts.Count - 1];
        Parallel.For(0, pieces.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, p => pieces[p] = Run(entries, cuts[p], cuts[p + 1], options).Analysis);
        var merged = pieces[0];
        for (int p = 1; p < pieces.Length; p++) merged = LogAnalysis.Merge(merged, pieces[p]);
        Assert.Equal(expected, Describe(merged));
    }

    [Fact]
    public void Merge_WhenTheUnionOverflowsTheCapButNoPieceDoes_StillEqualsOneSequentialPass()
    {
        // 40 keys per piece at most; the whole input has ~60 distinct keys; the cap is 48.
        var rnd = new Random(5);
        var entries = new List<Entry>();
        for (int i = 0; i < 1200; i++)
        {
            int k = i < 600 ? rnd.Next(0, 30) : rnd.Next(25, 60);
            entries.Add(new Entry(Encoding.UTF8.GetBytes("job " + Word(k) + " finished in " + rnd.Next(900) + " ms"), LogLevel.Info, T0 + i));
        }
        var options = new LogAnalysisOptions { MaxTemplates = 12 };
        int cap = TemplateTable.KeyCapFor(12);
        var sequential = Run(entries, 0, entries.Count, options).Analysis;
        Assert.True(sequential.EvictedTemplates > 0);
        Assert.Equal(cap, sequential.TemplateKeys.Count);
        var left = Run(entries, 0, 600, options).Analysis;
        var right = Run(entries, 600, 1200, options).Analysis;
        Assert.True(left.TemplateKeys.Count < cap && right.TemplateKeys.Count < cap);
        Assert.Equal(Describe(sequential), Describe(LogAnalysis.Merge(left, right, maxTemplates: 12)));

        static string Word(int k) => new((char)('a' + k % 26), 1 + k / 26);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public void Merge_WhenPiecesOverflowTheCap_KeepsEveryEntryCountedOrEvicted(int seed)
    {
        var rnd = new Random(seed);
        var entries = Corpus(seed, 2000);
        var options = new LogAnalysisOptions { MaxTemplates = 5 };
        var cuts = RandomCuts(rnd, entries.Count, 6);
        var pieces = new List<LogAnalysis>();
        for (int p = 0; p + 1 < cuts.Count; p++) pieces.Add(Run(entries, cuts[p], cuts[p + 1], options).Analysis);
        var merged = MergeRandomTree(rnd, pieces, 5);
        Assert.Equal(entries.Count, merged.TemplateKeys.Sum(k => k.Count) + merged.EvictedTemplates);
        Assert.Equal(entries.Count, merged.Templates.Sum(t => t.Count) + merged.EvictedTemplates);
        Assert.True(merged.TemplateKeys.Count <= TemplateTable.KeyCapFor(5));
    }

    [Fact]
    public void Templates_AfterAJsonRoundTrip_AreUnchangedAndStillMerge()
    {
        var entries = Corpus(31, 2000);
        var options = new LogAnalysisOptions();
        var whole = Run(entries, 0, entries.Count, options).Analysis;
        var left = Run(entries, 0, 1000, options).Analysis;
        var right = Run(entries, 1000, entries.Count, options).Analysis;
        _ = left.Templates; // derived before serialising: the round trip must not duplicate it
        var leftBack = JsonConvert.DeserializeObject<LogAnalysis>(JsonConvert.SerializeObject(left))!;
        var rightBack = JsonConvert.DeserializeObject<LogAnalysis>(JsonConvert.SerializeObject(right))!;
        Assert.Equal(Describe(left), Describe(leftBack));
        Assert.Equal(Describe(whole), Describe(LogAnalysis.Merge(leftBack, rightBack)));
    }

    [Fact]
    public void Templates_AreDerivedFromTheKeysAndResetWhenTheKeysChange()
    {
        var entries = Corpus(41, 300);
        var a = Run(entries, 0, entries.Count, new LogAnalysisOptions()).Analysis;
        Assert.NotEmpty(a.Templates);
        Assert.Equal(a.TemplateKeys.Sum(k => k.Count), a.Templates.Sum(t => t.Count));
        a.TemplateKeys = new List<LogTemplate>();
        Assert.Empty(a.Templates);
    }

    [Fact]
    public void LineMap_ForHalfAMillionEntriesInChunks_IsExactAndInInputOrder()
    {
        // 4 bytes per entry while mining; resolution streams (one id per entry, shared strings).
        const int count = 500_000;
        var messages = new byte[16][];
        for (int k = 0; k < messages.Length; k++)
            messages[k] = Encoding.UTF8.GetBytes(k % 2 == 0 ? "Migrations: Not migrating, already at version " + k : "Exception from sub stream-notify-room id SsTshpowBLCsvh6qF" + (char)('A' + k));
        var options = new LogAnalysisOptions();
        var map = new TemplateLineMap();
        LogAnalysis? merged = null;
        for (int start = 0; start < count; start += 131_072)
        {
            var table = new TemplateTable(options, recordLineMap: true);
            for (int i = start; i < Math.Min(count, start + 131_072); i++) table.Add(messages[(i * 7) % messages.Length], LogLevel.Info, 0);
            var keys = table.ToList();
            map.Add(table, keys);
            var piece = new LogAnalysis { TemplateKeys = keys };
            merged = merged is null ? piece : LogAnalysis.Merge(merged, piece);
        }
        Assert.Equal(count, map.Count);
        string migrating = merged!.Templates.Single(t => t.Template.StartsWith("Migrations", StringComparison.Ordinal)).TemplateId;
        long expected = 1;
        foreach (var line in map.Resolve(merged))
        {
            Assert.Equal(expected, line.LineNumber);
            bool even = ((expected - 1) * 7 % messages.Length) % 2 == 0;
            Assert.Equal(even, line.TemplateId == migrating);
            expected++;
        }
        Assert.Equal(count + 1, expected);
    }

    [Fact]
    public void Templates_ReadBackFromJsonWithoutKeys_AreKept()
    {
        var report = new LogAnalysis { Templates = { new LogTemplate { Template = "a <*>", TemplateId = LogTemplate.IdFor("a <*>"), Count = 2 } } };
        var back = JsonConvert.DeserializeObject<LogAnalysis>(JsonConvert.SerializeObject(report))!;
        Assert.Equal("a <*>", Assert.Single(back.Templates).Template);
        Assert.Empty(back.TemplateKeys);
    }

    [Fact]
    public void Merge_WhenResultsCarryTemplatesButNoKeys_MergesTheTemplatesByText()
    {
        var left = new LogAnalysis { Templates = { new LogTemplate { Template = "a <*>", TemplateId = LogTemplate.IdFor("a <*>"), Count = 2 } } };
        var right = new LogAnalysis { Templates = { new LogTemplate { Template = "a <*>", TemplateId = LogTemplate.IdFor("a <*>"), Count = 3 } } };
        var merged = LogAnalysis.Merge(left, right);
        Assert.Equal(5, Assert.Single(merged.Templates).Count);
    }
}
