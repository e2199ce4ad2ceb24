using System.Collections.Immutable;
using Parallax.Language.Coreference;
using Parallax.Language.Entities;
using Parallax.Language.Tokens;
using Parallax.Model;

namespace Parallax.Language.Quotes;

/// <summary>
/// Turns the words an attribution attaches to ("Trump", "the Kremlin envoy", "he", "Bill and Hillary Clinton") into the
/// article's <see cref="NameChain"/>s: names and role phrases through the chains' mentions, pronouns to the person the
/// text last made its subject or speaker, with grammatical gender when the article shows it (Mr./Ms., "his"/"her").
/// Null when nothing in the article names the speaker. One instance per article; not thread-safe.
/// </summary>
internal sealed class SpeakerResolver
{
    private const int PronounWindow = 1500;

    private static readonly string[] MaleWords = ["mr.", "mr", "spokesman", "congressman", "chairman", "businessman", "husband", "father", "son", "brother", "king", "prince", "uncle", "grandfather", "sir", "lord", "boy", "man", "himself"];
    private static readonly string[] FemaleWords = ["mrs.", "mrs", "ms.", "ms", "miss", "spokeswoman", "congresswoman", "chairwoman", "businesswoman", "wife", "mother", "daughter", "sister", "queen", "princess", "aunt", "grandmother", "lady", "madam", "girl", "woman", "actress", "herself"];

    private readonly string _text;
    private readonly List<(TextSpan Span, int Chain)> _mentions = [];
    private readonly IReadOnlyList<NameChain> _chains;
    private readonly Gender[] _genders;
    private readonly Dictionary<int, int> _byEnd = [];
    private readonly List<TextSpan> _names = [];
    private readonly Dictionary<string, NameChain> _fallbacks = new(StringComparer.OrdinalIgnoreCase);
    private (int? Chain, int Position)? _lastSpeaker;

    private enum Gender
    {
        Unknown,
        Male,
        Female,
    }

    public SpeakerResolver(string text, IReadOnlyList<EntityMention> entityMentions, IReadOnlyList<NameChain> chains)
    {
        _text = text;
        _chains = chains;
        for (var c = 0; c < chains.Count; c++)
        {
            foreach (var m in chains[c].Mentions)
            {
                if (m.Span.End <= text.Length)
                {
                    _mentions.Add((m.Span, c));
                    _byEnd[m.Span.End] = c;
                }
            }
        }

        _mentions.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        _genders = new Gender[chains.Count];
        for (var c = 0; c < chains.Count; c++)
        {
            _genders[c] = chains[c].Type == EntityType.Person ? GenderOf(chains[c]) : Gender.Unknown;
        }

        foreach (var m in entityMentions)
        {
            if (m.Span.End <= text.Length && m.Type is EntityType.Person or EntityType.Other)
            {
                _names.Add(m.Span);
                _byEnd.TryAdd(m.Span.End, -1);
            }
        }
    }

    /// <summary>The end of a person or organisation mention starting exactly at <paramref name="start"/>, if any.</summary>
    public int? ChainStartingAt(int start)
    {
        var i = FirstMentionFrom(start);
        for (; i < _mentions.Count && _mentions[i].Span.Start <= start; i++)
        {
            if (_mentions[i].Span.Start == start && _chains[_mentions[i].Chain].Type is EntityType.Person or EntityType.Organization)
            {
                return _mentions[i].Span.End;
            }
        }

        return null;
    }

    /// <summary>The chain one of whose mentions ends exactly at <paramref name="end"/>, if any.</summary>
    public bool NameEndsAt(int end) => _byEnd.ContainsKey(end);

