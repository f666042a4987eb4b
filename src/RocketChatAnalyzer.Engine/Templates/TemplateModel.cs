using Newtonsoft.Json;

namespace RocketChatAnalyzer.Templates;

/// <summary>
/// A learned template model: the stage-1 key table of earlier analyses. Used to warm-start stage 2
/// (clustering decisions see the earlier keys as well) while counts, levels, first/last seen and
/// examples still come only from the current input — so a model never changes what was counted.
/// Saved as JSON (<see cref="Save"/>/<see cref="Load"/>); bounded by the key cap.
/// </summary>
public sealed class TemplateModel
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    /// <summary>Pre-template keys with their accumulated counts, in order of first appearance.</summary>
    public List<LogTemplate> Keys { get; set; } = new();

    /// <summary>Templates of <paramref name="current"/> clustered together with this model's keys.</summary>
    public List<LogTemplate> TemplatesFor(LogAnalysis current) => Seeded(current.TemplateKeys, Keys).Templates;

    /// <summary>This model extended with the keys of <paramref name="current"/> (capped).</summary>
    public TemplateModel Learn(LogAnalysis current, int maxTemplates = LogAnalysisOptions.DefaultMaxTemplates) =>
        new() { Keys = LogTemplate.MergeTables(Keys, current.TemplateKeys, TemplateTable.KeyCapFor(maxTemplates), out _) };

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
            var m = JsonConvert.DeserializeObject<TemplateModel>(File.ReadAllText(path));
            if (m is null || m.Keys is null) throw new InvalidDataException($"'{path}' is not a template model.");
            if (m.Version > CurrentVersion) throw new InvalidDataException($"'{path}' is a template model of a newer version ({m.Version}).");
            return m;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"'{path}' is not a template model: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Stage 2 over current keys plus seed keys; the resulting templates count only current keys.
    /// Returns the templates and, for each current key, the index of its template.
    /// </summary>
    internal static TemplateSet Seeded(IReadOnlyList<LogTemplate> current, IReadOnlyList<LogTemplate> seed)
    {
        if (seed.Count == 0) return TemplateMiner.Build(current);
        var present = new HashSet<string>(StringComparer.Ordinal);
        var union = new List<LogTemplate>(current.Count + seed.Count);
        foreach (var k in current) { union.Add(k); present.Add(k.Template); }
        foreach (var k in seed) if (present.Add(k.Template)) union.Add(k);
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
        var order = Enumerable.Range(0, templates.Count).ToArray();
        Array.Sort(order, (a, b) => templates[a].Count != templates[b].Count ? templates[b].Count.CompareTo(templates[a].Count) : firstKey[a].CompareTo(firstKey[b]));
        var rank = new int[order.Length];
        var sorted = new List<LogTemplate>(order.Length);
        for (int i = 0; i < order.Length; i++) { rank[order[i]] = i; sorted.Add(templates[order[i]]); }
        for (int i = 0; i < map.Length; i++) map[i] = rank[map[i]];
        return new TemplateSet(sorted, map);
    }
}
