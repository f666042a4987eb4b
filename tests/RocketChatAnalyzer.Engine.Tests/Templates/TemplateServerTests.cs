using RocketChatAnalyzer.Templates;
using Xunit;

namespace RocketChatAnalyzer.Tests.Templates;

public sealed class TemplateServerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rca-server-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private string Sub(params string[] parts)
    {
        string p = Path.Combine(new[] { _dir }.Concat(parts).ToArray());
        Directory.CreateDirectory(p);
        return p;
    }

    private string Canonical => TemplateServer.Canonical(_dir);

    [Fact]
    public void LogFiles_BelongToTheDeepestDirectoryThatHoldsThemAll()
    {
        string a = Path.Combine(Sub("case", "pod-a"), "rc.log"), b = Path.Combine(Sub("case", "pod-b"), "rc.log");

        Assert.Equal("dir:" + Path.Combine(Canonical, "case", "pod-a"), TemplateServer.ForLogFiles(new[] { a }));
        Assert.Equal("dir:" + Path.Combine(Canonical, "case"), TemplateServer.ForLogFiles(new[] { a, b }));
    }

    [Fact]
    public void LogFilesWhoseOnlyCommonDirectoryIsARoot_HaveNoServer()
    {
        string root = Path.GetPathRoot(_dir)!;

        Assert.Null(TemplateServer.ForLogFiles(new[] { Path.Combine(root, "x.log") }));
        Assert.Null(TemplateServer.ForLogFiles(new[] { Path.Combine(_dir, "x.log"), Path.Combine(root, "elsewhere", "y.log") }));
    }

    [Fact]
    public void AFolderReachedThroughASymbolicLink_IsTheSameServer()
    {
        string real = Sub("real");
        string link = Path.Combine(_dir, "link");
        try { Directory.CreateSymbolicLink(link, real); }
        catch (UnauthorizedAccessException) { return; } // Windows without the privilege: nothing to compare
        catch (IOException) { return; }

        Assert.Equal(TemplateServer.ForLogFiles(new[] { Path.Combine(real, "a.log") }), TemplateServer.ForLogFiles(new[] { Path.Combine(link, "a.log") }));
    }

    [Fact]
    public void ADump_IsItsWorkspace_ElseItsSite_ElseItsFolder()
    {
        string dump = Sub("dump");

        Assert.Equal("workspace:a1B2c3D4e5F6g7H8i", TemplateServer.ForDump("a1B2c3D4e5F6g7H8i", "https://chat.example.org/", dump));
        Assert.Equal("site:https://chat.example.org", TemplateServer.ForDump(null, "https://Chat.Example.org/", dump));
        Assert.Equal("site:https://chat.example.org:8443/rc", TemplateServer.ForDump(" ", "https://chat.example.org:8443/rc/", dump));
        Assert.Equal("dir:" + Path.Combine(Canonical, "dump"), TemplateServer.ForDump(null, "http://localhost:3000", dump));
        Assert.Equal("dir:" + Canonical, TemplateServer.ForDump(null, null, Path.Combine(_dir, "dump.zip")));
        // The folder dump and a log analysed from inside it share the model.
        Assert.Equal(TemplateServer.ForDump(null, null, dump), TemplateServer.ForLogFiles(new[] { Path.Combine(dump, "7.8.0-log.json") }));
    }
}
