using System.Management.Automation;

namespace RocketChatAnalyzer.Commands.Internal;

/// <summary>Resolves -Path (wildcards) and -LiteralPath the standard way, FileSystem provider only.</summary>
internal static class PathResolver
{
    /// <summary>File-system paths for the given inputs; unresolved or non-FileSystem inputs become non-terminating errors.</summary>
    public static List<string> Resolve(PSCmdlet cmdlet, IEnumerable<string> paths, bool literal, string errorPrefix)
    {
        var result = new List<string>();
        foreach (string p in paths)
        {
            try
            {
                if (literal)
                {
                    string full = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(p, out ProviderInfo provider, out _);
                    if (!IsFileSystem(cmdlet, provider, p, errorPrefix)) continue;
                    if (!File.Exists(full) && !Directory.Exists(full))
                    {
                        cmdlet.WriteError(new ErrorRecord(new ItemNotFoundException($"Cannot find path '{p}' because it does not exist."), errorPrefix + ".PathNotFound", ErrorCategory.ObjectNotFound, p));
                        continue;
                    }
                    result.Add(full);
                }
                else
                {
                    var resolved = cmdlet.SessionState.Path.GetResolvedProviderPathFromPSPath(p, out ProviderInfo provider);
                    if (!IsFileSystem(cmdlet, provider, p, errorPrefix)) continue;
                    result.AddRange(resolved);
                }
            }
            catch (ItemNotFoundException ex)
            {
                cmdlet.WriteError(new ErrorRecord(ex, errorPrefix + ".PathNotFound", ErrorCategory.ObjectNotFound, p));
            }
            catch (System.Management.Automation.DriveNotFoundException ex)
            {
                cmdlet.WriteError(new ErrorRecord(ex, errorPrefix + ".PathNotFound", ErrorCategory.ObjectNotFound, p));
            }
            catch (ProviderNotFoundException ex)
            {
                cmdlet.WriteError(new ErrorRecord(ex, errorPrefix + ".PathNotFound", ErrorCategory.ObjectNotFound, p));
            }
        }
        return result;
    }

    private static bool IsFileSystem(PSCmdlet cmdlet, ProviderInfo provider, string p, string errorPrefix)
    {
        if (string.Equals(provider.Name, "FileSystem", StringComparison.OrdinalIgnoreCase)) return true;
        cmdlet.WriteError(new ErrorRecord(
            new ArgumentException($"'{p}' is on the {provider.Name} provider; only file-system paths can be analysed."),
            errorPrefix + ".NotFileSystem", ErrorCategory.InvalidArgument, p));
        return false;
    }

    /// <summary>Log-like files of a folder, recursively, in ordinal path order (deterministic).</summary>
    public static List<string> LogFilesIn(string folder)
    {
        var files = new List<string>();
        foreach (string f in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System }))
        {
            if (IsLogLike(f)) files.Add(f);
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>*.log, *.log.N, *.json, *.jsonl, *.ndjson, *.txt, *.out, and any of them .gz.</summary>
    public static bool IsLogLike(string path)
    {
        string name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal)) name = name.Substring(0, name.Length - 3);
        if (name.EndsWith(".log", StringComparison.Ordinal) || name.EndsWith(".json", StringComparison.Ordinal) || name.EndsWith(".jsonl", StringComparison.Ordinal)
            || name.EndsWith(".ndjson", StringComparison.Ordinal) || name.EndsWith(".txt", StringComparison.Ordinal) || name.EndsWith(".out", StringComparison.Ordinal)) return true;
        int log = name.LastIndexOf(".log.", StringComparison.Ordinal);
        return log >= 0 && int.TryParse(name.AsSpan(log + 5), out _);
    }
}
