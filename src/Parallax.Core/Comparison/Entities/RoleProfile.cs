using System.Collections.Frozen;

namespace Parallax.Comparison.Entities;

/// <summary>
/// The roles an article attaches to a person, reduced to comparable words: the heads ("representative" in
/// "Trump's special representative") and the other content words, folded, with near-synonyms of common role nouns
/// ("envoy", "representative", "emissary") mapped to one word. Immutable.
/// </summary>
internal sealed class RoleProfile
{
    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(
        StringComparer.Ordinal, "the", "of", "a", "an", "and", "for", "to", "in", "on", "at", "with", "former", "then", "his", "her", "their", "its", "s", "new", "current", "now", "also");

    private static readonly FrozenDictionary<string, string> Synonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["envoy"] = "envoy", ["representative"] = "envoy", ["emissary"] = "envoy", ["negotiator"] = "envoy",
        ["general"] = "general", ["gen"] = "general", ["commander"] = "general",
        ["adviser"] = "adviser", ["advisor"] = "adviser", ["aide"] = "adviser", ["assistant"] = "adviser",
        ["spokesman"] = "spokesperson", ["spokeswoman"] = "spokesperson", ["spokesperson"] = "spokesperson", ["secretary"] = "secretary",
        ["businessman"] = "businessman", ["businesswoman"] = "businessman", ["tycoon"] = "businessman", ["billionaire"] = "businessman", ["developer"] = "businessman",
        ["president"] = "president", ["pres"] = "president", ["leader"] = "leader", ["head"] = "leader", ["chief"] = "leader",
        ["sen"] = "senator", ["senator"] = "senator", ["gov"] = "governor", ["governor"] = "governor",
        ["minister"] = "minister", ["secretaryofstate"] = "minister",
        ["actor"] = "actor", ["actress"] = "actor", ["star"] = "actor",
        ["rep"] = "representative", ["congressman"] = "lawmaker", ["congresswoman"] = "lawmaker", ["lawmaker"] = "lawmaker", ["mp"] = "lawmaker",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private RoleProfile(HashSet<string> words, HashSet<string> heads, Dictionary<string, string> written)
    {
        Words = words;
        Heads = heads;
        Written = written;
    }

    /// <summary>No roles known.</summary>
    public static RoleProfile None { get; } = new([], [], []);

    /// <summary>The content words of every role, normalised.</summary>
    public HashSet<string> Words { get; }

    /// <summary>The head word of each role, normalised.</summary>
    public HashSet<string> Heads { get; }

    /// <summary>A written form of each normalised word, for evidence.</summary>
    public Dictionary<string, string> Written { get; }

    /// <summary>True when no role is known.</summary>
    public bool IsEmpty => Heads.Count == 0;

    /// <summary>The profile of <paramref name="roles"/>.</summary>
    public static RoleProfile Of(IEnumerable<string> roles)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var heads = new HashSet<string>(StringComparer.Ordinal);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var role in roles)
        {
            if (role.Length > 200)
            {
                continue;
            }

            string? lastWord = null;
            foreach (var raw in role.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                var possessive = raw.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || raw.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);
                var folded = NameKeys.Fold(possessive ? raw[..^2] : raw);
                if (folded.Length == 0 || StopWords.Contains(folded))
                {
                    continue;
                }

                if (possessive)
                {
                    // "Trump's special representative": the owner is context, not the role.
                    lastWord = null;
                    continue;
                }

                var word = Synonyms.TryGetValue(folded, out var s) ? s : folded;
                words.Add(word);
                written.TryAdd(word, raw);
                lastWord = word;
            }

            if (lastWord is not null)
            {
                heads.Add(lastWord);
            }
        }

        return words.Count == 0 ? None : new RoleProfile(words, heads, written);
    }

    /// <summary>How two role profiles relate: the shared head or content words, or a conflict when both are known and share nothing.</summary>
    public static RoleRelation Compare(RoleProfile a, RoleProfile b, out string shared)
    {
        shared = "";
        if (a.IsEmpty || b.IsEmpty)
        {
            return RoleRelation.Unknown;
        }

        foreach (var head in a.Heads)
        {
            if (b.Heads.Contains(head))
            {
                shared = a.Written.GetValueOrDefault(head, head);
                return RoleRelation.Shared;
            }
        }

        var common = new List<string>();
        foreach (var w in a.Words)
        {
            if (b.Words.Contains(w))
            {
                common.Add(a.Written.GetValueOrDefault(w, w));
            }
        }

        if (common.Count > 0 && (a.Heads.Overlaps(b.Words) || b.Heads.Overlaps(a.Words)))
        {
            shared = string.Join(' ', common);
            return RoleRelation.Shared;
        }

        return common.Count > 0 ? RoleRelation.Unknown : RoleRelation.Conflict;
    }
}

/// <summary>How the roles of two candidates relate.</summary>
internal enum RoleRelation
{
    /// <summary>At least one side has no role.</summary>
    Unknown,

    /// <summary>They share a role.</summary>
    Shared,

    /// <summary>Both have roles and none agree.</summary>
    Conflict,
}
