using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Newtonsoft.Json;

namespace RocketChatAnalyzer;

/// <summary>
/// A group of similar log messages: the message text with its variable parts masked as
/// <c>&lt;*&gt;</c>, how often it occurred, at which levels, when, and one example.
/// </summary>
public sealed class LogTemplate
{
    /// <summary>Stable id: the same template text always gets the same id (hash of the text).</summary>
    public string TemplateId { get; set; } = "";

    /// <summary>The message with variables masked, e.g. <c>Login failed for user &lt;*&gt;</c>.</summary>
    public string Template { get; set; } = "";

    /// <summary>Entries grouped under this template.</summary>
    public long Count { get; set; }

    /// <summary>The most frequent level of the entries (ties go to the more severe level).</summary>
    [JsonIgnore]
    public string Level
    {
        get
        {
            string best = LogLevels.Name(LogLevel.Unknown);
            long bestCount = -1;
            for (int l = LogLevels.Count - 1; l >= 0; l--)
            {
                // Unknown is last in enum order; prefer real levels over Unknown on ties.
                long c = CountFor((LogLevel)l);
                if (c > bestCount || (c == bestCount && (LogLevel)l != LogLevel.Unknown && Severity((LogLevel)l) > Severity(ParseLevel(best))))
                {
                    best = LogLevels.Name((LogLevel)l);
                    bestCount = c;
                }
            }
            return best;
        }
    }

    /// <summary>Entries per level name (only levels that occurred).</summary>
    public Dictionary<string, long> LevelCounts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Earliest timestamp among the entries (UTC).</summary>
    public DateTime? FirstSeen { get; set; }

    /// <summary>Latest timestamp among the entries (UTC).</summary>
    public DateTime? LastSeen { get; set; }

    /// <summary>The first entry of this template in input order (possibly cut to a display limit).</summary>
    public string Example { get; set; } = "";

    public long CountFor(LogLevel level) => LevelCounts.TryGetValue(LogLevels.Name(level), out long n) ? n : 0;

    public override string ToString() => Template;

    /// <summary>Stable id of a template text.</summary>
    public static string IdFor(string template)
    {
        ulong h = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(template));
        return string.Concat("T", h.ToString("x16", CultureInfo.InvariantCulture).AsSpan(0, 12));
    }

    internal LogTemplate Clone() => new()
    {
        TemplateId = TemplateId,
        Template = Template,
        Count = Count,
        LevelCounts = new Dictionary<string, long>(LevelCounts, StringComparer.Ordinal),
        FirstSeen = FirstSeen,
        LastSeen = LastSeen,
        Example = Example,
    };

    /// <summary>Sum of two per-level count maps, keys in level order (so merged values serialise identically whatever the merge order).</summary>
    internal static Dictionary<string, long> SumLevelCounts(Dictionary<string, long> a, Dictionary<string, long> b)
    {
        var d = new Dictionary<string, long>(LogLevels.Count, StringComparer.Ordinal);
        foreach (string name in LogLevels.Names)
        {
            long n = (a.TryGetValue(name, out long x) ? x : 0) + (b.TryGetValue(name, out long y) ? y : 0);
            if (n != 0) d[name] = n;
        }
        return d;
    }

    private static LogLevel ParseLevel(string name)
    {
        for (int i = 0; i < LogLevels.Count; i++) if (LogLevels.Names[i] == name) return (LogLevel)i;
        return LogLevel.Unknown;
    }

    // Severity rank used only to break ties: Fatal > Error > Warn > Startup > Info > Http > Debug > Trace > Unknown.
    private static int Severity(LogLevel l) => l switch
    {
        LogLevel.Fatal => 8, LogLevel.Error => 7, LogLevel.Warn => 6, LogLevel.Startup => 5, LogLevel.Info => 4,
        LogLevel.Http => 3, LogLevel.Debug => 2, LogLevel.Trace => 1, _ => 0,
    };

    /// <summary>
    /// Merges two template tables of adjacent input pieces (left first): left's templates in their
    /// order, then right's new ones, until <paramref name="max"/>; the entries of right's templates
    /// that do not fit are returned in <paramref name="evicted"/>.
    /// </summary>
    internal static List<LogTemplate> MergeTables(List<LogTemplate> left, List<LogTemplate> right, int max, out long evicted)
    {
        // Entries are shared, not copied, unless both sides have the key (then a new combined
        // entry is made): template entries are never modified after they are built, so a merged
        // table may reference the entries of its inputs. This keeps a long in-order fold of chunk
        // results from copying the whole accumulated table at every step.
        evicted = 0;
        var result = new List<LogTemplate>(Math.Min(max, left.Count + right.Count));
        var index = new Dictionary<string, int>(left.Count + right.Count, StringComparer.Ordinal);
        foreach (var t in left)
        {
            if (result.Count >= max) { evicted += t.Count; continue; }
            index[t.Template] = result.Count;
            result.Add(t);
        }
        foreach (var t in right)
        {
            if (index.TryGetValue(t.Template, out int i))
            {
                var l = result[i];
                result[i] = new LogTemplate
                {
                    TemplateId = l.TemplateId,
                    Template = l.Template,
                    Count = l.Count + t.Count,
                    LevelCounts = SumLevelCounts(l.LevelCounts, t.LevelCounts),
                    FirstSeen = LogAnalysis.Min(l.FirstSeen, t.FirstSeen),
                    LastSeen = LogAnalysis.Max(l.LastSeen, t.LastSeen),
                    Example = l.Example,
                };
            }
            else if (result.Count < max)
            {
                index[t.Template] = result.Count;
                result.Add(t);
            }
            else evicted += t.Count;
        }
        return result;
    }
}
