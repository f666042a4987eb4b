using System.Diagnostics;

namespace RocketChatAnalyzer;

/// <summary>
/// Figures of one measured run (<c>Measure-AnalysisPerformance</c>). Memory figures are the
/// process working set in bytes; throughput is decimal megabytes (10^6 bytes) per second.
/// </summary>
public sealed record PerformanceMeasurement
{
    /// <summary>What was measured: a path, or <c>ScriptBlock</c>.</summary>
    public string Source { get; init; } = "";

    public DateTime StartTime { get; init; }

    public DateTime EndTime { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>Working set before the run.</summary>
    public long MemoryBefore { get; init; }

    /// <summary>Working set after the run.</summary>
    public long MemoryAfter { get; init; }

    /// <summary>
    /// Peak working set. On Linux the peak is reset when the measurement starts, so this is the
    /// peak of the run; elsewhere it is the peak of the process so far.
    /// </summary>
    public long PeakWorkingSet { get; init; }

    /// <summary>CPU time (user + kernel, all threads) the process used during the run.</summary>
    public TimeSpan ProcessorTime { get; init; }

    /// <summary>Input bytes the run processed (0 when unknown).</summary>
    public long BytesProcessed { get; init; }

    /// <summary><see cref="BytesProcessed"/> / 10^6 / seconds; 0 when either is 0.</summary>
    public double ThroughputMBps { get; init; }

    /// <summary>What the run returned (one object, an array for several, null for none).</summary>
    public object? Result { get; init; }
}

/// <summary>
/// Takes the "before" figures when started and builds a <see cref="PerformanceMeasurement"/>
/// when stopped. Use one meter per run, on one thread; the process figures cover all threads.
/// </summary>
public sealed class PerformanceMeter
{
    private readonly Stopwatch _clock;
    private readonly DateTime _start;
    private readonly long _memoryBefore;
    private readonly TimeSpan _cpuBefore;
    private readonly bool _peakReset;

    private PerformanceMeter()
    {
        _peakReset = TryResetPeak();
        using var p = Process.GetCurrentProcess();
        _memoryBefore = p.WorkingSet64;
        _cpuBefore = p.TotalProcessorTime;
        _start = DateTime.UtcNow;
        _clock = Stopwatch.StartNew();
    }

    /// <summary>True when the peak working set was reset at the start (Linux), so the peak belongs to this run.</summary>
    public bool PeakIsPerRun => _peakReset;

    public static PerformanceMeter Start() => new();

    /// <summary>The measurement of the run so far.</summary>
    public PerformanceMeasurement Stop(object? result, long bytesProcessed, string source)
    {
        _clock.Stop();
        using var p = Process.GetCurrentProcess();
        p.Refresh();
        var duration = _clock.Elapsed;
        double seconds = duration.TotalSeconds;
        return new PerformanceMeasurement
        {
            Source = source,
            StartTime = _start,
            EndTime = _start + duration,
            Duration = duration,
            MemoryBefore = _memoryBefore,
            MemoryAfter = p.WorkingSet64,
            PeakWorkingSet = Math.Max(p.PeakWorkingSet64, p.WorkingSet64),
            ProcessorTime = p.TotalProcessorTime - _cpuBefore,
            BytesProcessed = bytesProcessed,
            ThroughputMBps = bytesProcessed > 0 && seconds > 0 ? bytesProcessed / 1e6 / seconds : 0,
            Result = result,
        };
    }

    // Linux keeps the peak RSS (VmHWM) for the process lifetime; writing 5 to clear_refs resets it
    // (proc(5)). Harmless for the process; ignored where not permitted.
    private static bool TryResetPeak()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
