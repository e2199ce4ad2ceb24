using System.Collections.Immutable;
using System.Globalization;
using Parallax.Comparison.Stances;
using Parallax.Dossier;
using Parallax.Language.WordRelations;

namespace Parallax.Comparison.Claims;

/// <summary>
/// The story stage that fills the dossier's claims: extracts each article's check-worthy clauses
/// (<see cref="ClaimExtractor"/>), groups clauses of different articles that say something about the same thing
/// (<see cref="ClaimComparer"/>: weighted word overlap with WordNet synonyms and hypernyms, agreeing quantities;
/// or an explicit contradiction between related clauses), and gives every article in a group its stance towards
/// the group's most central wording: contradicts (a shared concept negated on one side only, incompatible
/// quantities, antonyms, or the stance model's "disagree"), discusses (reported as someone's claim), or supports.
/// Articles without a clause in a group are silent on it. Contested claims (supported and contradicted) are listed
/// in <see cref="StoryDossier.Disagreements"/>, most contested first. Thread-safe; no I/O.
/// </summary>
public sealed class ClaimsStage : IStoryStage
{
    private readonly StanceModel? _stance;
    private readonly WordRelations _relations;

    /// <summary>Creates the stage with the shipped stance model and WordNet relations, or the ones given.</summary>
    public ClaimsStage(StanceModel? stance = null, WordRelations? relations = null)
    {
        _stance = stance ?? StanceModel.Default;
        _relations = relations ?? WordRelations.Default;
    }

    /// <summary>Clauses of different articles at least this similar are grouped.</summary>
    public double GroupThreshold { get; init; } = 0.34;

    /// <summary>Clauses at least this similar that contradict each other explicitly are grouped too.</summary>
    public double ConflictThreshold { get; init; } = 0.16;

    /// <summary>At most this many articles are compared (the rest are silent).</summary>
    public int MaxArticles { get; init; } = 200;

    /// <inheritdoc />
    public string Name => "claims";

    /// <inheritdoc />
    public StoryDossier Process(StoryDossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var articles = dossier.Articles.Length > MaxArticles ? dossier.Articles[..MaxArticles] : dossier.Articles;
        var clauses = new List<ClaimClause>();
        for (var a = 0; a < articles.Length; a++)
        {
            var text = StanceText.Parse(articles[a].Article.Text, cancellationToken);
            clauses.AddRange(ClaimExtractor.Extract(a, text, cancellationToken));
        }

        if (clauses.Count == 0)
        {
            return dossier with { Claims = [], Disagreements = [] };
        }

        var comparer = new ClaimComparer(_relations, StoryWeights(clauses));
        var edges = new List<(int A, int B, double Similarity, Conflict Conflict)>();
        var matches = new List<WordMatch>();
        var similarity = new Dictionary<(int, int), double>();
        var candidates = new ClaimCandidates(clauses, _relations, allPairs: ConflictThreshold <= ClaimComparer.QuantityBonus);
        var partners = new List<int>();
        for (var i = 0; i < clauses.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            candidates.Partners(i, partners);
            foreach (var j in partners)
            {
                var s = comparer.Similarity(clauses[i], clauses[j], matches);
                if (s < ConflictThreshold)
                {
                    continue;
                }

                similarity[(i, j)] = s;
                var conflict = comparer.FindConflict(clauses[i], clauses[j], matches, s, GroupThreshold);
                if (s >= GroupThreshold || conflict != Conflict.None)
                {
                    edges.Add((i, j, s, conflict));
                }
            }
        }

        var groups = Group(clauses, edges, similarity);
        var claims = new List<(DossierClaim Claim, int Supports, int Contradicts, double Strength)>();
        foreach (var members in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var representative = members[0];
            var best = double.NegativeInfinity;
            foreach (var m in members)
            {
                var total = 0.0;
                foreach (var o in members)
                {
                    total += o == m ? 0 : Similar(similarity, m, o);
                }

                if (total > best)
                {
                    best = total;
                    representative = m;
                }
            }

            var positions = ImmutableArray.CreateBuilder<ClaimPosition>();
            int supports = 0, contradicts = 0;
            foreach (var m in members.OrderBy(m => clauses[m].Article).ThenBy(m => clauses[m].Span.Start))
            {
                var (stance, confidence) = StanceOf(clauses[m], clauses[representative], comparer, matches, m == representative, cancellationToken);
                supports += stance == Dossier.Stance.Supports ? 1 : 0;
                contradicts += stance == Dossier.Stance.Contradicts ? 1 : 0;
                positions.Add(new ClaimPosition(articles[clauses[m].Article].Id, stance, clauses[m].Span) { Confidence = confidence });
            }

            claims.Add((new DossierClaim("", Normalize(clauses[representative].Wording), positions.ToImmutable()), supports, contradicts, best / Math.Max(1, members.Count - 1)));
        }

        claims.AddRange(ContestedExistence(articles, clauses, comparer));

        // Most widely covered first; ids follow that order.
        claims.Sort((x, y) =>
        {
            var c = y.Claim.Positions.Length.CompareTo(x.Claim.Positions.Length);
            return c != 0 ? c : y.Strength.CompareTo(x.Strength);
        });
        var result = ImmutableArray.CreateBuilder<DossierClaim>(claims.Count);
        var contested = new List<(string Id, int Minority, int Total, double Strength)>();
        for (var k = 0; k < claims.Count; k++)
        {
            var id = "c" + (k + 1).ToString(CultureInfo.InvariantCulture);
            result.Add(claims[k].Claim with { Id = id });
            if (claims[k].Supports > 0 && claims[k].Contradicts > 0)
            {
                contested.Add((id, Math.Min(claims[k].Supports, claims[k].Contradicts), claims[k].Supports + claims[k].Contradicts, claims[k].Strength));
            }
        }

        contested.Sort((x, y) =>
        {
            var c = y.Minority.CompareTo(x.Minority);
            c = c != 0 ? c : y.Total.CompareTo(x.Total);
            return c != 0 ? c : y.Strength.CompareTo(x.Strength);
        });
        return dossier with { Claims = result.ToImmutable(), Disagreements = [.. contested.Select(c => c.Id)] };
    }

