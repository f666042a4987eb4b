using RocketChatAnalyzer.Dump;
using Xunit;

namespace RocketChatAnalyzer.Tests.Dump;

public class DumpDiscoveryTests
{
    [Theory]
    [InlineData("7.8.0-log.json", "Log")]
    [InlineData("7.8.0-server-statistics.json", "Statistics")]
    [InlineData("7.8.0-settings.json", "Settings")]
    [InlineData("7.8.0-apps-installed.json", "Apps")]
    [InlineData("7.8.0-omnichannel-settings.json", "Omnichannel")]
    [InlineData("statistics.json", "Statistics")]
    [InlineData("STATISTICS.JSON", "Statistics")]
    [InlineData("Server-LOG.json", "Log")]
    [InlineData("6.12.1_Settings.json", "Settings")]
    [InlineData("livechat-settings.json", "Omnichannel")]
    [InlineData("rocketchat.log", "Log")]
    [InlineData("server.log.gz", "Log")]
    [InlineData("stdout-queue.json", "Log")]
    [InlineData("catalog.json", "Unknown")]
    [InlineData("export.json", "Unknown")]
    [InlineData("notes.txt", "Unknown")]
    public void RoleFromName_RecognisesTheDumpLayoutCaseInsensitively(string name, string expected) =>
        Assert.Equal(Enum.Parse<DumpRole>(expected), DumpDiscovery.RoleFromName(name));

    [Theory]
    [InlineData("""{"queue":[{"id":"logid-0","string":"LocalStore: store created at \n","ts":"2025-11-23T13:23:30.700Z"}],"success":true}""", "Log")]
    [InlineData("""{"logs":[{"timestamp":"2025-07-20T10:00:00Z","level":"error","message":"x"}]}""", "Log")]
    [InlineData("""[{"level":30,"time":"2024-10-03T14:39:40.929Z","pid":13881,"hostname":"chat.io","name":"System","msg":"Using GridFS for custom sounds storage"}]""", "Log")]
    [InlineData("""{"line":"145","file":"rocketchat_migrations.js","message":"Migrations: Not migrating, already at version 99","time":{"$date":1508462632107},"level":"info"}""", "Log")]
    [InlineData("""[{"_id":"Accounts_TwoFactorAuthentication_Enabled","type":"boolean","value":false},{"_id":"Log_Level","value":"0"}]""", "Settings")]
    [InlineData("""[{"key":"Accounts_RegistrationForm","value":"Public"}]""", "Settings")]
    [InlineData("""{"settings":[{"_id":"Log_Level","value":"0"}],"count":1,"offset":0,"total":1,"success":true}""", "Settings")]
    [InlineData("""{"_id":"Log_Level","value":"2","type":"select"}""", "Settings")]
    [InlineData("""[{"_id":"Livechat_enabled","value":true},{"_id":"Livechat_Routing_Method","value":"Auto_Selection"},{"_id":"Site_Url","value":"https://chat.example.org"}]""", "Omnichannel")]
    [InlineData("""{"config":{"settings":[{"_id":"Livechat_enabled","value":true},{"_id":"Omnichannel_queue_delay_timeout","value":5}]}}""", "Omnichannel")]
    [InlineData("""{"apps":[{"id":"ab4728ec-613e-472f-a24c-b48a77aacfff","name":"Tenor","version":"1.0.3","status":"auto_enabled"}],"success":true}""", "Apps")]
    [InlineData("""[{"id":"ab4728ec-613e-472f-a24c-b48a77aacfff","name":"Tenor","version":"1.0.3","status":"auto_enabled"}]""", "Apps")]
    [InlineData("""{"version":"7.8.0","os":{"type":"Linux","totalmem":8589934592},"process":{"nodeVersion":"v22.16.0"}}""", "Statistics")]
    [InlineData("""{"uniqueId":"a1B2c3D4e5F6g7H8i","installedAt":"2021-03-02T09:15:11.004Z","version":"6.12.1","settings":{"accounts":{"account2fa":true}},"totalUsers":12}""", "Statistics")]
    [InlineData("""{"statistics":{"version":"7.8.0","totalUsers":3},"success":true}""", "Statistics")]
    [InlineData("""{"settings":{"Accounts_TwoFactorAuthentication_Enabled":false},"users":[{"username":"rocket.cat"}],"channels":[{"name":"general"}]}""", "Comprehensive")]
    [InlineData("""{"settings":[{"_id":"Log_Level","value":"2"}],"statistics":{"version":"7.8.0"}}""", "Comprehensive")]
    [InlineData("""[]""", "Unknown")]
    [InlineData("""{"success":true}""", "Unknown")]
    public void SniffText_GuessesTheRoleFromTheJsonStructure(string content, string expected) =>
        Assert.Equal(Enum.Parse<DumpRole>(expected), DumpDiscovery.SniffText(content).Role);

