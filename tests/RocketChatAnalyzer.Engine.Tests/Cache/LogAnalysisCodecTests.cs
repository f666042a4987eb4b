using System.Buffers.Binary;
using System.IO.Hashing;
using System.Reflection;
using System.Text;
using Newtonsoft.Json;
using RocketChatAnalyzer.Cache;
using Xunit;

namespace RocketChatAnalyzer.Tests.Cache;

public sealed class LogAnalysisCodecTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Json(LogAnalysis a) => Encoding.UTF8.GetString(ResultSerializer.ToJson(a));

    private LogAnalysis RealResult()
    {
        var clock = new DateTime(2024, 10, 3, 14, 0, 0, DateTimeKind.Utc);
        string first = _dir.File("rocketchat.log"), second = _dir.File("rocketchat.log.1");
        File.WriteAllText(first, CorpusLog.Generate(new Random(3), 600, ref clock));
        File.WriteAllText(second, CorpusLog.Generate(new Random(4), 300, ref clock));
        var analyzer = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { ChunkSize = 8192, ThrottleLimit = 2 });
        return LogAnalysis.Merge(analyzer.AnalyzeFile(first), analyzer.AnalyzeFile(second));
    }

    [Fact]
    public void ARealLogResult_RoundTripsToTheSameJson_WithOrdinalDictionariesInTheSameOrder()
    {
        var original = RealResult();
        Assert.NotEmpty(original.Diagnostics);
        Assert.Equal(2, original.Files.Count);
        Assert.True(original.Timeline.Count > 10);

        var back = LogAnalysisCodec.Decode(LogAnalysisCodec.Encode(original, stateOnly: false));

        Assert.Equal(Json(original), Json(back));
        Assert.Same(StringComparer.Ordinal, back.LevelCounts.Comparer);
        Assert.Same(StringComparer.Ordinal, back.Timeline[0].Counts.Comparer);
        Assert.Equal(original.LevelCounts.Keys, back.LevelCounts.Keys);
        Assert.Equal(original.PatternCounts.Keys, back.PatternCounts.Keys);
    }

    [Fact]
    public void RandomResults_RoundTripExactly_IncludingNullsKindsExtremesAndLoneSurrogates()
    {
        var rng = new Random(11);
        for (int round = 0; round < 200; round++)
        {
            var original = RandomResult(rng);
            // The state form leaves templates out when there is a key table (tested below); here they are set by hand.
            bool stateOnly = original.TemplateKeys.Count == 0 && rng.Next(2) == 0;

            var back = LogAnalysisCodec.Decode(LogAnalysisCodec.Encode(original, stateOnly));

            Assert.Equal(Json(original), Json(back));
            // JSON text cannot show what UTF-8 loses (lone surrogates) or a Local date's ticks: compare those directly.
            for (int i = 0; i < original.TemplateKeys.Count; i++)
            {
                Assert.Equal(original.TemplateKeys[i].Example, back.TemplateKeys[i].Example, StringComparer.Ordinal);
                Assert.Equal(original.TemplateKeys[i].FirstSeen, back.TemplateKeys[i].FirstSeen);
                Assert.Equal(original.TemplateKeys[i].FirstSeen?.Kind, back.TemplateKeys[i].FirstSeen?.Kind);
            }
            for (int i = 0; i < original.Diagnostics.Count; i++) Assert.Equal(original.Diagnostics[i], back.Diagnostics[i]);
            Assert.Equal(original.FirstTimestamp?.Kind, back.FirstTimestamp?.Kind);
        }
    }

    [Fact]
    public void TheState_LeavesOutDerivedTemplates_ButKeepsTemplatesThatHaveNoKeyTable()
    {
        var derived = RealResult();
        _ = derived.Templates;
        var handBuilt = new LogAnalysis
        {
            TotalEntries = 3,
            Templates = { new LogTemplate { TemplateId = "T1", Template = "Login failed for <*>", Count = 3, Example = "Login failed for bob" } },
        };

        byte[] withTemplates = LogAnalysisCodec.Encode(derived, stateOnly: false);
        byte[] state = LogAnalysisCodec.Encode(derived, stateOnly: true);
        var handBack = LogAnalysisCodec.Decode(LogAnalysisCodec.Encode(handBuilt, stateOnly: true));

        Assert.True(state.Length < withTemplates.Length);
        Assert.Equal(Json(derived), Json(LogAnalysisCodec.Decode(state))); // derived again on first use
        Assert.Equal(Json(handBuilt), Json(handBack));
        Assert.Equal("Login failed for bob", Assert.Single(handBack.Templates).Example);
    }

    [Fact]
    public void EveryDamagedOrTruncatedEncoding_IsReportedAsInvalidData()
    {
        byte[] good = LogAnalysisCodec.Encode(RealResult(), stateOnly: true);
        var rng = new Random(5);
        for (int i = 0; i < 300; i++)
        {
            byte[] flipped = (byte[])good.Clone();
            flipped[rng.Next(5, flipped.Length)] ^= (byte)(1 << rng.Next(8));
            Assert.Throws<InvalidDataException>(() => LogAnalysisCodec.Decode(flipped));
            Assert.Throws<InvalidDataException>(() => LogAnalysisCodec.Decode(good.AsSpan(0, rng.Next(good.Length))));
        }
    }

    [Fact]
    public void AnEncodingWithSoundChecksumButBadContent_IsStillRejected()
    {
        byte[] good = LogAnalysisCodec.Encode(RealResult(), stateOnly: true);

        // A newer format version, and a body cut short: both re-sealed with a valid checksum.
        byte[] newer = Reseal(good, b => b[4] = 99);
        byte[] cut = Reseal(good.AsSpan(0, good.Length - 40).ToArray().Concat(new byte[8]).ToArray(), _ => { });

        Assert.Contains("version", Assert.Throws<InvalidDataException>(() => LogAnalysisCodec.Decode(newer)).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => LogAnalysisCodec.Decode(cut));
    }

    [Fact]
    public void ResultsStoredAsJsonByEarlierVersions_AreStillRead_AndDumpsStayJson()
    {
        var log = RealResult();
        var dump = new DumpAnalysis { Path = "/dumps/a", ServerVersion = "7.8.0", Log = log };

        var fromJson = ResultSerializer.Decode<LogAnalysis>(ResultSerializer.ToJson(log));
        byte[] dumpBytes = ResultSerializer.Encode(dump);

        Assert.Equal(Json(log), Json(fromJson));
        Assert.Equal((byte)'{', dumpBytes[0]);
        Assert.Equal("7.8.0", ResultSerializer.Decode<DumpAnalysis>(dumpBytes).ServerVersion);
        Assert.Throws<InvalidDataException>(() => ResultSerializer.Decode<DumpAnalysis>(ResultSerializer.Encode(log)));
    }

    /// <summary>
    /// A tripwire: the codec writes each of these properties by hand. A property added to the model
    /// must be added to <see cref="LogAnalysisCodec"/> (and here), or incremental results would lose it.
    /// </summary>
    [Fact]
    public void EveryPropertyOfTheLogModel_IsOneTheCodecWrites()
    {
        var written = new Dictionary<Type, string[]>
        {
            [typeof(LogAnalysis)] = new[]
            {
                "TotalEntries", "LevelCounts", "PatternCounts", "CategoryCounts", "FirstTimestamp", "LastTimestamp",
                "EntriesWithoutTimestamp", "Timeline", "Templates", "TemplateKeys", "TemplateModelId", "EvictedTemplates", "UnparsedEntries",
                "TruncatedEntries", "Diagnostics", "DiagnosticCount", "Files", "BytesProcessed", "TopMessagesPerLevel",
            },
            [typeof(TimelineBucket)] = new[] { "Hour", "Counts" },
            [typeof(LogTemplate)] = new[] { "TemplateId", "Template", "Count", "LevelCounts", "FirstSeen", "LastSeen", "Example" },
            [typeof(LogFileSummary)] = new[] { "Path", "Format", "Bytes", "Lines", "Entries" },
            [typeof(Diagnostic)] = new[] { "Severity", "Code", "Source", "Line", "ByteOffset", "Message" },
        };
        foreach (var (type, names) in written)
        {
            var stored = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.PropertyType != typeof(CacheInfo)
                    && p.Name != "EqualityContract")
                .Select(p => p.Name)
                .OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), stored);
        }
    }

    private static byte[] Reseal(byte[] encoded, Action<byte[]> change)
    {
        byte[] copy = (byte[])encoded.Clone();
        change(copy);
        BinaryPrimitives.WriteUInt64LittleEndian(copy.AsSpan(copy.Length - 8), XxHash3.HashToUInt64(copy.AsSpan(0, copy.Length - 8)));
        return copy;
    }

    private static LogAnalysis RandomResult(Random rng)
    {
        string[] texts = { "", "Login failed for user <*>", "Überprüfung fehlgeschlagen 🚀", "a\u0000b", "lone \ud800 surrogate", "\udfff", new string('x', 300) };
        string Text() => texts[rng.Next(texts.Length)];
        long Number() => rng.Next(6) switch
        {
            0 => long.MinValue,
            1 => long.MaxValue,
            2 => -rng.NextInt64(1, 1_000_000),
            3 => 0,
            _ => rng.NextInt64(0, long.MaxValue),
        };
        // Years 1900–2100: a Local date near DateTime's limits has no offset form for the JSON the test compares.
        DateTime Date() => new(rng.NextInt64(599_266_080_000_000_000, 662_380_128_000_000_000), (DateTimeKind)rng.Next(3));
        DateTime? MaybeDate() => rng.Next(4) == 0 ? null : Date();
        Dictionary<string, long> Counts()
        {
            var d = new Dictionary<string, long>(StringComparer.Ordinal);
            int n = rng.Next(0, 10);
            for (int i = 0; i < n; i++) d[rng.Next(3) == 0 ? Text() + i : LogLevels.Names[rng.Next(LogLevels.Count)]] = Number();
            return d;
        }
        List<LogTemplate> Templates()
        {
            var list = new List<LogTemplate>();
            int n = rng.Next(0, 6);
            for (int i = 0; i < n; i++)
            {
                list.Add(new LogTemplate
                {
                    TemplateId = "T" + i, Template = Text() + i, Count = Number(), LevelCounts = Counts(),
                    FirstSeen = MaybeDate(), LastSeen = MaybeDate(), Example = Text(),
                });
            }
            return list;
        }

        var a = new LogAnalysis
        {
            TotalEntries = Number(), LevelCounts = Counts(), PatternCounts = Counts(), CategoryCounts = Counts(),
            FirstTimestamp = MaybeDate(), LastTimestamp = MaybeDate(), EntriesWithoutTimestamp = Number(),
            EvictedTemplates = Number(), UnparsedEntries = Number(), TruncatedEntries = Number(),
            DiagnosticCount = Number(), BytesProcessed = Number(), TopMessagesPerLevel = rng.Next(int.MinValue, int.MaxValue),
        };
        int buckets = rng.Next(0, 30);
        for (int i = 0; i < buckets; i++) a.Timeline.Add(new TimelineBucket { Hour = Date(), Counts = Counts() });
        a.TemplateKeys = Templates();
        a.Templates = Templates(); // set, not derived (random keys are no input for mining): kept whole in the result form
        a.TemplateModelId = rng.Next(3) == 0 ? null : "m" + rng.Next(1000);
        int diagnostics = rng.Next(0, 5);
        for (int i = 0; i < diagnostics; i++)
        {
            a.Diagnostics.Add(new Diagnostic((DiagnosticSeverity)rng.Next(2), "Code" + rng.Next(3), "/var/log/" + Text(),
                rng.Next(2) == 0 ? null : Number(), rng.Next(2) == 0 ? null : Number(), Text()));
        }
        int files = rng.Next(0, 4);
        for (int i = 0; i < files; i++) a.Files.Add(new LogFileSummary { Path = "/logs/" + i, Format = "Json", Bytes = Number(), Lines = Number(), Entries = Number() });
        return a;
    }
}
