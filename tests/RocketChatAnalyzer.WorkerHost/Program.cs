using System.Globalization;
using RocketChatAnalyzer.Distributed;

// Usage: WorkerHost --connection <redis> [--prefix p] [--name n] [--throttle n] [--visibility-ms n]
//        [--heartbeat-ms n] [--idle-ms n] [--max-jobs n] [--hang-on-start]
// Prints one line per worker event on stdout ("JobStarted: …"); exits 0 when the worker stops,
// 2 when Redis is unreachable. --hang-on-start blocks the job thread as soon as a job starts (the
// heartbeat goes on): the tests kill the process in the middle of a chunk that way.
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
};
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
var gate = new object();
void Log(WorkerEvent e)
{
    lock (gate)
    {
        Console.Out.WriteLine(e.Kind + ": " + e.Message);
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
