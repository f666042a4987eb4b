using System.Diagnostics;
using System.Globalization;
using System.Text;
using RocketChatAnalyzer;

// bench generate <file> <bytes> [seed] [pino|dump]
// bench analyze <file> <threads> [templates:on|off] [chunkMB] [cold|warm]
// bench patterns <file>          (writes the default rule patterns, one per line, for rg -f)
// bench readpass <file> <threads> (best of 5: read the whole file from the page cache, no hashing)
return args.Length > 0 && args[0] == "generate" ? Generate(args)
     : args.Length > 0 && args[0] == "analyze" ? Analyze(args)
     : args.Length > 0 && args[0] == "onoff" ? OnOff(args)
     : args.Length > 0 && args[0] == "stage2" ? Stage2(args)
     : args.Length > 0 && args[0] == "patterns" ? Patterns(args)
     : args.Length > 0 && args[0] == "stages" ? Stages(args)
     : args.Length > 0 && args[0] == "readpass" ? ReadPass(args)
     : Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: bench generate <file> <bytes> [seed] [pino|dump|varied] | analyze <file> <threads> [on|off] [chunkMB] [cold|warm] | patterns <file> | readpass <file> <threads>");
    return 2;
}

// Single-threaded cost of each layer over a JSON-lines file (for profiling, not a target).
static int Stages(string[] a)
{
    string file = a[1];
    var set = new PatternSet(AnalysisRules.Default);
    var scratch = new RocketChatAnalyzer.Logs.ScratchBuffer();
    var hits = new ulong[set.Words];
    char[]? dec = null;
    var table = new RocketChatAnalyzer.Templates.TemplateTable(new LogAnalysisOptions());
    for (int stage = 0; stage < 4; stage++)
    {
        var sw = Stopwatch.StartNew();
        using var fs = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var reader = new RocketChatAnalyzer.Logs.LineReader(fs, 0, long.MaxValue, 256 * 1024);
        long n = 0, sum = 0;
        while (reader.TryReadLine(out var line, out _, out _))
        {
            n++;
            if (stage == 0) { sum += line.Length; continue; }
            scratch.Clear();
            var f = RocketChatAnalyzer.Logs.JsonEntryParser.Parse(line, scratch);
            var msg = f.Msg.Resolve(line, scratch);
            sum += msg.Length;
            if (stage == 1) continue;
            hits.AsSpan().Clear();
            set.Match(msg, hits, ref dec);
            if (stage == 2) continue;
            table.Add(msg, f.Level, f.Ticks);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stage {stage} (0 lines, 1 +json, 2 +patterns, 3 +templates): {sw.Elapsed.TotalSeconds:0.000}s, {n} lines, cpu {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0.00}s cumulative"));
    }
    return 0;
}

// The floor under any check that a file's bytes are unchanged: reading them once from the page
// cache (positional 1 MiB reads, as ContentDigest does, on <threads> threads over 32 MiB segments),
// without hashing. Prints the best of 5 passes in milliseconds.
static int ReadPass(string[] a)
{
    string file = a[1];
    int threads = int.Parse(a[2], CultureInfo.InvariantCulture);
    using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
    long length = RandomAccess.GetLength(handle);
    const int Segment = 32 << 20;
    int segments = (int)((length + Segment - 1) / Segment);
    double best = double.MaxValue;
    for (int pass = 0; pass < 6; pass++)
    {
        int next = -1;
        var sw = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
        {
            var buffer = new byte[1 << 20];
            int k;
            while ((k = Interlocked.Increment(ref next)) < segments)
            {
                long pos = (long)k * Segment, stop = Math.Min(pos + Segment, length);
                while (pos < stop)
                {
                    int n = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, stop - pos)), pos);
                    if (n <= 0) break;
                    pos += n;
                }
            }
        });
        if (pass > 0) best = Math.Min(best, sw.Elapsed.TotalMilliseconds); // pass 0 warms up
    }
    Console.WriteLine(best.ToString("0.0", CultureInfo.InvariantCulture));
    return 0;
}

