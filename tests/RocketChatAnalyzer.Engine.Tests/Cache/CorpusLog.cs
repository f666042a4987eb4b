using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RocketChatAnalyzer.Tests.Cache;

/// <summary>
/// Real Rocket.Chat log lines from ../shared/corpus/rocketchat-real-lines.tsv (id, source URL kept)
/// and a seeded generator that builds server logs from them: pino JSON entries with advancing
/// times, Meteor/plain lines, and stack heads followed by indented continuation lines. Lines 146,
/// 190 and 246 are cut off in their sources, so the logs also carry truncated JSON.
/// </summary>
internal static class CorpusLog
{
    internal sealed record Line(int Id, string Source, bool Continuation, string Text);

    internal static readonly Line[] Lines =
    {
        new(50, "https://github.com/RocketChat/Rocket.Chat/issues/33425", false,
            "{\"level\":30,\"time\":\"2024-10-03T14:39:40.929Z\",\"pid\":13881,\"hostname\":\"chat.io\",\"name\":\"System\",\"msg\":\"Using GridFS for custom sounds storage\"}"),
        new(52, "https://github.com/RocketChat/Rocket.Chat/issues/33425", false,
            "{\"level\":30,\"time\":\"2024-10-03T14:39:40.993Z\",\"pid\":13881,\"hostname\":\"chat.io\",\"name\":\"VersionCheck\",\"msg\":\"Checking for version updates\"}"),
        new(66, "https://github.com/RocketChat/Rocket.Chat/issues/31635", false,
            "{\"level\":51,\"time\":\"2024-02-04T07:33:28.150Z\",\"pid\":239232,\"hostname\":\"rocketchat\",\"name\":\"Migrations\",\"msg\":\"Migrating from version 303 -> 304\"}"),
        new(134, "https://github.com/RocketChat/Rocket.Chat/issues/23923", false,
            "{\"level\":50,\"time\":\"2021-12-10T13:12:24.212Z\",\"pid\":9,\"hostname\":\"rocketchat\",\"name\":\"Slack Importer\",\"err\":{\"type\":\"Error\",\"message\":\"Meteor.userId can only be invoked in method calls or publications.\",\"stack\":\"Error: Meteor.userId can only be invoked in method calls or publications.<br>    at AccountsServer.userId (packages/accounts-base/accounts_server.js:117:13)<br>...\"},\"msg\":\"Meteor.userId can only be invoked in method calls or publications.\"}"),
        new(136, "https://github.com/RocketChat/Rocket.Chat/issues/28756", false,
            "{\"level\":50,\"time\":\"2023-04-01T00:00:20.032Z\",\"pid\":1363,\"hostname\":\"chat\",\"name\":\"System\",\"msg\":\"Failed to get Workspace AccessToken from Rocket.Chat Cloud\",\"url\":\"/api/oauth/token\",\"scope\":\"workspace:license:read workspace:client:write workspace:stats:write workspace:push:send marketplace:read marketplace:download fedhub:register\",\"err\":{\"type\":\"FetchError\",\"message\":\"network timeout at: https://cloud.rocket.chat/api/oauth/token\",\"stack\":\"FetchError: network timeout at: https://cloud.rocket.chat/api/oauth/token<br>    at Timeout.<anonymous> (/snap/rocketchat-server/1544/programs/server/npm/node_modules/meteor/fetch/node_modules/node-fetch/lib/index.js:1437:13)<br>    at listOnTimeout (internal/timers.js:557:17)<br>    at processTimers (internal/timers.js:500:7)\",\"name\":\"FetchError\"},\"msg\":\"network timeout at: https://cloud.rocket.chat/api/oauth/token\"}"),
        new(146, "https://github.com/RocketChat/Rocket.Chat/issues/26735", false,
            "{\"level\":50,\"time\":\"2022-08-30T07:56:14.765Z\",\"pid\":1118,\"hostname\":\"rocketchat\",\"name\":\"LDAP\",\"err\":{\"type\":\"Error\",\"message\":\"Timeout\",\"stack\":\"Error: Timeout\\n    at Timeout._onTimeout (server/lib/ldap/Connection.ts:775:35)\\n    at listOnTimeo..."),
        new(190, "https://github.com/RocketChat/Rocket.Chat/issues/33140", false,
            "{\"level\":35,\"time\":\"2024-08-23T16:23:17.204Z\",\"pid\":1,\"hostname\":\"9ad73d11caf9\",\"name\":\"API\",\"method\":\"POST\",\"url\":\"/api/apps/ab4728ec-613e-472f-a24c-b48a77aacfff/status\",\"userId\":\"L86W8h2Xtrpystbnd\",\"userAgent\":\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Rocket.Chat/4.0.1 Chrome/124.0.6367.243 Electron/30.1.2 Safari/537.36\",\"length\":\"29\",\"host\":\"localhost:3000\",\"referer\":\"https://<domain>/marketplace/installed/list\",\"remoteIP\":\"2001:871:261:eab7:4d0a:c1cc:690a:3b10\",\"err\":{\"type\":\"Error\",\"message\":\"The App had compiler errors, can not enable it.\",\"stack\":\"Error: The App had compiler errors, can not enable it.\\n    at AppManager.<anonymous> (/app/bundle/programs/server/npm/node_modules/@rocket.chat/apps-engine/server/AppManager.js:313:23)\\n ...\"}..."),
        new(216, "https://github.com/RocketChat/Rocket.Chat/issues/32054", false,
            "{\"level\":30,\"time\":\"2024-03-22T08:39:23.647Z\",\"pid\":1,\"hostname\":\"5da1500dd509\",\"name\":\"License\",\"msg\":\"New Enterprise License\"}"),
        new(218, "https://github.com/RocketChat/Rocket.Chat/issues/32054", false,
            "{\"level\":30,\"time\":\"2024-03-22T08:39:23.750Z\",\"pid\":1,\"hostname\":\"5da1500dd509\",\"name\":\"License\",\"msg\":\"Limit validation failed\",\"kind\":\"guestUsers\",\"limit\":{\"max\":0,\"behavior\":\"start_fair_policy\"}}"),
        new(220, "https://github.com/RocketChat/Rocket.Chat/issues/37261", false,
            "{\"level\":51,\"time\":\"2025-11-23T13:23:30.986Z\",\"pid\":1,\"hostname\":\"17b86b338354\",\"name\":\"License\",\"msg\":\"License installed\",\"version\":\"3.0\",\"hash\":\"72JiAB-9\"}"),
        new(230, "https://github.com/RocketChat/Rocket.Chat/issues/33425", false,
            "{\"level\":20,\"time\":\"2024-10-03T14:39:41.034Z\",\"pid\":13881,\"hostname\":\"chat.io\",\"name\":\"OmnichannelQueue\",\"msg\":\"Routing method supports auto assignment\",\"method\":\"Manual_Selection\",\"status\":\"Stopping\"}"),
        new(246, "https://github.com/RocketChat/Rocket.Chat/issues/37261", false,
            "{\"level\":50,\"time\":1763904211118,\"pid\":1,\"hostname\":\"17b86b468354\",\"name\":\"homeserver\",\"name\":\"ConfigService\",\"msg\":\"Configuration validation failed:\",\"err\":{\"type\":\"ZodError\",\"message\":\"[\\n  {\\n    \\\"code\\\": \\\"too_small\\\", ..."),
        new(16, "https://github.com/RocketChat/Rocket.Chat/issues/3910", false,
            "I20160803-19:35:53.251(0) ufs: store created at"),
        new(58, "https://github.com/RocketChat/Rocket.Chat/issues/3910", false,
            "I20160803-19:35:55.368(0) (migrations.js:114) Migrations: Not migrating, already at version 55"),
        new(158, "https://github.com/RocketChat/Rocket.Chat/issues/4402", false,
            "W20160922-02:30:27.174(-4) (oauth_server.js:398) Error in OAuth Server: Failed to fetch identity from wordpress at http://www.abc.com/oauth/me. Unexpected token <"),
        new(10, "https://github.com/Websoft9/docker-library/issues/809", false,
            "[2024-11-01T08:54:27.900Z] INFO  df6566fd-683b-43c0-a9a5-f66e4ce09fc4/BROKER: Namespace: <not defined>"),
        new(248, "https://github.com/RocketChat/Rocket.Chat/issues/9269", false,
            "2017-12-28T04:11:47.022+0100 W NETWORK  [thread1] Failed to connect to 127.0.0.1:27017, reason: errno:111 Connection refused"),
        new(72, "https://github.com/RocketChat/Rocket.Chat/issues/22901", false,
            "MongoServerSelectionError: Server selection timed out after 30000 ms"),
        new(210, "https://github.com/RocketChat/Rocket.Chat/issues/13441", false,
            "Error, too many requests. Please slow down. You must wait 60 seconds before trying this endpoint again. [error-too-many-requests]"),
        new(234, "https://github.com/RocketChat/Rocket.Chat/issues/35103", false,
            "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated"),
        new(60, "https://github.com/RocketChat/Rocket.Chat/issues/6662", true,
            "  at Object.Migrations._findIndexByVersion (/app/bundle/programs/server/packages/rocketchat_migrations.js:405:8)"),
        new(62, "https://github.com/RocketChat/Rocket.Chat/issues/25110", true,
            "    at migrateDatabase (server/lib/migrations.ts:246:9)"),
        new(80, "https://github.com/RocketChat/Rocket.Chat/issues/17181", true,
            "  name: 'MongoNetworkError',"),
        new(96, "https://github.com/RocketChat/Rocket.Chat/issues/22901", true,
            "    type: 'ReplicaSetNoPrimary',"),
    };

