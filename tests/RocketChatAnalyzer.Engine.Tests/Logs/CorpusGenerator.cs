using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RocketChatAnalyzer.Tests.Logs;

/// <summary>What the generator wrote for one entry: the independent truth the engine is checked against.</summary>
internal sealed record ExpectedEntry(LogLevel Level, DateTime? Time, string Message);

/// <summary>
/// Writes random but realistic Rocket.Chat logs (pino JSON, plain lines, stack traces, util.inspect
/// bodies, startup boxes, UnHandledPromiseRejection blocks, Meteor and Moleculer lines, transport
/// prefixes) and records, entry by entry, what an analyzer must see. Seeded: same seed, same bytes.
/// </summary>
internal sealed class CorpusGenerator
{
    private static readonly string[] s_names = { "System", "API", "Meteor", "Migrations", "License", "LDAP", "Push", "OmnichannelQueue", "DatabaseWatcher", "VersionCheck" };
    private static readonly string[] s_messages =
    {
        "Checking for version updates", "Using change streams", "Migrating from version 303 -> 304",
        "connection time out", "Limit validation failed", "Failed to get Workspace AccessToken from Rocket.Chat Cloud",
        "Error sending push to gateway (5 try) -> {\"response\":{\"statusCode\":401}}", "Authentication failed for user {u}",
        "OAuth token refreshed for {u}", "Rate limit exceeded for {ip}, retrying in {n}ms", "slow query on rocketchat_message took {n}ms",
        "Deprecated method called: loadHistory", "Exception in callback of async function: TypeError", "User {u} logged in",
        "Konfiguration geändert für {u}", "Soubor nebyl nalezen: /tmp/ufs/{n}", "Ключ API недействителен",
        "warn: disk space low on /var/lib/mongodb", "mongodb error: connection refused to mongo:27017",
    };

    private readonly Random _rnd;
    private DateTime _t = new(2025, 7, 20, 22, 10, 0, DateTimeKind.Utc);

    public CorpusGenerator(int seed) => _rnd = new Random(seed);

    public List<ExpectedEntry> Expected { get; } = new();