    [Fact]
    public void SniffText_TreatsNonJsonAsText()
    {
        var s = DumpDiscovery.SniffText("I20160803-19:35:55.368(0) (migrations.js:114) Migrations: Not migrating, already at version 55\n");
        Assert.True(s.IsText);
        Assert.Equal(DumpRole.Unknown, s.Role);
    }

    [Fact]
    public void SniffText_DecidesOnACutOffHeadOfALargeSettingsFile()
    {
        var sb = new System.Text.StringBuilder("[");
        for (int i = 0; sb.Length < DumpDiscovery.SniffChars + 1000; i++)
            sb.Append(i == 0 ? "" : ",").Append("{\"_id\":\"Accounts_Setting_").Append(i).Append("\",\"type\":\"boolean\",\"value\":true,\"packageValue\":false}");
        string head = sb.ToString(0, DumpDiscovery.SniffChars); // cut mid-document, as the sniffer sees it
        Assert.Equal(DumpRole.Settings, DumpDiscovery.SniffText(head).Role);
    }

    [Fact]
    public void Discover_FindsTheFiveFilesOfThe78Layout()
    {
        var diags = new List<Diagnostic>();
        using var source = DumpSource.Open(DumpData.Dir("weak"), new DumpAnalyzerOptions(), diags, default);
        var layout = DumpDiscovery.Discover(source, diags, default);
        Assert.Equal("7.8.0-log.json", layout.Log!.Entry.Name);
        Assert.Equal("7.8.0-settings.json", layout.Settings!.Entry.Name);
        Assert.Equal("7.8.0-server-statistics.json", layout.Statistics!.Entry.Name);
        Assert.Equal("7.8.0-omnichannel-settings.json", layout.Omnichannel!.Entry.Name);
        Assert.Equal("7.8.0-apps-installed.json", layout.Apps!.Entry.Name);
        Assert.Empty(diags);
    }

    [Fact]
    public void Discover_NeverTakesTheOmnichannelFileAsTheMainSettings()
    {
        using var dir = new TempDir();
        dir.Copy(DumpData.File("weak", "7.8.0-omnichannel-settings.json"), "7.8.0-omnichannel-settings.json");
        var diags = new List<Diagnostic>();
        using var source = DumpSource.Open(dir.Path, new DumpAnalyzerOptions(), diags, default);
        var layout = DumpDiscovery.Discover(source, diags, default);
        Assert.Null(layout.Settings);
        Assert.Equal("7.8.0-omnichannel-settings.json", layout.Omnichannel!.Entry.Name);
    }

    [Fact]
    public void Discover_RecognisesFilesByContentWhenTheirNamesSayNothing()
    {
        using var dir = new TempDir();
        dir.Copy(DumpData.File("weak", "7.8.0-settings.json"), "export-1.json");
        dir.Copy(DumpData.File("weak", "7.8.0-log.json"), "export-2.json");
        dir.Copy(DumpData.File("weak", "7.8.0-apps-installed.json"), "export-3.json");
        dir.Copy(DumpData.File("weak", "7.8.0-server-statistics.json"), "export-4.json");
        dir.Copy(DumpData.File("weak", "7.8.0-omnichannel-settings.json"), "export-5.json");
        var diags = new List<Diagnostic>();
        using var source = DumpSource.Open(dir.Path, new DumpAnalyzerOptions(), diags, default);
        var layout = DumpDiscovery.Discover(source, diags, default);
        Assert.Equal("export-1.json", layout.Settings!.Entry.Name);
        Assert.Equal("export-2.json", layout.Log!.Entry.Name);
        Assert.Equal("export-3.json", layout.Apps!.Entry.Name);
        Assert.Equal("export-4.json", layout.Statistics!.Entry.Name);
        Assert.Equal("export-5.json", layout.Omnichannel!.Entry.Name);
        Assert.False(layout.Settings.ByName);
    }

