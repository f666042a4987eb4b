using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace RocketChatAnalyzer.Distributed;

/// <summary>
/// Gets a new worker process to full speed before it takes its first job. A fresh .NET process runs
/// the log engine as quickly jitted code first and recompiles its hot methods with full
/// optimisation only after they have run a while (tiered compilation); the first log chunk a cold
/// worker analyses therefore takes about three times as long as the next ones (measured: 32 MiB in
/// ~300 ms instead of ~105 ms). A pool that scales out under load would pay that on every new
/// worker exactly when it is needed, and the submitter waits for the slowest chunk.
/// <para>
/// The warm-up analyses a small built-in sample of Rocket.Chat log lines (pino JSON with errors,
/// stacks and HTTP fields; Meteor, Moleculer and plain text lines with continuation blocks) with
/// the given analyzer, packs the result as a job's result is packed, and repeats until the time budget
/// is spent, so the recompiled code is in place when the first job arrives. The results are thrown
/// away; nothing touches Redis.
/// </para>
/// </summary>
internal static class WorkerWarmUp
{
    private static readonly string[] s_names = { "System", "API", "Meteor", "Migrations", "License", "LDAP", "Push", "OmnichannelQueue", "DatabaseWatcher", "VersionCheck" };

    private static readonly string[] s_messages =
    {
        "User {u} logged in via web client", "Method sendMessage completed in {n}ms", "Checking for version updates",
        "Error: connection timeout to mongo:27017 after {n}ms", "slow query on rocketchat_message took {n}ms",
        "Authentication failed for user {u} from {ip}", "Rate limit exceeded for {ip}, retrying in {n}ms",
        "Exception in callback of async function: TypeError: Cannot read properties of undefined (reading '_id')",
        "Failed to get Workspace AccessToken from Rocket.Chat Cloud", "Migrating from version {n} -> {n}",
        "Push notification queued for {u}", "Deprecated method called: loadHistory", "Using change streams",
    };

    /// <summary>Built once: the pino JSON-lines sample and the mixed text sample (about 1 MiB together).</summary>
    private static readonly Lazy<(byte[] Json, byte[] Text)> s_samples = new(() => (Build(json: true), Build(json: false)));

    /// <summary>The samples (for tests: they must go through the paths real logs take).</summary>
    internal static (byte[] Json, byte[] Text) Samples => s_samples.Value;

    // Compiled code belongs to the process: a second worker in the same process is warm already.
    private static int s_done;

    /// <summary>As <see cref="Run"/>, but only the first time in the process; later calls return 0 at once.</summary>
    public static int RunOnce(LogAnalyzer analyzer, TimeSpan budget, CancellationToken ct) =>
        Interlocked.Exchange(ref s_done, 1) == 1 ? 0 : Run(analyzer, budget, ct);

