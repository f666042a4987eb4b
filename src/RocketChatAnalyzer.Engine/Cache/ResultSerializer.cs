using System.IO.Compression;
using System.Reflection;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace RocketChatAnalyzer.Cache;

/// <summary>
/// Turns results (<see cref="DumpAnalysis"/>, <see cref="LogAnalysis"/>) into the bytes stored in
/// the cache and back. The JSON settings live here and only here, so what is written is always
/// what can be read back.
/// </summary>
/// <remarks>
/// <para>
/// Round trip is exact for the result types: dates keep their kind (<c>RoundtripKind</c>),
/// doubles use the shortest round-trippable form, collections are replaced rather than appended
/// to (the constructors pre-fill some dictionaries). <c>CacheInfo</c> is not stored: it
/// describes one retrieval and is set by the cache on the way out.
/// </para>
/// <para>
/// No type names are written or read (<see cref="TypeNameHandling.None"/>), so a cache file
/// cannot make the reader instantiate arbitrary types. Untyped values (<c>object</c> properties
/// such as <c>SettingItem.Value</c>) keep their kind: strings stay strings even when they look
/// like dates (<see cref="DateParseHandling.None"/>), a <see cref="DateTime"/> is written as
/// EJSON <c>{"$date": "…"}</c> and read back as one, integers come back as <see cref="long"/>,
/// other numbers as <see cref="double"/>, arrays and objects as JSON tokens.
/// </para>
/// <para>
/// What the cache stores (<see cref="Encode{T}"/>): log results in the cache's binary form
/// (<see cref="LogAnalysisCodec"/>: exact, and an order of magnitude faster both ways than JSON,
/// which matters on every append to a large log), dump results as JSON. <see cref="Decode{T}"/>
/// reads both, so rows written as JSON by earlier versions stay readable.
/// </para>
/// <para>Payload = one compression byte (<see cref="Compression"/>) + the compressed encoded result.</para>
/// </remarks>
public static class ResultSerializer
{
    /// <summary>How a stored payload is compressed (its first byte).</summary>
    public enum Compression : byte
    {
        None = 0,
        Brotli = 1,
        GZip = 2,
    }

