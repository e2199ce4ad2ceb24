using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Server.Stories;

/// <summary>
/// The signature of an article for story grouping: its most frequent content words (lower case, three letters or
/// more, common function words left out), headline words and capitalised names counted more. Stateless, thread-safe.
/// </summary>
public static class StoryTerms
{
    /// <summary>How many terms a signature keeps.</summary>
    public const int MaxTerms = 40;

    private const int MaxScannedChars = 200_000;

    private static readonly FrozenWords Common = new(
        "the and for are but not you all any can had her was one our out day get has him his how man new now old see two way who " +
        "boy did its let put say she too use that with have this will your from they know want been good much some time very when " +
        "come here just like long make many more only over such take than them well were what which their there would about after " +
        "again also because before being between both could does doing down during each even ever every first into most must never " +
        "other same should since still then these those through under until upon where while whom whose why yet said says told also " +
        "according year years week weeks monday tuesday wednesday thursday friday saturday sunday mr mrs ms may might shall its it's " +
        "who's that's there's what's i'm we're they're can't don't won't isn't aren't wasn't weren't himself herself themselves " +
        "itself ourselves yourself news report reported reports people last next including however although though without within " +
        "around against among across another often rather already almost whether either neither further");

    /// <summary>The signature terms of <paramref name="article"/>, strongest first (ties in alphabetical order).</summary>
    public static ImmutableArray<string> Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        if (article.Metadata.Title is { } title)
        {
            Count(title, 3.0, weights);
        }

        var text = article.Text.Length > MaxScannedChars ? article.Text[..MaxScannedChars] : article.Text;
        Count(text, 1.0, weights);
        var ranked = weights.ToList();
        ranked.Sort((a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        var result = ImmutableArray.CreateBuilder<string>(Math.Min(MaxTerms, ranked.Count));
        for (var i = 0; i < ranked.Count && i < MaxTerms; i++)
        {
            result.Add(ranked[i].Key);
        }

        return result.ToImmutable();
    }

    private static void Count(string text, double weight, Dictionary<string, double> weights)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c) || (start >= 0 && c is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                Add(text.AsSpan(start, i - start), weight, weights);
                start = -1;
            }
        }
    }

    private static void Add(ReadOnlySpan<char> word, double weight, Dictionary<string, double> weights)
    {
        if (word.Length < 3 || word.Length > 40 || char.IsDigit(word[0]))
        {
            return;
        }

        var lower = word.ToString().ToLowerInvariant().Replace('’', '\'');
        if (lower.EndsWith("'s", StringComparison.Ordinal))
        {
            lower = lower[..^2];
        }

        if (lower.Length < 3 || Common.Contains(lower))
        {
            return;
        }

        var boost = char.IsUpper(word[0]) ? 2.0 : 1.0;
        weights[lower] = weights.GetValueOrDefault(lower) + (weight * boost);
    }

    private sealed class FrozenWords(string words)
    {
        private readonly System.Collections.Frozen.FrozenSet<string> _set =
            System.Collections.Frozen.FrozenSet.ToFrozenSet(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

        public bool Contains(string word) => _set.Contains(word);
    }
}
