using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RocketChatAnalyzer.Tests.Dump;

/// <summary>Paths of the dump test data and small helpers shared by the dump tests.</summary>
internal static class DumpData
{
    /// <summary>The fixed "now" of the tests: two weeks after the fixtures' statistics were taken.</summary>
    public static readonly DateTime Now = new(2025, 7, 24, 12, 0, 0, DateTimeKind.Utc);

    public static string Dir(string name) => Path.Combine(AppContext.BaseDirectory, "Dump", "Data", name);

    public static string File(string dump, string file) => Path.Combine(Dir(dump), file);

    public static DumpAnalyzerOptions Options(FindingSeverity min = FindingSeverity.Info, bool includeSecret = false) =>
        new() { Now = Now, MinimumSeverity = min, IncludeSecret = includeSecret };

    /// <summary>Analyses with the stub log analyser (the real LogAnalyzer is the lead's).</summary>
    public static DumpAnalysis Analyze(string path, DumpAnalyzerOptions? options = null)
    {
        options ??= Options();
        return new DumpAnalyzer(options, StubLogAnalyzer.Delegate(options.Rules)).Analyze(path);
    }

    /// <summary>The whole result as JSON, the way a JSON export would write it.</summary>
    public static string Serialize(DumpAnalysis result) =>
        JsonConvert.SerializeObject(result, Formatting.Indented, new Newtonsoft.Json.Converters.StringEnumConverter());

    public static List<Finding> ByRule(DumpAnalysis r, string ruleId) => r.Findings.Where(f => f.RuleId == ruleId).ToList();

    public static bool Has(DumpAnalysis r, string ruleId) => r.Findings.Any(f => f.RuleId == ruleId);
}

/// <summary>A temporary folder removed on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rca-dump-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string content)
    {
        string full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content, new UTF8Encoding(false));
        return full;
    }

    public string Copy(string source, string relative)
    {
        string full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.Copy(source, full);
        return full;
    }

    /// <summary>Zips the files of a fixture dump into <paramref name="zipName"/>, under <paramref name="folder"/> inside the archive.</summary>
    public string ZipDump(string dump, string zipName, string folder = "")
    {
        string zip = System.IO.Path.Combine(Path, zipName);
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        foreach (var f in Directory.GetFiles(DumpData.Dir(dump), "*.json").OrderBy(x => x, StringComparer.Ordinal))
            archive.CreateEntryFromFile(f, folder + System.IO.Path.GetFileName(f));
        return zip;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>
/// A deliberately simple stand-in for the lead's LogAnalyzer: reads the stdout.queue shape, maps pino
/// levels, counts pattern hits per entry with the real <see cref="PatternSet"/>, and groups messages
/// into templates by masking digits. Enough to drive the dump analysis end to end.
/// </summary>
internal static class StubLogAnalyzer
{
    public static Func<LogInputDescriptor, CancellationToken, LogAnalysis> Delegate(AnalysisRules rules) =>
        (d, ct) => Analyze(d, rules);

    public static LogAnalysis Analyze(LogInputDescriptor d, AnalysisRules rules)
    {
        JToken root;
        using (var s = d.Open())
        using (var r = new StreamReader(s))
        using (var jr = new JsonTextReader(r) { DateParseHandling = DateParseHandling.None })
            root = JToken.ReadFrom(jr);
        var items = root is JArray a ? a : (JArray)root["queue"]!;
        var b = new LogBuilder(rules);
        foreach (var item in items)
        {
            string text = ((string?)item["string"] ?? "").TrimEnd('\n');
            if (text.StartsWith('{'))
            {
                try
                {
                    var o = JObject.Parse(text);
                    var level = o["level"]?.Type == JTokenType.Integer ? LogLevels.FromNumber((double)o["level"]!) : LogLevel.Unknown;
                    string msg = (string?)o["msg"] ?? (string?)o["message"] ?? (string?)o["err"]?["message"] ?? "";
                    b.Add(level, msg, DateTime.Parse((string)item["ts"]!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal));
                }
                catch (JsonReaderException)
                {
                    b.AddUnparsed(d.Name);
                }
            }
            else b.Add(LogLevel.Unknown, text, null);
        }
        return b.Build(d.Name);
    }
}

/// <summary>Builds a <see cref="LogAnalysis"/> by hand, the way the log engine fills it.</summary>
internal sealed class LogBuilder
{
    private readonly PatternSet _patterns;
    private readonly LogAnalysis _log = new();
    private readonly Dictionary<string, LogTemplate> _templates = new(StringComparer.Ordinal);

    public LogBuilder(AnalysisRules? rules = null)
    {
        _patterns = new PatternSet(rules ?? AnalysisRules.Default);
        foreach (var p in _patterns.Patterns) _log.PatternCounts[p] = 0;
    }

    public LogBuilder Add(LogLevel level, string message, DateTime? time = null, int times = 1)
    {
        for (int n = 0; n < times; n++)
        {
            _log.TotalEntries++;
            _log.LevelCounts[LogLevels.Name(level)]++;
            var hits = _patterns.Match(message);
            bool e = false, w = false, s = false;
            for (int i = 0; i < hits.Length; i++)
            {
                if (!hits[i]) continue;
                _log.PatternCounts[_patterns.Patterns[i]]++;
                switch (_patterns.CategoryOf(i))
                {
                    case PatternCategory.Error: e = true; break;
                    case PatternCategory.Warning: w = true; break;
                    default: s = true; break;
                }
            }
            if (e) _log.CategoryCounts["Error"]++;
            if (w) _log.CategoryCounts["Warning"]++;
            if (s) _log.CategoryCounts["Security"]++;
            string template = Regex.Replace(message, @"\d+", "<*>");
            if (!_templates.TryGetValue(template, out var t))
            {
                t = new LogTemplate { Template = template, TemplateId = LogTemplate.IdFor(template), Example = message };
                _templates[template] = t;
                _log.Templates.Add(t);
            }
            t.Count++;
            string ln = LogLevels.Name(level);
            t.LevelCounts[ln] = t.LevelCounts.TryGetValue(ln, out long c) ? c + 1 : 1;
            if (time is DateTime tm)
            {
                t.FirstSeen ??= tm;
                t.LastSeen = tm;
                _log.FirstTimestamp ??= tm;
                _log.LastTimestamp = tm;
            }
            else _log.EntriesWithoutTimestamp++;
        }
        return this;
    }

    public LogBuilder AddUnparsed(string source)
    {
        _log.TotalEntries++;
        _log.UnparsedEntries++;
        _log.LevelCounts[LogLevels.Name(LogLevel.Unknown)]++;
        _log.DiagnosticCount++;
        _log.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "TruncatedJson", source, _log.TotalEntries, null, "A queue item holds cut-off JSON."));
        return this;
    }

    public LogAnalysis Build(string source = "7.8.0-log.json")
    {
        _log.Files.Add(new LogFileSummary { Path = source, Format = "SupportDump", Entries = _log.TotalEntries });
        return _log;
    }
}
