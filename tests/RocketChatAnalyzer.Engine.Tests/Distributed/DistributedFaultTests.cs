using System.Collections.Concurrent;
using System.Diagnostics;
using RocketChatAnalyzer.Distributed;
using RocketChatAnalyzer.Tests.Logs;
using StackExchange.Redis;
using Xunit;

namespace RocketChatAnalyzer.Tests.Distributed;

/// <summary>Dead and stuck workers, failing jobs, and a Redis that disappears: the job finishes or the submitter gets a clear error, never a hang.</summary>
[Collection(RedisCollection.Name)]
public sealed class DistributedFaultTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);
    private readonly SharedRedis _redis;

    public DistributedFaultTests(SharedRedis redis) => _redis = redis;

    private static (List<string> Paths, LogAnalysis Local, LogAnalysisOptions Options) Logs(QueueHarness h, int seed, int entries)
    {
        var gen = new CorpusGenerator(seed);
        var paths = new List<string> { h.Write("server.log", gen.Stdout(entries, 1)) };
        var local = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions()).AnalyzeFiles(paths);
        return (paths, local, new LogAnalysisOptions { ChunkSize = 8192 });
    }

    private static DistributedOptions Waiting(bool shared = false) => QueueHarness.Submit(shared) with { NoWorkerTimeout = Timeout.InfiniteTimeSpan };

    private static void WaitFor(Func<bool> condition, TimeSpan limit, string what)
    {
        var sw = Stopwatch.StartNew();
        while (!condition())
        {
            if (sw.Elapsed > limit) throw new TimeoutException("Timed out waiting for " + what + ".");
            Thread.Sleep(20);
        }
    }

    [RedisFact]
    public void KillingAWorkerProcessWithSigkillMidChunk_TheJobStillCompletesWithTheSameResult()
    {
        using var h = new QueueHarness(_redis.Server);
        var (paths, local, options) = Logs(h, 5, 600);
        var lines = new BlockingCollection<string>();
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "RocketChatAnalyzer.WorkerHost.dll"), "--connection", h.Server.Connection, "--prefix", h.Prefix,
            "--name", "victim", "--visibility-ms", "1000", "--heartbeat-ms", "200", "--hang-on-start" })
            psi.ArgumentList.Add(arg);
        using var victim = Process.Start(psi)!;
        victim.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Add(e.Data); };
        victim.ErrorDataReceived += (_, e) => { if (e.Data is not null) lines.Add("stderr: " + e.Data); };
        victim.BeginOutputReadLine();
        victim.BeginErrorReadLine();
        try
        {
            var progress = new DistributedProgress();
            var submit = Task.Run(() => h.Submitter(Waiting()).AnalyzeLogs(paths, AnalysisRules.Default, options, progress, Generous, CancellationToken.None));

            // The victim took a chunk and is in the middle of it (its heartbeat still runs).
            var seen = new List<string>();
            while (true)
            {
                Assert.True(lines.TryTake(out string? line, TimeSpan.FromSeconds(30)), "the worker process did not start a job: " + string.Join(" | ", seen));
                seen.Add(line!);
                if (line!.StartsWith("JobStarted:", StringComparison.Ordinal)) break;
            }
            var pending = h.Queue.Database.StreamPending(h.Prefix + "jobs", QueueKeys.Group);
            Assert.Contains(pending.Consumers, c => c.Name == "victim" && c.PendingMessageCount == 1);

            victim.Kill(); // SIGKILL: no cleanup, no acknowledgement, no release
            Assert.True(victim.WaitForExit(10_000));

            h.StartWorker("rescuer");
            var result = submit.Wait(Generous) ? submit.Result : throw new TimeoutException("the submission did not finish after the victim was killed");

            Assert.Equal(QueueHarness.Json(local), QueueHarness.Json(result));
            Assert.True(progress.ChunksTotal > 1);
            var summary = Assert.Single(h.StopWorkers());
            Assert.Equal(progress.ChunksTotal, summary.JobsCompleted);
            Assert.Equal(1, summary.JobsReclaimed);
            Assert.Contains(h.Events, e => e.Kind == WorkerEventKind.JobReclaimed && e.Message.Contains("delivery 2", StringComparison.Ordinal));
        }
        finally
        {
            if (!victim.HasExited) victim.Kill();
        }
    }

    [RedisFact]
    public void ADumpThatFailsOnEveryDelivery_GoesToTheDeadLetterStreamAndTheSubmitterGetsTheError_WhileOtherDumpsSucceed()
    {
        using var h = new QueueHarness(_redis.Server);
        string good = FakeDumpAnalyzer.WriteDump(h, "good", 1, 40, zip: false);
        string bad = FakeDumpAnalyzer.WriteDump(h, "bad", 2, 40, zip: false);
        int attempts = 0;
        DumpAnalysis Handler(DumpJobRequest r, CancellationToken ct)
        {
            if (r.OriginalPath == bad)
            {
                Interlocked.Increment(ref attempts);
                throw new InvalidDataException("settings.json is not valid JSON (line 3, position 14)");
            }
            return FakeDumpAnalyzer.Analyze(r, ct);
        }
        h.StartWorkers(2, Handler);

        var sw = Stopwatch.StartNew();
        var results = h.Submitter().AnalyzeDumps(new[] { good, bad }, AnalysisRules.Default, null, null, Generous, CancellationToken.None);
        sw.Stop();

        Assert.Null(results[0].Error);
        Assert.NotNull(results[0].Analysis);
        var error = results[1].Error!;
        Assert.Equal(DistributedErrorCode.JobFailed, error.Code);
        Assert.Contains("settings.json is not valid JSON (line 3, position 14)", error.Message, StringComparison.Ordinal);
        Assert.Contains("dead-letter", error.Message, StringComparison.Ordinal);
        Assert.Contains(bad, error.Message, StringComparison.Ordinal);
        Assert.Equal(3, attempts);
        var dead = h.Queue.Database.StreamRange(h.Prefix + "dead");
        var entry = Assert.Single(dead);
        Assert.Equal(bad, (string?)entry["path"]);
        Assert.Equal(3, (int)entry["deliveries"]);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), $"took {sw.Elapsed}");
    }

    [RedisFact]
    public void ALogChunkWhoseBytesExpired_IsDeadLetteredAtOnceAndTheSubmitterSaysWhy()
    {
        using var h = new QueueHarness(_redis.Server);
        var (paths, _, options) = Logs(h, 6, 200);
        var progress = new DistributedProgress();
        var submit = Task.Run(() => h.Submitter(Waiting()).AnalyzeLogs(paths, AnalysisRules.Default, options, progress, Generous, CancellationToken.None));
        WaitFor(() => progress.ChunksTotal > 0 && progress.ChunksQueued == progress.ChunksTotal, TimeSpan.FromSeconds(20), "the chunks to be queued");
        var server = h.Queue.Database.Multiplexer.GetServer(h.Server.Endpoint);
        var dataKeys = server.Keys(pattern: h.Prefix + "batch:*:data:*").ToArray();
        Assert.Equal(progress.ChunksTotal, dataKeys.Length);
        h.Queue.Database.KeyDelete(dataKeys);

        h.StartWorker("w");
        var ex = Assert.Throws<AggregateException>(() => submit.Wait(Generous)).InnerException as DistributedAnalysisException;

        Assert.NotNull(ex);
        Assert.Equal(DistributedErrorCode.JobFailed, ex!.Code);
        Assert.Contains("gone from Redis", ex.Message, StringComparison.Ordinal);
        Assert.Contains("server.log", ex.Message, StringComparison.Ordinal);
    }

    [RedisFact]
    public void AnUnreachableRedis_IsAClearErrorWithinFiveSecondsNamingTheEndpoint()
    {
        int port = RedisServer.FreePort();
        var sw = Stopwatch.StartNew();
        var ex = Assert.Throws<DistributedAnalysisException>(() =>
            DistributedAnalyzer.AnalyzeLogs("127.0.0.1:" + port, new[] { "x.log" }, AnalysisRules.Default, new LogAnalysisOptions(), null, null, Generous, CancellationToken.None));
        sw.Stop();

        Assert.Equal(DistributedErrorCode.RedisUnreachable, ex.Code);
        Assert.Contains("127.0.0.1:" + port, ex.Message, StringComparison.Ordinal);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"took {sw.Elapsed.TotalSeconds:0.0} s");
    }

    [RedisFact]
    public void ARedisEndpointThatAcceptsButNeverAnswers_IsAClearErrorWithinFiveSeconds()
    {
        // The kernel completes the TCP handshake from the backlog; nothing ever answers: a hung server.
        var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            string endpoint = silent.LocalEndpoint.ToString()!;
            var sw = Stopwatch.StartNew();
            var ex = Assert.Throws<DistributedAnalysisException>(() => QueueConnection.Connect(endpoint));
            sw.Stop();
            Assert.Equal(DistributedErrorCode.RedisUnreachable, ex.Code);
            Assert.Contains(endpoint, ex.Message, StringComparison.Ordinal);
            Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"took {sw.Elapsed.TotalSeconds:0.0} s");
        }
        finally
        {
            silent.Stop();
        }
    }

    [RedisFact]
    public void AWrongPassword_IsAClearErrorThatNamesTheEndpointButNotThePassword()
    {
        using var server = new RedisServer("correct-horse-battery");
        var sw = Stopwatch.StartNew();
        var ex = Assert.Throws<DistributedAnalysisException>(() => QueueConnection.Connect(server.Endpoint + ",password=hunter2-guess"));
        sw.Stop();

        Assert.Equal(DistributedErrorCode.AuthenticationFailed, ex.Code);
        Assert.Contains(server.Endpoint, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", ex.Message, StringComparison.Ordinal);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"took {sw.Elapsed.TotalSeconds:0.0} s");

        using var ok = QueueConnection.Connect(server.Connection);
        Assert.True(ok.Ping() < TimeSpan.FromSeconds(1));
    }

    [RedisFact]
    public void RedisDyingMidJob_GivesTheSubmitterAndTheWorkerAClearErrorInsteadOfAHang()
    {
        using var server = new RedisServer();
        // Shorter command timeouts than the 5 s default keep the test quick; the behaviour is the same.
        using var h = new QueueHarness(server, ",syncTimeout=1500,asyncTimeout=1500");
        var (paths, _, options) = Logs(h, 7, 300);
        var progress = new DistributedProgress();
        var worker = new AnalysisWorker(h.Queue, QueueHarness.FastOptions("orphan") with { ReconnectTimeout = TimeSpan.FromSeconds(2) }, null, null);
        var submit = Task.Run(() => h.Submitter(Waiting()).AnalyzeLogs(paths, AnalysisRules.Default, options, progress, Generous, CancellationToken.None));
        WaitFor(() => progress.ChunksTotal > 0 && progress.ChunksQueued == progress.ChunksTotal, TimeSpan.FromSeconds(20), "the chunks to be queued");

        server.Kill();
        var sw = Stopwatch.StartNew();
        var run = worker.RunAsync(CancellationToken.None);
        var submitError = Assert.Throws<AggregateException>(() => submit.Wait(TimeSpan.FromSeconds(20))).InnerException as DistributedAnalysisException;
        var submitterTime = sw.Elapsed;
        var workerError = Assert.Throws<AggregateException>(() => run.Wait(TimeSpan.FromSeconds(20))).InnerException as DistributedAnalysisException;
        sw.Stop();

        Assert.True(submitError is not null, "submitter: " + submit.Exception);
        Assert.True(workerError is not null, "worker: " + run.Exception);
        Assert.Equal(DistributedErrorCode.ConnectionLost, submitError!.Code);
        Assert.Contains(server.Endpoint, submitError.Message, StringComparison.Ordinal);
        Assert.NotNull(workerError);
        Assert.Equal(DistributedErrorCode.ConnectionLost, workerError!.Code);
        Assert.Contains(server.Endpoint, workerError.Message, StringComparison.Ordinal);
        // One command timeout for the submitter; the worker retries for ReconnectTimeout (2 s) on top.
        Assert.True(submitterTime < TimeSpan.FromSeconds(4), $"the submitter took {submitterTime.TotalSeconds:0.0} s");
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(8), $"the worker took {sw.Elapsed.TotalSeconds:0.0} s");
        worker.Dispose();
    }

    [RedisFact]
    public void TheJobStreamDeletedMidJob_TellsTheSubmitterItsJobsAreLost_AndWorkersRecreateTheStream()
    {
        using var h = new QueueHarness(_redis.Server);
        var (paths, local, options) = Logs(h, 8, 300);
        var progress = new DistributedProgress();
        var submit = Task.Run(() => h.Submitter(Waiting()).AnalyzeLogs(paths, AnalysisRules.Default, options, progress, Generous, CancellationToken.None));
        WaitFor(() => progress.ChunksTotal > 0 && progress.ChunksQueued == progress.ChunksTotal, TimeSpan.FromSeconds(20), "the chunks to be queued");

        h.Queue.Database.KeyDelete(h.Prefix + "jobs");
        var sw = Stopwatch.StartNew();
        var ex = Assert.Throws<AggregateException>(() => submit.Wait(TimeSpan.FromSeconds(20))).InnerException as DistributedAnalysisException;
        Assert.NotNull(ex);
        Assert.Equal(DistributedErrorCode.JobLost, ex!.Code);
        Assert.Contains("deleted or trimmed", ex.Message, StringComparison.Ordinal);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"took {sw.Elapsed.TotalSeconds:0.0} s");

        // A running worker whose stream disappears recreates it and goes on serving.
        h.StartWorker("survivor");
        Thread.Sleep(300);
        h.Queue.Database.KeyDelete(h.Prefix + "jobs");
        WaitFor(() => h.Events.Any(e => e.Kind == WorkerEventKind.Warning && e.Message.Contains("recreating", StringComparison.Ordinal)), TimeSpan.FromSeconds(10), "the worker to notice");
        var again = h.Submitter().AnalyzeLogs(paths, AnalysisRules.Default, options, null, Generous, CancellationToken.None);
        Assert.Equal(QueueHarness.Json(local), QueueHarness.Json(again));
    }

    [RedisFact]
    public void WithoutAnyWorker_TheSubmitterStopsAfterTheGracePeriodAndSaysToStartOne()
    {
        using var h = new QueueHarness(_redis.Server);
        var (paths, _, options) = Logs(h, 9, 100);
        var sw = Stopwatch.StartNew();
        var ex = Assert.Throws<DistributedAnalysisException>(() => h.Submitter(QueueHarness.Submit() with { NoWorkerTimeout = TimeSpan.FromSeconds(1) })
            .AnalyzeLogs(paths, AnalysisRules.Default, options, null, Generous, CancellationToken.None));
        Assert.Equal(DistributedErrorCode.NoWorkers, ex.Code);
        Assert.Contains("Start-AnalysisWorker", ex.Message, StringComparison.Ordinal);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"took {sw.Elapsed.TotalSeconds:0.0} s");
        AssertNoBatchLeft(h);
    }

    [RedisFact]
    public void ASubmissionPastItsTimeout_FailsWithTheCountsAndLeavesNothingQueued()
    {
        using var h = new QueueHarness(_redis.Server);
        var (paths, _, options) = Logs(h, 10, 200);
        var ex = Assert.Throws<DistributedAnalysisException>(() => h.Submitter(Waiting())
            .AnalyzeLogs(paths, AnalysisRules.Default, options, null, TimeSpan.FromSeconds(1), CancellationToken.None));
        Assert.Equal(DistributedErrorCode.Timeout, ex.Code);
        Assert.Contains("0 of ", ex.Message, StringComparison.Ordinal);
        AssertNoBatchLeft(h);
    }

    [RedisFact]
    public void CancellingASubmission_WithdrawsItsJobsSoNoWorkerAnalysesThem()
    {
        using var h = new QueueHarness(_redis.Server);
        var (paths, _, options) = Logs(h, 12, 200);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(700));
        Assert.ThrowsAny<OperationCanceledException>(() => h.Submitter(Waiting()).AnalyzeLogs(paths, AnalysisRules.Default, options, null, Generous, cts.Token));
        AssertNoBatchLeft(h);

        h.StartWorker("late");
        Thread.Sleep(500);
        var summary = Assert.Single(h.StopWorkers());
        Assert.Equal(0, summary.JobsCompleted);
    }

    [RedisFact]
    public void StoppingAWorkerMidJob_HandsTheJobBackAndAnotherWorkerFinishesIt()
    {
        using var h = new QueueHarness(_redis.Server);
        var (paths, local, options) = Logs(h, 13, 300);
        using var started = new ManualResetEventSlim();
        using var proceed = new ManualResetEventSlim();
        using var stop = new CancellationTokenSource();
        var worker = new AnalysisWorker(h.Queue, QueueHarness.FastOptions("stopping"), null, e =>
        {
            if (e.Kind != WorkerEventKind.JobStarted) return;
            started.Set();
            proceed.Wait();
        });
        var run = worker.RunAsync(stop.Token);
        var submit = Task.Run(() => h.Submitter().AnalyzeLogs(paths, AnalysisRules.Default, options, null, Generous, CancellationToken.None));
        Assert.True(started.Wait(TimeSpan.FromSeconds(20)));
        stop.Cancel();
        proceed.Set();
        var summary = run.Wait(TimeSpan.FromSeconds(15)) ? run.Result : throw new TimeoutException("the worker did not stop");
        Assert.Equal(1, summary.JobsReleased);
        Assert.Equal(WorkerStopReason.Cancelled, summary.StopReason);
        Assert.Null(h.Queue.Database.SortedSetScore(h.Prefix + "workers", "stopping"));

        h.StartWorker("next");
        var result = submit.Wait(Generous) ? submit.Result : throw new TimeoutException("the submission did not finish");
        Assert.Equal(QueueHarness.Json(local), QueueHarness.Json(result));
        worker.Dispose();
    }

    [RedisFact]
    public void AWorkerWithMaxJobsOrIdleTimeout_StopsByItself()
    {
        using var h = new QueueHarness(_redis.Server);
        var (paths, _, options) = Logs(h, 14, 400);
        var submit = Task.Run(() => h.Submitter(Waiting()).AnalyzeLogs(paths, AnalysisRules.Default, options, null, Generous, CancellationToken.None));
        using var one = new AnalysisWorker(h.Queue, QueueHarness.FastOptions("one") with { MaxJobs = 1 });
        var first = one.RunAsync();
        Assert.True(first.Wait(TimeSpan.FromSeconds(20)), "the MaxJobs worker did not stop");
        Assert.Equal(WorkerStopReason.MaxJobs, first.Result.StopReason);
        Assert.Equal(1, first.Result.JobsCompleted);
        h.StartWorker("rest");
        Assert.True(submit.Wait(Generous));
        h.StopWorkers();
        using var idle = new AnalysisWorker(h.Queue, QueueHarness.FastOptions("idle") with { IdleTimeout = TimeSpan.FromMilliseconds(500) });
        var sw = Stopwatch.StartNew();
        var s2 = idle.RunAsync().GetAwaiter().GetResult();
        Assert.Equal(WorkerStopReason.IdleTimeout, s2.StopReason);
        Assert.InRange(sw.Elapsed.TotalSeconds, 0.4, 5);
    }

    [RedisFact]
    public void StoringAChunkResultTwice_KeepsTheFirstAndAcknowledgesBoth()
    {
        using var h = new QueueHarness(_redis.Server);
        var db = h.Queue.Database;
        var k = h.Queue.Keys;
        db.HashSet(k.Meta("b1"), "kind", "log");
        db.KeyExpire(k.Meta("b1"), TimeSpan.FromMinutes(1));
        AnalysisWorker.EnsureGroupAsync(db, k).GetAwaiter().GetResult();
        var id1 = db.StreamAdd(k.Jobs, "chunk", 0);
        var id2 = db.StreamAdd(k.Jobs, "chunk", 0);
        db.StreamReadGroup(k.Jobs, QueueKeys.Group, "c", StreamPosition.NewMessages, 10);

        long Store(RedisValue id, string value) => (long)db.ScriptEvaluate(QueueScripts.StoreResult,
            new RedisKey[] { k.Meta("b1"), k.Results("b1"), k.Jobs, k.Durations },
            new RedisValue[] { "0", value, QueueKeys.Group, id, k.Done("b1").ToString(), 5 });

        Assert.Equal(1, Store(id1, "first"));
        Assert.Equal(0, Store(id2, "second"));
        Assert.Equal("first", (string?)db.HashGet(k.Results("b1"), "0"));
        Assert.Equal(0, db.StreamPending(k.Jobs, QueueKeys.Group).PendingMessageCount);
        Assert.Equal(0, db.StreamLength(k.Jobs));
        Assert.True(db.KeyTimeToLive(k.Results("b1")) > TimeSpan.Zero);

        db.KeyDelete(k.Meta("b1"));
        var id3 = db.StreamAdd(k.Jobs, "chunk", 1);
        db.StreamReadGroup(k.Jobs, QueueKeys.Group, "c", StreamPosition.NewMessages, 10);
        Assert.Equal(-1, Store(id3, "late"));
        Assert.Equal(0, db.StreamPending(k.Jobs, QueueKeys.Group).PendingMessageCount);
    }

    private static void AssertNoBatchLeft(QueueHarness h)
    {
        var server = h.Queue.Database.Multiplexer.GetServer(h.Server.Endpoint);
        var left = server.Keys(pattern: h.Prefix + "batch:*").Select(x => x.ToString()).ToList();
        Assert.Empty(left);
        Assert.Equal(0, h.Queue.Database.StreamLength(h.Prefix + "jobs"));
    }

    /// <summary>
    /// Takes jobs like a worker and stores their results, but never announces them on the batch's
    /// done channel (as when the announcement is lost with a reconnect).
    /// </summary>
    private static void SilentWorker(QueueHarness h, LogAnalysisOptions options, CancellationToken stop)
    {
        var db = h.Queue.Database;
        var keys = h.Queue.Keys;
        var analyzer = new LogAnalyzer(AnalysisRules.Default, options with { ThrottleLimit = 1 });
        AnalysisWorker.EnsureGroupAsync(db, keys).GetAwaiter().GetResult();
        while (!stop.IsCancellationRequested)
        {
            db.SortedSetAdd(keys.Workers, "silent", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            var entries = db.StreamReadGroup(keys.Jobs, QueueKeys.Group, "silent", StreamPosition.NewMessages, 1);
            if (entries.Length == 0) { Thread.Sleep(20); continue; }
            var job = JobEntry.TryParse(entries[0].Values, out string problem) ?? throw new InvalidDataException(problem);
            Assert.Equal(JobKind.Range, job.Kind);
            var result = analyzer.AnalyzeRange(job.Path, job.Start, job.End, job.Format, CancellationToken.None);
            db.HashSet(keys.Results(job.Batch), job.ChunkField, PartialResult.Pack(result));
            db.StreamAcknowledge(keys.Jobs, QueueKeys.Group, entries[0].Id);
            db.StreamDelete(keys.Jobs, new[] { entries[0].Id });
        }
    }

    [Fact]
    public async Task ResultsWhoseAnnouncementsAreLost_AreStillCollected_AtTheNextSweep()
    {
        using var h = new QueueHarness(_redis.Server);
        var (paths, local, options) = Logs(h, 8, 500);
        using var stop = new CancellationTokenSource();
        var silent = Task.Run(() => SilentWorker(h, options, stop.Token));
        try
        {
            var progress = new DistributedProgress();
            var clock = Stopwatch.StartNew();
            var result = h.Submitter(Waiting(shared: true)).AnalyzeLogs(paths, AnalysisRules.Default, options, progress, Generous, CancellationToken.None);
            Assert.True(progress.ChunksTotal > 3);
            Assert.Equal(QueueHarness.Json(local), QueueHarness.Json(result));
            // One sweep a second finds what was never announced: far below the generous timeout.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
        }
        finally
        {
            stop.Cancel();
            await silent;
        }
    }
}
