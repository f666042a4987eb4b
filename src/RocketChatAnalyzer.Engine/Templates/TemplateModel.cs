using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;

namespace RocketChatAnalyzer.Templates;

/// <summary>One pre-template key of a <see cref="TemplateModel"/>: the masked message text and how many entries had it.</summary>
public sealed class TemplateModelKey
{
    public string Template { get; set; } = "";

    public long Count { get; set; }
}

/// <summary>
/// A learned template model: the stage-1 key table (key text and count only) of earlier analyses.
/// Used to warm-start stage 2 (clustering decisions see the earlier keys as well) while counts,
/// levels, first/last seen and examples still come only from the current input — so a model never
/// changes what was counted, only how the current messages are grouped. Saved as JSON
/// (<see cref="Save"/>/<see cref="Load"/>, <c>Get-LogTemplate -ModelPath</c>) or in the analysis
/// cache (one model per server, see docs/TEMPLATES.md); bounded by the key cap.
/// </summary>
/// <remarks>
/// A model is a value: <see cref="Learn(LogAnalysis, int)"/> returns a new model, and <see cref="Id"/> is a digest of
/// the content, so an analysis can record which model its templates were grouped with
/// (<see cref="LogAnalysis.TemplateModelId"/>) and a cache can keep models by id. Do not change
/// <see cref="Keys"/> of a model that is in use.
/// </remarks>
public sealed class TemplateModel
{
    public const int CurrentVersion = 1;

    private string? _id;

    public int Version { get; set; } = CurrentVersion;

    /// <summary>Pre-template keys with their accumulated counts (version 1 files may carry more fields per key; they are ignored).</summary>
    public List<TemplateModelKey> Keys { get; set; } = new();

    /// <summary>Content digest (<c>M</c> + 16 hex digits of SHA-256 over the keys and counts in order): equal models have equal ids.</summary>
    [JsonIgnore]
    public string Id => _id ??= ComputeId(Keys);

    /// <summary>Templates of <paramref name="current"/> clustered together with this model's keys.</summary>
    public List<LogTemplate> TemplatesFor(LogAnalysis current) => Seeded(current.TemplateKeys, this).Templates;

    /// <summary>
    /// This model extended with the keys of <paramref name="current"/>: counts of known keys are
    /// summed, new keys follow in their order. When more than the key cap of
    /// <paramref name="maxTemplates"/> keys result, the most frequent are kept (ties: the earlier),
    /// so a model of a long-lived server keeps learning instead of freezing at its first keys.
    /// </summary>
    public TemplateModel Learn(LogAnalysis current, int maxTemplates = LogAnalysisOptions.DefaultMaxTemplates)
    {
        ArgumentNullException.ThrowIfNull(current);
        return Learn(current.TemplateKeys, maxTemplates);
    }

    /// <summary>As <see cref="Learn(LogAnalysis, int)"/>, from a key table.</summary>
    public TemplateModel Learn(IReadOnlyList<LogTemplate> keys, int maxTemplates = LogAnalysisOptions.DefaultMaxTemplates)
    {
        ArgumentNullException.ThrowIfNull(keys);
        int cap = TemplateTable.KeyCapFor(maxTemplates);
        var merged = new List<TemplateModelKey>(Keys.Count + keys.Count);
        var index = new Dictionary<string, int>(Keys.Count + keys.Count, StringComparer.Ordinal);
        foreach (var k in Keys) Add(k.Template, k.Count);
        foreach (var k in keys) Add(k.Template, k.Count);
        if (merged.Count > cap)
        {
            var order = new int[merged.Count];
            for (int i = 0; i < order.Length; i++) order[i] = i;
            Array.Sort(order, (a, b) => merged[a].Count != merged[b].Count ? merged[b].Count.CompareTo(merged[a].Count) : a.CompareTo(b));
            Array.Sort(order, 0, cap); // the survivors keep their learning order
            var kept = new List<TemplateModelKey>(cap);
            for (int i = 0; i < cap; i++) kept.Add(merged[order[i]]);
            merged = kept;
        }
        return new TemplateModel { Keys = merged };

        void Add(string template, long count)
        {
            if (index.TryGetValue(template, out int i))
                merged[i] = new TemplateModelKey { Template = template, Count = merged[i].Count + count };
            else
            {
                index[template] = merged.Count;
                merged.Add(new TemplateModelKey { Template = template, Count = count });
            }
        }
    }