    private static readonly Regex s_time = new("\"time\":\"[^\"]+\"", RegexOptions.CultureInvariant);

    /// <summary>
    /// <paramref name="entries"/> entries as text (LF line ends, final LF). Pino times advance from
    /// <paramref name="start"/> by 0–20 minutes per entry, so the timeline spans several hours.
    /// </summary>
    public static string Generate(Random rng, int entries, ref DateTime start)
    {
        var heads = Array.FindAll(Lines, l => !l.Continuation);
        var tails = Array.FindAll(Lines, l => l.Continuation);
        var sb = new StringBuilder(entries * 160);
        for (int i = 0; i < entries; i++)
        {
            var head = heads[rng.Next(heads.Length)];
            start = start.AddSeconds(rng.Next(0, 1200)).AddMilliseconds(rng.Next(1000));
            string text = s_time.Replace(head.Text, "\"time\":\"" + start.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) + "\"", 1);
            sb.Append(text).Append('\n');
            // Stack heads and plain errors get a few frames, as Node prints them.
            if (!text.StartsWith('{') && rng.Next(3) == 0)
            {
                int frames = rng.Next(1, 4);
                for (int f = 0; f < frames; f++) sb.Append(tails[rng.Next(tails.Length)].Text).Append('\n');
            }
        }
        return sb.ToString();
    }
}
