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
/// Two quotes report the same utterance when they share at least two content words and either most of their words in
/// order (longest common subsequence at least 60% of the longer) or nearly all the content words of the shorter one;
/// quotes with different known speakers must match more closely (80%, four words or more). Only groups spanning two
/// articles or more are kept. Quotes are compared only when they share a content word. Immutable and thread-safe.
/// </remarks>
public sealed class QuoteGroupingStage : IStoryStage
{
    private const double SameOrderRatio = 0.6;
    private const double ContentContainment = 0.8;
    private const double OtherSpeakerRatio = 0.8;
    private const int MaxQuotesPerWord = 500;

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
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < quotes.Length; i++)
        {
            var words = QuoteWords.Split(quotes[i].Text ?? "");
            var flat = QuoteWords.Flatten(words);
            parsed[i] = new Parsed(words, flat, QuoteWords.Content(flat), QuoteWords.Verbatim(quotes[i].Text ?? ""));
            foreach (var w in parsed[i].Content)
            {
                if (!byWord.TryGetValue(w, out var list))
                {
                    byWord[w] = list = [];
                }

                list.Add(i);
            }
        }

        var parent = new int[quotes.Length];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        var compared = new HashSet<long>();
        var steps = 0;
        foreach (var list in byWord.Values)
        {
            if (list.Count > MaxQuotesPerWord)
            {
                continue;
            }

            for (var p = 0; p < list.Count; p++)
            {
                for (var q = p + 1; q < list.Count; q++)
                {
                    if ((++steps & 255) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    var (a, b) = (list[p], list[q]);
                    if (compared.Add(((long)a << 32) | (uint)b) && SameUtterance(quotes[a], parsed[a], quotes[b], parsed[b]))
                    {
                        parent[Find(parent, a)] = Find(parent, b);
                    }
                }
            }
        }

        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < quotes.Length; i++)
        {
            var root = Find(parent, i);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
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

    private static bool SameUtterance(DossierQuote qa, Parsed a, DossierQuote qb, Parsed b)
    {
        if (a.Flat.Count == 0 || b.Flat.Count == 0)
        {
            return false;
        }

        var shared = 0;
        foreach (var w in a.Content)
        {
            if (b.Content.Contains(w))
            {
                shared++;
            }
        }

        var equal = a.Flat.SequenceEqual(b.Flat, StringComparer.Ordinal);
        var bothKnown = qa.Speaker is not null && qb.Speaker is not null;
        if (shared < 2)
        {
            // A word or two ('productive'): the same only when the words and the speaker are the same.
            return equal && bothKnown && qa.Speaker == qb.Speaker;
        }

        var ratio = (double)WordDiff.CommonLength(a.Flat, b.Flat) / Math.Max(a.Flat.Count, b.Flat.Count);
        if (bothKnown && qa.Speaker != qb.Speaker)
        {
            return ratio >= OtherSpeakerRatio && Math.Min(a.Flat.Count, b.Flat.Count) >= 4;
        }

        var containment = (double)shared / Math.Min(a.Content.Count, b.Content.Count);
        return ratio >= SameOrderRatio || containment >= ContentContainment;
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
        var worst = QuoteFidelity.Verbatim;
        foreach (var i in list)
        {
            if (i == reference)
            {
                continue;
            }

            ids.Add(quotes[i].Id);
            var fidelity = Fidelity(quotes[reference].Text, quotes[i].Text);
            worst = (QuoteFidelity)Math.Max((int)worst, (int)fidelity);
            variants.Add(new QuoteVariant(quotes[i].Id, fidelity, WordDiff.Diff(parsed[reference].Words, parsed[i].Words)));
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

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private sealed record Parsed(List<QuoteWord> Words, List<string> Flat, HashSet<string> Content, string Verbatim);
}