    private string Msg() => s_messages[_rnd.Next(s_messages.Length)]
        .Replace("{u}", "user" + _rnd.Next(1, 500).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{n}", _rnd.Next(5, 60000).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{ip}", "10.0." + _rnd.Next(256).ToString(CultureInfo.InvariantCulture) + "." + _rnd.Next(1, 255).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private DateTime Tick()
    {
        _t = _t.AddMilliseconds(_rnd.Next(1, 400_000));
        return _t;
    }

    private static string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static readonly int[] s_levels = { 10, 20, 30, 30, 35, 40, 50, 51, 60 };

    /// <summary>A pino line and its expected entry.</summary>
    private string Pino(out ExpectedEntry e)
    {
        int level = s_levels[_rnd.Next(s_levels.Length)];
        DateTime t = Tick();
        string name = s_names[_rnd.Next(s_names.Length)];
        var sb = new StringBuilder();
        sb.Append("{\"level\":").Append(level.ToString(CultureInfo.InvariantCulture));
        int timeKind = _rnd.Next(4);
        if (timeKind == 0) sb.Append(",\"time\":").Append(new DateTimeOffset(t).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        else sb.Append(",\"time\":\"").Append(Iso(t)).Append('"');
        sb.Append(",\"pid\":1,\"hostname\":\"5da1500dd509\",\"name\":\"").Append(name).Append('"');
        string msg = "";
        int shape = _rnd.Next(10);
        if (shape == 0 && level == 35)
        {
            sb.Append(",\"method\":\"GET\",\"url\":\"/api/v1/me?x=1\",\"status\":200,\"responseTime\":12}");
            e = new ExpectedEntry(LogLevels.FromNumber(level), t, "");
            return sb.ToString();
        }
        msg = Msg();
        if (shape == 1)
        {
            string first = Msg();
            sb.Append(",\"msg\":").Append(JsonString(first)); // duplicate key: the last one wins
        }
        string? err = null;
        if (shape == 2)
        {
            err = "network timeout at: https://cloud.rocket.chat/api/oauth/token";
            sb.Append(",\"err\":{\"type\":\"FetchError\",\"message\":").Append(JsonString(err))
              .Append(",\"stack\":\"FetchError: x\\n    at Timeout.<anonymous> (/app/node_modules/node-fetch/lib/index.js:1437:13)\"}");
        }
        sb.Append(",\"msg\":").Append(JsonString(msg));
        if (shape == 3) sb.Append(",\"section\":\"Connection\",\"timeout\":1000");
        sb.Append('}');
        string expectedMsg = err is not null && err != msg ? msg + "\n" + err : msg;
        e = new ExpectedEntry(LogLevels.FromNumber(level), t, expectedMsg);
        return sb.ToString();
    }

    internal static string JsonString(string s) => Newtonsoft.Json.JsonConvert.ToString(s);

    /// <summary>A multi-line stdout block (lines) and its expected entry; time comes from the caller's prefix or none.</summary>
    private bool _lastWasBox;

    private List<string> Block(out ExpectedEntry e)
    {
        var lines = new List<string>();
        int kind = _rnd.Next(6);
        if (kind == 1 && _lastWasBox) kind = 0; // two boxes in a row are one box to any reader
        _lastWasBox = kind == 1;
        switch (kind)
        {
            case 0:
                lines.Add("Exception in callback of async function: MongoServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017");
                for (int i = 0, n = _rnd.Next(1, 6); i < n; i++) lines.Add("    at Timeout._onTimeout (/app/bundle/programs/server/npm/node_modules/mongodb/lib/sdam/topology.js:" + (300 + i).ToString(CultureInfo.InvariantCulture) + ":34)");
                break;
            case 1:
                lines.Add("+----------------------------------------------+");
                lines.Add("|                SERVER RUNNING                |");
                lines.Add("+----------------------------------------------+");
                lines.Add("|  Rocket.Chat Version: 7.8.0                  |");
                lines.Add("|  MongoDB Version: 7.0.14                     |");
                lines.Add("+----------------------------------------------+");
                break;
            case 2:
                lines.Add("=== UnHandledPromiseRejection ===");
                lines.Add("Error: read ECONNRESET");
                lines.Add("    at TLSWrap.onStreamRead (node:internal/stream_base_commons:217:20)");
                lines.Add("---------------------------------");
                lines.Add("Errors like this can cause oplog processing errors.");
                lines.Add("=================================");
                break;
            case 3:
                lines.Add("{ errorType: 'Meteor.Error',");
                lines.Add("  error: 'error-not-allowed',");
                lines.Add("  reason: 'Not allowed' }");
                break;
            case 4:
                lines.Add("/app/bundle/programs/server/npm/node_modules/meteor/promise/node_modules/meteor-promise/promise_server.js:218");
                lines.Add("      throw error;");
                lines.Add("      ^");
                lines.Add("");
                lines.Add("MongoServerSelectionError: getaddrinfo ENOTFOUND mongo");
                lines.Add("    at Timeout._onTimeout (/app/bundle/programs/server/npm/node_modules/mongodb/lib/core/sdam/topology.js:437:30)");
                break;
            default:
                lines.Add(_rnd.Next(2) == 0 ? "LocalStore: store created at " : "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated.");
                break;
        }
        var msgLines = new List<string>();
        foreach (var l in lines) if (l.Trim().Length > 0) msgLines.Add(l.TrimEnd());
        e = new ExpectedEntry(LogLevel.Unknown, null, string.Join("\n", msgLines));
        return lines;
    }

    /// <summary>A Meteor Log.format or Moleculer line.</summary>
    private string Prefixed(out ExpectedEntry e)
    {
        DateTime t = Tick();
        string msg = Msg();
        if (_rnd.Next(2) == 0)
        {
            char letter = "IWED"[_rnd.Next(4)];
            var level = letter switch { 'I' => LogLevel.Info, 'W' => LogLevel.Warn, 'E' => LogLevel.Error, _ => LogLevel.Debug };
            e = new ExpectedEntry(level, t, msg);
            return letter + t.ToString("yyyyMMdd-HH:mm:ss.fff", CultureInfo.InvariantCulture) + "(0) " + msg;
        }
        string[] words = { "INFO", "WARN", "ERROR", "DEBUG" };
        int w = _rnd.Next(words.Length);
        e = new ExpectedEntry(LogLevels.FromText(Encoding.ASCII.GetBytes(words[w])), t, "df6566fd/BROKER: " + msg);
        return "[" + Iso(t) + "] " + words[w].PadRight(5) + " df6566fd/BROKER: " + msg;
    }

    /// <summary>Raw stdout of a container with a transport wrapper: one of plain, docker -t, compose, journald, syslog.</summary>
    public string Stdout(int entries, int wrapper)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < entries; i++)
        {
            int kind = _rnd.Next(10);
            List<string> lines;
            ExpectedEntry e;
            if (kind < 6) { lines = new List<string> { Pino(out e) }; _lastWasBox = false; }
            else if (kind < 8) { lines = new List<string> { Prefixed(out e) }; _lastWasBox = false; }
            else
            {
                // A text block cannot follow another block of the same open kind ambiguously: blocks start fresh entries.
                lines = Block(out e);
            }
            DateTime? wrapTime = null;
            foreach (var line in lines)
            {
                string prefix = "";
                switch (wrapper)
                {
                    case 1:
                        DateTime t = _t.AddTicks(_rnd.Next(10_000));
                        wrapTime ??= t;
                        prefix = t.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture) + "00Z ";
                        break;
                    case 2: prefix = "rocketchat-1  | "; break;
                    case 3:
                        DateTime j = new DateTime(_t.Ticks - _t.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
                        wrapTime ??= j;
                        prefix = j.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+01:00 chat rocketchat-server.rocketchat-server[2477]: ";
                        break;
                    case 4: prefix = "Oct  3 10:39:40 chat rocketchat-server.rocketchat-server[2477]: "; break;
                }
                if (line.Length == 0 && wrapper is 2 or 4) prefix = prefix.TrimEnd();
                sb.Append(prefix).Append(line).Append(_rnd.Next(20) == 0 ? "\r\n" : "\n");
            }
            if (e.Time is null && wrapTime is not null) e = e with { Time = wrapTime };
            Expected.Add(e);
        }
        return sb.ToString();
    }

