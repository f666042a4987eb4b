using System.Text;
using Xunit;

namespace RocketChatAnalyzer.Tests.Logs;

/// <summary>Measures process-wide allocations, so it runs alone.</summary>
[Collection(SerialCollection.Name)]
public sealed class HugeLineTests
{
    [Fact]
    public void AHugeLineWithoutNewline_CostsBoundedMemory()
    {
        string dir = Directory.CreateTempSubdirectory("rca-huge-").FullName;
        string p = Path.Combine(dir, "huge.log");
        using (var fs = File.Create(p))
        {
            fs.Write(Encoding.UTF8.GetBytes("{\"level\":30,\"msg\":\"before\"}\n"));
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)'a');
            for (int i = 0; i < 40; i++) fs.Write(chunk);
            fs.Write(Encoding.UTF8.GetBytes("\n{\"level\":50,\"msg\":\"after\"}\n"));
        }
        long before = GC.GetTotalAllocatedBytes(true);
        var r = new LogAnalyzer(AnalysisRules.Default, new LogAnalysisOptions { Format = LogFormat.Stdout, ThrottleLimit = 1 }).AnalyzeFile(p);
        long allocated = GC.GetTotalAllocatedBytes(true) - before;
        Directory.Delete(dir, true);
        Assert.Equal(3, r.TotalEntries);
        Assert.Equal(1, r.TruncatedEntries);
        Assert.Equal(1, r.Count(LogLevel.Error));
        Assert.Contains(r.Diagnostics, d => d.Code == "EntryTooLong" && d.Line == 2);
        Assert.True(allocated < 24L << 20, $"allocated {allocated} bytes for a 40 MB line");
    }

}