    private (Dossier.Stance Stance, double Confidence) StanceOf(ClaimClause clause, ClaimClause representative, ClaimComparer comparer, List<WordMatch> matches, bool isRepresentative, CancellationToken cancellationToken)
    {
        if (isRepresentative)
        {
            return clause.Hedged ? (Dossier.Stance.Discusses, 0.7) : (Dossier.Stance.Supports, 0.9);
        }

        var similarity = comparer.Similarity(clause, representative, matches);
        var conflict = comparer.FindConflict(clause, representative, matches, similarity, GroupThreshold);
        if (conflict != Conflict.None)
        {
            return (Dossier.Stance.Contradicts, conflict == Conflict.Antonym ? 0.6 : 0.8);
        }

        if (clause.Hedged || clause.Refuting)
        {
            return (clause.Refuting ? Dossier.Stance.Contradicts : Dossier.Stance.Discusses, 0.6);
        }

        if (_stance is not null)
        {
            var sentence = clause.Text.Sentences[clause.Sentence].Of(clause.Text.Text);
            var judgement = _stance.Judge(representative.Wording, sentence, cancellationToken);
            if (judgement.Label == StanceLabel.Disagree && judgement.Confidence >= 0.5)
            {
                return (Dossier.Stance.Contradicts, judgement.Confidence);
            }

            if (judgement.Label == StanceLabel.Discuss && judgement.Confidence >= 0.8)
            {
                return (Dossier.Stance.Discusses, judgement.Confidence);
            }
        }

        return (Dossier.Stance.Supports, 0.7);
    }

