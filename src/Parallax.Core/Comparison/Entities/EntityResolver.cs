using System.Collections.Immutable;
using Parallax.Dossier;
using Parallax.Language.Entities;

namespace Parallax.Comparison.Entities;

/// <summary>
/// Resolves the entities of several articles into one identity each. Candidates (one per entity per article) are
/// compared only within blocks that share a phonetic or word key, so the work grows with the size of the blocks, not
/// with the square of the candidates. Each pair is judged on spelling, transliteration and sound, given names, roles,
/// shared context and type (see <see cref="MatchJudge"/>); merges are made strongest first, full names before partial
/// ones, and never join two candidates of one article or two people with different given names. A partial name that
/// fits several different people stays apart and is listed as a possible match.
/// </summary>
/// <remarks>Immutable and thread-safe. Never throws on odd names; candidates beyond <see cref="MaxCandidates"/> are left unresolved (one entity each).</remarks>
public sealed class EntityResolver
{
    /// <summary>At most this many candidates are compared; the rest become entities of their own.</summary>
    public const int MaxCandidates = 100_000;

    private readonly int _maxBlockSize;

    /// <summary>A partial name goes to the best of several conflicting entities only when it wins by this much.</summary>
    private const double AmbiguityMargin = 0.75;

    /// <summary>Creates a resolver.</summary>
    /// <param name="maxBlockSize">Blocks of candidates larger than this are compared only within a finer phonetic key (bounds the work per block).</param>
    public EntityResolver(int maxBlockSize = 400) => _maxBlockSize = Math.Max(2, maxBlockSize);

    /// <summary>The default resolver.</summary>
    public static EntityResolver Default { get; } = new();

    /// <summary>
    /// Compares every pair of candidates of a block one by one, relating their names pair by pair, instead of grouping
    /// the candidates of one name profile (the reference for tests: the output is the same).
    /// </summary>
    internal bool Ungrouped { get; init; }

    /// <summary>Resolves <paramref name="candidates"/>.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public EntityResolution Resolve(IReadOnlyList<EntityCandidate> candidates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var features = new CandidateFeatures[candidates.Count];
        var profiles = new Dictionary<(string Name, EntityType Type), (NameProfile Profile, int Id)>();
        for (var i = 0; i < features.Length; i++)
        {
            var c = candidates[i];
            if (!profiles.TryGetValue((c.Name, c.Type), out var profile))
            {
                profiles[(c.Name, c.Type)] = profile = (NameProfile.Of(c.Name, c.Type), profiles.Count);
            }

            features[i] = new CandidateFeatures(i, c, profile.Profile, profile.Id);
        }

        var compared = Math.Min(features.Length, MaxCandidates);
        var context = SharedContext.Build(features, compared);
        var pairs = ComparePairs(features, compared, context, cancellationToken);

        // The evidence in words, only for the pairs shown: judged again, the same way, with the descriptions.
        string Describe(Pair pair)
        {
            var x = features[pair.A];
            var y = features[pair.B];
            var judgement = MatchJudge.Judge(x, y, MatchJudge.Relate(x.Profile, y.Profile), context.Weight(x.Index, y.Index), context.Names(x.Index, y.Index), describe: true);
            return judgement.Evidence + pair.Note;
        }

        var clusters = new Clusters(features, Describe);
        foreach (var pair in pairs)
        {
            if (pair.Judgement.Conflict)
            {
                clusters.CannotLink(pair.A, pair.B);
            }
        }

        // Full names first, strongest first.
        pairs.Sort(static (p, q) => q.Judgement.Score.CompareTo(p.Judgement.Score));
        foreach (var pair in pairs)
        {
            if (pair.Judgement.Verdict == Verdict.Merge && !pair.Judgement.Partial)
            {
                clusters.TryUnion(pair);
            }
        }

