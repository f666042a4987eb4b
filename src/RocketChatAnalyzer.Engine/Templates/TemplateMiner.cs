using System.Runtime.CompilerServices;
namespace RocketChatAnalyzer.Templates;

/// <summary>Knobs of stage 2. <see cref="Default"/> is the one configuration used everywhere; the others exist for tests that show what each rule is worth.</summary>
internal sealed partial record TemplateMinerSettings
{
    public static readonly TemplateMinerSettings Default = new();

    /// <summary>Group keys into templates at all (false: every key is its own template — masking only).</summary>
    public bool Cluster { get; init; } = true;

    /// <summary>A column with more distinct words than this (within a candidate group) is a variable; at most this many, it splits the group.</summary>
    public int MaxSplitValues { get; init; } = 4;

    /// <summary>A word after an introducer (<c>user</c>, <c>for</c>, <c>from</c>, <c>client</c>, <c>to:</c>, …) is a variable.</summary>
    public bool UseIntroducers { get; init; } = true;

    /// <summary>Two low-cardinality columns that vary independently of each other (neither determines the other) are both variables.</summary>
    public bool UseCrossVariation { get; init; } = true;

    /// <summary>A column whose words are all compound identifiers (<c>stream-notify-user</c>, <c>app:getStatus</c>, <c>SUCCESS_CONTAINER_CLEANUP</c>) is a variable.</summary>
    public bool CompoundIdentifiersAreValues { get; init; } = true;

    /// <summary>Values of several words: a slot between the same first and last words with many fillers of different lengths, met after other words too, is one variable.</summary>
    public bool VariableWidthSlots { get; init; } = true;

    /// <summary>A column whose words differ only between the same brackets (<c>WWEN[enabled]</c>/<c>WWEN[disabled]</c>, <c>(Alarm)</c>/<c>(LidOpen)</c>) is a variable.</summary>
    public bool BracketedWordsAreValues { get; init; } = true;

    /// <summary>A frame whose fillers are only values (masked words, <c>key=&lt;*&gt;</c> pairs) of several lengths is one variable: a value list of varying length.</summary>
    public bool ValueListSlots { get; init; } = true;

    /// <summary>A column whose distinct words are mostly (at least two, more than half) compound identifiers is a variable too (<c>https_front</c>, <c>api_back</c>, <c>stats</c>).</summary>
    public bool MostlyCompoundIsValue { get; init; } = true;

    /// <summary>A bracketed phrase of several words right after an introducer (<c>cause [auto(bulk api)]</c>, <c>named [Abandoned connection cleanup thread]</c>) is one value.</summary>
    public bool BracketedPhrasesAfterIntroducers { get; init; } = true;

    /// <summary>A group whose lines all fit the template of a more general group (same length, its constants, variables elsewhere) joins it.</summary>
    public bool MergeIntoGeneralTemplates { get; init; } = true;

    /// <summary>A plain word where another key, equal in every other word, has a masked value (<c>Client node-red disconnected.</c> beside <c>Client &lt;*&gt; disconnected.</c>) is a value too.</summary>
    public bool WordsSeenAsValues { get; init; } = true;

    /// <summary>Text of several lengths after a value label anywhere in the message (not a component label among the leading header words), or one bracketed phrase that ends the message, is one value.</summary>
    public bool TailValues { get; init; } = true;

    /// <summary>A <c>label:</c> among the leading header words (<c>[INFO] core:</c>, <c>agent.server: serf:</c>) names a component: it introduces no value.</summary>
    public bool HeaderLabelsAreComponents { get; init; } = true;

    /// <summary>A column of masked values under different names (<c>error=&lt;*&gt;,</c> beside <c>consent=&lt;*&gt;,</c>) is not a variable: the names are the statement's structure.</summary>
    public bool NamedFieldsAreStructure { get; init; } = true;

    /// <summary>A column of three or more distinct upper-case names (enum constants, record types; not HTTP methods) is a variable.</summary>
    public bool ConstantNamesAreValues { get; init; } = true;

    /// <summary>Words that differ only between the same quotes (<c>u'sensor')</c>, <c>u'admin')</c>) are values, as between brackets.</summary>
    public bool QuotedWordsAreValues { get; init; } = true;

    /// <summary>Text of several lengths after a value label inside brackets, up to the closing bracket, is one value (<c>[Request processing failed: &lt;*&gt;] with root cause</c>).</summary>
    public bool BracketedLabelValues { get; init; } = true;

    /// <summary>A word after a preposition of place (<c>in</c>, <c>on</c>, <c>at</c>, <c>into</c>) is a value, as after <c>for</c>/<c>from</c>/<c>by</c>.</summary>
    public bool PrepositionsIntroduceValues { get; init; } = true;

    /// <summary>A record of fields joined by inner semicolons (<c>host;service;CRITICAL;SOFT;1;output</c>: at least two <c>;</c> with no space on either side) after a prefix is one value, up to a last <c>; </c> that starts a free-text field.</summary>
    public bool FieldRecordsAreValues { get; init; } = true;

    /// <summary>Upper-case words that open the message up to a colon (<c>SERVICE ALERT:</c>, <c>CURRENT HOST STATE:</c>) are the statement's title, never upper-case values.</summary>
    public bool LeadingTitlesAreStatements { get; init; } = true;

    /// <summary>Names of varying length right before a masked value in brackets (<c>Source: kafka-orders -&gt; Map (&lt;*&gt;)</c>, <c>KeyedProcess (&lt;*&gt;)</c>), between the same first words and the same rest, are one value.</summary>
    public bool NamesBeforeBracketedValues { get; init; } = true;

    /// <summary>The word after <c>to</c> that follows a slot noun (<c>changed state to up</c>, <c>set mode to readonly</c>) is a value.</summary>
    public bool SlotNounsBeforeTo { get; init; } = true;

    /// <summary>The second word of a bracketed label-and-value pair (<c>[pool www]</c>, <c>(user alice)</c>) is a value.</summary>
    public bool BracketedLabelPairs { get; init; } = true;

    /// <summary>The end of a change is a value: after an arrow from a value (<c>Progressing -&gt; Healthy</c>), and the word after <c>to</c> or a linking verb that ends a named slot's change (<c>state set to DRAINING</c>, <c>status of execution &lt;*&gt; to Error</c>, <c>status is Synced</c>).</summary>
    public bool TransitionsEndInValues { get; init; } = true;

    /// <summary>In keys of two words, one a masked value, the other word names the statement (<c>maxRetry: &lt;*&gt;</c> beside <c>findtime: &lt;*&gt;</c>): it splits however many such words there are.</summary>
    public bool LabelsOfLoneValuesAreStatements { get; init; } = true;

    /// <summary>A name before a bracketed value (<see cref="NamesBeforeBracketedValues"/>) is at most eight words; a longer text there is a sentence (<c>'VM' could not initialize memory: Ran out of memory (&lt;*&gt;).</c>), not a name.</summary>
    public bool NamesAreShort { get; init; } = true;

    /// <summary>Between the same words on both sides (the whole rest of the key), three or more fillers of one to four words, one of them a single word (<c>status OK.</c>, <c>status No Contact.</c>, <c>status Lost Communication.</c>), are one value.</summary>
    public bool PhraseSlots { get; init; } = true;
}

/// <summary>The templates built from a key table, and which template each key went to.</summary>
internal sealed class TemplateSet
{
    public TemplateSet(List<LogTemplate> templates, int[] keyToTemplate)
    {
        Templates = templates;
        KeyToTemplate = keyToTemplate;
    }

    /// <summary>Most frequent first; ties by first appearance.</summary>
    public List<LogTemplate> Templates { get; }

    /// <summary>For key <c>i</c> of the input list: the index of its template in <see cref="Templates"/>.</summary>
    public int[] KeyToTemplate { get; }
}

/// <summary>
/// Stage 2 of template mining: groups pre-template keys (stage 1, <see cref="TemplateTable"/>) into
/// templates. The result is a deterministic function of the <em>multiset</em> of keys with their
/// counts — never of the order in which keys were met or merged — except for the example and the
/// order of equal-count templates, which follow first appearance (the key list order, which
/// <see cref="LogTemplate.MergeTables"/> keeps equal to one sequential pass).
/// </summary>
/// <remarks>
/// <para>Algorithm (Brain-like, offline on the key table): keys are tokenised on spaces; a plain word
/// where an otherwise equal key has <c>&lt;*&gt;</c> becomes <c>&lt;*&gt;</c> (see
/// <see cref="Context.MaskWordsSeenAsValues"/>); values of several words are then made one variable
/// where a frame of first and last words holds many fillers of different lengths that are values, or
/// where text of several lengths follows a value label after the statement's first ordinary word
/// (tails, bracketed tails, label values inside brackets; see <see cref="Context.MaskVariableWidthSlots"/>);
/// then keys are grouped by token count. Within a length group, every (position, word) gets its frequency in lines. A key's
/// <em>signature</em> is the set of its words whose frequency is the most common frequency among its
/// words (ties: the higher frequency) — the words it shares with all lines of its template. Keys
/// with the same signature form a candidate group. A candidate group is then split recursively: a
/// column with one word is a constant; a column is a variable when its words contain a masked part,
/// when it follows an introducer word (<c>user</c>, <c>for</c>, <c>from</c>, <c>by</c>, <c>client</c>,
/// <c>state</c>, a lowercase <c>label:</c> that is not a component label among the leading header
/// words…) or a preposition of place, when its words differ only inside the same brackets or quotes,
/// when it holds three or more upper-case names, when it has more than <see cref="TemplateMinerSettings.MaxSplitValues"/>
/// words, or when it varies independently of another such column; otherwise the group is split on
/// the column with the fewest words (ties: leftmost) and each part is examined again. Variable
/// columns become <c>&lt;*&gt;</c>; leaves with the same text are one template.</para>
/// <para>Cost: O(tokens) per level of splitting; run once per finished analysis (not per merge).</para>
/// </remarks>
internal static partial class TemplateMiner
{
    private static readonly HashSet<string> s_introducers = new(StringComparer.OrdinalIgnoreCase)
    {
        // Prepositions and role nouns that announce a value ("for root", "from wordpress", "client DriverUpdates").
        "user", "users", "username", "for", "from", "by", "client", "host", "hostname", "node", "named",
        "name", "uid", "account", "login", "domain", "id",
        // Nouns that name a code or data object ("method sendMessage", "channel klogger", "collection rocketchat_message").
        "method", "class", "function", "module", "package", "file", "table", "collection", "room", "channel", "database",
        // Nouns that name a value slot ("in state SECONDARY", "Unknown column ts", "mode readonly").
        "state", "status", "column", "mode", "reason", "cause", "policy", "role", "type",
    };

