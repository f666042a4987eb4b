using System.Globalization;
using System.Numerics;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RocketChatAnalyzer.Dump;

/// <summary>
/// Tolerant JSON reading for the small dump files (settings, statistics, apps, omnichannel): loads a
/// <see cref="JToken"/> without date conversion (dates are parsed by <see cref="ReadDate"/>, invariant
/// culture, UTC), turns every read problem into a located <see cref="Diagnostic"/>, and offers
/// readers that accept the value variants found in real dumps (EJSON <c>$date</c>/<c>$numberLong</c>,
/// numbers as strings, booleans as strings).
/// </summary>
internal static class DumpJson
{
    private static readonly JsonLoadSettings s_load = new()
    {
        CommentHandling = CommentHandling.Ignore,
        LineInfoHandling = LineInfoHandling.Ignore,
        // pino and hand-edited files repeat keys; the last one wins, as in JavaScript.
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Replace,
    };

    /// <summary>Loads the whole file; null (and a diagnostic) when it cannot be read or parsed.</summary>
    public static JToken? Load(DumpEntry entry, DumpAnalyzerOptions options, List<Diagnostic> diagnostics)
    {
        if (entry.Length > options.MaxJsonFileBytes)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "FileTooLarge", entry.DisplayPath, null, null,
                string.Create(CultureInfo.InvariantCulture, $"Not read: {entry.Length:N0} bytes is more than the {options.MaxJsonFileBytes:N0} bytes allowed for a JSON dump file.")));
            return null;
        }
        try
        {
            using var stream = entry.Open();
            using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            using var reader = new JsonTextReader(text)
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Double,
                MaxDepth = 256,
            };
            if (!reader.Read())
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "EmptyFile", entry.DisplayPath, null, null, "The file is empty."));
                return null;
            }
            var token = JToken.Load(reader, s_load);
            // Whatever follows the value is reported, and the value is still used.
            int line = 0, position = 0;
            try
            {
                if (reader.Read()) { line = reader.LineNumber; position = reader.LinePosition; }
            }
            catch (JsonReaderException ex) { line = Math.Max(1, ex.LineNumber); position = ex.LinePosition; }
            if (line > 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "TrailingContent", entry.DisplayPath, line, TryByteOffset(entry, line, position),
                    string.Create(CultureInfo.InvariantCulture, $"Unexpected content after the JSON value at line {line}, position {position}; it was ignored.")));
            }
            return token;
        }
        catch (JsonReaderException ex)
        {
            long? offset = TryByteOffset(entry, ex.LineNumber, ex.LinePosition);
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "MalformedJson", entry.DisplayPath,
                ex.LineNumber > 0 ? ex.LineNumber : null, offset,
                "The file is not valid JSON and was not analysed: " + ex.Message));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or DecoderFallbackException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "UnreadableFile", entry.DisplayPath, null, null, "Cannot read the file: " + ex.Message));
            return null;
        }
    }

    /// <summary>
    /// Byte offset (0-based) of Newtonsoft's 1-based line and character position, found by walking
    /// the UTF-8 bytes: a character starts at every non-continuation byte (4-byte sequences are two
    /// UTF-16 characters, as Newtonsoft counts them). A leading BOM is counted as bytes.
    /// </summary>
    internal static long? TryByteOffset(DumpEntry entry, int line, int position)
    {
        if (line <= 0) return null;
        try
        {
            using var stream = entry.Open();
            var buffer = new byte[64 * 1024];
            long offset = 0;
            int currentLine = 1;
            long chars = 0;
            long target = Math.Max(0, position - 1);
            bool first = true;
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                int i = 0;
                if (first)
                {
                    first = false;
                    if (n >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF) { i = 3; offset = 3; }
                }
                for (; i < n; i++, offset++)
                {
                    byte b = buffer[i];
                    bool starts = (b & 0xC0) != 0x80;
                    if (starts && currentLine == line && chars >= target) return offset;
                    if (b == (byte)'\n')
                    {
                        if (currentLine == line) return offset; // position beyond the line's end
                        currentLine++;
                        chars = 0;
                    }
                    else if (starts) chars += b >= 0xF0 ? 2 : 1;
                }
            }
            return offset;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Case-insensitive property lookup (dumps are hand-made as often as machine-made).</summary>
    public static JToken? Get(JToken? o, string name)
    {
        if (o is not JObject obj) return null;
        var exact = obj[name];
        if (exact is not null) return exact;
        foreach (var p in obj.Properties())
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        return null;
    }

    public static JToken? Get(JToken? o, string name, string child) => Get(Get(o, name), child);

    public static bool IsNull(JToken? t) => t is null || t.Type is JTokenType.Null or JTokenType.Undefined;

    /// <summary>A string, or a number/boolean rendered invariantly; null for objects/arrays/null.</summary>
    public static string? ReadString(JToken? t)
    {
        if (t is not JValue v || v.Value is null) return null;
        return v.Type switch
        {
            JTokenType.String => (string)v.Value,
            JTokenType.Boolean => (bool)v.Value ? "true" : "false",
            JTokenType.Integer or JTokenType.Float => Convert.ToString(v.Value, CultureInfo.InvariantCulture),
            _ => Convert.ToString(v.Value, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>true/false from a boolean, "true"/"false"/"1"/"0" strings or 0/1 numbers; null otherwise.</summary>
    public static bool? ReadBool(JToken? t)
    {
        if (t is not JValue v || v.Value is null) return null;
        switch (v.Type)
        {
            case JTokenType.Boolean: return (bool)v.Value;
            case JTokenType.Integer: return ReadDouble(t) is double d ? d != 0 : null;
            case JTokenType.String:
                string s = ((string)v.Value).Trim();
                if (s.Equals("true", StringComparison.OrdinalIgnoreCase) || s == "1") return true;
                if (s.Equals("false", StringComparison.OrdinalIgnoreCase) || s == "0") return false;
                return null;
            default: return null;
        }
    }

    /// <summary>A number from a JSON number, a numeric string, or EJSON <c>$numberLong/$numberInt/$numberDouble</c>; null otherwise.</summary>
    public static double? ReadDouble(JToken? t)
    {
        switch (t)
        {
            case JValue v when v.Value is null: return null;
            case JValue v when v.Type == JTokenType.Integer:
                return v.Value switch { long l => l, int i => i, BigInteger b => (double)b, ulong u => u, _ => Convert.ToDouble(v.Value, CultureInfo.InvariantCulture) };
            case JValue v when v.Type == JTokenType.Float:
                double d = Convert.ToDouble(v.Value, CultureInfo.InvariantCulture);
                return double.IsFinite(d) ? d : null;
            case JValue v when v.Type == JTokenType.String:
                return double.TryParse(((string)v.Value!).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double p) && double.IsFinite(p) ? p : null;
            case JObject o:
                foreach (var key in new[] { "$numberLong", "$numberInt", "$numberDouble", "$numberDecimal" })
                    if (o[key] is JToken inner) return ReadDouble(inner);
                return null;
            default: return null;
        }
    }

    public static long? ReadLong(JToken? t)
    {
        if (t is JValue { Type: JTokenType.Integer, Value: long l }) return l;
        double? d = ReadDouble(t);
        if (d is not double x) return null;
        if (x >= long.MaxValue) return long.MaxValue;
        if (x <= long.MinValue) return long.MinValue;
        return (long)Math.Round(x);
    }

    /// <summary>
    /// A UTC date from an ISO-8601 string, epoch milliseconds (number or numeric string), or EJSON
    /// <c>{"$date": …}</c> (ms, ISO string, or <c>{"$numberLong": …}</c>). Parsed with the invariant culture.
    /// </summary>
    public static DateTime? ReadDate(JToken? t)
    {
        switch (t)
        {
            case JObject o when o["$date"] is JToken inner:
                return ReadDate(inner);
            case JObject o when o["$numberLong"] is JToken:
                return FromEpochMs(ReadDouble(o));
            case JValue v when v.Type is JTokenType.Integer or JTokenType.Float:
                return FromEpochMs(ReadDouble(v));
            case JValue v when v.Type == JTokenType.String:
                return ParseDate((string)v.Value!);
            case JValue v when v.Value is DateTime dt:
                return dt.Kind == DateTimeKind.Utc ? dt : dt.ToUniversalTime();
            default:
                return null;
        }
    }

    public static DateTime? ParseDate(string s)
    {
        s = s.Trim();
        if (s.Length == 0) return null;
        if (s.Length >= 10 && long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out long ms)) return FromEpochMs(ms);
        if (DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d))
            return DateTime.SpecifyKind(d, DateTimeKind.Utc);
        return null;
    }

    private static DateTime? FromEpochMs(double? ms)
    {
        if (ms is not double x) return null;
        // Guard against seconds-since-epoch and absurd values instead of throwing.
        if (x > -62_135_596_800_000d && x < 253_402_300_799_000d)
            return DateTime.UnixEpoch.AddMilliseconds(x);
        return null;
    }

    /// <summary>
    /// A JSON value as a plain CLR value for the result objects: bool, long, double, string, a UTC
    /// DateTime for EJSON dates, compact JSON text for other arrays/objects, null for null.
    /// </summary>
    public static object? ToClr(JToken? t)
    {
        switch (t)
        {
            case null: return null;
            case JValue v:
                switch (v.Type)
                {
                    case JTokenType.Null:
                    case JTokenType.Undefined: return null;
                    case JTokenType.Boolean: return (bool)v.Value!;
                    case JTokenType.Integer: return v.Value is BigInteger b ? b.ToString(CultureInfo.InvariantCulture) : Convert.ToInt64(v.Value, CultureInfo.InvariantCulture);
                    case JTokenType.Float: return Convert.ToDouble(v.Value, CultureInfo.InvariantCulture);
                    case JTokenType.String: return (string)v.Value!;
                    default: return Convert.ToString(v.Value, CultureInfo.InvariantCulture);
                }
            case JObject o when o["$date"] is not null && o.Count == 1:
                return (object?)ReadDate(o) ?? o.ToString(Formatting.None);
            case JObject o when o.Count == 1 && (o["$numberLong"] ?? o["$numberInt"]) is not null:
                return ReadLong(o);
            default:
                return t.ToString(Formatting.None);
        }
    }

    /// <summary>Display text of a value for messages (invariant; strings as-is, booleans lowercase).</summary>
    public static string Display(JToken? t)
    {
        object? v = ToClr(t);
        return v switch
        {
            null => "null",
            bool b => b ? "true" : "false",
            DateTime d => d.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
        };
    }

    /// <summary>
    /// The element list of a collection file: a bare array, or the array under one of
    /// <paramref name="wrappers"/> (dotted paths, case-insensitive, e.g. <c>config.settings</c>).
    /// Returns null when the token has none of these shapes.
    /// </summary>
    public static JArray? FindArray(JToken root, params string[] wrappers)
    {
        if (root is JArray a) return a;
        foreach (var w in wrappers)
        {
            JToken? t = root;
            foreach (var part in w.Split('.')) t = Get(t, part);
            if (t is JArray arr) return arr;
        }
        return null;
    }
}
