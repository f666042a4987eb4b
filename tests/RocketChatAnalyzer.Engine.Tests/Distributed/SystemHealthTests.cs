using RocketChatAnalyzer.Distributed;
using RocketChatAnalyzer.Tests.Logs;
using Xunit;

namespace RocketChatAnalyzer.Tests.Distributed;

[Collection(RedisCollection.Name)]
public sealed class SystemHealthTests
{
    private readonly SharedRedis _redis;

    public SystemHealthTests(SharedRedis redis) => _redis = redis;

    [Fact]
    public void WithoutAQueue_ItChecksProcessCacheAndDiskOnly()
    {
        string dir = Directory.CreateTempSubdirectory("rca-health-").FullName;
        try
        {
            var health = SystemHealthProbe.Check(null, Path.Combine(dir, "cache.db"));
            Assert.Equal(new[] { "Process memory", "Cache writable", "Disk space" }, health.Checks.Select(c => c.Name));
            Assert.Equal(HealthStatus.Healthy, health.Checks[1].Status);
            Assert.True(health.MemoryUsageMB > 0);
            Assert.Null(health.ActiveWorkers);
            Assert.Null(health.Endpoint);
            Assert.Empty(Directory.GetFiles(dir)); // the write probe cleans up after itself
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ACacheFolderThatCannotBeWritten_IsDegradedWithTheReason()
    {
        // A path under a regular file can never be created, whoever runs the test (root included).
        string file = Path.GetTempFileName();
        try
        {
            var health = SystemHealthProbe.Check(null, Path.Combine(file, "sub", "cache.db"));
            var check = health.Checks.Single(c => c.Name == "Cache writable");
            Assert.Equal(HealthStatus.Degraded, check.Status);
            Assert.Contains(file, check.Detail, StringComparison.Ordinal);
            Assert.True(health.Status >= HealthStatus.Degraded);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AnUnreachableQueue_IsUnhealthyNamingTheEndpoint()
    {
        int port = RedisServer.FreePort();
        var health = SystemHealthProbe.Check("127.0.0.1:" + port, Path.Combine(Path.GetTempPath(), "rca-health-none", "cache.db"));
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        var redis = health.Checks.Single(c => c.Name == "Redis reachable");
        Assert.Equal(HealthStatus.Unhealthy, redis.Status);
        Assert.Contains("127.0.0.1:" + port, redis.Detail, StringComparison.Ordinal);
    }

    [RedisFact]
    public void WithAQueue_ItCountsWorkersWaitingJobsDeadLettersAndProcessingTime()
    {
        using var h = new QueueHarness(_redis.Server);
        string cache = Path.Combine(h.Dir, "cache.db");
        var gen = new CorpusGenerator(31);
        var paths = new[] { h.Write("a.log", gen.Stdout(400, 0)) };
        var options = new LogAnalysisOptions { ChunkSize = 8192 };

        // Jobs waiting and no worker: Unhealthy, with the count.
        var progress = new DistributedProgress();
        var submit = Task.Run(() => h.Submitter(QueueHarness.Submit() with { NoWorkerTimeout = Timeout.InfiniteTimeSpan })
            .AnalyzeLogs(paths, AnalysisRules.Default, options, progress, TimeSpan.FromSeconds(60), CancellationToken.None));
        while (progress.ChunksTotal == 0 || progress.ChunksQueued < progress.ChunksTotal) Thread.Sleep(20);
        var waiting = Check(h, cache);
        Assert.Equal(progress.ChunksTotal, waiting.QueueLength);
        Assert.Equal(0, waiting.ActiveWorkers);
        Assert.Equal(HealthStatus.Unhealthy, waiting.Checks.Single(c => c.Name == "Workers alive").Status);

        h.StartWorkers(2);
        Assert.True(submit.Wait(TimeSpan.FromSeconds(30)));
        var busy = Check(h, cache);
        Assert.Equal(2, busy.ActiveWorkers);
        Assert.Equal(0, busy.QueueLength);
        Assert.Equal(0, busy.PendingJobs);
        Assert.Equal(0, busy.DeadLetters);
        Assert.NotNull(busy.AverageProcessingTime);
        Assert.Equal(HealthStatus.Healthy, busy.Status);
        Assert.Equal(h.Server.Endpoint, busy.Endpoint);
        Assert.DoesNotContain(busy.Checks, c => c.Detail.Contains("password", StringComparison.OrdinalIgnoreCase));

        h.Queue.Database.StreamAdd(h.Prefix + "dead", "error", "test entry");
        Assert.Equal(HealthStatus.Degraded, Check(h, cache).Checks.Single(c => c.Name == "Dead letters").Status);
    }

    private static SystemHealth Check(QueueHarness h, string cache)
    {
        // This test's queue has its own key prefix.
        return SystemHealthProbe.Check(h.Server.Connection, cache, null, h.Prefix, CancellationToken.None);
    }
}