static int Patterns(string[] a)
{
    var lines = new List<string>();
    foreach (var (p, _) in AnalysisRules.Default.AllPatterns()) lines.Add(p);
    File.WriteAllLines(a[1], lines);
    return 0;
}

static int Analyze(string[] a)
{
    string file = a[1];
    int threads = int.Parse(a[2], CultureInfo.InvariantCulture);
    bool templates = a.Length < 4 || a[3] != "off";
    long chunk = (a.Length > 4 ? long.Parse(a[4], CultureInfo.InvariantCulture) : 32) << 20;
    var analyzer = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { ThrottleLimit = threads, Templates = templates, ChunkSize = chunk });
    // "warm": one untimed analysis first, as in a PowerShell session after its first call (JIT and
    // tiering done); the default "cold" times a fresh process's first analysis.
    if (a.Length > 5 && a[5] == "warm") _ = analyzer.AnalyzeFile(file);
    var sw = Stopwatch.StartNew();
    var r = analyzer.AnalyzeFile(file);
    // Stage 2 (the templates from the merged keys) is timed too: the cmdlet's output, its findings
    // and the cache all read LogAnalysis.Templates, so a call always pays for it.
    int templateCount = r.Templates.Count;
    sw.Stop();
    long hwm = PeakRssBytes();
    double mb = r.BytesProcessed / 1048576.0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{{\"gc0\":{GC.CollectionCount(0)},\"gc2\":{GC.CollectionCount(2)},\"allocatedMiB\":{GC.GetTotalAllocatedBytes() / 1048576.0:0},\"seconds\":{sw.Elapsed.TotalSeconds:0.000},\"mbPerSecond\":{mb / sw.Elapsed.TotalSeconds:0.0},\"peakRssMiB\":{hwm / 1048576.0:0.0},\"entries\":{r.TotalEntries},\"errors\":{r.Count(LogLevel.Error)},\"templates\":{templateCount},\"keys\":{r.TemplateKeys.Count},\"evicted\":{r.EvictedTemplates},\"jitMs\":{System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0},\"jitMethods\":{System.Runtime.JitInfo.GetCompiledMethodCount()}}}"));
    return 0;
}

// Templates on vs off in one process: after one untimed analysis of each, <pairs> alternating
// on/off analyses of the file; prints each pair and the best and median of each mode. One process
// shares JIT state, page cache and CPU frequency between the two modes, so the ratio is steadier
// than across processes (the cold, fresh-process figure is onoff.sh's).
static int OnOff(string[] a)
{
    string file = a[1];
    int threads = int.Parse(a[2], CultureInfo.InvariantCulture);
    int pairs = a.Length > 3 ? int.Parse(a[3], CultureInfo.InvariantCulture) : 8;
    long chunk = (a.Length > 4 ? long.Parse(a[4], CultureInfo.InvariantCulture) : 32) << 20;
    var on = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { ThrottleLimit = threads, Templates = true, ChunkSize = chunk });
    var off = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { ThrottleLimit = threads, Templates = false, ChunkSize = chunk });
    _ = on.AnalyzeFile(file).Templates.Count;
    _ = off.AnalyzeFile(file);
    var wall = new Dictionary<bool, List<double>> { [true] = new(), [false] = new() };
    var cpu = new Dictionary<bool, List<double>> { [true] = new(), [false] = new() };
    var pairWall = new List<double>();
    var stage2 = new List<double>();
    var pairCpu = new List<double>();
    var process = Process.GetCurrentProcess();
    for (int p = 0; p < pairs; p++)
    {
        foreach (bool templates in p % 2 == 0 ? new[] { true, false } : new[] { false, true })
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var r = (templates ? on : off).AnalyzeFile(file);
            double analysed = sw.Elapsed.TotalSeconds;
            if (templates) _ = r.Templates.Count; // stage 2 counts: a cmdlet's output includes the templates
            if (templates) stage2.Add(sw.Elapsed.TotalSeconds - analysed);
            wall[templates].Add(sw.Elapsed.TotalSeconds);
            process.Refresh();
            cpu[templates].Add((process.TotalProcessorTime - cpu0).TotalSeconds);
        }
        pairWall.Add(wall[true][^1] / wall[false][^1] - 1);
        pairCpu.Add(cpu[true][^1] / cpu[false][^1] - 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pair {p + 1}: wall on {wall[true][^1]:0.000} s, off {wall[false][^1]:0.000} s ({100 * pairWall[^1]:+0.0;-0.0} %); CPU on {cpu[true][^1]:0.000} s, off {cpu[false][^1]:0.000} s ({100 * pairCpu[^1]:+0.0;-0.0} %)"));
    }
    static double Median(IEnumerable<double> v) { var s = v.OrderBy(x => x).ToList(); return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2; }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"stage 2 (templates from the merged keys), median {Median(stage2) * 1000:0} ms\n" +
        $"templates on vs off, {file}, {threads} threads, {pairs} pairs in one process: wall best {100 * (wall[true].Min() / wall[false].Min() - 1):+0.0;-0.0} %, median of pairs {100 * Median(pairWall):+0.0;-0.0} %; CPU best {100 * (cpu[true].Min() / cpu[false].Min() - 1):+0.0;-0.0} %, median of pairs {100 * Median(pairCpu):+0.0;-0.0} %"));
    return 0;
}

