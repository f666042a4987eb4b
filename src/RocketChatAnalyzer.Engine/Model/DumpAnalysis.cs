namespace RocketChatAnalyzer;

/// <summary>
/// The analysis of one Rocket.Chat support dump: every section's summary, all findings, the health
/// score and ranked recommendations. Property names are a contract read by reports and scripts.
/// </summary>
public sealed class DumpAnalysis
{
    /// <summary>Result schema version; bumped whenever a property changes meaning (part of cache keys).</summary>
    public const int SchemaVersion = 1;

    public string Path { get; set; } = "";

    public string? ServerVersion { get; set; }

    public DateTime AnalyzedAt { get; set; }

    /// <summary>Which file was used for which part of the dump.</summary>
    public DumpFiles Files { get; set; } = new();

    public LogAnalysis Log { get; set; } = new();

    public SettingsSummary Settings { get; set; } = new();

    public StatisticsSummary Statistics { get; set; } = new();

    public OmnichannelSummary Omnichannel { get; set; } = new();

    public AppsSummary Apps { get; set; } = new();

    /// <summary>All findings, most severe first, then by category and subject.</summary>
    public List<Finding> Findings { get; set; } = new();

    public HealthScore HealthScore { get; set; } = new();

    public List<Recommendation> Recommendations { get; set; } = new();

    /// <summary>Problems reading the dump (including the log's diagnostics).</summary>
    public List<Diagnostic> Diagnostics { get; set; } = new();

    /// <summary>Set when the result came through the analysis cache.</summary>
    public CacheInfo? CacheInfo { get; set; }
}

/// <summary>The files found for each part of a dump (archive members are shown as <c>archive.zip!/member</c>).</summary>
public sealed class DumpFiles
{
    public string? Log { get; set; }
    public string? Settings { get; set; }
    public string? Statistics { get; set; }
    public string? Omnichannel { get; set; }
    public string? Apps { get; set; }
}

/// <summary>How a result relates to the analysis cache.</summary>
public sealed class CacheInfo
{
    public bool Hit { get; set; }
    public string Key { get; set; } = "";
    public DateTime? StoredAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    /// <summary>Bytes analysed to extend a cached result of a grown log (0 on a full hit or a miss).</summary>
    public long IncrementalBytes { get; set; }
}

/// <summary>Overall 0–100 score with a label and per-component scores.</summary>
public sealed class HealthScore
{
    public int Overall { get; set; } = 100;

    /// <summary>Excellent (≥ 90), Good (≥ 70), Warning (≥ 50), Critical (&lt; 50); <c>NoData</c> when nothing could be analysed.</summary>
    public string Label { get; set; } = "Excellent";

    /// <summary>Component scores: Logs, Settings, Security, Performance, Omnichannel, Apps (in this order).</summary>
    public Dictionary<string, int> Components { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Findings per severity name.</summary>
    public Dictionary<string, int> FindingCounts { get; set; } = new(StringComparer.Ordinal);

    public override string ToString() => $"{Overall} ({Label})";
}

/// <summary>A setting as found in the dump. Secret values are replaced by <see cref="SettingItem.RedactedValue"/>.</summary>
public sealed class SettingItem
{
    public const string RedactedValue = "[REDACTED]";

    public string Id { get; set; } = "";
    public object? Value { get; set; }
    public string? Type { get; set; }
    public string? Group { get; set; }
    public string? Section { get; set; }
    /// <summary>True when the value is secret (type password, secret flag, or a secret-looking id).</summary>
    public bool IsSecret { get; set; }
    /// <summary>
    /// True when <see cref="Value"/> was replaced (secret and not <c>-IncludeSecret</c>). Booleans and
    /// numbers of settings that are secret only by their id are not replaced (they cannot hold a credential).
    /// </summary>
    public bool Redacted { get; set; }
    /// <summary>Value differs from the package default (when the dump carries <c>packageValue</c>).</summary>
    public bool? Changed { get; set; }

    /// <summary>
    /// The dump's <c>hasValue</c> flag: recent Rocket.Chat versions mask secrets as
    /// <c>{"value":"","hasValue":true}</c>, which means "configured, value hidden", not "empty".
    /// </summary>
    public bool? HasValue { get; set; }

    /// <summary>The package default (<c>packageValue</c>) when the dump carries it; redacted like <see cref="Value"/>.</summary>
    public object? PackageValue { get; set; }

    public override string ToString() => Id + " = " + (Value is null ? "null" : Convert.ToString(Value, System.Globalization.CultureInfo.InvariantCulture));
}

public sealed class SettingsSummary
{
    /// <summary>True when a settings file was found and read.</summary>
    public bool Present { get; set; }
    public int Total { get; set; }
    public int SecurityRelated { get; set; }
    public int PerformanceRelated { get; set; }
    public int SecretCount { get; set; }
    public List<SettingItem> Items { get; set; } = new();

