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
    public void Load_OnAFileThatIsNotAModel_ThrowsInvalidDataNamingTheFile()
    {
        string p = Write("bad.json", new[] { "{ not a model" });
        var ex = Assert.Throws<InvalidDataException>(() => TemplateModel.Load(p));
        Assert.Contains(p, ex.Message, StringComparison.Ordinal);
    }
}
