using System.Text;

namespace RocketChatAnalyzer.Distributed;

/// <summary>
/// How a log job's result (the mergeable partial <see cref="LogAnalysis"/> of one chunk) travels from
/// a worker to the submitter: a compact binary record inside a <see cref="Payload"/> (zlib).
/// <para>
/// Why not JSON: the submitter reads one result per chunk while the workers use every core; a
/// cold submitter spent a few hundred milliseconds of CPU compiling Newtonsoft's reflection-based
/// reader, taken from the workers on a shared machine, and JSON also carried the chunk's derived
/// <see cref="LogAnalysis.Templates"/>, which the worker had to cluster (stage 2) for every chunk
/// only for the submitter to throw them away (they are derived again from the merged keys).
/// </para>
/// <para>
/// Contract: <see cref="Unpack"/> gives back an object equal to the written one in every mergeable
/// property — counts, dictionaries with their key order, timestamps with their kind, the timeline,
/// the template keys, diagnostics, files — so merging read partials gives exactly the result of
/// merging the originals (the local engine). Not carried: <see cref="LogAnalysis.Templates"/>
/// (derived from <see cref="LogAnalysis.TemplateKeys"/> on first use), the in-memory template model
/// (its id, <see cref="LogAnalysis.TemplateModelId"/>, is carried, as JSON carries it) and
/// <see cref="LogAnalysis.CacheInfo"/> (never part of an analysis). A test lists the properties of
/// every type written here, so a property added to the model without being added here fails it.
/// A result written as JSON (a worker of the previous queue format) is still read.
/// </para>
/// </summary>
internal static class PartialResult
{
    // "RCAp" + format version: a reader meeting another version fails clearly instead of misreading.
    private static ReadOnlySpan<byte> Magic => "RCAp"u8;
    private const byte Version = 1;

    // Guards against a corrupt record asking for absurd allocations (far above any real partial).
    private const int MaxItems = 1 << 24;

    public static byte[] Pack(LogAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        using var ms = new MemoryStream(4096);
        using (var w = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(Version);
            Write(w, analysis);
        }
        return Payload.Pack(ms.GetBuffer().AsSpan(0, (int)ms.Length), compress: true);
    }

