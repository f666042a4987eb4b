using System.IO.Compression;
using RocketChatAnalyzer.Cache;
using Xunit;

namespace RocketChatAnalyzer.Tests.Cache;

public sealed class ContentDigestTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string RandomFile(string name, long length, int seed)
    {
        string path = _dir.File(name);
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Prefix(string path, long length)
    {
        string copy = _dir.File(Path.GetFileName(path) + "." + length);
        using var src = File.OpenRead(path);
        using var dst = File.Create(copy);
        var buffer = new byte[length];
        src.ReadExactly(buffer);
        dst.Write(buffer);
        return copy;
    }

    [Theory]
    [InlineData(DigestAlgorithm.XxHash128)]
    [InlineData(DigestAlgorithm.Sha256)]
    public void PrefixDigestsFromOnePass_EqualTheDigestsOfTheTruncatedFiles(DigestAlgorithm algorithm)
    {
        // Three segments and a bit, with cuts inside a segment, on a segment edge and at the end.
        long seg = ContentDigest.SegmentSize;
        string file = RandomFile("big.bin", 3 * seg + 12345, 1);
        long[] cuts = { 0, 777, seg - 1, seg, 2 * seg + 5, 3 * seg + 12345 };

        string[] onePass;
        using (var h = CachedAnalysis.OpenForRead(file)) onePass = ContentDigest.OfPrefixes(h, algorithm, cuts, parallelism: 2, CancellationToken.None);

        for (int i = 0; i < cuts.Length; i++)
            Assert.Equal(ContentDigest.OfFile(Prefix(file, cuts[i]), algorithm), onePass[i]);
        Assert.Equal(cuts.Length, onePass.Distinct().Count());
        Assert.StartsWith(ContentDigest.Name(algorithm) + ":", onePass[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ParallelAndSequentialPasses_Agree()
    {
        string file = RandomFile("two.bin", 2L * ContentDigest.SegmentSize + 99, 2);

        Assert.Equal(ContentDigest.OfFile(file, DigestAlgorithm.XxHash128, 1), ContentDigest.OfFile(file, DigestAlgorithm.XxHash128, 4));
    }

    [Fact]
    public async Task APassThatHelpersJoin_GivesTheSameDigests_AndAHelpersFailureFailsThePass()
    {
        long seg = ContentDigest.SegmentSize;
        string file = RandomFile("joined.bin", 4 * seg + 321, 6);
        long[] cuts = { seg + 3, 3 * seg, 4 * seg + 321 };
        string[] alone;
        using (var h = CachedAnalysis.OpenForRead(file)) alone = ContentDigest.OfPrefixes(h, DigestAlgorithm.XxHash128, cuts, 1, CancellationToken.None);

        using (var h = CachedAnalysis.OpenForRead(file))
        {
            var pass = new ContentDigest.PrefixPass(h, DigestAlgorithm.XxHash128, cuts);
            var helpers = Enumerable.Range(0, 3).Select(_ => Task.Run(() => pass.Help(CancellationToken.None))).ToArray();
            Assert.Equal(alone, pass.Run(1, CancellationToken.None));
            await Task.WhenAll(helpers);
        }

        // A helper whose token is cancelled skips the segments it takes: the pass must fail, not
        // return digests with holes (each segment is taken by one thread only).
        using (var h = CachedAnalysis.OpenForRead(file))
        {
            var pass = new ContentDigest.PrefixPass(h, DigestAlgorithm.XxHash128, cuts);
            pass.Help(new CancellationToken(canceled: true));
            Assert.ThrowsAny<OperationCanceledException>(() => pass.Run(2, CancellationToken.None));
        }
    }

    [Fact]
    public void ChangingOneByte_ChangesTheDigest_AndTheAlgorithmsNeverCollide()
    {
        string file = RandomFile("small.bin", 5000, 3);
        string before = ContentDigest.OfFile(file, DigestAlgorithm.XxHash128);
        string sha = ContentDigest.OfFile(file, DigestAlgorithm.Sha256);
        var bytes = File.ReadAllBytes(file);
        bytes[4321] ^= 1;
        File.WriteAllBytes(file, bytes);

        Assert.NotEqual(before, ContentDigest.OfFile(file, DigestAlgorithm.XxHash128));
        Assert.NotEqual(before, sha);
    }

    [Fact]
    public void AFileThatShrankDuringThePass_IsReported()
    {
        string file = RandomFile("shrink.bin", 4096, 4);
        using var h = CachedAnalysis.OpenForRead(file);

        Assert.Throws<EndOfStreamException>(() => ContentDigest.OfPrefixes(h, DigestAlgorithm.Sha256, new long[] { 8192 }, 1, CancellationToken.None));
    }

    [Fact]
    public void DescendingCuts_AreAProgrammingError()
    {
        string file = RandomFile("cuts.bin", 100, 5);
        using var h = CachedAnalysis.OpenForRead(file);

        Assert.Throws<ArgumentException>(() => ContentDigest.OfPrefixes(h, DigestAlgorithm.Sha256, new long[] { 50, 10 }, 1, CancellationToken.None));
    }

    [Fact]
    public void MemberDigests_DependOnNamesAndContent_NotOnOrder()
    {
        var a = ("7.8.0-settings.json", 10L, "sha256:aa");
        var b = ("7.8.0-log.json", 20L, "sha256:bb");

        string ab = ContentDigest.OfMembers(new[] { a, b }, "folder");
        string ba = ContentDigest.OfMembers(new[] { b, a }, "folder");
        string renamed = ContentDigest.OfMembers(new[] { a, ("7.9.0-log.json", 20L, "sha256:bb") }, "folder");
        string changed = ContentDigest.OfMembers(new[] { a, ("7.8.0-log.json", 20L, "sha256:bc") }, "folder");

        Assert.Equal(ab, ba);
        Assert.NotEqual(ab, renamed);
        Assert.NotEqual(ab, changed);
    }

    [Fact]
    public void AZipDigest_IsTheSameForTheSameMembersCompressedDifferently()
    {
        string folder = Path.Combine(_dir.Path, "dump");
        SampleDump.WriteFolder(folder);
        string fast = _dir.File("fast.zip"), small = _dir.File("small.zip");
        ZipFile.CreateFromDirectory(folder, fast, CompressionLevel.Fastest, includeBaseDirectory: false);
        File.SetLastWriteTimeUtc(Path.Combine(folder, "7.8.0-apps-installed.json"), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        ZipFile.CreateFromDirectory(folder, small, CompressionLevel.SmallestSize, includeBaseDirectory: false);

        Assert.NotEqual(File.ReadAllBytes(fast), File.ReadAllBytes(small));
        Assert.Equal(ContentDigest.OfZipMembers(fast, CancellationToken.None), ContentDigest.OfZipMembers(small, CancellationToken.None));
        File.AppendAllText(Path.Combine(folder, "7.8.0-settings.json"), "\n");
        string changed = _dir.File("changed.zip");
        ZipFile.CreateFromDirectory(folder, changed, CompressionLevel.Fastest, includeBaseDirectory: false);
        Assert.NotEqual(ContentDigest.OfZipMembers(fast, CancellationToken.None), ContentDigest.OfZipMembers(changed, CancellationToken.None));
    }
}