// Stage 2 alone on the merged keys of a file's analysis: key count and best of 5 (warm).
static int Stage2(string[] a)
{
    var r = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions()).AnalyzeFile(a[1]);
    var keys = r.TemplateKeys;
    double best = double.MaxValue, first = 0;
    int templates = 0;
    for (int i = 0; i < 5; i++)
    {
        var sw = Stopwatch.StartNew();
        templates = RocketChatAnalyzer.Templates.TemplateMiner.Build(keys).Templates.Count;
        best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        if (i == 0) first = sw.Elapsed.TotalMilliseconds;
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{keys.Count} merged keys → {templates} templates: stage 2 first {first:0.0} ms (as in an analysis: once per process), best of 5 {best:0.0} ms"));
    return 0;
}

static long PeakRssBytes()
{
    try
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line.AsSpan(6).Trim().ToString().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
    catch (IOException) { }
    return Process.GetCurrentProcess().PeakWorkingSet64;
}

static int Generate(string[] a)
{
    string file = a[1];
    long target = long.Parse(a[2], CultureInfo.InvariantCulture);
    int seed = a.Length > 3 ? int.Parse(a[3], CultureInfo.InvariantCulture) : 42;
    bool dump = a.Length > 4 && a[4] == "dump";
    // "varied": pino lines whose msg is one of the templates bench's Rocket.Chat-like messages
    // (Meteor ids, UUIDs, hex, users, JSON fragments: far more shapes than the default corpus).
    bool varied = a.Length > 4 && a[4] == "varied";
    var rawUtf8 = new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }; // as pino writes
    var rnd = new Random(seed);
    string[] names = { "System", "API", "Meteor", "Migrations", "License", "LDAP", "Push", "OmnichannelQueue", "DatabaseWatcher", "VersionCheck", "Livechat", "Auth" };
    string[] templates =
    {
        "User {u} logged in via web client", "Method sendMessage completed in {n}ms", "Subscription stream-room-messages ready for {u}",
        "Error: connection timeout to mongo:27017 after {n}ms", "warn: slow query on rocketchat_message took {n}ms",
        "Authentication failed for user {u} from {ip}", "Request timeout on /api/v1/im.history for {u}", "Deprecated method called: {m}",
        "Exception in callback of async function: TypeError at {m}", "OAuth token refreshed for {u}", "Rate limit exceeded for {ip}, retrying in {n}ms",
        "Push notification queued for {u}", "Checking for version updates", "Using change streams", "Limit validation failed",
        "Failed to get Workspace AccessToken from Rocket.Chat Cloud", "Migrating from version {n} -> {n}", "connection time out",
    };
    string[] methods = { "channels.history", "loadHistory", "getRoomRoles", "livechat:getAgent", "im.list" };
    int[] levels = { 20, 30, 30, 30, 35, 35, 40, 50, 51 };
    var t = new DateTime(2025, 7, 20, 0, 0, 0, DateTimeKind.Utc);
    using var fs = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
    using var w = new StreamWriter(fs, new UTF8Encoding(false), 1 << 20);
    long written = 0;
    long i = 0;
    var sb = new StringBuilder(512);
    if (dump) { w.Write("{\"queue\":["); written += 10; }
    while (written < target)
    {
        sb.Clear();
        t = t.AddMilliseconds(rnd.Next(1, 3000));
        int level = levels[rnd.Next(levels.Length)];
        string ts = t.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        sb.Append("{\"level\":").Append(level).Append(",\"time\":\"").Append(ts).Append("\",\"pid\":1,\"hostname\":\"rocketchat-0\",\"name\":\"")
          .Append(names[rnd.Next(names.Length)]).Append('"');
        if (varied)
        {
            var text = new StringBuilder(256);
            LogLevel l = RocketChatMessages.Next(rnd, text);
            int pino = l switch { LogLevel.Trace => 10, LogLevel.Debug => 20, LogLevel.Warn => 40, LogLevel.Error => 50, LogLevel.Fatal => 60, _ => 30 };
            sb.Clear().Append("{\"level\":").Append(pino).Append(",\"time\":\"").Append(ts).Append("\",\"pid\":1,\"hostname\":\"rocketchat-0\",\"name\":\"")
              .Append(names[rnd.Next(names.Length)]).Append("\",\"msg\":").Append(System.Text.Json.JsonSerializer.Serialize(text.ToString(), rawUtf8)).Append('}');
        }
        else if (level == 35 && rnd.Next(2) == 0)
        {
            sb.Append(",\"method\":\"GET\",\"url\":\"/api/v1/").Append(methods[rnd.Next(methods.Length)]).Append("?count=").Append(rnd.Next(100))
              .Append("\",\"userId\":\"L86W8h2Xtrpystbnd\",\"status\":200,\"responseTime\":").Append(rnd.Next(1, 900)).Append('}');
        }
        else
        {
            string msg = templates[rnd.Next(templates.Length)]
                .Replace("{u}", "user" + rnd.Next(1, 5000).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{n}", rnd.Next(5, 60000).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{ip}", "10.0." + rnd.Next(256).ToString(CultureInfo.InvariantCulture) + "." + rnd.Next(1, 255).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{m}", methods[rnd.Next(methods.Length)], StringComparison.Ordinal);
            sb.Append(",\"msg\":\"").Append(msg).Append('"');
            if (level >= 50 && rnd.Next(3) == 0)
                sb.Append(",\"err\":{\"type\":\"Error\",\"message\":\"").Append(msg).Append("\",\"stack\":\"Error: ").Append(msg).Append("\\n    at Object.<anonymous> (/app/bundle/programs/server/app/app.js:1:1)\\n    at Module._compile (node:internal/modules/cjs/loader:1256:14)\"}");
            sb.Append('}');
        }
        string line = sb.ToString();
        if (dump)
        {
            string item = (i > 0 ? "," : "") + "{\"id\":\"logid-" + i.ToString(CultureInfo.InvariantCulture) + "\",\"string\":" + System.Text.Json.JsonSerializer.Serialize(line + "\n") + ",\"ts\":\"" + ts + "\"}";
            w.Write(item);
            written += Encoding.UTF8.GetByteCount(item);
        }
        else
        {
            w.Write(line);
            w.Write('\n');
            written += line.Length + 1;
        }
        i++;
    }
    if (dump) w.Write("],\"success\":true}");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {written} bytes, {i} entries"));
    return 0;
}
