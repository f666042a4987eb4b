using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RocketChatAnalyzer;

/// <summary>A rules file that cannot be used: names the file and the problem.</summary>
public sealed class RulesException : Exception
{
    public RulesException() { }
    public RulesException(string message) : base(message) { }
    public RulesException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>The category a log pattern belongs to.</summary>
public enum PatternCategory
{
    Error = 0,
    Warning = 1,
    Security = 2,
}

/// <summary>
/// Analysis rules, compatible with the community analyzer's <c>config/analysis-rules.json</c>
/// (<c>logPatterns.error|warning|security</c> as case-insensitive regexes) and extended with
/// thresholds that are actually read. Built-in defaults are embedded; a file overrides the keys it has.
/// </summary>
public sealed class AnalysisRules
{
    public IReadOnlyList<string> ErrorPatterns { get; }
    public IReadOnlyList<string> WarningPatterns { get; }
    public IReadOnlyList<string> SecurityPatterns { get; }
    public RuleThresholds Thresholds { get; }

    /// <summary>Where the rules came from ("(built-in)" or a file path).</summary>
    public string Origin { get; }

    /// <summary>SHA-256 (hex) of the effective rules in canonical form: part of every cache key.</summary>
    public string Hash { get; }

    private AnalysisRules(string origin, List<string> error, List<string> warning, List<string> security, RuleThresholds thresholds)
    {
        Origin = origin;
        ErrorPatterns = error;
        WarningPatterns = warning;
        SecurityPatterns = security;
        Thresholds = thresholds;
        var canonical = new JObject
        {
            ["error"] = new JArray(error),
            ["warning"] = new JArray(warning),
            ["security"] = new JArray(security),
            ["thresholds"] = JObject.FromObject(thresholds),
        }.ToString(Formatting.None);
        Hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))).ToLowerInvariant();
    }

    private static AnalysisRules? s_default;

    /// <summary>The embedded default rules.</summary>
    public static AnalysisRules Default => s_default ??= Parse(ReadEmbedded(), "(built-in)", null);

    /// <summary>Loads a rules file; keys it lacks keep their built-in values. Throws <see cref="RulesException"/> naming the problem.</summary>
    public static AnalysisRules Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RulesException($"Cannot read rules file '{path}': {ex.Message}", ex);
        }
        return Parse(text, path, Default);
    }

    /// <summary>Parses rules text; <paramref name="fallback"/> supplies missing keys (null: all keys required).</summary>
    public static AnalysisRules Parse(string json, string origin, AnalysisRules? fallback)
    {
        JObject root;
        try
        {
            var token = JToken.Parse(json);
            root = token as JObject ?? throw new RulesException($"Rules file '{origin}': the top level must be a JSON object, not {token.Type}.");
        }
        catch (JsonReaderException ex)
        {
            throw new RulesException($"Rules file '{origin}' is not valid JSON (line {ex.LineNumber}, position {ex.LinePosition}): {ex.Message}", ex);
        }

        var patterns = Get(root, "logPatterns");
        if (patterns is not null && patterns.Type != JTokenType.Object)
            throw new RulesException($"Rules file '{origin}': 'logPatterns' must be an object with 'error', 'warning' and 'security' lists.");
        var error = ReadList((JObject?)patterns, "error", origin) ?? fallback?.ErrorPatterns.ToList() ?? new List<string>();
        var warning = ReadList((JObject?)patterns, "warning", origin) ?? fallback?.WarningPatterns.ToList() ?? new List<string>();
        var security = ReadList((JObject?)patterns, "security", origin) ?? fallback?.SecurityPatterns.ToList() ?? new List<string>();

        var thresholds = fallback?.Thresholds.Clone() ?? new RuleThresholds();
        if (Get(root, "performanceThresholds") is JToken pt)
        {
            if (pt.Type != JTokenType.Object) throw new RulesException($"Rules file '{origin}': 'performanceThresholds' must be an object.");
            thresholds.Apply((JObject)pt, origin);
        }
        if (Get(root, "analysisRules") is JObject ar && Get(ar, "severityWeights") is JObject sw)
            thresholds.ApplyWeights(sw, origin);

        return new AnalysisRules(origin, error, warning, security, thresholds);
    }

    internal static JToken? Get(JObject? o, string name)
    {
        if (o is null) return null;
        foreach (var p in o.Properties())
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        return null;
    }

    private static List<string>? ReadList(JObject? o, string name, string origin)
    {
        var t = Get(o, name);
        if (t is null || t.Type == JTokenType.Null) return null;
        if (t.Type != JTokenType.Array) throw new RulesException($"Rules file '{origin}': 'logPatterns.{name}' must be a list of regular expressions.");
        var list = new List<string>();
        int i = 0;
        foreach (var item in (JArray)t)
        {
            if (item.Type != JTokenType.String)
                throw new RulesException($"Rules file '{origin}': 'logPatterns.{name}[{i}]' must be a string, not {item.Type}.");
            string p = (string)item!;
            try { _ = new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)); }
            catch (ArgumentException ex)
            {
                throw new RulesException($"Rules file '{origin}': 'logPatterns.{name}[{i}]' = \"{p}\" is not a valid regular expression: {ex.Message}", ex);
            }
            if (!list.Contains(p)) list.Add(p);
            i++;
        }
        return list;
    }

    private static string ReadEmbedded()
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("RocketChatAnalyzer.Rules.analysis-rules.json")
            ?? throw new InvalidOperationException("Embedded default rules are missing from the engine assembly.");
        using var r = new StreamReader(s, Encoding.UTF8);
        return r.ReadToEnd();
    }

    /// <summary>All patterns with their categories, in rule order (error, warning, security).</summary>
    public IEnumerable<(string Pattern, PatternCategory Category)> AllPatterns()
    {
        foreach (var p in ErrorPatterns) yield return (p, PatternCategory.Error);
        foreach (var p in WarningPatterns) yield return (p, PatternCategory.Warning);
        foreach (var p in SecurityPatterns) yield return (p, PatternCategory.Security);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Origin} ({ErrorPatterns.Count} error, {WarningPatterns.Count} warning, {SecurityPatterns.Count} security patterns)");
}

