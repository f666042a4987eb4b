namespace RocketChatAnalyzer.Cache;

/// <summary>
/// The options of a dump analysis the cache cmdlets expose (every property is part of the cache
/// key, see <see cref="CacheKey.Describe"/>). Invoke-RocketChatDumpAnalysis must key its results
/// with the same options object type, or the two cmdlets will not share cached dump results.
/// </summary>
/// <param name="IncludeSecret">Secret setting values are kept instead of redacted.</param>
/// <param name="Severity">Findings below this severity are left out; null keeps all.</param>
public sealed record DumpResultOptions(bool IncludeSecret = false, FindingSeverity? Severity = null);
