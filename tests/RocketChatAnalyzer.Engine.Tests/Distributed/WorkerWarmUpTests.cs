using RocketChatAnalyzer.Distributed;
using Xunit;

namespace RocketChatAnalyzer.Tests.Distributed;

/// <summary>A new worker runs the engine on a built-in sample before it says it is alive.</summary>
[Collection(RedisCollection.Name)]
public sealed class WorkerWarmUpTests
{
    private readonly SharedRedis _redis;

    public WorkerWarmUpTests(SharedRedis redis) => _redis = redis;

    [Fact]
    public void TheSamples_GoThroughThePathsRealLogsTake()
    {
        var (json, text) = WorkerWarmUp.Samples;
        var analyzer = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions());
        var a = analyzer.AnalyzeBytes(json, "(warm-up)", 0, LogFormat.Auto);
        var b = analyzer.AnalyzeBytes(text, "(warm-up)", 0, LogFormat.Auto);

        // pino JSON lines: every level, timestamps (ISO and epoch), patterns, templates.
        Assert.Equal("Json", a.Files[0].Format);
        Assert.Equal(a.Files[0].Lines, a.TotalEntries);
        Assert.Equal(0, a.EntriesWithoutTimestamp);
        foreach (var level in new[] { LogLevel.Debug, LogLevel.Info, LogLevel.Http, LogLevel.Warn, LogLevel.Error, LogLevel.Fatal })
            Assert.True(a.Count(level) > 0, level + " is missing from the JSON sample");
        Assert.True(a.CategoryCounts["Error"] > 0);
        Assert.InRange(a.TemplateKeys.Count, 10, 1000);

        // Text: Meteor and Moleculer heads, plain lines, stack traces joined to their entry.
        Assert.Equal("Stdout", b.Files[0].Format);
        Assert.True(b.TotalEntries < b.Files[0].Lines, "continuation lines should join their entries");
        Assert.True(b.EntriesWithoutTimestamp > 0 && b.EntriesWithoutTimestamp < b.TotalEntries);
        Assert.True(b.Count(LogLevel.Warn) > 0 && b.Count(LogLevel.Error) > 0);
    }

    [Fact]
    public void AWarmUp_RunsTheSampleForItsBudget_AndAtLeastTwice()
    {
        var analyzer = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int passes = WorkerWarmUp.Run(analyzer, TimeSpan.FromMilliseconds(300), CancellationToken.None);
        Assert.True(clock.ElapsedMilliseconds >= 300);
        Assert.True(passes >= 2);
        Assert.Equal(2, WorkerWarmUp.Run(analyzer, TimeSpan.Zero, CancellationToken.None));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Equal(0, WorkerWarmUp.Run(analyzer, TimeSpan.FromSeconds(5), cancelled.Token));
    }

    [Fact]
    public async Task WorkersWarmUpOncePerProcess_AndSayHowTheyStarted()
    {
        using var h = new QueueHarness(_redis.Server);
        var events = new List<WorkerEvent>();
        void Log(WorkerEvent e) { lock (events) events.Add(e); }
        using (var first = new AnalysisWorker(h.Queue, QueueHarness.FastOptions("first") with { IdleTimeout = TimeSpan.FromMilliseconds(100) }, null, Log))
            await first.RunAsync();
        using (var second = new AnalysisWorker(h.Queue, QueueHarness.FastOptions("second") with { IdleTimeout = TimeSpan.FromMilliseconds(100) }, null, Log))
            await second.RunAsync();
        using (var cold = new AnalysisWorker(h.Queue, QueueHarness.FastOptions("cold") with { WarmUp = TimeSpan.Zero, IdleTimeout = TimeSpan.FromMilliseconds(100) }, null, Log))
            await cold.RunAsync();

        var started = events.Where(e => e.Kind == WorkerEventKind.Started).Select(e => e.Message).ToList();
        Assert.Equal(3, started.Count);
        // The first one warmed up, unless another test of this process started a worker before.
        Assert.Matches("warmed up in [0-9]+ ms, [0-9]+ passes|warm already", started[0]);
        Assert.Contains("warm already", started[1], StringComparison.Ordinal);
        Assert.Contains("no warm-up", started[2], StringComparison.Ordinal);
        Assert.Equal(0, WorkerWarmUp.RunOnce(new LogAnalyzer(AnalysisRules.Default), TimeSpan.FromSeconds(5), CancellationToken.None));
    }

    [Fact]
    public void ANegativeWarmUp_IsRefused()
    {
        using var h = new QueueHarness(_redis.Server);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisWorker(h.Queue, QueueHarness.FastOptions("x") with { WarmUp = TimeSpan.FromSeconds(-1) }));
    }
}