    /// <summary>Resolves the source words tokens[first..last] (covering <paramref name="span"/>).</summary>
    public (NameChain? Speaker, ImmutableArray<NameChain> Others) Resolve(TextSpan span, Token[] tokens, int first, int last)
    {
        if (first == last)
        {
            var word = span.Of(_text).ToLowerInvariant() switch
            {
                "his" => "he", // a possessive source: "his claim that …"
                "her" => "she",
                "their" => "they",
                "its" => "it",
                var w => w,
            };
            if (SpeechCues.Pronouns.Contains(word))
            {
                var chain = ResolvePronoun(word, span.Start);
                Remember(chain, span.Start);
                return (chain is null ? null : _chains[chain.Value], []);
            }
        }

        // Name and role-phrase mentions inside the source words; a name followed by a possessive is a modifier ("Trump's spokesman").
        var found = new List<int>();
        var head = -1;
        var startIndex = FirstMentionFrom(span.Start);
        for (var i = startIndex; i < _mentions.Count && _mentions[i].Span.Start < span.End; i++)
        {
            var (mSpan, chain) = _mentions[i];
            if (!span.Contains(mSpan) && !mSpan.Contains(span) && !(mSpan.Overlaps(span) && mSpan.End >= span.End))
            {
                continue;
            }

            if (IsFollowedByPossessive(mSpan.End) || IsAfterPreposition(mSpan.Start, span.Start))
            {
                continue;
            }

            if (_chains[chain].Type is not (EntityType.Person or EntityType.Organization or EntityType.Place))
            {
                continue;
            }

            if (!found.Contains(chain))
            {
                found.Add(chain);
            }

            if (mSpan.End >= span.End)
            {
                head = chain;
            }
        }

        if (found.Count == 0)
        {
            // A name the recognizer typed as "other" ("Donald Trump said") is still a speaker: a speech verb wants a person.
            if (FallbackChain(span) is { } fallback)
            {
                _lastSpeaker = null;
                return (fallback, []);
            }

            _lastSpeaker = (null, span.Start);
            return (null, []);
        }

        var joined = found.Count > 1 && HasAnd(span);
        if (joined)
        {
            Remember(found[0], span.Start);
            return (_chains[found[0]], [.. found.Skip(1).Select(c => _chains[c])]);
        }

        // The head of the phrase is its last name; an earlier name qualifies it ("Clinton campaign spokesman Brian Fallon").
        var pick = head >= 0 ? head : LastPerson(found);
        if (pick < 0 || (head < 0 && !EndsWithName(span, found)))
        {
            // "a spokesman for the State Department": a person the article does not name.
            _lastSpeaker = (null, span.Start);
            return (null, []);
        }

        Remember(pick, span.Start);
        return (_chains[pick], []);
    }

    /// <summary>
    /// For a name at the end of the source words that no chain holds: the person chain with the same surname, or a
    /// chain of this name's own mentions in the article.
    /// </summary>
    private NameChain? FallbackChain(TextSpan span)
    {
        TextSpan? name = null;
        foreach (var n in _names)
        {
            if (n.Start >= span.Start && n.End == span.End)
            {
                name = n;
                break;
            }
        }

        if (name is not { } found)
        {
            return null;
        }

        var text = found.Of(_text);
        var last = text[(text.LastIndexOf(' ') + 1)..];
        foreach (var chain in _chains)
        {
            if (chain.Type == EntityType.Person && chain.CanonicalName.EndsWith(last, StringComparison.Ordinal)
                && (chain.CanonicalName.Length == last.Length || chain.CanonicalName[^(last.Length + 1)] == ' '))
            {
                return chain;
            }
        }

        if (_fallbacks.TryGetValue(last, out var known))
        {
            return known.CanonicalName.Length >= text.Length ? known : Remake(known, text);
        }

        var mentions = ImmutableArray.CreateBuilder<ChainMention>();
        foreach (var n in _names)
        {
            var other = n.Of(_text);
            if (other.Equals(text, StringComparison.Ordinal) || other.EndsWith(" " + last, StringComparison.Ordinal) || other.Equals(last, StringComparison.Ordinal))
            {
                mentions.Add(new ChainMention(n, other.Length >= text.Length ? ChainMentionKind.FullName : ChainMentionKind.PartialName));
            }
        }

        var canonical = text;
        foreach (var m in mentions)
        {
            if (m.Span.Length > canonical.Length)
            {
                canonical = m.Span.Of(_text);
            }
        }

        var made = new NameChain(mentions.Count > 0 ? mentions[0].Span : found, EntityType.Person, canonical, mentions.ToImmutable(), []);
        _fallbacks[last] = made;
        return made;
    }

