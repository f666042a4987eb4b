using System.Globalization;

namespace RocketChatAnalyzer.Dump;

/// <summary>
/// Settings checks: the Bash tool's 15 intended rules (§3.12 of the reference, dead code there) and the
/// PowerShell rules of §3.2/§3.9, keyed on the real setting ids (so none is unreachable), with robust
/// value reading (booleans/numbers as strings, non-numeric values reported, never an abort).
/// Good configurations go to <see cref="SettingsSummary.Highlights"/>, not to findings.
/// </summary>
internal static class SettingsChecks
{
    public static void Run(DumpContext ctx, SettingsSummary summary)
    {
        if (ctx.Settings is null) return;
        TwoFactor(ctx, summary);
        Registration(ctx, summary);
        Anonymous(ctx);
        PasswordPolicy(ctx);
        RateLimiter(ctx);
        E2E(ctx, summary);
        Uploads(ctx, summary);
        MessageSize(ctx);
        Retention(ctx, summary);
        LogLevel(ctx, summary);
        Timeouts(ctx);
        SingleSignOn(ctx, summary);
    }

    private static void TwoFactor(DumpContext ctx, SettingsSummary summary)
    {
        if (ctx.Setting("Accounts_TwoFactorAuthentication_Enabled") is not { } s) return;
        if (s.Bool == false)
            ctx.AddSetting(RuleIds.TwoFactorDisabled, FindingSeverity.Warning, FindingCategory.Security, s,
                "Two-factor authentication is disabled for the workspace.",
                $"Enable two-factor authentication: {AdminPaths.TwoFactor} → Enable Two Factor Authentication.");
        else if (s.Bool == true) summary.Highlights.Add("Two-factor authentication enabled");
    }

    private static void Registration(DumpContext ctx, SettingsSummary summary)
    {
        if (ctx.Setting("Accounts_RegistrationForm") is not { } s || s.Text is not { } form) return;
        if (string.Equals(form, "Public", StringComparison.OrdinalIgnoreCase))
            ctx.AddSetting(RuleIds.PublicRegistration, FindingSeverity.Warning, FindingCategory.Security, s,
                "Public user registration is enabled: anyone who can reach the server can create an account.",
                $"Restrict registration: {AdminPaths.Registration} → Registration Form = \"Secret URL\" or \"Disabled\" (invite users instead).");
        else summary.Highlights.Add("Registration form: " + form);
    }

    private static void Anonymous(DumpContext ctx)
    {
        if (ctx.Setting("Accounts_AllowAnonymousRead") is { Bool: true } read)
            ctx.AddSetting(RuleIds.AnonymousRead, FindingSeverity.Warning, FindingCategory.Security, read,
                "Anonymous reading is enabled: public channels can be read without logging in.",
                $"Disable anonymous access unless the workspace is meant to be public: {AdminPaths.Accounts} → Allow Anonymous Read.");
        if (ctx.Setting("Accounts_AllowAnonymousWrite") is { Bool: true } write)
            ctx.AddSetting(RuleIds.AnonymousWrite, FindingSeverity.Error, FindingCategory.Security, write,
                "Anonymous writing is enabled: people who are not logged in can post messages.",
                $"Disable anonymous writing: {AdminPaths.Accounts} → Allow Anonymous Write.");
    }

    private static void PasswordPolicy(DumpContext ctx)
    {
        var policy = ctx.Setting("Accounts_Password_Policy_Enabled");
        if (policy is { Bool: false })
            ctx.AddSetting(RuleIds.PasswordPolicyDisabled, FindingSeverity.Warning, FindingCategory.Security, policy,
                "The password policy is disabled: any password is accepted.",
                $"Enable the password policy (minimum length, character classes, no repeats): {AdminPaths.PasswordPolicy} → Enable Password Policy.");
        if (policy is { Bool: true } && ctx.Setting("Accounts_Password_Policy_MinLength") is { } min
            && min.Number is double length && length >= 0 && length < 8)
            ctx.AddSetting(RuleIds.PasswordMinLength, FindingSeverity.Info, FindingCategory.Security, min,
                string.Create(CultureInfo.InvariantCulture, $"The password policy accepts passwords of {length:0} characters."),
                $"Require at least 8 characters (NIST SP 800-63B): {AdminPaths.PasswordPolicy} → Minimum Password Length.");
        if (ctx.Setting("Accounts_PasswordReset") is { Bool: false } reset)
            ctx.AddSetting(RuleIds.PasswordResetDisabled, FindingSeverity.Info, FindingCategory.Configuration, reset,
                "Password reset is disabled: users who forget their password need an administrator.",
                $"Allow users to reset their password unless accounts come from LDAP/SSO: {AdminPaths.Accounts} → Allow Password Reset.");
    }