/// <summary>Numeric thresholds used by the dump checks (all overridable in the rules file).</summary>
public sealed class RuleThresholds
{
    public double MemoryUsagePercent { get; set; } = 90;
    public double LoadAveragePerCpu { get; set; } = 1.5;
    public long MaxOnlineUsersPerInstance { get; set; } = 1000;
    public double UploadsTotalSizeGB { get; set; } = 50;
    public double MaxFileUploadMB { get; set; } = 100;
    public long MaxMessageSize { get; set; } = 10000;
    public long MaxMessages { get; set; } = 1_000_000;
    public long ConnectionTimeout { get; set; } = 30000;
    public long UncaughtExceptions { get; set; }
    public int VersionMaxAgeMonths { get; set; } = 12;
    public string MinMongoVersion { get; set; } = "7.0";
    public int WeightCritical { get; set; } = 25;
    public int WeightError { get; set; } = 10;
    public int WeightWarning { get; set; } = 5;
    public int WeightInfo { get; set; } = 1;

    internal RuleThresholds Clone() => (RuleThresholds)MemberwiseClone();

    internal void Apply(JObject o, string origin)
    {
        foreach (var prop in typeof(RuleThresholds).GetProperties())
        {
            if (prop.Name.StartsWith("Weight", StringComparison.Ordinal)) continue;
            var t = AnalysisRules.Get(o, prop.Name);
            if (t is null || t.Type == JTokenType.Null) continue;
            try
            {
                object? v = prop.PropertyType == typeof(string) ? (string?)t : t.ToObject(prop.PropertyType);
                if (v is not null) prop.SetValue(this, v);
            }
            catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or ArgumentException or JsonException)
            {
                throw new RulesException($"Rules file '{origin}': 'performanceThresholds.{char.ToLowerInvariant(prop.Name[0])}{prop.Name.Substring(1)}' has an invalid value '{t}'.", ex);
            }
        }
    }

    internal void ApplyWeights(JObject o, string origin)
    {
        int Read(string n, int current)
        {
            var t = AnalysisRules.Get(o, n);
            if (t is null || t.Type == JTokenType.Null) return current;
            if (t.Type != JTokenType.Integer && t.Type != JTokenType.Float)
                throw new RulesException($"Rules file '{origin}': 'analysisRules.severityWeights.{n}' must be a number.");
            return (int)t;
        }
        WeightCritical = Read("critical", WeightCritical);
        WeightError = Read("error", WeightError);
        WeightWarning = Read("warning", WeightWarning);
        WeightInfo = Read("info", WeightInfo);
    }
}
