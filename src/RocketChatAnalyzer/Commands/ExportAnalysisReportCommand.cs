using System.Diagnostics;
using System.Management.Automation;
using Microsoft.PowerShell.Commands;

namespace RocketChatAnalyzer.Commands;

/// <summary>
/// <c>Export-AnalysisReport</c>: writes a <see cref="DumpAnalysis"/> (or a <see cref="LogAnalysis"/>
/// for a log-only report) as JSON, CSV, HTML or Markdown. The writers live in the engine
/// (<see cref="ReportWriter"/>); this cmdlet maps parameters and reports errors.
/// <para>
/// File semantics follow <c>Out-File</c>: an existing file is replaced, <c>-NoClobber</c> refuses
/// to replace it, <c>-Force</c> replaces a read-only file. <c>-Path</c> may name a folder (or be
/// left out for the current folder): each result then gets its own
/// <c>rocketchat-analysis-&lt;version&gt;-&lt;time&gt;.&lt;ext&gt;</c> file, which is how a pipeline of
/// several results is exported. The file is written to a temporary name and moved into place, so a
/// failed export never leaves a partial report behind.
/// </para>
/// </summary>
[Cmdlet(VerbsData.Export, "AnalysisReport", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class ExportAnalysisReportCommand : PSCmdlet
{
    private readonly HashSet<string> _written = new(OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
    private string? _file;
    private string? _folder;
    private ReportOptions _options = ReportOptions.Default;

    #region Parameters

    /// <summary>The result to write: a RocketChatAnalyzer.DumpAnalysis or RocketChatAnalyzer.LogAnalysis.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    public PSObject InputObject { get; set; } = null!;

    /// <summary>Json, Csv, Html or Markdown.</summary>
    [Parameter(Mandatory = true)]
    public ReportFormat Format { get; set; }

    /// <summary>The file (or an existing folder) to write to; the current folder when left out. Taken literally: no wildcards.</summary>
    [Parameter(Position = 0)]
    [Alias("FilePath", "ExportPath")]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Findings and recommendations below this severity are left out of the report.</summary>
    [Parameter]
    public FindingSeverity Severity { get; set; } = FindingSeverity.Info;

    /// <summary>Write the FileInfo of each written report to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>Replace a read-only file.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Do not replace an existing file.</summary>
    [Parameter]
    [Alias("NoOverwrite")]
    public SwitchParameter NoClobber { get; set; }

    /// <summary>Open each written report with the platform's default application.</summary>
    [Parameter]
    public SwitchParameter Open { get; set; }

    #endregion

    #region Overrides

    /// <summary>Resolves and checks the target once: a FileSystem path whose folder exists.</summary>
    protected override void BeginProcessing()
    {
        _options = new ReportOptions { MinimumSeverity = MyInvocation.BoundParameters.ContainsKey(nameof(Severity)) ? Severity : null };
        if (Path is null)
        {
            _folder = SessionState.Path.CurrentFileSystemLocation.ProviderPath;
            return;
        }

        string resolved;
        try
        {
            resolved = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path, out ProviderInfo provider, out _);
            if (provider.ImplementingType != typeof(FileSystemProvider))
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException($"Export-AnalysisReport writes files; '{Path}' is on the {provider.Name} provider, not the FileSystem."),
                    "ExportAnalysisReport.NotFileSystem", ErrorCategory.InvalidArgument, Path));
            }
        }
        catch (Exception ex) when (ex is ItemNotFoundException or System.Management.Automation.DriveNotFoundException or ProviderNotFoundException or NotSupportedException)
        {
            ThrowTerminatingError(new ErrorRecord(ex, "ExportAnalysisReport.PathNotResolved", ErrorCategory.InvalidArgument, Path));
            return;
        }

        if (Directory.Exists(resolved))
        {
            _folder = resolved;
            return;
        }
        string? parent = System.IO.Path.GetDirectoryName(resolved);
        if (string.IsNullOrEmpty(parent) || !Directory.Exists(parent))
        {
            ThrowTerminatingError(new ErrorRecord(
                new DirectoryNotFoundException($"The folder '{parent}' does not exist; create it first."),
                "ExportAnalysisReport.DirectoryNotFound", ErrorCategory.ObjectNotFound, Path));
        }
        _file = resolved;
    }

    protected override void ProcessRecord()
    {
        object result = InputObject.BaseObject;
        if (!ReportWriter.IsSupported(result))
        {
            WriteError(UnsupportedInput());
            return;
        }

        string target = _file ?? System.IO.Path.Combine(_folder!, ReportWriter.DefaultFileName(result, Format));
        if (!_written.Add(target))
        {
            WriteError(new ErrorRecord(
                new InvalidOperationException($"'{target}' was already written by this command; each result needs its own file. Give -Path a folder to write one file per result."),
                "ExportAnalysisReport.SameFileTwice", ErrorCategory.ResourceExists, target));
            return;
        }

        var existing = new FileInfo(target);
        if (existing.Exists)
        {
            if (NoClobber)
            {
                WriteError(new ErrorRecord(
                    new IOException($"The file '{target}' already exists and -NoClobber was given."),
                    "ExportAnalysisReport.FileExists", ErrorCategory.ResourceExists, target));
                return;
            }
            if (existing.IsReadOnly && !Force)
            {
                WriteError(new ErrorRecord(
                    new UnauthorizedAccessException($"The file '{target}' is read-only; use -Force to replace it."),
                    "ExportAnalysisReport.FileReadOnly", ErrorCategory.PermissionDenied, target));
                return;
            }
        }
        if (!ShouldProcess(target, $"Write {Format} report")) return;

        try
        {
            if (existing.Exists && existing.IsReadOnly) existing.IsReadOnly = false;
            ReportWriter.WriteFile(result, Format, target, _options, overwrite: !NoClobber);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WriteError(new ErrorRecord(ex, "ExportAnalysisReport.WriteFailed", ErrorCategory.WriteError, target));
            return;
        }

        if (PassThru) WriteObject(new FileInfo(target));
        if (Open) OpenWithDefaultApplication(target);
    }

    #endregion

    #region Private

    private ErrorRecord UnsupportedInput()
    {
        string typeName = InputObject.TypeNames.Count > 0 ? InputObject.TypeNames[0] : InputObject.BaseObject?.GetType().FullName ?? "null";
        string message = $"Export-AnalysisReport writes a RocketChatAnalyzer.DumpAnalysis (from Invoke-RocketChatDumpAnalysis) or a RocketChatAnalyzer.LogAnalysis (from Invoke-LogAnalysisParallel), not {typeName}.";
        if (typeName.StartsWith("Deserialized.", StringComparison.Ordinal))
            message += " A deserialized result (Import-Clixml, a remote session or a job) is only a property bag: export it where the analysis ran.";
        return new ErrorRecord(new ArgumentException(message), "ExportAnalysisReport.UnsupportedInput", ErrorCategory.InvalidArgument, InputObject);
    }

    /// <summary>Starts the platform's handler for the file and does not wait for it.</summary>
    private void OpenWithDefaultApplication(string file)
    {
        try
        {
            ProcessStartInfo psi;
            if (OperatingSystem.IsWindows()) psi = new ProcessStartInfo(file) { UseShellExecute = true };
            else
            {
                psi = new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open") { UseShellExecute = false };
                psi.ArgumentList.Add(file);
            }
            using Process? _ = Process.Start(psi);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            WriteError(new ErrorRecord(ex, "ExportAnalysisReport.OpenFailed", ErrorCategory.NotInstalled, file));
        }
    }

    #endregion
}
