using System.Diagnostics;
using System.Globalization;
using System.Text;
using RocketChatAnalyzer;
using RocketChatAnalyzer.Templates;

// Template-mining benchmark (stage 1, single thread) and a small dev tool.
//   dotnet run -c Release --project bench/RocketChatAnalyzer.Bench.Templates [-- [count] [seed]]
//   dotnet run -c Release --project bench/RocketChatAnalyzer.Bench.Templates -- mask <file>   (print the key of each line)
//   dotnet run -c Release --project bench/RocketChatAnalyzer.Bench.Templates -- mine <file>   (print templates, most frequent first)
//   dotnet run -c Release --project bench/RocketChatAnalyzer.Bench.Templates -- ga <labelled.tsv> [-v] [--no-names]   (grouping accuracy per style; --no-names: without the lexicon rule)
//   dotnet run -c Release --project bench/RocketChatAnalyzer.Bench.Templates -- stage2 <file>   (stage-2 time, best of 5, and without each costly rule)
if (args.Length >= 2 && args[0] == "stage2")
{
    Stage2(args[1]);
    return;
}
if (args.Length >= 2 && args[0] == "ga")
{
    GroupingAccuracyReport(args[1], args.Contains("-v"), args.Contains("--no-names") ? SettingsFromEnvironment() with { NamesAreValues = false } : SettingsFromEnvironment());
    return;
}
if (args.Length >= 2 && args[0] == "shapecheck")
{
    var cl = new byte[TemplateMasker.MaxInputBytes];
    var sh = new byte[TemplateMasker.MaxInputBytes + 32];
    var d1 = new byte[TemplateMasker.MaxOutputBytes];
    var d2 = new byte[TemplateMasker.MaxOutputBytes];
    int total = 0, differ = 0;
    var source = args[1] == "generated" ? GeneratedLines() : File.ReadLines(args[1]);
    static IEnumerable<string> GeneratedLines()
    {
        var (buffer, offsets, _) = RocketChatMessages.Generate(300_000, 7);
        for (int i = 0; i < 300_000; i++) yield return Encoding.UTF8.GetString(buffer, offsets[i], offsets[i + 1] - offsets[i]);
    }
    foreach (string line in source)
    {
        var p = TemplateMasker.Prepare(Encoding.UTF8.GetBytes(line), cl);
        int a = TemplateMasker.Mask(p, d1);
        int b = TemplateMasker.Mask(TemplateTable.Shape(p, sh), d2);
        total++;
        if (!d1.AsSpan(0, a).SequenceEqual(d2.AsSpan(0, b)))
        {
            differ++;
            if (differ <= 30) Console.WriteLine($"{line}\n   raw:   {Encoding.UTF8.GetString(d1, 0, a)}\n   shape: {Encoding.UTF8.GetString(d2, 0, b)}");
        }
    }
    Console.WriteLine($"{differ} of {total} lines get another key from their shape");
    return;
}
if (args.Length >= 2 && args[0] == "cost")
{
    Cost(args[1]);
    return;
}
if (args.Length >= 2 && args[0] is "mask" or "mine")
{
    Tool(args[0], args[1]);
    return;
}

int count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000_000;
int seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 42;
var (buffer, offsets, levels) = RocketChatMessages.Generate(count, seed);
Console.WriteLine($"input: {count:N0} Rocket.Chat-like messages, {buffer.Length / 1048576.0:F1} MiB, seed {seed}");

var options = new LogAnalysisOptions();
// Warm-up on a slice so the JIT has tiered up before timing.
var warm = new TemplateTable(options);
for (int i = 0; i < Math.Min(count, 200_000); i++) warm.Add(buffer.AsSpan(offsets[i], offsets[i + 1] - offsets[i]), levels[i], 0);

var table = new TemplateTable(options);
long ticks0 = new DateTime(2025, 7, 20, 0, 0, 0, DateTimeKind.Utc).Ticks;
long allocated = GC.GetAllocatedBytesForCurrentThread();
// CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
var sw = Stopwatch.StartNew();
for (int i = 0; i < count; i++)
{
    table.Add(buffer.AsSpan(offsets[i], offsets[i + 1] - offsets[i]), levels[i], ticks0 + i * TimeSpan.TicksPerMillisecond);
}
sw.Stop();
var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
double perSecond = count / sw.Elapsed.TotalSeconds;
double perCpuSecond = count / cpu.TotalSeconds;
Console.WriteLine($"stage 1 (mask + count), one thread: wall {sw.Elapsed.TotalMilliseconds:F0} ms = {perSecond / 1e6:F2} M messages/s; CPU {cpu.TotalMilliseconds:F0} ms = {perCpuSecond / 1e6:F2} M messages per CPU-second ({buffer.Length / 1048576.0 / cpu.TotalSeconds:F0} MiB/s)");
Console.WriteLine($"  {table.KeyCount:N0} keys, {table.Evicted:N0} evicted, {allocated / 1024.0:F0} KiB allocated on the mining thread (new keys only)");

