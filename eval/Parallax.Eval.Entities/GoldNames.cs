using Parallax.Language.Entities;
using Parallax.Model;

namespace Parallax.Eval.Entities;

/// <summary>A gold named mention: the name's characters and its type in Parallax's terms.</summary>
/// <param name="Span">The name's characters.</param>
/// <param name="Type">Its Parallax type, or null for GUM types that are not scored (event, object, abstract…).</param>
/// <param name="Identity">GUM's Wikipedia identity, if any.</param>
internal sealed record GoldName(TextSpan Span, EntityType? Type, string Identity);

/// <summary>
/// Turns GUM's entity mentions into gold named-entity spans in Parallax's sense (the span is the name; titles,
/// determiners and possessive endings are not part of it). See eval/README-entities.md for the definition.
/// </summary>
internal static class GoldNames
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "the", "and", "&", "for", "on", "de", "del", "du", "-", ".", "van", "von", "bin", "al" };

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "minister", "secretary", "senator", "governor", "ambassador", "general", "administrator", "director",
        "chairman", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "gov.", "gen.", "rep.", "prof.", "professor",
        "king", "queen", "prince", "princess", "pope", "judge", "justice", "mayor", "captain", "colonel", "major",
        "lieutenant", "sergeant", "admiral", "commander", "chancellor", "premier", "chief", "spokesman", "poet", "saint",
        "st.", "sir", "lord", "lady", "officer", "reverend", "rev.", "father", "ceo",
    };

    public static EntityType? MapType(string gumType) => gumType switch
    {
        "person" => EntityType.Person,
        "organization" => EntityType.Organization,
        "place" => EntityType.Place,
        _ => null,
    };

    public static List<GoldName> Extract(GumDocument doc)
    {
        var result = new List<GoldName>();
        var seen = new HashSet<TextSpan>();
        foreach (var m in doc.Mentions)
        {
            var type = MapType(m.EntityType);
            if (!IsNamed(doc, m))
            {
                continue;
            }

            var span = type == EntityType.Person ? PersonName(doc, m) : OrgOrPlaceName(doc, m);
            if (span is { } s && seen.Add(s))
            {
                result.Add(new GoldName(s, type, m.Identity));
            }
        }

        // Flat, as in CoNLL: a name inside a longer gold name ("New York" in "The New York Times") is dropped.
        var flat = new List<GoldName>(result.Count);
        foreach (var g in result)
        {
            var inside = false;
            foreach (var o in result)
            {
                inside |= o.Span != g.Span && o.Span.Contains(g.Span);
            }

            if (!inside)
            {
                flat.Add(g);
            }
        }

        return flat;
    }

    /// <summary>Named: the mention's syntactic head is a proper noun, or it is Wikified (or a person) and holds a proper noun outside nested mentions.</summary>
    private static bool IsNamed(GumDocument doc, GumMention m)
    {
        var head = Head(doc, m);
        if (head >= 0 && doc.Tokens[head].Upos == "PROPN")
        {
            return true;
        }

        if (m.Identity.Length == 0 && m.EntityType != "person")
        {
            // A person mention headed by a description still holds the name ("immigration barrister Colin Yeo").
            return false;
        }

        var nested = NestedTokens(doc, m);
        for (var k = m.First; k <= m.Last; k++)
        {
            if (doc.Tokens[k].Upos == "PROPN" && !nested.Contains(k))
            {
                return true;
            }
        }

        return false;
    }

    private static int Head(GumDocument doc, GumMention m)
    {
        for (var k = m.First; k <= m.Last; k++)
        {
            var h = doc.Tokens[k].Head;
            if (h < m.First || h > m.Last)
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsCapitalized(GumToken t) => t.Form.Length > 0 && char.IsUpper(t.Form[0]);

    private static bool IsNameToken(GumToken t) =>
        (t.Upos == "PROPN" || (IsCapitalized(t) && t.Upos is "ADJ" or "NOUN" or "VERB" or "NUM" or "X"))
        && !(t.Form is "The" or "A" or "An");

    private static TextSpan? PersonName(GumDocument doc, GumMention m)
    {
        // The last run of proper-name tokens inside the mention that lies in no smaller mention and holds no title.
        var nested = NestedTokens(doc, m);
        var last = -1;
        var head = Head(doc, m);
        if (head >= 0 && doc.Tokens[head].Upos == "PROPN" && !nested.Contains(head) && !Titles.Contains(doc.Tokens[head].Form))
        {
            // The run holding the syntactic head ("Mark Tedeschi" in "Mark Tedeschi, QC").
            last = head;
            while (true)
            {
                if (last + 1 <= m.Last && doc.Tokens[last + 1].Upos == "PROPN" && !nested.Contains(last + 1) && !Titles.Contains(doc.Tokens[last + 1].Form))
                {
                    last++;
                }
                else if (last + 2 <= m.Last && doc.Tokens[last + 1].Form is "-" or "." or "de" or "van" or "von" or "bin" or "al" or "El" or "Al"
                    && doc.Tokens[last + 2].Upos == "PROPN" && !nested.Contains(last + 2))
                {
                    last += 2;
                }
                else if (last + 1 <= m.Last && doc.Tokens[last + 1].Form is "-" && last + 2 <= m.Last && !nested.Contains(last + 2) && char.IsLetter(doc.Tokens[last + 2].Form[0]))
                {
                    last += 2;
                }
                else
                {
                    break;
                }
            }
        }

        for (var k = m.Last; k >= m.First && last < 0; k--)
        {
            var t = doc.Tokens[k];
            if (t.Upos == "PROPN" && !nested.Contains(k) && !Titles.Contains(t.Form))
            {
                last = k;
                break;
            }
        }

        if (last < 0)
        {
            return null;
        }

        var first = last;
        while (first - 1 >= m.First)
        {
            var p = doc.Tokens[first - 1];
            if (p.Upos == "PROPN" && !nested.Contains(first - 1) && !Titles.Contains(p.Form))
            {
                first--;
                continue;
            }

            if (p.Form is "-" or "." or "de" or "van" or "von" or "bin" or "al" && first - 2 >= m.First
                && doc.Tokens[first - 2].Upos == "PROPN" && !Titles.Contains(doc.Tokens[first - 2].Form))
            {
                first -= 2;
                continue;
            }

            break;
        }

        return new TextSpan(doc.Tokens[first].Start, doc.Tokens[last].End);
    }

    private static TextSpan? OrgOrPlaceName(GumDocument doc, GumMention m)
    {
        var head = Head(doc, m);
        if (head < 0 || !IsNameToken(doc.Tokens[head]))
        {
            head = -1;
            for (var k = m.Last; k >= m.First; k--)
            {
                if (doc.Tokens[k].Upos == "PROPN")
                {
                    head = k;
                    break;
                }
            }
        }

        if (head < 0)
        {
            return null;
        }

        var first = head;
        var last = head;
        while (true)
        {
            if (first - 1 >= m.First && IsNameToken(doc.Tokens[first - 1]))
            {
                first--;
            }
            else if (first - 2 >= m.First && Connectors.Contains(doc.Tokens[first - 1].Form) && IsNameToken(doc.Tokens[first - 2]))
            {
                first -= 2;
            }
            else
            {
                break;
            }
        }

        while (true)
        {
            if (last + 1 <= m.Last && IsNameToken(doc.Tokens[last + 1]))
            {
                last++;
            }
            else if (last + 2 <= m.Last && Connectors.Contains(doc.Tokens[last + 1].Form) && IsNameToken(doc.Tokens[last + 2]))
            {
                last += 2;
            }
            else if (last + 3 <= m.Last && doc.Tokens[last + 1].Form == "of" && doc.Tokens[last + 2].Form == "the" && IsNameToken(doc.Tokens[last + 3]))
            {
                last += 3;
            }
            else
            {
                break;
            }
        }

        return new TextSpan(doc.Tokens[first].Start, doc.Tokens[last].End);
    }

    private static HashSet<int> NestedTokens(GumDocument doc, GumMention outer)
    {
        var nested = new HashSet<int>();
        foreach (var m in doc.Mentions)
        {
            if (m.First >= outer.First && m.Last <= outer.Last && (m.Last - m.First) < (outer.Last - outer.First) && m.Identity != outer.Identity)
            {
                for (var k = m.First; k <= m.Last; k++)
                {
                    nested.Add(k);
                }
            }
        }

        return nested;
    }
}
