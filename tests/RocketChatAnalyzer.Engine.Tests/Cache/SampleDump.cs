using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace RocketChatAnalyzer.Tests.Cache;

/// <summary>
/// A realistic 7.8.0 support dump on disk and a stand-in dump analyzer for it. Shapes follow
/// ../shared/reference/ROCKETCHAT-FORMATS.md: §3 stdout.queue, §4 IStats (values from the
/// illustrative example there, user/room/message counts from
/// https://forums.rocket.chat/t/scaling-challenges/2278), §5 ISetting documents including secrets,
/// §6 apps (Tenor from https://github.com/RocketChat/Rocket.Chat/issues/33140), §7 omnichannel keys.
/// </summary>
internal static class SampleDump
{
    public const string Settings = """
        [
          { "_id": "Log_Level", "type": "select", "public": true, "group": "Logs", "value": "0", "packageValue": "2" },
          { "_id": "SMTP_Password", "type": "password", "public": false, "group": "Email", "section": "SMTP", "value": "hunter2", "packageValue": "", "secret": true },
          { "_id": "Accounts_TwoFactorAuthentication_Enabled", "type": "boolean", "public": true, "group": "Accounts", "value": false, "packageValue": true },
          { "_id": "FileUpload_MaxFileSize", "type": "int", "public": true, "group": "FileUpload", "value": 209715200, "packageValue": 104857600 },
          { "_id": "API_Enable_Rate_Limiter", "type": "boolean", "public": false, "group": "General", "value": true, "packageValue": true }
        ]
        """;

    public const string Statistics = """
        {
          "_id": "6Nf8kRk3dQWzY7HfA", "createdAt": "2025-07-10T12:00:00.000Z", "success": true,
          "uniqueId": "a1B2c3D4e5F6g7H8i", "installedAt": "2021-03-02T09:15:11.004Z", "version": "7.8.0",
          "totalUsers": 7116, "activeUsers": 6174, "onlineUsers": 342, "awayUsers": 344, "busyUsers": 0, "offlineUsers": 6430,
          "totalRooms": 49149, "totalChannels": 44, "totalPrivateGroups": 1917, "totalDirect": 47188, "totalLivechat": 0,
          "totalMessages": 2399787, "livechatEnabled": false, "routingAlgorithm": "Auto_Selection",
          "os": { "type": "Linux", "platform": "linux", "arch": "x64", "release": "5.15.0-113-generic", "uptime": 1209600.5,
                  "loadavg": [0.82, 0.77, 0.69], "totalmem": 8335716352, "freemem": 1190371328 },
          "process": { "nodeVersion": "v22.16.0", "pid": 1, "uptime": 86400.2 },
          "mongoVersion": "7.0.14", "mongoStorageEngine": "wiredTiger", "oplogEnabled": true, "instanceCount": 1,
          "uploadsTotal": 1523, "uploadsTotalSize": 3221225472, "pushQueue": 0, "uncaughtExceptionsCount": 4
        }
        """;

    public const string Apps = """
        { "apps": [
          { "id": "ab4728ec-613e-472f-a24c-b48a77aacfff", "name": "Tenor", "version": "1.0.3", "status": "compiler_error_disabled",
            "author": { "name": "Rocket.Chat" }, "private": false },
          { "id": "1ddc4f9e-ef01-4458-9318-a10d3d098ce0", "name": "Configuration Server", "version": "0.0.1", "status": "manually_enabled",
            "author": { "name": "ACME" }, "private": true }
        ], "success": true }
        """;

    public const string Omnichannel = """
        [ { "_id": "Livechat_enabled", "type": "boolean", "value": true },
          { "_id": "Livechat_Routing_Method", "type": "select", "value": "Manual_Selection" } ]
        """;

    /// <summary>The stdout.queue response with real lines (corpus ids 50, 66, 146).</summary>
    public static string Log()
    {
        var items = new JArray();
        int i = 0;
        foreach (int id in new[] { 50, 66, 146 })
        {
            var line = Array.Find(CorpusLog.Lines, l => l.Id == id)!;
            items.Add(new JObject { ["id"] = "q" + i, ["string"] = line.Text + "\n", ["ts"] = "2024-10-03T14:39:4" + i++ + ".000Z" });
        }
        return new JObject { ["queue"] = items, ["success"] = true }.ToString();
    }

    /// <summary>Writes the five files of a 7.8.0 dump into <paramref name="folder"/>.</summary>
    public static void WriteFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "7.8.0-settings.json"), Settings);
        File.WriteAllText(Path.Combine(folder, "7.8.0-server-statistics.json"), Statistics);
        File.WriteAllText(Path.Combine(folder, "7.8.0-apps-installed.json"), Apps);
        File.WriteAllText(Path.Combine(folder, "7.8.0-omnichannel-settings.json"), Omnichannel);
        File.WriteAllText(Path.Combine(folder, "7.8.0-log.json"), Log());
    }

    /// <summary>
    /// A stand-in for the dump analyzer (folders only): reads what it needs from the files, so a
    /// change in a file changes the result, and redacts secrets unless asked not to.
    /// </summary>
    public static DumpAnalysis Analyze(string folder, bool includeSecret)
    {
        var result = new DumpAnalysis { Path = folder, AnalyzedAt = new DateTime(2025, 7, 10, 12, 30, 0, DateTimeKind.Utc) };
        string settingsFile = Directory.GetFiles(folder, "*-settings.json").First(f => !f.EndsWith("omnichannel-settings.json", StringComparison.Ordinal));
        result.Files.Settings = Path.GetFileName(settingsFile);
        using (var doc = JsonDocument.Parse(File.ReadAllText(settingsFile)))
        {
            foreach (var s in doc.RootElement.EnumerateArray())
            {
                bool secret = s.GetProperty("type").GetString() == "password" || (s.TryGetProperty("secret", out var f) && f.GetBoolean());
                object? value = s.GetProperty("value").ValueKind switch
                {
                    JsonValueKind.String => s.GetProperty("value").GetString(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number => s.GetProperty("value").GetInt64(),
                    _ => null,
                };
                result.Settings.Items.Add(new SettingItem
                {
                    Id = s.GetProperty("_id").GetString()!,
                    Type = s.GetProperty("type").GetString(),
                    Group = s.GetProperty("group").GetString(),
                    IsSecret = secret,
                    Redacted = secret && !includeSecret,
                    Value = secret && !includeSecret ? SettingItem.RedactedValue : value,
                });
            }
        }
        result.Settings.Present = true;
        result.Settings.Total = result.Settings.Items.Count;
        result.Settings.SecretCount = result.Settings.Items.Count(i => i.IsSecret);
        using (var stats = JsonDocument.Parse(File.ReadAllText(Directory.GetFiles(folder, "*-server-statistics.json").Single())))
        {
            result.Statistics.Present = true;
            result.Statistics.Version = stats.RootElement.GetProperty("version").GetString();
            result.Statistics.TotalUsers = stats.RootElement.GetProperty("totalUsers").GetInt64();
            result.ServerVersion = result.Statistics.Version;
        }
        result.Findings.Add(new Finding
        {
            RuleId = "SET-2FA-DISABLED", Severity = FindingSeverity.Warning, Category = FindingCategory.Security,
            Source = result.Files.Settings, Subject = "Accounts_TwoFactorAuthentication_Enabled",
            Message = "Two-factor authentication is disabled.",
            Recommendation = "Enable it in Administration > Settings > Accounts > Two Factor Authentication.",
        });
        return result;
    }
}
