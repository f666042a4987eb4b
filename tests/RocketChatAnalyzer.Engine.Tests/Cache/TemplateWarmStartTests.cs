using System.Text;
using Microsoft.Data.Sqlite;
using RocketChatAnalyzer.Cache;
using RocketChatAnalyzer.Templates;
using Xunit;

namespace RocketChatAnalyzer.Tests.Cache;

/// <summary>
/// The learned template model kept in the analysis cache: new analyses of the same server start
/// from it, stored results and incremental states keep the model they were grouped with.
/// </summary>
public sealed class TemplateWarmStartTests : IDisposable
{
    private static readonly string[] s_users = { "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi" };
    private const string Generalised = "Session closed for account <*> after logout";

    private readonly TempDirectory _dir = new();
    private readonly LogAnalysisOptions _options = new() { Format = LogFormat.Lines, ThrottleLimit = 2, ChunkSize = 4096 };
    private readonly LogAnalyzer _engine;
    private readonly ILogRangeAnalyzer _analyzer;

    public TemplateWarmStartTests()
    {
        _engine = new LogAnalyzer(AnalysisRules.Default, _options);
        _analyzer = AnalyzerBinding.CreateLogAnalyzer(AnalysisRules.Default, _options);
    }

    public void Dispose() => _dir.Dispose();

    private AnalysisCache NewCache() => AnalysisCache.OpenPrivate(_dir.File("cache.db"), new AnalysisCacheOptions { RacyWindow = TimeSpan.Zero });

    private string Write(string name, IEnumerable<string> lines)
    {
        string path = _dir.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
        return path;
    }

    private static void Append(string path, IEnumerable<string> lines) => File.AppendAllLines(path, lines, new UTF8Encoding(false));

    // Eight users teach the model that the account name varies; one line alone cannot show it.
    private string Sessions(string name) => Write(name, s_users.Select(u => "Session closed for account " + u + " after logout"));

    private string Lone(string name) => Write(name, new[] { "Session closed for account mallory after logout", "Cache warmed in 12 steps" });

    private CachedResult<LogAnalysis> Get(AnalysisCache cache, params string[] paths) => Get(cache, true, paths);

    private CachedResult<LogAnalysis> Get(AnalysisCache cache, bool warm, params string[] paths) =>
        CachedAnalysis.GetOrAnalyzeLog(paths, AnalysisRules.Default, _options, _analyzer, new CacheRequest { Cache = cache, WarmStartTemplates = warm });

    private static string Json(LogAnalysis a) => Encoding.UTF8.GetString(ResultSerializer.ToJson(a));

    private LogAnalysis Uncached(TemplateModel? model, params string[] paths)
    {
        var a = _engine.AnalyzeFiles(paths);
        if (model is not null) a.UseTemplateModel(model);
        return a;
    }

    private static TemplateModel ModelOf(AnalysisCache cache, string file) =>
        CachedAnalysis.FindServerTemplateModel(cache, TemplateServer.ForLogFiles(new[] { file })!) ?? throw new InvalidOperationException("no model");

    [Fact]
    public void AMiss_TeachesTheFoldersModel_AndTheNextNewFileOfTheFolderIsGroupedWithIt()
    {
        using var cache = NewCache();
        string before = Sessions("before.log");
        string now = Lone("now.log");

        var first = Get(cache, before);
        var model = ModelOf(cache, before);
        var second = Get(cache, now);

        Assert.Null(first.Result.TemplateModelId); // nothing learned before the first look
        Assert.Equal(8, model.Keys.Count);
        Assert.Equal(model.Id, second.Result.TemplateModelId);
        Assert.Contains(second.Result.Templates, t => t.Template == Generalised && t.Count == 1);
        Assert.DoesNotContain(Uncached(null, now).Templates, t => t.Template == Generalised);
        Assert.Equal(Json(Uncached(model, now)), Json(second.Result));
        Assert.Equal(2, second.Result.Templates.Sum(t => t.Count)); // counts come from the input only
    }

    [Fact]
    public void AStoredResult_NeverChanges_WhenTheModelChangesLater()
    {
        using var cache = NewCache();
        string now = Lone("now.log");
        var first = Get(cache, now);

        Get(cache, Sessions("before.log")); // the folder's model now knows the account name varies
        var again = Get(cache, now);

        Assert.Equal(CacheOutcome.Hit, again.Outcome);
        Assert.Equal(Json(first.Result), Json(again.Result));
        Assert.Null(again.Result.TemplateModelId);
        Assert.Contains(Uncached(ModelOf(cache, now), now).Templates, t => t.Template == Generalised); // a new analysis would group differently
    }

