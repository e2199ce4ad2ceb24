using Parallax.Language.Entities;
using Parallax.Model;

namespace Parallax.Language.Coreference;

/// <summary>
/// Links the mentions of one entity inside one article: a full name and its later short forms ("Vladimir Putin" …
/// "Putin"), acronyms ("North Atlantic Treaty Organization" … "NATO"), and role phrases ("the Russian president")
/// when exactly one person of the article carries that role. Pronouns are not resolved.
/// </summary>
/// <remarks>Stateless and thread-safe. Linear in the text plus the number of mentions times the number of chains; never throws on odd input.</remarks>
public static class NameCoreference
{
    private const int MaxRolePhraseWords = 4;

    /// <summary>Groups <paramref name="mentions"/> (as found by <see cref="EntityRecognizer"/>) into chains.</summary>
    /// <param name="text">The article text the mentions point into.</param>
    /// <param name="mentions">The entity mentions, in text order.</param>
    /// <param name="gazetteer">Word lists that tell nationalities; null for <see cref="EntityGazetteer.Default"/>.</param>
    /// <param name="cancellationToken">Observed while scanning.</param>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static AnnotationLayer<NameChain> Resolve(string text, IReadOnlyList<EntityMention> mentions, EntityGazetteer? gazetteer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        gazetteer ??= EntityGazetteer.Default;
        var chains = new List<Chain>();
        var byName = new Dictionary<string, Chain>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < mentions.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var m = mentions[i];
            if (m.Type == EntityType.Other || m.Span.Length > 200)
            {
                continue;
            }

            var name = m.Span.Of(text);
            var chain = m.Type == EntityType.Person ? FindPerson(chains, byName, name) : FindNamed(chains, byName, name, m.Type);
            ChainMentionKind kind;
            if (chain is null)
            {
                chain = new Chain(m.Type, name);
                chains.Add(chain);
                kind = ChainMentionKind.FullName;
            }
            else if (string.Equals(chain.Canonical, name, StringComparison.OrdinalIgnoreCase))
            {
                kind = ChainMentionKind.FullName;
            }
            else if (m.Type != EntityType.Person && IsAcronymOf(name, chain.Canonical) || IsAcronymOf(chain.Canonical, name))
            {
                kind = ChainMentionKind.Acronym;
            }
            else
            {
                kind = ChainMentionKind.PartialName;
            }

            if (m.Type == EntityType.Person && WordCount(name) > WordCount(chain.Canonical))
            {
                // "Putin" came first and "Vladimir Putin" now: the chain takes the fuller name.
                chain.Canonical = name;
                for (var k = 0; k < chain.Mentions.Count; k++)
                {
                    if (chain.Mentions[k].Kind == ChainMentionKind.FullName)
                    {
                        chain.Mentions[k] = chain.Mentions[k] with { Kind = ChainMentionKind.PartialName };
                    }
                }

                kind = ChainMentionKind.FullName;
            }