    /// <summary>pino JSON lines only.</summary>
    public string JsonLines(int entries)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < entries; i++)
        {
            sb.Append(Pino(out var e)).Append('\n');
            Expected.Add(e);
        }
        return sb.ToString();
    }

    /// <summary>A support-dump log.json: queue items of pino lines, plain lines, box lines (one item each), multi-line items.</summary>
    public string SupportDump(int entries)
    {
        var items = new List<(string Text, DateTime Ts)>();
        for (int i = 0; i < entries; i++)
        {
            int kind = _rnd.Next(10);
            if (kind == 8 && _lastWasBox) kind = 9;
            _lastWasBox = kind == 8;
            if (kind < 6)
            {
                string line = Pino(out var e);
                var ts = (e.Time ?? _t).AddMilliseconds(3);
                items.Add((line + "\n", ts));
                Expected.Add(e);
            }
            else if (kind < 8)
            {
                string msg = Msg();
                var ts = Tick();
                items.Add((msg + "\n", ts));
                Expected.Add(new ExpectedEntry(LogLevel.Unknown, ts, msg));
            }
            else if (kind == 8)
            {
                var box = new[] { "+----------------------------------------------+", "|                SERVER RUNNING                |", "+----------------------------------------------+", "|  Rocket.Chat Version: 7.8.0                  |", "+----------------------------------------------+" };
                var ts = Tick();
                foreach (var b in box) items.Add((b + "\n", ts));
                Expected.Add(new ExpectedEntry(LogLevel.Unknown, ts, string.Join("\n", box)));
            }
            else
            {
                var ts = Tick();
                string text = "{ errorType: 'Meteor.Error',\n  error: 'error-not-allowed',\n  reason: 'Not allowed' }";
                items.Add((text + "\n", ts));
                Expected.Add(new ExpectedEntry(LogLevel.Unknown, ts, text));
            }
        }
        var sb = new StringBuilder("{\"queue\":[");
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append("{\"id\":\"logid-").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\",\"string\":").Append(JsonString(items[i].Text))
              .Append(",\"ts\":\"").Append(Iso(items[i].Ts)).Append("\"}");
        }
        sb.Append("],\"success\":true}");
        return sb.ToString();
    }
}

/// <summary>The plain reference: counts computed from the generator's expected entries with Regex.</summary>
internal static class Reference
{
    public static LogAnalysis Count(IReadOnlyList<ExpectedEntry> entries, AnalysisRules rules)
    {
        var r = new LogAnalysis();
        var patterns = rules.AllPatterns().ToList();
        foreach (var (p, _) in patterns) r.PatternCounts[p] = 0;
        foreach (var e in entries)
        {
            r.TotalEntries++;
            r.LevelCounts[LogLevels.Name(e.Level)]++;
            if (e.Time is DateTime t)
            {
                if (r.FirstTimestamp is null || t < r.FirstTimestamp) r.FirstTimestamp = t;
                if (r.LastTimestamp is null || t > r.LastTimestamp) r.LastTimestamp = t;
            }
            else r.EntriesWithoutTimestamp++;
            bool err = false, warn = false, sec = false;
            foreach (var (p, c) in patterns)
            {
                if (!Regex.IsMatch(e.Message, p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)) continue;
                r.PatternCounts[p]++;
                if (c == PatternCategory.Error) err = true;
                if (c == PatternCategory.Warning) warn = true;
                if (c == PatternCategory.Security) sec = true;
            }
            if (err) r.CategoryCounts["Error"]++;
            if (warn) r.CategoryCounts["Warning"]++;
            if (sec) r.CategoryCounts["Security"]++;
        }
        return r;
    }
}
