using RocketChatAnalyzer.Internal;
using Xunit;

namespace RocketChatAnalyzer.Tests.Internal;

public sealed class SqliteProbeTests
{
    [Fact]
    public void Version_WhenTheNativeLibraryLoads_ReturnsTheSqliteVersionOfTheBundledLibrary()
    {
        string version = SqliteProbe.Version();

        // SQLitePCLRaw.lib.e_sqlite3 2.1.x bundles SQLite 3.4x or later.
        Assert.Matches(@"^3\.\d+\.\d+$", version);
        Assert.True(System.Version.Parse(version) >= new System.Version(3, 40, 0), version);
    }
}
