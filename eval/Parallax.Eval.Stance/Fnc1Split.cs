using System.Security.Cryptography;
using System.Text;
using Parallax.Comparison.Stances;

namespace Parallax.Eval.Stance;

/// <summary>
/// A claim-disjoint split of FNC-1's training pairs. The related pairs (agree, disagree, discuss) link headlines to
/// bodies; each connected component of that headline–body graph is one Emergent claim with all its headlines and
/// bodies. A component goes to the held-out part when the first byte of SHA-256 of its smallest body id (as decimal
/// text) is below <c>256 × fraction</c>. A pair is kept when its headline and body fall on the same side; unrelated
/// pairs that mix the sides are dropped. So no headline and no body of the held-out part is ever seen in training.
/// </summary>
internal static class Fnc1Split
{
    internal const double HeldOutFraction = 0.2;

    /// <summary>
    /// The headline split: a pair is held out when the first byte of SHA-256 of its headline (UTF-8) is below
    /// <c>256 × fraction</c>. Headline-disjoint (every pair of a headline is on one side); bodies and the other
    /// headlines of the same claim may be on both sides.
    /// </summary>
    internal static (List<Fnc1Pair> Train, List<Fnc1Pair> HeldOut) ByHeadline(IReadOnlyList<Fnc1Pair> pairs, double fraction = HeldOutFraction, string salt = "")
    {
        var train = new List<Fnc1Pair>();
        var held = new List<Fnc1Pair>();
        foreach (var p in pairs)
        {
            (SHA256.HashData(Encoding.UTF8.GetBytes(salt + p.Headline))[0] < 256 * fraction ? held : train).Add(p);
        }

        return (train, held);
    }

    /// <summary>The claim-disjoint split described on the class.</summary>
    internal static (List<Fnc1Pair> Train, List<Fnc1Pair> HeldOut) ByClaim(IReadOnlyList<Fnc1Pair> pairs, double fraction = HeldOutFraction, string salt = "")
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in pairs)
        {
            if (p.Stance != StanceLabel.Unrelated)
            {
                Union(parent, "h:" + p.Headline, "b:" + p.BodyId);
            }
        }

        // Smallest body id per component.
        var smallest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in pairs)
        {
            if (p.Stance != StanceLabel.Unrelated)
            {
                var root = Find(parent, "b:" + p.BodyId);
                smallest[root] = Math.Min(smallest.GetValueOrDefault(root, int.MaxValue), p.BodyId);
            }
        }

        bool HeldOutNode(string node)
        {
            var root = Find(parent, node);
            var key = smallest.TryGetValue(root, out var id) ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : node;
            return SHA256.HashData(Encoding.UTF8.GetBytes(salt + key))[0] < 256 * fraction;
        }

        var train = new List<Fnc1Pair>();
        var held = new List<Fnc1Pair>();
        foreach (var p in pairs)
        {
            var h = HeldOutNode("h:" + p.Headline);
            var b = HeldOutNode("b:" + p.BodyId);
            if (h != b)
            {
                continue;
            }

            (h ? held : train).Add(p);
        }

        return (train, held);
    }

    private static string Find(Dictionary<string, string> parent, string x)
    {
        if (!parent.TryGetValue(x, out var p))
        {
            parent[x] = x;
            return x;
        }

        while (p != x)
        {
            var gp = parent[p];
            parent[x] = gp;
            x = p;
            p = gp;
        }

        return x;
    }

    private static void Union(Dictionary<string, string> parent, string a, string b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb)
        {
            if (string.CompareOrdinal(ra, rb) < 0)
            {
                parent[rb] = ra;
            }
            else
            {
                parent[ra] = rb;
            }
        }
    }
}
