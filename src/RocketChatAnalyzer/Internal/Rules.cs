using System.Management.Automation;

namespace RocketChatAnalyzer.Commands.Internal;

internal static class Rules
{
    /// <summary>The built-in rules, or the file at <paramref name="configPath"/>; a bad file is a terminating error naming the problem.</summary>
    public static AnalysisRules Load(PSCmdlet cmdlet, string? configPath, string errorPrefix)
    {
        if (string.IsNullOrEmpty(configPath)) return AnalysisRules.Default;
        string full = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(configPath);
        if (!File.Exists(full))
        {
            cmdlet.ThrowTerminatingError(new ErrorRecord(new FileNotFoundException($"Rules file '{configPath}' does not exist.", full),
                errorPrefix + ".RulesNotFound", ErrorCategory.ObjectNotFound, configPath));
        }
        try
        {
            return AnalysisRules.Load(full);
        }
        catch (RulesException ex)
        {
            cmdlet.ThrowTerminatingError(new ErrorRecord(ex, errorPrefix + ".InvalidRules", ErrorCategory.InvalidData, configPath));
            throw; // unreachable: ThrowTerminatingError always throws
        }
    }
}