    /// <exception cref="InvalidDataException">Not a partial result of this format (corrupt, cut, or another version).</exception>
    public static LogAnalysis Unpack(byte[] packed)
    {
        byte[] body = Payload.Unpack(packed);
        if (body.Length > 0 && body[0] == (byte)'{') return Payload.UnpackJson<LogAnalysis>(packed);
        if (body.Length < Magic.Length + 1 || !body.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            throw new InvalidDataException("The result is not a partial log analysis.");
        if (body[Magic.Length] != Version)
            throw new InvalidDataException($"The result is in partial-result format {body[Magic.Length]}; this engine reads format {Version} (are the worker and the submitter different versions of the module?).");
        using var r = new BinaryReader(new MemoryStream(body, Magic.Length + 1, body.Length - Magic.Length - 1, writable: false), Encoding.UTF8);
        try
        {
            var a = ReadAnalysis(r);
            if (r.BaseStream.Position != r.BaseStream.Length) throw new InvalidDataException("The partial result has bytes after its end.");
            return a;
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The partial result is cut short.", ex);
        }
    }

    #region Writing

    private static void Write(BinaryWriter w, LogAnalysis a)
    {
        w.Write7BitEncodedInt64(a.TotalEntries);
        WriteCounts(w, a.LevelCounts);
        WriteCounts(w, a.PatternCounts);
        WriteCounts(w, a.CategoryCounts);
        WriteTime(w, a.FirstTimestamp);
        WriteTime(w, a.LastTimestamp);
        w.Write7BitEncodedInt64(a.EntriesWithoutTimestamp);
        w.Write7BitEncodedInt(a.Timeline.Count);
        foreach (var b in a.Timeline)
        {
            WriteTime(w, b.Hour);
            WriteCounts(w, b.Counts);
        }
        w.Write7BitEncodedInt(a.TemplateKeys.Count);
        foreach (var t in a.TemplateKeys)
        {
            WriteString(w, t.TemplateId);
            WriteString(w, t.Template);
            w.Write7BitEncodedInt64(t.Count);
            WriteCounts(w, t.LevelCounts);
            WriteTime(w, t.FirstSeen);
            WriteTime(w, t.LastSeen);
            WriteString(w, t.Example);
        }
        WriteString(w, a.TemplateModelId);
        w.Write7BitEncodedInt64(a.EvictedTemplates);
        w.Write7BitEncodedInt64(a.UnparsedEntries);
        w.Write7BitEncodedInt64(a.TruncatedEntries);
        w.Write7BitEncodedInt(a.Diagnostics.Count);
        foreach (var d in a.Diagnostics)
        {
            w.Write7BitEncodedInt((int)d.Severity);
            WriteString(w, d.Code);
            WriteString(w, d.Source);
            WriteLong(w, d.Line);
            WriteLong(w, d.ByteOffset);
            WriteString(w, d.Message);
        }
        w.Write7BitEncodedInt64(a.DiagnosticCount);
        w.Write7BitEncodedInt(a.Files.Count);
        foreach (var f in a.Files)
        {
            WriteString(w, f.Path);
            WriteString(w, f.Format);
            w.Write7BitEncodedInt64(f.Bytes);
            w.Write7BitEncodedInt64(f.Lines);
            w.Write7BitEncodedInt64(f.Entries);
        }
        w.Write7BitEncodedInt64(a.BytesProcessed);
        w.Write7BitEncodedInt(a.TopMessagesPerLevel);
    }

    /// <summary>Entries in enumeration (insertion) order, which the merge and the JSON form keep.</summary>
    private static void WriteCounts(BinaryWriter w, Dictionary<string, long> counts)
    {
        w.Write7BitEncodedInt(counts.Count);
        foreach (var kv in counts)
        {
            w.Write(kv.Key);
            w.Write7BitEncodedInt64(kv.Value);
        }
    }

    private static void WriteString(BinaryWriter w, string? s)
    {
        w.Write(s is not null);
        if (s is not null) w.Write(s);
    }

    private static void WriteLong(BinaryWriter w, long? v)
    {
        w.Write(v.HasValue);
        if (v.HasValue) w.Write7BitEncodedInt64(v.Value);
    }

    private static void WriteTime(BinaryWriter w, DateTime? t)
    {
        w.Write(t.HasValue);
        if (t.HasValue) WriteTime(w, t.Value);
    }

    // Ticks and kind exactly (DateTime.ToBinary would shift Local times by the reader's time zone).
    private static void WriteTime(BinaryWriter w, DateTime t)
    {
        w.Write(t.Ticks);
        w.Write((byte)t.Kind);
    }

    #endregion

    #region Reading

    private static LogAnalysis ReadAnalysis(BinaryReader r)
    {
        var a = new LogAnalysis
        {
            TotalEntries = r.Read7BitEncodedInt64(),
            LevelCounts = ReadCounts(r),
            PatternCounts = ReadCounts(r),
            CategoryCounts = ReadCounts(r),
            FirstTimestamp = ReadNullableTime(r),
            LastTimestamp = ReadNullableTime(r),
            EntriesWithoutTimestamp = r.Read7BitEncodedInt64(),
        };
        int n = ReadCount(r);
        var timeline = new List<TimelineBucket>(n);
        for (int i = 0; i < n; i++) timeline.Add(new TimelineBucket { Hour = ReadTime(r), Counts = ReadCounts(r) });
        a.Timeline = timeline;
        n = ReadCount(r);
        var keys = new List<LogTemplate>(n);
        for (int i = 0; i < n; i++)
        {
            keys.Add(new LogTemplate
            {
                TemplateId = ReadString(r)!,
                Template = ReadString(r)!,
                Count = r.Read7BitEncodedInt64(),
                LevelCounts = ReadCounts(r),
                FirstSeen = ReadNullableTime(r),
                LastSeen = ReadNullableTime(r),
                Example = ReadString(r)!,
            });
        }
        a.TemplateKeys = keys;
        a.TemplateModelId = ReadString(r);
        a.EvictedTemplates = r.Read7BitEncodedInt64();
        a.UnparsedEntries = r.Read7BitEncodedInt64();
        a.TruncatedEntries = r.Read7BitEncodedInt64();
        n = ReadCount(r);
        var diagnostics = new List<Diagnostic>(n);
        for (int i = 0; i < n; i++)
        {
            int severity = r.Read7BitEncodedInt();
            if (!Enum.IsDefined((DiagnosticSeverity)severity)) throw new InvalidDataException($"Unknown diagnostic severity {severity}.");
            diagnostics.Add(new Diagnostic((DiagnosticSeverity)severity, ReadString(r)!, ReadString(r)!, ReadLong(r), ReadLong(r), ReadString(r)!));
        }
        a.Diagnostics = diagnostics;
        a.DiagnosticCount = r.Read7BitEncodedInt64();
        n = ReadCount(r);
        var files = new List<LogFileSummary>(n);
        for (int i = 0; i < n; i++)
        {
            files.Add(new LogFileSummary
            {
                Path = ReadString(r)!,
                Format = ReadString(r)!,
                Bytes = r.Read7BitEncodedInt64(),
                Lines = r.Read7BitEncodedInt64(),
                Entries = r.Read7BitEncodedInt64(),
            });
        }
        a.Files = files;
        a.BytesProcessed = r.Read7BitEncodedInt64();
        a.TopMessagesPerLevel = r.Read7BitEncodedInt();
        return a;
    }

    private static int ReadCount(BinaryReader r)
    {
        int n = r.Read7BitEncodedInt();
        if (n < 0 || n > MaxItems) throw new InvalidDataException($"The partial result claims {n} items.");
        return n;
    }

    private static Dictionary<string, long> ReadCounts(BinaryReader r)
    {
        int n = ReadCount(r);
        var d = new Dictionary<string, long>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            string key = r.ReadString();
            if (!d.TryAdd(key, r.Read7BitEncodedInt64())) throw new InvalidDataException($"The partial result repeats the key '{key}'.");
        }
        return d;
    }

    private static string? ReadString(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static long? ReadLong(BinaryReader r) => r.ReadBoolean() ? r.Read7BitEncodedInt64() : null;

    private static DateTime? ReadNullableTime(BinaryReader r) => r.ReadBoolean() ? ReadTime(r) : null;

    private static DateTime ReadTime(BinaryReader r)
    {
        long ticks = r.ReadInt64();
        byte kind = r.ReadByte();
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks || kind > (byte)DateTimeKind.Local)
            throw new InvalidDataException("The partial result holds an invalid timestamp.");
        return new DateTime(ticks, (DateTimeKind)kind);
    }

    #endregion
}
