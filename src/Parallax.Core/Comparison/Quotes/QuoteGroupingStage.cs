using System.Collections.Immutable;
using System.Globalization;
using Parallax.Dossier;

namespace Parallax.Comparison.Quotes;

/// <summary>
/// The story stage that fills <see cref="StoryDossier.QuoteGroups"/> and sets <see cref="DossierQuote.Group"/>: quotes
/// (from <see cref="StoryDossier.Quotes"/>, filled by the quotes stage) that report the same utterance are grouped
/// across articles — "There's no deal until there's a deal" / "There is no deal until there is a deal", "Next time in
/// Moscow" / "See you in Moscow next time" — and each group is classed by how faithfully the outlets quote it:
/// verbatim, minor (punctuation, case, contractions) or altered (words added, dropped or changed, with the
/// word-level difference). A group whose outlets name different speakers is flagged (possible misattribution).
/// </summary>
/// <remarks>
/// Two quotes report the same utterance when they share at least two content words (and have three words or more;
/// shorter ones must be equal, by the same speaker) and either most of their words in
/// order (longest common subsequence at least 60% of the longer) or nearly all the content words of the shorter one;
/// quotes with different known speakers must match more closely (80%, four words or more). Only groups spanning two
/// articles or more are kept. The outcome is that of comparing every two quotes that share a content word; the
/// <see cref="QuoteMatcher"/> gets it with exact filters, in time that grows with the quotes that share rare words, not
/// with the square of the quotes. Immutable and thread-safe.
/// </remarks>
public sealed class QuoteGroupingStage : IStoryStage
{
    /// <inheritdoc />
    public string Name => "quote-groups";

    /// <inheritdoc />
    public StoryDossier Process(StoryDossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var quotes = dossier.Quotes;
        if (quotes.Length < 2)
        {
            return dossier;
        }

        var parsed = new Parsed[quotes.Length];
        var flats = new List<string>[quotes.Length];
        var speakers = new string?[quotes.Length];
        for (var i = 0; i < quotes.Length; i++)
        {
            var words = QuoteWords.Split(quotes[i].Text ?? "");
            flats[i] = QuoteWords.Flatten(words);
            speakers[i] = quotes[i].Speaker;
            parsed[i] = new Parsed(words, QuoteWords.Verbatim(quotes[i].Text ?? ""));
        }

        var groupOfQuote = new QuoteMatcher(flats).Group(speakers, cancellationToken);
        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < quotes.Length; i++)
        {
            if (!members.TryGetValue(groupOfQuote[i], out var list))
            {
                members[groupOfQuote[i]] = list = [];
            }

            list.Add(i);
        }

        var groups = ImmutableArray.CreateBuilder<QuoteGroup>();
        var groupOf = new string?[quotes.Length];
        foreach (var list in members.Values.OrderBy(static l => l[0]))
        {
            var articles = new HashSet<string>(StringComparer.Ordinal);
            foreach (var i in list)
            {
                articles.Add(quotes[i].Article);
            }

            if (articles.Count < 2)
            {
                continue;
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"g{groups.Count + 1}");
            groups.Add(Describe(id, list, quotes, parsed));
            foreach (var i in list)
            {
                groupOf[i] = id;
            }
        }

        var updated = ImmutableArray.CreateBuilder<DossierQuote>(quotes.Length);
        for (var i = 0; i < quotes.Length; i++)
        {
            updated.Add(quotes[i] with { Group = groupOf[i] });
        }

        return dossier with { Quotes = updated.MoveToImmutable(), QuoteGroups = groups.ToImmutable() };
    }

    /// <summary>How faithfully <paramref name="other"/> reproduces <paramref name="reference"/>.</summary>
    internal static QuoteFidelity Fidelity(string reference, string other)
    {
        if (QuoteWords.Verbatim(reference) == QuoteWords.Verbatim(other))
        {
            return QuoteFidelity.Verbatim;
        }

        var a = QuoteWords.Flatten(QuoteWords.Split(reference));
        var b = QuoteWords.Flatten(QuoteWords.Split(other));
        return a.SequenceEqual(b, StringComparer.Ordinal) ? QuoteFidelity.Minor : QuoteFidelity.Altered;
    }

    private static QuoteGroup Describe(string id, List<int> list, ImmutableArray<DossierQuote> quotes, Parsed[] parsed)
    {
        // The reference version: the wording most outlets use (the earliest on a tie).
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in list)
        {
            counts[parsed[i].Verbatim] = counts.GetValueOrDefault(parsed[i].Verbatim) + 1;
        }

        var reference = list[0];
        foreach (var i in list)
        {
            if (counts[parsed[i].Verbatim] > counts[parsed[reference].Verbatim])
            {
                reference = i;
            }
        }

        var ids = ImmutableArray.CreateBuilder<string>(list.Count);
        ids.Add(quotes[reference].Id);
        var variants = ImmutableArray.CreateBuilder<QuoteVariant>();
        var compared = new Dictionary<string, (QuoteFidelity Fidelity, ImmutableArray<DiffPiece> Pieces)>(StringComparer.Ordinal);
        var worst = QuoteFidelity.Verbatim;
        foreach (var i in list)
        {
            if (i == reference)
            {
                continue;
            }

            ids.Add(quotes[i].Id);
            var text = quotes[i].Text ?? "";
            if (!compared.TryGetValue(text, out var difference))
            {
                // Both depend on the two texts only: a wording repeated by many outlets is compared once.
                compared[text] = difference = (Fidelity(quotes[reference].Text ?? "", text), WordDiff.Diff(parsed[reference].Words, parsed[i].Words));
            }

            worst = (QuoteFidelity)Math.Max((int)worst, (int)difference.Fidelity);
            variants.Add(new QuoteVariant(quotes[i].Id, difference.Fidelity, difference.Pieces));
        }

        var speakers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in list)
        {
            if (quotes[i].Speaker is { } s)
            {
                speakers[s] = speakers.GetValueOrDefault(s) + 1;
            }
        }

        var speaker = speakers.Count == 0 ? null : speakers.OrderByDescending(static s => s.Value).ThenBy(static s => s.Key, StringComparer.Ordinal).First().Key;
        return new QuoteGroup(id, speaker, ids.MoveToImmutable(), worst)
        {
            SpeakerDiffers = speakers.Count > 1,
            Variants = variants.ToImmutable(),
        };
    }

    private sealed record Parsed(List<QuoteWord> Words, string Verbatim);
}
