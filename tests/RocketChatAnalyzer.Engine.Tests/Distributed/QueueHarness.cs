using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Newtonsoft.Json;
using RocketChatAnalyzer.Distributed;
using RocketChatAnalyzer.Tests.Logs;

namespace RocketChatAnalyzer.Tests.Distributed;

/// <summary>
/// One isolated queue (its own key prefix) on the shared server, in-process workers with short
/// timeouts, and a temp folder. Disposing stops the workers and removes the folder.
/// </summary>
internal sealed class QueueHarness : IDisposable
{
    private readonly List<(AnalysisWorker Worker, Task<WorkerSummary> Run, CancellationTokenSource Stop)> _workers = new();

    public QueueHarness(RedisServer server, string connectionOptions = "")
    {
        Server = server;
        Prefix = "t" + Guid.NewGuid().ToString("N")[..8] + ":";
        Queue = QueueConnection.Connect(server.Connection + connectionOptions, Prefix);
        Dir = Directory.CreateTempSubdirectory("rca-dist-").FullName;
    }

    public RedisServer Server { get; }

    public string Prefix { get; }

    public QueueConnection Queue { get; }

    public string Dir { get; }

    public ConcurrentQueue<WorkerEvent> Events { get; } = new();

    /// <summary>Fast settings: a dead worker's job is taken over after about a second.</summary>
    public static AnalysisWorkerOptions FastOptions(string name) => new()
    {
        Name = name,
        VisibilityTimeout = TimeSpan.FromSeconds(1),
        HeartbeatInterval = TimeSpan.FromMilliseconds(200),
        PollInterval = TimeSpan.FromMilliseconds(200),
        MaxDeliveries = 3,
    };

    public static DistributedOptions Submit(bool shared = false) => new()
    {
        SharedPath = shared,
        NoWorkerTimeout = TimeSpan.FromSeconds(10),
        WorkerLiveness = TimeSpan.FromSeconds(3),
    };

    public AnalysisWorker StartWorker(string name, DumpJobHandler? dumps = null, AnalysisWorkerOptions? options = null)
    {
        var worker = new AnalysisWorker(Queue, options ?? FastOptions(name), dumps, Events.Enqueue);
        var stop = new CancellationTokenSource();
        var run = Task.Run(() => worker.RunAsync(stop.Token));
        _workers.Add((worker, run, stop));
        return worker;
    }

    public void StartWorkers(int n, DumpJobHandler? dumps = null)
    {
        for (int i = 0; i < n; i++) StartWorker("w" + i, dumps);
    }

    /// <summary>Stops every worker (as Ctrl+C would) and returns their summaries.</summary>
    public List<WorkerSummary> StopWorkers()
    {
        foreach (var w in _workers) w.Stop.Cancel();
        var list = new List<WorkerSummary>();
        foreach (var w in _workers)
        {
            if (!w.Run.Wait(TimeSpan.FromSeconds(15))) throw new TimeoutException("A worker did not stop within 15 s of cancellation.");
            list.Add(w.Run.Result);
            w.Worker.Dispose();
            w.Stop.Dispose();
        }
        _workers.Clear();
        return list;
    }

    public DistributedAnalyzer Submitter(DistributedOptions? options = null) => new(Queue, options ?? Submit());

    public string Write(string name, string text)
    {
        string p = Path.Combine(Dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(p)!);
        File.WriteAllText(p, text, new UTF8Encoding(false));
        return p;
    }

    public string WriteGzip(string name, string text)
    {
        string p = Path.Combine(Dir, name);
        using var fs = File.Create(p);
        using var gz = new GZipStream(fs, CompressionLevel.Fastest);
        gz.Write(Encoding.UTF8.GetBytes(text));
        return p;
    }

