using RocketChatAnalyzer;
using Xunit;

namespace RocketChatAnalyzer.Tests.Reports;

public sealed class ReportWriterTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "rca-report-" + Guid.NewGuid().ToString("N"));

    public ReportWriterTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Csv)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Markdown)]
    public void Writing_a_file_gives_the_same_text_as_writing_a_string_and_leaves_no_temporary_file(ReportFormat format)
    {
        string path = Path.Combine(_dir, "report" + ReportWriter.FileExtension(format));

        ReportWriter.WriteFile(SampleResults.Dump(), format, path);

        Assert.Equal(ReportWriter.WriteString(SampleResults.Dump(), format), File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(_dir));
    }

    [Fact]
    public void Overwrite_false_refuses_an_existing_file_and_keeps_it()
    {
        string path = Path.Combine(_dir, "report.md");
        File.WriteAllText(path, "keep me");

        Assert.Throws<IOException>(() => ReportWriter.WriteFile(SampleResults.Dump(), ReportFormat.Markdown, path, overwrite: false));

        Assert.Equal("keep me", File.ReadAllText(path));
        ReportWriter.WriteFile(SampleResults.Dump(), ReportFormat.Markdown, path, overwrite: true);
        Assert.StartsWith("# Rocket.Chat analysis", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_parts_are_tolerated_and_a_failed_write_keeps_the_previous_report_and_leaves_no_temporary_file()
    {
        string path = Path.Combine(_dir, "report.html");
        File.WriteAllText(path, "previous");
        DumpAnalysis broken = SampleResults.Dump();
        broken.Findings.Add(null!); // writers skip null items; a null list element must not be fatal
        broken.Log = null!;

        ReportWriter.WriteFile(broken, ReportFormat.Html, path);
        Assert.Contains("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.Ordinal);

        Assert.Throws<ArgumentOutOfRangeException>(() => ReportWriter.WriteFile(SampleResults.Dump(), (ReportFormat)42, path));
        Assert.Contains("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(new[] { path }, Directory.GetFiles(_dir));
    }

    [Fact]
    public void Only_dump_and_log_analyses_are_supported()
    {
        Assert.True(ReportWriter.IsSupported(SampleResults.Dump()));
        Assert.True(ReportWriter.IsSupported(SampleResults.Log()));
        Assert.False(ReportWriter.IsSupported("a string"));
        Assert.False(ReportWriter.IsSupported(null));
        Assert.Throws<ArgumentException>(() => ReportWriter.WriteString(new Finding(), ReportFormat.Json));
    }

    [Fact]
    public void The_default_file_name_carries_the_version_and_analysis_time()
    {
        Assert.Equal("rocketchat-analysis-7.8.0-20251124-093000.html", ReportWriter.DefaultFileName(SampleResults.Dump(), ReportFormat.Html));
        DumpAnalysis odd = SampleResults.Dump();
        odd.ServerVersion = "../../etc/passwd 7.8";
        Assert.Equal("rocketchat-analysis-....etcpasswd7.8-20251124-093000.csv", ReportWriter.DefaultFileName(odd, ReportFormat.Csv));
        Assert.Equal("rocketchat-log-analysis-20251124-084100.md", ReportWriter.DefaultFileName(SampleResults.Log(), ReportFormat.Markdown));
    }
}