    [Fact]
    public void AGrownLog_IsExtendedWithTheModelItsStateStartedFrom_AndEqualsAFullAnalysisWithThatModel()
    {
        using var cache = NewCache();
        Get(cache, Sessions("before.log"));
        var started = ModelOf(cache, _dir.File("before.log"));
        string grows = Write("grows.log", new[] { "Cache warmed in 12 steps", "Session closed for account mallory after logout" });
        Assert.Equal(started.Id, Get(cache, grows).Result.TemplateModelId);

        Get(cache, Write("other.log", new[] { "Session closed for account trent after logout", "Index built on users" }));
        var later = ModelOf(cache, grows);
        Append(grows, new[] { "Session closed for account oscar after logout", "Cache warmed in 3 steps" });
        var extended = Get(cache, grows);

        Assert.NotEqual(started.Id, later.Id);
        Assert.Equal(CacheOutcome.Incremental, extended.Outcome);
        Assert.Equal(started.Id, extended.Result.TemplateModelId);
        Assert.Equal(Json(Uncached(started, grows)), Json(extended.Result));
        // A full run (refresh) starts from the server's current model instead.
        string current = ModelOf(cache, grows).Id;
        var refreshed = CachedAnalysis.GetOrAnalyzeLog(new[] { grows }, AnalysisRules.Default, _options, _analyzer,
            new CacheRequest { Cache = cache, WarmStartTemplates = true, Refresh = true });
        Assert.Equal(current, refreshed.Result.TemplateModelId);
    }

    [Fact]
    public void AnIncrementalStateWhoseModelIsGone_IsAnalysedInFullFromTheCurrentModel()
    {
        using var cache = NewCache();
        Get(cache, Sessions("before.log"));
        string grows = Lone("grows.log");
        string started = Get(cache, grows).Result.TemplateModelId!;
        Get(cache, Write("other.log", new[] { "Index built on users" }));
        using (var c = new SqliteConnection("Data Source=" + cache.FilePath))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DELETE FROM template_model_snapshot WHERE model_id = $id;";
            cmd.Parameters.AddWithValue("$id", started);
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }
        TemplateModelStore.ForgetRememberedModels();
        Append(grows, new[] { "Cache warmed in 3 steps" });
        var current = ModelOf(cache, grows);

        var r = Get(cache, grows);