    public void Dispose()
    {
        try { StopWorkers(); }
        finally
        {
            Queue.Dispose();
            try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>
    /// Each job was analysed once, except a job whose lease ran out while its worker was starved
    /// (a loaded machine, a 1 s lease) and that another worker reclaimed: its second copy is either
    /// a duplicate (the first result was already stored) or late (the submission had already got
    /// all its results and ended). Nothing else may be analysed twice, and nothing may fail.
    /// </summary>
    public static void AssertEachJobAnalysedOnce(IReadOnlyCollection<WorkerSummary> summaries, long jobs)
    {
        long extra = summaries.Sum(s => s.Duplicates + s.LateResults);
        long reclaimed = summaries.Sum(s => s.JobsReclaimed);
        Xunit.Assert.Equal(jobs, summaries.Sum(s => s.JobsCompleted) - extra);
        Xunit.Assert.True(extra <= reclaimed, $"{extra} extra analyses but only {reclaimed} reclaimed jobs");
        Xunit.Assert.All(summaries, s => Xunit.Assert.Equal(0, s.JobsFailed));
    }

    public static string Json(object o) => JsonConvert.SerializeObject(o);

    /// <summary>JSON of a dump result without the analysis time (which differs between runs by nature).</summary>
    public static string DumpJson(DumpAnalysis a)
    {
        var copy = JsonConvert.DeserializeObject<DumpAnalysis>(JsonConvert.SerializeObject(a))!;
        copy.AnalyzedAt = default;
        copy.CacheInfo = null;
        return JsonConvert.SerializeObject(copy);
    }
}

/// <summary>
/// A stand-in for the dump analyzer (branch dump-analysis) with the same shape of result: reads the
/// dump's <c>log.json</c> (support-dump queue) and <c>statistics.json</c> from a folder or a zip and
/// names its files like the real one (<c>archive.zip!/member</c>).
/// </summary>
internal static class FakeDumpAnalyzer
{
    public static DumpAnalysis Analyze(DumpJobRequest request, CancellationToken ct)
    {
        var analyzer = new LogAnalyzer(request.Rules, new LogAnalysisOptions { ThrottleLimit = 1 });
        var result = new DumpAnalysis { Path = request.Path, AnalyzedAt = DateTime.UtcNow };
        if (request.Path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var zip = ZipFile.OpenRead(request.Path);
            var log = zip.GetEntry("log.json");
            if (log is not null)
            {
                using var s = log.Open();
                result.Files.Log = request.Path + "!/log.json";
                result.Log = analyzer.AnalyzeStream(s, result.Files.Log, LogFormat.SupportDump, null, ct);
            }
            var stats = zip.GetEntry("statistics.json");
            if (stats is not null)
            {
                using var r = new StreamReader(stats.Open());
                result.Files.Statistics = request.Path + "!/statistics.json";
                result.ServerVersion = Newtonsoft.Json.Linq.JObject.Parse(r.ReadToEnd())["version"]?.ToString();
            }
        }
        else
        {
            string log = Path.Combine(request.Path, "log.json");
            if (File.Exists(log))
            {
                result.Files.Log = log;
                result.Log = analyzer.AnalyzeFile(log, null, ct);
            }
            string stats = Path.Combine(request.Path, "statistics.json");
            if (File.Exists(stats))
            {
                result.Files.Statistics = stats;
                result.ServerVersion = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(stats))["version"]?.ToString();
            }
        }
        result.Diagnostics.AddRange(result.Log.Diagnostics);
        return result;
    }

    /// <summary>A small dump folder: a support-dump log of generated real-shaped lines and a statistics file.</summary>
    public static string WriteDump(QueueHarness h, string name, int seed, int entries, bool zip)
    {
        var gen = new CorpusGenerator(seed);
        string log = gen.SupportDump(entries);
        string stats = "{\"version\":\"7." + (seed % 10).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".0\",\"totalUsers\":" + (100 + seed).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
        if (!zip)
        {
            h.Write(Path.Combine(name, "log.json"), log);
            h.Write(Path.Combine(name, "statistics.json"), stats);
            return Path.Combine(h.Dir, name);
        }
        string p = Path.Combine(h.Dir, name + ".zip");
        using var z = ZipFile.Open(p, ZipArchiveMode.Create);
        foreach (var (entry, text) in new[] { ("log.json", log), ("statistics.json", stats) })
        {
            using var w = new StreamWriter(z.CreateEntry(entry).Open(), new UTF8Encoding(false));
            w.Write(text);
        }
        return p;
    }
}
