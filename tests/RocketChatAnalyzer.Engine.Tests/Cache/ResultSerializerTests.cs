using System.Text;
using RocketChatAnalyzer.Cache;
using Xunit;

namespace RocketChatAnalyzer.Tests.Cache;

public sealed class ResultSerializerTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private DumpAnalysis RealisticDump()
    {
        string folder = Path.Combine(_dir.Path, "dump");
        SampleDump.WriteFolder(folder);
        var dump = SampleDump.Analyze(folder, includeSecret: false);
        var clock = new DateTime(2024, 10, 3, 14, 0, 0, DateTimeKind.Utc);
        string log = _dir.File("rocketchat.log");
        File.WriteAllText(log, CorpusLog.Generate(new Random(42), 300, ref clock));
        dump.Log = new LogAnalyzer(AnalysisRules.Default).AnalyzeFile(log);
        dump.Files.Log = "7.8.0-log.json";
        dump.Statistics.LoadAverage = new[] { 0.82, 0.77, 0.69 };
        dump.Statistics.InstalledAt = new DateTime(2021, 3, 2, 9, 15, 11, 4, DateTimeKind.Utc);
        dump.Statistics.OsUptime = 1209600.5;
        dump.Omnichannel = new OmnichannelSummary
        {
            Present = true, Enabled = true, RoutingMethod = "Manual_Selection", Total = 2,
            Items = { new SettingItem { Id = "Livechat_enabled", Type = "boolean", Value = true } },
        };
        dump.Apps = new AppsSummary
        {
            Present = true, Total = 2, Enabled = 1, Errored = 1,
            Items =
            {
                new AppItem { Name = "Tenor", Id = "ab4728ec-613e-472f-a24c-b48a77aacfff", Version = "1.0.3", Status = "compiler_error_disabled", Error = true, Disabled = true, Private = false },
                new AppItem { Name = "Configuration Server", Version = "0.0.1", Status = "manually_enabled", Enabled = true, Private = true },
            },
        };
        dump.HealthScore = new HealthScore
        {
            Overall = 72, Label = "Good",
            Components = { ["Logs"] = 80, ["Settings"] = 70, ["Security"] = 60, ["Performance"] = 90, ["Omnichannel"] = 100, ["Apps"] = 75 },
            FindingCounts = { ["Warning"] = 1 },
        };
        dump.Recommendations.Add(new Recommendation { Rank = 1, Severity = FindingSeverity.Warning, Category = FindingCategory.Security, Text = "Enable two-factor authentication.", Subjects = { "Accounts_TwoFactorAuthentication_Enabled" } });
        dump.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "TruncatedJson", "7.8.0-log.json", 3, 512, "The JSON entry is cut off."));
        dump.Settings.Items.Add(new SettingItem { Id = "Message_MaxAllowedSize", Type = "int", Value = 5000L, Changed = false });
        dump.Settings.Items.Add(new SettingItem { Id = "Some_Ratio", Type = "range", Value = 0.1 + 0.2 });
        dump.Settings.Items.Add(new SettingItem { Id = "Empty", Type = "string", Value = null });
        // EJSON dates become DateTime in the dump reader; a date-looking string must stay a string.
        dump.Settings.Items.Add(new SettingItem { Id = "Cloud_Workspace_Registration_Date", Type = "date", Value = new DateTime(2024, 3, 22, 8, 39, 23, 647, DateTimeKind.Utc) });
        dump.Settings.Items.Add(new SettingItem { Id = "Layout_Login_Terms", Type = "string", Value = "2024-03-22T08:39:23.647Z" });
        dump.Settings.Items.Add(new SettingItem { Id = "Accounts_Default_User_Preferences_sidebarGroupByType", Type = "multiSelect", Value = Newtonsoft.Json.Linq.JArray.Parse("[\"unread\",\"favorites\"]") });
        return dump;
    }

    [Fact]
    public void ARealisticDumpAnalysis_RoundTripsToTheSameJson()
    {
        var dump = RealisticDump();

        byte[] payload = ResultSerializer.Save(dump);
        var back = ResultSerializer.Load<DumpAnalysis>(payload);

        Assert.Equal(Encoding.UTF8.GetString(ResultSerializer.ToJson(dump)), Encoding.UTF8.GetString(ResultSerializer.ToJson(back)));
        Assert.True(payload.Length * 4 < ResultSerializer.ToJson(dump).Length, "the payload should be compressed");
    }

    [Fact]
    public void RoundTrip_KeepsTypesDatesAndOrder()
    {
        var dump = RealisticDump();

        var back = ResultSerializer.Load<DumpAnalysis>(ResultSerializer.Save(dump));

        Assert.Equal(DateTimeKind.Utc, back.AnalyzedAt.Kind);
        Assert.Equal(dump.AnalyzedAt, back.AnalyzedAt);
        Assert.Equal(dump.Log.FirstTimestamp, back.Log.FirstTimestamp);
        Assert.Equal(DateTimeKind.Utc, back.Log.FirstTimestamp!.Value.Kind);
        Assert.Equal(dump.Log.LevelCounts.Keys, back.Log.LevelCounts.Keys);
        Assert.Equal(dump.Log.LevelCounts.Values, back.Log.LevelCounts.Values);
        Assert.Equal(dump.Log.PatternCounts.Keys, back.Log.PatternCounts.Keys);
        Assert.Equal(dump.Log.Templates.Count, back.Log.Templates.Count);
        Assert.Equal(dump.Log.TopMessages, back.Log.TopMessages);
        Assert.Equal(dump.Diagnostics, back.Diagnostics);
        Assert.Equal(new[] { 0.82, 0.77, 0.69 }, back.Statistics.LoadAverage);
        Assert.Equal(0.1 + 0.2, back.Settings.Items.Single(i => i.Id == "Some_Ratio").Value);
        Assert.Equal(5000L, back.Settings.Items.Single(i => i.Id == "Message_MaxAllowedSize").Value);
        Assert.Equal(false, back.Settings.Items.Single(i => i.Id == "Accounts_TwoFactorAuthentication_Enabled").Value);
        Assert.Null(back.Settings.Items.Single(i => i.Id == "Empty").Value);
        Assert.Equal(new DateTime(2024, 3, 22, 8, 39, 23, 647, DateTimeKind.Utc), back.Settings.Items.Single(i => i.Id == "Cloud_Workspace_Registration_Date").Value);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)back.Settings.Items.Single(i => i.Id == "Cloud_Workspace_Registration_Date").Value!).Kind);
        Assert.Equal("2024-03-22T08:39:23.647Z", back.Settings.Items.Single(i => i.Id == "Layout_Login_Terms").Value);
        Assert.Equal("[\"unread\",\"favorites\"]", back.Settings.Items.Single(i => i.Id == "Accounts_Default_User_Preferences_sidebarGroupByType").Value!.ToString()!.Replace(" ", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        Assert.Equal(SettingItem.RedactedValue, back.Settings.Items.Single(i => i.Id == "SMTP_Password").Value);
        Assert.Equal(FindingSeverity.Warning, back.Findings[0].Severity);
        Assert.Equal(6, back.HealthScore.Components.Count);
        Assert.Equal("Tenor", back.Apps.Items[0].Name);
    }

    [Fact]
    public void PartialState_LeavesOutDerivedTemplates_AndMergesToTheSameResult()
    {
        var clock = new DateTime(2024, 10, 3, 14, 0, 0, DateTimeKind.Utc);
        string log = _dir.File("state.log");
        File.WriteAllText(log, CorpusLog.Generate(new Random(7), 400, ref clock));
        var analyzer = new LogAnalyzer(AnalysisRules.Default);
        long length = new FileInfo(log).Length;
        long cut = analyzer.FindBoundary(log, length / 2, LogFormat.Auto);
        var left = analyzer.AnalyzeRange(log, 0, cut, LogFormat.Auto);
        var right = analyzer.AnalyzeRange(log, cut, length, LogFormat.Auto);
        Assert.NotEmpty(left.TemplateKeys);
        _ = left.Templates; // derived: must not be stored

        byte[] state = ResultSerializer.EncodeState(left);
        var back = ResultSerializer.Decode<LogAnalysis>(state);

        // The whole result carries the derived templates too; the state only the key table.
        Assert.True(state.Length < ResultSerializer.Encode(left).Length, "the state should leave the derived templates out");
        Assert.Equal(Newtonsoft.Json.JsonConvert.SerializeObject(left.TemplateKeys), Newtonsoft.Json.JsonConvert.SerializeObject(back.TemplateKeys));
        Assert.Equal(Encoding.UTF8.GetString(ResultSerializer.ToJson(LogAnalysis.Merge(left, right))),
            Encoding.UTF8.GetString(ResultSerializer.ToJson(LogAnalysis.Merge(back, right))));
        Assert.Equal(Encoding.UTF8.GetString(ResultSerializer.ToJson(left)), Encoding.UTF8.GetString(ResultSerializer.ToJson(back)));
    }

    [Fact]
    public void CacheInfo_IsNotStored()
    {
        var dump = RealisticDump();
        dump.CacheInfo = new CacheInfo { Hit = true, Key = "abc" };
        dump.Log.CacheInfo = new CacheInfo { Hit = true, Key = "def" };

        string json = Encoding.UTF8.GetString(ResultSerializer.ToJson(dump));
        var back = ResultSerializer.Load<DumpAnalysis>(ResultSerializer.Save(dump));

        Assert.DoesNotContain("CacheInfo", json, StringComparison.Ordinal);
        Assert.Null(back.CacheInfo);
        Assert.Null(back.Log.CacheInfo);
    }

    [Fact]
    public void ASecretNeverReachesTheStoredBytes_WhenTheResultIsRedacted()
    {
        var dump = RealisticDump();

        string json = Encoding.UTF8.GetString(ResultSerializer.Unpack(ResultSerializer.Save(dump)));

        Assert.DoesNotContain("hunter2", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ResultSerializer.Compression.None)]
    [InlineData(ResultSerializer.Compression.Brotli)]
    [InlineData(ResultSerializer.Compression.GZip)]
    public void EveryCompression_Unpacks(ResultSerializer.Compression compression)
    {
        byte[] json = ResultSerializer.ToJson(RealisticDump());

        Assert.Equal(json, ResultSerializer.Unpack(ResultSerializer.Pack(json, compression)));
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 9, 1, 2 })]
    [InlineData(new byte[] { 1, 0xff, 0x00, 0xff })]
    [InlineData(new byte[] { 2, 0x1f, 0x8b, 0x00 })]
    public void DamagedPayloads_AreInvalidData(byte[] payload)
    {
        Assert.Throws<InvalidDataException>(() => ResultSerializer.Load<DumpAnalysis>(payload));
    }

    [Fact]
    public void JsonOfAnotherShape_IsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => ResultSerializer.FromJson<LogAnalysis>(Encoding.UTF8.GetBytes("[1,2,3]")));
        Assert.Throws<InvalidDataException>(() => ResultSerializer.FromJson<LogAnalysis>(Encoding.UTF8.GetBytes("{\"TotalEntries\":1} trailing")));
    }
}
