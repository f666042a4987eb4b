using System.IO.Compression;
using System.Text;
using RocketChatAnalyzer.Dump;
using Xunit;

namespace RocketChatAnalyzer.Tests.Dump;

public class DumpArchiveTests
{
    [Fact]
    public void Analyze_ReadsAZippedDumpAsStreamsAndNamesMembersArchiveBangMember()
    {
        using var dir = new TempDir();
        string zip = dir.ZipDump("weak", "7.8.0-support-dump.zip", "7.8.0-support-dump/");
        var r = DumpData.Analyze(zip);
        Assert.Equal("7.8.0-support-dump.zip!/7.8.0-support-dump/7.8.0-settings.json", r.Files.Settings);
        Assert.Equal("7.8.0-support-dump.zip!/7.8.0-support-dump/7.8.0-log.json", r.Files.Log);
        Assert.True(r.Settings.Present);
        Assert.True(r.Statistics.Present);
        Assert.Equal(11, r.Apps.Total);
        Assert.True(r.Log.TotalEntries > 0);
        Assert.Contains(r.Findings, f => f.RuleId == RuleIds.TwoFactorDisabled && f.Source == "7.8.0-settings.json");
        // Nothing was extracted next to the archive.
        Assert.Equal(new[] { zip }, Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public void Analyze_GivesTheSameFindingsForAFolderAndItsZip()
    {
        using var dir = new TempDir();
        string zip = dir.ZipDump("weak", "dump.zip");
        var fromZip = DumpData.Analyze(zip);
        var fromFolder = DumpData.Analyze(DumpData.Dir("weak"));
        Assert.Equal(fromFolder.Findings.Select(f => f.RuleId + "|" + f.Subject + "|" + f.Severity),
                     fromZip.Findings.Select(f => f.RuleId + "|" + f.Subject + "|" + f.Severity));
        Assert.Equal(fromFolder.HealthScore.Overall, fromZip.HealthScore.Overall);
    }

    [Fact]
    public void Analyze_StreamsAZippedLogThroughTheEnginesLogAnalyzer()
    {
        using var dir = new TempDir();
        string zip = dir.ZipDump("weak", "dump.zip");
        var fromZip = new DumpAnalyzer(DumpData.Options()).Analyze(zip);
        var fromFolder = new DumpAnalyzer(DumpData.Options()).Analyze(DumpData.Dir("weak"));
        Assert.True(fromZip.Log.TotalEntries > 0);
        Assert.Equal(fromFolder.Log.LevelCounts, fromZip.Log.LevelCounts);
        Assert.Equal(fromFolder.Log.PatternCounts, fromZip.Log.PatternCounts);
        Assert.Equal(fromFolder.HealthScore.Overall, fromZip.HealthScore.Overall);
    }

    [Fact]
    public void Analyze_RecognisesAZipWithoutTheZipExtension()
    {
        using var dir = new TempDir();
        string zip = dir.ZipDump("healthy", "support-dump.download");
        var r = DumpData.Analyze(zip);
        Assert.True(r.Settings.Present);
        Assert.StartsWith("support-dump.download!/", r.Files.Settings, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../evil-settings.json")]
    [InlineData("dump/../../evil-settings.json")]
    [InlineData("/etc/evil-settings.json")]
    [InlineData("C:/Windows/evil-settings.json")]
    [InlineData("..\\evil-settings.json")]
    public void Open_RejectsZipSlipMemberNamesWithADiagnostic(string evilName)
    {
        using var dir = new TempDir();
        string zip = Path.Combine(dir.Path, "dump.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(DumpData.File("healthy", "7.8.0-server-statistics.json"), "7.8.0-server-statistics.json");
            var evil = archive.CreateEntry(evilName);
            using var w = new StreamWriter(evil.Open());
            w.Write("""[{"_id":"Accounts_AllowAnonymousWrite","value":true}]""");
        }
        var diags = new List<Diagnostic>();
        using var source = DumpSource.Open(zip, new DumpAnalyzerOptions(), diags, default);
        Assert.Equal(new[] { "7.8.0-server-statistics.json" }, source.Entries.Select(e => e.Name));
        var d = Assert.Single(diags);
        Assert.Equal("UnsafeArchiveEntry", d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains(evilName, d.Source, StringComparison.Ordinal);

        // The rest of the archive is analysed.
        var r = DumpData.Analyze(zip);
        Assert.True(r.Statistics.Present);
        Assert.False(r.Settings.Present);
        Assert.Contains(r.Diagnostics, x => x.Code == "UnsafeArchiveEntry");
    }

    [Theory]
    [InlineData("7.8.0-settings.json", true)]
    [InlineData("dump/7.8.0-settings.json", true)]
    [InlineData("dump/..hidden/7.8.0-settings.json", true)]
    [InlineData("..", false)]
    [InlineData("a/../../b.json", false)]
    [InlineData("\\\\server\\share\\x.json", false)]
    [InlineData("", false)]
    public void IsSafeMemberName_AllowsOnlyNamesThatStayInsideTheArchive(string name, bool safe) =>
        Assert.Equal(safe, DumpSource.IsSafeMemberName(name));

    [Fact]
    public void Open_SkipsAMemberWithAnAbsurdCompressionRatio()
    {
        using var dir = new TempDir();
        string zip = Path.Combine(dir.Path, "bomb.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(DumpData.File("healthy", "7.8.0-settings.json"), "7.8.0-settings.json");
            var bomb = archive.CreateEntry("7.8.0-log.json", CompressionLevel.SmallestSize);
            using var s = bomb.Open();
            var zeros = new byte[1024 * 1024];
            Array.Fill(zeros, (byte)' ');
            for (int i = 0; i < 24; i++) s.Write(zeros); // 24 MiB of spaces compress > 1000:1
        }
        var diags = new List<Diagnostic>();
        using var source = DumpSource.Open(zip, new DumpAnalyzerOptions(), diags, default);
        Assert.Equal(new[] { "7.8.0-settings.json" }, source.Entries.Select(e => e.Name));
        var d = Assert.Single(diags);
        Assert.Equal("SuspiciousCompression", d.Code);
        Assert.EndsWith("bomb.zip!/7.8.0-log.json", d.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_StopsAddingMembersOnceTheExpansionBudgetIsSpent()
    {
        using var dir = new TempDir();
        string zip = dir.ZipDump("weak", "dump.zip");
        long settingsSize = new FileInfo(DumpData.File("weak", "7.8.0-settings.json")).Length;
        long budget = new FileInfo(DumpData.File("weak", "7.8.0-apps-installed.json")).Length
                      + new FileInfo(DumpData.File("weak", "7.8.0-log.json")).Length + 10;
        var options = new DumpAnalyzerOptions { MaxArchiveExpandedBytes = budget };
        var diags = new List<Diagnostic>();
        using var source = DumpSource.Open(zip, options, diags, default);
        // Members in ordinal order: apps, log fit; omnichannel, statistics and settings do not.
        Assert.Equal(new[] { "7.8.0-apps-installed.json", "7.8.0-log.json" }, source.Entries.Select(e => e.Name));
        Assert.All(diags, d => Assert.Equal("ArchiveTooLarge", d.Code));
        Assert.Contains(diags, d => d.Source.EndsWith("7.8.0-settings.json", StringComparison.Ordinal) && d.Message.Contains(settingsSize.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public void BoundedReadStream_RefusesToReadPastTheDeclaredSize()
    {
        var data = Encoding.UTF8.GetBytes(new string('x', 5000));
        using var s = new BoundedReadStream(new MemoryStream(data), 4096, "dump.zip!/7.8.0-log.json");
        var ex = Assert.Throws<InvalidDataException>(() => s.CopyTo(Stream.Null));
        Assert.Contains("7.8.0-log.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_LocatesMalformedJsonInsideAnArchiveMember()
    {
        using var dir = new TempDir();
        string zip = Path.Combine(dir.Path, "dump.zip");
        string text = File.ReadAllText(DumpData.File("weak", "7.8.0-settings.json"));
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(DumpData.File("weak", "7.8.0-apps-installed.json"), "7.8.0-apps-installed.json");
            using var w = new StreamWriter(archive.CreateEntry("7.8.0-settings.json").Open());
            w.Write(text.AsSpan(0, 5000)); // a download cut short
        }
        var r = DumpData.Analyze(zip);
        var d = Assert.Single(r.Diagnostics, x => x.Code == "MalformedJson");
        Assert.Equal("dump.zip!/7.8.0-settings.json", d.Source);
        Assert.NotNull(d.Line);
        Assert.InRange(d.ByteOffset!.Value, 4000, 5000); // re-read through the archive to locate it
        Assert.Equal(11, r.Apps.Total);
    }

    [Fact]
    public void Analyze_ReportsACorruptArchiveAsADiagnostic()
    {
        using var dir = new TempDir();
        string zip = dir.Write("dump.zip", "PK\u0003\u0004 this is not really a zip");
        var r = DumpData.Analyze(zip);
        Assert.Contains(r.Diagnostics, d => d.Code == "UnreadableArchive" && d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("NoData", r.HealthScore.Label);
    }
}
