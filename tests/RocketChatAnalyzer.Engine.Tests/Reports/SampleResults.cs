using RocketChatAnalyzer;
using Xunit;

namespace RocketChatAnalyzer.Tests.Reports;

/// <summary>
/// Hand-built analysis results for report tests: what the analyzers produce for a Rocket.Chat
/// 7.8.0 support dump. Log messages are real lines from ../shared/corpus/rocketchat-real-lines.tsv
/// (source URL beside each); setting ids, app statuses and statistics fields follow
/// ../shared/reference/ROCKETCHAT-FORMATS.md §4–§7.
/// </summary>
internal static class SampleResults
{
    public static readonly DateTime AnalyzedAt = new(2025, 11, 24, 9, 30, 0, DateTimeKind.Utc);
    public static readonly DateTime LogStart = new(2025, 11, 23, 6, 0, 0, DateTimeKind.Utc);

    /// <summary>The clear-text secrets the analyzer saw; reports must never print any of them.</summary>
    public static readonly string[] SecretValues =
    {
        "hunter2-SMTP-pass", "AKIAZ7ZX3SECRETKEY", "livechat-webhook-token-9f2c", "ldap-bind-pw-Pa55",
    };

    public static DumpAnalysis Dump()
    {
        var log = Log();
        var d = new DumpAnalysis
        {
            Path = "/cases/ACME-4711/7.8.0-support-dump.zip",
            ServerVersion = "7.8.0",
            AnalyzedAt = AnalyzedAt,
            Files = new DumpFiles
            {
                Log = "7.8.0-support-dump.zip!/7.8.0-log.json",
                Settings = "7.8.0-support-dump.zip!/7.8.0-settings.json",
                Statistics = "7.8.0-support-dump.zip!/7.8.0-server-statistics.json",
                Omnichannel = "7.8.0-support-dump.zip!/7.8.0-omnichannel-settings.json",
                Apps = "7.8.0-support-dump.zip!/7.8.0-apps-installed.json",
            },
            Log = log,
            Settings = Settings(),
            Statistics = Statistics(),
            Omnichannel = Omnichannel(),
            Apps = Apps(),
            Findings = Findings(),
            HealthScore = new HealthScore
            {
                Overall = 58,
                Label = "Warning",
                Components = new Dictionary<string, int>(StringComparer.Ordinal)
                {
                    ["Logs"] = 61, ["Settings"] = 70, ["Security"] = 45, ["Performance"] = 82, ["Omnichannel"] = 90, ["Apps"] = 75,
                },
            },
            Recommendations = Recommendations(),
            Diagnostics = new List<Diagnostic>
            {
                new(DiagnosticSeverity.Warning, "TruncatedJson", "7.8.0-support-dump.zip!/7.8.0-log.json", 3012, 1048502, "The queue array ends early (file truncated); 3,011 items before the cut were read."),
                new(DiagnosticSeverity.Error, "MalformedJson", "7.8.0-support-dump.zip!/7.8.0-omnichannel-settings.json", 1, 0, "Unexpected character 'L' at line 1, position 0: the file is not JSON and was skipped."),
            },
        };
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in d.Findings) counts[f.Severity.ToString()] = counts.TryGetValue(f.Severity.ToString(), out int c) ? c + 1 : 1;
        d.HealthScore.FindingCounts = counts;
        return d;
    }

    public static LogAnalysis Log()
    {
        var log = new LogAnalysis
        {
            TotalEntries = 3011,
            FirstTimestamp = LogStart.AddMinutes(3),
            LastTimestamp = LogStart.AddHours(26).AddMinutes(41),
            EntriesWithoutTimestamp = 14,
            UnparsedEntries = 2,
            BytesProcessed = 1_048_502,
            DiagnosticCount = 1,
        };
        log.LevelCounts["Debug"] = 120;
        log.LevelCounts["Info"] = 2107;
        log.LevelCounts["Http"] = 540;
        log.LevelCounts["Warn"] = 131;
        log.LevelCounts["Error"] = 96;
        log.LevelCounts["Startup"] = 12;
        log.LevelCounts["Fatal"] = 1;
        log.LevelCounts["Unknown"] = 4;
        log.CategoryCounts["Error"] = 118;
        log.CategoryCounts["Warning"] = 140;
        log.CategoryCounts["Security"] = 37;
        foreach (var (p, n) in new (string, long)[] { ("error", 97), ("exception", 21), ("failed", 44), ("timeout", 19), ("connection refused", 6), ("warn", 131), ("deprecated", 9), ("auth", 37), ("retry", 3) })
            log.PatternCounts[p] = n;
        log.PatternCounts["xss"] = 0;

        var rnd = new Random(7);
        for (int hour = 0; hour < 27; hour++)
        {
            var b = new TimelineBucket { Hour = LogStart.AddHours(hour) };
            b.Counts["Info"] = 60 + rnd.Next(40);
            b.Counts["Http"] = 15 + rnd.Next(10);
            b.Counts["Warn"] = rnd.Next(9);
            b.Counts["Error"] = hour is 13 or 14 ? 30 + rnd.Next(5) : rnd.Next(2);
            if (hour == 14) b.Counts["Fatal"] = 1;
            if (hour == 0) b.Counts["Startup"] = 12;
            log.Timeline.Add(b);
        }

        log.Templates.Add(Template("Using GridFS for custom sounds storage", 2, ("Info", 2), 0, 1,
            // https://github.com/RocketChat/Rocket.Chat/issues/33425
            "Using GridFS for custom sounds storage"));
        log.Templates.Add(Template("Exception in setInterval callback: MongoServerSelectionError: connection closed", 61, ("Error", 61), 13 * 60, 15 * 60,
            // https://github.com/RocketChat/Rocket.Chat/issues/26918
            " Exception in setInterval callback: MongoServerSelectionError: connection closed\n    at Timeout._onTimeout (/app/bundle/programs/server/npm/node_modules/mongodb/lib/sdam/topology.js:278:38)\n    at listOnTimeout (node:internal/timers:573:17)"));
        log.Templates.Add(Template("Failed to get Workspace AccessToken from Rocket.Chat Cloud", 12, ("Error", 12), 60, 25 * 60,
            // https://github.com/RocketChat/Rocket.Chat/issues/28756
            "{\"level\":50,\"time\":\"2025-11-23T07:00:20.032Z\",\"pid\":1363,\"hostname\":\"chat\",\"name\":\"System\",\"msg\":\"Failed to get Workspace AccessToken from Rocket.Chat Cloud\",\"url\":\"/api/oauth/token\"}"));
        log.Templates.Add(Template("(node:<*>) [DEP0040] DeprecationWarning: The `punycode` module is deprecated", 9, ("Warn", 9), 2, 2,
            // https://github.com/RocketChat/Rocket.Chat/issues/35103
            "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated"));
        log.Templates.Add(Template("Error, too many requests. Please slow down. You must wait <*> seconds before trying this endpoint again. [error-too-many-requests]", 118, ("Warn", 118), 3 * 60, 26 * 60,
            // https://github.com/RocketChat/Rocket.Chat/issues/13441
            "Error, too many requests. Please slow down. You must wait 60 seconds before trying this endpoint again. [error-too-many-requests]"));
        log.Templates.Add(Template("Error: [<*>] Timeout: app process not ready", 22, ("Error", 22), 14 * 60, 14 * 60 + 50,
            // https://github.com/RocketChat/Rocket.Chat/issues/38598
            "Error: [ab4728ec-613e-472f-a24c-b48a77aacfff] Timeout: app process not ready"));
        log.Templates.Add(Template("MongoServerSelectionError: Server selection timed out after <*> ms", 1, ("Fatal", 1), 14 * 60 + 2, 14 * 60 + 2,
            // https://github.com/RocketChat/Rocket.Chat/issues/22901
            "MongoServerSelectionError: Server selection timed out after 30000 ms\n    at Timeout._onTimeout (/opt/Rocket.Chat/programs/server/node_modules/mongodb/lib/sdam/topology.js:293:38)"));
        log.Templates.Add(Template("Checking for version updates", 27, ("Info", 27), 0, 26 * 60,
            // https://github.com/RocketChat/Rocket.Chat/issues/33425
            "Checking for version updates"));
        log.Templates.Add(Template("POST <*>", 540, ("Http", 540), 5, 26 * 60 + 40,
            // https://github.com/RocketChat/Rocket.Chat/issues/33140 (API http line, level 35)
            "{\"level\":35,\"name\":\"API\",\"method\":\"POST\",\"url\":\"/api/apps/ab4728ec-613e-472f-a24c-b48a77aacfff/status\",\"status\":500,\"responseTime\":3}"));
        log.Files.Add(new LogFileSummary { Path = "7.8.0-support-dump.zip!/7.8.0-log.json", Format = "SupportDump", Bytes = 1_048_502, Lines = 3012, Entries = 3011 });
        log.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "TruncatedJson", "7.8.0-support-dump.zip!/7.8.0-log.json", 3012, 1048502, "The queue array ends early (file truncated); 3,011 items before the cut were read."));
        return log;
    }

    private static LogTemplate Template(string text, long count, (string Level, long N) level, int firstMin, int lastMin, string example) => new()
    {
        TemplateId = LogTemplate.IdFor(text),
        Template = text,
        Count = count,
        LevelCounts = new Dictionary<string, long>(StringComparer.Ordinal) { [level.Level] = level.N },
        FirstSeen = LogStart.AddMinutes(firstMin),
        LastSeen = LogStart.AddMinutes(lastMin),
        Example = example,
    };

    private static SettingsSummary Settings()
    {
        var items = new List<SettingItem>
        {
            S("Accounts_TwoFactorAuthentication_Enabled", false, "boolean", "Accounts", changed: true),
            S("Accounts_RegistrationForm", "Public", "select", "Accounts", changed: false),
            S("Accounts_Password_Policy_Enabled", false, "boolean", "Accounts", changed: false),
            S("Accounts_AllowAnonymousRead", true, "boolean", "Accounts", changed: true),
            S("Accounts_OAuth_Gitlab_secret", "[REDACTED]", "string", "OAuth", secret: true),
            S("API_Enable_Rate_Limiter", false, "boolean", "General", changed: true),
            S("API_Enable_Rate_Limiter_Limit_Calls_Default", 10L, "int", "General"),
            S("FileUpload_MaxFileSize", 524288000L, "int", "FileUpload", changed: true),
            S("FileUpload_Storage_Type", "AmazonS3", "select", "FileUpload", changed: true),
            S("FileUpload_S3_AWSSecretAccessKey", "[REDACTED]", "password", "FileUpload", secret: true),
            S("LDAP_Enable", true, "boolean", "LDAP", changed: true),
            S("LDAP_Host", "ldap.acme.example", "string", "LDAP", changed: true),
            S("LDAP_Authentication_Password", "[REDACTED]", "password", "LDAP", secret: true),
            S("Log_Level", "2", "select", "Logs", changed: true),
            S("Message_MaxAllowedSize", 5000L, "int", "Message"),
            S("SMTP_Host", "smtp.acme.example", "string", "Email", changed: true),
            S("SMTP_Password", "[REDACTED]", "password", "Email", secret: true),
            S("SMTP_Port", "587", "int", "Email"),
            S("Site_Url", "https://chat.acme.example", "string", "General", changed: true),
            S("Language", "en", "language", "General"),
            S("Push_enable", true, "boolean", "Push"),
            S("Push_gcm_api_key", "[REDACTED]", "string", "Push", secret: true),
        };
        return new SettingsSummary { Present = true, Total = items.Count, SecurityRelated = 9, PerformanceRelated = 4, SecretCount = 5, Items = items };
    }

    internal static SettingItem S(string id, object? value, string type, string group, bool secret = false, bool? changed = null) => new()
    {
        Id = id,
        Value = value,
        Type = type,
        Group = group,
        IsSecret = secret,
        Redacted = secret,
        Changed = changed,
    };

    private static StatisticsSummary Statistics() => new()
    {
        Present = true,
        Version = "7.8.0",
        UniqueId = "a1b2c3d4-0000-4e5f-8a9b-acme00004711",
        InstalledAt = new DateTime(2021, 3, 2, 9, 15, 11, DateTimeKind.Utc),
        TotalUsers = 4210, ActiveUsers = 3877, OnlineUsers = 512, AwayUsers = 140, BusyUsers = 12, OfflineUsers = 3213,
        TotalRooms = 1934, TotalChannels = 412, TotalPrivateGroups = 655, TotalDirect = 842, TotalLivechat = 25,
        TotalMessages = 2_845_113, UploadsTotal = 18_240, UploadsTotalSize = 61_203_554_304,
        OsType = "Linux", OsPlatform = "linux", OsRelease = "6.1.0-26-amd64", Arch = "x64",
        TotalMemory = 16_779_292_672, FreeMemory = 1_168_470_016, LoadAverage = new[] { 5.12, 4.80, 4.33 }, CpuCount = 4,
        OsUptime = 1_209_600, NodeVersion = "v22.16.0", ProcessUptime = 97_200,
        MongoVersion = "6.0.13", MongoStorageEngine = "wiredTiger", OplogEnabled = true, InstanceCount = 1,
        MicroservicesEnabled = false, UncaughtExceptionsCount = 3, MigrationLocked = false, MigrationVersion = 319,
        DeployMethod = "docker", DeployPlatform = "selfinstall", LivechatEnabled = true, EnterpriseReady = true,
        AppsTotalInstalled = 5, AppsTotalActive = 3, AppsTotalFailed = 1, PushQueue = 0,
    };

    private static OmnichannelSummary Omnichannel()
    {
        var items = new List<SettingItem>
        {
            S("Livechat_enabled", true, "boolean", "Omnichannel"),
            S("Livechat_Routing_Method", "Manual_Selection", "select", "Omnichannel", changed: true),
            S("Livechat_webhookUrl", "https://crm.acme.example/hooks/rocketchat", "string", "Omnichannel", changed: true),
            S("Livechat_secret_token", "[REDACTED]", "string", "Omnichannel", secret: true),
            S("Livechat_maximum_chats_per_agent", 0L, "int", "Omnichannel"),
        };
        return new OmnichannelSummary { Present = true, Enabled = true, RoutingMethod = "Manual_Selection", Total = items.Count, Items = items };
    }

    private static AppsSummary Apps()
    {
        var items = new List<AppItem>
        {
            App("Tenor", "ab4728ec-613e-472f-a24c-b48a77aacfff", "1.0.3", "compiler_error_disabled", "Rocket.Chat", "Search and share GIFs from Tenor."),
            App("Configuration Server", "1ddc4f9e-ef01-4458-9318-a10d3d098ce0", "0.0.1", "manually_enabled", "ACME", "Internal configuration app.", priv: true),
            App("Jitsi", "c3b8a7a4-8cf8-4cbd-9e0e-1f8d5c7b2a11", "2.1.0", "auto_enabled", "Rocket.Chat", "Video conferencing with Jitsi Meet."),
            App("Zapier", "8e0b2b79-9b22-4b1c-9f65-5f1fd0d0a0c2", "1.2.0", "manually_disabled", "Rocket.Chat", "Connect Rocket.Chat to 5,000+ apps."),
            App("Poll", "f4c2a8a1-7c7e-4c35-9e25-0b5b7f3d9e01", "3.4.1", "auto_enabled", "Rocket.Chat", "Create polls in rooms."),
        };
        return new AppsSummary { Present = true, Total = 5, Enabled = 3, Disabled = 2, Errored = 1, Items = items };
    }

    internal static AppItem App(string name, string id, string version, string status, string author, string description, bool priv = false)
    {
        bool enabled = status is "auto_enabled" or "manually_enabled";
        bool error = status is "error_disabled" or "compiler_error_disabled";
        bool disabled = status.EndsWith("disabled", StringComparison.Ordinal) || status == "disabled";
        return new AppItem { Name = name, Id = id, Version = version, Status = status, Enabled = enabled, Disabled = disabled, Error = error, Author = author, Description = description, Private = priv };
    }

    private static List<Finding> Findings() => new()
    {
        F("SET-2FA-DISABLED", FindingSeverity.Critical, FindingCategory.Security, "7.8.0-settings.json", "Accounts_TwoFactorAuthentication_Enabled",
            "Two-factor authentication is disabled for all users.", "Enable it in Administration > Settings > Accounts > Two Factor Authentication.", 1, "false"),
        F("LOG-FATAL", FindingSeverity.Critical, FindingCategory.Log, "7.8.0-log.json", "MongoServerSelectionError: Server selection timed out after <*> ms",
            "1 fatal log entry: the server lost its MongoDB connection.", "Check MongoDB replica-set health and the MONGO_URL of every instance.", 1, null),
        F("STAT-MONGO-VERSION", FindingSeverity.Error, FindingCategory.Performance, "7.8.0-server-statistics.json", "mongoVersion",
            "MongoDB 6.0.13 is older than 7.0, the oldest version Rocket.Chat 7.8 supports.", "Upgrade MongoDB to 7.0 or later.", 1, "6.0.13"),
        F("LOG-ERROR-TEMPLATE", FindingSeverity.Error, FindingCategory.Log, "7.8.0-log.json", "Exception in setInterval callback: MongoServerSelectionError: connection closed",
            "61 errors: Exception in setInterval callback: MongoServerSelectionError: connection closed", "Look for network drops between Rocket.Chat and MongoDB around 2025-11-23 13:00 UTC.", 61, null),
        F("APP-ERROR", FindingSeverity.Error, FindingCategory.Apps, "7.8.0-apps-installed.json", "Tenor",
            "App Tenor 1.0.3 is disabled by a compiler error.", "Update or reinstall the app in Administration > Apps > Installed.", 1, "compiler_error_disabled"),
        F("SET-SMTP-PASSWORD", FindingSeverity.Warning, FindingCategory.Configuration, "7.8.0-settings.json", "SMTP_Password",
            "SMTP authentication is configured; the password is stored in the settings collection.", "Prefer an environment variable for SMTP credentials.", 1, "hunter2-SMTP-pass"),
        F("SET-RATE-LIMITER-OFF", FindingSeverity.Warning, FindingCategory.Security, "7.8.0-settings.json", "API_Enable_Rate_Limiter",
            "The REST API rate limiter is off.", "Enable it in Administration > Settings > Rate Limiter.", 1, "false"),
        F("STAT-LOAD", FindingSeverity.Warning, FindingCategory.Performance, "7.8.0-server-statistics.json", "loadavg",
            "Load average 5.12 on 4 CPUs (1.28 per CPU).", "Add CPUs or instances if the load stays high.", 1, "5.12"),
        F("SET-UPLOAD-SIZE", FindingSeverity.Warning, FindingCategory.Configuration, "7.8.0-settings.json", "FileUpload_MaxFileSize",
            "Maximum upload size is 500 MB.", "Lower FileUpload_MaxFileSize to 100 MB unless large files are needed.", 1, "524288000"),
        F("OMNI-MANUAL-ROUTING", FindingSeverity.Info, FindingCategory.Omnichannel, "7.8.0-omnichannel-settings.json", "Livechat_Routing_Method",
            "Omnichannel uses manual selection routing.", "Consider Auto_Selection if agents miss chats.", 1, "Manual_Selection"),
        F("APP-DISABLED", FindingSeverity.Info, FindingCategory.Apps, "7.8.0-apps-installed.json", "Zapier",
            "App Zapier is disabled.", "Uninstall apps that are no longer used.", 1, "manually_disabled"),
    };

    internal static Finding F(string rule, FindingSeverity sev, FindingCategory cat, string source, string subject, string message, string rec, long count, string? value) => new()
    {
        RuleId = rule, Severity = sev, Category = cat, Source = source, Subject = subject, Message = message, Recommendation = rec, Count = count, Value = value,
    };

    private static List<Recommendation> Recommendations() => new()
    {
        new Recommendation { Rank = 1, Severity = FindingSeverity.Critical, Category = FindingCategory.Security, Text = "Enable two-factor authentication (Administration > Settings > Accounts > Two Factor Authentication).", Subjects = { "Accounts_TwoFactorAuthentication_Enabled" } },
        new Recommendation { Rank = 2, Severity = FindingSeverity.Critical, Category = FindingCategory.Log, Text = "Check MongoDB replica-set health and the MONGO_URL of every instance.", Subjects = { "MongoServerSelectionError: Server selection timed out after <*> ms", "Exception in setInterval callback: MongoServerSelectionError: connection closed" } },
        new Recommendation { Rank = 3, Severity = FindingSeverity.Error, Category = FindingCategory.Performance, Text = "Upgrade MongoDB to 7.0 or later.", Subjects = { "mongoVersion" } },
        new Recommendation { Rank = 4, Severity = FindingSeverity.Error, Category = FindingCategory.Apps, Text = "Update or reinstall the app in Administration > Apps > Installed.", Subjects = { "Tenor" } },
        new Recommendation { Rank = 5, Severity = FindingSeverity.Warning, Category = FindingCategory.Security, Text = "Enable the REST API rate limiter (Administration > Settings > Rate Limiter).", Subjects = { "API_Enable_Rate_Limiter" } },
        new Recommendation { Rank = 6, Severity = FindingSeverity.Info, Category = FindingCategory.Apps, Text = "Uninstall apps that are no longer used.", Subjects = { "Zapier" } },
    };
}
