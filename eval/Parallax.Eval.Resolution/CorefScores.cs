namespace Parallax.Eval.Resolution;

/// <summary>Precision, recall and F1.</summary>
internal readonly record struct Prf(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}";
}

/// <summary>The coreference scores of a response against a key, over the same mentions.</summary>
internal sealed record CorefScores(Prf Muc, Prf BCubed, Prf CeafE)
{
    /// <summary>The CoNLL F1: the mean of MUC, B³ and CEAF-e F1.</summary>
    public double Conll => (Muc.F1 + BCubed.F1 + CeafE.F1) / 3;

    /// <summary>
    /// Scores <paramref name="response"/> against <paramref name="key"/>: both give each mention (by index) its cluster id.
    /// MUC (Vilain et al. 1995), B³ (Bagga and Baldwin 1998, mention-averaged), CEAF-e (Luo 2005, entity similarity φ4,
    /// optimal one-to-one alignment), as in the CoNLL-2012 reference scorer, singletons included.
    /// </summary>
    public static CorefScores Score(IReadOnlyList<string> key, IReadOnlyList<string> response)
    {
        var keyClusters = Group(key);
        var responseClusters = Group(response);
        return new CorefScores(ScoreMuc(keyClusters, response, responseClusters, key), ScoreBCubed(key, response, keyClusters, responseClusters), ScoreCeafE(keyClusters, responseClusters, response));
    }

    private static Dictionary<string, List<int>> Group(IReadOnlyList<string> ids)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!groups.TryGetValue(ids[i], out var list))
            {
                groups[ids[i]] = list = [];
            }

            list.Add(i);
        }

        return groups;
    }

    private static Prf ScoreMuc(Dictionary<string, List<int>> keyClusters, IReadOnlyList<string> response, Dictionary<string, List<int>> responseClusters, IReadOnlyList<string> key)
    {
        static (double Num, double Den) Side(Dictionary<string, List<int>> clusters, IReadOnlyList<string> other)
        {
            double num = 0, den = 0;
            foreach (var members in clusters.Values)
            {
                var parts = new HashSet<string>(StringComparer.Ordinal);
                foreach (var m in members)
                {
                    parts.Add(other[m]);
                }

                num += members.Count - parts.Count;
                den += members.Count - 1;
            }

            return (num, den);
        }

        var (rn, rd) = Side(keyClusters, response);
        var (pn, pd) = Side(responseClusters, key);
        return new Prf(pd == 0 ? 0 : pn / pd, rd == 0 ? 0 : rn / rd);
    }

    private static Prf ScoreBCubed(IReadOnlyList<string> key, IReadOnlyList<string> response, Dictionary<string, List<int>> keyClusters, Dictionary<string, List<int>> responseClusters)
    {
        var overlap = new Dictionary<(string, string), int>();
        for (var i = 0; i < key.Count; i++)
        {
            overlap[(key[i], response[i])] = overlap.GetValueOrDefault((key[i], response[i])) + 1;
        }

        double p = 0, r = 0;
        for (var i = 0; i < key.Count; i++)
        {
            double common = overlap[(key[i], response[i])];
            p += common / responseClusters[response[i]].Count;
            r += common / keyClusters[key[i]].Count;
        }

        return key.Count == 0 ? new Prf(0, 0) : new Prf(p / key.Count, r / key.Count);
    }

    private static Prf ScoreCeafE(Dictionary<string, List<int>> keyClusters, Dictionary<string, List<int>> responseClusters, IReadOnlyList<string> response)
    {
        // Bipartite graph of key and response entities that share mentions; align each connected component optimally.
        var keyIds = keyClusters.Keys.ToList();
        var keyIndex = keyIds.Select((k, i) => (k, i)).ToDictionary(t => t.k, t => t.i, StringComparer.Ordinal);
        var responseIds = responseClusters.Keys.ToList();
        var responseIndex = responseIds.Select((k, i) => (k, i)).ToDictionary(t => t.k, t => t.i, StringComparer.Ordinal);
        var edges = new Dictionary<(int K, int R), int>();
        foreach (var (k, members) in keyClusters)
        {
            foreach (var m in members)
            {
                var e = (keyIndex[k], responseIndex[response[m]]);
                edges[e] = edges.GetValueOrDefault(e) + 1;
            }
        }

        // Union-find over key nodes 0..K-1 and response nodes K..K+R-1.
        var parent = Enumerable.Range(0, keyIds.Count + responseIds.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        foreach (var (k, r) in edges.Keys)
        {
            parent[Find(k)] = Find(keyIds.Count + r);
        }

        var components = new Dictionary<int, (List<int> Keys, List<int> Responses)>();
        for (var k = 0; k < keyIds.Count; k++)
        {
            var root = Find(k);
            if (!components.TryGetValue(root, out var c))
            {
                components[root] = c = ([], []);
            }

            c.Keys.Add(k);
        }

        for (var r = 0; r < responseIds.Count; r++)
        {
            var root = Find(keyIds.Count + r);
            if (!components.TryGetValue(root, out var c))
            {
                components[root] = c = ([], []);
            }

            c.Responses.Add(r);
        }

        double total = 0;
        foreach (var (keys, responses) in components.Values)
        {
            if (keys.Count == 0 || responses.Count == 0)
            {
                continue;
            }

            var weight = new double[keys.Count, responses.Count];
            for (var a = 0; a < keys.Count; a++)
            {
                for (var b = 0; b < responses.Count; b++)
                {
                    var common = edges.GetValueOrDefault((keys[a], responses[b]));
                    weight[a, b] = common == 0 ? 0 : 2.0 * common / (keyClusters[keyIds[keys[a]]].Count + responseClusters[responseIds[responses[b]]].Count);
                }
            }

            total += Assignment.MaxWeight(weight);
        }

        return new Prf(responseIds.Count == 0 ? 0 : total / responseIds.Count, keyIds.Count == 0 ? 0 : total / keyIds.Count);
    }
}

/// <summary>Maximum-weight one-to-one assignment (Hungarian algorithm with potentials, O(n²m)).</summary>
internal static class Assignment
{
    public static double MaxWeight(double[,] weight)
    {
        var rows = weight.GetLength(0);
        var cols = weight.GetLength(1);
        var transpose = rows > cols;
        var n = transpose ? cols : rows;
        var m = transpose ? rows : cols;
        double Cost(int i, int j) => -(transpose ? weight[j, i] : weight[i, j]);

        var u = new double[n + 1];
        var v = new double[m + 1];
        var p = new int[m + 1];
        var way = new int[m + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minv = Enumerable.Repeat(double.PositiveInfinity, m + 1).ToArray();
            var used = new bool[m + 1];
            do
            {
                used[j0] = true;
                var i0 = p[j0];
                var delta = double.PositiveInfinity;
                var j1 = 0;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var cur = Cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if (cur < minv[j])
                    {
                        minv[j] = cur;
                        way[j] = j0;
                    }

                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }

                for (var j = 0; j <= m; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (p[j0] != 0);
            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        double total = 0;
        for (var j = 1; j <= m; j++)
        {
            if (p[j] != 0)
            {
                total -= Cost(p[j] - 1, j - 1);
            }
        }

        return total;
    }
}
