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

    // Random messages built from pieces that exercise the shape's edges: digit runs across 16-byte
    // blocks, the bytes Prepare handles, UTF-8, lengths just under, at and over the vector width and
    // the input cap.
    private static IEnumerable<byte[]> RandomMessages(int seed, int count)
    {
        var rnd = new Random(seed);
        string[] pieces = { "a", "Zq", " ", "é", "0", "42", "1234567890123456789", "user", "_", "jYBmEGXKNGYpbPAxzQ", ":", "x=1", "/api/v1", "-", "€", "#", "\n", "\r", "\u001b[1m", "\u001b", "#033[0;31m" };
        for (int i = 0; i < count; i++)
        {
            var sb = new StringBuilder();
            int parts = rnd.Next(5) == 0 ? rnd.Next(200, 400) : rnd.Next(0, 24);
            bool special = rnd.Next(4) == 0;
            for (int k = 0; k < parts; k++) sb.Append(pieces[rnd.Next(special ? pieces.Length : 15)]);
            yield return Encoding.UTF8.GetBytes(sb.ToString());
        }
    }

    [Fact]
    public void FastShape_OnRandomMessages_EqualsTheWordsWithADigitCollapsedOrDeclines()
    {
        // The plain reference: a message that needs preparing (a line break, ESC, '#', or over the
        // input cap) is declined; otherwise each maximal run of ASCII letters, digits and '_' that
        // holds a digit becomes "0" (starting with a digit) or "a0" / "_0", byte by byte.
        static bool IsWord(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or (byte)'_';
        static byte[]? Reference(byte[] m)
        {
            if (m.Length > TemplateMasker.MaxInputBytes || m.Any(b => b is (byte)'\n' or (byte)'\r' or 0x1B or (byte)'#')) return null;
            var o = new List<byte>();
            for (int i = 0; i < m.Length;)
            {
                int j = i;
                while (j < m.Length && IsWord(m[j])) j++;
                if (j == i) { o.Add(m[i++]); continue; }
                if (m[i..j].Any(b => b is >= (byte)'0' and <= (byte)'9'))
                {
                    if (m[i] is < (byte)'0' or > (byte)'9') o.Add(m[i] == (byte)'_' ? (byte)'_' : (byte)'a');
                    o.Add((byte)'0');
                }
                else o.AddRange(m[i..j]);
                i = j;
            }
            return o.ToArray();
        }

        var dest = new byte[TemplateMasker.MaxInputBytes + 32];
        int declined = 0, shaped = 0;
        foreach (byte[] m in RandomMessages(20261127, 30_000))
        {
            byte[]? expected = Reference(m);
            int n = TemplateTable.FastShape(m, dest);
            if (expected is null)
            {
                Assert.Equal(-1, n);
                declined++;
            }
            else
            {
                Assert.True(n >= 0, Encoding.UTF8.GetString(m));
                Assert.Equal(expected, dest.AsSpan(0, n).ToArray());
                shaped++;
            }
        }
        Assert.True(declined > 1000 && shaped > 10_000, $"declined {declined}, shaped {shaped}: the generator no longer covers both paths");
    }

    [Fact]
    public void Add_OnRandomMessages_GivesEachEntryTheKeyOfItsPreparedMessage()
    {
        // Whatever path an entry takes (the one-pass shape, Prepare first, the exact-repeat cache),
        // its key is the mask of the prepared message, as TemplateMasker gives it on its own.
        var table = new TemplateTable(new LogAnalysisOptions { MaxTemplates = 100_000 }, recordLineMap: true);
        var expected = new List<string>();
        var scratch = new byte[TemplateMasker.MaxInputBytes];
        var dest = new byte[TemplateMasker.MaxOutputBytes];
        foreach (byte[] m in RandomMessages(7, 20_000).Concat(RandomMessages(7, 5_000)))
        {
            table.Add(m, LogLevel.Info, 0);
            int n = TemplateMasker.Mask(TemplateMasker.Prepare(m, scratch), dest);
            expected.Add(Encoding.UTF8.GetString(dest, 0, n));
        }
        var keys = table.ToList();
        var actual = table.LineKeys.ToArray().Select(k => keys[k].Template).ToList();
        Assert.Equal(expected, actual);
        Assert.True(table.CacheMisses < table.Entries, "the exact-repeat cache never hit");
    }

    [Fact]
    public void SameShape_OnRandomPairs_EqualsComparingTheBytesAndIgnoresWhatFollows()
    {
        // Pairs of equal length that are equal, or differ in one byte anywhere (the 16-byte blocks
        // and the tail); the 16 bytes after each are random and must not count.
        var rnd = new Random(20261128);
        int equal = 0, differ = 0;
        for (int t = 0; t < 20_000; t++)
        {
            int n = rnd.Next(0, 80);
            byte[] a = new byte[n + 16], b = new byte[n + 16];
            rnd.NextBytes(a);
            a.AsSpan(0, n).CopyTo(b);
            rnd.NextBytes(b.AsSpan(n));
            if (n > 0 && rnd.Next(2) == 0) b[rnd.Next(n)] ^= (byte)(1 << rnd.Next(8));
            bool expected = a.AsSpan(0, n).SequenceEqual(b.AsSpan(0, n));
            Assert.Equal(expected, TemplateTable.SameShape(ref a[0], ref b[0], n));
            if (expected) equal++; else differ++;
        }
        Assert.True(equal > 5000 && differ > 5000, $"equal {equal}, differ {differ}");
    }

    [Fact]
    public void Add_OfAMessageSeenBefore_IsAnsweredByTheShapeCache()
    {
        var table = new TemplateTable(new LogAnalysisOptions());
        foreach (string m in new[] { "Login failed for user843 from 10.0.0.7", "Exception from sub stream-notify-room id SsTshpowBLCsvh6qF", "short", "" })
        {
            table.Add(Encoding.UTF8.GetBytes(m), LogLevel.Info, 0);
            long misses = table.CacheMisses;
            table.Add(Encoding.UTF8.GetBytes(m), LogLevel.Info, 0);
            table.Add(Encoding.UTF8.GetBytes(m.Replace("843", "9").Replace("0.0.7", "1.2.3")), LogLevel.Info, 0);
            Assert.Equal(misses, table.CacheMisses);
        }
    }

    [Fact]
    public void Hash_SpreadsShortStringsThatDifferInOneByteOverTheCacheSlots()
    {
        // The exact-repeat cache takes the top 10 bits, the key buckets the low bits: both must vary
        // for strings of every length that differ in a single byte anywhere.
        for (int length = 1; length <= 70; length++)
        {
            var top = new HashSet<ulong>();
            var low = new HashSet<ulong>();
            var hashes = new HashSet<ulong>();
            byte[] s = Enumerable.Repeat((byte)'a', length).ToArray();
            for (int pos = 0; pos < length; pos++)
                for (int b = 0; b < 8; b++)
                {
                    byte[] t = (byte[])s.Clone();
                    t[pos] = (byte)('b' + b);
                    ulong h = TemplateTable.Hash(t);
                    hashes.Add(h);
                    top.Add(h >> 54);
                    low.Add(h & 1023);
                }
            int variants = length * 8;
            Assert.Equal(variants, hashes.Count);
            Assert.True(top.Count > Math.Min(1024, variants) * 0.5 && low.Count > Math.Min(1024, variants) * 0.5, $"length {length}: {top.Count} top, {low.Count} low slots for {variants} strings");
        }
        Assert.Equal(TemplateTable.Hash("same"u8), TemplateTable.Hash("same"u8));
    }

    [Fact]
    public void Shape_OnEveryLabelledLine_GivesTheKeyOfTheLineItself()
    {
        // The table masks shapes (words with a digit collapsed), not lines: on the labelled sets of
        // many systems that must change no key, or grouping would drift from TemplateMasker's rules.
        var scratch = new byte[TemplateMasker.MaxInputBytes];
        var shape = new byte[TemplateMasker.MaxInputBytes + 32];
        var a = new byte[TemplateMasker.MaxOutputBytes];
        var b = new byte[TemplateMasker.MaxOutputBytes];
        var lines = TemplateTestData.Lines.Concat(Enumerable.Range(1, 13).SelectMany(TemplateTestData.HeldOut)).Select(l => l.Message).ToList();
        var differ = new List<string>();
        int collapsed = 0;
        foreach (string line in lines)
        {
            ReadOnlySpan<byte> prepared = TemplateMasker.Prepare(Encoding.UTF8.GetBytes(line), scratch);
            ReadOnlySpan<byte> s = TemplateTable.Shape(prepared, shape);
            if (s.Length < prepared.Length) collapsed++;
            int n = TemplateMasker.Mask(prepared, a);
            int m = TemplateMasker.Mask(s, b);
            if (!a.AsSpan(0, n).SequenceEqual(b.AsSpan(0, m))) differ.Add($"{line} → {Encoding.UTF8.GetString(a, 0, n)} | {Encoding.UTF8.GetString(b, 0, m)}");
        }
        Assert.True(lines.Count > 25_000 && collapsed > 10_000, $"{lines.Count} lines, {collapsed} shortened by the shape");
        Assert.Empty(differ);
    }

    [Theory]
    [InlineData("Mon user843 logged in")]
    [InlineData("May abc1 be retried")]
    [InlineData("Jul 25 15:14:33 2005 start")]
    [InlineData("Sun java8 runtime, _id2 and 42x")]
    public void Shape_BeforeAndAfterADateWord_GivesTheKeyOfTheLineItself(string line)
    {
        // A day or month name is a date only before a number: the shape must keep whether a
        // collapsed word started with a digit ("Mon user843" is no date, "Jul 25" is).
        var shape = new byte[TemplateMasker.MaxInputBytes + 32];
        byte[] bytes = Encoding.UTF8.GetBytes(line);
        Assert.Equal(TemplateMaskerTests.Mask(line), TemplateMaskerTests.Mask(Encoding.UTF8.GetString(TemplateTable.Shape(bytes, shape))));
        int n = TemplateTable.FastShape(bytes, shape);
        Assert.Equal(TemplateMaskerTests.Mask(line), TemplateMaskerTests.Mask(Encoding.UTF8.GetString(shape, 0, n)));
    }
}