    public void Save(string path)
    {
        string tmp = path + ".tmp";
        File.WriteAllText(tmp, JsonConvert.SerializeObject(this, Formatting.None));
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>Reads a model file; throws <see cref="InvalidDataException"/> naming the file when it is not one.</summary>
    public static TemplateModel Load(string path)
    {
        try
        {
            return Validate(JsonConvert.DeserializeObject<TemplateModel>(File.ReadAllText(path)), "'" + path + "'");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"'{path}' is not a template model: {ex.Message}", ex);
        }
    }

    /// <summary>Checks a deserialised model; <paramref name="what"/> names it in the message.</summary>
    internal static TemplateModel Validate(TemplateModel? m, string what)
    {
        if (m is null || m.Keys is null) throw new InvalidDataException($"{what} is not a template model.");
        if (m.Version > CurrentVersion) throw new InvalidDataException($"{what} is a template model of a newer version ({m.Version}).");
        foreach (var k in m.Keys)
            if (k is null || k.Template is null || k.Count < 0) throw new InvalidDataException($"{what} is not a template model: a key is empty or has a negative count.");
        return m;
    }

    private static string ComputeId(List<TemplateModelKey> keys)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var sb = new StringBuilder(256);
        sb.Append("rca-template-model\nv").Append(CurrentVersion.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var k in keys)
        {
            sb.Append(k.Count.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(k.Template).Append('\n');
            if (sb.Length > 64 * 1024)
            {
                sha.AppendData(Encoding.UTF8.GetBytes(sb.ToString()));
                sb.Clear();
            }
        }
        sha.AppendData(Encoding.UTF8.GetBytes(sb.ToString()));
        return "M" + Convert.ToHexString(sha.GetHashAndReset(), 0, 8).ToLowerInvariant();
    }

    /// <summary>
    /// Stage 2 over current keys plus seed keys; the resulting templates count only current keys.
    /// Returns the templates and, for each current key, the index of its template.
    /// </summary>
    internal static TemplateSet Seeded(IReadOnlyList<LogTemplate> current, TemplateModel? seed)
    {
        if (seed is null || seed.Keys.Count == 0) return TemplateMiner.Build(current);
        var present = new HashSet<string>(StringComparer.Ordinal);
        var union = new List<LogTemplate>(current.Count + seed.Keys.Count);
        foreach (var k in current) { union.Add(k); present.Add(k.Template); }
        foreach (var k in seed.Keys) if (present.Add(k.Template)) union.Add(new LogTemplate { Template = k.Template, Count = k.Count });
        var all = TemplateMiner.Build(union);

        // Re-assemble from the current keys only, keeping the union's template texts.
        var byTemplate = new Dictionary<int, int>();
        var templates = new List<LogTemplate>();
        var firstKey = new List<int>();
        var map = new int[current.Count];
        for (int i = 0; i < current.Count; i++)
        {
            int u = all.KeyToTemplate[i];
            if (!byTemplate.TryGetValue(u, out int t))
            {
                t = templates.Count;
                byTemplate[u] = t;
                string text = all.Templates[u].Template;
                templates.Add(new LogTemplate { Template = text, TemplateId = LogTemplate.IdFor(text), Example = current[i].Example });
                firstKey.Add(i);
            }
            var r = templates[t];
            var k = current[i];
            r.Count += k.Count;
            r.LevelCounts = LogTemplate.SumLevelCounts(r.LevelCounts, k.LevelCounts);
            r.FirstSeen = LogAnalysis.Min(r.FirstSeen, k.FirstSeen);
            r.LastSeen = LogAnalysis.Max(r.LastSeen, k.LastSeen);
            map[i] = t;
        }
        var order = new int[templates.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => templates[a].Count != templates[b].Count ? templates[b].Count.CompareTo(templates[a].Count) : firstKey[a].CompareTo(firstKey[b]));
        var rank = new int[order.Length];
        var sorted = new List<LogTemplate>(order.Length);
        for (int i = 0; i < order.Length; i++) { rank[order[i]] = i; sorted.Add(templates[order[i]]); }
        for (int i = 0; i < map.Length; i++) map[i] = rank[map[i]];
        return new TemplateSet(sorted, map);
    }
}