    /// <summary>The settings every cache read and write uses.</summary>
    public static JsonSerializerSettings Settings { get; } = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        DateParseHandling = DateParseHandling.None,
        DateTimeZoneHandling = DateTimeZoneHandling.RoundtripKind,
        FloatParseHandling = FloatParseHandling.Double,
        ObjectCreationHandling = ObjectCreationHandling.Replace,
        NullValueHandling = NullValueHandling.Include,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        Formatting = Formatting.None,
        ContractResolver = new CacheContractResolver(),
        MaxDepth = 128,
    };

    private static readonly JsonSerializer s_serializer = JsonSerializer.Create(Settings);

    /// <summary>Serializes <paramref name="value"/> to UTF-8 JSON (without <c>CacheInfo</c>).</summary>
    public static byte[] ToJson<T>(T value) where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        using var ms = new MemoryStream();
        using (var w = new StreamWriter(ms, new UTF8Encoding(false), 64 * 1024, leaveOpen: true))
        using (var jw = new JsonTextWriter(w) { CloseOutput = false })
        {
            s_serializer.Serialize(jw, value, typeof(T));
        }
        return ms.ToArray();
    }

    /// <summary>The uncompressed bytes the cache stores for a result: a <see cref="LogAnalysis"/> in the binary form, anything else as <see cref="ToJson{T}"/>.</summary>
    public static byte[] Encode<T>(T value) where T : class =>
        value is LogAnalysis log ? LogAnalysisCodec.Encode(log, stateOnly: false) : ToJson(value);

    /// <summary>
    /// The mergeable state of a partial log result (the prefix of a grown log), in the binary form
    /// but without the derived <c>Templates</c> when the key table they come from is present: state
    /// is only ever merged, and the templates are derived again if asked for. Read it with
    /// <see cref="Decode{T}"/>; merging it gives the same result as merging the original.
    /// </summary>
    public static byte[] EncodeState(LogAnalysis partial) => LogAnalysisCodec.Encode(partial, stateOnly: true);

    /// <summary>Reads what <see cref="Encode{T}"/> or <see cref="EncodeState"/> wrote, or JSON written by <see cref="ToJson{T}"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a valid <typeparamref name="T"/>.</exception>
    public static T Decode<T>(byte[] data) where T : class
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!LogAnalysisCodec.IsEncoded(data)) return FromJson<T>(data);
        if (!typeof(T).IsAssignableFrom(typeof(LogAnalysis)))
            throw new InvalidDataException("Stored result is a log analysis, not a " + typeof(T).Name + ".");
        return (T)(object)LogAnalysisCodec.Decode(data);
    }

    /// <summary>Reads UTF-8 JSON written by <see cref="ToJson{T}"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a valid <typeparamref name="T"/>.</exception>
    public static T FromJson<T>(byte[] json) where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var ms = new MemoryStream(json, writable: false);
            return FromJsonStream<T>(ms);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("Stored result is not valid JSON for " + typeof(T).Name + ": " + ex.Message, ex);
        }
    }

    /// <summary>Compressed payload: JSON compressed with <paramref name="compression"/>.</summary>
    public static byte[] Pack(ReadOnlySpan<byte> json, Compression compression = Compression.Brotli)
    {
        using var ms = new MemoryStream(json.Length / 4 + 16);
        ms.WriteByte((byte)compression);
        switch (compression)
        {
            case Compression.None:
                ms.Write(json);
                break;
            case Compression.Brotli:
                // Quality 1 ("Fastest"): a log result in the binary form (~90 KB for 1 GiB of logs)
                // packs in ~0.5 ms to about half; quality 4 ("Optimal") takes ~1.2 ms for 10 % less
                // (measured, bench/Cache/README.md), and every append to a log writes two of them.
                using (var b = new BrotliStream(ms, CompressionLevel.Fastest, leaveOpen: true)) b.Write(json);
                break;
            case Compression.GZip:
                using (var g = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) g.Write(json);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(compression));
        }
        return ms.ToArray();
    }

    /// <summary>Undoes <see cref="Pack"/>.</summary>
    /// <exception cref="InvalidDataException">The payload is damaged or of an unknown compression.</exception>
    public static byte[] Unpack(byte[] payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Length == 0) throw new InvalidDataException("Stored result is empty.");
        var kind = (Compression)payload[0];
        using var input = new MemoryStream(payload, 1, payload.Length - 1, writable: false);
        Stream? decoder = kind switch
        {
            Compression.None => null,
            Compression.Brotli => new BrotliStream(input, CompressionMode.Decompress),
            Compression.GZip => new GZipStream(input, CompressionMode.Decompress),
            _ => throw new InvalidDataException("Stored result has an unknown compression (" + payload[0] + ")."),
        };
        if (decoder is null) return input.ToArray();
        using (decoder)
        using (var output = new MemoryStream(payload.Length * 6))
        {
            try
            {
                decoder.CopyTo(output);
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException)
            {
                // BrotliStream reports bad data as InvalidOperationException, GZipStream as InvalidDataException/IOException.
                throw new InvalidDataException("Stored result cannot be decompressed: " + ex.Message, ex);
            }
            return output.ToArray();
        }
    }

    /// <summary>Encode and compress.</summary>
    public static byte[] Save<T>(T value, Compression compression = Compression.Brotli) where T : class => Pack(Encode(value), compression);

    /// <summary>Decompress and decode.</summary>
    public static T Load<T>(byte[] payload) where T : class => Decode<T>(Unpack(payload));

    private static T FromJsonStream<T>(Stream s) where T : class
    {
        using var r = new StreamReader(s, Encoding.UTF8);
        using var jr = new JsonTextReader(r);
        var value = s_serializer.Deserialize<T>(jr) ?? throw new InvalidDataException("Stored result is null.");
        if (jr.Read() && jr.TokenType != JsonToken.Comment)
            throw new InvalidDataException("Stored result has data after the end of the JSON value.");
        return value;
    }

    /// <summary>Leaves out <c>CacheInfo</c> properties (they describe a retrieval, not the analysis) and keeps untyped values' kinds.</summary>
    private sealed class CacheContractResolver : DefaultContractResolver
    {
        private static readonly UntypedValueConverter s_untyped = new();

        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var p = base.CreateProperty(member, memberSerialization);
            if (p.PropertyType == typeof(CacheInfo)) p.Ignored = true;
            else if (p.PropertyType == typeof(object)) p.Converter = s_untyped;
            return p;
        }
    }

    /// <summary>An <c>object</c> property: dates as EJSON so they are not confused with strings.</summary>
    private sealed class UntypedValueConverter : JsonConverter
    {
        public override bool CanConvert(Type objectType) => objectType == typeof(object);

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            if (value is DateTime d)
            {
                writer.WriteStartObject();
                writer.WritePropertyName("$date");
                writer.WriteValue(d.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteEndObject();
            }
            else serializer.Serialize(writer, value);
        }

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            var token = Newtonsoft.Json.Linq.JToken.Load(reader);
            switch (token)
            {
                case Newtonsoft.Json.Linq.JValue v:
                    return v.Value;
                case Newtonsoft.Json.Linq.JObject o when o.Count == 1 && o["$date"] is Newtonsoft.Json.Linq.JValue { Type: Newtonsoft.Json.Linq.JTokenType.String } date:
                    return DateTime.Parse((string)date.Value!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind);
                default:
                    return token;
            }
        }
    }
}
