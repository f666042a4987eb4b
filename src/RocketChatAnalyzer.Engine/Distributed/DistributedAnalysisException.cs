namespace RocketChatAnalyzer.Distributed;

/// <summary>Why a distributed operation failed; stable, used as the suffix of PowerShell error ids.</summary>
public enum DistributedErrorCode
{
    /// <summary>The connection string could not be parsed or names no endpoint.</summary>
    InvalidConnectionString,
    /// <summary>Redis did not answer within the connect timeout.</summary>
    RedisUnreachable,
    /// <summary>Redis refused the credentials (wrong password or user).</summary>
    AuthenticationFailed,
    /// <summary>The server is older than Redis 6.2 (no XAUTOCLAIM).</summary>
    UnsupportedServer,
    /// <summary>The connection broke or a command timed out while a job was running.</summary>
    ConnectionLost,
    /// <summary>A job failed on every delivery and went to the dead-letter stream.</summary>
    JobFailed,
    /// <summary>A queued job disappeared (the stream or the job's keys were deleted, trimmed or expired).</summary>
    JobLost,
    /// <summary>No worker sent a heartbeat for the configured grace period while jobs were waiting.</summary>
    NoWorkers,
    /// <summary>The submission did not finish within its timeout.</summary>
    Timeout,
    /// <summary>An input is too large to travel through Redis (use shared storage).</summary>
    InputTooLarge,
}

/// <summary>
/// A failure of the distributed queue that the caller should show as is: the message names the
/// endpoint (never the password) and what to do. Programmer errors stay ordinary exceptions.
/// </summary>
public sealed class DistributedAnalysisException : Exception
{
    public DistributedAnalysisException() : this(DistributedErrorCode.ConnectionLost, "The distributed analysis failed.") { }

    public DistributedAnalysisException(string message) : this(DistributedErrorCode.ConnectionLost, message) { }

    public DistributedAnalysisException(string message, Exception innerException) : this(DistributedErrorCode.ConnectionLost, message, innerException) { }

    public DistributedAnalysisException(DistributedErrorCode code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    public DistributedErrorCode Code { get; }
}
