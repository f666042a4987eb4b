using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Newtonsoft.Json;

namespace RocketChatAnalyzer.Distributed;

/// <summary>
/// How bytes travel through Redis: a 5-byte header (codec, original length) and the body, zlib
/// compressed (fastest level: the workers' time matters more than Redis memory) or stored as is
/// for input that is already compressed (gzip logs, zip dumps). Results travel as compressed
/// Newtonsoft JSON with fixed settings, independent of any global <see cref="JsonConvert.DefaultSettings"/>.
/// </summary>
internal static class Payload
{
    private const byte Stored = 0;
    private const byte Zlib = 1;
    private const int HeaderLength = 5;

    public static readonly JsonSerializerSettings JsonSettings = new()
    {
        DateParseHandling = DateParseHandling.DateTime,
        DateTimeZoneHandling = DateTimeZoneHandling.RoundtripKind,
        FloatParseHandling = FloatParseHandling.Double,
        TypeNameHandling = TypeNameHandling.None,
        MaxDepth = 256,
        Formatting = Formatting.None,
    };

    public static byte[] Pack(ReadOnlySpan<byte> data, bool compress)
    {
        if (!compress)
        {
            var raw = new byte[HeaderLength + data.Length];
            raw[0] = Stored;
            BinaryPrimitives.WriteInt32LittleEndian(raw.AsSpan(1), data.Length);
            data.CopyTo(raw.AsSpan(HeaderLength));
            return raw;
        }
        using var ms = new MemoryStream(HeaderLength + data.Length / 4);
        Span<byte> header = stackalloc byte[HeaderLength];
        header[0] = Zlib;
        BinaryPrimitives.WriteInt32LittleEndian(header.Slice(1), data.Length);
        ms.Write(header);
        using (var z = new ZLibStream(ms, CompressionLevel.Fastest, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }

    public static byte[] Unpack(byte[] packed)
    {
        if (packed.Length < HeaderLength) throw new InvalidDataException("The payload is shorter than its header.");
        int length = BinaryPrimitives.ReadInt32LittleEndian(packed.AsSpan(1));
        if (length < 0) throw new InvalidDataException("The payload header has a negative length.");
        switch (packed[0])
        {
            case Stored:
                if (packed.Length - HeaderLength != length) throw new InvalidDataException("The stored payload has the wrong length.");
                return packed.AsSpan(HeaderLength).ToArray();
            case Zlib:
                var result = new byte[length];
                using (var z = new ZLibStream(new MemoryStream(packed, HeaderLength, packed.Length - HeaderLength, writable: false), CompressionMode.Decompress))
                {
                    z.ReadExactly(result);
                    if (z.ReadByte() >= 0) throw new InvalidDataException("The payload is longer than its header says.");
                }
                return result;
            default:
                throw new InvalidDataException($"Unknown payload codec {packed[0]}.");
        }
    }

    public static byte[] PackJson<T>(T value)
    {
        using var ms = new MemoryStream();
        using (var w = new StreamWriter(ms, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        using (var jw = new JsonTextWriter(w))
        {
            JsonSerializer.Create(JsonSettings).Serialize(jw, value);
        }
        return Pack(ms.GetBuffer().AsSpan(0, (int)ms.Length), compress: true);
    }

    public static T UnpackJson<T>(byte[] packed)
    {
        byte[] json = Unpack(packed);
        using var r = new JsonTextReader(new StreamReader(new MemoryStream(json, writable: false), Encoding.UTF8));
        return JsonSerializer.Create(JsonSettings).Deserialize<T>(r)
            ?? throw new InvalidDataException("The payload holds JSON null instead of a " + typeof(T).Name + ".");
    }

    public static string ToJson(object value) => JsonConvert.SerializeObject(value, JsonSettings);

    public static T FromJson<T>(string json) =>
        JsonConvert.DeserializeObject<T>(json, JsonSettings) ?? throw new InvalidDataException("Expected a " + typeof(T).Name + ", found JSON null.");
}
