using System.Text;
using Newtonsoft.Json;

namespace RocketChatAnalyzer.Dump;

/// <summary>What a dump file holds.</summary>
internal enum DumpRole
{
    Unknown = 0,
    Log,
    Settings,
    Statistics,
    Omnichannel,
    Apps,
    /// <summary>One JSON object with several sections (settings, statistics, users/channels, logs).</summary>
    Comprehensive,
}

/// <summary>A file and the role it was given, with how the role was decided.</summary>
internal sealed record ClassifiedEntry(DumpEntry Entry, DumpRole Role, bool ByName, SniffResult? Sniff);

/// <summary>The files chosen for each part of the dump (a comprehensive file may fill several parts).</summary>
internal sealed class DumpLayout
{
    public ClassifiedEntry? Log { get; set; }
    public ClassifiedEntry? Settings { get; set; }
    public ClassifiedEntry? Statistics { get; set; }
    public ClassifiedEntry? Omnichannel { get; set; }
    public ClassifiedEntry? Apps { get; set; }

    public bool IsEmpty => Log is null && Settings is null && Statistics is null && Omnichannel is null && Apps is null;
}

/// <summary>The outcome of looking at the first bytes of a file.</summary>
internal sealed class SniffResult
{
    public DumpRole Role { get; set; }

    /// <summary>The content is not JSON (a text log, or garbage).</summary>
    public bool IsText { get; set; }

    public bool HasSettingsSection { get; set; }
    public bool HasStatisticsSection { get; set; }
    public bool HasLogSection { get; set; }
}

/// <summary>
/// Gives every <see cref="DumpEntry"/> a role — by name first (the 7.x layout
/// <c>&lt;ver&gt;-log.json</c>, <c>-server-statistics.json</c>, <c>-settings.json</c>,
/// <c>-apps-installed.json</c>, <c>-omnichannel-settings.json</c>, a bare <c>statistics.json</c>;
/// case-insensitive) and by content when the name does not tell — and picks one file per role
/// deterministically: name matches before content matches, then the shallowest, then ordinal path.
/// An omnichannel-settings file is never taken as the main settings.
/// </summary>
internal static class DumpDiscovery
{
    /// <summary>Characters of the file start that are examined when sniffing.</summary>
    internal const int SniffChars = 64 * 1024;

