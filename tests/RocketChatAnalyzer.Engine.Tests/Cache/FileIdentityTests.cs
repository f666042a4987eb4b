using RocketChatAnalyzer.Cache;
using Xunit;

namespace RocketChatAnalyzer.Tests.Cache;

public sealed class FileIdentityTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void OnLinux_InodeDeviceAndNanosecondTimesAreRead()
    {
        if (!OperatingSystem.IsLinux()) return;
        string f = _dir.File("a.log");
        File.WriteAllText(f, "I20160803-19:35:53.251(0) ufs: store created at\n");

        var id = FileIdentity.Of(f);
        FileIdentity viaHandle;
        using (var h = CachedAnalysis.OpenForRead(f)) viaHandle = FileIdentity.Of(h, f);

        Assert.True(id.HasFileId);
        Assert.Equal(new FileInfo(f).Length, id.Size);
        Assert.Equal((File.GetLastWriteTimeUtc(f).Ticks - DateTime.UnixEpoch.Ticks) * 100, id.ModifiedTimeNs / 100 * 100);
        Assert.True(id.ChangeTimeNs > 0);
        Assert.Equal(id, viaHandle);
    }

    [Fact]
    public void RestoringTheMtime_DoesNotHideAWrite()
    {
        string f = _dir.File("a.log");
        File.WriteAllText(f, "one\n");
        var before = FileIdentity.Of(f);
        var mtime = File.GetLastWriteTimeUtc(f);
        Thread.Sleep(20);
        File.WriteAllText(f, "two\n");
        File.SetLastWriteTimeUtc(f, mtime);

        var after = FileIdentity.Of(f);

        Assert.Equal(before.Size, after.Size);
        if (OperatingSystem.IsLinux()) Assert.NotEqual(before, after); // ctime moved
    }

    [Fact]
    public void ARenamedOverFile_IsAnotherFile()
    {
        if (!OperatingSystem.IsLinux()) return;
        string f = _dir.File("a.log"), g = _dir.File("b.log");
        File.WriteAllText(f, "one\n");
        File.WriteAllText(g, "one\n");
        var before = FileIdentity.Of(f);
        File.Move(g, f, overwrite: true);

        Assert.False(FileIdentity.Of(f).IsSameFileAs(before));
    }

    [Fact]
    public void AMissingFile_IsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => FileIdentity.Of(_dir.File("missing.log")));
    }
}