    private static NameChain Remake(NameChain chain, string canonical) => chain with { CanonicalName = canonical };

    private bool EndsWithName(TextSpan span, List<int> found)
    {
        foreach (var c in found)
        {
            foreach (var m in _chains[c].Mentions)
            {
                if (m.Span.End == span.End || (m.Span.Start >= span.Start && m.Span.End <= span.End && RestIsTitle(m.Span.End, span.End)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool RestIsTitle(int from, int to)
    {
        var rest = _text.AsSpan(from, to - from).Trim();
        return rest.IsEmpty || rest.Equals("himself", StringComparison.OrdinalIgnoreCase) || rest.Equals("herself", StringComparison.OrdinalIgnoreCase);
    }

    private int LastPerson(List<int> found)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (_chains[found[i]].Type == EntityType.Person)
            {
                return found[i];
            }
        }

        return found[^1];
    }

    private bool HasAnd(TextSpan span)
    {
        var s = _text.AsSpan(span.Start, span.Length);
        return s.Contains(" and ", StringComparison.Ordinal) || s.Contains(" & ", StringComparison.Ordinal);
    }

    private bool IsFollowedByPossessive(int end) =>
        end + 1 < _text.Length && _text[end] is '\'' or '\u2019' && (_text[end + 1] is 's' or 'S' || !char.IsLetter(_text[end + 1]));

    private bool IsAfterPreposition(int mentionStart, int spanStart)
    {
        var before = _text.AsSpan(spanStart, Math.Max(0, mentionStart - spanStart)).TrimEnd();
        if (before.IsEmpty)
        {
            return false;
        }

        foreach (var p in (ReadOnlySpan<string>)[" for", " of", " at", " for the", " of the", " at the"])
        {
            if (before.EndsWith(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void Remember(int? chain, int position)
    {
        _lastSpeaker = (chain, position);
    }

    private int FirstMentionFrom(int start)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_mentions[mid].Span.End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // Mentions are sorted by start; an earlier long mention may still reach start.
        while (lo > 0 && _mentions[lo - 1].Span.End > start)
        {
            lo--;
        }

        return lo;
    }

    /// <summary>he/she: the subject of the current sentence, the last speaker, or the most recent fitting person; they/it: an organisation.</summary>
    private int? ResolvePronoun(string pronoun, int position)
    {
        var wanted = pronoun switch
        {
            "he" => Gender.Male,
            "she" => Gender.Female,
            _ => Gender.Unknown,
        };
        var person = pronoun is "he" or "she";
        var organization = pronoun is "it" or "they";
        if (!person && !organization)
        {
            return null; // "I", "we", "you" outside quotation marks: the writer or the reader.
        }

        var sentenceStart = SentenceStart(position);
        // 1. A fitting name earlier in the same sentence ("When Trump arrived, he said …").
        for (var i = FirstMentionFrom(sentenceStart); i < _mentions.Count && _mentions[i].Span.End <= position; i++)
        {
            var c = _mentions[i].Chain;
            if (Fits(c, person, organization, wanted) && !IsFollowedByPossessive(_mentions[i].Span.End))
            {
                return c;
            }
        }

        // 2. The last speaker, when recent and fitting.
        if (_lastSpeaker is { } last && position - last.Position < PronounWindow)
        {
            if (last.Chain is { } c && Fits(c, person, organization, wanted))
            {
                return c;
            }

            if (last.Chain is null && position - last.Position < 400)
            {
                return null; // the last speaker was someone the article does not name ("a spokesman"): "he" is most likely that one.
            }
        }

        // 3. The subject (first fitting name) of the closest earlier sentence that has one.
        var end = sentenceStart;
        for (var back = 0; back < 4 && end > 0; back++)
        {
            var start = SentenceStart(end - 1);
            for (var i = FirstMentionFrom(start); i < _mentions.Count && _mentions[i].Span.End <= end; i++)
            {
                var c = _mentions[i].Chain;
                if (Fits(c, person, organization, wanted) && !IsFollowedByPossessive(_mentions[i].Span.End) && !InsideQuotes(_mentions[i].Span.Start, start))
                {
                    return c;
                }
            }

            end = start;
        }

        return null;
    }

    private bool InsideQuotes(int position, int from)
    {
        var marks = 0;
        for (var i = from; i < position; i++)
        {
            if (QuotationMarks.IsDoubleMark(_text[i]))
            {
                marks++;
            }
        }

        return (marks & 1) == 1;
    }

    private bool Fits(int chain, bool person, bool organization, Gender wanted)
    {
        var type = _chains[chain].Type;
        if (person)
        {
            return type == EntityType.Person && (wanted == Gender.Unknown || _genders[chain] == Gender.Unknown || _genders[chain] == wanted);
        }

        return organization && type == EntityType.Organization;
    }

    /// <summary>The start of the sentence holding <paramref name="position"/>: after the last ". ", "? ", "! " or line break.</summary>
    private int SentenceStart(int position)
    {
        for (var i = Math.Min(position, _text.Length) - 1; i > 0; i--)
        {
            var c = _text[i];
            if (c == '\n')
            {
                return i + 1;
            }

            if (char.IsWhiteSpace(c) && _text[i - 1] is '.' or '?' or '!' or '\u201d' or '"' && i + 1 < _text.Length && char.IsUpper(_text[i + 1]))
            {
                var p = i - 1;
                while (p > 0 && _text[p] is '\u201d' or '"')
                {
                    p--;
                }

                if (_text[p] is '.' or '?' or '!' && !(p >= 2 && char.IsUpper(_text[p - 1]) && !char.IsLetter(_text[p - 2])))
                {
                    return i + 1;
                }
            }

            if (position - i > 600)
            {
                return i;
            }
        }

        return 0;
    }

    private Gender GenderOf(NameChain chain)
    {
        int male = 0, female = 0;
        foreach (var m in chain.Mentions)
        {
            // A title right before the mention: "Mr. Trump", "Mrs. Clinton".
            var before = _text.AsSpan(Math.Max(0, m.Span.Start - 6), m.Span.Start - Math.Max(0, m.Span.Start - 6)).Trim();
            var lastSpace = before.LastIndexOf(' ');
            var title = (lastSpace < 0 ? before : before[(lastSpace + 1)..]).ToString().ToLowerInvariant();
            male += Array.IndexOf(MaleWords, title) >= 0 ? 3 : 0;
            female += Array.IndexOf(FemaleWords, title) >= 0 ? 3 : 0;

            // The first third-person pronoun after the mention in its sentence: "Clinton said her campaign …".
            var end = Math.Min(_text.Length, m.Span.End + 80);
            for (var i = m.Span.End; i < end; i++)
            {
                if (_text[i] is '.' or '\n' or '\u201c' or '"')
                {
                    break;
                }

                if (i > 0 && char.IsLetter(_text[i - 1]))
                {
                    continue;
                }

                var w = WordAt(i);
                if (w is "he" or "his" or "him" or "himself")
                {
                    male++;
                    break;
                }

                if (w is "she" or "her" or "hers" or "herself")
                {
                    female++;
                    break;
                }
            }
        }

        foreach (var role in chain.Roles)
        {
            if (role.End > _text.Length)
            {
                continue;
            }

            foreach (var raw in role.Of(_text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var w = raw.ToLowerInvariant();
                male += Array.IndexOf(MaleWords, w) >= 0 ? 2 : 0;
                female += Array.IndexOf(FemaleWords, w) >= 0 ? 2 : 0;
            }
        }

        return male > female ? Gender.Male : female > male ? Gender.Female : Gender.Unknown;
    }

    private string WordAt(int i)
    {
        var end = i;
        while (end < _text.Length && char.IsLetter(_text[end]) && end - i < 10)
        {
            end++;
        }

        return _text[i..end].ToLowerInvariant();
    }
}