    public static DumpLayout Discover(DumpSource source, List<Diagnostic> diagnostics, CancellationToken ct)
    {
        var classified = new List<ClassifiedEntry>();
        foreach (var e in source.Entries)
        {
            ct.ThrowIfCancellationRequested();
            var c = Classify(e, source.IsSingleFile, diagnostics);
            if (c.Role != DumpRole.Unknown) classified.Add(c);
            else if (source.IsSingleFile || e.Extension == ".json")
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "UnrecognizedFile", e.DisplayPath, null, null,
                    "Not recognised as a log, settings, statistics, omnichannel or apps file (by name or content); ignored."));
        }

        var layout = new DumpLayout();
        layout.Log = Pick(classified, DumpRole.Log, diagnostics, "log");
        layout.Settings = Pick(classified, DumpRole.Settings, diagnostics, "settings");
        layout.Statistics = Pick(classified, DumpRole.Statistics, diagnostics, "statistics");
        layout.Omnichannel = Pick(classified, DumpRole.Omnichannel, diagnostics, "omnichannel settings");
        layout.Apps = Pick(classified, DumpRole.Apps, diagnostics, "apps");

        // A comprehensive file fills the parts that no dedicated file fills.
        foreach (var c in Ordered(classified, DumpRole.Comprehensive))
        {
            var s = c.Sniff;
            if (s is null) continue;
            if (s.HasSettingsSection && layout.Settings is null) layout.Settings = c;
            if (s.HasStatisticsSection && layout.Statistics is null) layout.Statistics = c;
            if (s.HasLogSection && layout.Log is null) layout.Log = c;
        }
        return layout;
    }

    private static IEnumerable<ClassifiedEntry> Ordered(List<ClassifiedEntry> all, DumpRole role)
    {
        var list = new List<ClassifiedEntry>();
        foreach (var c in all) if (c.Role == role) list.Add(c);
        list.Sort(static (a, b) =>
        {
            if (a.ByName != b.ByName) return a.ByName ? -1 : 1;
            if (a.Entry.Depth != b.Entry.Depth) return a.Entry.Depth.CompareTo(b.Entry.Depth);
            return string.CompareOrdinal(a.Entry.RelativePath, b.Entry.RelativePath);
        });
        return list;
    }

    private static ClassifiedEntry? Pick(List<ClassifiedEntry> all, DumpRole role, List<Diagnostic> diagnostics, string what)
    {
        ClassifiedEntry? chosen = null;
        foreach (var c in Ordered(all, role))
        {
            if (chosen is null) { chosen = c; continue; }
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "DuplicateDumpFile", c.Entry.DisplayPath, null, null,
                $"Ignored: '{chosen.Entry.RelativePath}' is already used as the {what} file."));
        }
        return chosen;
    }

    internal static ClassifiedEntry Classify(DumpEntry e, bool singleFile, List<Diagnostic> diagnostics)
    {
        var byName = RoleFromName(e.Name);
        if (byName != DumpRole.Unknown) return new ClassifiedEntry(e, byName, true, null);
        if (e.Extension == ".gz") return new ClassifiedEntry(e, DumpRole.Log, false, null);

        SniffResult sniff;
        try { sniff = Sniff(e); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "UnreadableFile", e.DisplayPath, null, null, "Cannot read the file: " + ex.Message));
            return new ClassifiedEntry(e, DumpRole.Unknown, false, null);
        }
        var role = sniff.Role;
        // Plain text is a log when it is all the user gave us (named logs were recognised above);
        // in a folder or archive a stray notes.txt must not become the log.
        if (role == DumpRole.Unknown && sniff.IsText && singleFile)
            role = DumpRole.Log;
        return new ClassifiedEntry(e, role, false, sniff);
    }

    /// <summary>Role from the file name alone (case-insensitive); Unknown when the name does not tell.</summary>
    internal static DumpRole RoleFromName(string fileName)
    {
        string n = fileName.ToLowerInvariant();
        if (n.EndsWith(".gz", StringComparison.Ordinal)) n = n.Substring(0, n.Length - 3);
        string ext = System.IO.Path.GetExtension(n);
        n = System.IO.Path.GetFileNameWithoutExtension(n);
        bool json = ext is ".json" or ".ndjson" or ".jsonl";

        // Order matters: "7.8.0-omnichannel-settings" is omnichannel, never the main settings.
        if (n.Contains("omnichannel", StringComparison.Ordinal) || n.Contains("livechat", StringComparison.Ordinal))
            return json ? DumpRole.Omnichannel : DumpRole.Unknown;
        var tokens = n.Split(s_separators, StringSplitOptions.RemoveEmptyEntries);
        if (ext is ".log") return DumpRole.Log;
        if (!json) return HasToken(tokens, "log", "logs", "stdout") ? DumpRole.Log : DumpRole.Unknown;
        if (n.Contains("setting", StringComparison.Ordinal)) return DumpRole.Settings;
        if (n.Contains("statistic", StringComparison.Ordinal) || HasToken(tokens, "stats", "stat")) return DumpRole.Statistics;
        if (HasToken(tokens, "apps", "app")) return DumpRole.Apps;
        // Token match, so "catalog.json" is not a log (a bug of the original).
        if (HasToken(tokens, "log", "logs", "stdout", "queue")) return DumpRole.Log;
        return DumpRole.Unknown;
    }

    private static readonly char[] s_separators = { '-', '_', '.', ' ', '(', ')', '[', ']', '+' };

    private static bool HasToken(string[] tokens, params string[] wanted)
    {
        foreach (var t in tokens)
            foreach (var w in wanted)
                if (string.Equals(t, w, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Ids that mark a settings record as omnichannel.</summary>
    internal static bool IsOmnichannelSettingId(string id) =>
        id.StartsWith("Livechat_", StringComparison.OrdinalIgnoreCase)
        || id.StartsWith("Omnichannel_", StringComparison.OrdinalIgnoreCase)
        || id.StartsWith("SMS_", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> s_collectionKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "settings", "config.settings", "omnichannel", "update", "apps", "queue", "logs", "data", "records", "items",
    };

    private sealed class Frame
    {
        public bool IsArray;
        public string Key = "";
        public string? Prop;
    }

    /// <summary>Looks at the first <see cref="SniffChars"/> characters and guesses the role from the JSON structure.</summary>
    internal static SniffResult Sniff(DumpEntry e)
    {
        string head;
        using (var s = e.Open())
        using (var r = new StreamReader(s, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            var buf = new char[SniffChars];
            int n = r.ReadBlock(buf, 0, buf.Length);
            head = new string(buf, 0, n);
        }
        return SniffText(head);
    }

    internal static SniffResult SniffText(string head)
    {
        var result = new SniffResult();
        int start = 0;
        while (start < head.Length && (char.IsWhiteSpace(head[start]) || head[start] == '\uFEFF')) start++;
        if (start >= head.Length) return result; // empty: unknown
        if (head[start] != '{' && head[start] != '[')
        {
            result.IsText = true;
            return result;
        }

        var top = new Dictionary<string, JsonToken>(StringComparer.OrdinalIgnoreCase);
        var configProps = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var elementProps = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        var ids = new List<string>();
        JsonToken rootKind = JsonToken.None;
        var stack = new List<Frame>();
        string? pendingTop = null;
        bool pendingId = false;

        using var jr = new JsonTextReader(new StringReader(head)) { DateParseHandling = DateParseHandling.None, MaxDepth = 128 };
        try
        {
            while (jr.Read())
            {
                var tok = jr.TokenType;
                if (pendingTop is not null && tok != JsonToken.Comment) { top[pendingTop] = tok; pendingTop = null; }
                if (pendingId)
                {
                    pendingId = false;
                    if (tok == JsonToken.String && ids.Count < 500) ids.Add((string)jr.Value!);
                }
                switch (tok)
                {
                    case JsonToken.StartObject:
                    case JsonToken.StartArray:
                        if (stack.Count == 0) rootKind = tok;
                        stack.Add(new Frame { IsArray = tok == JsonToken.StartArray, Key = ChildKey(stack) });
                        break;
                    case JsonToken.EndObject:
                    case JsonToken.EndArray:
                        if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
                        break;
                    case JsonToken.PropertyName:
                    {
                        var f = stack[^1];
                        string name = (string)jr.Value!;
                        f.Prop = name;
                        if (stack.Count == 1) pendingTop = name;
                        else if (stack.Count == 2 && string.Equals(stack[0].Prop, "config", StringComparison.OrdinalIgnoreCase)) configProps.Add(name);
                        // A property of an element of a collection array.
                        if (stack.Count >= 2 && stack[^2].IsArray && s_collectionKeys.Contains(stack[^2].Key))
                        {
                            string coll = stack[^2].Key;
                            if (!elementProps.TryGetValue(coll, out var set)) elementProps[coll] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                            set.Add(name);
                            if (name is "_id" or "key" && coll is "" or "settings" or "config.settings" or "omnichannel" or "update") pendingId = true;
                        }
                        break;
                    }
                }
            }
        }
        catch (JsonReaderException)
        {
            // The head is cut mid-file (or the file is malformed further on): decide on what was seen.
            if (rootKind == JsonToken.None) { result.IsText = true; return result; }
        }

        if (rootKind == JsonToken.StartObject) ClassifyObject(result, top, configProps, elementProps, ids);
        else if (rootKind == JsonToken.StartArray) ClassifyArray(result, elementProps.TryGetValue("", out var p) ? p : null, ids);
        return result;
    }

    private static string ChildKey(List<Frame> stack)
    {
        if (stack.Count == 0) return "";
        var parent = stack[^1];
        if (parent.IsArray) return parent.Key + "[]";
        return parent.Key.Length == 0 ? parent.Prop ?? "" : parent.Key + "." + parent.Prop;
    }

    private static void ClassifyObject(SniffResult r, Dictionary<string, JsonToken> top, HashSet<string> configProps,
        Dictionary<string, HashSet<string>> elementProps, List<string> ids)
    {
        bool Has(string n) => top.ContainsKey(n);
        bool IsArray(string n) => top.TryGetValue(n, out var t) && t == JsonToken.StartArray;
        bool IsObject(string n) => top.TryGetValue(n, out var t) && t == JsonToken.StartObject;

        // A flat IStats document has its own "settings" object (feature-usage flags), which is not a settings export.
        bool flatStats = Has("totalUsers") || Has("uniqueId") || (Has("version") && IsObject("os")) || (Has("installedAt") && Has("version"));
        bool settingsSection = IsArray("settings") || (IsObject("settings") && !flatStats) || IsArray("update")
            || (IsObject("config") && configProps.Contains("settings"));
        bool statsSection = IsObject("statistics") || flatStats;
        bool logSection = IsArray("queue") || IsArray("logs");

        int sections = (settingsSection ? 1 : 0) + (statsSection ? 1 : 0) + (logSection ? 1 : 0)
            + (Has("users") || Has("channels") ? 1 : 0);
        r.HasSettingsSection = settingsSection;
        r.HasStatisticsSection = statsSection;
        r.HasLogSection = logSection;

        if (sections >= 2 && (settingsSection || statsSection)) { r.Role = DumpRole.Comprehensive; return; }
        if (logSection) { r.Role = DumpRole.Log; return; }
        if (IsArray("apps")) { r.Role = DumpRole.Apps; return; }
        if (settingsSection) { r.Role = MostlyOmnichannel(ids) ? DumpRole.Omnichannel : DumpRole.Settings; return; }
        if (statsSection) { r.Role = DumpRole.Statistics; return; }
        if (IsArray("omnichannel") || IsObject("omnichannel")) { r.Role = DumpRole.Omnichannel; return; }
        if (Has("_id") && Has("value")) { r.Role = DumpRole.Settings; return; }
        if ((Has("level") && (Has("msg") || Has("time"))) || (Has("message") && Has("time"))) { r.Role = DumpRole.Log; return; }
        _ = elementProps;
    }

    private static void ClassifyArray(SniffResult r, HashSet<string>? props, List<string> ids)
    {
        if (props is null) return; // empty array or array of scalars: nothing tells
        bool Has(string n) => props.Contains(n);
        if ((Has("string") && Has("ts")) || (Has("level") && (Has("msg") || Has("time"))) || (Has("message") && Has("time")))
            r.Role = DumpRole.Log;
        else if ((Has("_id") || Has("key")) && Has("value"))
            r.Role = MostlyOmnichannel(ids) ? DumpRole.Omnichannel : DumpRole.Settings;
        else if (Has("status") && Has("version") && (Has("name") || Has("id")))
            r.Role = DumpRole.Apps;
        else if (Has("totalUsers") || Has("uniqueId"))
            r.Role = DumpRole.Statistics;
    }

    private static bool MostlyOmnichannel(List<string> ids)
    {
        if (ids.Count == 0) return false;
        int omni = 0;
        foreach (var id in ids) if (IsOmnichannelSettingId(id)) omni++;
        return omni * 2 > ids.Count;
    }
}
