namespace RocketChatAnalyzer.Templates;

/// <summary>
/// Compiles the template path ahead of the first entry, on a thread-pool thread, once per process.
/// </summary>
/// <remarks>
/// Stage 1's masker and key table, the example scrubber and stage 2 are compiled on first use (their
/// hot methods are marked for full optimisation, so there is no quick first tier): ~50 ms in a fresh
/// process, which on a 20 MB log was half the analysis time. <see cref="LogAnalyzer"/> starts this
/// when it is created with templates on; the workers then meet already-compiled code, or wait for
/// the compilation in flight instead of doing it again. It only runs code on made-up messages and
/// keeps nothing, so no result depends on whether, or when, it ran; any failure is ignored.
/// </remarks>
internal static class TemplateWarmUp
{
    private static int s_started;

    // One message per masking rule family: numbers and units, quoted values, JSON, key=value,
    // paths and URLs, dates, MAC and IP addresses, ids, a secret for the example scrubber.
    private static readonly string[] s_messages =
    {
        "Method sendMessage took 12ms for user843 on 172.17.0.2:27017",
        "Exception while invoking method 'loadHistory' TypeError: Cannot read property '_id' of undefined",
        "Error sending push to gateway (2 try) -> {\"code\":109,\"error\":\"internal error\",\"status\":500}",
        "level=info msg=\"Container started\" pod=default/web-0 restarts=3 tty=NODEVssh",
        "GET /api/v1/channels.history?count=50 200 - 12.5 ms \"https://chat.example.com/home\"",
        "[Sun Dec 04 04:47:44 2005] DHCPACK(br-lan) 10.0.0.5 ff:ee:de:fb:1a:2b printer",
        "Exception from sub stream-notify-room id SsTshpowBLCsvh6qF errorId 0f8fad5b-d9cb-469f-a165-70867728950e",
        "Login failed for user alice: password=hunter2 x-auth-token: abc123",
        "\u001b[32mServer running\u001b[0m at /app/bundle/main.js:12:5 #033[0m",
        "Migrating from version 303 -> 304",
    };

    /// <summary>Starts the warm-up unless it ran or runs already in this process.</summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref s_started, 1) != 0) return;
        ThreadPool.UnsafeQueueUserWorkItem(static _ => Run(), null);
    }

    private static void Run()
    {
        try
        {
            var table = new TemplateTable(new LogAnalysisOptions());
            for (int round = 0; round < 2; round++)
                foreach (string m in s_messages)
                    table.Add(System.Text.Encoding.UTF8.GetBytes(m + (round == 0 ? "" : " again")), LogLevel.Error, 638_000_000_000_000_000L + round);
            var keys = table.ToList();
            table.ReleaseCache();
            _ = TemplateMiner.Build(keys);
        }
        catch (Exception)
        {
            // Only a warm-up: the real analysis compiles whatever this did not, and reports its own errors.
        }
    }
}
