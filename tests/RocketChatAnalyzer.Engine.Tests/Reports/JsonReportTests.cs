using Newtonsoft.Json.Linq;
using RocketChatAnalyzer;
using Xunit;

namespace RocketChatAnalyzer.Tests.Reports;

public class JsonReportTests
{
    [Fact]
    public void A_dump_analysis_written_and_read_back_is_equal_to_the_original()
    {
        DumpAnalysis original = SampleResults.Dump();
        original.CacheInfo = new CacheInfo { Hit = true, Key = "sha256:abc", StoredAt = SampleResults.AnalyzedAt.AddHours(-1), ExpiresAt = SampleResults.AnalyzedAt.AddDays(1), IncrementalBytes = 4096 };

        string json = AnalysisJson.Serialize(original);
        DumpAnalysis back = AnalysisJson.ReadDumpAnalysis(json);

        // Writing the copy gives the same text: every serialized property survived unchanged.
        Assert.Equal(json, AnalysisJson.Serialize(back));
        // And the typed values are really there (not just strings that happen to print the same).
        Assert.Equal(original.Findings.Count, back.Findings.Count);
        Assert.Equal(FindingSeverity.Critical, back.Findings[0].Severity);
        Assert.Equal(FindingCategory.Security, back.Findings[0].Category);
        Assert.Equal(original.AnalyzedAt, back.AnalyzedAt);
        Assert.Equal(DateTimeKind.Utc, back.AnalyzedAt.Kind);
        Assert.Equal(original.Log.LevelCounts.Keys, back.Log.LevelCounts.Keys);
        Assert.Equal(original.Log.LevelCounts.Values, back.Log.LevelCounts.Values);
        Assert.Equal(original.Log.Timeline.Count, back.Log.Timeline.Count);
        Assert.Equal(original.Log.Timeline[13].Counts["Error"], back.Log.Timeline[13].Counts["Error"]);
        Assert.Equal(original.Log.Templates[1].Example, back.Log.Templates[1].Example);
        Assert.Equal(original.Log.TopMessages, back.Log.TopMessages);
        Assert.Equal(original.Diagnostics, back.Diagnostics);
        Assert.Equal(original.Statistics.LoadAverage, back.Statistics.LoadAverage);
        Assert.Equal(original.HealthScore.Components, back.HealthScore.Components);
        Assert.Equal(original.Recommendations[1].Subjects, back.Recommendations[1].Subjects);
        Assert.Equal(4096, back.CacheInfo!.IncrementalBytes);
        Assert.Equal(false, back.Settings.Items[0].Value);
        Assert.Equal(524288000L, back.Settings.Items.Single(s => s.Id == "FileUpload_MaxFileSize").Value);
    }

    [Fact]
    public void A_log_analysis_round_trips_and_is_labelled_as_one()
    {
        LogAnalysis original = SampleResults.Log();

        string json = AnalysisJson.Serialize(original);
        LogAnalysis back = AnalysisJson.ReadLogAnalysis(json);

        Assert.Equal(json, AnalysisJson.Serialize(back));
        Assert.Equal("LogAnalysis", (string?)JObject.Parse(json)["ResultType"]);
        Assert.IsType<LogAnalysis>(AnalysisJson.Read(json));
        Assert.IsType<DumpAnalysis>(AnalysisJson.Read(AnalysisJson.Serialize(SampleResults.Dump())));
    }

    [Fact]
    public void The_header_comes_first_then_the_properties_in_declaration_order()
    {
        string json = ReportWriter.WriteString(SampleResults.Dump(), ReportFormat.Json);
        var names = JObject.Parse(json).Properties().Select(p => p.Name).ToArray();

        Assert.Equal(
            new[] { "SchemaVersion", "ResultType", "GeneratedBy", "ReportFilter", "Path", "ServerVersion", "AnalyzedAt", "Files", "Log", "Settings", "Statistics", "Omnichannel", "Apps", "Findings", "HealthScore", "Recommendations", "Diagnostics", "CacheInfo" },
            names);
        JObject root = JObject.Parse(json);
        Assert.Equal(DumpAnalysis.SchemaVersion, (int)root["SchemaVersion"]!);
        Assert.StartsWith("RocketChatAnalyzer ", (string?)root["GeneratedBy"], StringComparison.Ordinal);
        Assert.Equal(JTokenType.Null, root["ReportFilter"]!.Type);
        Assert.Equal(new[] { "Trace", "Debug", "Info", "Http", "Warn", "Error", "Startup", "Fatal", "Unknown" },
            ((JObject)root["Log"]!["LevelCounts"]!).Properties().Select(p => p.Name));
        // Two writes of the same result are byte-identical.
        Assert.Equal(json, ReportWriter.WriteString(SampleResults.Dump(), ReportFormat.Json));
    }

