using System.Globalization;
using System.Net;
using StackExchange.Redis;

namespace RocketChatAnalyzer.Distributed;

/// <summary>
/// A connection to the Redis server that carries the analysis queue, with the key names of one
/// queue (<see cref="QueueKeys"/>). Connecting fails fast — a <see cref="DistributedAnalysisException"/>
/// naming the endpoint within about five seconds — instead of retrying in the background.
/// <para>
/// Thread-safety: one instance is shared by every thread of a process (the multiplexer pipelines
/// concurrent commands over one socket). Dispose it once, after all users have finished.
/// </para>
/// </summary>
public sealed class QueueConnection : IDisposable
{
    /// <summary>Default time allowed to connect (the whole connect, not per attempt).</summary>
    public static readonly TimeSpan DefaultConnectTimeout = TimeSpan.FromSeconds(4);

    private readonly ConnectionMultiplexer _mux;

    private QueueConnection(ConnectionMultiplexer mux, string endpoint, QueueKeys keys, Version serverVersion)
    {
        _mux = mux;
        Endpoint = endpoint;
        Keys = keys;
        ServerVersion = serverVersion;
    }

    /// <summary>The server(s), as <c>host:port</c>; never contains the password.</summary>
    public string Endpoint { get; }

    /// <summary>Key and channel names of this queue.</summary>
    public QueueKeys Keys { get; }

    /// <summary>Version reported by the server.</summary>
    public Version ServerVersion { get; }

    internal IDatabase Database => _mux.GetDatabase();

    internal ISubscriber Subscriber => _mux.GetSubscriber();

    internal bool IsConnected => _mux.IsConnected;

    /// <summary>
    /// Connects to <paramref name="connectionString"/> (StackExchange.Redis format, e.g.
    /// <c>127.0.0.1:6379,password=…</c>). Unless the string sets them, the connect timeout is
    /// <see cref="DefaultConnectTimeout"/> with one attempt and commands time out after 5 s.
    /// </summary>
    /// <exception cref="DistributedAnalysisException">Bad string, unreachable server, refused credentials or a server older than 6.2.</exception>
    public static QueueConnection Connect(string connectionString, string keyPrefix = QueueKeys.DefaultPrefix, string? clientName = null)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        ConfigurationOptions config;
        try
        {
            config = ConfigurationOptions.Parse(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new DistributedAnalysisException(DistributedErrorCode.InvalidConnectionString,
                "The queue connection string is not valid: " + ex.Message + " Use the StackExchange.Redis form, e.g. '127.0.0.1:6379,password=…'.", ex);
        }
        if (config.EndPoints.Count == 0)
            throw new DistributedAnalysisException(DistributedErrorCode.InvalidConnectionString, "The queue connection string names no Redis endpoint (expected e.g. '127.0.0.1:6379').");

        string endpoint = Describe(config.EndPoints);
        // Fail fast and clearly: one attempt, bounded time, no silent background retries at start.
        if (!Mentions(connectionString, "connectTimeout")) config.ConnectTimeout = (int)DefaultConnectTimeout.TotalMilliseconds;
        if (!Mentions(connectionString, "connectRetry")) config.ConnectRetry = 1;
        if (!Mentions(connectionString, "syncTimeout")) config.SyncTimeout = 5000;
        if (!Mentions(connectionString, "asyncTimeout")) config.AsyncTimeout = 5000;
        if (!Mentions(connectionString, "abortConnect")) config.AbortOnConnectFail = true;
        config.ClientName ??= clientName ?? "rca-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

        ConnectionMultiplexer mux;
        try
        {
            mux = ConnectionMultiplexer.Connect(config);
        }
        catch (RedisConnectionException ex)
        {
            throw Explain(ex, endpoint);
        }
        catch (RedisException ex)
        {
            throw new DistributedAnalysisException(DistributedErrorCode.RedisUnreachable, $"Cannot use Redis at {endpoint}: {ex.Message}", ex);
        }

        Version version;
        try
        {
            version = mux.GetServer(mux.GetEndPoints()[0]).Version;
        }
        catch (RedisException ex)
        {
            mux.Dispose();
            throw new DistributedAnalysisException(DistributedErrorCode.RedisUnreachable, $"Cannot use Redis at {endpoint}: {ex.Message}", ex);
        }
        if (version < new Version(6, 2))
        {
            mux.Dispose();
            throw new DistributedAnalysisException(DistributedErrorCode.UnsupportedServer,
                $"Redis at {endpoint} is version {version}; the analysis queue needs Redis 6.2 or newer (XAUTOCLAIM).");
        }
        return new QueueConnection(mux, endpoint, new QueueKeys(keyPrefix), version);
    }

