namespace RocketChatAnalyzer.Templates;

internal sealed partial record TemplateMinerSettings
{
    /// <summary>
    /// A column whose distinct plain words are mostly not English words (<c>tibber</c>, <c>solaredge</c>
    /// beside <c>hue</c>: device names) is a variable, however few they are (<see cref="TemplateLexicon"/>).
    /// </summary>
    public bool NamesAreValues { get; init; } = true;
}

internal static partial class TemplateMiner
{
    private sealed partial class Context
    {
        // Per word id, filled on first look (stage 2 asks only about the words of low-cardinality columns).
        private Dictionary<int, LexicalKind>? _lexicalKinds;

        private LexicalKind KindOf(int word)
        {
            _lexicalKinds ??= new Dictionary<int, LexicalKind>();
            if (!_lexicalKinds.TryGetValue(word, out var kind)) _lexicalKinds[word] = kind = TemplateLexicon.Classify(_words[word]);
            return kind;
        }

        /// <summary>
        /// The column's distinct plain words are mostly names, not English words: at least two names
        /// and more names than words. Logging statements are written in ordinary words, while
        /// word-valued variables (user, host, job, device names) often are none. Tokens with digits,
        /// inner punctuation, masked parts, labels and upper-case acronyms count neither way: other
        /// rules decide on them.
        /// </summary>
        private bool MostlyNames(List<int> group, int p)
        {
            int names = 0, words = 0;
            foreach (int w in ColumnWords(group, p))
            {
                var kind = KindOf(w);
                if (kind == LexicalKind.Name) names++;
                else if (kind == LexicalKind.Word) words++;
            }
            return names >= 2 && names > words;
        }
    }
}
