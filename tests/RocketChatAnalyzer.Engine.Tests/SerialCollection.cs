using Xunit;

namespace RocketChatAnalyzer.Tests;

/// <summary>Tests that measure process-wide figures (allocations) run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial";
}
