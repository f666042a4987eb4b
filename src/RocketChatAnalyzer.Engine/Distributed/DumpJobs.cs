using System.IO.Compression;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RocketChatAnalyzer.Distributed;

/// <summary>What a worker receives for a whole-dump job.</summary>
/// <param name="Path">Where the dump is on this worker: the submitter's path with shared storage, else a private temporary copy.</param>
/// <param name="OriginalPath">The path the submitter named (results are rebased onto it).</param>
/// <param name="Rules">The submitter's rules.</param>
/// <param name="Options">The submitter's dump options, opaque to the queue (JSON chosen by the dump analyzer's binding), or null.</param>
public sealed record DumpJobRequest(string Path, string OriginalPath, AnalysisRules Rules, string? Options);

/// <summary>Analyses one dump on a worker. Must be thread-safe: a worker may run several at once.</summary>
public delegate DumpAnalysis DumpJobHandler(DumpJobRequest request, CancellationToken cancellationToken);

/// <summary>
/// The dump analyzer as a worker runs it: the submitter sends its <see cref="DumpAnalyzerOptions"/>
/// as JSON (<see cref="OptionsToJson"/>; the rules travel separately, hashed), the worker rebuilds
/// them with the submitter's rules and one log thread per job (a worker runs ThrottleLimit jobs at once).
/// </summary>
public static class DumpJobHandlers
{
    /// <summary>The options without the rules (which travel with the batch), for <c>DistributedAnalyzer.AnalyzeDumps</c>.</summary>
    public static string OptionsToJson(DumpAnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = JObject.FromObject(options, JsonSerializer.Create(Payload.JsonSettings));
        o.Remove(nameof(DumpAnalyzerOptions.Rules));
        return o.ToString(Formatting.None);
    }

    public static DumpAnalyzerOptions OptionsFromJson(string? json, AnalysisRules rules)
    {
        var options = string.IsNullOrEmpty(json) ? new DumpAnalyzerOptions()
            : JObject.Parse(json).ToObject<DumpAnalyzerOptions>(JsonSerializer.Create(Payload.JsonSettings)) ?? new DumpAnalyzerOptions();
        return options with { Rules = rules, ThrottleLimit = 1 };
    }

    /// <summary>A <see cref="DumpJobHandler"/> running <see cref="DumpAnalyzer"/>.</summary>
    public static DumpAnalysis Analyze(DumpJobRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new DumpAnalyzer(OptionsFromJson(request.Options, request.Rules)).Analyze(request.Path, cancellationToken);
    }
}

/// <summary>The outcome of one dump of a distributed submission: a result, or the reason there is none.</summary>
public sealed class DumpJobResult
{
    public DumpJobResult(string path, DumpAnalysis? analysis, DistributedAnalysisException? error)
    {
        Path = path;
        Analysis = analysis;
        Error = error;
    }

    public string Path { get; }

    public DumpAnalysis? Analysis { get; }

    public DistributedAnalysisException? Error { get; }
}

/// <summary>
/// Moving dumps between machines without shared storage: the submitter packs a folder into a zip
/// (a file travels as is), the worker unpacks it into a private temporary folder, analyses it there
/// and rewrites every path in the result that points into the temporary copy so the result names
/// the submitter's path — as a local analysis would.
/// </summary>
internal static class DumpTransfer
{
    /// <summary>Largest dump (packed) that travels through Redis; Redis' own limit for a value is 512 MB.</summary>
    public const long MaxPackedBytes = 256L * 1024 * 1024;

    public static byte[] Pack(string path, out bool isFolder)
    {
        isFolder = Directory.Exists(path);
        if (!isFolder)
        {
            byte[] bytes = File.ReadAllBytes(path);
            // Zip and gzip are compressed already; everything else (JSON) compresses well.
            bool compressed = bytes.Length >= 2 && ((bytes[0] == 0x50 && bytes[1] == 0x4B) || (bytes[0] == 0x1F && bytes[1] == 0x8B));
            return Payload.Pack(bytes, compress: !compressed);
        }
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            var files = Directory.GetFiles(path, "*", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (string f in files)
            {
                string rel = System.IO.Path.GetRelativePath(path, f).Replace('\\', '/');
                zip.CreateEntryFromFile(f, rel, CompressionLevel.Fastest);
            }
        }
        return Payload.Pack(ms.GetBuffer().AsSpan(0, (int)ms.Length), compress: false);
    }

    /// <summary>Unpacks into <paramref name="tempRoot"/>; returns the path that stands for the original (same file or folder name).</summary>
    public static string Unpack(byte[] packed, string originalPath, bool isFolder, string tempRoot)
    {
        byte[] body = Payload.Unpack(packed);
        string name = System.IO.Path.GetFileName(originalPath.TrimEnd('/', '\\'));
        if (name.Length == 0 || name.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0) name = "dump";
        string local = System.IO.Path.Combine(tempRoot, name);
        if (!isFolder)
        {
            File.WriteAllBytes(local, body);
            return local;
        }
        Directory.CreateDirectory(local);
        using var zip = new ZipArchive(new MemoryStream(body, writable: false), ZipArchiveMode.Read);
        // ExtractToDirectory refuses entries that would land outside the folder (zip-slip).
        zip.ExtractToDirectory(local);
        return local;
    }

    /// <summary>Serializes a dump result, replacing the worker's temporary path by the original in every string.</summary>
    public static byte[] PackResult(DumpAnalysis analysis, string localPath, string originalPath)
    {
        if (string.Equals(localPath, originalPath, StringComparison.Ordinal)) return Payload.PackJson(analysis);
        var token = JToken.FromObject(analysis, JsonSerializer.Create(Payload.JsonSettings));
        Rebase(token, localPath, originalPath);
        return Payload.PackJson(token);
    }

    private static void Rebase(JToken token, string from, string to)
    {
        switch (token)
        {
            case JValue { Type: JTokenType.String } v:
                string s = (string)v.Value!;
                if (s.StartsWith(from, StringComparison.Ordinal) && (s.Length == from.Length || s[from.Length] is '/' or '\\' or '!' or ':'))
                    v.Value = string.Concat(to, s.AsSpan(from.Length));
                else if (s.Contains(from, StringComparison.Ordinal))
                    v.Value = s.Replace(from, to, StringComparison.Ordinal); // messages that quote the path
                break;
            case JContainer c:
                foreach (var child in c.Children()) Rebase(child, from, to);
                break;
        }
    }
}