    /// <summary>
    /// Analyses the sample with <paramref name="analyzer"/> and packs the result, repeatedly, for
    /// about <paramref name="budget"/> (at least twice). Returns the number of passes (fewer when
    /// the token is cancelled).
    /// </summary>
    public static int Run(LogAnalyzer analyzer, TimeSpan budget, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var (json, text) = s_samples.Value;
        var clock = Stopwatch.StartNew();
        int passes = 0;
        // Jobs on shared storage read a byte range of a file: the JSON sample goes through that path
        // (a temporary file), the text sample through the one for bytes sent through Redis.
        string? file = Path.Combine(Path.GetTempPath(), "rca-warm-up-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".log");
        try
        {
            try { File.WriteAllBytes(file, json); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { file = null; }
            while (!ct.IsCancellationRequested && (passes < 2 || clock.Elapsed < budget))
            {
                var a = file is null
                    ? analyzer.AnalyzeBytes(json, "(warm-up)", 0, LogFormat.Auto, ct)
                    : analyzer.AnalyzeRange(file, 0, json.Length, LogFormat.Auto, ct);
                var b = analyzer.AnalyzeBytes(text, "(warm-up)", 0, LogFormat.Auto, ct);
                _ = PartialResult.Pack(a);
                _ = PartialResult.Pack(b);
                passes++;
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping before the first job: nothing to finish.
        }
        finally
        {
            if (file is not null)
            {
                try { File.Delete(file); }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { /* a stray temporary file is harmless */ }
            }
        }
        return passes;
    }

    private static byte[] Build(bool json)
    {
        // Seeded: the same sample in every process.
        var rnd = new Random(20250720);
        var t = new DateTime(2025, 7, 20, 0, 0, 0, DateTimeKind.Utc);
        var sb = new StringBuilder(600 * 1024);
        int[] levels = { 20, 30, 30, 30, 35, 35, 40, 50, 60 };
        while (sb.Length < 512 * 1024)
        {
            t = t.AddMilliseconds(rnd.Next(1, 3000));
            string msg = s_messages[rnd.Next(s_messages.Length)]
                .Replace("{u}", "user" + rnd.Next(1, 5000).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{n}", rnd.Next(5, 60000).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{ip}", "10.0." + rnd.Next(256).ToString(CultureInfo.InvariantCulture) + "." + rnd.Next(1, 255).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            string name = s_names[rnd.Next(s_names.Length)];
            int kind = rnd.Next(json ? 4 : 8);
            switch (kind)
            {
                case 0 or 1:
                    Pino(sb, levels[rnd.Next(levels.Length)], t, name, msg, rnd);
                    break;
                case 2:
                    // Epoch-millisecond time and an HTTP access line.
                    sb.Append("{\"level\":35,\"time\":").Append(new DateTimeOffset(t).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture))
                      .Append(",\"pid\":1,\"hostname\":\"rocketchat-0\",\"name\":\"API\",\"method\":\"GET\",\"url\":\"/api/v1/channels.history?count=")
                      .Append(rnd.Next(100).ToString(CultureInfo.InvariantCulture)).Append("\",\"status\":").Append(rnd.Next(4) == 0 ? "500" : "200")
                      .Append(",\"responseTime\":").Append(rnd.Next(1, 900).ToString(CultureInfo.InvariantCulture)).Append("}\n");
                    break;
                case 3:
                    Pino(sb, 50, t, name, msg, rnd, withError: true);
                    break;
                case 4:
                    // Meteor logger prefix.
                    sb.Append(rnd.Next(3) switch { 0 => 'W', 1 => 'E', _ => 'I' })
                      .Append(t.ToString("yyyyMMdd-HH:mm:ss.fff", CultureInfo.InvariantCulture)).Append("(0)? ").Append(msg).Append('\n');
                    break;
                case 5:
                    sb.Append('[').Append(t.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)).Append("] ")
                      .Append(rnd.Next(2) == 0 ? "INFO " : "WARN ").Append(" rocketchat-0/BROKER: ").Append(msg).Append('\n');
                    break;
                case 6:
                    // A plain line followed by a stack trace (continuation lines).
                    sb.Append("Exception in callback of async function: Error: ").Append(msg).Append('\n')
                      .Append("    at Object.<anonymous> (/app/bundle/programs/server/app/app.js:1:1)\n")
                      .Append("    at Module._compile (node:internal/modules/cjs/loader:1256:14)\n");
                    break;
                default:
                    sb.Append(msg).Append('\n');
                    break;
            }
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static void Pino(StringBuilder sb, int level, DateTime t, string name, string msg, Random rnd, bool withError = false)
    {
        sb.Append("{\"level\":").Append(level.ToString(CultureInfo.InvariantCulture)).Append(",\"time\":\"")
          .Append(t.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)).Append("\",\"pid\":1,\"hostname\":\"rocketchat-0\",\"name\":\"")
          .Append(name).Append("\",\"msg\":\"").Append(msg.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
        if (withError || rnd.Next(10) == 0)
        {
            sb.Append(",\"err\":{\"type\":\"Error\",\"message\":\"").Append(msg.Replace("\"", "\\\"", StringComparison.Ordinal))
              .Append("\",\"stack\":\"Error: connection refused\\n    at Object.<anonymous> (/app/bundle/programs/server/app/app.js:1:1)\"}");
        }
        sb.Append("}\n");
    }
}