    private static void RateLimiter(DumpContext ctx)
    {
        var api = ctx.Setting("API_Enable_Rate_Limiter");
        if (api is { Bool: false })
            ctx.AddSetting(RuleIds.RateLimiterDisabled, FindingSeverity.Warning, FindingCategory.Security, api,
                "The REST API rate limiter is disabled: clients can flood the API (brute force, scraping, accidental loops).",
                $"Enable the API rate limiter: {AdminPaths.RateLimiter} → Enable Rate Limiter.");
        // The "_Dev" flag applies the limiter to servers running with NODE_ENV=development; it is on by default.
        if (api is not { Bool: false } && ctx.Setting("API_Enable_Rate_Limiter_Dev") is { Bool: false } dev)
            ctx.AddSetting(RuleIds.RateLimiterDev, FindingSeverity.Info, FindingCategory.Configuration, dev,
                "The API rate limiter is switched off for development mode; a server started with NODE_ENV=development would run unthrottled.",
                $"Keep {AdminPaths.RateLimiter} → Enable Rate Limiter in development on, and make sure production runs with NODE_ENV=production.");
    }

    private static void E2E(DumpContext ctx, SettingsSummary summary)
    {
        if (ctx.Setting("E2E_Enable") is not { } s) return;
        if (s.Bool == false)
            ctx.AddSetting(RuleIds.E2EDisabled, FindingSeverity.Info, FindingCategory.Security, s,
                "End-to-end encryption is disabled (it is off by default; enable it where confidential direct messages and private rooms need it).",
                $"Enable end-to-end encryption if your policy requires it: {AdminPaths.E2E} → Enabled.");
        else if (s.Bool == true) summary.Highlights.Add("End-to-end encryption enabled");
    }

    private static void Uploads(DumpContext ctx, SettingsSummary summary)
    {
        if (ctx.Setting("FileUpload_MaxFileSize") is { } size)
        {
            if (size.Number is double bytes)
            {
                double limitMb = ctx.T.MaxFileUploadMB;
                if (bytes < 0)
                    ctx.AddSetting(RuleIds.UploadSize, FindingSeverity.Warning, FindingCategory.Performance, size,
                        "File uploads have no size limit (-1).",
                        $"Set a limit that fits your storage and proxy (e.g. {limitMb:0} MB): {AdminPaths.FileUpload} → Maximum File Upload Size (in bytes).");
                else if (bytes > limitMb * 1024 * 1024)
                    ctx.AddSetting(RuleIds.UploadSize, FindingSeverity.Warning, FindingCategory.Performance, size,
                        string.Create(CultureInfo.InvariantCulture, $"Large file upload limit ({bytes / 1048576d:0.#} MB, threshold {limitMb:0} MB)."),
                        $"Lower the upload limit unless large files are needed, and check the reverse proxy limit matches: {AdminPaths.FileUpload} → Maximum File Upload Size (in bytes).");
                else summary.Highlights.Add(string.Create(CultureInfo.InvariantCulture, $"File upload limit: {bytes / 1048576d:0.#} MB"));
            }
            else if (size.IsConfigured) Unreadable(ctx, size, "a number of bytes");
        }

        if (ctx.Setting("FileUpload_Storage_Type") is { Text: { Length: > 0 } storage } st)
        {
            if (string.Equals(storage, "FileSystem", StringComparison.OrdinalIgnoreCase))
            {
                int instances = ctx.StatisticsSummary?.InstanceCount ?? 1;
                bool several = instances > 1;
                ctx.AddSetting(RuleIds.StorageFileSystem, several ? FindingSeverity.Warning : FindingSeverity.Info, FindingCategory.Configuration, st,
                    several
                        ? string.Create(CultureInfo.InvariantCulture, $"File uploads are stored on the local file system while {instances} instances run: every instance needs the same shared volume.")
                        : "File uploads are stored on the local file system: backups and scaling to several instances need a shared volume.",
                    $"Use object storage (Amazon S3, MinIO, Google Cloud Storage) or make sure the upload path is a shared, backed-up volume: {AdminPaths.FileUpload} → Storage Type.");
            }
            summary.Highlights.Add("Storage type: " + storage);
        }
    }

    private static void MessageSize(DumpContext ctx)
    {
        if (ctx.Setting("Message_MaxAllowedSize") is not { } s) return;
        if (s.Number is double n)
        {
            if (n > ctx.T.MaxMessageSize)
                ctx.AddSetting(RuleIds.MessageSize, FindingSeverity.Warning, FindingCategory.Performance, s,
                    string.Create(CultureInfo.InvariantCulture, $"Large message size limit ({n:0} characters, threshold {ctx.T.MaxMessageSize})."),
                    $"Lower the maximum message size (default 5000): {AdminPaths.Message} → Maximum Allowed Message Size.");
        }
        else if (s.IsConfigured) Unreadable(ctx, s, "a number of characters");
    }

