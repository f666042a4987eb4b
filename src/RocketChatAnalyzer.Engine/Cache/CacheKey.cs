using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace RocketChatAnalyzer.Cache;

/// <summary>
/// Cache keys. A key is SHA-256 over everything that decides a result: the content digest, the
/// effective rules (<see cref="AnalysisRules.Hash"/>), the versions of the engine and of the
/// result schema, and every option that changes results. Change any of them and the key changes,
/// so a stale result is never served.
/// </summary>
public static class CacheKey
{
    /// <summary>
    /// Bump when the engine gives a different result for the same input, rules and options
    /// (a parser fix, a new check) without a result schema change. Old entries then miss.
    /// </summary>
    public const int EngineLogicVersion = 1;

    /// <summary>Version of the stored payload format (serializer settings, binary log form, compression framing).</summary>
    public const int PayloadVersion = 2;

    /// <summary>Options that never change a result (the engine gives identical results for any value), left out of keys.</summary>
    public static IReadOnlyCollection<string> ResultNeutralOptions { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(LogAnalysisOptions.ThrottleLimit),
        nameof(LogAnalysisOptions.ChunkSize),
    };

    /// <summary>The engine assembly's informational version (e.g. <c>0.1.0+abc123</c>): a new build never reads an older build's entries.</summary>
    public static string EngineBuild { get; } =
        typeof(CacheKey).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CacheKey).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>
    /// Key of a configuration: what kind of analysis (<c>dump</c>, <c>log</c>), with which rules
    /// and options, by which engine. Combined with a content digest by <see cref="ForContent"/>.
    /// </summary>
    public static string ForConfiguration(string kind, AnalysisRules rules, IEnumerable<KeyValuePair<string, string>> options) =>
        ForConfiguration(kind, rules, options, VersionStamp.Current);

    internal static string ForConfiguration(string kind, AnalysisRules rules, IEnumerable<KeyValuePair<string, string>> options, VersionStamp versions)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        var sorted = new List<KeyValuePair<string, string>>(options);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var sb = new StringBuilder(256);
        sb.Append("rca-cache\n");
        sb.Append("kind=").Append(kind).Append('\n');
        sb.Append("payload=").Append(versions.Payload.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("engineLogic=").Append(versions.EngineLogic.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("engineBuild=").Append(versions.EngineBuild).Append('\n');
        sb.Append("resultSchema=").Append(versions.ResultSchema.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("rules=").Append(rules.Hash).Append('\n');
        foreach (var kv in sorted)
            sb.Append("option.").Append(kv.Key).Append('=').Append(Escape(kv.Value)).Append('\n');
        return Sha256Hex(sb.ToString());
    }

    /// <summary>Key of one result: a configuration key and a content digest.</summary>
    public static string ForContent(string configurationKey, string contentDigest) =>
        Sha256Hex(configurationKey + "\n" + contentDigest);

    /// <summary>
    /// The options of <paramref name="options"/> that affect results, as sorted name/value pairs:
    /// every public readable property (nested option records are flattened as <c>Outer.Inner</c>),
    /// except those named in <paramref name="resultNeutral"/> (default <see cref="ResultNeutralOptions"/>).
    /// Reflection, so a new option changes keys without anyone remembering to add it here.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Describe(object? options, IReadOnlyCollection<string>? resultNeutral = null)
    {
        var list = new List<KeyValuePair<string, string>>();
        if (options is not null) Flatten(options, "", resultNeutral ?? ResultNeutralOptions, list, 0);
        list.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return list;
    }

    private static void Flatten(object o, string prefix, IReadOnlyCollection<string> neutral, List<KeyValuePair<string, string>> into, int depth)
    {
        if (depth > 8) throw new ArgumentException("Options nest too deeply to describe for a cache key.", nameof(o));
        foreach (var p in o.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!p.CanRead || p.GetIndexParameters().Length != 0) continue;
            if (neutral.Contains(p.Name)) continue;
            // Records expose a compiler-generated EqualityContract; it is not an option.
            if (p.Name == "EqualityContract") continue;
            object? v = p.GetValue(o);
            string name = prefix + p.Name;
            if (v is null) into.Add(new(name, "\0null"));
            else if (IsScalar(v.GetType())) into.Add(new(name, Scalar(v)));
            else if (v is IEnumerable e)
            {
                var items = new List<string>();
                foreach (object? item in e) items.Add(item is null ? "\0null" : Scalar(item));
                into.Add(new(name, "[" + string.Join(",", items.ConvertAll(Escape)) + "]"));
            }
            else Flatten(v, name + ".", neutral, into, depth + 1);
        }
    }

    private static bool IsScalar(Type t) =>
        t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime)
        || t == typeof(DateTimeOffset) || t == typeof(TimeSpan) || t == typeof(Guid);

    private static string Scalar(object v) => v switch
    {
        string s => s,
        Enum e => e.ToString(),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };

    // Values may contain the separators; escape them so two different option sets never serialize alike.
    private static string Escape(string s) =>
        s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal);

    internal static string Sha256Hex(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}

/// <summary>The versions that make up a key; <see cref="Current"/> outside tests.</summary>
internal sealed record VersionStamp(int Payload, int EngineLogic, string EngineBuild, int ResultSchema)
{
    public static VersionStamp Current { get; } =
        new(CacheKey.PayloadVersion, CacheKey.EngineLogicVersion, CacheKey.EngineBuild, DumpAnalysis.SchemaVersion);
}
