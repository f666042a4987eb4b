using System.Text;
using RocketChatAnalyzer.Templates;
using Xunit;

namespace RocketChatAnalyzer.Tests.Templates;

public sealed class TemplateModelTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rca-model-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private string Write(string name, IEnumerable<string> lines)
    {
        string p = Path.Combine(_dir, name);
        File.WriteAllLines(p, lines, new UTF8Encoding(false));
        return p;
    }

    [Fact]
    public void AWarmStart_NeverChangesCounts_OnlyHowCurrentMessagesAreGrouped()
    {
        var users = new[] { "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi" };
        string before = Write("before.log", users.Select(u => "Session closed for account " + u + " after logout"));
        string now = Write("now.log", new[] { "Session closed for account mallory after logout", "Cache warmed in <n> steps" });
        var analyzer = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { Format = LogFormat.Lines, ThrottleLimit = 1 });

        var learned = new TemplateModel().Learn(analyzer.AnalyzeFile(before));
        string modelPath = Path.Combine(_dir, "model.json");
        learned.Save(modelPath);
        var model = TemplateModel.Load(modelPath);
        Assert.Equal(learned.Keys.Count, model.Keys.Count);

        var cold = analyzer.MineTemplates(new[] { now }, includeLineMap: true);
        var warm = analyzer.MineTemplates(new[] { now }, includeLineMap: true, model: model);

        Assert.Equal(cold.Analysis.TotalEntries, warm.Analysis.TotalEntries);
        Assert.Equal(2, warm.Analysis.Templates.Sum(t => t.Count));
        Assert.Equal(cold.Analysis.Templates.Sum(t => t.Count), warm.Analysis.Templates.Sum(t => t.Count));
        // Alone, one message cannot show that the user name varies; with the model it can.
        Assert.Contains(warm.Analysis.Templates, t => t.Template == "Session closed for account <*> after logout" && t.Count == 1);
        Assert.DoesNotContain(cold.Analysis.Templates, t => t.Template == "Session closed for account <*> after logout");
        var map = warm.LineMap!.ToList();
        Assert.Equal(2, map.Count);
        Assert.Equal(warm.Analysis.Templates.Single(t => t.Template.StartsWith("Session", StringComparison.Ordinal)).TemplateId, map[0].TemplateId);
    }

    [Fact]
    public void MergingPiecesOfAWarmStartedAnalysis_GroupsLikeOneWarmStartedPass_WhicheverPieceCarriesTheModel()
    {
        var lines = new List<string>();
        var rnd = new Random(7);
        for (int i = 0; i < 60; i++)
            lines.Add(rnd.Next(3) switch
            {
                0 => "Session closed for account " + (char)('k' + rnd.Next(3)) + "x after logout",
                1 => "Cache warmed in " + rnd.Next(100) + " steps",
                _ => "Index built on " + (rnd.Next(2) == 0 ? "users" : "rooms"),
            });
        var model = new TemplateModel().Learn(new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { Format = LogFormat.Lines, ThrottleLimit = 1 })
            .AnalyzeFile(Write("seed.log", new[] { "alice", "bob", "carol", "dave", "erin" }.Select(u => "Session closed for account " + u + " after logout"))));
        var analyzer = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { Format = LogFormat.Lines, ThrottleLimit = 1 });
        string whole = Write("whole.log", lines);
        var one = analyzer.AnalyzeFile(whole);
        one.UseTemplateModel(model);

        for (int cut = 1; cut < lines.Count; cut += 13)
        {
            var left = analyzer.AnalyzeFile(Write("left.log", lines.Take(cut)));
            var right = analyzer.AnalyzeFile(Write("right.log", lines.Skip(cut)));
            (cut % 2 == 0 ? left : right).UseTemplateModel(model);
            var merged = LogAnalysis.Merge(left, right);

            Assert.Equal(model.Id, merged.TemplateModelId);
            Assert.Equal(Describe(one), Describe(merged));
        }
        Assert.Contains(one.Templates, t => t.Template == "Session closed for account <*> after logout");
    }

    private static string Describe(LogAnalysis a) =>
        Newtonsoft.Json.JsonConvert.SerializeObject(new { a.Templates, a.TemplateModelId, a.TotalEntries });

    [Fact]
    public void AMergeOfResultsReadBackWithoutTheirModel_ClaimsNoModel()
    {
        var analyzer = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { Format = LogFormat.Lines, ThrottleLimit = 1 });
        var a = analyzer.AnalyzeFile(Write("a.log", new[] { "Session closed for account mallory after logout" }));
        a.UseTemplateModel(new TemplateModel().Learn(a));
        var stored = RocketChatAnalyzer.Cache.ResultSerializer.FromJson<LogAnalysis>(RocketChatAnalyzer.Cache.ResultSerializer.ToJson(a));

        var merged = LogAnalysis.Merge(stored, analyzer.AnalyzeFile(Write("b.log", new[] { "Cache warmed in 3 steps" })));

        Assert.NotNull(stored.TemplateModelId);
        Assert.Null(merged.TemplateModelId);
    }

    [Fact]
    public void Learn_SumsCountsOfKnownKeys_AndOverTheCapKeepsTheMostFrequentInLearningOrder()
    {
        static LogTemplate K(string t, long n) => new() { Template = t, Count = n };
        var model = new TemplateModel().Learn(new[] { K("a", 1), K("b", 5), K("c", 2) });

        var next = model.Learn(new[] { K("d", 9), K("a", 3) }, maxTemplates: 1); // cap: 4 keys

        Assert.Equal(new[] { "a", "b", "c" }, model.Keys.Select(k => k.Template));
        Assert.Equal(new[] { ("a", 4L), ("b", 5L), ("c", 2L), ("d", 9L) }, next.Keys.Select(k => (k.Template, k.Count)));
        var capped = next.Learn(new[] { K("e", 3) }, maxTemplates: 1);
        Assert.Equal(new[] { ("a", 4L), ("b", 5L), ("d", 9L), ("e", 3L) }, capped.Keys.Select(k => (k.Template, k.Count)));
        Assert.NotEqual(model.Id, next.Id);
        Assert.Equal(next.Id, new TemplateModel().Learn(new[] { K("a", 4), K("b", 5), K("c", 2), K("d", 9) }).Id);
    }

    [Fact]
    public void Load_OnAFileThatIsNotAModel_ThrowsInvalidDataNamingTheFile()
    {
        string p = Write("bad.json", new[] { "{ not a model" });
        var ex = Assert.Throws<InvalidDataException>(() => TemplateModel.Load(p));
        Assert.Contains(p, ex.Message, StringComparison.Ordinal);
    }
}
