using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RocketChatAnalyzer.Tests.Reports;

/// <summary>
/// A headless Chromium driven over the Chrome DevTools Protocol (one browser WebSocket with
/// flattened page sessions). Only what the report test needs: open a page, evaluate script,
/// collect console/log/exception events, take screenshots. The browser runs with a fresh
/// profile in a temporary folder, talks to nothing on the network, and is closed (then killed,
/// with its child processes, if it does not exit) on dispose.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JObject>> _pending = new();
    private readonly ConcurrentQueue<JObject> _events = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly StringBuilder _stderr = new();
    private Task? _receiver;
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>The browser to use: <c>RCA_CHROMIUM</c>, else <c>/usr/bin/chromium</c> when it exists, else null.</summary>
    public static string? FindExecutable()
    {
        string? env = Environment.GetEnvironmentVariable("RCA_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(env)) return env;
        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }

    public static async Task<HeadlessChromium> StartAsync(string executable, TimeSpan timeout)
    {
        string profile = Path.Combine(Path.GetTempPath(), "rca-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var psi = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string a in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
            "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank",
        })
        {
            psi.ArgumentList.Add(a);
        }
        var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start " + executable);
        var browser = new HeadlessChromium(process, profile);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (browser._stderr) browser._stderr.AppendLine(e.Data); };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            // Chromium writes the port it picked (and the browser target path) into the profile.
            string portFile = Path.Combine(profile, "DevToolsActivePort");
            var sw = Stopwatch.StartNew();
            string[]? lines = null;
            while (sw.Elapsed < timeout)
            {
                if (process.HasExited) throw new InvalidOperationException($"Chromium exited with code {process.ExitCode}: {browser.Stderr}");
                if (File.Exists(portFile))
                {
                    lines = (await File.ReadAllTextAsync(portFile)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (lines.Length >= 2) break;
                }
                await Task.Delay(50);
            }
            if (lines is null || lines.Length < 2) throw new TimeoutException("Chromium did not write DevToolsActivePort: " + browser.Stderr);
            using var cts = new CancellationTokenSource(timeout);
            await browser._socket.ConnectAsync(new Uri($"ws://127.0.0.1:{lines[0]}{lines[1]}"), cts.Token);
            browser._receiver = Task.Run(browser.ReceiveLoop);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>Every event received so far (method, params, sessionId).</summary>
    public IReadOnlyList<JObject> Events => _events.ToArray();

    /// <summary>Opens a blank page and returns its session id.</summary>
    public async Task<string> NewPageAsync()
    {
        JObject created = await SendAsync("Target.createTarget", new { url = "about:blank" });
        string targetId = (string)created["targetId"]!;
        JObject attached = await SendAsync("Target.attachToTarget", new { targetId, flatten = true });
        return (string)attached["sessionId"]!;
    }

    public async Task<JObject> SendAsync(string method, object? parameters = null, string? sessionId = null, TimeSpan? timeout = null)
    {
        int id = Interlocked.Increment(ref _nextId);
        var message = new JObject { ["id"] = id, ["method"] = method, ["params"] = parameters is null ? new JObject() : JObject.FromObject(parameters) };
        if (sessionId is not null) message["sessionId"] = sessionId;
        var tcs = new TaskCompletionSource<JObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = tcs;
        byte[] bytes = Encoding.UTF8.GetBytes(message.ToString(Formatting.None));
        await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, _stop.Token);
        Task done = await Task.WhenAny(tcs.Task, Task.Delay(timeout ?? TimeSpan.FromSeconds(30)));
        if (done != tcs.Task) throw new TimeoutException($"No answer to {method}. {Stderr}");
        JObject reply = await tcs.Task;
        if (reply["error"] is JObject error) throw new InvalidOperationException($"{method} failed: {error}");
        return (JObject?)reply["result"] ?? new JObject();
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page and returns its JSON value.</summary>
    public async Task<JToken?> EvaluateAsync(string sessionId, string expression)
    {
        JObject r = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true }, sessionId);
        if (r["exceptionDetails"] is JObject ex) throw new InvalidOperationException("Script failed: " + ex);
        return r["result"]?["value"];
    }

    /// <summary>Waits for the first event <paramref name="method"/> of a session that arrives after <paramref name="after"/> events.</summary>
    public async Task<JObject> WaitForEventAsync(string method, string sessionId, int after, TimeSpan timeout)
    {
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < timeout)
        {
            var events = Events;
            for (int i = after; i < events.Count; i++)
            {
                if ((string?)events[i]["method"] == method && (string?)events[i]["sessionId"] == sessionId) return events[i];
            }
            await Task.Delay(25);
        }
        throw new TimeoutException($"No {method} event within {timeout}. {Stderr}");
    }

    /// <summary>Navigates and waits for the load event.</summary>
    public async Task NavigateAsync(string sessionId, string url)
    {
        int before = Events.Count;
        JObject r = await SendAsync("Page.navigate", new { url }, sessionId);
        if (r["errorText"] is JValue err && !string.IsNullOrEmpty((string?)err)) throw new InvalidOperationException("Navigation failed: " + err);
        await WaitForEventAsync("Page.loadEventFired", sessionId, before, TimeSpan.FromSeconds(30));
    }

    public async Task<byte[]> ScreenshotAsync(string sessionId, double x, double y, double width, double height)
    {
        JObject r = await SendAsync("Page.captureScreenshot", new
        {
            format = "png",
            captureBeyondViewport = true,
            clip = new { x, y, width, height, scale = 1 },
        }, sessionId, TimeSpan.FromSeconds(60));
        return Convert.FromBase64String((string)r["data"]!);
    }

    /// <summary>
    /// Problems the page reported: uncaught exceptions, <c>console.error</c>/<c>console.warn</c>, and
    /// browser log entries at warning or error level (CSP violations, failed loads, deprecations).
    /// </summary>
    public List<string> Problems(string sessionId, int after = 0)
    {
        var problems = new List<string>();
        var events = Events;
        for (int i = after; i < events.Count; i++)
        {
            JObject e = events[i];
            if ((string?)e["sessionId"] != sessionId) continue;
            JToken p = e["params"] ?? new JObject();
            JToken entry = p["entry"] ?? new JObject();
            string type = (string?)p["type"] ?? "";
            string level = (string?)entry["level"] ?? "";
            switch ((string?)e["method"])
            {
                case "Runtime.exceptionThrown":
                    problems.Add("exception: " + p["exceptionDetails"]);
                    break;
                case "Runtime.consoleAPICalled" when type is "error" or "warning" or "assert":
                    problems.Add("console." + type + ": " + p["args"]);
                    break;
                case "Log.entryAdded" when level is "error" or "warning":
                    problems.Add("log " + (string?)entry["source"] + "/" + level + ": " + (string?)entry["text"] + " " + (string?)entry["url"]);
                    break;
                case "Page.javascriptDialogOpening":
                    problems.Add("dialog: " + (string?)p["message"]);
                    break;
            }
        }
        return problems;
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                WebSocketReceiveResult r = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (r.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, r.Count);
                if (!r.EndOfMessage) continue;
                var o = JObject.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                message.SetLength(0);
                if (o["id"] is JValue idv && _pending.TryRemove((int)idv, out var tcs)) tcs.TrySetResult(o);
                else if (o["method"] is not null) _events.Enqueue(o);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
        }
        foreach (var kv in _pending) kv.Value.TrySetException(new InvalidOperationException("The browser connection closed. " + Stderr));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                try { await SendAsync("Browser.close", timeout: TimeSpan.FromSeconds(5)); } catch (Exception) { /* closing anyway */ }
            }
            _stop.Cancel();
            if (_receiver is not null) { try { await _receiver.WaitAsync(TimeSpan.FromSeconds(5)); } catch (Exception) { } }
            if (!_process.WaitForExit(5000)) _process.Kill(entireProcessTree: true);
        }
        finally
        {
            _socket.Dispose();
            _stop.Dispose();
            _process.Dispose();
            for (int i = 0; i < 10; i++)
            {
                try { if (Directory.Exists(_profile)) Directory.Delete(_profile, recursive: true); break; }
                catch (IOException) { Thread.Sleep(100); }
            }
        }
    }
}