    /// <summary>
    /// Claims that something was or was not achieved, across articles: every "reached a consensus" / "no substantive
    /// agreement" mention (<see cref="ClaimClause.Existence"/>) grouped by concept (same stem, WordNet synonym or
    /// hypernym), kept when articles take both sides. The side with more articles is the claim; each article's
    /// first mention is its position.
    /// </summary>
    private static List<(DossierClaim Claim, int Supports, int Contradicts, double Strength)> ContestedExistence(ImmutableArray<DossierArticle> articles, List<ClaimClause> clauses, ClaimComparer comparer)
    {
        var mentions = new List<(int Clause, int Word, int Polarity)>();
        for (var c = 0; c < clauses.Count; c++)
        {
            foreach (var (word, polarity) in clauses[c].Existence())
            {
                mentions.Add((c, word, polarity));
            }
        }

        var group = new int[mentions.Count];
        for (var i = 0; i < group.Length; i++)
        {
            group[i] = i;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            for (var j = i + 1; j < mentions.Count; j++)
            {
                var a = clauses[mentions[i].Clause];
                var b = clauses[mentions[j].Clause];
                if (a.Article != b.Article && comparer.SameConcept(a.Text.Words[mentions[i].Word], a.Text.Terms[mentions[i].Word], b.Text.Words[mentions[j].Word], b.Text.Terms[mentions[j].Word]))
                {
                    int ri = Root(group, i), rj = Root(group, j);
                    group[Math.Max(ri, rj)] = Math.Min(ri, rj);
                }
            }
        }

        var result = new List<(DossierClaim, int, int, double)>();
        foreach (var members in Enumerable.Range(0, mentions.Count).GroupBy(i => Root(group, i)))
        {
            // Each article's first mention.
            var first = new SortedDictionary<int, int>();
            foreach (var m in members.OrderBy(m => clauses[mentions[m].Clause].Span.Start))
            {
                first.TryAdd(clauses[mentions[m].Clause].Article, m);
            }

            var plus = first.Values.Count(m => mentions[m].Polarity > 0);
            var minus = first.Count - plus;
            if (plus == 0 || minus == 0)
            {
                continue;
            }

            var side = plus >= minus ? 1 : -1;
            var representative = first.Values.First(m => mentions[m].Polarity == side);
            var positions = ImmutableArray.CreateBuilder<ClaimPosition>();
            foreach (var m in first.Values)
            {
                var clause = clauses[mentions[m].Clause];
                var stance = mentions[m].Polarity != side ? Dossier.Stance.Contradicts : clause.Hedged ? Dossier.Stance.Discusses : Dossier.Stance.Supports;
                positions.Add(new ClaimPosition(articles[clause.Article].Id, stance, clause.Span) { Confidence = 0.75 });
            }

            var supports = positions.Count(p => p.Stance == Dossier.Stance.Supports);
            result.Add((new DossierClaim("", Normalize(clauses[mentions[representative].Clause].Wording), positions.ToImmutable()), supports, side > 0 ? minus : plus, 0.5));
        }

        return result;
    }

    private static int Root(int[] group, int i)
    {
        while (group[i] != i)
        {
            group[i] = group[group[i]];
            i = group[i];
        }

        return i;
    }

    /// <summary>Average-link grouping over the edges, strongest first, never two clauses of one article in a group.</summary>
    private List<List<int>> Group(List<ClaimClause> clauses, List<(int A, int B, double Similarity, Conflict Conflict)> edges, Dictionary<(int, int), double> similarity)
    {
        var groupOf = new int[clauses.Count];
        var groups = new List<List<int>?>();
        for (var i = 0; i < clauses.Count; i++)
        {
            groupOf[i] = i;
            groups.Add([i]);
        }

        edges.Sort((x, y) => y.Similarity.CompareTo(x.Similarity));
        foreach (var (a, b, s, conflict) in edges)
        {
            var ga = groupOf[a];
            var gb = groupOf[b];
            if (ga == gb)
            {
                continue;
            }

            var left = groups[ga]!;
            var right = groups[gb]!;
            var articles = new HashSet<int>(left.Select(m => clauses[m].Article));
            if (right.Any(m => articles.Contains(clauses[m].Article)))
            {
                continue;
            }

            var total = 0.0;
            foreach (var x in left)
            {
                foreach (var y in right)
                {
                    total += Similar(similarity, x, y);
                }
            }

            var average = total / (left.Count * right.Count);
            if (average < (conflict == Conflict.None ? GroupThreshold * 0.8 : ConflictThreshold))
            {
                continue;
            }

            left.AddRange(right);
            foreach (var m in right)
            {
                groupOf[m] = ga;
            }

            groups[gb] = null;
        }

        var result = new List<List<int>>();
        foreach (var g in groups)
        {
            if (g is not null && g.Count >= 2)
            {
                result.Add(g);
            }
        }

        return result;
    }

    private static double Similar(Dictionary<(int, int), double> similarity, int x, int y) =>
        similarity.TryGetValue(x < y ? (x, y) : (y, x), out var s) ? s : 0;

    /// <summary>Story-specific weights of stems: ln(1 + clauses / clauses containing it).</summary>
    private static Dictionary<string, double> StoryWeights(List<ClaimClause> clauses)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in clauses)
        {
            seen.Clear();
            foreach (var i in c.Content)
            {
                if (seen.Add(c.Text.Terms[i]))
                {
                    df[c.Text.Terms[i]] = df.GetValueOrDefault(c.Text.Terms[i]) + 1;
                }
            }
        }

        var weights = new Dictionary<string, double>(df.Count, StringComparer.Ordinal);
        foreach (var (term, count) in df)
        {
            weights[term] = Math.Log(1 + ((double)clauses.Count / count));
        }

        return weights;
    }

    private static string Normalize(string wording)
    {
        var text = string.Join(' ', wording.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 300 ? text[..300] + "…" : text;
    }
}