            byName[name] = chain;
            chain.Mentions.Add(new ChainMention(m.Span, kind));
            if (m.Role is { } role && role.End <= text.Length)
            {
                chain.Roles.Add(role);
                AddRoleWords(chain, role.Of(text));
            }
        }

        LinkRolePhrases(text, mentions, chains, gazetteer, cancellationToken);

        var result = new List<NameChain>(chains.Count);
        foreach (var c in chains)
        {
            c.Mentions.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
            result.Add(new NameChain(c.Mentions[0].Span, c.Type, c.Canonical, [.. c.Mentions], [.. c.Roles]));
        }

        return new AnnotationLayer<NameChain>(result);
    }

    private static Chain? FindPerson(List<Chain> chains, Dictionary<string, Chain> byName, string name)
    {
        if (byName.TryGetValue(name, out var exact) && exact.Type == EntityType.Person)
        {
            return exact;
        }

        var first = FirstWord(name);
        var last = LastWord(name);
        var single = first.Length == name.Length;
        Chain? bySurname = null;
        Chain? byFirstName = null;
        for (var i = chains.Count - 1; i >= 0; i--)
        {
            var c = chains[i];
            if (c.Type != EntityType.Person)
            {
                continue;
            }

            var cFirst = FirstWord(c.Canonical);
            var cLast = LastWord(c.Canonical);
            var cSingle = cFirst.Length == c.Canonical.Length;
            if (single)
            {
                if (bySurname is null && last.Equals(cLast, StringComparison.OrdinalIgnoreCase))
                {
                    bySurname = c;
                }
                else if (byFirstName is null && !cSingle && first.Equals(cFirst, StringComparison.OrdinalIgnoreCase))
                {
                    byFirstName = c;
                }
            }
            else if (last.Equals(cLast, StringComparison.OrdinalIgnoreCase)
                && (cSingle || first.Equals(cFirst, StringComparison.OrdinalIgnoreCase) || IsInitialOf(first, cFirst) || IsInitialOf(cFirst, first)))
            {
                return c;
            }
        }

        return bySurname ?? byFirstName;
    }

    private static Chain? FindNamed(List<Chain> chains, Dictionary<string, Chain> byName, string name, EntityType type)
    {
        if (byName.TryGetValue(name, out var exact) && exact.Type == type)
        {
            return exact;
        }

        for (var i = chains.Count - 1; i >= 0; i--)
        {
            var c = chains[i];
            if (c.Type == type && (IsAcronymOf(name, c.Canonical) || IsAcronymOf(c.Canonical, name)))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="acronym"/> ("NATO", "U.S.") spells the initials of <paramref name="name"/>'s capitalised words.</summary>
    private static bool IsAcronymOf(string acronym, string name)
    {
        if (acronym.Length < 2 || acronym.Length > 12 || name.IndexOf(' ', StringComparison.Ordinal) < 0)
        {
            return false;
        }

        Span<char> letters = stackalloc char[12];
        var n = 0;
        foreach (var c in acronym)
        {
            if (char.IsUpper(c))
            {
                letters[n++] = c;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        if (n < 2)
        {
            return false;
        }

        var k = 0;
        var atWordStart = true;
        foreach (var c in name)
        {
            if (c is ' ' or '-')
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart && char.IsUpper(c))
            {
                if (k >= n || letters[k] != c)
                {
                    return false;
                }

                k++;
            }

            atWordStart = false;
        }

        return k == n;
    }

    private static bool IsInitialOf(ReadOnlySpan<char> initial, ReadOnlySpan<char> word) =>
        initial.Length == 2 && initial[1] == '.' && word.Length > 0 && initial[0] == word[0];

    private static ReadOnlySpan<char> FirstWord(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? name : name.AsSpan(0, space);
    }

    private static ReadOnlySpan<char> LastWord(string name)
    {
        var space = name.LastIndexOf(' ');
        return space < 0 ? name : name.AsSpan(space + 1);
    }

    private static int WordCount(string name)
    {
        var count = 1;
        foreach (var c in name)
        {
            if (c == ' ')
            {
                count++;
            }
        }

        return count;
    }

    private static void AddRoleWords(Chain chain, string role)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var raw in words)
        {
            var word = Normalize(raw);
            if (word.Length > 0)
            {
                chain.RoleWords.Add(word);
            }
        }

        // The role's head is its last word: "Russian President's special representative" is a representative, not a president.
        if (words.Length > 0 && Normalize(words[^1]) is { Length: > 0 } head)
        {
            chain.RoleHeads.Add(head);
        }
    }

    private static string Normalize(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase))
        {
            word = word[..^2];
        }

        word = word.Trim(",;:\"'()\u201c\u201d\u2018\u2019");
        return word.ToString().ToLowerInvariant();
    }

    /// <summary>Finds "the [modifiers] role-noun" phrases and links each to the one person chain whose attached roles fit it.</summary>
    private static void LinkRolePhrases(string text, IReadOnlyList<EntityMention> mentions, List<Chain> chains, EntityGazetteer gazetteer, CancellationToken cancellationToken)
    {
        var anyRoles = false;
        foreach (var c in chains)
        {
            anyRoles |= c.RoleHeads.Count > 0;
        }

        if (!anyRoles)
        {
            return;
        }

        Span<(int Start, int End)> words = stackalloc (int, int)[MaxRolePhraseWords + 2];
        var position = 0;
        var steps = 0;
        while (TryNextWord(text, ref position, out var start, out var end))
        {
            if ((++steps & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!text.AsSpan(start, end - start).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // Read up to MaxRolePhraseWords words after "the" without moving the main cursor.
            var look = position;
            var n = 0;
            while (n < words.Length && TryNextWord(text, ref look, out var ws, out var we))
            {
                words[n++] = (ws, we);
            }

            var head = -1;
            for (var k = 0; k < Math.Min(n, MaxRolePhraseWords); k++)
            {
                var w = Trimmed(text, words[k]);
                if (EntityLexicon.RoleNouns.Contains(w) && char.IsLower(w[0]))
                {
                    var next = k + 1 < n ? Trimmed(text, words[k + 1]) : default;
                    var endsPhrase = next.IsEmpty || !char.IsUpper(next[0]) || PunctuationFollows(text, words[k].End);
                    if (endsPhrase)
                    {
                        head = k;
                        break;
                    }
                }

                var isModifier = EntityLexicon.RoleModifiers.Contains(w) || (w.Length > 0 && char.IsUpper(w[0])) || gazetteer.Lookup(w) == NameKind.Nationality;
                if (!isModifier || PunctuationFollows(text, words[k].End))
                {
                    break;
                }
            }

            if (head < 0)
            {
                continue;
            }

            var phrase = new TextSpan(start, words[head].End - (EndsWithPunctuation(text, words[head]) ? 1 : 0));
            if (OverlapsName(mentions, phrase))
            {
                continue;
            }

            var target = Resolve(text, words[..(head + 1)], chains, phrase.Start);
            target?.Mentions.Add(new ChainMention(phrase, ChainMentionKind.RolePhrase));
        }
    }

    private static Chain? Resolve(string text, ReadOnlySpan<(int Start, int End)> phraseWords, List<Chain> chains, int before)
    {
        var headWord = Normalize(Trimmed(text, phraseWords[^1]));
        Chain? found = null;
        foreach (var c in chains)
        {
            if (c.Type != EntityType.Person || c.Mentions.Count == 0 || c.Mentions[0].Span.Start >= before || !c.RoleHeads.Contains(headWord))
            {
                continue;
            }

            var fits = true;
            for (var k = 0; k < phraseWords.Length - 1 && fits; k++)
            {
                fits = Fits(c, Normalize(Trimmed(text, phraseWords[k])));
            }

            if (fits)
            {
                if (found is not null)
                {
                    return null; // two people fit: ambiguous, leave it.
                }

                found = c;
            }
        }

        return found;
    }

    private static bool Fits(Chain chain, string modifier)
    {
        if (modifier.Length == 0 || chain.RoleWords.Contains(modifier))
        {
            return true;
        }

        // "Russian" fits a role naming "Russia"; "U.S." fits "US".
        var bare = modifier.Replace(".", "", StringComparison.Ordinal);
        foreach (var w in chain.RoleWords)
        {
            var other = w.Replace(".", "", StringComparison.Ordinal);
            if (other == bare)
            {
                return true;
            }

            var common = 0;
            while (common < other.Length && common < bare.Length && other[common] == bare[common])
            {
                common++;
            }

            if (common >= 4 && common >= Math.Min(other.Length, bare.Length) - 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="span"/> overlaps a person's name or an attached role (then it is no free-standing role phrase).</summary>
    private static bool OverlapsName(IReadOnlyList<EntityMention> mentions, TextSpan span)
    {
        // Binary search for the first mention ending after span.Start.
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Span.Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = Math.Max(0, lo - 1); i < mentions.Count && mentions[i].Span.Start < span.End; i++)
        {
            var m = mentions[i];
            if ((m.Type == EntityType.Person && m.Span.Overlaps(span)) || (m.Role is { } r && r.Overlaps(span)))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Trimmed(string text, (int Start, int End) word)
    {
        var w = text.AsSpan(word.Start, word.End - word.Start).TrimEnd(",;:!?\"')\u201d\u2019");
        if (w.Length > 1 && w[^1] == '.' && !(w.Length >= 2 && w[^2] is >= 'A' and <= 'Z'))
        {
            w = w[..^1];
        }

        return w.Length == 0 ? text.AsSpan(word.Start, word.End - word.Start) : w;
    }

    private static bool EndsWithPunctuation(string text, (int Start, int End) word) =>
        word.End - word.Start > 1 && text[word.End - 1] is ',' or ';' or ':' or '.' or '!' or '?' or '"' or ')' or '\u201d' or '\u2019'
        && !(text[word.End - 1] == '.' && text[word.End - 2] is >= 'A' and <= 'Z');

    /// <summary>True when the word ends in punctuation that closes a phrase (not the period of "U.S.").</summary>
    private static bool PunctuationFollows(string text, int end) =>
        end > 0 && text[end - 1] is ',' or ';' or ':' or '.' or '!' or '?' or ')' or '"' or '\u201d'
        && !(text[end - 1] == '.' && end >= 2 && char.IsUpper(text[end - 2]));

    private static bool TryNextWord(string text, ref int position, out int start, out int end)
    {
        var i = position;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '(' or '\u201c' or '\u2018'))
        {
            i++;
        }

        start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        end = i;
        position = i;
        return end > start;
    }

    private sealed class Chain(EntityType type, string canonical)
    {
        public EntityType Type { get; } = type;

        public string Canonical { get; set; } = canonical;

        public List<ChainMention> Mentions { get; } = [];

        public List<TextSpan> Roles { get; } = [];

        public HashSet<string> RoleWords { get; } = new(StringComparer.Ordinal);

        public HashSet<string> RoleHeads { get; } = new(StringComparer.Ordinal);
    }
}
