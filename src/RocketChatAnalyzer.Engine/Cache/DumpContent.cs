namespace RocketChatAnalyzer.Cache;

/// <summary>
/// The files of a dump (a folder's files, a zip, or one file) with their identities when first
/// seen, and their digests: from the memo when unchanged, else computed. Used to key a dump's
/// result and to check it did not change while it was analysed.
/// </summary>
internal sealed class DumpContent
{
    private const string ZipLabel = "zip";
    private const string FileLabel = "sha256";

    private readonly string _root;
    private readonly bool _isFolder;
    private readonly Member[] _members;

    private DumpContent(string root, bool isFolder, Member[] members)
    {
        _root = root;
        _isFolder = isFolder;
        _members = members;
    }

    /// <summary>Sum of the members' sizes.</summary>
    public long TotalBytes
    {
        get
        {
            long t = 0;
            foreach (var m in _members) t += m.Identity.Size;
            return t;
        }
    }

    /// <summary>Lists the dump's files. Throws <see cref="FileNotFoundException"/> / <see cref="DirectoryNotFoundException"/> when the path is missing.</summary>
    public static DumpContent Snapshot(string fullPath)
    {
        if (Directory.Exists(fullPath))
        {
            var members = new List<Member>();
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
            foreach (string file in Directory.EnumerateFiles(fullPath, "*", options))
            {
                string rel = Path.GetRelativePath(fullPath, file).Replace('\\', '/');
                members.Add(new Member(file, rel, FileIdentity.Of(file), IsZip(file) ? ZipLabel : FileLabel));
            }
            members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return new DumpContent(fullPath, true, members.ToArray());
        }
        if (!File.Exists(fullPath)) throw new FileNotFoundException("Dump not found: " + fullPath, fullPath);
        return new DumpContent(fullPath, false, new[]
        {
            new Member(fullPath, Path.GetFileName(fullPath), FileIdentity.Of(fullPath), IsZip(fullPath) ? ZipLabel : FileLabel),
        });
    }

    /// <summary>The dump's digest when every member's digest is in the memo; else null.</summary>
    public string? TryKnownDigest(AnalysisCache cache, ICollection<Diagnostic> diagnostics)
    {
        foreach (var m in _members)
        {
            m.Digest = cache.TryGetDigest(m.Path, m.Label, m.Identity, diagnostics);
            if (m.Digest is null) return null;
        }
        return Combine();
    }

    /// <summary>Computes the digests the memo did not have, and the dump's digest.</summary>
    public string ComputeDigest(CancellationToken ct)
    {
        foreach (var m in _members)
        {
            ct.ThrowIfCancellationRequested();
            if (m.Digest is not null) continue;
            m.Digest = m.Label == ZipLabel
                ? ContentDigest.OfZipMembers(m.Path, ct) ?? ContentDigest.OfFile(m.Path, DigestAlgorithm.Sha256, 1, ct)
                : ContentDigest.OfFile(m.Path, DigestAlgorithm.Sha256, 1, ct);
        }
        return Combine();
    }

    /// <summary>True when no member changed and no file was added or removed since the snapshot.</summary>
    public bool IsUnchanged()
    {
        try
        {
            var now = Snapshot(_root);
            if (now._members.Length != _members.Length) return false;
            for (int i = 0; i < _members.Length; i++)
            {
                if (!string.Equals(now._members[i].Name, _members[i].Name, StringComparison.Ordinal) || now._members[i].Identity != _members[i].Identity)
                    return false;
            }
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Records the members' digests in the memo (stamped with the time hashing started).</summary>
    public void RememberDigests(AnalysisCache cache, long verifiedAtNs, ICollection<Diagnostic> diagnostics)
    {
        foreach (var m in _members)
        {
            if (m.Digest is not null) cache.PutDigest(m.Path, m.Label, m.Identity, m.Digest, verifiedAtNs, diagnostics);
        }
    }

    private string Combine()
    {
        if (!_isFolder) return _members[0].Digest!;
        var list = new List<(string, long, string)>(_members.Length);
        foreach (var m in _members) list.Add((m.Name, m.Identity.Size, m.Digest!));
        return ContentDigest.OfMembers(list, "folder");
    }

    private static bool IsZip(string path)
    {
        try
        {
            using var h = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Span<byte> magic = stackalloc byte[4];
            return RandomAccess.Read(h, magic, 0) == 4 && magic[0] == (byte)'P' && magic[1] == (byte)'K' && magic[2] == 3 && magic[3] == 4;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private sealed class Member
    {
        public Member(string path, string name, FileIdentity identity, string label)
        {
            Path = path;
            Name = name;
            Identity = identity;
            Label = label;
        }

        public string Path { get; }
        public string Name { get; }
        public FileIdentity Identity { get; }
        public string Label { get; }
        public string? Digest { get; set; }
    }
}
