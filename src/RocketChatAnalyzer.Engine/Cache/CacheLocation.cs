namespace RocketChatAnalyzer.Cache;

/// <summary>Where the cache database lives.</summary>
/// <remarks>
/// Order: an explicit path (the <c>-CachePath</c> parameter), then the <c>RCA_CACHE_PATH</c>
/// environment variable, then the user's cache directory — <c>$XDG_CACHE_HOME</c> or
/// <c>~/.cache</c> on Linux and macOS, <c>%LOCALAPPDATA%</c> on Windows — under
/// <c>RocketChatAnalyzer/cache.db</c>. A path naming an existing directory means
/// <c>cache.db</c> inside it.
/// </remarks>
public static class CacheLocation
{
    /// <summary>Environment variable that overrides the default cache file.</summary>
    public const string EnvironmentVariable = "RCA_CACHE_PATH";

    /// <summary>File name used inside a cache directory.</summary>
    public const string FileName = "cache.db";

    /// <summary>Resolves the cache file path; <paramref name="explicitPath"/> wins when given.</summary>
    public static string Resolve(string? explicitPath = null)
    {
        string? chosen = !string.IsNullOrWhiteSpace(explicitPath) ? explicitPath
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env
            : null;
        if (chosen is null) return Path.Combine(DefaultDirectory(), "RocketChatAnalyzer", FileName);
        string full = Path.GetFullPath(Expand(chosen));
        return Directory.Exists(full) ? Path.Combine(full, FileName) : full;
    }

    /// <summary>The per-user cache directory of the platform.</summary>
    public static string DefaultDirectory()
    {
        if (OperatingSystem.IsWindows())
        {
            string local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            if (local.Length > 0) return local;
            return Environment.GetEnvironmentVariable("LOCALAPPDATA") ?? Path.GetTempPath();
        }
        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)) return xdg;
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (string.IsNullOrEmpty(home)) home = Environment.GetEnvironmentVariable("HOME") ?? Path.GetTempPath();
        return Path.Combine(home, ".cache");
    }

    private static string Expand(string path)
    {
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal))
            return string.Concat(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile).AsSpan(), path.AsSpan(1));
        return path;
    }
}
