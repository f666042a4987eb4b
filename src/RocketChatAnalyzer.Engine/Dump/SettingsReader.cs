using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace RocketChatAnalyzer.Dump;

/// <summary>One setting as read from a dump (raw JSON value; redaction happens when building <see cref="SettingItem"/>).</summary>
internal sealed class SettingRecord
{
    public required string Id { get; init; }
    public JToken? Value { get; init; }
    public bool? HasValue { get; init; }
    public JToken? PackageValue { get; init; }
    public string? Type { get; init; }
    public bool? SecretFlag { get; init; }
    public string? Group { get; init; }
    public string? Section { get; init; }
    public bool IsSecret { get; init; }

    /// <summary>The value must not be shown (see <see cref="SecretScrubber.MustHideValue"/>).</summary>
    public bool HideValue { get; init; }

    /// <summary>File name the setting comes from (the finding source).</summary>
    public required string Source { get; init; }

    /// <summary>
    /// True when the setting has a value: a non-empty value, or the masked form
    /// <c>{"value":"","hasValue":true}</c> of recent Rocket.Chat versions ("configured, hidden").
    /// </summary>
    public bool IsConfigured
    {
        get
        {
            if (HasValue == true) return true;
            if (DumpJson.IsNull(Value)) return false;
            return Value is not JValue { Type: JTokenType.String } v || ((string)v.Value!).Trim().Length > 0;
        }
    }

    public bool? Bool => DumpJson.ReadBool(Value);
    public double? Number => DumpJson.ReadDouble(Value);
    public string? Text => DumpJson.ReadString(Value);

    /// <summary>The value for display in a finding: the redaction mask for secrets, never the secret.</summary>
    public string DisplayValue => HideValue ? SettingItem.RedactedValue : DumpJson.Display(Value);
}

/// <summary>The settings of one file (or of a comprehensive file's section), by id.</summary>
internal sealed class SettingsData
{
    private readonly Dictionary<string, SettingRecord> _byId = new(StringComparer.OrdinalIgnoreCase);

    public SettingsData(string source, string displayPath)
    {
        Source = source;
        DisplayPath = displayPath;
    }

    public string Source { get; }
    public string DisplayPath { get; }

    /// <summary>Records in file order (a repeated id keeps its first position and its last value).</summary>
    public List<SettingRecord> Ordered { get; } = new();

    public int Count => Ordered.Count;

    public SettingRecord? this[string id] => _byId.TryGetValue(id, out var r) ? r : null;

    public void Add(SettingRecord r)
    {
        if (_byId.TryGetValue(r.Id, out var existing))
        {
            Ordered[Ordered.IndexOf(existing)] = r;
            _byId[r.Id] = r;
            return;
        }
        _byId[r.Id] = r;
        Ordered.Add(r);
    }
}

/// <summary>
/// Reads settings from every shape seen in dumps: a bare array of <c>ISetting</c> documents,
/// <c>{settings:[…]}</c> (REST, with <c>success/count/total</c>), <c>{config:{settings:[…]}}</c>,
/// <c>{update:[…]}</c>, <c>{omnichannel:[…]}</c>, a single document, or a plain <c>{id: value}</c> map.
/// Key = <c>_id</c>, else <c>key</c>, else <c>name</c>; value = <c>value</c>, else <c>setting</c>.
/// </summary>
internal static class SettingsReader
{
    private static readonly string[] s_wrappers = { "settings", "config.settings", "update", "omnichannel", "data", "result", "records", "items" };

    private static readonly HashSet<string> s_mapIgnored = new(StringComparer.OrdinalIgnoreCase)
    {
        "success", "count", "offset", "total", "status", "remove", "users", "channels", "statistics", "queue", "logs", "apps",
    };