    // Nouns that name a value slot, whose new value follows "to" ("changed state to up").
    private static readonly HashSet<string> s_slotNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "state", "status", "mode", "role", "type", "policy", "level",
    };

    // Prepositions of place whose object is usually a value ("in info of", "on host x", "at zone y"). Not "to"
    // (an infinitive: "Took 2 s to spawn"), "of" ("Out of memory"/"Out of disk space") or "with" ("Finished
    // with errors"/"with warnings"), whose next word is as often the statement's own.
    private static readonly HashSet<string> s_prepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "on", "at", "into" };

    public static TemplateSet Build(IReadOnlyList<LogTemplate> keys) => Build(keys, TemplateMinerSettings.Default);

    public static TemplateSet Build(IReadOnlyList<LogTemplate> keys, TemplateMinerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(settings);
        int n = keys.Count;
        var ctx = new Context(n, settings);
        for (int i = 0; i < n; i++)
        {
            ctx.Tokens[i] = ctx.Tokenize(keys[i].Template);
            ctx.Weight[i] = Math.Max(1, keys[i].Count);
        }
        if (settings.Cluster && settings.WordsSeenAsValues) ctx.MaskWordsSeenAsValues();
        if (settings.Cluster && settings.PhraseSlots) ctx.MaskPhraseSlots();
        if (settings.Cluster && settings.NamesBeforeBracketedValues) ctx.MaskNamesBeforeBracketedValues();
        if (settings.Cluster && settings.VariableWidthSlots) ctx.MaskVariableWidthSlots();
        var byLength = new Dictionary<int, List<int>>();
        for (int i = 0; i < n; i++)
        {
            int len = ctx.Tokens[i].Length;
            if (!byLength.TryGetValue(len, out var list)) byLength[len] = list = new List<int>();
            list.Add(i);
        }

        var leaves = new List<List<int>>();
        foreach (var group in byLength.Values)
        {
            if (!settings.Cluster)
            {
                foreach (int k in group) leaves.Add(new List<int> { k });
                continue;
            }
            var groupLeaves = new List<List<int>>();
            foreach (var candidate in ctx.CandidateGroups(group)) ctx.Split(candidate, groupLeaves);
            if (settings.MergeIntoGeneralTemplates) groupLeaves = ctx.MergeIntoGeneral(groupLeaves);
            leaves.AddRange(groupLeaves);
        }
        var leafTexts = new List<string>(leaves.Count);
        foreach (var leaf in leaves) leafTexts.Add(ctx.TemplateText(leaf));
        return Assemble(keys, leaves, leafTexts);
    }

    private static TemplateSet Assemble(IReadOnlyList<LogTemplate> keys, List<List<int>> leaves, List<string> leafTexts)
    {
        int n = keys.Count;
        var keyToTemplate = new int[n];
        var byText = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<string>();
        var members = new List<List<int>>();
        for (int l = 0; l < leaves.Count; l++)
        {
            var leaf = leaves[l];
            string text = leafTexts[l];
            if (!byText.TryGetValue(text, out int t))
            {
                t = texts.Count;
                byText[text] = t;
                texts.Add(text);
                members.Add(new List<int>());
            }
            members[t].AddRange(leaf);
        }

        var templates = new List<LogTemplate>(texts.Count);
        var firstIndex = new int[texts.Count];
        for (int t = 0; t < texts.Count; t++)
        {
            var m = members[t];
            m.Sort();
            firstIndex[t] = m[0];
            var result = new LogTemplate
            {
                Template = texts[t],
                TemplateId = LogTemplate.IdFor(texts[t]),
                Example = keys[m[0]].Example,
            };
            foreach (int k in m)
            {
                var key = keys[k];
                result.Count += key.Count;
                result.LevelCounts = LogTemplate.SumLevelCounts(result.LevelCounts, key.LevelCounts);
                result.FirstSeen = LogAnalysis.Min(result.FirstSeen, key.FirstSeen);
                result.LastSeen = LogAnalysis.Max(result.LastSeen, key.LastSeen);
            }
            templates.Add(result);
        }

        // Most frequent first; ties by first appearance (unique per template, so the order is total).
        var order = new int[templates.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => templates[a].Count != templates[b].Count
            ? templates[b].Count.CompareTo(templates[a].Count)
            : firstIndex[a].CompareTo(firstIndex[b]));
        var rank = new int[order.Length];
        var sorted = new List<LogTemplate>(order.Length);
        for (int i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
            sorted.Add(templates[order[i]]);
        }
        for (int t = 0; t < members.Count; t++)
            foreach (int k in members[t]) keyToTemplate[k] = rank[t];
        return new TemplateSet(sorted, keyToTemplate);
    }

    /// <summary>True when a constant word announces that the next word is a value.</summary>
    internal static bool IsIntroducer(string word, bool firstToken)
    {
        if (word.Length == 0) return false;
        char last = word[^1];
        string core = last is ':' or '=' ? word.Substring(0, word.Length - 1) : word;
        if (core.Length == 0) return false;
        if (s_introducers.Contains(core)) return true;
        // A lowercase label such as "to:" or "status:" (not a component prefix at the start of the message).
        if (last != ':' || firstToken || core[0] is < 'a' or > 'z') return false;
        foreach (char c in core)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')) return false;
        return true;
    }

    /// <summary>A name made of parts (<c>stream-notify-user</c>, <c>app:getStatus</c>, <c>erin_ops</c>, <c>Net::ReadTimeout</c>): a separator between two letters or digits.</summary>
    internal static bool IsCompoundIdentifier(string word)
    {
        for (int i = 1; i < word.Length - 1; i++)
        {
            if (word[i] is '-' or '_' or ':' && char.IsAsciiLetterOrDigit(word[i - 1]) && char.IsAsciiLetterOrDigit(word[i + 1])) return true;
            // A qualified name "Net::ReadTimeout" (Ruby, C++, Rust).
            if (word[i] == ':' && word[i + 1] == ':' && char.IsAsciiLetterOrDigit(word[i - 1]) && i + 2 < word.Length && char.IsAsciiLetter(word[i + 2])) return true;
        }
        return false;
    }

    private const int MaxPhraseWords = 8;

    /// <summary>
    /// A bracketed phrase of several words right after an introducer ("cause [auto(bulk api)],",
    /// "named [Abandoned connection cleanup thread]") is one value, as a single bracketed word
    /// there is: it becomes "[&lt;*&gt;]" (keeping what follows the closing bracket). At most
    /// <see cref="MaxPhraseWords"/> words; an unbalanced bracket leaves the key as it is.
    /// </summary>
    internal static string[] JoinBracketedPhrases(string[] parts)
    {
        List<string>? joined = null;
        for (int j = 1; j < parts.Length; j++)
        {
            string w = parts[j];
            if (w.Length == 0 || w[0] is not ('[' or '(') || !IsIntroducer(parts[j - 1], j - 1 == 0)) { joined?.Add(w); continue; }
            int depth = 0, end = -1, at = -1;
            for (int k = j; k < parts.Length && k <= j + MaxPhraseWords && end < 0; k++)
            {
                string t = parts[k];
                for (int c = 0; c < t.Length; c++)
                {
                    if (t[c] is '(' or '[' or '{') depth++;
                    else if (t[c] is ')' or ']' or '}' && --depth <= 0) { end = k; at = c; break; }
                }
                if (depth < 0) break;
            }
            if (end <= j || depth < 0 || parts[end][at] != (w[0] == '[' ? ']' : ')')) { joined?.Add(w); continue; }
            if (joined is null)
            {
                joined = new List<string>(parts.Length);
                for (int k = 0; k < j; k++) joined.Add(parts[k]);
            }
            joined.Add(string.Concat(w.AsSpan(0, 1), "<*>", parts[end].AsSpan(at)));
            j = end;
        }
        if (joined is null) return parts;
        return joined.ToArray();
    }

    /// <summary>
    /// A record of fields joined by semicolons with no space around them
    /// (<c>SERVICE ALERT: web02;MySQL Replication;WARNING;SOFT;4;SWAP WARNING - …</c>) is data: the
    /// statement is the prefix before it. At least two such inner semicolons make a record; it
    /// starts at the token holding the first one (fields may hold spaces) and runs to the end of the
    /// message, or to a last semicolon followed by a space, whose free text after it stays
    /// (<c>…;STARTED; Service appears to have started flapping</c>). A record must have a prefix
    /// (a key that is only a record is left alone). A function of the key text alone.
    /// </summary>
    internal static string MaskFieldRecord(string text)
    {
        int first = -1, inner = 0;
        for (int i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] != ';' || text[i - 1] == ' ' || text[i + 1] == ' ') continue;
            if (first < 0) first = i;
            inner++;
        }
        if (inner < 2) return text;
        int start = text.LastIndexOf(' ', first) + 1;
        if (start == 0) return text;
        int last = text.LastIndexOf(';');
        int end = last > first && last + 1 < text.Length && text[last + 1] == ' ' ? last + 1 : text.Length;
        return string.Concat(text.AsSpan(0, start), "<*>", text.AsSpan(end));
    }

    private sealed partial class Context
    {
        private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
        private readonly List<string> _words = new();
        // Per word: 0 plain, 1 exactly "<*>", 2 a variable inside other text ("onExtend:<*>").
        private readonly List<byte> _wordKind = new();
        private readonly TemplateMinerSettings _settings;

        public Context(int n, TemplateMinerSettings settings)
        {
            Tokens = new int[n][];
            Weight = new long[n];
            _settings = settings;
        }

        public int[][] Tokens { get; }

        public long[] Weight { get; }

        public int[] Tokenize(string text)
        {
            if (text.Length == 0) return Array.Empty<int>();
            if (_settings.Cluster && _settings.FieldRecordsAreValues) text = MaskFieldRecord(text);
            string[] parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (_settings.Cluster && _settings.BracketedPhrasesAfterIntroducers) parts = JoinBracketedPhrases(parts);
            var ids = new int[parts.Length];
            for (int j = 0; j < parts.Length; j++) ids[j] = Intern(parts[j]);
            return ids;
        }


        /// <summary>
        /// A plain word is a value when another key is the same in every other position and has a
        /// masked value (<c>&lt;*&gt;</c>) there: <c>Client node-red disconnected.</c> beside
        /// <c>Client &lt;*&gt; disconnected.</c> — the same statement with a value that happened to
        /// have no digit. Such words become <c>&lt;*&gt;</c> before any other analysis, so they do
        /// not pose as constant context (a frame met with many words) later. Keys of fewer than
        /// three words are left alone (too little context to tell). Decided on the key set only;
        /// all replacements are found first and applied after, so key order does not matter.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void MaskWordsSeenAsValues()
        {
            int n = Tokens.Length;
            int variable = Intern("<*>");
            // Polynomial hash of each key's word ids: replacing one word changes it by a known term.
            var hashes = new ulong[n];
            // Hash → first key with it; keys whose hash another key already has (a collision, or equal
            // words after phrase joining) go to a list, so no key is missed whatever the key order.
            var byHash = new Dictionary<ulong, int>(n);
            Dictionary<ulong, List<int>>? more = null;
            for (int i = 0; i < n; i++)
            {
                ulong h = (ulong)Tokens[i].Length * 0x9E3779B97F4A7C15UL;
                ulong power = 1;
                foreach (int t in Tokens[i])
                {
                    h += Mix(t) * power;
                    power *= HashBase;
                }
                hashes[i] = h;
                if (!byHash.TryAdd(h, i))
                {
                    more ??= new Dictionary<ulong, List<int>>();
                    if (!more.TryGetValue(h, out var list)) more[h] = list = new List<int>();
                    list.Add(i);
                }
            }
            List<(int Key, int Position)>? found = null;
            for (int i = 0; i < n; i++)
            {
                int[] t = Tokens[i];
                if (t.Length < 3) continue;
                ulong power = 1;
                for (int k = 0; k < t.Length; k++, power *= HashBase)
                {
                    if (_wordKind[t[k]] != 0) continue;
                    ulong h = hashes[i] - Mix(t[k]) * power + Mix(variable) * power;
                    if (!byHash.TryGetValue(h, out int j)) continue;
                    bool sibling = IsMaskedSibling(Tokens[j], t, k, variable);
                    if (!sibling && more is not null && more.TryGetValue(h, out var others))
                        foreach (int o in others) sibling |= IsMaskedSibling(Tokens[o], t, k, variable);
                    if (sibling) (found ??= new List<(int, int)>()).Add((i, k));
                }
            }
            if (found is null) return;
            foreach (var (key, position) in found) Tokens[key][position] = variable;
        }

        private const int MaxSlotPhrase = 4;

        /// <summary>
        /// Keys equal in every word but one run of one to four words (<c>reported status OK. (Virtual machine
        /// ID &lt;*&gt;)</c>, <c>… status No Contact. (…)</c>, <c>… status Lost Communication. (…)</c>) hold a value
        /// there when three or more different runs of two or more lengths, one of them a single word, stand between
        /// the same words, with a plain word on each side: the run is a slot of the statement, and a word there
        /// and a phrase there are the same kind of value. Each run becomes one <c>&lt;*&gt;</c> (keeping the
        /// run's opening bracket and closing punctuation). A function of the key set (frames hashed from prefix
        /// and suffix sums; all replacements found first, the longest run of a key wins).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void MaskPhraseSlots()
        {
            int n = Tokens.Length;
            var frames = new Dictionary<ulong, PhraseFrame>();
            var prefix = new ulong[16];
            var suffix = new ulong[16];
            var powers = new ulong[16];
            for (int pass = 0; pass < 2; pass++)
            {
                List<(int Key, int Start, int End)>? found = null;
                for (int i = 0; i < n; i++)
                {
                    int[] t = Tokens[i];
                    int len = t.Length;
                    if (len < 3) continue;
                    if (prefix.Length <= len + 1)
                    {
                        prefix = new ulong[2 * len + 2];
                        suffix = new ulong[2 * len + 2];
                        powers = new ulong[2 * len + 2];
                    }
                    powers[0] = 1;
                    for (int k = 1; k <= len; k++) powers[k] = powers[k - 1] * HashBase;
                    prefix[0] = 0;
                    for (int k = 0; k < len; k++) prefix[k + 1] = prefix[k] + Mix(t[k]) * powers[k];
                    suffix[len] = 0;
                    for (int k = len - 1; k >= 0; k--) suffix[k] = Mix(t[k]) + HashBase * suffix[k + 1];
                    int lastFixed = -1, ordinary = int.MinValue;
                    for (int k = len - 1; k >= 0 && lastFixed < 0; k--) if (IsFixedWord(t[k])) lastFixed = k;
                    bool plainBefore = false;
                    for (int a = 1; a < len; a++)
                    {
                        plainBefore |= IsFixedWord(t[a - 1]);
                        if (!plainBefore) continue;
                        // The run follows an introducer ("status", "name", "for"), or is one bracketed phrase ("(Spark Pi)").
                        char open = _words[t[a]][0];
                        bool introduced = _settings.UseIntroducers && (a - 1 == 0 ? IsIntroducer(_words[t[0]], true) : IntroducesValue(t[a - 1]));
                        if (!introduced && open is not ('(' or '[')) continue;
                        if (introduced && _words[t[a - 1]][^1] == ':')
                        {
                            // A component label among the leading header words ("[INFO] core:") introduces no value.
                            if (ordinary == int.MinValue) ordinary = FirstOrdinaryWord(t);
                            if (IsComponentLabelAt(t, a - 1, ordinary)) introduced = false;
                            if (!introduced && open is not ('(' or '[')) continue;
                        }
                        for (int b = a + 1; b < len && b - a <= MaxSlotPhrase && _wordKind[t[b - 1]] == 0; b++)
                        {
                            // A word that announces a value of its own ("for invalid user x") makes the run part of the statement.
                            if (b - a > 1 && IntroducesValue(t[b - 2])) break;
                            if (!introduced)
                            {
                                string w = _words[t[b - 1]];
                                // One bracketed phrase: the bracket opened at its first word closes at its last word's end.
                                if (w[^1] != (open == '(' ? ')' : ']')) continue;
                            }
                            // A plain word after the run too: the run stands between the statement's words.
                            if (lastFixed < b) break;
                            ulong frame = (ulong)a * 0x9E3779B97F4A7C15UL ^ (ulong)(len - b) * 0xC2B2AE3D27D4EB4FUL ^ prefix[a] * 31 ^ suffix[b] * 0x165667B19E3779F9UL;
                            ulong filler = suffix[a] - suffix[b] * powers[b - a];
                            if (pass == 0)
                                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(frames, frame, out _).Note(filler, b - a);
                            else if (frames.TryGetValue(frame, out var f) && f.IsSlot)
                                (found ??= new()).Add((i, a, b));
                        }
                    }
                }
                if (pass == 0) continue;
                if (found is null) return;
                // Per key, the longest run wins (ties: the first).
                var best = new Dictionary<int, (int Start, int End)>();
                foreach (var (key, a, b) in found)
                    if (!best.TryGetValue(key, out var x) || b - a > x.End - x.Start) best[key] = (a, b);
                foreach (var (key, (a, b)) in best)
                {
                    int[] t = Tokens[key];
                    string first = _words[t[a]], last = _words[t[b - 1]];
                    int open = first[0] is '(' or '[' or '{' or '"' or '\'' ? 1 : 0;
                    int close = last.Length;
                    while (close > 0 && last[close - 1] is ')' or ']' or '}' or '"' or '\'' or '.' or ',' or ';' or ':' or '!' or '?') close--;
                    int value = Intern(string.Concat(first.AsSpan(0, open), "<*>", last.AsSpan(Math.Max(close, b - a == 1 ? open : 0))));
                    var replaced = new int[t.Length - (b - a) + 1];
                    Array.Copy(t, replaced, a);
                    replaced[a] = value;
                    Array.Copy(t, b, replaced, a + 1, t.Length - b);
                    Tokens[key] = replaced;
                }
            }
        }

        // What a phrase frame has seen: up to three distinct fillers (all the test needs) and the lengths met (bit per length).
        private struct PhraseFrame
        {
            private ulong _first, _second;
            private int _fillers;
            private int _lengths;

            public void Note(ulong filler, int length)
            {
                _lengths |= 1 << length;
                if (_fillers >= 3) return;
                if (_fillers == 0) _first = filler;
                else if (filler == _first || _fillers == 2 && filler == _second) return;
                else if (_fillers == 1) _second = filler;
                _fillers++;
            }

            /// <summary>Three or more fillers, of two or more lengths, one of them a single word.</summary>
            public readonly bool IsSlot => _fillers >= 3 && (_lengths & 2) != 0 && (_lengths & (_lengths - 1)) != 0;
        }

        // Per word id: 0 not known yet, 1 a fixed word (plain, with a letter), 2 not; 3/4 the same for "introduces a value" (not as the first token).
        private readonly List<byte> _fixedWord = new();
        private readonly List<byte> _introducerWord = new();

        private bool IsFixedWord(int word)
        {
            while (_fixedWord.Count <= word) _fixedWord.Add(0);
            if (_fixedWord[word] != 0) return _fixedWord[word] == 1;
            bool letter = false;
            if (_wordKind[word] == 0) foreach (char c in _words[word]) if (char.IsLetter(c)) { letter = true; break; }
            _fixedWord[word] = letter ? (byte)1 : (byte)2;
            return letter;
        }

        // IsIntroducer(word, firstToken: false), cached per word id.
        private bool IntroducesValue(int word)
        {
            while (_introducerWord.Count <= word) _introducerWord.Add(0);
            if (_introducerWord[word] != 0) return _introducerWord[word] == 1;
            bool introduces = IsIntroducer(_words[word], firstToken: false);
            _introducerWord[word] = introduces ? (byte)1 : (byte)2;
            return introduces;
        }

        private const ulong HashBase = 0x100000001B3UL;

        private static ulong Mix(int id)
        {
            ulong x = (ulong)(uint)id + 0x9E3779B97F4A7C15UL;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            return x ^ (x >> 31);
        }

        // a equals b except at k, where a has the variable.
        private static bool IsMaskedSibling(int[] a, int[] b, int k, int variable)
        {
            if (a.Length != b.Length || a[k] != variable) return false;
            for (int p = 0; p < a.Length; p++) if (p != k && a[p] != b[p]) return false;
            return true;
        }

        /// <summary>
        /// A name of varying length right before a masked value in brackets — a task, job or operator
        /// name and its index (<c>Source: kafka-orders -&gt; Map (&lt;*&gt;) switched from …</c> beside
        /// <c>KeyedProcess (&lt;*&gt;) switched from …</c>) — is one value when at least three different
        /// names of at least two lengths stand between the same first words (none to three) and the same
        /// rest of the message, which must hold a plain word (a trailing logger name <c>(&lt;*&gt;)</c> frames
        /// nothing). Of several such frames of one key the one with the fewest first words (the longest
        /// name) wins, so <c>Received task Source: x -&gt; Map (…)</c> and <c>Received task KeyedProcess (…)</c>
        /// get the same name slot.
        /// A function of the key set only (frames are compared by word ids).
        /// </summary>
        public void MaskNamesBeforeBracketedValues()
        {
            int n = Tokens.Length;
            var at = new int[n];
            var frames = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var sb = new System.Text.StringBuilder();
            for (int k = 0; k < n; k++)
            {
                int[] t = Tokens[k];
                at[k] = -1;
                for (int b = 1; b < t.Length; b++)
                    if (_words[t[b]].StartsWith("(<*>)", StringComparison.Ordinal)) { at[k] = b; break; }
                if (at[k] < 0) continue;
                // The rest must say something: a plain word after the bracketed value (not a trailing "(logger)").
                bool plain = false;
                for (int q = at[k] + 1; q < t.Length && !plain; q++) plain = _words[t[q]].IndexOf("<*>", StringComparison.Ordinal) < 0;
                if (!plain) { at[k] = -1; continue; }
                for (int a = 0; a <= 3 && a < at[k]; a++)
                {
                    // A name is a few words (as a bracketed phrase is); a longer text before "(<*>)" is a sentence.
                    if (_settings.NamesAreShort && at[k] - a > MaxPhraseWords) continue;
                    string frame = FrameText(sb, t, a, at[k]);
                    if (!frames.TryGetValue(frame, out var list)) frames[frame] = list = new List<int>();
                    list.Add(k);
                }
            }
            var best = new int[n];
            Array.Fill(best, -1);
            var names = new HashSet<string>(StringComparer.Ordinal);
            var lengths = new HashSet<int>();
            foreach (var (frame, list) in frames)
            {
                int a = frame[^1] - '0';
                names.Clear();
                lengths.Clear();
                foreach (int k in list)
                {
                    names.Add(NameText(sb, Tokens[k], a, at[k]));
                    lengths.Add(at[k] - a);
                }
                if (names.Count < 3 || lengths.Count < 2) continue;
                foreach (int k in list) if (best[k] < 0 || a < best[k]) best[k] = a;
            }
            int variable = Intern("<*>");
            for (int k = 0; k < n; k++)
            {
                if (best[k] < 0) continue;
                int[] t = Tokens[k];
                int a = best[k], b = at[k];
                var replaced = new int[t.Length - (b - a) + 1];
                Array.Copy(t, replaced, a);
                replaced[a] = variable;
                Array.Copy(t, b, replaced, a + 1, t.Length - b);
                Tokens[k] = replaced;
            }
        }

        private static string FrameText(System.Text.StringBuilder sb, int[] t, int a, int b)
        {
            sb.Clear();
            for (int q = 0; q < a; q++) sb.Append(t[q]).Append(' ');
            sb.Append('|');
            for (int q = b; q < t.Length; q++) sb.Append(t[q]).Append(' ');
            return sb.Append('|').Append((char)('0' + a)).ToString();
        }

        private static string NameText(System.Text.StringBuilder sb, int[] t, int a, int b)
        {
            sb.Clear();
            for (int q = a; q < b; q++) sb.Append(t[q]).Append(' ');
            return sb.ToString();
        }

        /// <summary>
        /// Values of several words (systemd's "Started Message of the Day.", a program named
        /// "Google Chrome He") give keys of different lengths for one statement. A <em>frame</em> is
        /// a key's first 1–3 tokens and last 1–3 tokens (the last token's trailing punctuation
        /// counts as one); what lies between is its <em>filler</em>. A frame is a slot when its
        /// fillers are many (more than <see cref="TemplateMinerSettings.MaxSplitValues"/>), of
        /// different lengths, and most of them are also met in other frames (the same phrase after
        /// other words: evidence that it is a value, not part of the statement). The filler of a
        /// key in a slot becomes one <c>&lt;*&gt;</c> (the slot with the most context wins).
        /// Runs on the key list only: the result is a function of the key set.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void MaskVariableWidthSlots()
        {
            int n = Tokens.Length;
            // Frames and fillers are keyed by a 128-bit hash of their word ids (no text is built).
            var frames = new Dictionary<UInt128, Frame>();
            var fillerFrames = new Dictionary<UInt128, int>();
            var lastFrameOfFiller = new Dictionary<UInt128, UInt128>();
            var ext = new int[n][];
            var plainBefore = new int[2 * MaxFrameSide + 64];
            for (int i = 0; i < n; i++)
            {
                int[] e = Extended(Tokens[i]);
                ext[i] = e;
                // plainBefore[k]: plain (unmasked) words among e[0..k), to tell fillers made only of values.
                if (plainBefore.Length <= e.Length) plainBefore = new int[e.Length * 2];
                for (int k = 0; k < e.Length; k++) plainBefore[k + 1] = plainBefore[k] + (_wordKind[e[k]] == 0 ? 1 : 0);
                int ordinary = FirstOrdinaryWord(e), bracketTail = BracketTailStart(e);
                for (int p = 1; p < e.Length; p++)
                {
                    for (int q = 0; q <= MaxFrameSide; q++)
                    {
                        if (p + q >= e.Length || p > MaxFrameSide && (q > 0 || !_settings.TailValues)) break;
                        bool tail = q == 0 && IsTail(e, p, ordinary, bracketTail);
                        if (q == 0 && !tail && (p > MaxFrameSide || !IsValueTail(e, p, plainBefore))) continue;
                        UInt128 frame = tail ? FrameKey(TailPrefix(e), p, 0) : FrameKey(e, p, q);
                        UInt128 filler = Hash(e.AsSpan(p, e.Length - p - q), 0);
                        if (!frames.TryGetValue(frame, out var f)) frames[frame] = f = new Frame { IsLabel = tail, IsBracketTail = tail && p == bracketTail && !EndsWithAnyLabel(e, p), IsDeep = p > MaxFrameSide, MaskedBoundary = _wordKind[e[p - 1]] != 0 || q > 0 && _wordKind[e[e.Length - q]] != 0 };
                        if (f.Fillers.Add(filler))
                        {
                            // Count the distinct frames each filler is met in.
                            if (!lastFrameOfFiller.TryGetValue(filler, out UInt128 seen)) { lastFrameOfFiller[filler] = frame; fillerFrames[filler] = 1; }
                            else if (seen != frame) { lastFrameOfFiller[filler] = frame; fillerFrames[filler]++; }
                        }
                        f.Lengths.Add(e.Length - p - q);
                        f.NoteTail(WrappedTail(e[e.Length - q - 1]));
                        if (tail) f.NoteLastWord(LastWordOfText(e));
                        if (plainBefore[e.Length - q] != plainBefore[p]) f.HasPlainFiller = true;
                    }
                }
                // A label inside brackets: its value runs to the closing bracket ("[Request processing failed: …] with root cause").
                for (int p = 2; _settings.BracketedLabelValues && p < e.Length; p++)
                {
                    if (!IsBracketedLabelValue(e, p, ordinary, out int close)) continue;
                    UInt128 frame = BracketedLabelFrameKey(e, p, close);
                    UInt128 filler = Hash(e.AsSpan(p, close - p + 1), 0);
                    if (!frames.TryGetValue(frame, out var f)) frames[frame] = f = new Frame { IsLabel = true };
                    if (f.Fillers.Add(filler))
                    {
                        if (!lastFrameOfFiller.TryGetValue(filler, out UInt128 seen)) { lastFrameOfFiller[filler] = frame; fillerFrames[filler] = 1; }
                        else if (seen != frame) { lastFrameOfFiller[filler] = frame; fillerFrames[filler]++; }
                    }
                    f.Lengths.Add(close - p + 1);
                    f.NoteTail(null);
                }
            }
            var slots = new HashSet<UInt128>();
            var values = new HashSet<UInt128>();
            foreach (var (key, f) in frames)
            {
                // After a label ("statement: SELECT …"), any text of several lengths is the value. A
                // label among the first words introduces the rest of the message; deeper in it, texts
                // that all end in the same plain word are not one value but a value followed by more
                // of the statement ("reason: Layer4 … in queue.", "reason: Layer7 … in queue.").
                // A bracketed phrase that ends the message is a value once three different ones are met,
                // of any lengths ("[timer #1]", "[alerter #2]", "[history syncer #1]"); two may be two
                // statements ("(CRON) INFO (pidfile fd = 3)" and "(Running @reboot jobs)").
                if (f.IsLabel && (f.Lengths.Count >= 2 || f.IsBracketTail) && (!f.IsDeep || f.LastWord < 0 || _wordKind[f.LastWord] != 0) && (!f.IsBracketTail || f.Fillers.Count >= 3))
                {
                    slots.Add(key);
                    values.UnionWith(f.Fillers);
                    continue;
                }
                // Fillers made only of values ("ehlo=<*> mail=<*> quit=<*>", "<*> <*>]") of several lengths:
                // a list of values of varying length (key=value pairs that are present or not).
                if (_settings.ValueListSlots && !f.HasPlainFiller && !f.MaskedBoundary && f.Lengths.Count >= 2 && f.Fillers.Count >= 3)
                {
                    slots.Add(key);
                    values.UnionWith(f.Fillers);
                    continue;
                }
                if (f.Fillers.Count <= _settings.MaxSplitValues || f.Lengths.Count < 2) continue;
                int recurring = 0;
                foreach (UInt128 filler in f.Fillers) if (fillerFrames[filler] >= 2) recurring++;
                // Evidence that the filler is a value: it is met after other words too, or every
                // filler ends in the same wrapped value ("QQ(<*>)", "Google Chrome He(<*>)": a name and its pid).
                if (recurring * 2 <= f.Fillers.Count && !f.SameWrappedTail) continue;
                slots.Add(key);
                values.UnionWith(f.Fillers);
            }
            if (slots.Count == 0) return;
            // A frame whose fillers are values of those slots is a slot too ("Failed to start <*>." beside "Started <*>.").
            foreach (var (key, f) in frames)
            {
                if (slots.Contains(key) || f.Fillers.Count < 2) continue;
                int known = 0;
                foreach (UInt128 filler in f.Fillers) if (values.Contains(filler)) known++;
                if (known * 2 > f.Fillers.Count) slots.Add(key);
            }
            int variable = Intern("<*>");
            for (int i = 0; i < n; i++)
            {
                int[] e = ext[i];
                if (plainBefore.Length <= e.Length) plainBefore = new int[e.Length * 2];
                for (int k = 0; k < e.Length; k++) plainBefore[k + 1] = plainBefore[k] + (_wordKind[e[k]] == 0 ? 1 : 0);
                int bestP = 0, bestQ = 0, firstTail = 0;
                bool bestIsTail = false;
                int ordinary = FirstOrdinaryWord(e), bracketTail = BracketTailStart(e);
                for (int p = 1; p < e.Length; p++)
                {
                    for (int q = 0; q <= MaxFrameSide; q++)
                    {
                        if (p + q >= e.Length || p > MaxFrameSide && (q > 0 || !_settings.TailValues)) break;
                        bool tail = q == 0 && IsTail(e, p, ordinary, bracketTail);
                        if (p + q <= bestP + bestQ && !(tail && firstTail == 0)) continue;
                        if (q == 0 && !tail && (p > MaxFrameSide || !IsValueTail(e, p, plainBefore)) || !slots.Contains(tail ? FrameKey(TailPrefix(e), p, 0) : FrameKey(e, p, q))) continue;
                        if (tail && firstTail == 0) firstTail = p;
                        if (p + q <= bestP + bestQ) continue;
                        bestP = p;
                        bestQ = q;
                        bestIsTail = tail;
                    }
                }
                // Of two tail values, the longer one holds the shorter ("…: user does not exist [uid: 0, name: x]"
                // is the reason after "from <*>:", not only its bracket): its frame's other keys are met the same way.
                if (bestIsTail && firstTail < bestP) bestP = firstTail;
                // A label's value inside brackets (more context than the frames above wins).
                int labelP = 0, labelClose = 0, context = bestP + bestQ;
                for (int p = 2; _settings.BracketedLabelValues && p < e.Length; p++)
                {
                    if (!IsBracketedLabelValue(e, p, ordinary, out int close) || p + e.Length - close - 1 <= context) continue;
                    if (!slots.Contains(BracketedLabelFrameKey(e, p, close))) continue;
                    labelP = p;
                    labelClose = close;
                    context = p + e.Length - close - 1;
                }
                if (labelP > 0)
                {
                    bestP = labelP;
                    bestQ = e.Length - labelClose - 1;
                }
                if (bestP == 0) continue;
                var words = new List<string>(bestP + bestQ + 1);
                for (int k = 0; k < bestP; k++) words.Add(_words[e[k]]);
                // A bracketed tail keeps its brackets ("CMD (<*>)"), a bracketed label value its closing bracket ("failed: <*>]").
                words.Add(labelP > 0 ? "<*>" + _words[e[labelClose]][^1] : bestQ == 0 && bestP == bracketTail ? BracketedVariable(e) : "<*>");
                for (int k = e.Length - bestQ; k < e.Length; k++) words.Add(_words[e[k]]);
                // Trailing punctuation goes back onto the token before it ("<*>" "." → "<*>.").
                if (bestQ > 0 && e.Length > Tokens[i].Length)
                {
                    words[^2] += words[^1];
                    words.RemoveAt(words.Count - 1);
                }
                var tokens = new int[words.Count];
                for (int k = 0; k < tokens.Length; k++) tokens[k] = words[k] == "<*>" ? variable : Intern(words[k]);
                Tokens[i] = tokens;
            }
        }

        private const int MaxFrameSide = 3;

        private readonly Dictionary<int, string?> _tails = new();

        // "(<*>)" for "QQ(<*>)" or "He(<*>)": the bracketed variable a word ends in (cached per word).
        private string? WrappedTail(int word)
        {
            if (_tails.TryGetValue(word, out string? tail)) return tail;
            string w = _words[word];
            int at = w.LastIndexOf("<*>", StringComparison.Ordinal);
            tail = at > 1 && at + 4 == w.Length && w[at - 1] is '(' or '[' && w[^1] is ')' or ']' ? w.Substring(at - 1) : null;
            _tails[word] = tail;
            return tail;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static UInt128 Hash(ReadOnlySpan<int> ids, long seed) =>
            System.IO.Hashing.XxHash128.HashToUInt128(System.Runtime.InteropServices.MemoryMarshal.AsBytes(ids), seed);

        // The frame's shape (p, q) is the seed, so frames of different shapes never share a key.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static UInt128 FrameKey(int[] e, int p, int q)
        {
            // A tail frame may start deep in the key (any p, q = 0): its words are the key's start.
            if (q == 0) return Hash(e.AsSpan(0, p), p * 16 + 1);
            Span<int> ids = stackalloc int[2 * MaxFrameSide];
            e.AsSpan(0, p).CopyTo(ids);
            e.AsSpan(e.Length - q, q).CopyTo(ids.Slice(p));
            return Hash(ids.Slice(0, p + q), p * 16 + q + 1);
        }

        // The p-th word is a value label ("statement:", "starting:"): a lowercase word and a colon, not the first word.
        private bool EndsWithLabel(int[] e, int p)
        {
            if (p < 2) return false;
            string w = _words[e[p - 1]];
            return w.Length > 1 && w[^1] == ':' && IsIntroducer(w, firstToken: false) && !s_introducers.Contains(w[..^1]);
        }

        /// <summary>
        /// The text from word <paramref name="p"/> to the end is a tail value: it follows a value label
        /// ("became not supported: …", "caused by: …") that comes after the message's first ordinary
        /// word — a label among the leading header words is a component ("[INFO] core: …",
        /// "agent.server: serf: …"), whose texts are statements — or it is one bracketed phrase
        /// that ends the message ("CMD (…)", "started [history syncer #1]").
        /// </summary>
        private bool IsTail(int[] e, int p, int ordinary, int bracketTail)
        {
            if (p == bracketTail && p >= 2) return true;
            if (p < 2 || ordinary < 0 || ordinary >= p - 1) return false;
            if (_settings.TailValues)
            {
                string w = _words[e[p - 1]];
                // A lone dash after the statement introduces a reason as a colon does ("… (callid: x) - Failed to authenticate").
                if (w is "-" or "--") return p - 1 > ordinary + 1;
                // A masked value with a label colon deep in the message ("… attempt for <*> from <*>: user is not active").
                if (w == "<*>:") return p > MaxFrameSide;
                // Any plain "label:" after the statement's first ordinary word: "supported:", "SSL:", "Error:".
                return w.Length > 1 && w[^1] == ':' && _wordKind[e[p - 1]] == 0;
            }
            return EndsWithLabel(e, p);
        }

        private int[]? _tailPrefixOf;
        private int[] _tailPrefix = Array.Empty<int>();

        /// <summary>
        /// The key's words as the start of a tail frame: a word after an introducer is a value
        /// ("… attempt for ci-bot from &lt;*&gt;: …" and "… for alice …" are one frame), so a
        /// word value before the tail does not split its texts into frames of one text each.
        /// Cached for the last key asked.
        /// </summary>
        private int[] TailPrefix(int[] e)
        {
            if (ReferenceEquals(_tailPrefixOf, e)) return _tailPrefix;
            var t = (int[])e.Clone();
            int variable = Intern("<*>");
            for (int k = 1; k < t.Length; k++)
                if (_wordKind[e[k]] == 0 && _settings.UseIntroducers && IsIntroducer(_words[e[k - 1]], k - 1 == 0) && !IsComponentLabel(e, k - 1)) t[k] = variable;
            _tailPrefixOf = e;
            _tailPrefix = t;
            return t;
        }

        // The word before p ends in a colon.
        private bool EndsWithAnyLabel(int[] e, int p) => p > 0 && _words[e[p - 1]][^1] == ':';

        // IsComponentLabel with the key's first ordinary word already known.
        private bool IsComponentLabelAt(int[] t, int k, int ordinary)
        {
            if (!_settings.HeaderLabelsAreComponents) return false;
            string w = _words[t[k]];
            if (w[^1] != ':' || s_introducers.Contains(w[..^1])) return false;
            return ordinary < 0 || ordinary >= k;
        }

        // A generic "label:" among the leading header words names a component ("[INFO] agent: Synced …"), not a value.
        private bool IsComponentLabel(int[] t, int k)
        {
            if (!_settings.HeaderLabelsAreComponents) return false;
            string w = _words[t[k]];
            if (w[^1] != ':' || s_introducers.Contains(w[..^1])) return false;
            int ordinary = FirstOrdinaryWord(t);
            return ordinary < 0 || ordinary >= k;
        }

        // The first word that is not a header word (masked, bracketed, a label "x:", an upper-case level), or -1.
        private int FirstOrdinaryWord(int[] e)
        {
            if (!_settings.HeaderLabelsAreComponents) return 0;
            for (int k = 0; k < e.Length; k++)
            {
                if (_wordKind[e[k]] != 0) continue;
                string w = _words[e[k]];
                // "duration: <*>" is a field of the message, not a component label.
                if (w[^1] == ':' && k + 1 < e.Length && _wordKind[e[k + 1]] != 0) return k;
                if (w[^1] == ':' || w[0] is '[' or '(' or '<' or '{') continue;
                bool upper = true;
                foreach (char c in w) if (char.IsLower(c)) { upper = false; break; }
                if (upper) continue;
                return k;
            }
            return -1;
        }

        // The word where one bracketed phrase that ends the key begins ("(cd / && run-parts)"), or -1.
        private int BracketTailStart(int[] e)
        {
            if (!_settings.TailValues || e.Length < 3) return -1;
            string last = _words[e[^1]];
            char close = last[^1];
            if (close is not (')' or ']')) return -1;
            char open = close == ')' ? '(' : '[';
            // Only this bracket pair is counted: a masked value may have taken the other half of another pair ("<*>]").
            int depth = 0;
            for (int k = e.Length - 1; k >= 0 && e.Length - k <= MaxTailWords; k--)
            {
                string w = _words[e[k]];
                for (int c = w.Length - 1; c >= 0; c--)
                {
                    if (w[c] == close) depth++;
                    else if (w[c] == open && --depth == 0) return c == 0 ? k : -1;
                }
            }
            return -1;
        }

        // Longest bracketed tail looked for (words).
        private const int MaxTailWords = 32;

        // The key's last word that is not only punctuation.
        private int LastWordOfText(int[] e)
        {
            for (int k = e.Length - 1; k > 0; k--)
            {
                foreach (char c in _words[e[k]]) if (char.IsLetterOrDigit(c) || c == '*') return e[k];
            }
            return e[0];
        }

        /// <summary>
        /// Word <paramref name="p"/> follows a value label ("failed:") that stands inside brackets opened
        /// earlier in the key; <paramref name="close"/> is the word whose last character closes them.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool IsBracketedLabelValue(int[] e, int p, int ordinary, out int close)
        {
            close = -1;
            if (p < 2 || ordinary < 0 || ordinary >= p - 1) return false;
            string label = _words[e[p - 1]];
            if (label.Length < 2 || label[^1] != ':' || _wordKind[e[p - 1]] != 0) return false;
            int depth = 0;
            for (int k = 0; k < p; k++)
            {
                foreach (char c in _words[e[k]])
                {
                    if (c is '(' or '[' or '{') depth++;
                    else if (c is ')' or ']' or '}' && depth > 0) depth--;
                }
            }
            if (depth == 0) return false;
            int level = depth;
            for (int k = p; k < e.Length && k <= p + 2 * MaxPhraseWords; k++)
            {
                string w = _words[e[k]];
                for (int c = 0; c < w.Length; c++)
                {
                    if (w[c] is '(' or '[' or '{') depth++;
                    else if (w[c] is ')' or ']' or '}' && --depth < level)
                    {
                        if (c != w.Length - 1) return false;
                        close = k;
                        return true;
                    }
                }
            }
            return false;
        }

        // The words before the label's value and after its closing bracket, with the bracket.
        private UInt128 BracketedLabelFrameKey(int[] e, int p, int close)
        {
            var ids = new int[p + 2 + e.Length - close - 1];
            e.AsSpan(0, p).CopyTo(ids);
            ids[p] = -1;
            ids[p + 1] = _words[e[close]][^1];
            e.AsSpan(close + 1).CopyTo(ids.AsSpan(p + 2));
            return Hash(ids, 0x5107);
        }

        // "(<*>)" or "[<*>]" for a bracketed tail.
        private string BracketedVariable(int[] e) => _words[e[^1]][^1] == ')' ? "(<*>)" : "[<*>]";

        // Without last words (q = 0), a frame may end before a tail made only of values ("commands=<*>"), if enabled.
        private bool IsValueTail(int[] e, int p, int[] plainBefore) =>
            _settings.ValueListSlots && plainBefore[e.Length] == plainBefore[p] && _wordKind[e[p - 1]] == 0;

        private sealed class Frame
        {

            /// <summary>The word before the filler, or the one after it, is itself a value (the filler would not be the whole value list).</summary>
            public bool MaskedBoundary { get; init; }

            private string? _tail;
            private bool _mixed;

            public HashSet<UInt128> Fillers { get; } = new();

            /// <summary>The frame ends at a value label and has no last words (q = 0).</summary>
            public bool IsLabel { get; init; }

            /// <summary>A tail frame whose filler is a bracketed phrase that ends the message (not after a label).</summary>
            public bool IsBracketTail { get; init; }

            /// <summary>A tail frame that starts after more than <see cref="MaxFrameSide"/> words.</summary>
            public bool IsDeep { get; init; }

            /// <summary>The last word (not punctuation) that all fillers of a tail frame end in; -1 when they differ.</summary>
            public int LastWord { get; private set; } = -2;

            public void NoteLastWord(int word)
            {
                if (LastWord == -2) LastWord = word;
                else if (LastWord != word) LastWord = -1;
            }

            public HashSet<int> Lengths { get; } = new();

            /// <summary>Some filler has a plain (unmasked) word.</summary>
            public bool HasPlainFiller { get; set; }

            /// <summary>Every filler's last word ends in one and the same bracketed variable.</summary>
            public bool SameWrappedTail => !_mixed && _tail is not null;

            /// <param name="tail">The bracketed variable the filler's last word ends in ("(&lt;*&gt;)"), or null.</param>
            public void NoteTail(string? tail)
            {
                if (tail is null || (_tail is not null && !ReferenceEquals(_tail, tail) && !string.Equals(_tail, tail, StringComparison.Ordinal))) _mixed = true;
                _tail ??= tail;
            }
        }

        // The key's words with the last one's trailing punctuation as a word of its own ("Day." → "Day", ".").
        private int[] Extended(int[] tokens)
        {
            if (tokens.Length == 0) return tokens;
            string last = _words[tokens[^1]];
            int cut = last.Length;
            while (cut > 0 && last[cut - 1] is '.' or ':' or ';' or ',' or '!' or '?') cut--;
            if (cut == 0 || cut == last.Length) return tokens;
            var e = new int[tokens.Length + 1];
            Array.Copy(tokens, e, tokens.Length - 1);
            e[^2] = Intern(last.Substring(0, cut));
            e[^1] = Intern(last.Substring(cut));
            return e;
        }

        private int Intern(string word)
        {
            if (_vocabulary.TryGetValue(word, out int id)) return id;
            id = _words.Count;
            _vocabulary[word] = id;
            _words.Add(word);
            _wordKind.Add(word == "<*>" ? (byte)1 : word.Contains("<*>", StringComparison.Ordinal) ? (byte)2 : (byte)0);
            return id;
        }

        /// <summary>Splits a length group by signature (the words sharing the key's most common line frequency).</summary>
        public IEnumerable<List<int>> CandidateGroups(List<int> group)
        {
            int len = Tokens[group[0]].Length;
            if (len == 0 || group.Count == 1) return new[] { group };
            var freq = new Dictionary<long, long>();
            foreach (int m in group)
            {
                int[] t = Tokens[m];
                for (int p = 0; p < len; p++)
                {
                    long k = ((long)p << 32) | (uint)t[p];
                    freq[k] = freq.TryGetValue(k, out long v) ? v + Weight[m] : Weight[m];
                }
            }
            var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var fv = new long[len];
            var sortedFv = new long[len];
            var sb = new System.Text.StringBuilder();
            foreach (int m in group)
            {
                int[] t = Tokens[m];
                for (int p = 0; p < len; p++) fv[p] = freq[((long)p << 32) | (uint)t[p]];
                Array.Copy(fv, sortedFv, len);
                Array.Sort(sortedFv);
                long best = 0;
                int bestRun = 0;
                for (int i = 0; i < len;)
                {
                    int j = i;
                    while (j < len && sortedFv[j] == sortedFv[i]) j++;
                    // Ascending order: on equal runs the later (higher) frequency wins.
                    if (j - i >= bestRun) { bestRun = j - i; best = sortedFv[i]; }
                    i = j;
                }
                sb.Clear();
                for (int p = 0; p < len; p++)
                    if (fv[p] == best) sb.Append(p).Append(':').Append(t[p]).Append(',');
                string sig = sb.ToString();
                if (!groups.TryGetValue(sig, out var list)) groups[sig] = list = new List<int>();
                list.Add(m);
            }
            return groups.Values;
        }

        /// <summary>Recursively splits a candidate group on its lowest-cardinality constant-like column.</summary>
        public void Split(List<int> group, List<List<int>> leaves)
        {
            int len = Tokens[group[0]].Length;
            if (group.Count == 1 || len == 0)
            {
                leaves.Add(group);
                return;
            }
            var distinct = new int[len];
            var hasVariable = new bool[len];
            var seen = new HashSet<int>();
            for (int p = 0; p < len; p++)
            {
                seen.Clear();
                int kinds = 0;
                foreach (int m in group)
                {
                    int w = Tokens[m][p];
                    if (seen.Add(w)) kinds |= 1 << _wordKind[w];
                }
                distinct[p] = seen.Count;
                // Masked values make the column a variable, unless plain words stand beside variables
                // wrapped in other text ("onExtend:<*>" next to "onStandStepChanged": two statements);
                // a plain word in the same wrapping ("[metricbeat]" beside "[<*>]") is a value too.
                hasVariable[p] = (kinds & 6) != 0 && ((kinds & 5) != 5 || PlainWordsFitWrapping(seen));
                // Values under different names ("error=<*>," beside "auth_method=<*>,") are different fields: structure, not a value.
                if (hasVariable[p] && kinds == 4 && _settings.NamedFieldsAreStructure && WrappingsNameDifferentFields(seen)) hasVariable[p] = false;
            }

            var candidates = new List<int>();
            List<int>? namedValues = null;
            var variable = new bool[len];
            int first = group[0];
            for (int p = 0; p < len; p++)
            {
                if (distinct[p] <= 1) continue;
                variable[p] = true;
                if (hasVariable[p]) continue;
                // An upper-case title opening the message ("SERVICE ALERT:", "HOST NOTIFICATION:") names the
                // statement: no introducer ("HOST"), count or upper-case rule makes its words values.
                if (_settings.LeadingTitlesAreStatements && AllInLeadingTitle(group, p)
                    || _settings.LabelsOfLoneValuesAreStatements && NamesLoneValue(group, p, hasVariable))
                {
                    variable[p] = false;
                    candidates.Add(p);
                    continue;
                }
                if (_settings.UseIntroducers && p > 0 && distinct[p - 1] == 1)
                {
                    string before = _words[Tokens[first][p - 1]];
                    if (IsIntroducer(before, p - 1 == 0) && !IsComponentLabel(Tokens[first], p - 1)) continue;
                    if (_settings.PrepositionsIntroduceValues && s_prepositions.Contains(before) && distinct[p] <= _settings.MaxSplitValues)
                    {
                        // Still a partner for the cross-variation test below, as it was before this rule.
                        (namedValues ??= new List<int>()).Add(p);
                        continue;
                    }
                    // A range "from <*> to X": the end of a range is a value like its start.
                    if (p > 1 && variable[p - 2] && string.Equals(before, "to", StringComparison.OrdinalIgnoreCase)) continue;
                    if (_settings.TransitionsEndInValues && IsTransitionTarget(group, p, variable)) continue;
                    // "changed state to up", "set mode to readonly": the new value of a named slot.
                    if (_settings.SlotNounsBeforeTo && p > 1 && distinct[p - 2] == 1 && distinct[p] <= _settings.MaxSplitValues
                        && string.Equals(before, "to", StringComparison.OrdinalIgnoreCase) && s_slotNouns.Contains(_words[Tokens[first][p - 2]])) continue;
                    // "[pool www]", "(user alice)": the second word of a bracketed label-and-value pair.
                    if (_settings.BracketedLabelPairs && IsBracketLabel(before) && AllCloseBracket(group, p, before[0] == '[' ? ']' : ')')) continue;
                }
                // HTTP methods tell requests apart however many there are.
                if (distinct[p] > _settings.MaxSplitValues && !AllHttpMethods(group, p)) continue;
                if (_settings.CompoundIdentifiersAreValues && AllCompound(group, p)) continue;
                // Names that are no English words (device, job, host names) are values, however few (TemplateMiner.Lexicon.cs).
                if (_settings.NamesAreValues && MostlyNames(group, p)) continue;
                // Three or more upper-case names (enum constants: CONNECTED_SITE, ASLEEP; record types MX, AAAA)
                // are values; two (UP/DOWN, LEADING/FOLLOWING) are as often two statements.
                if (_settings.ConstantNamesAreValues && distinct[p] >= 3 && distinct[p] <= _settings.MaxSplitValues && AllConstantNames(group, p) && !AllHttpMethods(group, p))
                {
                    // Still a partner for the cross-variation test below (a state column beside another state column).
                    (namedValues ??= new List<int>()).Add(p);
                    continue;
                }
                // Words that differ only inside the same brackets ("WWEN[enabled]", "(LidOpen)") are values.
                if (_settings.BracketedWordsAreValues && SameBracketsAround(group, p)) continue;
                variable[p] = false;
                candidates.Add(p);
            }
            if (_settings.UseCrossVariation && (candidates.Count >= 2 || candidates.Count == 1 && namedValues is not null))
            {
                var drop = new bool[len];
                for (int a = 0; a < candidates.Count; a++)
                {
                    for (int b = a + 1; b < candidates.Count; b++)
                        if (VaryIndependently(group, candidates[a], candidates[b])) drop[candidates[a]] = drop[candidates[b]] = true;
                    if (namedValues is null) continue;
                    foreach (int v in namedValues)
                        if (VaryIndependently(group, candidates[a], v)) drop[candidates[a]] = true;
                }
                // A statement's upper-case title ("SERVICE ALERT:" beside "HOST NOTIFICATION:") splits however its words combine.
                if (_settings.LeadingTitlesAreStatements)
                    foreach (int p in candidates) if (drop[p] && AllInLeadingTitle(group, p)) drop[p] = false;
                candidates.RemoveAll(p => drop[p]);
            }
            if (candidates.Count == 0)
            {
                leaves.Add(group);
                return;
            }
            int split = candidates[0];
            foreach (int p in candidates) if (distinct[p] < distinct[split]) split = p;
            var parts = new Dictionary<int, List<int>>();
            foreach (int m in group)
            {
                int w = Tokens[m][split];
                if (!parts.TryGetValue(w, out var list)) parts[w] = list = new List<int>();
                list.Add(m);
            }
            foreach (var part in parts.Values) Split(part, leaves);
        }

        /// <summary>
        /// In keys of two words, one of them a value (masked in every key), the other word is all
        /// the statement has: <c>maxRetry: &lt;*&gt;</c>, <c>findtime: &lt;*&gt;</c>, <c>banTime: &lt;*&gt;</c>
        /// (a configuration dump), <c>RequestID: &lt;*&gt;</c>, <c>Ring-Ready &lt;*&gt;!</c>. However many
        /// such words there are, they are the statements' names, not one value beside another: with
        /// no other word there is no frame they could be the variable part of.
        /// </summary>
        private bool NamesLoneValue(List<int> group, int p, bool[] hasVariable)
        {
            if (Tokens[group[0]].Length != 2 || hasVariable[p]) return false;
            int other = 1 - p;
            foreach (int m in group)
            {
                int[] t = Tokens[m];
                if (_wordKind[t[other]] == 0 || _wordKind[t[p]] != 0) return false;
            }
            return true;
        }

        /// <summary>
        /// Column <paramref name="p"/> is where a change leads: the word after an arrow (<c>-&gt;</c>,
        /// <c>=&gt;</c>) whose start is a value (<c>status: Progressing -&gt; Healthy</c>: the start is a
        /// masked or varying value, so the end is one too), or the word after <c>to</c> (ending the
        /// message) or a linking verb <c>is</c>/<c>now</c>/<c>became</c> (ending the message or a quoted
        /// or bracketed part) up to five words after a slot noun (<c>state set to DRAINING</c>,
        /// <c>status of execution &lt;*&gt; to Error</c>, <c>application status is Synced"</c>).
        /// </summary>
        private bool IsTransitionTarget(List<int> group, int p, bool[] variable)
        {
            if (p < 2) return false;
            int[] t = Tokens[group[0]];
            string before = _words[t[p - 1]];
            bool arrow = before is "->" or "=>" or "\u2192";
            bool to = string.Equals(before, "to", StringComparison.OrdinalIgnoreCase);
            // "status is Synced", "state is now up": a slot's value after a linking verb.
            bool copula = before is "is" or "now" or "became";
            if (!arrow && !to && !copula) return false;
            // An arrow's start is a value in every key (masked there, or varying in this group), so its end is one too.
            if (arrow) return variable[p - 2] || _wordKind[t[p - 2]] == 1;
            // "to" and the linking words need a slot noun a few words before ("status of execution <*> to Error");
            // without one, "to" after a value is as often an infinitive ("Waiting for <*> to start").
            for (int k = Math.Max(0, p - 6); k < p - 1 - (to ? 1 : 0); k++)
                if (s_slotNouns.Contains(_words[t[k]].TrimEnd(':'))) return p + 1 == t.Length || copula && EndsPart(_words[t[p]]);
            return false;
        }

        // The word closes a quoted or bracketed part, or a sentence.
        private static bool EndsPart(string w) => w.Length > 1 && w[^1] is '"' or '\'' or ')' or ']' or '.' or ',' or ';';

        // Named values "name=<*>" (trailing punctuation allowed) whose names differ ("error=<*>," and "consent=<*>,").
        private bool WrappingsNameDifferentFields(HashSet<int> words)
        {
            string? name = null;
            foreach (int w in words)
            {
                string text = _words[w];
                int eq = text.IndexOf("=<*>", StringComparison.Ordinal);
                if (eq <= 0 || !char.IsAsciiLetter(text[0])) return false;
                for (int c = 1; c < eq; c++) if (!(char.IsAsciiLetterOrDigit(text[c]) || text[c] is '_' or '-' or '.')) return false;
                for (int c = eq + 4; c < text.Length; c++) if (text[c] is not (',' or ';' or '.')) return false;
                string current = text.Substring(0, eq);
                if (name is null) name = current;
                else if (!string.Equals(name, current, StringComparison.Ordinal)) return true;
            }
            return false;
        }

        /// <summary>Every plain word of the column has the text around some wrapped variable of it ("[x]" fits "[&lt;*&gt;]").</summary>
        private bool PlainWordsFitWrapping(HashSet<int> words)
        {
            foreach (int w in words)
            {
                if (_wordKind[w] != 0) continue;
                string plain = _words[w];
                bool fits = false;
                foreach (int v in words)
                {
                    if (_wordKind[v] != 2) continue;
                    string wrapped = _words[v];
                    int at = wrapped.IndexOf("<*>", StringComparison.Ordinal);
                    if (at < 0 || wrapped.IndexOf("<*>", at + 3, StringComparison.Ordinal) >= 0) continue;
                    string head = wrapped.Substring(0, at), tail = wrapped.Substring(at + 3);
                    if (head.Length + tail.Length == 0 || plain.Length <= head.Length + tail.Length) continue;
                    if (plain.StartsWith(head, StringComparison.Ordinal) && plain.EndsWith(tail, StringComparison.Ordinal)
                        && IsValueText(plain.AsSpan(head.Length, plain.Length - head.Length - tail.Length)))
                    {
                        fits = true;
                        break;
                    }
                }
                if (!fits) return false;
            }
            return true;
        }

        // The inside of a wrapping: one name, no further structure.
        private static bool IsValueText(ReadOnlySpan<char> inner)
        {
            foreach (char c in inner)
                if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '.')) return false;
            return true;
        }

        /// <summary>How many leading and trailing characters all the words share with <paramref name="first"/>.</summary>
        private (int Prefix, int Suffix) SharedEnds(string first, HashSet<int> ids)
        {
            int prefix = first.Length, suffix = first.Length;
            foreach (int id in ids)
            {
                string w = _words[id];
                int a = 0;
                while (a < prefix && a < w.Length && w[a] == first[a]) a++;
                prefix = a;
                int b = 0;
                while (b < suffix && b < w.Length && w[w.Length - 1 - b] == first[first.Length - 1 - b]) b++;
                suffix = b;
            }
            return (prefix, suffix);
        }

        /// <summary>All words of the column are one text with an inside that varies between a bracket pair: "x[a]"/"x[b]", "(a)"/"(b),".</summary>
        private bool SameBracketsAround(List<int> group, int p)
        {
            string first = _words[Tokens[group[0]][p]];
            var words = ColumnWords(group, p);
            var (prefix, suffix) = SharedEnds(first, words);
            // The shared text must end with an opening bracket and start again with its closing one
            // ("WWEN[" … "]", not "WWEN[" … "abled]").
            while (prefix > 0 && first[prefix - 1] is not ('(' or '[' or '{' or '<' or '\'' or '"')) prefix--;
            while (suffix > 0 && first[first.Length - suffix] is not (')' or ']' or '}' or '>' or '\'' or '"')) suffix--;
            if (prefix == 0 || suffix == 0 || prefix + suffix > first.Length) return false;
            char open = first[prefix - 1], close = first[first.Length - suffix];
            if (!(open == '(' && close == ')' || open == '[' && close == ']' || open == '{' && close == '}' || open == '<' && close == '>'
                || open is '\'' or '"' && close == open && _settings.QuotedWordsAreValues)) return false;
            foreach (int id in words)
            {
                string w = _words[id];
                if (w.Length <= prefix + suffix || !IsValueText(w.AsSpan(prefix, w.Length - prefix - suffix))) return false;
            }
            return true;
        }

        private bool AllHttpMethods(List<int> group, int p)
        {
            foreach (int m in group)
            {
                string w = _words[Tokens[m][p]].TrimStart('"');
                if (w is not ("GET" or "POST" or "PUT" or "DELETE" or "HEAD" or "PATCH" or "OPTIONS")) return false;
            }
            return true;
        }

        // Every key has an upper-case title at its start that holds position p: upper-case names from the
        // first token through p, continuing (at most four words in all) to one that ends in a colon
        // ("SERVICE ALERT:", "CURRENT HOST STATE:"). Such a title names the statement, it is no value.
        private bool AllInLeadingTitle(List<int> group, int p)
        {
            foreach (int m in group)
            {
                int[] t = Tokens[m];
                bool titled = false;
                // Leading header words — bracketed groups ("[pid <*>]", "[alice]") and masked labels ("<*>:") — may
                // come first; a masked value that is not a label ends the header (a query name before "AAAA:").
                int h = 0;
                while (h < t.Length && h < 6)
                {
                    string w = _words[t[h]];
                    if (w.Contains("<*>", StringComparison.Ordinal) && w[^1] == ':' && w[0] != '(' && w[0] != '[') { h++; continue; }
                    if (w[0] is not ('[' or '(')) break;
                    char close = w[0] == '[' ? ']' : ')';
                    while (h < t.Length && _words[t[h]][^1] != close) h++;
                    h++;
                }
                if (p < h) return false;
                for (int q = h; q < t.Length && q < h + 4; q++)
                {
                    string w = _words[t[q]];
                    if (!IsConstantName(w)) break;
                    if (w[^1] == ':') { titled = q >= p; break; }
                }
                if (!titled) return false;
            }
            return true;
        }

        // "[pool", "(user": an opening bracket and a lower-case word, no closing bracket.
        private static bool IsBracketLabel(string word)
        {
            if (word.Length < 3 || word[0] is not ('[' or '(')) return false;
            for (int c = 1; c < word.Length; c++) if (!char.IsAsciiLetterLower(word[c])) return false;
            return true;
        }

        // Every word of the column closes the bracket ("www]", "nextcloud]:") and opens none.
        private bool AllCloseBracket(List<int> group, int p, char close)
        {
            foreach (int m in group)
            {
                string w = _words[Tokens[m][p]];
                int end = w.Length;
                if (end > 1 && w[end - 1] is ':' or ',' or '.') end--;
                if (end < 2 || w[end - 1] != close || w.AsSpan(0, end - 1).IndexOfAny("[]()") >= 0) return false;
            }
            return true;
        }

        private bool AllConstantNames(List<int> group, int p)
        {
            foreach (int m in group) if (!IsConstantName(_words[Tokens[m][p]])) return false;
            return true;
        }

        /// <summary>An upper-case name such as an enum constant (<c>CONNECTED_SITE</c>, <c>NOSPACE</c>, <c>MX</c>), possibly followed by <c>, . ; ) :</c>.</summary>
        internal static bool IsConstantName(string word)
        {
            int end = word.Length;
            if (end > 1 && word[end - 1] is ',' or '.' or ';' or ')' or ':') end--;
            if (end == 0 || !char.IsAsciiLetterUpper(word[0])) return false;
            for (int c = 1; c < end; c++) if (!(char.IsAsciiLetterUpper(word[c]) || char.IsAsciiDigit(word[c]) || word[c] == '_')) return false;
            return true;
        }

        // The column's distinct words are compound identifiers, all of them or (with MostlyCompoundIsValue) at least two and more than half.
        private bool AllCompound(List<int> group, int p)
        {
            var words = ColumnWords(group, p);
            int compound = 0;
            foreach (int w in words)
            {
                if (IsCompoundIdentifier(_words[w])) compound++;
                else if (!_settings.MostlyCompoundIsValue) return false;
            }
            return compound == words.Count || compound >= 2 && compound * 2 > words.Count;
        }

        /// <summary>The distinct word ids of column <paramref name="p"/> of the group's keys.</summary>
        private HashSet<int> ColumnWords(List<int> group, int p)
        {
            var words = new HashSet<int>();
            foreach (int m in group) words.Add(Tokens[m][p]);
            return words;
        }

        /// <summary>
        /// Joins each leaf whose keys all fit the template of a more general leaf of the same length
        /// (equal words where that leaf is constant; it varies where they differ) to the most
        /// frequent such leaf. Leaves are compared by their own template, so the result does not
        /// depend on leaf order; joins follow chains to the most general leaf.
        /// </summary>
        public List<List<int>> MergeIntoGeneral(List<List<int>> leaves)
        {
            int count = leaves.Count;
            if (count < 2) return leaves;
            int len = Tokens[leaves[0][0]].Length;
            // Per leaf: its template (-1 where the leaf varies), lines, whether it varies anywhere.
            var templates = new int[count][];
            var lines = new long[count];
            var general = new List<int>();
            for (int l = 0; l < count; l++)
            {
                int[] first = Tokens[leaves[l][0]];
                var t = (int[])first.Clone();
                bool varies = false;
                bool constant = false;
                foreach (int m in leaves[l])
                {
                    lines[l] += Weight[m];
                    for (int p = 0; p < len; p++) if (t[p] >= 0 && Tokens[m][p] != t[p]) t[p] = -1;
                }
                for (int p = 0; p < len; p++) { if (t[p] < 0) varies = true; else constant = true; }
                templates[l] = t;
                if (varies && constant) general.Add(l);
            }
            // Bounded cost on pathological inputs (every key its own leaf): skip when too large.
            if (general.Count == 0 || (long)general.Count * count > 4_000_000) return leaves;
            var parent = new int[count];
            for (int b = 0; b < count; b++)
            {
                parent[b] = -1;
                foreach (int a in general)
                {
                    if (a == b || !Generalizes(templates[a], templates[b])) continue;
                    if (parent[b] < 0 || Better(a, parent[b], templates, lines)) parent[b] = a;
                }
            }
            var merged = new List<List<int>>();
            var rootIndex = new Dictionary<int, int>();
            for (int l = 0; l < count; l++)
            {
                int r = l;
                while (parent[r] >= 0) r = parent[r];
                if (!rootIndex.TryGetValue(r, out int at))
                {
                    at = merged.Count;
                    rootIndex[r] = at;
                    merged.Add(new List<int>());
                }
                merged[at].AddRange(leaves[l]);
            }
            return merged;
        }

        // a is strictly more general than b: a's constants are b's words, and a varies somewhere b does not.
        private static bool Generalizes(int[] a, int[] b)
        {
            bool strict = false;
            for (int p = 0; p < a.Length; p++)
            {
                if (a[p] < 0) { if (b[p] >= 0) strict = true; }
                else if (a[p] != b[p]) return false;
            }
            return strict;
        }

        // Order among candidate parents, independent of leaf order: more lines, then the template text.
        private bool Better(int a, int b, int[][] templates, long[] lines)
        {
            if (lines[a] != lines[b]) return lines[a] > lines[b];
            int[] ta = templates[a], tb = templates[b];
            for (int p = 0; p < ta.Length; p++)
            {
                if (ta[p] == tb[p]) continue;
                string wa = ta[p] < 0 ? "<*>" : _words[ta[p]];
                string wb = tb[p] < 0 ? "<*>" : _words[tb[p]];
                int c = string.CompareOrdinal(wa, wb);
                if (c != 0) return c < 0;
            }
            return false;
        }

        private bool VaryIndependently(List<int> group, int p, int q)
        {
            var pq = new Dictionary<int, int>();
            var qp = new Dictionary<int, int>();
            bool pDeterminesQ = true, qDeterminesP = true;
            foreach (int m in group)
            {
                int a = Tokens[m][p], b = Tokens[m][q];
                if (pq.TryGetValue(a, out int x)) { if (x != b) pDeterminesQ = false; }
                else pq[a] = b;
                if (qp.TryGetValue(b, out int y)) { if (y != a) qDeterminesP = false; }
                else qp[b] = a;
            }
            return !pDeterminesQ && !qDeterminesP;
        }

        /// <summary>
        /// "&lt;*&gt;" for a variable column, keeping punctuation that every value of the column shares
        /// at its end or start ("alice:", "bob:" → "&lt;*&gt;:"), so templates read like the messages.
        /// </summary>
        private string VariableWord(List<int> leaf, int p)
        {
            if (SharedBrackets(leaf, p) is { } wrapped) return wrapped;
            char? suffix = null, prefix = null;
            bool sameSuffix = true, samePrefix = true;
            foreach (int m in leaf)
            {
                string w = _words[Tokens[m][p]];
                if (w.Length < 2) return "<*>";
                char last = w[^1], head = w[0];
                if (suffix is null) suffix = last; else if (suffix != last) sameSuffix = false;
                if (prefix is null) prefix = head; else if (prefix != head) samePrefix = false;
            }
            string core = "<*>";
            if (samePrefix && prefix is '(' or '[' or '{' or '"' or '\'' or '<' && !(prefix == '<' && _words[Tokens[leaf[0]][p]].StartsWith("<*>", StringComparison.Ordinal))) core = prefix + core;
            if (sameSuffix && suffix is ':' or ',' or ';' or ')' or ']' or '}' or '"' or '\'' or '.' && !_words[Tokens[leaf[0]][p]].EndsWith("<*>", StringComparison.Ordinal)) core += suffix;
            return core;
        }

        // "WWEN[<*>]" for "WWEN[enabled]" and "WWEN[disabled]": the text the words share around a bracketed inside.
        private string? SharedBrackets(List<int> leaf, int p)
        {
            string first = _words[Tokens[leaf[0]][p]];
            var ids = new HashSet<int>();
            foreach (int m in leaf) ids.Add(Tokens[m][p]);
            var (prefix, suffix) = SharedEnds(first, ids);
            while (prefix > 0 && first[prefix - 1] is not ('(' or '[' or '{' or '\'' or '"')) prefix--;
            while (suffix > 0 && first[first.Length - suffix] is not (')' or ']' or '}' or '\'' or '"')) suffix--;
            if (prefix < 2 || suffix == 0 || prefix + suffix > first.Length) return null;
            char open = first[prefix - 1], close = first[first.Length - suffix];
            if (!(open == '(' && close == ')' || open == '[' && close == ']' || open == '{' && close == '}' || open is '\'' or '"' && close == open)) return null;
            if (first.AsSpan(0, prefix).Contains("<*>", StringComparison.Ordinal) || first.AsSpan(first.Length - suffix).Contains("<*>", StringComparison.Ordinal)) return null;
            return string.Concat(first.AsSpan(0, prefix), "<*>", first.AsSpan(first.Length - suffix));
        }

        public string TemplateText(List<int> leaf) => Join(ColumnWords(leaf), -1);

        /// <summary>Per column of the leaf: its word where all keys agree, else the variable word.</summary>
        private string[] ColumnWords(List<int> leaf)
        {
            int[] first = Tokens[leaf[0]];
            var words = new string[first.Length];
            for (int p = 0; p < first.Length; p++)
            {
                bool constant = true;
                foreach (int m in leaf)
                {
                    if (Tokens[m][p] != first[p]) { constant = false; break; }
                }
                words[p] = constant ? _words[first[p]] : VariableWord(leaf, p);
            }
            return words;
        }

        // The template text of column words, with column <paramref name="asVariable"/> as "<*>"; consecutive variables are one.
        private static string Join(string[] words, int asVariable)
        {
            var sb = new System.Text.StringBuilder();
            bool lastVar = false;
            for (int p = 0; p < words.Length; p++)
            {
                string word = p == asVariable ? "<*>" : words[p];
                bool isVar = word == "<*>";
                if (isVar && lastVar) continue;
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(word);
                lastVar = isVar;
            }
            return sb.ToString();
        }
    }
}
