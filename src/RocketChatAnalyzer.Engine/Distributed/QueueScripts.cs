namespace RocketChatAnalyzer.Distributed;

/// <summary>
/// Lua scripts for the steps that must be atomic. Storing a result and acknowledging its entry
/// happen together, so a worker killed in between cannot leave a stored-but-unacknowledged chunk
/// behind, and a chunk processed twice is stored once (HSETNX): the first result wins.
/// </summary>
internal static class QueueScripts
{
    /// <summary>
    /// KEYS: meta, results, jobs, durations. ARGV: field, value, group, entry id, done channel, ms.
    /// Returns 1 stored, 0 duplicate (already stored), -1 batch gone (cancelled or expired).
    /// </summary>
    public const string StoreResult = """
        local stored = -1
        if redis.call('EXISTS', KEYS[1]) == 1 then
          stored = redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2])
          local ttl = redis.call('PTTL', KEYS[1])
          if ttl > 0 then redis.call('PEXPIRE', KEYS[2], ttl) end
          redis.call('PUBLISH', ARGV[5], ARGV[1])
        end
        redis.call('XACK', KEYS[3], ARGV[3], ARGV[4])
        redis.call('XDEL', KEYS[3], ARGV[4])
        redis.call('LPUSH', KEYS[4], ARGV[6])
        redis.call('LTRIM', KEYS[4], 0, 999)
        return stored
        """;

    /// <summary>
    /// KEYS: meta, errors, jobs, dead. ARGV: field, message, group, entry id, done channel, batch,
    /// path, deliveries, worker. Records the error for the submitter and moves the entry to the
    /// dead-letter stream (capped near 10000 entries).
    /// </summary>
    public const string DeadLetter = """
        if redis.call('EXISTS', KEYS[1]) == 1 then
          redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2])
          local ttl = redis.call('PTTL', KEYS[1])
          if ttl > 0 then redis.call('PEXPIRE', KEYS[2], ttl) end
          redis.call('PUBLISH', ARGV[5], ARGV[1])
        end
        redis.call('XADD', KEYS[4], 'MAXLEN', '~', 10000, '*', 'batch', ARGV[6], 'chunk', ARGV[1], 'path', ARGV[7],
          'error', ARGV[2], 'deliveries', ARGV[8], 'worker', ARGV[9], 'entry', ARGV[4])
        redis.call('XACK', KEYS[3], ARGV[3], ARGV[4])
        redis.call('XDEL', KEYS[3], ARGV[4])
        return 1
        """;

    /// <summary>
    /// KEYS: jobs, meta. ARGV: entry ids. Returns 1 or 0 (the batch's meta key exists), then the
    /// 1-based positions in ARGV of the entries no longer in the stream: the submitter's check for
    /// lost jobs in one round trip.
    /// </summary>
    public const string MissingEntries = """
        local out = { redis.call('EXISTS', KEYS[2]) }
        for i = 1, #ARGV do
          if #redis.call('XRANGE', KEYS[1], ARGV[i], ARGV[i], 'COUNT', 1) == 0 then out[#out + 1] = i end
        end
        return out
        """;

    /// <summary>
    /// KEYS: jobs. ARGV: group, consumer, idle ms, ids…. For each id still owned by the consumer, sets
    /// its idle time (0 keeps it: a heartbeat; a large value releases it for XAUTOCLAIM at once).
    /// JUSTID: the delivery counter is not incremented. Returns how many were still owned.
    /// </summary>
    public const string SetIdle = """
        local n = 0
        for i = 4, #ARGV do
          local p = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[i], ARGV[i], 1)
          if p[1] and p[1][2] == ARGV[2] then
            redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[i], 'IDLE', ARGV[3], 'JUSTID')
            n = n + 1
          end
        end
        return n
        """;
}
