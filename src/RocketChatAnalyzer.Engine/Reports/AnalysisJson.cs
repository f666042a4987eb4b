using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace RocketChatAnalyzer;

/// <summary>
/// The JSON form of analysis results, shared by the JSON report and the analysis cache.
/// <para>
/// Shape: one object whose first properties are a small header — <c>SchemaVersion</c>
/// (<see cref="DumpAnalysis.SchemaVersion"/>), <c>ResultType</c> (<c>DumpAnalysis</c> or
/// <c>LogAnalysis</c>), <c>GeneratedBy</c> and, for a dump, <c>ReportFilter</c> (null, or the
/// minimum severity and how many findings/recommendations it left out) — followed by every public
/// property of the result with the same (PascalCase) names as the .NET object.
/// </para>
/// <para>
/// Rules (fixes of the community tool's JSON, reference §4.2): property order is declaration order
/// (metadata token) so it is the same on every run; dictionary keys keep their insertion order
/// (<c>LevelCounts</c> in level order); enums are strings; dates are ISO-8601 UTC with <c>Z</c>;
/// lists are always arrays (<c>[]</c> when empty, never a bare scalar for one element); nulls are
/// written, so every property is always present; strings that look like dates stay strings.
/// Computed, <c>[JsonIgnore]</c> properties (e.g. <c>LogAnalysis.TopMessages</c>) are not written:
/// they are derived again after reading. A setting marked <c>Redacted</c> is always written as
/// <see cref="SettingItem.RedactedValue"/>, whatever its <c>Value</c> holds, and so is the
/// <c>Value</c> of a finding whose <c>Subject</c> is such a setting.
/// </para>
/// <para>Reading gives back an equal object: <c>Write(Read(json)) == json</c>.</para>
/// </summary>
public static class AnalysisJson
{
    private static readonly AnalysisContractResolver s_resolver = new();

    /// <summary>Serializer settings for results. Use these (or <see cref="CreateSerializer"/>) to read and write results elsewhere.</summary>
    public static JsonSerializerSettings Settings { get; } = CreateSettings(indented: true);

    /// <summary>A new serializer with <see cref="Settings"/> (indented when asked).</summary>
    public static JsonSerializer CreateSerializer(bool indented = true) => JsonSerializer.Create(CreateSettings(indented));

    /// <summary>Writes <paramref name="result"/> (a <see cref="DumpAnalysis"/> or <see cref="LogAnalysis"/>) with the header.</summary>
    public static string Serialize(object result, bool indented = true)
    {
        using var sw = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(result, sw, indented);
        return sw.ToString();
    }

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/> (no severity filter).</summary>
    public static void Write(object result, TextWriter output, bool indented = true) =>
        Write(ReportModel.Create(result, ReportOptions.Default), output, indented, filter: false);

    /// <summary>Reads a result written by <see cref="Serialize"/> (or the JSON report) back into a <see cref="DumpAnalysis"/>.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a dump analysis of a schema this engine reads.</exception>
    public static DumpAnalysis ReadDumpAnalysis(string json) => Read<DumpAnalysis>(json, nameof(DumpAnalysis));

    /// <summary>Reads a <see cref="LogAnalysis"/> written by <see cref="Serialize"/> (or the JSON report).</summary>
    /// <exception cref="InvalidDataException">The JSON is not a log analysis of a schema this engine reads.</exception>
    public static LogAnalysis ReadLogAnalysis(string json) => Read<LogAnalysis>(json, nameof(LogAnalysis));

    /// <summary>Reads either kind of result, as named by its <c>ResultType</c> header.</summary>
    /// <exception cref="InvalidDataException">The JSON carries no known <c>ResultType</c> or a newer schema.</exception>
    public static object Read(string json)
    {
        JObject root = Parse(json);
        string? type = (string?)root["ResultType"];
        return type switch
        {
            nameof(DumpAnalysis) => ToResult<DumpAnalysis>(root, type),
            nameof(LogAnalysis) => ToResult<LogAnalysis>(root, type),
            _ => throw new InvalidDataException("The JSON has no ResultType of DumpAnalysis or LogAnalysis; it was not written by RocketChatAnalyzer."),
        };
    }

