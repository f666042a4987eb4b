using System.Diagnostics;
using System.Management.Automation;

namespace RocketChatAnalyzer.Commands.Internal;

/// <summary>
/// Runs engine work on a worker thread while the pipeline thread writes throttled progress.
/// Only the pipeline thread (the caller) ever calls Write*; the engine never touches PowerShell.
/// </summary>
internal static class Drain
{
    public static T Run<T>(PSCmdlet cmdlet, Func<CancellationToken, T> work, AnalysisProgress progress, string activity, int activityId, CancellationToken token, Func<string>? status = null)
    {
        int pipelineThread = Environment.CurrentManagedThreadId;
        var task = Task.Run(() => work(token), token);
        var sw = Stopwatch.StartNew();
        long lastWrite = -1000;
        var record = new ProgressRecord(activityId, activity, "Starting");
        while (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(100))
        {
            Debug.Assert(Environment.CurrentManagedThreadId == pipelineThread, "Progress must be written on the pipeline thread.");
            if (sw.ElapsedMilliseconds - lastWrite < 250) continue;
            lastWrite = sw.ElapsedMilliseconds;
            long total = progress.BytesTotal, done = progress.BytesDone;
            record.StatusDescription = status is not null ? status()
                : total > 0 ? $"{Mb(done)} of {Mb(total)} MB"
                : $"{Mb(done)} MB";
            record.PercentComplete = total > 0 ? (int)Math.Clamp(done * 100 / total, 0, 100) : -1;
            string? current = progress.CurrentFile;
            if (current is not null) record.CurrentOperation = current;
            if (sw.ElapsedMilliseconds >= 500) cmdlet.WriteProgress(record);
        }
        if (lastWrite >= 500 || sw.ElapsedMilliseconds >= 500)
        {
            record.RecordType = ProgressRecordType.Completed;
            cmdlet.WriteProgress(record);
        }
        try
        {
            return task.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>Writes engine diagnostics: errors as non-terminating errors, warnings as warnings (first 10, then a summary).</summary>
    public static void WriteDiagnostics(PSCmdlet cmdlet, IReadOnlyList<Diagnostic> diagnostics, long total, string errorPrefix)
    {
        int shown = 0;
        foreach (var d in diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Error)
            {
                cmdlet.WriteError(new ErrorRecord(new InvalidDataException(d.ToString()), errorPrefix + "." + d.Code, ErrorCategory.ReadError, d.Source));
            }
            else if (shown < 10)
            {
                cmdlet.WriteWarning(d.ToString());
                shown++;
            }
        }
        long rest = total - shown - CountErrors(diagnostics);
        if (rest > 0) cmdlet.WriteWarning($"{rest} more input problems; see the Diagnostics property of the result.");
    }

    private static int CountErrors(IReadOnlyList<Diagnostic> d)
    {
        int n = 0;
        foreach (var x in d) if (x.Severity == DiagnosticSeverity.Error) n++;
        return n;
    }
}
