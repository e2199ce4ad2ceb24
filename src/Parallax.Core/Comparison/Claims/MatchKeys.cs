using System.Globalization;
using Parallax.Language.WordRelations;

namespace Parallax.Comparison.Claims;

/// <summary>
/// Numbered match keys of words, such that two words <see cref="ClaimComparer"/> relates always share one: the stem
/// (same stem); each WordNet synset of a base form (synonyms); each base form, and each base form it is derived from
/// or a direct hyponym of (derived forms, hypernyms). Indexed words carry base forms as "form" keys and the forms they
/// point to as "link" keys; a probing word looks its base forms up as link keys and its links as form keys, so a
/// relation in either direction meets. Not thread-safe (it caches keys per word); used while building an index.
/// </summary>
internal sealed class MatchKeys(WordRelations relations)
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _indexed = new(StringComparer.Ordinal);

    /// <summary>The keys a word of an indexed clause is filed under (numbering new keys).</summary>
    internal int[] Index(string word, string term)
    {
        if (_indexed.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var keys = new HashSet<int>();
        foreach (var key in Names(word, term, probing: false))
        {
            if (!_ids.TryGetValue(key, out var id))
            {
                _ids[key] = id = _ids.Count;
            }

            keys.Add(id);
        }

        return _indexed[word] = [.. keys];
    }

    /// <summary>The numbered keys a word of a probing clause looks up (those some indexed word has).</summary>
    internal IEnumerable<int> Probe(string word, string term)
    {
        var keys = new HashSet<int>();
        foreach (var key in Names(word, term, probing: true))
        {
            if (_ids.TryGetValue(key, out var id))
            {
                keys.Add(id);
            }
        }

        return keys;
    }

    /// <summary>The number of a stem's key, or -1 when no indexed word has that stem.</summary>
    internal int Term(string term) => _ids.TryGetValue(StemKey(term), out var id) ? id : -1;

    private static string StemKey(string term) => "t\u0001" + term;

    private IEnumerable<string> Names(string word, string term, bool probing)
    {
        yield return StemKey(term);
        foreach (var form in relations.BaseForms(word))
        {
            foreach (var sense in relations.SensesOf(form))
            {
                yield return "s\u0001" + sense.ToString(CultureInfo.InvariantCulture);
            }

            yield return (probing ? "l\u0001" : "f\u0001") + form;
            foreach (var link in relations.LinksOf(form))
            {
                yield return (probing ? "f\u0001" : "l\u0001") + link;
            }
        }
    }
}
