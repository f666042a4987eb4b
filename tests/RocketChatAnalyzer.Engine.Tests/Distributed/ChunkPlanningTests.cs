using RocketChatAnalyzer.Distributed;
using Xunit;

namespace RocketChatAnalyzer.Tests.Distributed;

/// <summary>How the submitter sizes the chunks of a file (boundaries then move to the next hard start).</summary>
public sealed class ChunkPlanningTests
{
    private static List<long> Plan(long length, long chunk, int workers)
    {
        var pieces = new List<long>();
        for (long done = 0; done < length;)
        {
            long size = DistributedAnalyzer.PieceSize(chunk, length - done, workers);
            pieces.Add(size);
            done += size;
        }
        return pieces;
    }

    [Fact]
    public void AOneGigabyteLogOnTwoWorkers_KeepsFullChunksUntilTwoPerWorkerAreLeft_ThenShrinksToAnEighth()
    {
        const long MiB = 1 << 20;
        var pieces = Plan(1024 * MiB, 32 * MiB, 2);
        Assert.Equal(1024 * MiB, pieces.Sum());
        // Full chunks while at least 4 chunks (2 per worker) remain: 1024, 992, … 128 MiB left.
        Assert.Equal(29, pieces.TakeWhile(p => p == 32 * MiB).Count());
        Assert.Equal(24 * MiB, pieces[29]);
        Assert.All(pieces.Take(pieces.Count - 1), p => Assert.InRange(p, 4 * MiB, 32 * MiB));
        Assert.Equal(pieces.OrderByDescending(p => p), pieces);
        Assert.InRange(pieces.Count, 38, 42);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    public void WorkersTakingChunksInOrder_FinishWithinAnEighthOfAChunkOfEachOther(int workers)
    {
        const long Chunk = 32 << 20;
        var rnd = new Random(workers);
        for (int trial = 0; trial < 50; trial++)
        {
            long length = Chunk * (4 + rnd.Next(60)) + rnd.Next((int)Chunk);
            var finish = new long[workers];
            foreach (long piece in Plan(length, Chunk, workers))
            {
                // The worker that is free first takes the next chunk (time = bytes: equal speed).
                int w = Array.IndexOf(finish, finish.Min());
                finish[w] += piece;
            }
            long spread = finish.Max() - finish.Min();
            Assert.True(spread <= Chunk / 8, $"{workers} workers, {length} bytes: finished {spread} bytes apart");
        }
    }

    [Fact]
    public void EqualChunks_WouldLeaveWorkersIdleForUpToAWholeChunk()
    {
        // The case the shrinking tail is for: 1 GiB + 16 MiB in 32 MiB chunks on two workers.
        const long Chunk = 32 << 20;
        var finish = new long[2];
        long length = 33 * Chunk - Chunk / 2;
        for (long done = 0; done < length; done += Chunk)
        {
            int w = finish[0] <= finish[1] ? 0 : 1;
            finish[w] += Math.Min(Chunk, length - done);
        }
        Assert.True(Math.Abs(finish[0] - finish[1]) > Chunk / 4);
    }

    [Fact]
    public void InASubmissionOfManyFiles_OnlyTheLastChunksOfTheSubmissionShrink()
    {
        // As DistributedAnalyzer plans: the rest of the submission, not of the file, sets the size.
        const long MiB = 1 << 20;
        long[] files = Enumerable.Repeat(100 * MiB, 10).ToArray();
        var perFile = new List<int>();
        for (int f = 0; f < files.Length; f++)
        {
            long later = files.Skip(f + 1).Sum();
            int pieces = 0;
            for (long start = 0; start < files[f]; pieces++)
                start += Math.Min(files[f] - start, DistributedAnalyzer.PieceSize(32 * MiB, files[f] - start + later, 2));
            perFile.Add(pieces);
        }
        // 100 MiB in 32 MiB chunks is 4 pieces; only the last file (the last 128 MiB) gets more.
        Assert.All(perFile.Take(8), n => Assert.Equal(4, n));
        Assert.InRange(perFile[9], 5, 12);
    }

    [Theory]
    [InlineData(1L, 1L, 1)]
    [InlineData(7L, 5L, 3)]
    [InlineData(100L, 1L, 64)]
    [InlineData(1L << 40, 32L << 20, 1000)]
    public void APiece_IsNeverEmpty_NeverLargerThanAChunk_NorThanWhatIsLeft(long remaining, long chunk, int workers)
    {
        long size = DistributedAnalyzer.PieceSize(chunk, remaining, workers);
        Assert.InRange(size, 1, Math.Min(chunk, remaining));
    }
}
