using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;

namespace RocketChatAnalyzer.Tests.Distributed;

/// <summary>
/// A private redis-server on 127.0.0.1 and a free port, no persistence, killed on dispose. Tests
/// share one through <see cref="RedisCollection"/> and isolate themselves with their own key prefix.
/// </summary>
public sealed class RedisServer : IDisposable
{
    public const string Executable = "redis-server";
    private readonly Process _process;

    public RedisServer() : this(null) { }

    public RedisServer(string? password)
    {
        string exe = Find() ?? throw new InvalidOperationException("redis-server is not installed (apt-get install redis-server).");
        Port = FreePort();
        Password = password;
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no" })
            psi.ArgumentList.Add(arg);
        if (password is not null) { psi.ArgumentList.Add("--requirepass"); psi.ArgumentList.Add(password); }
        _process = Process.Start(psi) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var sw = Stopwatch.StartNew();
        while (!Answers())
        {
            if (_process.HasExited || sw.Elapsed > TimeSpan.FromSeconds(10))
                throw new InvalidOperationException($"redis-server on port {Port} did not answer within 10 s.");
            Thread.Sleep(20);
        }
    }

    public int Port { get; }

    public string? Password { get; }

    public string Endpoint => "127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Connection string for StackExchange.Redis.</summary>
    public string Connection => Password is null ? Endpoint : Endpoint + ",password=" + Password;

    public bool IsRunning => !_process.HasExited;

    /// <summary>Path of redis-server, or null when it is not installed.</summary>
    public static string? Find()
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            string p = Path.Combine(dir, Executable);
            if (File.Exists(p)) return p;
        }
        return File.Exists("/usr/bin/redis-server") ? "/usr/bin/redis-server" : null;
    }

    public static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        int port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    /// <summary>Kills the server at once (no shutdown handshake), as a crash would.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill();
        _process.WaitForExit(5000);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private bool Answers()
    {
        try
        {
            using var c = new TcpClient();
            c.Connect(IPAddress.Loopback, Port);
            using var s = c.GetStream();
            s.ReadTimeout = 1000;
            s.Write(Encoding.ASCII.GetBytes("PING\r\n"));
            var buf = new byte[64];
            int n = s.Read(buf);
            // +PONG, or -NOAUTH when a password is required: either way it is up.
            return n > 0;
        }
        catch (SocketException) { return false; }
        catch (IOException) { return false; }
    }
}

/// <summary>A fact that needs redis-server; skipped, saying so, only when it is not installed (CI installs it).</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.Find() is null) Skip = "redis-server is not installed; install it (apt-get install redis-server) to run the distributed tests.";
    }
}

/// <summary>Theory form of <see cref="RedisFactAttribute"/>.</summary>
public sealed class RedisTheoryAttribute : TheoryAttribute
{
    public RedisTheoryAttribute()
    {
        if (RedisServer.Find() is null) Skip = "redis-server is not installed; install it (apt-get install redis-server) to run the distributed tests.";
    }
}

/// <summary>One lazily started server for all distributed tests.</summary>
public sealed class SharedRedis : IDisposable
{
    private readonly Lazy<RedisServer> _server = new(() => new RedisServer());

    public RedisServer Server => _server.Value;

    public void Dispose()
    {
        if (_server.IsValueCreated) _server.Value.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<SharedRedis>
{
    public const string Name = "Redis";
}
