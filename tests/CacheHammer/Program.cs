using System.Globalization;
using RocketChatAnalyzer;
using RocketChatAnalyzer.Cache;

// Usage: CacheHammer <cache file> <work folder> <worker id> <iterations> <workers>
// Each iteration writes a small statistics dump of its own, analyses it through the cache (a miss
// that stores), reads it back at once (must be a hit: no lost write), and reads one dump of another
// worker (hit or miss, but always the right result). Exit 0 when every check held.
if (args.Length != 5)
{
    Console.Error.WriteLine("usage: CacheHammer <cache file> <work folder> <worker id> <iterations> <workers>");
    return 2;
}
string cachePath = args[0], folder = args[1];
int worker = int.Parse(args[2], CultureInfo.InvariantCulture);
int iterations = int.Parse(args[3], CultureInfo.InvariantCulture);
int workers = int.Parse(args[4], CultureInfo.InvariantCulture);
var cache = AnalysisCache.Open(cachePath);
var rng = new Random(worker);
int failures = 0, hits = 0, misses = 0;

for (int i = 0; i < iterations; i++)
{
    string mine = Path.Combine(folder, $"w{worker}-{i}-server-statistics.json");
    string temp = mine + ".tmp";
    File.WriteAllText(temp, Statistics(worker, i));
    File.Move(temp, mine); // appears whole, as a dump copied into place would

    var stored = Analyze(mine);
    if (stored.Outcome is not (CacheOutcome.Miss or CacheOutcome.Hit)) Fail($"{mine}: first lookup was {stored.Outcome}");
    var again = Analyze(mine);
    if (again.Outcome != CacheOutcome.Hit) Fail($"{mine}: written result not found at once ({again.Outcome})");

    int other = rng.Next(workers);
    int j = rng.Next(Math.Max(1, i));
    string theirs = Path.Combine(folder, $"w{other}-{j}-server-statistics.json");
    if (File.Exists(theirs))
    {
        var r = Analyze(theirs);
        if (r.Outcome == CacheOutcome.Hit) hits++; else misses++;
    }
}

Console.WriteLine($"worker {worker}: {iterations} written, {hits} foreign hits, {misses} foreign misses, {failures} failures");
return failures == 0 ? 0 : 1;

CachedResult<DumpAnalysis> Analyze(string path)
{
    var result = CachedAnalysis.GetOrAnalyzeDump(path, AnalysisRules.Default, new DumpAnalyzerOptions(),
        (p, ct) => new DumpAnalysis { Path = p, ServerVersion = ExpectedVersion(p), AnalyzedAt = DateTime.UtcNow },
        new CacheRequest { Cache = cache });
    foreach (var d in result.Diagnostics) Fail($"{path}: cache diagnostic {d.Code}: {d.Message}");
    if (result.Result.ServerVersion != ExpectedVersion(path)) Fail($"{path}: wrong result {result.Result.ServerVersion}");
    return result;
}

void Fail(string message)
{
    failures++;
    Console.Error.WriteLine(message);
}

// The "analysis": the version written in the file (IStats shape, see ROCKETCHAT-FORMATS.md §4).
static string ExpectedVersion(string path)
{
    string text = File.ReadAllText(path);
    int at = text.IndexOf("\"version\": \"", StringComparison.Ordinal) + 12;
    return text.Substring(at, text.IndexOf('"', at) - at);
}

static string Statistics(int worker, int i) => $$"""
    { "uniqueId": "w{{worker}}i{{i}}", "installedAt": "2021-03-02T09:15:11.004Z", "version": "7.{{worker}}.{{i}}",
      "totalUsers": {{7116 + i}}, "onlineUsers": 342, "totalMessages": 2399787, "mongoVersion": "7.0.14", "oplogEnabled": true }
    """;