    /// <summary>
    /// Good or noteworthy configurations (the Bash tool's "✓ Good Configurations"), e.g.
    /// "Two-factor authentication enabled". They are not findings and do not affect the score.
    /// </summary>
    public List<string> Highlights { get; set; } = new();
}

public sealed class StatisticsSummary
{
    public bool Present { get; set; }
    public string? Version { get; set; }
    public string? UniqueId { get; set; }
    public DateTime? InstalledAt { get; set; }
    public DateTime? CreatedAt { get; set; }
    public long? TotalUsers { get; set; }
    public long? ActiveUsers { get; set; }
    public long? OnlineUsers { get; set; }
    public long? AwayUsers { get; set; }
    public long? BusyUsers { get; set; }
    public long? OfflineUsers { get; set; }
    public long? TotalRooms { get; set; }
    public long? TotalChannels { get; set; }
    public long? TotalPrivateGroups { get; set; }
    public long? TotalDirect { get; set; }
    public long? TotalLivechat { get; set; }
    public long? TotalMessages { get; set; }
    public long? UploadsTotal { get; set; }
    public long? UploadsTotalSize { get; set; }
    public string? OsType { get; set; }
    public string? OsPlatform { get; set; }
    public string? OsRelease { get; set; }
    public string? Arch { get; set; }
    public long? TotalMemory { get; set; }
    public long? FreeMemory { get; set; }
    public double[]? LoadAverage { get; set; }
    public int? CpuCount { get; set; }
    public double? OsUptime { get; set; }
    public string? NodeVersion { get; set; }
    public double? ProcessUptime { get; set; }
    public string? MongoVersion { get; set; }
    public string? MongoStorageEngine { get; set; }
    public bool? OplogEnabled { get; set; }
    public int? InstanceCount { get; set; }
    public bool? MicroservicesEnabled { get; set; }
    public long? UncaughtExceptionsCount { get; set; }
    public bool? MigrationLocked { get; set; }
    public long? MigrationVersion { get; set; }
    public string? DeployMethod { get; set; }
    public string? DeployPlatform { get; set; }
    public bool? LivechatEnabled { get; set; }
    public bool? EnterpriseReady { get; set; }
    public long? AppsTotalInstalled { get; set; }
    public long? AppsTotalActive { get; set; }
    public long? AppsTotalFailed { get; set; }
    public long? PushQueue { get; set; }

    // Derived values ("performance insights"), computed from the fields above.

    /// <summary>Host memory in use, percent: (1 − freemem / totalmem) · 100. Linux <c>freemem</c> excludes the page cache, so this is an upper bound.</summary>
    public double? HostMemoryUsedPercent { get; set; }

    /// <summary>The 1-minute load average (<c>os.loadavg[0]</c>) divided by the CPU count (<c>os.cpus</c> length).</summary>
    public double? LoadAveragePerCpu { get; set; }

    /// <summary>Online users as a percentage of all users.</summary>
    public double? OnlinePercentage { get; set; }

    /// <summary>High (&gt; 1000 online), Medium (&gt; 100) or Low — the original tool's user-load level.</summary>
    public string? UserLoadLevel { get; set; }

    /// <summary>High (&gt; 1 000 000 messages), Medium (&gt; 100 000) or Low — the original tool's message-volume level.</summary>
    public string? MessageVolumeLevel { get; set; }

    public long? TotalLivechatAgents { get; set; }

    /// <summary>The statistics' mirror of <c>Livechat_Routing_Method</c>.</summary>
    public string? RoutingAlgorithm { get; set; }

    public string? AppsEngineVersion { get; set; }

    /// <summary>Release month of the server's major.minor (from the embedded release table), when known.</summary>
    public DateTime? VersionReleased { get; set; }
}

public sealed class OmnichannelSummary
{
    public bool Present { get; set; }
    public bool? Enabled { get; set; }
    public string? RoutingMethod { get; set; }
    public int Total { get; set; }
    public List<SettingItem> Items { get; set; } = new();
}

public sealed class AppItem
{
    public string Name { get; set; } = "";
    public string? Id { get; set; }
    public string? Version { get; set; }
    /// <summary>The Apps-Engine <c>AppStatus</c> value as found (e.g. <c>manually_enabled</c>).</summary>
    public string Status { get; set; } = "unknown";
    public bool Enabled { get; set; }
    public bool Disabled { get; set; }
    /// <summary>Status is <c>error_disabled</c> or <c>compiler_error_disabled</c>.</summary>
    public bool Error { get; set; }
    public string? Author { get; set; }
    public string? Description { get; set; }
    public bool? Private { get; set; }

    /// <summary>Security, Monitoring or Integration when the name/description says so (the original tool's app categories), else null.</summary>
    public string? Category { get; set; }

    /// <summary>Messages of <c>licenseValidation.errors</c> (empty when the licence is valid or not checked).</summary>
    public List<string> LicenseErrors { get; set; } = new();

    /// <summary>Messages of <c>licenseValidation.warnings</c>.</summary>
    public List<string> LicenseWarnings { get; set; } = new();

    public override string ToString() => $"{Name} {Version} ({Status})";
}

public sealed class AppsSummary
{
    public bool Present { get; set; }
    public int Total { get; set; }
    public int Enabled { get; set; }
    public int Disabled { get; set; }
    public int Errored { get; set; }
    public List<AppItem> Items { get; set; } = new();

    /// <summary>Apps per category (Security, Monitoring, Integration), only categories that occur.</summary>
    public Dictionary<string, int> Categories { get; set; } = new(StringComparer.Ordinal);
}
