using RocketChatAnalyzer.Cache;
using Xunit;

namespace RocketChatAnalyzer.Tests.Cache;

public sealed class PerformanceMeterTests
{
    [Fact]
    public void AMeasuredRun_ReportsTimeCpuMemoryAndThroughput()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        var meter = PerformanceMeter.Start();
        var cpuAtStart = self.TotalProcessorTime;
        // Hold ~64 MB and burn 150 ms of CPU (measured, not wall time: the machine is shared).
        var hold = new byte[64 * 1024 * 1024];
        for (int i = 0; i < hold.Length; i += 4096) hold[i] = 1;
        long spin = 0;
        while (true)
        {
            for (int i = 0; i < 100_000; i++) spin++;
            self.Refresh();
            if (self.TotalProcessorTime - cpuAtStart >= TimeSpan.FromMilliseconds(150)) break;
        }

        var m = meter.Stop(spin, bytesProcessed: 300_000_000, "test");
        GC.KeepAlive(hold);

        Assert.True(m.Duration > TimeSpan.Zero);
        Assert.Equal(m.StartTime + m.Duration, m.EndTime);
        Assert.True(m.ProcessorTime >= TimeSpan.FromMilliseconds(150), m.ProcessorTime.ToString());
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

public sealed class AnalysisCacheHealthSourceTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void AnExistingCache_ReportsWritableHitRateAndProcessingTime()
    {
        string db = _dir.File("health.db");
        var cache = AnalysisCache.Open(db);
        cache.RecordLookup(CacheOutcome.Hit, "a.log", TimeSpan.FromMilliseconds(3), 0);
        cache.RecordLookup(CacheOutcome.Hit, "a.log", TimeSpan.FromMilliseconds(3), 0);
        cache.RecordLookup(CacheOutcome.Hit, "a.log", TimeSpan.FromMilliseconds(3), 0);
        cache.RecordLookup(CacheOutcome.Miss, "b.log", TimeSpan.FromMilliseconds(400), 1000);

        var health = new AnalysisCacheHealthSource().Probe(db);

        Assert.True(health.Writable);
        Assert.Equal(db, health.Path);
        Assert.Equal(0.75, health.HitRate);
        Assert.Equal(TimeSpan.FromMilliseconds(400), health.AverageProcessingTime);
        Assert.Contains("3 hits, 1 misses", health.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingCache_IsNotCreated_AndHasNoFigures()
    {
        string db = _dir.File("none.db");

        var health = new AnalysisCacheHealthSource().Probe(db);

        Assert.True(health.Writable);
        Assert.Null(health.HitRate);
        Assert.Null(health.AverageProcessingTime);
        Assert.False(File.Exists(db));
        Assert.Contains("not created yet", health.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ACorruptCacheFile_IsRecreated_AndTheDetailSaysSo()
    {
        string db = _dir.File("garbage.db");
        File.WriteAllText(db, new string('#', 4096));

        var health = new AnalysisCacheHealthSource().Probe(db);

        Assert.True(health.Writable, health.Detail);
        Assert.Contains("moved to", health.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ACacheLocationThatCannotBeCreated_IsNotWritable()
    {
        File.WriteAllText(_dir.File("a-file"), "in the way");

        var health = new AnalysisCacheHealthSource().Probe(Path.Combine(_dir.File("a-file"), "sub", "cache.db"));

        Assert.False(health.Writable);
        Assert.Null(health.HitRate);
    }
}
