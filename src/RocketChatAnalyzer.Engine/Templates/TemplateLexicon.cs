namespace RocketChatAnalyzer.Templates;

/// <summary>What one token of a key is, as far as the English word list can tell.</summary>
internal enum LexicalKind : byte
{
    /// <summary>Not evidence either way: digits, inner punctuation (<c>erin_ops</c>, <c>app:getStatus</c>), a masked value, one letter, a label (<c>findtime:</c>).</summary>
    Other,

    /// <summary>An English word, in any case (<c>stopped</c>, <c>Error</c>, <c>default</c>).</summary>
    Word,

    /// <summary>Letters that are no English word (<c>tibber</c>, <c>yeelight</c>), or a camelCase identifier (<c>OutOfSync</c>).</summary>
    Name,

    /// <summary>Two or more letters, all upper-case (<c>SIGINT</c>, <c>AJP</c>, <c>ERROR</c>): acronyms are as often a statement's words as values.</summary>
    Upper,
}

/// <summary>
/// The English word list (Debian <c>wamerican</c>, SCOWL, lower-case entries only:
/// <c>Templates/Lexicon/</c>, made by <c>generate_lexicon.sh</c>). Logging statements are written
/// in ordinary words, while word-valued variables (user, host, job, program, device names) are often
/// no words. Loaded once, on the first look-up — which only stage 2 makes, never stage 1 — into a
/// hash set that is never changed after (so concurrent readers are safe). Not a <c>FrozenSet</c>:
/// freezing 64 k strings took 20 – 28 ms against 3 – 5 ms for the hash set, once per process, while
/// stage 2 looks up only the few words of low-cardinality columns.
/// </summary>
internal static class TemplateLexicon
{
    private const string ResourceName = "RocketChatAnalyzer.Templates.english-words.txt";

    private static readonly Lazy<HashSet<string>> s_words = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The number of words in the list.</summary>
    public static int Count => s_words.Value.Count;

    /// <summary>Whether <paramref name="lowerCaseWord"/> (lower-case ASCII letters) is an English word.</summary>
    public static bool Contains(string lowerCaseWord) => s_words.Value.Contains(lowerCaseWord);

    /// <summary>
    /// Classifies one token of a key. Brackets and quotes before it and punctuation after it are
    /// ignored (<c>(Alarm)</c>, <c>sonos,</c>); what remains must be two or more ASCII letters. A token
    /// ending in a colon is a label (a field or event name: the statement's structure), never a name.
    /// </summary>
    public static LexicalKind Classify(string token)
    {
        if (token.Length > 1 && token[^1] == ':') return LexicalKind.Other;
        int start = 0, end = token.Length;
        while (start < end && token[start] is '(' or '[' or '{' or '"' or '\'' or '<' or '`') start++;
        while (end > start && token[end - 1] is '.' or ',' or ';' or '!' or '?' or ')' or ']' or '}' or '"' or '\'' or '>') end--;
        if (end - start < 2) return LexicalKind.Other;
        int upper = 0;
        bool camel = false;
        for (int i = start; i < end; i++)
        {
            char c = token[i];
            if (char.IsAsciiLetterUpper(c))
            {
                upper++;
                // An upper-case letter after a lower-case one: an identifier (OutOfSync, sendMessage), no dictionary word.
                if (i > start && char.IsAsciiLetterLower(token[i - 1])) camel = true;
            }
            else if (!char.IsAsciiLetterLower(c)) return LexicalKind.Other;
        }
        if (upper == end - start) return LexicalKind.Upper;
        if (camel) return LexicalKind.Name;
        return Contains(token.Substring(start, end - start).ToLowerInvariant()) ? LexicalKind.Word : LexicalKind.Name;
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(TemplateLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the engine assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(65_536, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') words.Add(line);
        return words;
    }
}