    private static void Retention(DumpContext ctx, SettingsSummary summary)
    {
        if (ctx.Setting("RetentionPolicy_Enabled") is not { } s) return;
        if (s.Bool == false)
            ctx.AddSetting(RuleIds.RetentionDisabled, FindingSeverity.Info, FindingCategory.Configuration, s,
                "No message retention policy is configured: messages and files are kept forever.",
                $"Define a retention policy if your data-protection rules allow or require it: {AdminPaths.Retention} → Enabled.");
        else if (s.Bool == true) summary.Highlights.Add("Retention policy enabled");
    }

    private static void LogLevel(DumpContext ctx, SettingsSummary summary)
    {
        if (ctx.Setting("Log_Level") is not { } s || s.Text is not { } level) return;
        // '0' = errors only (pino warn), '1' = errors and information (info), '2' = + debug (ROCKETCHAT-FORMATS §2.1).
        // The Bash tool treated '0' as debug, which is the opposite.
        if (level.Trim() == "2")
            ctx.AddSetting(RuleIds.LogLevelDebug, FindingSeverity.Warning, FindingCategory.Performance, s,
                "Debug logging is enabled (Log_Level 2: errors, information and debug) — verbose output costs CPU and I/O and floods the log view.",
                $"Use Log Level 0 (errors only) or 1 (errors and information) in production: {AdminPaths.Logs} → Log Level.");
        else summary.Highlights.Add("Log level: " + level.Trim() + (level.Trim() switch { "0" => " (errors only)", "1" => " (errors and information)", _ => "" }));
    }

    // Timeouts measured in seconds (the connectionTimeout threshold is in milliseconds).
    private static readonly HashSet<string> s_secondTimeouts = new(StringComparer.OrdinalIgnoreCase)
    {
        "Livechat_visitor_inactivity_timeout", "Omnichannel_queue_delay_timeout", "Livechat_auto_close_on_hold_chats_timeout",
        "Livechat_auto_transfer_chat_timeout", "Livechat_agent_leave_action_timeout", "Livechat_max_queue_wait_time",
    };

    // Defaults of millisecond timeouts, used when the dump carries no packageValue.
    private static readonly Dictionary<string, double> s_knownDefaults = new(StringComparer.OrdinalIgnoreCase)
    {
        ["LDAP_Timeout"] = 60000,
        ["LDAP_Connect_Timeout"] = 1000,
        ["LDAP_Idle_Timeout"] = 1000,
        ["Livechat_http_timeout"] = 5000,
    };

    private static void Timeouts(DumpContext ctx)
    {
        foreach (var data in new[] { ctx.Settings, ctx.Omnichannel })
        {
            if (data is null) continue;
            foreach (var s in data.Ordered)
            {
                if (!s.Id.Contains("timeout", StringComparison.OrdinalIgnoreCase) || s.HideValue || s_secondTimeouts.Contains(s.Id)) continue;
                if (data == ctx.Omnichannel && ctx.Settings?[s.Id] is not null) continue; // checked once
                if (!s.IsConfigured || s.Bool is not null && s.Number is null) continue;
                if (s.Number is not double ms)
                {
                    Unreadable(ctx, s, "a number of milliseconds");
                    continue;
                }
                double? def = DumpJson.ReadDouble(s.PackageValue) ?? (s_knownDefaults.TryGetValue(s.Id, out double d) ? d : null);
                if (def is double dv && dv == ms) continue; // Rocket.Chat's own default is not a misconfiguration
                if (ms > ctx.T.ConnectionTimeout)
                    ctx.AddSetting(RuleIds.TimeoutHigh, FindingSeverity.Warning, FindingCategory.Performance, s,
                        string.Create(CultureInfo.InvariantCulture, $"High timeout value: {s.Id} = {ms:0} ms (threshold {ctx.T.ConnectionTimeout} ms); slow dependencies then hold requests and connections for long."),
                        $"Lower the timeout unless a slow dependency needs it: {PathFor(s)}.");
            }
        }
    }

    private static string PathFor(SettingRecord s) =>
        s.Group is { Length: > 0 } g
            ? AdminPaths.Settings + " → " + g + (s.Section is { Length: > 0 } sec ? " → " + sec : "") + " → " + s.Id
            : AdminPaths.Settings + " (search for " + s.Id + ")";

    private static void SingleSignOn(DumpContext ctx, SettingsSummary summary)
    {
        if (ctx.Setting("LDAP_Enable") is { Bool: true }) summary.Highlights.Add("LDAP authentication enabled");
        if (ctx.Setting("SAML_Custom_Default") is { Bool: true }) summary.Highlights.Add("SAML authentication enabled");
        if (ctx.Setting("Federation_Enabled") is { Bool: true } || ctx.Setting("Federation_Matrix_enabled") is { Bool: true })
            summary.Highlights.Add("Federation enabled");
    }

    private static void Unreadable(DumpContext ctx, SettingRecord s, string expected) =>
        ctx.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "UnreadableSettingValue", s.Source, null, null,
            $"Setting {s.Id} = '{s.DisplayValue}' is not {expected}; its check was skipped."));
}
