using System.Globalization;
using RocketChatAnalyzer.Distributed;

// Usage: WorkerHost --connection <redis> [--prefix p] [--name n] [--throttle n] [--visibility-ms n]
//        [--heartbeat-ms n] [--idle-ms n] [--max-jobs n] [--warmup-ms n] [--hang-on-start]
//        WorkerHost submit --connection <redis> --path <log> [--chunk-mb n] [--shared] [--prefix p] [--repeat n]
// Worker: prints one line per worker event on stdout ("JobStarted: … @<UTC time>"); exits 0 when the worker
// stops, 2 when Redis is unreachable. --hang-on-start blocks the job thread as soon as a job starts
// (the heartbeat goes on): the tests kill the process in the middle of a chunk that way.
// submit: analyses one log on the workers and prints "seconds=… bytes=… entries=… chunks=… MBps=…
// submitter-cpu=… sha256=…" (bench/Distributed; submitter-cpu is the whole process's CPU time so far).
using System.Security.Cryptography;
using RocketChatAnalyzer;

if (args.Length > 0 && args[0] == "submit") return Submit(args);
var a = new Dictionary<string, string>(StringComparer.Ordinal);
bool hang = false;
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--hang-on-start") { hang = true; continue; }
    if (i + 1 < args.Length) a[args[i]] = args[++i];
}
int Int(string k, int d) => a.TryGetValue(k, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : d;

var options = new AnalysisWorkerOptions
{
    Name = a.GetValueOrDefault("--name") ?? AnalysisWorkerOptions.DefaultName(),
    ThrottleLimit = Int("--throttle", 1),
    MaxJobs = Int("--max-jobs", 0),
    VisibilityTimeout = TimeSpan.FromMilliseconds(Int("--visibility-ms", 30_000)),
    HeartbeatInterval = TimeSpan.FromMilliseconds(Int("--heartbeat-ms", 2_000)),
    IdleTimeout = a.ContainsKey("--idle-ms") ? TimeSpan.FromMilliseconds(Int("--idle-ms", 0)) : null,
    PollInterval = TimeSpan.FromMilliseconds(200),
    WarmUp = a.ContainsKey("--warmup-ms") ? TimeSpan.FromMilliseconds(Int("--warmup-ms", 0)) : new AnalysisWorkerOptions().WarmUp,
};
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
var gate = new object();
void Log(WorkerEvent e)
{
    lock (gate)
    {
        Console.Out.WriteLine(e.Kind + ": " + e.Message + " @" + e.Time.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture));
        Console.Out.Flush();
    }
    if (hang && e.Kind == WorkerEventKind.JobStarted) Thread.Sleep(Timeout.Infinite);
}
try
{
    using var queue = QueueConnection.Connect(a["--connection"], a.GetValueOrDefault("--prefix") ?? QueueKeys.DefaultPrefix);
    using var worker = new AnalysisWorker(queue, options, null, Log);
    var summary = await worker.RunAsync(stop.Token);
    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Summary: completed={summary.JobsCompleted} failed={summary.JobsFailed} reclaimed={summary.JobsReclaimed} seconds={summary.Duration.TotalSeconds:0.000}"));
    return 0;
}
catch (DistributedAnalysisException ex)
{
    Console.Error.WriteLine(ex.Code + ": " + ex.Message);
    return 2;
}

static int Submit(string[] args)
{
    var a = new Dictionary<string, string>(StringComparer.Ordinal);
    bool shared = false;
    for (int i = 1; i < args.Length; i++)
    {
        if (args[i] == "--shared") { shared = true; continue; }
        if (i + 1 < args.Length) a[args[i]] = args[++i];
    }
    long chunk = (a.TryGetValue("--chunk-mb", out var c) ? long.Parse(c, CultureInfo.InvariantCulture) : 8) << 20;
    using var queue = QueueConnection.Connect(a["--connection"], a.GetValueOrDefault("--prefix") ?? QueueKeys.DefaultPrefix);
    var analyzer = new DistributedAnalyzer(queue, new DistributedOptions { SharedPath = shared });
    // --repeat n: n submissions from the same process (the later ones with a warm submitter).
    int repeat = a.TryGetValue("--repeat", out var rp) ? int.Parse(rp, CultureInfo.InvariantCulture) : 1;
    for (int round = 0; round < repeat; round++)
    {
        var progress = new DistributedProgress();
        // Rules are loaded before the clock starts, as the local benchmark does (a cmdlet loads them in BeginProcessing).
        var rules = AnalysisRules.Default;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var result = analyzer.AnalyzeLogs(new[] { a["--path"] }, rules, new LogAnalysisOptions { ChunkSize = chunk }, progress, TimeSpan.FromHours(1), CancellationToken.None);
        double seconds = sw.Elapsed.TotalSeconds;
        double cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        string hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Newtonsoft.Json.JsonConvert.SerializeObject(result))))[..16];
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seconds={seconds:0.000} bytes={result.BytesProcessed} entries={result.TotalEntries} chunks={progress.ChunksTotal} MBps={result.BytesProcessed / 1e6 / seconds:0.0} submitter-cpu={cpu:0.00}s sha256={hash}"));
    }
    return 0;
}

