namespace RocketChatAnalyzer.Templates;

/// <summary>
/// Which server an input belongs to, for the learned template model the analysis cache keeps per
/// server (docs/TEMPLATES.md, "Warm start"). The identity is a string with a kind prefix:
/// <list type="bullet">
/// <item><c>workspace:&lt;uniqueId&gt;</c> — a support dump whose statistics carry the workspace's
/// <c>uniqueId</c> (stable for the life of a Rocket.Chat installation, across upgrades, hosts
/// and containers);</item>
/// <item><c>site:&lt;url&gt;</c> — a dump without statistics but with a non-loopback <c>Site_Url</c>;</item>
/// <item><c>dir:&lt;canonical directory&gt;</c> — log files (the deepest directory holding all of
/// them), and dumps with neither (the dump folder, or the folder holding the zip/file). Log files
/// carry no workspace id; the pino <c>hostname</c> is the container or pod name, which changes on
/// every redeploy and differs between the instances of one workspace, while engineers keep the logs
/// of one server together in a folder.</item>
/// </list>
/// Null means "no identity" (files whose only common directory is a file-system root): no warm
/// start, nothing learned.
/// </summary>
public static class TemplateServer
{
    private static readonly StringComparison s_pathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The server of log files: <c>dir:</c> + the canonical deepest directory that holds all of them; null when that is a root.</summary>
    public static string? ForLogFiles(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string? common = null;
        foreach (string p in paths)
        {
            string? dir = Path.GetDirectoryName(Path.GetFullPath(p));
            if (dir is null) return null;
            dir = Canonical(dir);
            common = common is null ? dir : CommonDirectory(common, dir);
            if (common is null) return null;
        }
        return common is null || IsRoot(common) ? null : Directory("dir:", common);
    }

    /// <summary>The server of a dump: its workspace id, else its site URL, else its folder (see the type's remarks).</summary>
    /// <param name="uniqueId">The statistics' <c>uniqueId</c>, if read.</param>
    /// <param name="siteUrl">The <c>Site_Url</c> setting, if read.</param>
    /// <param name="dumpPath">The dump (folder, zip or file).</param>
    public static string? ForDump(string? uniqueId, string? siteUrl, string dumpPath)
    {
        ArgumentNullException.ThrowIfNull(dumpPath);
        if (!string.IsNullOrWhiteSpace(uniqueId)) return "workspace:" + uniqueId.Trim();
        if (NormalisedSite(siteUrl) is { } site) return "site:" + site;
        string full = Path.GetFullPath(dumpPath);
        string? dir = System.IO.Directory.Exists(full) ? full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : Path.GetDirectoryName(full);
        if (string.IsNullOrEmpty(dir)) return null;
        dir = Canonical(dir);
        return IsRoot(dir) ? null : Directory("dir:", dir);
    }

    private static string Directory(string prefix, string dir) =>
        prefix + (s_pathComparison == StringComparison.OrdinalIgnoreCase ? dir.ToUpperInvariant() : dir);

    private static string? NormalisedSite(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return null;
        if (uri.IsLoopback || uri.Host.Length == 0) return null; // every development server is http://localhost:3000
        string path = uri.AbsolutePath.TrimEnd('/');
        return uri.Scheme.ToLowerInvariant() + "://" + uri.Host.ToLowerInvariant() + (uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)) + path;
    }

    /// <summary>The full path with symbolic links resolved component by component (a folder reached through a link is the same server).</summary>
    internal static string Canonical(string directory)
    {
        string full = Path.GetFullPath(directory);
        string root = Path.GetPathRoot(full) ?? "";
        string current = root;
        foreach (string part in full.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            try
            {
                var info = new DirectoryInfo(current);
                if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                    current = Path.GetFullPath(target.FullName);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return current.Length > root.Length ? current.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : current;
    }

    private static string? CommonDirectory(string a, string b)
    {
        var pa = a.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar });
        var pb = b.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar });
        int n = 0;
        while (n < pa.Length && n < pb.Length && string.Equals(pa[n], pb[n], s_pathComparison)) n++;
        if (n == 0) return null;
        string common = string.Join(Path.DirectorySeparatorChar, pa, 0, n);
        if (common.Length == 0 || common.EndsWith(':')) common += Path.DirectorySeparatorChar; // "/" or "C:\"
        return IsRoot(common) ? null : common;
    }

    private static bool IsRoot(string dir)
    {
        string? root = Path.GetPathRoot(dir);
        return root is not null && string.Equals(dir.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar), root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar), s_pathComparison);
    }
}