        Assert.Equal(CacheOutcome.Miss, r.Outcome);
        Assert.Equal(current.Id, r.Result.TemplateModelId);
        Assert.Equal(Json(Uncached(current, grows)), Json(r.Result));
    }

    [Fact]
    public void SeveralFiles_AreGroupedWithTheFirstFilesModel_AndALaterCallServedFromTheCacheGivesTheSameResult()
    {
        using var cache = NewCache();
        Get(cache, Sessions("before.log"));
        string a = Lone("a.log");
        string b = Write("b.log", new[] { "Session closed for account peggy after logout" });
        var model = ModelOf(cache, a);
        var first = Get(cache, a, b);

        Get(cache, Write("other.log", new[] { "Index built on users" })); // the model moves on
        TemplateModelStore.ForgetRememberedModels();
        var second = Get(cache, a, b);

        Assert.Equal(CacheOutcome.Miss, first.Outcome);
        Assert.Equal(CacheOutcome.Hit, second.Outcome);
        Assert.NotEqual(model.Id, ModelOf(cache, a).Id);
        Assert.Equal(model.Id, second.Result.TemplateModelId);
        Assert.Equal(Json(first.Result), Json(second.Result));
        Assert.Contains(second.Result.Templates, t => t.Template == Generalised && t.Count == 2);
    }

    [Fact]
    public void WithoutWarmStart_AMissEqualsTheUncachedResult_AndNothingIsLearned()
    {
        using var cache = NewCache();
        string before = Sessions("before.log");

        var r = Get(cache, false, before);

        Assert.Equal(Json(Uncached(null, before)), Json(r.Result));
        Assert.Null(CachedAnalysis.FindServerTemplateModel(cache, TemplateServer.ForLogFiles(new[] { before })!));
    }

    [Fact]
    public void LogsOfAnotherFolder_AreNotGroupedWithThisFoldersModel()
    {
        using var cache = NewCache();
        Get(cache, Sessions("server-a/before.log"));

        var r = Get(cache, Lone("server-b/now.log"));

        Assert.Null(r.Result.TemplateModelId);
        Assert.DoesNotContain(r.Result.Templates, t => t.Template == Generalised);
    }

    [Fact]
    public void AHit_TeachesNothing_AndAnExtensionTeachesOnlyItsNewEntries()
    {
        using var cache = NewCache();
        string log = Sessions("before.log");
        Get(cache, log);
        var learned = ModelOf(cache, log);

        Get(cache, log);
        Assert.Equal(learned.Id, ModelOf(cache, log).Id);

        Append(log, new[] { "Session closed for account alice after logout" });
        Get(cache, log);
        var extended = ModelOf(cache, log);
        // The extension reads the earlier last entry again with the appended bytes (it might have
        // had continuation lines): heidi and the new alice line are learned.
        Assert.Equal(8 + 2, extended.Keys.Sum(k => k.Count));
        Assert.Equal(2, extended.Keys.Single(k => k.Template.Contains("alice", StringComparison.Ordinal)).Count);
        Assert.Equal(2, extended.Keys.Single(k => k.Template.Contains("heidi", StringComparison.Ordinal)).Count);
    }

    [Fact]
    public void Clear_RemovesTheLearnedModels_AndPurgeKeepsTheCurrentModelButNotOldOnes()
    {
        using var cache = NewCache();
        string log = Sessions("before.log");
        Get(cache, log);
        string first = ModelOf(cache, log).Id;
        Get(cache, Lone("now.log"));
        string current = ModelOf(cache, log).Id;
        using (var c = new SqliteConnection("Data Source=" + cache.FilePath))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE template_model_snapshot SET used_at = 0;";
            cmd.ExecuteNonQuery();
        }
        TemplateModelStore.ForgetRememberedModels();

        cache.PurgeExpired();

        Assert.Null(CachedAnalysis.FindTemplateModel(cache, first));
        Assert.NotNull(CachedAnalysis.FindTemplateModel(cache, current));
        cache.Clear();
        TemplateModelStore.ForgetRememberedModels();
        Assert.Null(CachedAnalysis.FindServerTemplateModel(cache, TemplateServer.ForLogFiles(new[] { log })!));
        Assert.Null(CachedAnalysis.FindTemplateModel(cache, current));
    }

    [Fact]
    public void DumpsOfOneWorkspace_ShareAModel_AndAnotherWorkspaceDoesNot()
    {
        var options = AnalyzerBinding.DumpOptions(AnalysisRules.Default, includeSecret: false, FindingSeverity.Info, throttleLimit: 1)
            with { Now = new DateTime(2025, 7, 20, 12, 0, 0, DateTimeKind.Utc) };
        var analyze = AnalyzerBinding.CreateWarmStartDumpAnalyzer(options);
        var request = new CacheRequest { Cache = NewCache(), WarmStartTemplates = true };
        string first = Path.Combine(_dir.Path, "monday"), second = Path.Combine(_dir.Path, "tuesday"), other = Path.Combine(_dir.Path, "elsewhere");
        SampleDump.WriteFolder(first);
        SampleDump.WriteFolder(second);
        File.AppendAllText(Path.Combine(second, "7.8.0-settings.json"), " ");
        SampleDump.WriteFolder(other);
        File.WriteAllText(Path.Combine(other, "7.8.0-server-statistics.json"), SampleDump.Statistics.Replace("a1B2c3D4e5F6g7H8i", "zZ9yY8xX7wW6vV5uU", StringComparison.Ordinal));

        var monday = CachedAnalysis.GetOrAnalyzeDump(first, AnalysisRules.Default, options, analyze, request);
        var model = CachedAnalysis.FindServerTemplateModel(request.Cache!, "workspace:a1B2c3D4e5F6g7H8i");
        var tuesday = CachedAnalysis.GetOrAnalyzeDump(second, AnalysisRules.Default, options, analyze, request);
        var elsewhere = CachedAnalysis.GetOrAnalyzeDump(other, AnalysisRules.Default, options, analyze, request);

        Assert.Null(monday.Result.Log!.TemplateModelId);
        Assert.NotNull(model);
        Assert.Equal(CacheOutcome.Miss, tuesday.Outcome);
        Assert.Equal(model!.Id, tuesday.Result.Log!.TemplateModelId);
        Assert.Null(elsewhere.Result.Log!.TemplateModelId);
        // Only the grouping may differ from an analysis without the model.
        var plain = analyze(second, static _ => null, CancellationToken.None);
        Assert.Equal(plain.Log!.TotalEntries, tuesday.Result.Log.TotalEntries);
        Assert.Equal(plain.Log.Templates.Sum(t => t.Count), tuesday.Result.Log.Templates.Sum(t => t.Count));
    }
}
