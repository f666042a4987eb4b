namespace RocketChatAnalyzer.Commands;

internal static class Placeholder
{
}
