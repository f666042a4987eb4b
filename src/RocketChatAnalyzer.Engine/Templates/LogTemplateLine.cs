namespace RocketChatAnalyzer;

/// <summary>
/// One entry of a template line map (<c>Get-LogTemplate -IncludeLineMap</c>): the 1-based entry
/// number and the id of its template (null when the entry was not grouped because the key table was full).
/// </summary>
public sealed record LogTemplateLine(long LineNumber, string? TemplateId);