        var possible = new List<Pair>();
        AttachPartials(features, pairs, clusters, possible, cancellationToken);
        foreach (var pair in pairs)
        {
            if (pair.Judgement.Verdict == Verdict.Possible)
            {
                possible.Add(pair);
            }
        }

        return clusters.ToResolution(possible);
    }

    private List<Pair> ComparePairs(CandidateFeatures[] features, int count, SharedContext context, CancellationToken cancellationToken)
    {
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            foreach (var key in BlockKeys(features[i].Profile, fine: false))
            {
                if (!blocks.TryGetValue(key, out var list))
                {
                    blocks[key] = list = [];
                }

                list.Add(i);
            }
        }

        var names = new NameComparisons();
        var seen = new HashSet<long>(PairKeyComparer.Instance);
        var pairs = new List<Pair>();
        var steps = 0;
        var buckets = new Dictionary<int, int>();
        var profiles = new List<List<int>>();
        var profileAt = new List<int>();
        var related = new List<List<int>>();
        foreach (var (key, members) in blocks)
        {
            foreach (var group in Split(key, members, features))
            {
                if (Ungrouped)
                {
                    for (var a = 0; a < group.Count; a++)
                    {
                        for (var b = a + 1; b < group.Count; b++)
                        {
                            if ((++steps & 1023) == 0)
                            {
                                cancellationToken.ThrowIfCancellationRequested();
                            }

                            ComparePair(features[group[a]], features[group[b]], names.Relate(features[group[a]], features[group[b]]), dedupe: true);
                        }
                    }

                    continue;
                }

                // The members of one name profile together: names are related once per pair of profiles, and each
                // candidate meets only the later members of the profiles its name relates to, in the same order as
                // the pair by pair reference (the order of the pairs decides between merges of equal strength).
                buckets.Clear();
                profiles.Clear();
                profileAt.Clear();
                for (var position = 0; position < group.Count; position++)
                {
                    var id = features[group[position]].ProfileId;
                    if (!buckets.TryGetValue(id, out var bucket))
                    {
                        buckets[id] = bucket = profiles.Count;
                        profiles.Add([]);
                    }

                    profiles[bucket].Add(position);
                    profileAt.Add(bucket);
                }

                related.Clear();
                for (var p = 0; p < profiles.Count; p++)
                {
                    var positions = new List<int>();
                    var x = features[group[profiles[p][0]]];
                    for (var q = 0; q < profiles.Count; q++)
                    {
                        if (!names.Relate(x, features[group[profiles[q][0]]]).IsApart)
                        {
                            positions.AddRange(profiles[q]);
                        }
                    }

                    positions.Sort();
                    related.Add(positions);
                }

                for (var a = 0; a < group.Count; a++)
                {
                    var later = related[profileAt[a]];
                    var from = later.BinarySearch(a + 1);
                    from = from >= 0 ? from : ~from;
                    steps += group.Count - a - 1 - (later.Count - from);
                    var x = features[group[a]];
                    var dedupe = x.Profile.Type != EntityType.Person;
                    for (var k = from; k < later.Count; k++)
                    {
                        if ((++steps & 1023) == 0)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                        }

                        var y = features[group[later[k]]];
                        ComparePair(x, y, names.Relate(x, y), dedupe);
                    }
                }
            }
        }

        // Judges the candidates x and y (x first in the block) whose names relate as relation; people have one block and
        // one finer key, so only other names can meet twice.
        void ComparePair(CandidateFeatures x, CandidateFeatures y, NameRelation relation, bool dedupe)
        {
            var differentPeopleOfArticle = x.Candidate.Article == y.Candidate.Article
                && (x.Profile.Type == EntityType.Person || y.Profile.Type == EntityType.Person)
                && !(x.Profile.Given.Length > 0 && x.Profile.Given == y.Profile.Given && x.Profile.Key == y.Profile.Key);
            if (differentPeopleOfArticle || relation.IsApart || (dedupe && !seen.Add(((long)x.Index << 32) | (uint)y.Index)))
            {
                return;
            }

            var judgement = MatchJudge.Judge(x, y, relation, context.Weight(x.Index, y.Index), "", describe: false);
            if (judgement.Verdict != Verdict.Apart)
            {
                pairs.Add(new Pair(x.Index, y.Index, judgement));
            }
        }

        return pairs;
    }

    private IEnumerable<List<int>> Split(string key, List<int> members, CandidateFeatures[] features)
    {
        if (members.Count <= _maxBlockSize)
        {
            yield return members;
            yield break;
        }

        // Too big to compare all pairs: compare within the finer keys only.
        var fine = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var i in members)
        {
            foreach (var k in BlockKeys(features[i].Profile, fine: true))
            {
                if (!k.StartsWith(key[..1], StringComparison.Ordinal))
                {
                    continue;
                }

                if (!fine.TryGetValue(k, out var list))
                {
                    fine[k] = list = [];
                }

                list.Add(i);
            }
        }

        foreach (var list in fine.Values)
        {
            yield return list.Count <= _maxBlockSize ? list : list.GetRange(0, _maxBlockSize);
        }
    }

    /// <summary>The blocks a candidate goes into: people by the first sounds of the surname; other names by sound, acronym and distinctive words.</summary>
    private static IEnumerable<string> BlockKeys(NameProfile p, bool fine)
    {
        if (p.IsEmpty)
        {
            yield break;
        }

        if (p.Type == EntityType.Person)
        {
            yield return "p" + (fine ? p.KeyPhonetic : p.KeyPhonetic[..Math.Min(2, p.KeyPhonetic.Length)]);
            yield break;
        }

        yield return "n" + (fine ? p.KeyPhonetic : p.KeyPhonetic[..Math.Min(3, p.KeyPhonetic.Length)]);
        if (p.Acronym.Length >= 2)
        {
            yield return "a" + p.Acronym;
        }

        foreach (var w in p.ContentWords)
        {
            if (w.Length > 2)
            {
                yield return "w" + w;
            }
        }
    }

    /// <summary>Attaches partial names (a surname alone, a short form) to the one entity they fit; several conflicting fits make possible matches instead.</summary>
    private static void AttachPartials(CandidateFeatures[] features, List<Pair> pairs, Clusters clusters, List<Pair> possible, CancellationToken cancellationToken)
    {
        // The partial side of a pair: a person without a given name, or the name with fewer words.
        bool IsPartialSide(int side, int other)
        {
            var x = features[side];
            var y = features[other];
            return x.Profile.Type == EntityType.Person
                ? x.IsPartialPerson
                : x.Profile.ContentWords.Length < y.Profile.ContentWords.Length || (x.Profile.ContentWords.Length == y.Profile.ContentWords.Length && side < other);
        }

        var byCandidate = new Dictionary<int, List<Pair>>();
        foreach (var pair in pairs)
        {
            if (pair.Judgement.Verdict != Verdict.Merge || !pair.Judgement.Partial)
            {
                continue;
            }

            foreach (var side in (ReadOnlySpan<int>)[pair.A, pair.B])
            {
                if (!IsPartialSide(side, side == pair.A ? pair.B : pair.A))
                {
                    continue;
                }

                if (!byCandidate.TryGetValue(side, out var list))
                {
                    byCandidate[side] = list = [];
                }

                list.Add(pair);
            }
        }

        var order = new List<(int Candidate, double Best)>();
        foreach (var (candidate, list) in byCandidate)
        {
            var best = 0.0;
            foreach (var p in list)
            {
                best = Math.Max(best, p.Judgement.Score);
            }

            order.Add((candidate, best));
        }

        order.Sort(static (a, b) => b.Best != a.Best ? b.Best.CompareTo(a.Best) : a.Candidate.CompareTo(b.Candidate));
        var done = new HashSet<Pair>();
        foreach (var (candidate, _) in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var list = byCandidate[candidate];
            var byRoot = new Dictionary<int, (double Score, List<Pair> Pairs)>();
            foreach (var p in list)
            {
                if (done.Contains(p))
                {
                    continue;
                }

                var other = p.A == candidate ? p.B : p.A;
                var root = clusters.Find(other);
                if (root == clusters.Find(candidate))
                {
                    done.Add(p);
                    continue;
                }

                // A short name most often means the most prominent bearer of it: a little weight for articles covered.
                var entry = byRoot.GetValueOrDefault(root, (0, []));
                entry.Pairs.Add(p);
                byRoot[root] = (Math.Max(entry.Score, p.Judgement.Score + (0.5 * Math.Log(clusters.ArticleCount(root)))), entry.Pairs);
            }

            if (byRoot.Count == 0)
            {
                continue;
            }

            var roots = byRoot.OrderByDescending(static r => r.Value.Score).ThenBy(static r => r.Key).ToList();
            var best = roots[0];
            var chosen = new List<int> { best.Key };
            var ambiguous = false;
            for (var i = 1; i < roots.Count; i++)
            {
                var compatible = true;
                foreach (var c in chosen)
                {
                    compatible &= clusters.Compatible(c, roots[i].Key);
                }

                if (compatible)
                {
                    chosen.Add(roots[i].Key);
                }
                else if (best.Value.Score - roots[i].Value.Score < AmbiguityMargin)
                {
                    ambiguous = true;
                }
            }

            foreach (var (root, entry) in roots)
            {
                foreach (var p in entry.Pairs)
                {
                    done.Add(p);
                    if (ambiguous || !chosen.Contains(root))
                    {
                        possible.Add(p with { Note = "; the name fits more than one entity" });
                    }
                    else
                    {
                        clusters.TryUnion(p);
                    }
                }
            }

        }
    }

    /// <summary>Two candidates and the verdict on them (its evidence left out until shown), with a note to add to the evidence.</summary>
    private sealed record Pair(int A, int B, Judgement Judgement, string Note = "");

    /// <summary>Union-find over candidates, with the merges that joined them and the rules that keep clusters apart.</summary>
    private sealed class Clusters
    {
        private readonly CandidateFeatures[] _features;
        private readonly Func<Pair, string> _evidence;
        private readonly int[] _parent;
        private readonly Dictionary<int, List<int>> _members = [];
        private readonly Dictionary<int, List<Pair>> _edges = [];
        private readonly HashSet<(int, int)> _cannotLink = [];

        public Clusters(CandidateFeatures[] features, Func<Pair, string> evidence)
        {
            _features = features;
            _evidence = evidence;
            _parent = new int[features.Length];
            for (var i = 0; i < _parent.Length; i++)
            {
                _parent[i] = i;
                _members[i] = [i];
                _edges[i] = [];
            }
        }

        public void CannotLink(int a, int b) => _cannotLink.Add((Math.Min(a, b), Math.Max(a, b)));

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }

            return i;
        }

        /// <summary>True when the clusters of roots <paramref name="a"/> and <paramref name="b"/> could be one entity: no shared article, no two people with different given names or suffixes.</summary>
        public bool Compatible(int a, int b)
        {
            foreach (var i in _members[a])
            {
                var x = _features[i].Profile;
                foreach (var j in _members[b])
                {
                    var y = _features[j].Profile;
                    if (_cannotLink.Contains((Math.Min(i, j), Math.Max(i, j))))
                    {
                        return false;
                    }

                    // In-article coreference has already joined the mentions of a person, so two people of one article
                    // stay apart unless written with the same full name; other names may still be split there ("Us
                    // Weekly" … "Us").
                    if (x.Type == EntityType.Person && _features[i].Candidate.Article == _features[j].Candidate.Article
                        && !(x.Given.Length > 0 && x.Given == y.Given && x.Key == y.Key))
                    {
                        return false;
                    }

                    if ((x.Type == EntityType.Person) != (y.Type == EntityType.Person))
                    {
                        return false;
                    }

                    if (x.Type == EntityType.Person ? x.Suffix != y.Suffix || GivenNamesConflict(x, y) : MatchJudge.NamesConflict(x, y))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        public int ArticleCount(int root)
        {
            var articles = new HashSet<string>(StringComparer.Ordinal);
            foreach (var i in _members[root])
            {
                articles.Add(_features[i].Candidate.Article);
            }

            return articles.Count;
        }

        public bool TryUnion(Pair pair)
        {
            var a = Find(pair.A);
            var b = Find(pair.B);
            if (a == b)
            {
                return true;
            }

            if (!Compatible(a, b))
            {
                return false;
            }

            if (_members[a].Count < _members[b].Count)
            {
                (a, b) = (b, a);
            }

            _parent[b] = a;
            _members[a].AddRange(_members[b]);
            _edges[a].AddRange(_edges[b]);
            _edges[a].Add(pair);
            _members.Remove(b);
            _edges.Remove(b);
            return true;
        }

        public EntityResolution ToResolution(List<Pair> possible)
        {
            var roots = new List<int>();
            foreach (var (root, members) in _members)
            {
                members.Sort();
                roots.Add(root);
            }

            roots.Sort((p, q) => _members[p][0].CompareTo(_members[q][0]));
            var entityOf = new Dictionary<int, int>();
            var entities = ImmutableArray.CreateBuilder<ResolvedEntity>(roots.Count);
            foreach (var root in roots)
            {
                entityOf[root] = entities.Count;
                entities.Add(Describe(_members[root], _edges[root]));
            }

            var matches = new Dictionary<(int, int), Pair>();
            foreach (var p in possible)
            {
                var ea = entityOf[Find(p.A)];
                var eb = entityOf[Find(p.B)];
                if (ea == eb)
                {
                    continue;
                }

                var key = (Math.Min(ea, eb), Math.Max(ea, eb));
                if (!matches.TryGetValue(key, out var existing) || existing.Judgement.Score < p.Judgement.Score)
                {
                    matches[key] = p;
                }
            }

            var list = ImmutableArray.CreateBuilder<ResolvedPossibleMatch>(matches.Count);
            foreach (var ((first, second), p) in matches.OrderBy(static m => m.Key.Item1).ThenBy(static m => m.Key.Item2))
            {
                var x = _features[p.A].Candidate;
                var y = _features[p.B].Candidate;
                list.Add(new ResolvedPossibleMatch(first, second, $"{x.Name} ({x.Article}) ~ {y.Name} ({y.Article}): {_evidence(p)}"));
            }

            return new EntityResolution(entities.ToImmutable(), list.ToImmutable());
        }

        private static bool GivenNamesConflict(NameProfile x, NameProfile y)
        {
            if (x.Given.Length == 0 || y.Given.Length == 0 || x.Given == y.Given || x.GivenTranslit == y.GivenTranslit)
            {
                return false;
            }

            if ((x.GivenIsInitial || y.GivenIsInitial) && x.Given[0] == y.Given[0])
            {
                return false;
            }

            var (shorter, longer) = x.Given.Length <= y.Given.Length ? (x.Given, y.Given) : (y.Given, x.Given);
            if (shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.Ordinal))
            {
                return false;
            }

            return !MatchJudge.SameSound(x, y);
        }

        private ResolvedEntity Describe(List<int> members, List<Pair> edges)
        {
            var name = CanonicalName(members);
            var type = MajorityType(members);
            var aliases = ImmutableArray.CreateBuilder<string>();
            var merges = ImmutableArray.CreateBuilder<EntityMerge>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
            foreach (var m in members)
            {
                var c = _features[m].Candidate;
                foreach (var spelling in Spellings(c))
                {
                    if (!seen.Add(spelling))
                    {
                        continue;
                    }

                    aliases.Add(spelling);
                    merges.Add(new EntityMerge(spelling, Evidence(m, spelling, edges)));
                }
            }

            return new ResolvedEntity([.. members], name, type, aliases.ToImmutable(), merges.ToImmutable());
        }

        private string Evidence(int member, string spelling, List<Pair> edges)
        {
            var c = _features[member].Candidate;
            if (!string.Equals(spelling, c.Name, StringComparison.OrdinalIgnoreCase))
            {
                return $"{spelling} refers to {c.Name} in {c.Article} (in-article coreference)";
            }

            foreach (var e in edges)
            {
                if (e.A == member || e.B == member)
                {
                    var other = _features[e.A == member ? e.B : e.A].Candidate;
                    return $"{c.Name} ({c.Article}) ~ {other.Name} ({other.Article}): {_evidence(e)}";
                }
            }

            return $"in {c.Article}";
        }

        private static IEnumerable<string> Spellings(EntityCandidate c)
        {
            yield return c.Name;
            if (!c.Spellings.IsDefaultOrEmpty)
            {
                foreach (var s in c.Spellings)
                {
                    yield return s;
                }
            }
        }

        /// <summary>
        /// The majority, best-attested spelling: for people, the surname spelling used by most articles, then the fullest
        /// name with it used by most articles; for other names, the name used by most articles, the fuller one on a tie.
        /// </summary>
        private string CanonicalName(List<int> members)
        {
            var isPerson = _features[members[0]].Profile.Type == EntityType.Person;
            var surnameArticles = new Dictionary<string, (HashSet<string> Articles, int Mentions)>(StringComparer.Ordinal);
            var nameArticles = new Dictionary<string, (HashSet<string> Articles, int Mentions, int First)>(StringComparer.Ordinal);
            foreach (var m in members)
            {
                var f = _features[m];
                var surname = isPerson ? f.Profile.KeyAsWritten : "";
                var s = surnameArticles.GetValueOrDefault(surname, ([], 0));
                s.Articles.Add(f.Candidate.Article);
                surnameArticles[surname] = (s.Articles, s.Mentions + f.Candidate.MentionCount);
                var n = nameArticles.GetValueOrDefault(f.Candidate.Name, ([], 0, m));
                n.Articles.Add(f.Candidate.Article);
                nameArticles[f.Candidate.Name] = (n.Articles, n.Mentions + f.Candidate.MentionCount, n.First);
            }

            var bestSurname = surnameArticles
                .OrderByDescending(static s => s.Value.Articles.Count)
                .ThenByDescending(static s => s.Value.Mentions)
                .ThenBy(static s => s.Key, StringComparer.Ordinal)
                .First().Key;
            string? best = null;
            var bestRank = (Words: -1, Articles: -1, Mentions: -1, First: 0);
            foreach (var (name, stats) in nameArticles)
            {
                var profile = _features[stats.First].Profile;
                if (isPerson && profile.KeyAsWritten != bestSurname)
                {
                    continue;
                }

                var words = isPerson ? (profile.Given.Length > 0 ? 2 : 1) : 0;
                var rank = (Words: words, Articles: stats.Articles.Count, Mentions: isPerson ? stats.Mentions : profile.Words.Length * 1000 + stats.Mentions, First: -stats.First);
                if (best is null || rank.CompareTo(bestRank) > 0)
                {
                    best = name;
                    bestRank = rank;
                }
            }

            return best ?? _features[members[0]].Candidate.Name;
        }

        private EntityType MajorityType(List<int> members)
        {
            var counts = new Dictionary<EntityType, int>();
            foreach (var m in members)
            {
                var t = _features[m].Candidate.Type;
                counts[t] = counts.GetValueOrDefault(t) + 1;
            }

            var best = _features[members[0]].Candidate.Type;
            foreach (var (t, n) in counts)
            {
                if (n > counts[best])
                {
                    best = t;
                }
            }

            return best;
        }
    }
}
