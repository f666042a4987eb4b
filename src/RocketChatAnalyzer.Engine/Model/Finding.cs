namespace RocketChatAnalyzer;

/// <summary>How urgent a finding is. Ordered: higher is worse.</summary>
public enum FindingSeverity
{
    Info = 0,
    Warning = 1,
    Error = 2,
    Critical = 3,
}

/// <summary>What area a finding is about.</summary>
public enum FindingCategory
{
    Security,
    Performance,
    Configuration,
    Log,
    Omnichannel,
    Apps,
    Statistics,
}

/// <summary>One problem (or noteworthy fact) found in a dump, with what to do about it.</summary>
public sealed class Finding
{
    /// <summary>Stable rule id, e.g. <c>SET-2FA-DISABLED</c>; scripts can filter on it.</summary>
    public string RuleId { get; set; } = "";

    public FindingSeverity Severity { get; set; }

    public FindingCategory Category { get; set; }

    /// <summary>The file the finding comes from (file name within the dump).</summary>
    public string Source { get; set; } = "";

    /// <summary>What it is about: a setting id, app name, statistics metric or log pattern/template.</summary>
    public string Subject { get; set; } = "";

    public string Message { get; set; } = "";

    /// <summary>What to change, with the admin UI path where there is one.</summary>
    public string Recommendation { get; set; } = "";

    /// <summary>How many occurrences the finding stands for (1 for settings; entries for log findings).</summary>
    public long Count { get; set; } = 1;

    /// <summary>The observed value (redacted when secret), for context.</summary>
    public string? Value { get; set; }

    public override string ToString() => $"[{Severity}] {Category}: {Message}";
}

/// <summary>One recommended action, ranked; duplicates across findings are merged.</summary>
public sealed class Recommendation
{
    /// <summary>1 = do first.</summary>
    public int Rank { get; set; }

    /// <summary>The most severe finding that asks for this action.</summary>
    public FindingSeverity Severity { get; set; }

    public FindingCategory Category { get; set; }

    public string Text { get; set; } = "";

    /// <summary>Subjects of the findings that lead to this recommendation.</summary>
    public List<string> Subjects { get; set; } = new();

    public override string ToString() => Text;
}
