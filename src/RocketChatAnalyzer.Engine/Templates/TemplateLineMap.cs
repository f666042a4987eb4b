namespace RocketChatAnalyzer.Templates;

/// <summary>
/// The per-entry template map behind <c>Get-LogTemplate -IncludeLineMap</c>. Collects, piece by
/// piece in input order, each chunk's key list and per-entry key indices (4 bytes per entry,
/// recorded by a <see cref="TemplateTable"/> built with <c>recordLineMap: true</c>); after the
/// chunks are merged, <see cref="Resolve"/> maps every entry to the final TemplateId through the
/// key text, so the map is exact for any chunking. Not thread-safe: add pieces from one thread,
/// in input order.
/// </summary>
internal sealed class TemplateLineMap
{
    private readonly List<(IReadOnlyList<LogTemplate> Keys, int[] Lines)> _pieces = new();

    /// <summary>Entries recorded so far.</summary>
    public long Count { get; private set; }

    /// <summary>Adds the next piece of input: its table (after the last <see cref="TemplateTable.Add"/>) and the key list taken from it.</summary>
    public void Add(TemplateTable table, IReadOnlyList<LogTemplate> pieceKeys)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(pieceKeys);
        int[] lines = table.LineKeys.ToArray();
        _pieces.Add((pieceKeys, lines));
        Count += lines.Length;
    }

    /// <summary>Every recorded entry in input order with its template in <paramref name="merged"/> (the merge of all pieces).</summary>
    public IEnumerable<LogTemplateLine> Resolve(LogAnalysis merged, TemplateModel? seed = null)
    {
        ArgumentNullException.ThrowIfNull(merged);
        var keys = merged.TemplateKeys;
        var set = TemplateModel.Seeded(keys, seed);
        var byKey = new Dictionary<string, string>(keys.Count, StringComparer.Ordinal);
        for (int i = 0; i < keys.Count; i++) byKey[keys[i].Template] = set.Templates[set.KeyToTemplate[i]].TemplateId;
        return Enumerate(byKey);
    }

    private IEnumerable<LogTemplateLine> Enumerate(Dictionary<string, string> byKey)
    {
        long line = 0;
        foreach (var (keys, lines) in _pieces)
        {
            var ids = new string?[keys.Count];
            for (int i = 0; i < ids.Length; i++) ids[i] = byKey.TryGetValue(keys[i].Template, out string? id) ? id : null;
            foreach (int k in lines) yield return new LogTemplateLine(++line, k < 0 ? null : ids[k]);
        }
    }
}