    public static SettingsData Read(JToken root, string source, string displayPath, List<Diagnostic> diagnostics)
    {
        var data = new SettingsData(source, displayPath);
        int skipped = 0;
        var array = DumpJson.FindArray(root, s_wrappers);
        if (array is not null)
        {
            foreach (var element in array)
            {
                if (element is JObject o && FromDocument(o, source) is SettingRecord r) data.Add(r);
                else skipped++;
            }
        }
        else if (root is JObject obj)
        {
            if (KeyOf(obj) is not null && (obj["value"] is not null || obj["setting"] is not null))
            {
                data.Add(FromDocument(obj, source)!);
            }
            else
            {
                JObject map = DumpJson.Get(obj, "settings") as JObject ?? DumpJson.Get(obj, "omnichannel") as JObject ?? obj;
                foreach (var p in map.Properties())
                {
                    if (s_mapIgnored.Contains(p.Name)) continue;
                    if (p.Value is JObject doc && (doc["value"] is not null || doc["hasValue"] is not null))
                    {
                        var r = FromDocument(doc, source, p.Name);
                        if (r is not null) data.Add(r);
                    }
                    else if (p.Value is JValue)
                    {
                        data.Add(Make(p.Name, p.Value, null, null, null, null, null, null, source));
                    }
                    else skipped++;
                }
            }
        }
        else
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "UnexpectedShape", displayPath, null, null,
                $"Expected a list of settings (or an object holding one), found {root.Type}."));
        }
        if (skipped > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "SettingWithoutId", displayPath, null, null,
                $"{skipped} entr{(skipped == 1 ? "y" : "ies")} without an '_id', 'key' or 'name' were skipped."));
        }
        return data;
    }

    private static string? KeyOf(JObject o) =>
        DumpJson.ReadString(o["_id"]) is { Length: > 0 } id ? id
        : DumpJson.ReadString(o["key"]) is { Length: > 0 } key ? key
        : DumpJson.ReadString(o["name"]) is { Length: > 0 } name ? name
        : null;

    private static SettingRecord? FromDocument(JObject o, string source, string? fallbackId = null)
    {
        string? id = KeyOf(o) ?? fallbackId;
        if (id is null) return null;
        JToken? value = o["value"];
        if (DumpJson.IsNull(value) && o["setting"] is JToken legacy && !DumpJson.IsNull(legacy)) value = legacy;
        return Make(id, value, DumpJson.ReadBool(o["hasValue"]), o["packageValue"], DumpJson.ReadString(o["type"]),
            DumpJson.ReadBool(o["secret"]), DumpJson.ReadString(o["group"]), DumpJson.ReadString(o["section"]), source);
    }

    private static SettingRecord Make(string id, JToken? value, bool? hasValue, JToken? packageValue, string? type, bool? secret,
        string? group, string? section, string source) => new()
        {
            Id = id,
            Value = value,
            HasValue = hasValue,
            PackageValue = packageValue,
            Type = type,
            SecretFlag = secret,
            Group = group,
            Section = section,
            Source = source,
            IsSecret = SecretScrubber.IsSecretSetting(id, type, secret),
            HideValue = SecretScrubber.MustHideValue(id, type, secret, DumpJson.ToClr(value)),
        };

    // The original's buckets, widened so that the registration, anonymous-access, E2E, rate-limiter and
    // storage settings its security rules look at are counted (they never reached its security bucket).
    private static readonly Regex s_security = new(
        "password|auth|security|token|secret|saml|ldap|oauth|2fa|twofactor|cors|policy|encryption|ssl|tls|e2e|anonymous|registration|rate_limiter|crowd|cas_|iframe|storage_type",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex s_performance = new(
        "limit|timeout|max|cache|size|pool|buffer|memory|cpu|performance|rate|throttle|log_level",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Builds the result summary; secret values are replaced unless <paramref name="includeSecret"/>.</summary>
    public static SettingsSummary Summarize(SettingsData data, bool includeSecret)
    {
        var s = new SettingsSummary { Present = true, Total = data.Count };
        foreach (var r in data.Ordered)
        {
            s.Items.Add(ToItem(r, includeSecret));
            if (r.IsSecret) s.SecretCount++;
            if (s_security.IsMatch(r.Id)) s.SecurityRelated++;
            if (s_performance.IsMatch(r.Id)) s.PerformanceRelated++;
        }
        return s;
    }

    public static SettingItem ToItem(SettingRecord r, bool includeSecret)
    {
        bool hide = r.HideValue && !includeSecret;
        object? value = DumpJson.ToClr(r.Value);
        object? package = DumpJson.ToClr(r.PackageValue);
        bool redacted = false;
        if (hide)
        {
            // Only a value that exists is masked: an empty secret is "not configured", which is worth seeing.
            if (r.IsConfigured) { value = SettingItem.RedactedValue; redacted = true; }
            else value = r.Value is null ? null : "";
            if (package is string ps && ps.Length > 0) { package = SettingItem.RedactedValue; redacted = true; }
        }
        return new SettingItem
        {
            Id = r.Id,
            Value = value,
            Type = r.Type,
            Group = r.Group,
            Section = r.Section,
            IsSecret = r.IsSecret,
            Redacted = redacted,
            HasValue = r.HasValue,
            PackageValue = package,
            // A masked secret ("", hasValue) cannot be compared with its default.
            Changed = r.PackageValue is null || (r.HasValue == true && r.Value is JValue { Type: JTokenType.String } v && ((string)v.Value!).Length == 0)
                ? null
                : !JToken.DeepEquals(r.Value ?? JValue.CreateNull(), r.PackageValue),
        };
    }
}
