using StackExchange.Redis;

namespace RocketChatAnalyzer.Distributed;

/// <summary>
/// Names of the keys and channels of one analysis queue. Everything lives under one prefix so
/// several queues can share a Redis database and an operator can find (and delete) them.
/// <list type="table">
/// <item><term><c>{p}jobs</c></term><description>stream of job entries, consumer group <see cref="Group"/></description></item>
/// <item><term><c>{p}dead</c></term><description>dead-letter stream: jobs that failed on every delivery</description></item>
/// <item><term><c>{p}workers</c></term><description>sorted set: worker name → last heartbeat (Unix ms)</description></item>
/// <item><term><c>{p}worker:{name}</c></term><description>worker details (JSON) with a TTL</description></item>
/// <item><term><c>{p}batch:{id}:meta|results|errors|attempts</c></term><description>one submission: settings, per-chunk results and errors (hashes)</description></item>
/// <item><term><c>{p}batch:{id}:data:{k}</c></term><description>compressed input bytes of chunk k (TTL)</description></item>
/// <item><term><c>{p}durations</c></term><description>last 1000 job durations in ms (list)</description></item>
/// <item><term><c>{p}stats</c></term><description>counters: cache hits/misses, jobs, failures</description></item>
/// <item><term><c>{p}cache:{key}</c></term><description>cached results (compressed JSON, TTL)</description></item>
/// </list>
/// Channels: <c>{p}wake</c> (new jobs) and <c>{p}done:{id}</c> (a chunk of batch id finished).
/// </summary>
public sealed class QueueKeys
{
    public const string DefaultPrefix = "rca:";

    /// <summary>Consumer group of the workers.</summary>
    public const string Group = "workers";

    public QueueKeys(string prefix = DefaultPrefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        Prefix = prefix;
        Jobs = prefix + "jobs";
        DeadLetters = prefix + "dead";
        Workers = prefix + "workers";
        Durations = prefix + "durations";
        Stats = prefix + "stats";
        Wake = RedisChannel.Literal(prefix + "wake");
    }

    public string Prefix { get; }

    public RedisKey Jobs { get; }

    public RedisKey DeadLetters { get; }

    public RedisKey Workers { get; }

    public RedisKey Durations { get; }

    public RedisKey Stats { get; }

    public RedisChannel Wake { get; }

    public RedisKey WorkerInfo(string name) => Prefix + "worker:" + name;

    public RedisKey Meta(string batch) => Prefix + "batch:" + batch + ":meta";

    public RedisKey Results(string batch) => Prefix + "batch:" + batch + ":results";

    public RedisKey Errors(string batch) => Prefix + "batch:" + batch + ":errors";

    public RedisKey Attempts(string batch) => Prefix + "batch:" + batch + ":attempts";

    public RedisKey Data(string batch, int chunk) => Prefix + "batch:" + batch + ":data:" + chunk.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public RedisKey Cache(string key) => Prefix + "cache:" + key;

    public RedisChannel Done(string batch) => RedisChannel.Literal(Prefix + "done:" + batch);
}