    [Fact]
    public void Enums_are_strings_and_dates_are_utc_iso_8601_with_z()
    {
        DumpAnalysis d = SampleResults.Dump();
        d.AnalyzedAt = new DateTime(2025, 11, 24, 10, 30, 0, DateTimeKind.Unspecified);
        d.Statistics.InstalledAt = new DateTimeOffset(2021, 3, 2, 10, 15, 11, TimeSpan.FromHours(1)).UtcDateTime.ToLocalTime();

        string json = ReportWriter.WriteString(d, ReportFormat.Json);

        Assert.Contains("\"AnalyzedAt\": \"2025-11-24T10:30:00Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"InstalledAt\": \"2021-03-02T09:15:11Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Severity\": \"Critical\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Category\": \"Security\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Severity\": 3", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_are_always_arrays_even_when_empty_or_with_one_element()
    {
        DumpAnalysis d = SampleResults.Dump();
        d.Findings.RemoveRange(1, d.Findings.Count - 1);
        d.Recommendations.Clear();
        d.Diagnostics.Clear();
        d.Apps = new AppsSummary();

        JObject root = JObject.Parse(ReportWriter.WriteString(d, ReportFormat.Json));

        Assert.Equal(JTokenType.Array, root["Findings"]!.Type);
        Assert.Single((JArray)root["Findings"]!);
        Assert.Equal(JTokenType.Array, root["Recommendations"]!.Type);
        Assert.Empty((JArray)root["Recommendations"]!);
        Assert.Equal(JTokenType.Array, root["Apps"]!["Items"]!.Type);
        Assert.Equal(JTokenType.Array, root["Recommendations"]!.Type);
        Assert.Equal(JTokenType.Null, root["CacheInfo"]!.Type);
    }

    [Fact]
    public void A_setting_value_that_looks_like_a_date_stays_the_same_string()
    {
        DumpAnalysis d = SampleResults.Dump();
        d.Settings.Items.Add(SampleResults.S("Custom_Date_Setting", "2024-01-01T00:00:00.000+02:00", "string", "General"));

        DumpAnalysis back = AnalysisJson.ReadDumpAnalysis(AnalysisJson.Serialize(d));

        Assert.Equal("2024-01-01T00:00:00.000+02:00", back.Settings.Items[^1].Value);
    }

    [Fact]
    public void The_severity_filter_leaves_out_lower_findings_and_says_so()
    {
        DumpAnalysis d = SampleResults.Dump();
        int kept = d.Findings.Count(f => f.Severity >= FindingSeverity.Error);

        JObject root = JObject.Parse(ReportWriter.WriteString(d, ReportFormat.Json, new ReportOptions { MinimumSeverity = FindingSeverity.Error }));

        var severities = root["Findings"]!.Select(f => (string)f["Severity"]!).ToList();
        Assert.Equal(kept, severities.Count);
        Assert.DoesNotContain("Warning", severities);
        Assert.DoesNotContain("Info", severities);
        Assert.Equal("Error", (string?)root["ReportFilter"]!["MinimumSeverity"]);
        Assert.Equal(d.Findings.Count - kept, (int)root["ReportFilter"]!["OmittedFindings"]!);
        Assert.All(root["Recommendations"]!, r => Assert.Contains((string)r["Severity"]!, new[] { "Error", "Critical" }));
        // The analysis itself is not changed by writing a filtered report.
        Assert.Equal(11, d.Findings.Count);
    }

    [Fact]
    public void A_redacted_setting_never_shows_its_value_even_when_the_object_still_holds_it()
    {
        DumpAnalysis d = SampleResults.Dump();
        d.Settings.Items.Add(new SettingItem { Id = "FileUpload_S3_AWSAccessKeyId", Value = "AKIAZ7ZX3SECRETKEY", Type = "string", IsSecret = true, Redacted = true });
        d.Findings.Add(SampleResults.F("SET-S3-KEY", FindingSeverity.Info, FindingCategory.Security, "7.8.0-settings.json", "FileUpload_S3_AWSAccessKeyId", "S3 key set.", "", 1, "AKIAZ7ZX3SECRETKEY"));

        string json = ReportWriter.WriteString(d, ReportFormat.Json);

        Assert.DoesNotContain("AKIAZ7ZX3SECRETKEY", json, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-SMTP-pass", json, StringComparison.Ordinal);
        Assert.Contains("[REDACTED]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_newer_schema_or_the_wrong_type_or_non_json_fails_with_invalid_data()
    {
        string json = AnalysisJson.Serialize(SampleResults.Dump());
        JObject newer = JObject.Parse(json);
        newer["SchemaVersion"] = DumpAnalysis.SchemaVersion + 1;

        Assert.Throws<InvalidDataException>(() => AnalysisJson.ReadDumpAnalysis(newer.ToString()));
        Assert.Throws<InvalidDataException>(() => AnalysisJson.ReadLogAnalysis(json));
        Assert.Throws<InvalidDataException>(() => AnalysisJson.ReadDumpAnalysis("{\"queue\": [ {\"id\": "));
        Assert.Throws<InvalidDataException>(() => AnalysisJson.Read("{\"TotalEntries\": 1}"));
    }
}
