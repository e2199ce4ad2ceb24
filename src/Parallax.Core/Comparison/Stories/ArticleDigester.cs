using System.Collections.Immutable;
using System.Globalization;
using Parallax.Language.Coreference;
using Parallax.Language.Dates;
using Parallax.Language.Sentences;
using Parallax.Language.Tokens;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Comparison.Stories;

/// <summary>
/// Turns an analysed article into its <see cref="ArticleDigest"/>: content words of the text and title, the named
/// entities of the <see cref="NameChain"/> layer (by canonical name, counted by mentions), and the dates, months and
/// years mentioned. Needs a pipeline with <c>UseCoreference()</c> (which brings tokens, entities and dates); see
/// <see cref="CreatePipeline"/>. Stateless and thread-safe; never throws on odd text.
/// </summary>
public static class ArticleDigester
{
    /// <summary>The most distinct terms a digest keeps (the most frequent).</summary>
    public const int MaxTerms = 160;

    private const float TitleWeight = 2f;

    // The lead (the first sentences) says what happened, where and to whom; its words count more.
    private const int LeadSentences = 2;
    private const float LeadWeight = 2f;
    private const int MinYear = 1800;
    private const int MaxYear = 2200;

    /// <summary>A pipeline that adds every layer <see cref="Digest(AnalyzedArticle, CancellationToken)"/> reads.</summary>
    public static Pipeline.Pipeline CreatePipeline() => new PipelineBuilder().UseCoreference().Build();

    /// <summary>Digests <paramref name="analyzed"/> (analysed by a pipeline like <see cref="CreatePipeline"/>).</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static ArticleDigest Digest(AnalyzedArticle analyzed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        var article = analyzed.Article;
        var text = article.Text;
        var counts = new Dictionary<string, TermCount>(StringComparer.Ordinal);
        var order = 0;

        var sentences = analyzed.GetLayer<Sentence>();
        var leadEnd = sentences.Count > LeadSentences ? sentences[LeadSentences - 1].Span.End : text.Length;
        var steps = 0;
        foreach (var token in analyzed.GetLayer<Token>())
        {
            if ((++steps & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var weight = token.Span.End <= leadEnd ? LeadWeight : 1f;
            AddToken(counts, text.AsSpan(token.Span.Start, token.Span.Length), token.Kind, weight, ref order);
        }

        if (!string.IsNullOrWhiteSpace(article.Metadata.Title))
        {
            var title = article.Metadata.Title;
            foreach (var token in Tokenizer.Tokenize(title, cancellationToken))
            {
                AddToken(counts, title.AsSpan(token.Span.Start, token.Span.Length), token.Kind, TitleWeight, ref order);
            }
        }

        foreach (var chain in analyzed.GetLayer<NameChain>())
        {
            var key = EntityKey(chain.CanonicalName);
            if (key is not null)
            {
                Add(counts, key, StoryTermKind.Entity, chain.Mentions.Length, chain.CanonicalName, ref order);
            }
        }

        foreach (var date in analyzed.GetLayer<DateMention>())
        {
            if (date.Value is not { } value)
            {
                continue;
            }

            if (date.Precision == DatePrecision.Day)
            {
                var day = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                Add(counts, "d:" + day, StoryTermKind.Date, 1f, day, ref order);
            }

            var month = value.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            Add(counts, "d:" + month, StoryTermKind.Date, 1f, month, ref order);
        }

        var terms = counts.Values
            .OrderByDescending(static t => t.Count)
            .ThenBy(static t => t.Order)
            .Take(MaxTerms)
            .Select(static t => new StoryTerm(t.Key, t.Kind, t.Count, t.Display))
            .ToImmutableArray();
        return new ArticleDigest(article.Source, article.Metadata.Title, article.Metadata.Published, terms);
    }

    /// <summary>Analyses <paramref name="article"/> with <paramref name="pipeline"/> and digests it.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static ArticleDigest Digest(Article article, Pipeline.Pipeline pipeline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return Digest(pipeline.Analyze(article, cancellationToken), cancellationToken);
    }

    /// <summary>The key of a word as a term ("w:earthquake"), or null when it carries no topic.</summary>
    internal static string? WordKey(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > 40)
        {
            return null;
        }

        Span<char> lower = stackalloc char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                lower[length++] = char.ToLowerInvariant(c);
            }
            else if (c is '\'' or '\u2019')
            {
                break; // "Reid's" -> "reid"
            }
            else if (c != '-')
            {
                return null;
            }
        }

        if (length < 3)
        {
            return null;
        }

        var folded = FoldPlural(new string(lower[..length]));
        return StopWords.Contains(folded) ? null : "w:" + folded;
    }

    /// <summary>The key of an entity's canonical name ("e:lindsay lohan"), or null when it has no letters.</summary>
    internal static string? EntityKey(string canonicalName)
    {
        var chars = new List<char>(canonicalName.Length);
        var pendingSpace = false;
        foreach (var c in canonicalName)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && chars.Count > 0)
                {
                    chars.Add(' ');
                }

                pendingSpace = false;
                chars.Add(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019' or '.' or '-')
            {
                continue;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return chars.Exists(char.IsLetter) ? "e:" + new string([.. chars]) : null;
    }

    private static void AddToken(Dictionary<string, TermCount> counts, ReadOnlySpan<char> token, TokenKind kind, float weight, ref int order)
    {
        if (kind == TokenKind.Number)
        {
            if (token.Length == 4 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinYear and <= MaxYear)
            {
                var text = token.ToString();
                Add(counts, "d:" + text, StoryTermKind.Date, weight, text, ref order);
            }

            return;
        }

        if (kind != TokenKind.Word)
        {
            return;
        }

        var key = WordKey(token);
        if (key is not null)
        {
            Add(counts, key, StoryTermKind.Word, weight, key[2..], ref order);
        }
    }

    private static void Add(Dictionary<string, TermCount> counts, string key, StoryTermKind kind, float weight, string display, ref int order)
    {
        if (counts.TryGetValue(key, out var existing))
        {
            existing.Count += weight;
        }
        else
        {
            counts[key] = new TermCount(key, kind, display, order++) { Count = weight };
        }
    }

    // "earthquakes" -> "earthquake", "cities" -> "city"; leaves "glass", "virus", "crisis" alone.
    private static string FoldPlural(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return string.Concat(word.AsSpan(0, word.Length - 3), "y");
        }

        if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
        {
            return word[..^1];
        }

        return word;
    }

    private sealed class TermCount(string key, StoryTermKind kind, string display, int order)
    {
        public string Key { get; } = key;

        public StoryTermKind Kind { get; } = kind;

        public string Display { get; } = display;

        public int Order { get; } = order;

        public float Count { get; set; }
    }
}
