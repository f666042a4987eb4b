using RocketChatAnalyzer.Cache;
using Xunit;

namespace RocketChatAnalyzer.Tests.Cache;

public sealed class PerformanceMeterTests
{
    [Fact]
    public void AMeasuredRun_ReportsTimeCpuMemoryAndThroughput()
    {
        var meter = PerformanceMeter.Start();
        // Busy for a while and hold ~64 MB, so CPU time and the peak are visibly above zero.
        var hold = new byte[64 * 1024 * 1024];
        for (int i = 0; i < hold.Length; i += 4096) hold[i] = 1;
        var until = DateTime.UtcNow.AddMilliseconds(150);
        long spin = 0;
        while (DateTime.UtcNow < until) spin++;

        var m = meter.Stop(spin, bytesProcessed: 300_000_000, "test");
        GC.KeepAlive(hold);

        Assert.True(m.Duration >= TimeSpan.FromMilliseconds(150));
        Assert.Equal(m.StartTime + m.Duration, m.EndTime);
        Assert.True(m.ProcessorTime >= TimeSpan.FromMilliseconds(100), m.ProcessorTime.ToString());
        Assert.True(m.PeakWorkingSet >= m.MemoryAfter);
        Assert.True(m.PeakWorkingSet >= 64L * 1024 * 1024);
        Assert.Equal(300_000_000 / 1e6 / m.Duration.TotalSeconds, m.ThroughputMBps, 6);
        Assert.Equal(spin, m.Result);
        Assert.Equal("test", m.Source);
    }

    [Fact]
    public void WithoutBytes_ThroughputIsZero()
    {
        var m = PerformanceMeter.Start().Stop(null, 0, "ScriptBlock");

        Assert.Equal(0, m.ThroughputMBps);
        Assert.Null(m.Result);
    }

    [Fact]
    public void ExportedMeasurements_AreReadBackAsTheAverageProcessingTime()
    {
        using var dir = new TempDirectory();
        using var cache = AnalysisCache.OpenPrivate(dir.File("cache.db"));
        var m1 = new PerformanceMeasurement { Source = "a", Duration = TimeSpan.FromMilliseconds(100), BytesProcessed = 10 };
        var m2 = new PerformanceMeasurement { Source = "b", Duration = TimeSpan.FromMilliseconds(300), BytesProcessed = 10 };

        Assert.True(cache.RecordMeasurement(m1, "a"));
        Assert.True(cache.RecordMeasurement(m2, "b"));
        var stats = cache.GetStatistics();

        Assert.Equal(2, stats.Measurements);
        Assert.Equal(TimeSpan.FromMilliseconds(200), stats.AverageProcessingTime);
        Assert.Null(stats.HitRate);
    }
}