    internal static void Write(ReportModel model, TextWriter output, bool indented, bool filter)
    {
        var serializer = JsonSerializer.Create(CreateSettings(indented));
        using var writer = new JsonTextWriter(output) { CloseOutput = false };
        writer.Formatting = indented ? Formatting.Indented : Formatting.None;
        object result = (object?)model.Dump ?? model.Log;
        var contract = (JsonObjectContract)serializer.ContractResolver.ResolveContract(result.GetType());

        writer.WriteStartObject();
        writer.WritePropertyName("SchemaVersion");
        writer.WriteValue(DumpAnalysis.SchemaVersion);
        writer.WritePropertyName("ResultType");
        writer.WriteValue(result.GetType().Name);
        writer.WritePropertyName("GeneratedBy");
        writer.WriteValue(model.GeneratedBy);
        if (model.Dump is not null)
        {
            writer.WritePropertyName("ReportFilter");
            if (filter && model.Options.MinimumSeverity is { } min)
            {
                writer.WriteStartObject();
                writer.WritePropertyName("MinimumSeverity");
                writer.WriteValue(min.ToString());
                writer.WritePropertyName("OmittedFindings");
                writer.WriteValue(model.OmittedFindings);
                writer.WritePropertyName("OmittedRecommendations");
                writer.WriteValue(model.OmittedRecommendations);
                writer.WriteEndObject();
            }
            else writer.WriteNull();
        }

        bool filtered = filter && model.Dump is not null && model.Options.MinimumSeverity is not null;
        foreach (JsonProperty p in contract.Properties)
        {
            if (p.Ignored || !p.Readable || p.ValueProvider is null) continue;
            object? value = p.ValueProvider.GetValue(result);
            if (filtered && p.UnderlyingName == nameof(DumpAnalysis.Findings)) value = model.Findings;
            else if (filtered && p.UnderlyingName == nameof(DumpAnalysis.Recommendations)) value = model.Recommendations;
            writer.WritePropertyName(p.PropertyName!);
            if (value is IEnumerable<Finding> findings && model.RedactedSettingIds.Count > 0) WriteFindings(writer, serializer, model, findings);
            else serializer.Serialize(writer, value);
        }
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>
    /// Findings with their value redacted when they are about a secret setting: a defence against
    /// an analyzer that copied a secret into <see cref="Finding.Value"/>.
    /// </summary>
    private static void WriteFindings(JsonWriter writer, JsonSerializer serializer, ReportModel model, IEnumerable<Finding> findings)
    {
        writer.WriteStartArray();
        foreach (Finding f in findings)
        {
            string? value = f is null ? null : model.JsonFindingValue(f);
            if (f is null || ReferenceEquals(value, f.Value))
            {
                serializer.Serialize(writer, f);
                continue;
            }
            JObject o = JObject.FromObject(f, serializer);
            o[nameof(Finding.Value)] = value;
            o.WriteTo(writer);
        }
        writer.WriteEndArray();
    }

    private static T Read<T>(string json, string expectedType)
        where T : class
    {
        JObject root = Parse(json);
        string? type = (string?)root["ResultType"];
        if (type is not null && type != expectedType)
            throw new InvalidDataException($"The JSON holds a {type}, not a {expectedType}.");
        return ToResult<T>(root, expectedType);
    }

    private static JObject Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            return JObject.Load(reader);
        }
        catch (JsonReaderException ex)
        {
            throw new InvalidDataException("The text is not a JSON object: " + ex.Message, ex);
        }
    }

    private static T ToResult<T>(JObject root, string type)
        where T : class
    {
        int? version = (int?)root["SchemaVersion"];
        if (version is int v && v > DumpAnalysis.SchemaVersion)
            throw new InvalidDataException($"The JSON {type} has schema version {v}; this engine reads versions up to {DumpAnalysis.SchemaVersion}.");
        try
        {
            return root.ToObject<T>(JsonSerializer.Create(CreateSettings(indented: false)))
                ?? throw new InvalidDataException($"The JSON {type} is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The JSON is not a valid {type}: {ex.Message}", ex);
        }
    }

    private static JsonSerializerSettings CreateSettings(bool indented) => new()
    {
        ContractResolver = s_resolver,
        Converters = { new StringEnumConverter() },
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        DateParseHandling = DateParseHandling.None,
        NullValueHandling = NullValueHandling.Include,
        ObjectCreationHandling = ObjectCreationHandling.Replace,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        TypeNameHandling = TypeNameHandling.None,
        MaxDepth = 64,
        Formatting = indented ? Formatting.Indented : Formatting.None,
        Culture = System.Globalization.CultureInfo.InvariantCulture,
    };

    /// <summary>Declaration-order properties, and redacted setting values that stay redacted.</summary>
    private sealed class AnalysisContractResolver : DefaultContractResolver
    {
        protected override IList<JsonProperty> CreateProperties(Type type, MemberSerialization memberSerialization)
        {
            IList<JsonProperty> props = base.CreateProperties(type, memberSerialization);
            var order = new Dictionary<string, int>(props.Count, StringComparer.Ordinal);
            foreach (JsonProperty p in props)
            {
                MemberInfo? m = p.DeclaringType?.GetMember(p.UnderlyingName ?? "", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).FirstOrDefault();
                order[p.PropertyName!] = m?.MetadataToken ?? int.MaxValue;
            }
            var sorted = props.OrderBy(p => order[p.PropertyName!]).ToList();
            if (type == typeof(SettingItem))
            {
                foreach (JsonProperty p in sorted)
                {
                    // Value, and any other value-carrying property such as a package default.
                    if (p.UnderlyingName is nameof(SettingItem.Value) or "PackageValue" && p.ValueProvider is { } inner)
                        p.ValueProvider = new RedactingValueProvider(inner);
                }
            }
            return sorted;
        }
    }

    private sealed class RedactingValueProvider(IValueProvider inner) : IValueProvider
    {
        public object? GetValue(object target) =>
            target is SettingItem { Redacted: true } ? SettingItem.RedactedValue : inner.GetValue(target);

        public void SetValue(object target, object? value) => inner.SetValue(target, value);
    }
}
