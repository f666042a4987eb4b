using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using RocketChatAnalyzer.Dump;

namespace RocketChatAnalyzer;

/// <summary>
/// Analyses a Rocket.Chat support dump end to end: source (folder, <c>.zip</c> or single file) →
/// discovery (roles by name and content) → tolerant reading of settings / statistics / omnichannel /
/// apps → the log through the log-analysis delegate → checks → findings, health score and
/// recommendations.
/// <para>
/// Contract: a missing path throws <see cref="DumpPathNotFoundException"/>; every other input problem
/// (unreadable, malformed, unsafe archive member…) becomes a located <see cref="Diagnostic"/> and the
/// rest of the dump is still analysed. Secret setting values are redacted in the result unless
/// <see cref="DumpAnalyzerOptions.IncludeSecret"/>. The result is deterministic for the same input,
/// options and <see cref="DumpAnalyzerOptions.Now"/>.
/// </para>
/// Thread-safety: an instance holds only immutable options; <see cref="Analyze"/> may run concurrently.
/// </summary>
public sealed class DumpAnalyzer
{
    private readonly DumpAnalyzerOptions _options;
    private readonly Func<LogInputDescriptor, CancellationToken, LogAnalysis> _analyzeLog;
    private readonly Func<string, Templates.TemplateModel?>? _templateModelFor;

    /// <param name="options">Options (null: defaults).</param>
    /// <param name="analyzeLog">
    /// Analyses the dump's log file. Null: the engine's <see cref="LogAnalyzer"/> with the options'
    /// rules, <see cref="DumpAnalyzerOptions.LogOptions"/> and <see cref="DumpAnalyzerOptions.ThrottleLimit"/>
    /// (see <see cref="LogAnalyzerDelegate"/>). Tests and callers that report progress pass their own.
    /// </param>
    /// <param name="templateModelFor">
    /// Warm start: given the dump's server (<see cref="Templates.TemplateServer.ForDump"/>: workspace
    /// id, site URL or folder), the learned template model to group the log's messages with, or null.
    /// Called once per analysis, after the statistics and settings are read and before the checks
    /// that use templates. Null: templates come from the dump's log alone.
    /// </param>
    public DumpAnalyzer(DumpAnalyzerOptions? options = null, Func<LogInputDescriptor, CancellationToken, LogAnalysis>? analyzeLog = null,
        Func<string, Templates.TemplateModel?>? templateModelFor = null)
    {
        _templateModelFor = templateModelFor;
        _options = options ?? new DumpAnalyzerOptions();
        _analyzeLog = analyzeLog ?? LogAnalyzerDelegate(_options.Rules, _options.LogOptions with { ThrottleLimit = Math.Max(1, _options.ThrottleLimit) });
    }

    public DumpAnalyzerOptions Options => _options;

    /// <summary>
    /// The standard log delegate: a plain file goes to <see cref="LogAnalyzer.AnalyzeFile"/> (split into
    /// chunks, read in parallel); an archive member is streamed through <see cref="LogAnalyzer.AnalyzeStream"/>.
    /// </summary>
    /// <param name="rules">Patterns matched against the log messages.</param>
    /// <param name="options">Log analysis options (null: defaults).</param>
    /// <param name="progress">Polled by the caller for bytes done / total (may be null).</param>
    public static Func<LogInputDescriptor, CancellationToken, LogAnalysis> LogAnalyzerDelegate(AnalysisRules rules, LogAnalysisOptions? options = null, AnalysisProgress? progress = null)
    {
        var analyzer = new LogAnalyzer(rules, options);
        return (input, ct) =>
        {
            if (input.FilePath is { } path) return analyzer.AnalyzeFile(path, progress, ct);
            using var stream = input.Open();
            return analyzer.AnalyzeStream(stream, input.Name, LogFormat.Auto, progress, ct);
        };
    }