    /// <summary>Round-trip time of a PING.</summary>
    public TimeSpan Ping() => Run(() => Database.Ping());

    public void Dispose() => _mux.Dispose();

    /// <summary>Runs a command, turning connection failures and timeouts (RedisTimeoutException, or TimeoutException from Wait) into a <see cref="DistributedAnalysisException"/> that names the endpoint.</summary>
    internal T Run<T>(Func<T> command)
    {
        try
        {
            return command();
        }
        catch (Exception ex) when (IsConnectionFailure(ex))
        {
            throw Lost(ex);
        }
    }

    /// <summary>Async form of <see cref="Run{T}(Func{T})"/>.</summary>
    internal async Task<T> RunAsync<T>(Func<Task<T>> command)
    {
        try
        {
            return await command().ConfigureAwait(false);
        }
        catch (Exception ex) when (IsConnectionFailure(ex))
        {
            throw Lost(ex);
        }
    }

    internal DistributedAnalysisException Lost(Exception ex)
    {
        while (ex is AggregateException { InnerExceptions.Count: > 0 } a) ex = a.InnerExceptions[0];
        string why = ex switch
        {
            RedisConnectionException c => c.FailureType + " (" + FirstLine(c.Message).Split(" on ", 2)[0] + ")",
            TimeoutException => "no answer within the command timeout",
            _ => FirstLine(ex.Message),
        };
        return new(DistributedErrorCode.ConnectionLost, $"Lost the connection to Redis at {Endpoint}: {why}.", ex);
    }

    /// <summary>Connection loss or a timed-out command, also when several commands were awaited together.</summary>
    internal static bool IsConnectionFailure(Exception ex) => ex switch
    {
        RedisConnectionException or TimeoutException => true,
        AggregateException a => a.InnerExceptions.Count > 0 && a.InnerExceptions.All(IsConnectionFailure),
        _ => false,
    };

    private static DistributedAnalysisException Explain(RedisConnectionException ex, string endpoint)
    {
        string text = ex.ToString();
        if (ex.FailureType == ConnectionFailureType.AuthenticationFailure
            || text.Contains("WRONGPASS", StringComparison.Ordinal) || text.Contains("NOAUTH", StringComparison.Ordinal)
            || text.Contains("invalid password", StringComparison.OrdinalIgnoreCase))
        {
            return new DistributedAnalysisException(DistributedErrorCode.AuthenticationFailed,
                $"Redis at {endpoint} refused the credentials of the queue connection (wrong password or user). Check 'password=' (and 'user=') in the connection string.", ex);
        }
        return new DistributedAnalysisException(DistributedErrorCode.RedisUnreachable,
            $"Cannot reach Redis at {endpoint} (no answer within the connect timeout). Check that redis-server runs there and that the host and port are right.", ex);
    }

    private static string FirstLine(string s)
    {
        int nl = s.IndexOf('\n', StringComparison.Ordinal);
        return nl < 0 ? s : s.Substring(0, nl).TrimEnd();
    }

    private static bool Mentions(string connectionString, string option) =>
        connectionString.Contains(option + "=", StringComparison.OrdinalIgnoreCase);

    internal static string Describe(EndPointCollection endPoints)
    {
        var parts = new List<string>(endPoints.Count);
        foreach (var ep in endPoints)
        {
            parts.Add(ep switch
            {
                DnsEndPoint d => d.Host + ":" + d.Port.ToString(CultureInfo.InvariantCulture),
                IPEndPoint ip => ip.ToString(),
                _ => ep.ToString() ?? "?",
            });
        }
        return string.Join(", ", parts);
    }
}
