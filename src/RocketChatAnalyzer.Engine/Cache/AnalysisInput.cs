namespace RocketChatAnalyzer.Cache;

/// <summary>What a path given to the cache cmdlets is analysed as.</summary>
public enum AnalysisInputKind
{
    /// <summary>Decide from the path (see <see cref="AnalysisInput.Detect"/>).</summary>
    Auto = 0,
    /// <summary>A support dump: the result is a <see cref="DumpAnalysis"/>.</summary>
    Dump = 1,
    /// <summary>Log files: the result is a <see cref="LogAnalysis"/>.</summary>
    Log = 2,
}

/// <summary>Tells a support dump from logs by names, without reading file contents.</summary>
public static class AnalysisInput
{
    // The dump file names the community analyzers document (ROCKETCHAT-FORMATS.md §1), and the
    // bare statistics.json of "Download Info".
    private static readonly string[] s_dumpSuffixes =
    {
        "-settings.json", "-server-statistics.json", "-log.json", "-apps-installed.json", "-omnichannel-settings.json",
    };

    /// <summary>
    /// A <c>.zip</c> is a dump; a folder is a dump when it (or a folder below it) holds a dump file
    /// name (<c>&lt;version&gt;-settings.json</c>, <c>-server-statistics.json</c>, <c>-log.json</c>,
    /// <c>-apps-installed.json</c>, <c>-omnichannel-settings.json</c>, <c>statistics.json</c>),
    /// otherwise a folder of logs; any other single file is a dump when its name is one of the
    /// settings/statistics/apps/omnichannel names, otherwise a log (a lone <c>*-log.json</c> is the
    /// stdout.queue log and is analysed as a log).
    /// </summary>
    public static AnalysisInputKind Detect(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        if (Directory.Exists(fullPath))
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 2 };
            foreach (string f in Directory.EnumerateFiles(fullPath, "*.json", options))
            {
                if (IsDumpFileName(Path.GetFileName(f), includeLog: true)) return AnalysisInputKind.Dump;
            }
            return AnalysisInputKind.Log;
        }
        string name = Path.GetFileName(fullPath);
        if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) return AnalysisInputKind.Dump;
        return IsDumpFileName(name, includeLog: false) ? AnalysisInputKind.Dump : AnalysisInputKind.Log;
    }

    private static bool IsDumpFileName(string name, bool includeLog)
    {
        if (string.Equals(name, "statistics.json", StringComparison.OrdinalIgnoreCase)) return true;
        foreach (string suffix in s_dumpSuffixes)
        {
            if (!includeLog && suffix == "-log.json") continue;
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