    /// <summary>Analyses the dump at <paramref name="path"/> (folder, .zip or file).</summary>
    /// <exception cref="DumpPathNotFoundException">The path does not exist.</exception>
    public DumpAnalysis Analyze(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        DateTime now = _options.Now is DateTime n ? (n.Kind == DateTimeKind.Utc ? n : DateTime.SpecifyKind(n.ToUniversalTime(), DateTimeKind.Utc)) : DateTime.UtcNow;
        var ctx = new DumpContext(_options, now);
        var result = new DumpAnalysis { Path = System.IO.Path.GetFullPath(path), AnalyzedAt = now };

        using var source = DumpSource.Open(path, _options, ctx.Diagnostics, cancellationToken);
        var layout = DumpDiscovery.Discover(source, ctx.Diagnostics, cancellationToken);
        if (layout.IsEmpty)
            ctx.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "NoDumpFiles", result.Path, null, null,
                "No log, settings, statistics, omnichannel or apps file was found."));

        result.Files = new DumpFiles
        {
            Log = layout.Log?.Entry.DisplayPath,
            Settings = layout.Settings?.Entry.DisplayPath,
            Statistics = layout.Statistics?.Entry.DisplayPath,
            Omnichannel = layout.Omnichannel?.Entry.DisplayPath,
            Apps = layout.Apps?.Entry.DisplayPath,
        };

        // A comprehensive file may fill several roles: read it once.
        var loaded = new Dictionary<DumpEntry, JToken?>();
        JToken? Load(ClassifiedEntry c)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!loaded.TryGetValue(c.Entry, out var token))
                loaded[c.Entry] = token = DumpJson.Load(c.Entry, _options, ctx.Diagnostics);
            return token;
        }

        ReadSettings(ctx, layout, Load, result);
        ReadStatistics(ctx, layout, Load, result);
        ReadOmnichannel(ctx, layout, Load, result);
        ReadApps(ctx, layout, Load, result);
        AnalyzeLog(ctx, layout, result, cancellationToken);

        SettingsChecks.Run(ctx, result.Settings);
        StatisticsChecks.Run(ctx);
        OmnichannelChecks.Run(ctx);
        AppsChecks.Run(ctx);
        LogChecks.Run(ctx);

        var findings = Sorted(ctx.Findings);
        var presence = new ComponentPresence(
            Logs: ctx.Log is { TotalEntries: > 0 },
            Settings: ctx.Settings is not null,
            Security: ctx.Settings is not null || ctx.Log is { TotalEntries: > 0 },
            Performance: ctx.StatisticsSummary is not null || ctx.Settings is not null,
            Omnichannel: result.Omnichannel.Present,
            Apps: result.Apps.Present || ctx.StatisticsSummary?.AppsTotalInstalled is not null);
        result.HealthScore = HealthScoreCalculator.Compute(findings, ctx.Log, presence, _options.Rules.Thresholds);
        bool nothing = result.HealthScore.Label == HealthScoreCalculator.NoData;
        result.Recommendations = RecommendationBuilder.Build(findings, nothing);
        result.Findings = findings.Where(f => f.Severity >= _options.MinimumSeverity).ToList();

        result.ServerVersion = result.Statistics.Version ?? VersionFromNames(source);
        result.Diagnostics = ctx.Diagnostics;
        return result;
    }

    private static void ReadSettings(DumpContext ctx, DumpLayout layout, Func<ClassifiedEntry, JToken?> load, DumpAnalysis result)
    {
        if (layout.Settings is not { } c || load(c) is not { } root) return;
        ctx.Settings = SettingsReader.Read(root, c.Entry.Name, c.Entry.DisplayPath, ctx.Diagnostics);
        result.Settings = SettingsReader.Summarize(ctx.Settings, ctx.Options.IncludeSecret);
    }

    private static void ReadStatistics(DumpContext ctx, DumpLayout layout, Func<ClassifiedEntry, JToken?> load, DumpAnalysis result)
    {
        if (layout.Statistics is not { } c || load(c) is not { } root) return;
        var doc = StatisticsChecks.SelectDocument(root, out var outer);
        if (doc is null)
        {
            ctx.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "UnexpectedShape", c.Entry.DisplayPath, null, null,
                $"Expected a statistics object, found {root.Type}."));
            return;
        }
        ctx.Statistics = doc;
        ctx.StatisticsSource = c.Entry.Name;
        ctx.StatisticsSummary = StatisticsChecks.Summarize(doc, outer);
        result.Statistics = ctx.StatisticsSummary;
    }

    private static void ReadOmnichannel(DumpContext ctx, DumpLayout layout, Func<ClassifiedEntry, JToken?> load, DumpAnalysis result)
    {
        SettingsData? file = null;
        if (layout.Omnichannel is { } c && load(c) is { } root)
            file = SettingsReader.Read(root, c.Entry.Name, c.Entry.DisplayPath, ctx.Diagnostics);
        ctx.Omnichannel = OmnichannelChecks.Merge(file, ctx.Settings);
        result.Omnichannel = OmnichannelChecks.Summarize(file, ctx.Omnichannel, ctx.StatisticsSummary, ctx.Options.IncludeSecret);
    }

    private static void ReadApps(DumpContext ctx, DumpLayout layout, Func<ClassifiedEntry, JToken?> load, DumpAnalysis result)
    {
        if (layout.Apps is not { } c || load(c) is not { } root) return;
        if (AppsChecks.FindApps(root, ctx.Diagnostics, c.Entry.DisplayPath) is not { } apps) return;
        ctx.Apps = apps;
        ctx.AppsSource = c.Entry.Name;
        ctx.AppsSummary = AppsChecks.Summarize(apps);
        result.Apps = ctx.AppsSummary;
    }

    private void AnalyzeLog(DumpContext ctx, DumpLayout layout, DumpAnalysis result, CancellationToken ct)
    {
        if (layout.Log is not { } c) return;
        var entry = c.Entry;
        LogAnalysis log;
        try
        {
            log = _analyzeLog(new LogInputDescriptor(entry.DisplayPath, entry.FilePath, entry.Length, entry.Open), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The rest of the dump is still worth having; the type name keeps engine bugs recognisable.
            ctx.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "LogAnalysisFailed", entry.DisplayPath, null, null,
                "The log could not be analysed (" + ex.GetType().Name + "): " + ex.Message));
            return;
        }
        // Warm start before anything reads the templates (the scrubbing below, the checks).
        if (_templateModelFor is not null && log.TemplateKeys.Count > 0
            && Templates.TemplateServer.ForDump(result.Statistics.UniqueId, SiteUrl(ctx), result.Path) is { } server
            && _templateModelFor(server) is { } model)
            log.UseTemplateModel(model);
        // Safety net: whatever the log engine kept as text (template, example) is scrubbed of credentials
        // before it becomes part of the result. Scrub is idempotent, so an engine that scrubs too is fine.
        // Templates first: they are derived from the key table on first use, which must still be intact.
        foreach (var list in new[] { log.Templates, log.TemplateKeys })
        {
            foreach (var t in list)
            {
                t.Template = SecretScrubber.Scrub(t.Template);
                t.Example = SecretScrubber.Scrub(t.Example);
            }
        }
        ctx.Log = log;
        ctx.LogSource = entry.Name;
        result.Log = log;
        ctx.Diagnostics.AddRange(log.Diagnostics);
    }

    private static string? SiteUrl(DumpContext ctx) =>
        ctx.Settings?["Site_Url"]?.Value is { Type: JTokenType.String } v ? (string?)v : null;

    /// <summary>Most severe first, then category, subject, rule id; ties keep the order the checks produced.</summary>
    internal static List<Finding> Sorted(List<Finding> findings)
    {
        var indexed = new List<(Finding F, int I)>(findings.Count);
        for (int i = 0; i < findings.Count; i++) indexed.Add((findings[i], i));
        indexed.Sort(static (a, b) =>
        {
            int c = b.F.Severity.CompareTo(a.F.Severity);
            if (c == 0) c = a.F.Category.CompareTo(b.F.Category);
            if (c == 0) c = string.CompareOrdinal(a.F.Subject, b.F.Subject);
            if (c == 0) c = string.CompareOrdinal(a.F.RuleId, b.F.RuleId);
            return c != 0 ? c : a.I.CompareTo(b.I);
        });
        var result = new List<Finding>(indexed.Count);
        foreach (var (f, _) in indexed) result.Add(f);
        return result;
    }

    private static readonly Regex s_versionPrefix = new(@"^v?(\d+\.\d+(?:\.\d+)?)[-_ ]", RegexOptions.CultureInvariant);

    /// <summary>The version prefix of the 7.x layout's file names ("7.8.0-settings.json"), or of the archive/folder name.</summary>
    private static string? VersionFromNames(DumpSource source)
    {
        foreach (var e in source.Entries)
            if (s_versionPrefix.Match(e.Name) is { Success: true } m) return m.Groups[1].Value;
        var m2 = s_versionPrefix.Match(System.IO.Path.GetFileName(source.RootPath.TrimEnd('/', '\\')));
        return m2.Success ? m2.Groups[1].Value : null;
    }
}
