namespace Parallax.Comparison.Framing;

/// <summary>
/// Which articles of a story can hold a phrase as whole words: an index from each word (a maximal run of letters and
/// digits, upper-cased invariantly as ordinal ignore-case comparison does) to the articles that contain it. A phrase
/// can occur (<see cref="Language.Tone.LoadedLanguage.Occurrences"/>) only in articles holding its first word, so
/// looking a phrase up across the story costs the articles that hold that word, not the whole story.
/// </summary>
internal sealed class StoryWordIndex
{
    private readonly Dictionary<string, List<int>> _articles = new(StringComparer.Ordinal);
    private readonly int _count;

    public StoryWordIndex(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        _count = texts.Count;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var a = 0; a < texts.Count; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            seen.Clear();
            var text = texts[a];
            var i = 0;
            while (i < text.Length)
            {
                if (!char.IsLetterOrDigit(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                var run = text[start..i].ToUpperInvariant();
                Add(run, a, seen);

                // "regimes2": a one-word phrase "regime" matches before a plural 's' that a non-letter follows.
                for (var p = 0; p + 1 < run.Length; p++)
                {
                    if (run[p] == 'S' && char.IsDigit(run[p + 1]))
                    {
                        Add(run[..p], a, seen);
                    }
                }
            }
        }
    }

    /// <summary>The articles, in story order, in which <paramref name="phrase"/> may occur; every article when it starts with no word.</summary>
    public IEnumerable<int> MayHold(string phrase)
    {
        var end = 0;
        while (end < phrase.Length && char.IsLetterOrDigit(phrase[end]))
        {
            end++;
        }

        if (end == 0)
        {
            return Enumerable.Range(0, _count);
        }

        var first = phrase[..end].ToUpperInvariant();
        var exact = _articles.GetValueOrDefault(first) ?? [];
        if (end < phrase.Length)
        {
            return exact;
        }

        // A one-word phrase also matches its plural ("regime" in "regimes").
        var plural = _articles.GetValueOrDefault(first + "S") ?? [];
        return plural.Count == 0 ? exact : exact.Union(plural).Order();
    }

    private void Add(string word, int article, HashSet<string> seen)
    {
        if (word.Length == 0 || !seen.Add(word))
        {
            return;
        }

        if (!_articles.TryGetValue(word, out var list))
        {
            _articles[word] = list = [];
        }

        list.Add(article);
    }
}
