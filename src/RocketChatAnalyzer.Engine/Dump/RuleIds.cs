namespace RocketChatAnalyzer;

/// <summary>
/// Stable ids of the dump checks (<see cref="Finding.RuleId"/>). Scripts filter on them; never
/// rename one — add a new id instead. <see cref="All"/> lists every id with a one-line description.
/// </summary>
public static class RuleIds
{
    // Settings (settings file)
    public const string TwoFactorDisabled = "SET-2FA-DISABLED";
    public const string PublicRegistration = "SET-PUBLIC-REGISTRATION";
    public const string AnonymousRead = "SET-ANONYMOUS-READ";
    public const string AnonymousWrite = "SET-ANONYMOUS-WRITE";
    public const string PasswordPolicyDisabled = "SET-PASSWORD-POLICY-DISABLED";
    public const string PasswordMinLength = "SET-PASSWORD-MIN-LENGTH";
    public const string PasswordResetDisabled = "SET-PASSWORD-RESET-DISABLED";
    public const string RateLimiterDisabled = "SET-RATE-LIMITER-DISABLED";
    public const string RateLimiterDev = "SET-RATE-LIMITER-DEV";
    public const string E2EDisabled = "SET-E2E-DISABLED";
    public const string UploadSize = "SET-UPLOAD-SIZE";
    public const string StorageFileSystem = "SET-STORAGE-FILESYSTEM";
    public const string MessageSize = "SET-MESSAGE-SIZE";
    public const string RetentionDisabled = "SET-RETENTION-DISABLED";
    public const string LogLevelDebug = "SET-LOG-LEVEL-DEBUG";
    public const string TimeoutHigh = "SET-TIMEOUT-HIGH";

    // Statistics (IStats)
    public const string HostMemory = "STAT-HOST-MEMORY";
    public const string LoadAverage = "STAT-LOAD-AVERAGE";
    public const string OnlineUsers = "STAT-ONLINE-USERS";
    public const string UploadsSize = "STAT-UPLOADS-SIZE";
    public const string MongoVersion = "STAT-MONGO-VERSION";
    public const string OplogDisabled = "STAT-OPLOG-DISABLED";
    public const string MultiInstance = "STAT-MULTI-INSTANCE";
    public const string UncaughtExceptions = "STAT-UNCAUGHT-EXCEPTIONS";
    public const string MigrationLocked = "STAT-MIGRATION-LOCKED";
    public const string VersionAge = "STAT-VERSION-AGE";
    public const string MessageVolume = "STAT-MESSAGE-VOLUME";
    public const string RoomsRatio = "STAT-ROOMS-RATIO";
    public const string AppsFailed = "STAT-APPS-FAILED";

    // Omnichannel
    public const string OmnichannelDisabled = "OMNI-DISABLED";
    public const string ManualRouting = "OMNI-MANUAL-ROUTING";
    public const string OfflineForm = "OMNI-OFFLINE-FORM";
    public const string AcceptNoAgents = "OMNI-ACCEPT-NO-AGENTS";
    public const string UnlimitedChatsWithQueue = "OMNI-UNLIMITED-CHATS-QUEUE";
    public const string ExternalRoutingNoUrl = "OMNI-EXTERNAL-NO-URL";
    public const string WebhookNoSecret = "OMNI-WEBHOOK-NO-SECRET";
    public const string NoAgents = "OMNI-NO-AGENTS";
    public const string NoAgentsInLog = "OMNI-NO-AGENTS-LOG";

    // Apps
    public const string AppError = "APP-ERROR";
    public const string AppInvalidLicense = "APP-INVALID-LICENSE";
    public const string AppInvalidSettings = "APP-INVALID-SETTINGS";
    public const string AppInvalidInstallation = "APP-INVALID-INSTALLATION";
    public const string AppDisabled = "APP-DISABLED";
    public const string AppNotRunning = "APP-NOT-RUNNING";
    public const string AppLicenseErrors = "APP-LICENSE-ERRORS";
    public const string AppPreRelease = "APP-PRE-RELEASE";

    // Log
    public const string LogFatal = "LOG-FATAL";
    public const string LogErrors = "LOG-ERRORS";
    public const string LogErrorPattern = "LOG-PATTERN-ERROR";
    public const string LogWarningPattern = "LOG-PATTERN-WARNING";
    public const string LogSecurityPattern = "LOG-PATTERN-SECURITY";
    public const string LogTopError = "LOG-TOP-ERROR";
    public const string LogUnparsed = "LOG-UNPARSED";
    public const string LogEmpty = "LOG-EMPTY";

