using System.Text;
using RocketChatAnalyzer.Templates;

namespace RocketChatAnalyzer.Tests.Templates;

/// <summary>One labelled message of Data/labelled-logs.tsv.</summary>
internal sealed record LabelledLine(string Style, string Event, string Source, string Message);

/// <summary>Loads the labelled fixture and runs the miner the way the engine does.</summary>
internal static class TemplateTestData
{
    private static readonly Lazy<IReadOnlyList<LabelledLine>> s_lines = new(() => Load("labelled-logs.tsv"));
    private static readonly Lazy<IReadOnlyList<LabelledLine>>[] s_heldOut = Enumerable.Range(0, 14)
        .Select(n => new Lazy<IReadOnlyList<LabelledLine>>(() => Load(n == 1 ? "labelled-logs-heldout.tsv" : $"labelled-logs-heldout{n}.tsv")))
        .ToArray();

    /// <summary>All labelled lines (14 styles, written by Data/generate_labelled_logs.py).</summary>
    public static IReadOnlyList<LabelledLine> Lines => s_lines.Value;

    /// <summary>
    /// Held-out set <paramref name="set"/> (1–13; 12 and 13 recreate the Loghub-2k systems): each
    /// written before a round of rules and measured blind once; how each was used since is in
    /// docs/TEMPLATES.md and beside its guard in <see cref="GroupingAccuracyTests"/>.
    /// </summary>
    public static IReadOnlyList<LabelledLine> HeldOut(int set) =>
        set is >= 1 and <= 13 ? s_heldOut[set].Value : throw new ArgumentOutOfRangeException(nameof(set));

    public static IEnumerable<IGrouping<string, LabelledLine>> ByStyle() => ByStyle(Lines);

    public static IEnumerable<IGrouping<string, LabelledLine>> ByStyle(IReadOnlyList<LabelledLine> lines) => lines.GroupBy(l => l.Style, StringComparer.Ordinal);

    private static IReadOnlyList<LabelledLine> Load(string file)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Templates", "Data", file);
        var list = new List<LabelledLine>();
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            string[] f = line.Split('\t');
            list.Add(new LabelledLine(f[0], f[1], f[2], f[3]));
        }
        return list;
    }

    /// <summary>
    /// The template id of every message, as <c>Get-LogTemplate -Format Lines -IncludeLineMap</c> gives
    /// it: each message is one entry of a log-engine session (so a whole JSON line is templated by its
    /// <c>msg</c>, as the cmdlet does), then stage 2 with <paramref name="settings"/> on its key table.
    /// </summary>
    public static string?[] PredictTemplateIds(IReadOnlyList<string> messages, TemplateMinerSettings settings, int maxTemplates = LogAnalysisOptions.DefaultMaxTemplates)
    {
        var session = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { MaxTemplates = maxTemplates })
            .CreateSession("labelled", LogFormat.Lines, recordLineMap: true);
        foreach (string m in messages) session.AddText(m);
        var analysis = session.Complete();
        var lineKeys = session.TemplateTable!.LineKeys;
        if (lineKeys.Length != messages.Count) throw new InvalidOperationException($"{messages.Count} messages gave {lineKeys.Length} entries");
        var set = TemplateMiner.Build(analysis.TemplateKeys, settings);
        var ids = new string?[messages.Count];
        for (int i = 0; i < ids.Length; i++) ids[i] = lineKeys[i] < 0 ? null : set.Templates[set.KeyToTemplate[lineKeys[i]]].TemplateId;
        return ids;
    }

    /// <summary>
    /// Grouping accuracy: the fraction of lines whose predicted group holds exactly the lines of their
    /// true group. Lines without a prediction (null) are each a group of their own.
    /// </summary>
    public static double GroupingAccuracy(IReadOnlyList<string> truth, IReadOnlyList<string?> predicted)
    {
        if (truth.Count != predicted.Count) throw new ArgumentException("truth and predicted differ in length");
        if (truth.Count == 0) return 1;
        var truthSize = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string t in truth) truthSize[t] = truthSize.TryGetValue(t, out int n) ? n + 1 : 1;
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < predicted.Count; i++)
        {
            string key = predicted[i] ?? "\0line" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!groups.TryGetValue(key, out var g)) groups[key] = g = new List<int>();
            g.Add(i);
        }
        int correct = 0;
        foreach (var g in groups.Values)
        {
            string label = truth[g[0]];
            bool pure = true;
            foreach (int i in g) if (!string.Equals(truth[i], label, StringComparison.Ordinal)) { pure = false; break; }
            if (pure && truthSize[label] == g.Count) correct += g.Count;
        }
        return (double)correct / truth.Count;
    }

    /// <summary>Per style: grouping accuracy of the miner with <paramref name="settings"/>.</summary>
    public static Dictionary<string, double> AccuracyByStyle(TemplateMinerSettings settings, IReadOnlyList<LabelledLine>? corpus = null)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var style in ByStyle(corpus ?? Lines))
        {
            var lines = style.ToList();
            var predicted = PredictTemplateIds(lines.Select(l => l.Message).ToList(), settings);
            result[style.Key] = GroupingAccuracy(lines.Select(l => l.Event).ToList(), predicted);
        }
        return result;
    }
}