sw.Restart();
var keys = table.ToList();
var set = TemplateMiner.Build(keys);
sw.Stop();
Console.WriteLine($"stage 2 (finalize {keys.Count:N0} keys): {sw.Elapsed.TotalMilliseconds:F0} ms, {set.Templates.Count:N0} templates");
foreach (var t in set.Templates.Take(8)) Console.WriteLine($"  {t.Count,9:N0}  {t.Template}");

static void Stage2(string path)
{
    var table = new TemplateTable(new LogAnalysisOptions());
    foreach (string line in File.ReadLines(path)) table.Add(Encoding.UTF8.GetBytes(line), LogLevel.Unknown, 0);
    var keys = table.ToList();
    // The word list loads on the first look-up (once per process): timed apart, so the rows below are warm.
    var load = Stopwatch.StartNew();
    int lexicon = TemplateLexicon.Count;
    Console.WriteLine($"word list: {lexicon:N0} words loaded in {load.Elapsed.TotalMilliseconds:F0} ms (once per process)");
    foreach (var (name, settings) in new[]
    {
        ("default", SettingsFromEnvironment()),
        ("without variable-width slots", TemplateMinerSettings.Default with { VariableWidthSlots = false }),
        ("without bracketed values", TemplateMinerSettings.Default with { BracketedWordsAreValues = false }),
        ("without names as values", TemplateMinerSettings.Default with { NamesAreValues = false }),
    })
    {
        double best = double.MaxValue;
        int templates = 0;
        for (int r = 0; r < 5; r++)
        {
            var sw = Stopwatch.StartNew();
            templates = TemplateMiner.Build(keys, settings).Templates.Count;
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"{keys.Count:N0} keys, {name}: {best:F0} ms (best of 5), {templates} templates");
    }
}