    /// <summary>Every rule id with what it checks, in documentation order.</summary>
    public static IReadOnlyList<(string Id, string Description)> All { get; } = new (string, string)[]
    {
        (TwoFactorDisabled, "Accounts_TwoFactorAuthentication_Enabled is false"),
        (PublicRegistration, "Accounts_RegistrationForm is Public"),
        (AnonymousRead, "Accounts_AllowAnonymousRead is true"),
        (AnonymousWrite, "Accounts_AllowAnonymousWrite is true"),
        (PasswordPolicyDisabled, "Accounts_Password_Policy_Enabled is false"),
        (PasswordMinLength, "password policy on with Accounts_Password_Policy_MinLength below 8"),
        (PasswordResetDisabled, "Accounts_PasswordReset is false"),
        (RateLimiterDisabled, "API_Enable_Rate_Limiter is false"),
        (RateLimiterDev, "API_Enable_Rate_Limiter_Dev is false while the API rate limiter is on (a development-mode server runs unthrottled)"),
        (E2EDisabled, "E2E_Enable is false"),
        (UploadSize, "FileUpload_MaxFileSize above maxFileUploadMB, or unlimited (-1)"),
        (StorageFileSystem, "FileUpload_Storage_Type is FileSystem (Warning with several instances)"),
        (MessageSize, "Message_MaxAllowedSize above maxMessageSize"),
        (RetentionDisabled, "RetentionPolicy_Enabled is false"),
        (LogLevelDebug, "Log_Level is \"2\" (errors, information and debug)"),
        (TimeoutHigh, "a millisecond *timeout* setting above connectionTimeout and not at its default"),
        (HostMemory, "host memory in use (1 - os.freemem/os.totalmem) above memoryUsagePercent"),
        (LoadAverage, "load average per CPU above loadAveragePerCpu"),
        (OnlineUsers, "online users per instance above maxOnlineUsersPerInstance"),
        (UploadsSize, "uploadsTotalSize above uploadsTotalSizeGB"),
        (MongoVersion, "mongoVersion older than minMongoVersion"),
        (OplogDisabled, "oplogEnabled is false"),
        (MultiInstance, "instanceCount > 1 with msEnabled false"),
        (UncaughtExceptions, "uncaughtExceptionsCount above uncaughtExceptions"),
        (MigrationLocked, "migration.locked is true"),
        (VersionAge, "the server's major.minor was released more than versionMaxAgeMonths before the statistics were taken"),
        (MessageVolume, "totalMessages above maxMessages (Warning without a retention policy)"),
        (RoomsRatio, "more than 50 rooms per user"),
        (AppsFailed, "statistics apps.totalFailed > 0"),
        (OmnichannelDisabled, "Livechat_enabled is false"),
        (ManualRouting, "Livechat_Routing_Method is Manual_Selection"),
        (OfflineForm, "the offline form is not displayed (Livechat_display_offline_form false)"),
        (AcceptNoAgents, "Livechat_accept_chats_with_no_agents is true"),
        (UnlimitedChatsWithQueue, "Livechat_waiting_queue on with Livechat_maximum_chats_per_agent 0 (unlimited)"),
        (ExternalRoutingNoUrl, "External routing without Livechat_External_Queue_URL"),
        (WebhookNoSecret, "Livechat_webhookUrl set without Livechat_secret_token"),
        (NoAgents, "statistics: livechatEnabled with totalLivechatAgents 0"),
        (NoAgentsInLog, "\"No agents available\" messages in the log"),
        (AppError, "app status error_disabled or compiler_error_disabled"),
        (AppInvalidLicense, "app status invalid_license_disabled"),
        (AppInvalidSettings, "app status invalid_settings_disabled"),
        (AppInvalidInstallation, "app status invalid_installation_disabled"),
        (AppDisabled, "app manually_disabled/disabled (Warning for security, backup and monitoring apps)"),
        (AppNotRunning, "app status initialized, constructed or unknown"),
        (AppLicenseErrors, "licenseValidation.errors on an app that is not already invalid_license_disabled"),
        (AppPreRelease, "app major version 0"),
        (LogFatal, "Fatal (60) log entries"),
        (LogErrors, "Error (50) log entries, with the rate per 1000 entries"),
        (LogErrorPattern, "entries matching an error pattern of the rules (one finding per pattern)"),
        (LogWarningPattern, "entries matching a warning pattern of the rules (one finding per pattern)"),
        (LogSecurityPattern, "entries matching a security pattern (Warning when warn/error-level entries match, else Info)"),
        (LogTopError, "the most frequent Error/Fatal message templates"),
        (LogUnparsed, "log entries or items that could not be read"),
        (LogEmpty, "the log file holds no entries"),
    };
}
