using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace RocketChatAnalyzer.Dump;

/// <summary>
/// Installed apps (<c>GET /api/apps/installed</c>: <c>{apps:[IAppInfo + status, licenseValidation…]}</c>)
/// classified with the Apps-Engine's own <c>AppStatus</c> rules: enabled ⇔ <c>auto_enabled|manually_enabled</c>;
/// disabled ⇔ any <c>*_disabled</c> or <c>disabled</c>; error ⇔ <c>error_disabled|compiler_error_disabled</c>.
/// </summary>
internal static class AppsChecks
{
    private static readonly Regex s_security = new("security|auth|login|oauth|ldap|saml|sso|2fa|mfa|password|backup|antivirus|virus|dlp",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex s_monitoring = new("monitor|performance|metrics|analytics|stats|prometheus|audit",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex s_integration = new("webhook|api|bot|connector|integration|telegram|slack|jitsi|zoom|teams|jira|github|gitlab|whatsapp",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    // Apps whose being switched off is a risk (the original's rule: security|backup|monitor).
    private static readonly Regex s_critical = new("security|backup|monitor|audit|antivirus|virus|dlp|2fa|mfa",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static JArray? FindApps(JToken root, List<Diagnostic> diagnostics, string displayPath)
    {
        var arr = DumpJson.FindArray(root, "apps", "data", "result", "items");
        if (arr is not null) return arr;
        if (root is JObject o && (o["name"] is not null || o["id"] is not null) && o["status"] is not null) return new JArray(o);
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "UnexpectedShape", displayPath, null, null,
            $"Expected a list of apps (or {{\"apps\":[…]}}), found {root.Type} without one."));
        return null;
    }

    public static AppsSummary Summarize(JArray apps)
    {
        var s = new AppsSummary { Present = true };
        foreach (var t in apps)
        {
            if (t is not JObject o) continue;
            var item = ToItem(o);
            s.Items.Add(item);
            s.Total++;
            if (item.Enabled) s.Enabled++;
            if (item.Disabled) s.Disabled++;
            if (item.Error) s.Errored++;
            if (item.Category is { } c) s.Categories[c] = s.Categories.TryGetValue(c, out int n) ? n + 1 : 1;
        }
        return s;
    }

    internal static AppItem ToItem(JObject o)
    {
        string? id = DumpJson.ReadString(o["id"]) ?? DumpJson.ReadString(o["_id"]);
        string name = DumpJson.ReadString(o["name"]) ?? DumpJson.ReadString(o["nameSlug"]) ?? id ?? "Unknown app";
        string? status = DumpJson.ReadString(o["status"])?.Trim();
        if (string.IsNullOrEmpty(status))
        {
            // Legacy shape: {"enabled": true}.
            status = DumpJson.ReadBool(o["enabled"]) switch { true => "enabled", false => "disabled", _ => "unknown" };
        }
        string st = status.ToLowerInvariant();
        var author = o["author"];
        string? authorName = author is JObject a ? DumpJson.ReadString(a["name"]) : DumpJson.ReadString(author);
        string? description = DumpJson.ReadString(o["description"]);

        var item = new AppItem
        {
            Name = name,
            Id = id,
            Version = DumpJson.ReadString(o["version"]),
            Status = status,
            Enabled = st is "auto_enabled" or "manually_enabled" or "enabled",
            Disabled = st == "disabled" || st.EndsWith("_disabled", StringComparison.Ordinal),
            Error = st is "error_disabled" or "compiler_error_disabled",
            Author = authorName,
            Description = description,
            Private = DumpJson.ReadBool(o["private"]),
        };
        string text = name + " " + description;
        item.Category = s_security.IsMatch(text) ? "Security" : s_monitoring.IsMatch(text) ? "Monitoring" : s_integration.IsMatch(text) ? "Integration" : null;
        var license = o["licenseValidation"];
        Messages(DumpJson.Get(license, "errors"), item.LicenseErrors);
        Messages(DumpJson.Get(license, "warnings"), item.LicenseWarnings);
        return item;
    }

    private static void Messages(JToken? t, List<string> into)
    {
        switch (t)
        {
            case JObject o:
                foreach (var p in o.Properties())
                    into.Add(DumpJson.ReadString(p.Value) is { Length: > 0 } m ? p.Name + ": " + m : p.Name);
                break;
            case JArray a:
                foreach (var x in a) if (DumpJson.ReadString(x) is { Length: > 0 } m) into.Add(m);
                break;
            case JValue when DumpJson.ReadString(t) is { Length: > 0 } m:
                into.Add(m);
                break;
        }
    }

    public static void Run(DumpContext ctx)
    {
        if (ctx.AppsSummary is not { } apps) return;
        string src = ctx.AppsSource;
        string fix = $"Open {AdminPaths.Apps}";
        foreach (var app in apps.Items)
        {
            string st = app.Status.ToLowerInvariant();
            string label = app.Version is null ? $"'{app.Name}'" : $"'{app.Name}' {app.Version}";
            switch (st)
            {
                case "error_disabled":
                case "compiler_error_disabled":
                    Add(ctx, RuleIds.AppError, FindingSeverity.Error, src, app,
                        $"App {label} is disabled by an error ({app.Status}).",
                        $"{fix}, read the app's logs, then update or reinstall it (a compiler error usually means the app does not support this server version).");
                    break;
                case "invalid_license_disabled":
                    Add(ctx, RuleIds.AppInvalidLicense, FindingSeverity.Warning, src, app,
                        $"App {label} is disabled because its licence is invalid" + LicenseDetail(app) + ".",
                        $"{fix} and renew or re-apply the app's subscription, or uninstall it.");
                    break;
                case "invalid_settings_disabled":
                    Add(ctx, RuleIds.AppInvalidSettings, FindingSeverity.Warning, src, app,
                        $"App {label} is disabled because its settings are invalid.",
                        $"{fix}, correct the app's settings and enable it again.");
                    break;
                case "invalid_installation_disabled":
                    Add(ctx, RuleIds.AppInvalidInstallation, FindingSeverity.Warning, src, app,
                        $"App {label} is disabled because its installation is invalid.",
                        $"{fix} and reinstall the app.");
                    break;
                case "manually_disabled":
                case "disabled":
                    bool critical = s_critical.IsMatch(app.Name + " " + app.Description);
                    Add(ctx, RuleIds.AppDisabled, critical ? FindingSeverity.Warning : FindingSeverity.Info, src, app,
                        $"App {label} is disabled" + (critical ? " — it looks like a security, backup or monitoring app." : "."),
                        $"{fix}: enable the apps you rely on and uninstall the ones you do not use.");
                    break;
                case "initialized":
                case "constructed":
                case "unknown":
                    Add(ctx, RuleIds.AppNotRunning, FindingSeverity.Info, src, app,
                        $"App {label} is not running (status {app.Status}).",
                        $"{fix} and check whether the app is meant to be enabled.");
                    break;
            }
            if (app.LicenseErrors.Count > 0 && st != "invalid_license_disabled")
                Add(ctx, RuleIds.AppLicenseErrors, FindingSeverity.Warning, src, app,
                    $"App {label} reports licence errors" + LicenseDetail(app) + ".",
                    $"{fix} and renew or re-apply the app's subscription, or uninstall it.");
            if (app.Version is { } v && RocketChatReleases.ParseVersion(v) is { Major: 0 })
                Add(ctx, RuleIds.AppPreRelease, FindingSeverity.Info, src, app,
                    $"App {label} is a pre-release (major version 0).",
                    $"{fix} and check whether a stable (1.0 or later) version of the app is available.");
        }
    }

    private static string LicenseDetail(AppItem app) =>
        app.LicenseErrors.Count == 0 ? "" : " (" + string.Join("; ", app.LicenseErrors) + ")";

    private static void Add(DumpContext ctx, string rule, FindingSeverity severity, string source, AppItem app, string message, string recommendation) =>
        ctx.Add(rule, severity, FindingCategory.Apps, source, app.Name, message, recommendation, 1, app.Status);
}