// Where stage 1's time goes on the messages of a file (one per line, or the msg of JSON lines):
// the exact-repeat cache's hit rate, and per entry the cost of Add, of Prepare + digit shape, and of
// masking every entry (the miss path). Best of 5, one thread, in memory.
static void Cost(string path)
{
    var msgs = new List<byte[]>();
    var scratch = new RocketChatAnalyzer.Logs.ScratchBuffer();
    if (path == "generated")
    {
        var (buffer, offsets, _) = RocketChatMessages.Generate(1_000_000, 42);
        for (int i = 0; i < 1_000_000; i++) msgs.Add(buffer.AsSpan(offsets[i], offsets[i + 1] - offsets[i]).ToArray());
    }
    else foreach (string line in File.ReadLines(path))
    {
        byte[] b = Encoding.UTF8.GetBytes(line);
        if (b.Length > 0 && b[0] == (byte)'{')
        {
            scratch.Clear();
            var f = RocketChatAnalyzer.Logs.JsonEntryParser.Parse(b, scratch);
            var m = f.Msg.Resolve(b, scratch);
            if (m.Length > 0) b = m.ToArray();
        }
        msgs.Add(b);
    }
    if (Environment.GetEnvironmentVariable("RCA_COST_HOT") == "1") msgs = Enumerable.Range(0, msgs.Count).Select(i => msgs[i % 64]).ToList();
    var options = new LogAnalysisOptions();
    double Time(Action<TemplateTable> run)
    {
        double best = double.MaxValue;
        for (int r = 0; r < 5; r++)
        {
            var t = new TemplateTable(options);
            var sw = Stopwatch.StartNew();
            run(t);
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        return best * 1e6 / msgs.Count;
    }
    {
        var shapes = new Dictionary<string, int>();
        var sh = new byte[TemplateMasker.MaxInputBytes + 32];
        var cl = new byte[TemplateMasker.MaxInputBytes];
        foreach (var m in msgs)
        {
            int k = TemplateTable.FastShape(m, sh);
            string key = k >= 0 ? Encoding.UTF8.GetString(sh, 0, k) : "(prepare) " + Encoding.UTF8.GetString(TemplateTable.Shape(TemplateMasker.Prepare(m, cl), sh));
            shapes[key] = shapes.GetValueOrDefault(key) + 1;
        }
        Console.WriteLine($"{shapes.Count:N0} distinct shapes; singletons {shapes.Count(kv => kv.Value == 1):N0}; e.g.:");
        foreach (var kv in shapes.Where(kv => kv.Value == 1).Take(12)) Console.WriteLine("  " + kv.Key);
    }
    var probe = new TemplateTable(options);
    foreach (var m in msgs) probe.Add(m, LogLevel.Info, 1);
    for (int round = 1; round <= 3; round++) {
    double add = Time(t => { foreach (var m in msgs) t.Add(m, LogLevel.Info, 1); });
    var clean = new byte[TemplateMasker.MaxInputBytes];
    var dest = new byte[TemplateMasker.MaxOutputBytes];
    long sink = 0;
    double prepare = Time(_ => { foreach (var m in msgs) sink += TemplateMasker.Prepare(m, clean).Length; });
    var shape = new byte[TemplateMasker.MaxInputBytes + 32];
    double digit = Time(_ => { foreach (var m in msgs) sink += TemplateTable.FastShape(m, shape); });
    double hash = Time(_ => { foreach (var m in msgs) sink += (long)TemplateTable.Hash(shape.AsSpan(0, Math.Max(0, TemplateTable.FastShape(m, shape)))); });
    double mask = Time(_ => { foreach (var m in msgs) sink += TemplateMasker.Mask(TemplateMasker.Prepare(m, clean), dest); });
    var shaped = msgs.Select(m => { int k = TemplateTable.FastShape(m, shape); return k < 0 ? m : shape.AsSpan(0, k).ToArray(); }).ToList();
    double hashOnly = Time(_ => { foreach (var m in shaped) sink += (long)TemplateTable.Hash(m); });
    Console.WriteLine($"hash alone on stored shapes: {hashOnly:F1} ns");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{msgs.Count:N0} messages, {probe.KeyCount:N0} keys, cache misses {probe.CacheMisses:N0} ({100.0 * probe.CacheMisses / msgs.Count:F1} %); per entry: Add {add:F0} ns, Prepare {prepare:F0} ns, fast shape {digit:F0} ns, +hash {hash:F0} ns, Prepare+Mask {mask:F0} ns ({sink % 2}), round {round}"));
    }
}

static void Tool(string mode, string path)
{
    var table = new TemplateTable(new LogAnalysisOptions());
    foreach (string line in File.ReadLines(path))
    {
        byte[] bytes = Encoding.UTF8.GetBytes(line);
        if (mode == "mask")
        {
            var scratch = new byte[TemplateMasker.MaxInputBytes];
            var dest = new byte[TemplateMasker.MaxOutputBytes];
            int n = TemplateMasker.Mask(TemplateMasker.Prepare(bytes, scratch), dest);
            Console.WriteLine(Encoding.UTF8.GetString(dest, 0, n));
        }
        else table.Add(bytes, LogLevel.Unknown, 0);
    }
    if (mode != "mine") return;
    var set = TemplateMiner.Build(table.ToList(), SettingsFromEnvironment());
    foreach (var t in set.Templates) Console.WriteLine($"{t.Count,8}  {t.TemplateId}  {t.Template}");
}

// RCA_TEMPLATE_OFF=Rule1,Rule2 switches boolean settings off (ablation while developing rules).
static TemplateMinerSettings SettingsFromEnvironment()
{
    var settings = TemplateMinerSettings.Default;
    string? off = Environment.GetEnvironmentVariable("RCA_TEMPLATE_OFF");
    if (string.IsNullOrEmpty(off)) return settings;
    var clone = typeof(TemplateMinerSettings).GetMethod("<Clone>$")!;
    settings = (TemplateMinerSettings)clone.Invoke(settings, null)!;
    foreach (string name in off.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        (typeof(TemplateMinerSettings).GetProperty(name) ?? throw new ArgumentException($"no setting {name}")).SetValue(settings, false);
    return settings;
}

static void GroupingAccuracyReport(string path, bool verbose, TemplateMinerSettings settings)
{
    var rows = File.ReadLines(path).Skip(1).Select(l => l.Split('\t')).ToList();
    double sum = 0;
    int styles = 0;
    foreach (var style in rows.GroupBy(r => r[0]))
    {
        var lines = style.ToList();
        // As Get-LogTemplate -Format Lines -IncludeLineMap: one log-engine entry per message (a whole
        // JSON line is templated by its msg), then stage 2 with the settings under test.
        var session = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions()).CreateSession("labelled", LogFormat.Lines, recordLineMap: true);
        foreach (var r in lines) session.AddText(r[3]);
        var analysis = session.Complete();
        var set = TemplateMiner.Build(analysis.TemplateKeys, settings);
        var lineKeys = session.TemplateTable!.LineKeys.ToArray();
        var predicted = lineKeys.Select(k => set.Templates[set.KeyToTemplate[k]].Template).ToArray();
        var truthSize = lines.GroupBy(r => r[1]).ToDictionary(g => g.Key, g => g.Count());
        int correct = 0;
        var wrong = new List<string>();
        foreach (var g in Enumerable.Range(0, lines.Count).GroupBy(i => predicted[i]))
        {
            var labels = g.Select(i => lines[i][1]).Distinct().ToList();
            if (labels.Count == 1 && truthSize[labels[0]] == g.Count()) correct += g.Count();
            else wrong.Add($"    {g.Count(),4} [{string.Join(",", labels)}] {g.Key}");
        }
        double ga = (double)correct / lines.Count;
        sum += ga;
        styles++;
        Console.WriteLine($"{style.Key,-12} GA {ga:F3}  templates {set.Templates.Count,3}  truth {truthSize.Count,3}");
        if (verbose) foreach (string w in wrong) Console.WriteLine(w);
    }
    Console.WriteLine($"average GA {sum / styles:F3} over {styles} styles");
}
