using System.IO.Hashing;
using System.Text;

namespace RocketChatAnalyzer.Templates;

/// <summary>
/// Per-chunk template table (a sink of the log pipeline): groups messages by their masked text and
/// keeps count, per-level counts, first/last seen and the first example. Bounded by
/// <see cref="LogAnalysisOptions.MaxTemplates"/>; entries of templates beyond the cap are counted in
/// <see cref="Evicted"/>. Not thread-safe: one table per worker/chunk, merged through
/// <see cref="LogAnalysis.Merge"/>.
/// </summary>
internal sealed class TemplateTable
{
    private readonly int _max;
    private readonly int _maxExample;
    private readonly Dictionary<ulong, int> _byHash = new();
    private readonly List<Entry> _entries = new();
    private byte[] _masked = new byte[1024];

    public TemplateTable(LogAnalysisOptions options)
    {
        _max = options.MaxTemplates;
        _maxExample = options.MaxExampleChars;
    }

    public long Evicted { get; private set; }

    public void Add(ReadOnlySpan<byte> message, LogLevel level, long ticks)
    {
        if (_masked.Length < message.Length * 2 + 16) _masked = new byte[message.Length * 2 + 16];
        int n = TemplateMasker.Mask(message, _masked);
        ReadOnlySpan<byte> key = _masked.AsSpan(0, n);
        ulong h = XxHash3.HashToUInt64(key);
        Entry e;
        if (_byHash.TryGetValue(h, out int idx) && _entries[idx].Key.AsSpan().SequenceEqual(key))
        {
            e = _entries[idx];
        }
        else
        {
            if (_byHash.ContainsKey(h))
            {
                // Hash collision with a different template: probe a derived hash (deterministic).
                h = XxHash3.HashToUInt64(key, seed: 0x5bd1e995);
                if (_byHash.TryGetValue(h, out idx) && _entries[idx].Key.AsSpan().SequenceEqual(key)) { e = _entries[idx]; goto Found; }
            }
            if (_entries.Count >= _max) { Evicted++; return; }
            e = new Entry(key.ToArray(), Truncate(message));
            _byHash[h] = _entries.Count;
            _entries.Add(e);
        }
    Found:
        e.Count++;
        e.Levels[(int)level]++;
        if (ticks != 0)
        {
            if (e.First == 0 || ticks < e.First) e.First = ticks;
            if (ticks > e.Last) e.Last = ticks;
        }
    }

    private string Truncate(ReadOnlySpan<byte> message)
    {
        string s = Encoding.UTF8.GetString(message);
        return s.Length > _maxExample ? string.Concat(s.AsSpan(0, _maxExample), "…") : s;
    }

    public List<LogTemplate> ToList()
    {
        var list = new List<LogTemplate>(_entries.Count);
        foreach (var e in _entries)
        {
            string text = Encoding.UTF8.GetString(e.Key);
            var t = new LogTemplate
            {
                Template = text,
                TemplateId = LogTemplate.IdFor(text),
                Count = e.Count,
                Example = e.Example,
                FirstSeen = e.First == 0 ? null : new DateTime(e.First, DateTimeKind.Utc),
                LastSeen = e.Last == 0 ? null : new DateTime(e.Last, DateTimeKind.Utc),
            };
            for (int l = 0; l < LogLevels.Count; l++)
                if (e.Levels[l] != 0) t.LevelCounts[LogLevels.Names[l]] = e.Levels[l];
            list.Add(t);
        }
        return list;
    }

    private sealed class Entry
    {
        public Entry(byte[] key, string example) { Key = key; Example = example; }
        public readonly byte[] Key;
        public readonly string Example;
        public readonly long[] Levels = new long[LogLevels.Count];
        public long Count;
        public long First;
        public long Last;
    }
}

/// <summary>Masks the variable parts of a message (first version: tokens with digits, long hex, quoted text).</summary>
internal static class TemplateMasker
{
    /// <summary>Writes the masked form of <paramref name="message"/> to <paramref name="dest"/> (≥ 2×len+16) and returns its length.</summary>
    public static int Mask(ReadOnlySpan<byte> message, Span<byte> dest)
    {
        int o = 0;
        int i = 0;
        bool first = true;
        while (i < message.Length)
        {
            while (i < message.Length && message[i] <= (byte)' ') i++;
            if (i >= message.Length) break;
            int start = i;
            while (i < message.Length && message[i] > (byte)' ') i++;
            ReadOnlySpan<byte> tok = message.Slice(start, i - start);
            if (!first) dest[o++] = (byte)' ';
            first = false;
            if (IsVariable(tok)) { "<*>"u8.CopyTo(dest.Slice(o)); o += 3; }
            else { tok.CopyTo(dest.Slice(o)); o += tok.Length; }
        }
        return o;
    }

    private static bool IsVariable(ReadOnlySpan<byte> tok)
    {
        foreach (byte b in tok) if (b is >= (byte)'0' and <= (byte)'9') return true;
        if (tok.Length >= 2 && (tok[0] == '"' || tok[0] == '\'')) return true;
        return false;
    }
}
