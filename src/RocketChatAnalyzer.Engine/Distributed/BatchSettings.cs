using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace RocketChatAnalyzer.Distributed;

/// <summary>
/// What every job of one submission shares (the batch's <c>meta</c> hash): the rules, the log
/// options and the dump options, written once by the submitter and read (and cached) by workers.
/// The key's TTL bounds the life of the whole batch: when it is gone, workers drop its jobs.
/// </summary>
internal sealed record BatchSettings
{
    public string Kind { get; init; } = "log";
    public string RulesJson { get; init; } = "";
    public string RulesHash { get; init; } = "";
    public string OptionsJson { get; init; } = "";
    public string? DumpOptions { get; init; }
    public int Total { get; init; }

    public HashEntry[] ToHash()
    {
        var list = new List<HashEntry>
        {
            new("kind", Kind),
            new("rules", RulesJson),
            new("rulesHash", RulesHash),
            new("options", OptionsJson),
            new("total", Total),
            new("created", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
            new("submitter", Environment.MachineName),
        };
        if (DumpOptions is not null) list.Add(new("dumpOptions", DumpOptions));
        return list.ToArray();
    }

    public static BatchSettings? FromHash(HashEntry[] hash)
    {
        if (hash.Length == 0) return null;
        string? kind = null, rules = null, rulesHash = null, options = null, dump = null;
        long total = 0;
        foreach (var e in hash)
        {
            switch ((string?)e.Name)
            {
                case "kind": kind = e.Value; break;
                case "rules": rules = e.Value; break;
                case "rulesHash": rulesHash = e.Value; break;
                case "options": options = e.Value; break;
                case "dumpOptions": dump = e.Value; break;
                case "total": _ = e.Value.TryParse(out total); break;
            }
        }
        if (kind is null || rules is null || rulesHash is null || options is null) return null;
        return new BatchSettings { Kind = kind, RulesJson = rules, RulesHash = rulesHash, OptionsJson = options, DumpOptions = dump, Total = (int)total };
    }

    /// <summary>The effective rules in the rules-file format; <see cref="RulesFromJson"/> gives rules with the same <see cref="AnalysisRules.Hash"/>.</summary>
    public static string RulesToJson(AnalysisRules rules)
    {
        var t = rules.Thresholds;
        var thresholds = JObject.FromObject(t);
        foreach (var p in thresholds.Properties().ToList())
            if (p.Name.StartsWith("Weight", StringComparison.Ordinal)) p.Remove();
        return new JObject
        {
            ["logPatterns"] = new JObject
            {
                ["error"] = new JArray(rules.ErrorPatterns),
                ["warning"] = new JArray(rules.WarningPatterns),
                ["security"] = new JArray(rules.SecurityPatterns),
            },
            ["performanceThresholds"] = thresholds,
            ["analysisRules"] = new JObject
            {
                ["severityWeights"] = new JObject
                {
                    ["critical"] = t.WeightCritical,
                    ["error"] = t.WeightError,
                    ["warning"] = t.WeightWarning,
                    ["info"] = t.WeightInfo,
                },
            },
        }.ToString(Newtonsoft.Json.Formatting.None);
    }

    /// <summary>Rebuilds the submitter's rules; throws when they do not hash the same (a version mismatch).</summary>
    public static AnalysisRules RulesFromJson(string json, string expectedHash, string origin)
    {
        var rules = AnalysisRules.Parse(json, origin, null);
        if (!string.Equals(rules.Hash, expectedHash, StringComparison.Ordinal))
            throw new InvalidDataException("The rules sent with the job do not hash as the submitter's did (is this worker a different version of the module?).");
        return rules;
    }

    /// <summary>Options as the worker uses them: one thread per job (the worker runs several jobs at once).</summary>
    public static string OptionsToJson(LogAnalysisOptions options) => Payload.ToJson(options);

    public static LogAnalysisOptions OptionsFromJson(string json) => Payload.FromJson<LogAnalysisOptions>(json) with { ThrottleLimit = 1 };
}
