using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace RocketChatAnalyzer.Cache;

/// <summary>One step of a cached analysis and when it ran, relative to the start of the call.</summary>
/// <param name="Name">What ran (e.g. <c>prefix proof</c>, <c>tail analysis</c>, <c>store</c>).</param>
/// <param name="Start">When it started.</param>
/// <param name="End">When it ended. Steps on different threads overlap.</param>
public readonly record struct CacheStep(string Name, TimeSpan Start, TimeSpan End)
{
    public TimeSpan Duration => End - Start;

    /// <summary>One line: <c>name start–end ms</c>, comma separated (what <c>-Verbose</c> shows).</summary>
    public static string Describe(IReadOnlyList<CacheStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var sb = new StringBuilder();
        foreach (var s in steps)
        {
            if (sb.Length > 0) sb.Append(", ");
            sb.Append(s.Name).Append(' ')
              .Append(s.Start.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)).Append('–')
              .Append(s.End.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)).Append(" ms");
        }
        return sb.ToString();
    }
}

/// <summary>
/// Records the wall-clock spans of the steps of one cached analysis, so <c>-Verbose</c> can say
/// where the time of a miss or an incremental run went (hashing, analysis, loading the stored
/// state, serializing, storing).
/// </summary>
/// <remarks>Thread-safe: steps on worker threads record themselves as they end.</remarks>
internal sealed class CacheStepClock
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<CacheStep> _steps = new();

    /// <summary>Time since the call started.</summary>
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>Records a step that started at <paramref name="start"/> and ends now.</summary>
    public void Done(string name, TimeSpan start) => _steps.Enqueue(new CacheStep(name, start, _clock.Elapsed));

    /// <summary>Runs <paramref name="work"/> and records it as a step.</summary>
    public T Time<T>(string name, Func<T> work)
    {
        var start = _clock.Elapsed;
        try
        {
            return work();
        }
        finally
        {
            Done(name, start);
        }
    }

    /// <summary>The steps recorded so far, in order of start.</summary>
    public IReadOnlyList<CacheStep> Steps()
    {
        var list = new List<CacheStep>(_steps);
        list.Sort((a, b) => a.Start.CompareTo(b.Start));
        return list;
    }
}
