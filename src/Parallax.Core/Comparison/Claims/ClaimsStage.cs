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

    /// <summary>
    /// At most this many articles are compared (the rest are silent on every claim). Memory is bounded for any
    /// number (only grouping edges are kept: 0.8 GB at 1,000 articles), but time is not yet linear: pairs sharing a
    /// match key grow with the square of a one-topic story (200 articles ≈ 24 s of CPU, 1,000 ≈ 12 min).
    /// </summary>
    public int MaxArticles { get; init; } = 200;

    /// <summary>
    /// Compares every pair of clauses instead of the pairs <see cref="ClaimCandidates"/> finds: the same result, in
    /// quadratic time; the reference the candidate search is tested against.
    /// </summary>
    internal bool Exhaustive { get; init; }

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
            clauses.AddRange(ClaimExtractor.Extract(a, text, _relations, cancellationToken));
        }

        if (clauses.Count == 0)
        {
            return dossier with { Claims = [], Disagreements = [] };
        }

        var comparer = new ClaimComparer(_relations, StoryWeights(clauses), new WordKeys(clauses, _relations));
        var sources = new ClaimSources(dossier.Quotes);
        var matches = new List<WordMatch>();
        var edges = Compare(clauses, comparer, cancellationToken);
        var similarity = new ClaimSimilarities(clauses, comparer, ConflictThreshold);
        foreach (var (a, b, s, _) in edges)
        {
            similarity.Add(a, b, s);
        }

        var groups = Group(clauses, edges, similarity, cancellationToken);
        var claims = new List<(DossierClaim Claim, int Supports, int Contradicts, double Strength)>();
        foreach (var members in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var representative = members[0];
            var best = double.NegativeInfinity;
            var measured = ContestedDimension(members, clauses, comparer, matches);
            foreach (var m in members)
            {
                if (measured is { } dimension && !clauses[m].Quantities.Exists(q => q.Dimension == dimension))
                {
                    continue; // when the point is a quantity, the claim is a wording that states one
                }

                var total = 0.0;
                foreach (var o in members)
                {
                    total += o == m ? 0 : similarity.Of(m, o);
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
                var (stance, confidence) = measured is { } d && !clauses[m].Quantities.Exists(q => q.Dimension == d)
                    ? (Dossier.Stance.Discusses, 0.5) // mentions the thing, says nothing of the contested quantity
                    : StanceOf(clauses[m], clauses[representative], comparer, matches, m == representative, cancellationToken);
                supports += stance == Dossier.Stance.Supports ? 1 : 0;
                contradicts += stance == Dossier.Stance.Contradicts ? 1 : 0;
                var article = articles[clauses[m].Article].Id;
                positions.Add(new ClaimPosition(article, stance, clauses[m].Span) { Confidence = confidence, AssertedBy = sources.AssertedBy(article, clauses[m].Span) });
            }

            claims.Add((new DossierClaim("", Normalize(clauses[representative].Wording), positions.ToImmutable()), supports, contradicts, best / Math.Max(1, members.Count - 1)));
        }

        claims.AddRange(ContestedExistence(articles, clauses, comparer, sources));

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

    /// <summary>
    /// The grouping edges, in clause order (earlier first): pairs of clauses of different articles at least
    /// <see cref="GroupThreshold"/> similar, or at least <see cref="ConflictThreshold"/> similar and explicitly
    /// contradicting. Candidate pairs come from <see cref="ClaimPairSearch"/> (every pair when <see cref="Exhaustive"/>)
    /// and are scored in parallel, one comparer per thread; the result is in the order a sequential pass over all pairs
    /// gives. Only edges are kept.
    /// </summary>
    internal List<(int A, int B, double Similarity, Conflict Conflict)> Compare(List<ClaimClause> clauses, ClaimComparer comparer, CancellationToken cancellationToken)
    {
        var search = Exhaustive ? null : new ClaimPairSearch(clauses, comparer, _relations, GroupThreshold, ConflictThreshold);
        var scored = new List<(int B, double Similarity, Conflict Conflict)>[clauses.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(
            0,
            clauses.Count,
            options,
            () => new ClaimPairScorer(new ClaimComparer(_relations, comparer.Weights, comparer.Keys), new ClaimCandidates.Probe(clauses.Count)),
            (a, _, scorer) =>
            {
                scored[a] = scorer.Score(a, clauses, search, ConflictThreshold, GroupThreshold);
                return scorer;
            },
            _ => { });

        var edges = new List<(int A, int B, double Similarity, Conflict Conflict)>();
        for (var a = 0; a < clauses.Count; a++)
        {
            foreach (var (b, s, conflict) in scored[a])
            {
                edges.Add((a, b, s, conflict));
            }

            scored[a] = null!;
        }

        return edges;
    }

    /// <summary>
    /// For each pair of statements, whether the stage would put them in one claim group if two articles said them:
    /// some clause of one and some clause of the other are similar enough, or related and explicitly contradicting.
    /// Word weights come from all the statements given, as from one story. Used by the grouping evaluation.
    /// </summary>
    internal (bool Related, double Similarity, string Conflict)[] Related(IReadOnlyList<(string A, string B)> pairs, CancellationToken cancellationToken)
    {
        var clausesOf = new List<List<ClaimClause>>();
        var all = new List<ClaimClause>();
        foreach (var (a, b) in pairs)
        {
            foreach (var statement in (ReadOnlySpan<string>)[a, b])
            {
                var clauses = ClaimExtractor.Extract(clausesOf.Count, StanceText.Parse(statement, cancellationToken), _relations, cancellationToken);
                clausesOf.Add(clauses);
                all.AddRange(clauses);
            }
        }

        var comparer = new ClaimComparer(_relations, StoryWeights(all));
        var matches = new List<WordMatch>();
        var result = new (bool Related, double Similarity, string Conflict)[pairs.Count];
        for (var p = 0; p < pairs.Count; p++)
        {
            result[p] = (false, -1, "not extracted");
            foreach (var x in clausesOf[2 * p])
            {
                foreach (var y in clausesOf[(2 * p) + 1])
                {
                    var s = comparer.Similarity(x, y, matches);
                    var conflict = s >= ConflictThreshold ? comparer.FindConflict(x, y, matches, s, GroupThreshold) : Conflict.None;
                    var related = s >= GroupThreshold || conflict != Conflict.None;
                    if (!related && ContestedConcept(x, y, comparer))
                    {
                        (related, conflict) = (true, Conflict.Polarity);
                    }

                    if ((related && !result[p].Related) || (related == result[p].Related && s > result[p].Similarity))
                    {
                        result[p] = (related, s, conflict.ToString());
                    }
                }
            }
        }

        return result;
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
    private static List<(DossierClaim Claim, int Supports, int Contradicts, double Strength)> ContestedExistence(ImmutableArray<DossierArticle> articles, List<ClaimClause> clauses, ClaimComparer comparer, ClaimSources sources)
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
                var article = articles[clause.Article].Id;
                positions.Add(new ClaimPosition(article, stance, clause.Span) { Confidence = 0.75, AssertedBy = sources.AssertedBy(article, clause.Span) });
            }

            var supports = positions.Count(p => p.Stance == Dossier.Stance.Supports);
            result.Add((new DossierClaim("", Normalize(clauses[mentions[representative].Clause].Wording), positions.ToImmutable()), supports, side > 0 ? minus : plus, 0.5));
        }

        return result;
    }

    /// <summary>The dimension of a quantity two members of a group disagree on ("five years" / "nearly two decades"), if any.</summary>
    private static QuantityDimension? ContestedDimension(List<int> members, List<ClaimClause> clauses, ClaimComparer comparer, List<WordMatch> matches)
    {
        foreach (var x in members)
        {
            foreach (var y in members)
            {
                if (x < y && clauses[x].Quantities.Count > 0 && clauses[y].Quantities.Count > 0)
                {
                    var s = comparer.Similarity(clauses[x], clauses[y], matches);
                    if (comparer.FindConflict(clauses[x], clauses[y], matches, s, double.MaxValue) == Conflict.Quantity)
                    {
                        foreach (var q in clauses[x].Quantities)
                        {
                            if (clauses[y].Quantities.Exists(o => o.Dimension == q.Dimension && !o.IsCompatibleWith(q)))
                            {
                                return q.Dimension;
                            }
                        }
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Whether one clause says something was achieved and the other that it was not (<see cref="ContestedExistence"/>).</summary>
    private static bool ContestedConcept(ClaimClause a, ClaimClause b, ClaimComparer comparer)
    {
        foreach (var (i, pi) in a.Existence())
        {
            foreach (var (j, pj) in b.Existence())
            {
                if (pi != pj && comparer.SameConcept(a.Text.Words[i], a.Text.Terms[i], b.Text.Words[j], b.Text.Terms[j]))
                {
                    return true;
                }
            }
        }

        return false;
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

    /// <summary>
    /// Average-link grouping over the edges, strongest first, never two clauses of one article in a group. The
    /// average link of two groups is computed once for each pair of group states (a group's id and size identify its
    /// members, as groups only grow) and only for groups with no article in common.
    /// </summary>
    private List<List<int>> Group(List<ClaimClause> clauses, List<(int A, int B, double Similarity, Conflict Conflict)> edges, ClaimSimilarities similarity, CancellationToken cancellationToken)
    {
        var groupOf = new int[clauses.Count];
        var groups = new List<List<int>?>();
        var articlesOf = new List<HashSet<int>?>();
        for (var i = 0; i < clauses.Count; i++)
        {
            groupOf[i] = i;
            groups.Add([i]);
            articlesOf.Add([clauses[i].Article]);
        }

        var rejected = new Dictionary<(int, int, int, int), double>();
        edges.Sort((x, y) => y.Similarity.CompareTo(x.Similarity));
        var seen = 0;
        foreach (var (a, b, s, conflict) in edges)
        {
            if ((++seen & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var ga = groupOf[a];
            var gb = groupOf[b];
            if (ga == gb)
            {
                continue;
            }

            var left = groups[ga]!;
            var right = groups[gb]!;
            var leftArticles = articlesOf[ga]!;
            var rightArticles = articlesOf[gb]!;
            if (leftArticles.Count <= rightArticles.Count ? rightArticles.Overlaps(leftArticles) : leftArticles.Overlaps(rightArticles))
            {
                continue;
            }

            var state = (ga, left.Count, gb, right.Count);
            if (!rejected.TryGetValue(state, out var average))
            {
                var total = 0.0;
                foreach (var x in left)
                {
                    foreach (var y in right)
                    {
                        total += similarity.Of(x, y);
                    }
                }

                average = total / (left.Count * right.Count);
            }

            if (average < (conflict == Conflict.None ? GroupThreshold * 0.8 : ConflictThreshold))
            {
                rejected[state] = average;
                continue;
            }

            left.AddRange(right);
            leftArticles.UnionWith(rightArticles);
            foreach (var m in right)
            {
                groupOf[m] = ga;
            }

            groups[gb] = null;
            articlesOf[gb] = null;
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

    /// <summary>Story-specific weights of stems: ln(1 + clauses / clauses containing it).</summary>
    internal static Dictionary<string, double> StoryWeights(List<ClaimClause> clauses)
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