    [Fact]
    public void Discover_PrefersNameMatchesThenShallowFilesThenOrdinalOrderAndReportsTheRest()
    {
        using var dir = new TempDir();
        string stats = DumpData.File("weak", "7.8.0-server-statistics.json");
        dir.Copy(stats, "statistics.json");
        dir.Copy(stats, "7.8.0-server-statistics.json");
        dir.Copy(stats, "old/7.7.0-server-statistics.json");
        dir.Copy(stats, "unnamed.json"); // content says statistics, name does not
        var diags = new List<Diagnostic>();
        using var source = DumpSource.Open(dir.Path, new DumpAnalyzerOptions(), diags, default);
        var layout = DumpDiscovery.Discover(source, diags, default);
        Assert.Equal("7.8.0-server-statistics.json", layout.Statistics!.Entry.RelativePath);
        var ignored = diags.Where(d => d.Code == "DuplicateDumpFile").Select(d => Path.GetFileName(d.Source)).ToList();
        Assert.Equal(new[] { "statistics.json", "7.7.0-server-statistics.json", "unnamed.json" }, ignored);
    }

    [Fact]
    public void Discover_FindsADumpUnpackedIntoASubfolder()
    {
        using var dir = new TempDir();
        foreach (var f in Directory.GetFiles(DumpData.Dir("healthy"), "*.json"))
            dir.Copy(f, "7.8.0-support-dump/" + Path.GetFileName(f));
        var diags = new List<Diagnostic>();
        using var source = DumpSource.Open(dir.Path, new DumpAnalyzerOptions(), diags, default);
        var layout = DumpDiscovery.Discover(source, diags, default);
        Assert.Equal("7.8.0-support-dump/7.8.0-settings.json", layout.Settings!.Entry.RelativePath);
        Assert.NotNull(layout.Log);
        Assert.Empty(diags);
    }

    [Fact]
    public void Discover_DoesNotTakeAStrayTextFileInAFolderAsTheLog()
    {
        using var dir = new TempDir();
        dir.Write("readme.txt", "Dump taken by support on 2025-07-10 after the outage.\n");
        dir.Copy(DumpData.File("healthy", "7.8.0-settings.json"), "7.8.0-settings.json");
        var diags = new List<Diagnostic>();
        using var source = DumpSource.Open(dir.Path, new DumpAnalyzerOptions(), diags, default);
        var layout = DumpDiscovery.Discover(source, diags, default);
        Assert.Null(layout.Log);
        Assert.NotNull(layout.Settings);
    }

    [Fact]
    public void Discover_ReportsJsonFilesItCannotPlace()
    {
        using var dir = new TempDir();
        dir.Write("package.json", """{"name":"my-bot","version":"1.0.0","dependencies":{}}""");
        var diags = new List<Diagnostic>();
        using var source = DumpSource.Open(dir.Path, new DumpAnalyzerOptions(), diags, default);
        var layout = DumpDiscovery.Discover(source, diags, default);
        Assert.True(layout.IsEmpty);
        var d = Assert.Single(diags);
        Assert.Equal("UnrecognizedFile", d.Code);
        Assert.EndsWith("package.json", d.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_UsesAComprehensiveFileForEverySectionItHolds()
    {
        using var dir = new TempDir();
        dir.Write("standard-dump.json", """
            {"settings":[{"_id":"Accounts_TwoFactorAuthentication_Enabled","value":false}],
             "statistics":{"version":"6.12.1","totalUsers":40},
             "users":[{"username":"rocket.cat"}],"channels":[{"name":"general"}]}
            """);
        var diags = new List<Diagnostic>();
        using var source = DumpSource.Open(dir.Path, new DumpAnalyzerOptions(), diags, default);
        var layout = DumpDiscovery.Discover(source, diags, default);
        Assert.Equal("standard-dump.json", layout.Settings!.Entry.Name);
        Assert.Same(layout.Settings, layout.Statistics);
        Assert.Null(layout.Log);
    }
}
