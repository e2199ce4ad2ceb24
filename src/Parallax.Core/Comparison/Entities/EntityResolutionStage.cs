using System.Collections.Immutable;
using System.Globalization;
using Parallax.Dossier;
using Parallax.Language.Coreference;

namespace Parallax.Comparison.Entities;

/// <summary>
/// The story stage that fills <see cref="StoryDossier.Entities"/> and <see cref="StoryDossier.PossibleMatches"/>: each
/// article's <see cref="NameChain"/>s (its entities, with their name mentions and role phrases) become candidates for
/// the <see cref="EntityResolver"/>, and each resolved entity gets an id ("e1", … in order of first mention), its
/// canonical name, aliases, every mention as an <see cref="ArticleSpan"/>, and the evidence of each merge.
/// Articles without a name-chain layer contribute nothing. Immutable and thread-safe.
/// </summary>
public sealed class EntityResolutionStage : IStoryStage
{
    private readonly EntityResolver _resolver;

    /// <summary>Creates the stage with <paramref name="resolver"/> (the default one when null).</summary>
    public EntityResolutionStage(EntityResolver? resolver = null) => _resolver = resolver ?? EntityResolver.Default;

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public StoryDossier Process(StoryDossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var candidates = new List<EntityCandidate>();
        var mentions = new List<ImmutableArray<ArticleSpan>>();
        foreach (var article in dossier.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chains = article.Analysis.GetLayer<NameChain>();
            var text = article.Article.Text;
            foreach (var chain in chains)
            {
                candidates.Add(ToCandidate(article.Id, text, chain));
                var spans = ImmutableArray.CreateBuilder<ArticleSpan>(chain.Mentions.Length);
                foreach (var m in chain.Mentions)
                {
                    spans.Add(new ArticleSpan(article.Id, m.Span));
                }

                mentions.Add(spans.ToImmutable());
            }
        }

        var resolution = _resolver.Resolve(candidates, cancellationToken);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < dossier.Articles.Length; i++)
        {
            order[dossier.Articles[i].Id] = i;
        }

        // Entities in order of first mention: article order, then text order.
        var built = new List<(ArticleSpan First, int Index, ImmutableArray<ArticleSpan> Mentions)>();
        for (var e = 0; e < resolution.Entities.Length; e++)
        {
            var all = new List<ArticleSpan>();
            foreach (var member in resolution.Entities[e].Members)
            {
                all.AddRange(mentions[member]);
            }

            all.Sort((p, q) => order[p.Article] != order[q.Article] ? order[p.Article].CompareTo(order[q.Article]) : p.Span.Start.CompareTo(q.Span.Start));
            built.Add((all.Count > 0 ? all[0] : default, e, [.. all]));
        }

        built.Sort((p, q) =>
        {
            var pa = p.First.Article is null ? int.MaxValue : order[p.First.Article];
            var qa = q.First.Article is null ? int.MaxValue : order[q.First.Article];
            return pa != qa ? pa.CompareTo(qa) : p.First.Span.Start != q.First.Span.Start ? p.First.Span.Start.CompareTo(q.First.Span.Start) : p.Index.CompareTo(q.Index);
        });

        var ids = new string[resolution.Entities.Length];
        var entities = ImmutableArray.CreateBuilder<DossierEntity>(built.Count);
        foreach (var (_, index, all) in built)
        {
            var r = resolution.Entities[index];
            var id = string.Create(CultureInfo.InvariantCulture, $"e{entities.Count + 1}");
            ids[index] = id;
            entities.Add(new DossierEntity(id, r.Name, r.Type, r.Aliases, all, r.Merges));
        }

        var matches = ImmutableArray.CreateBuilder<PossibleMatch>(resolution.PossibleMatches.Length);
        foreach (var m in resolution.PossibleMatches)
        {
            matches.Add(new PossibleMatch(ids[m.First], ids[m.Second], m.Evidence));
        }

        return dossier with { Entities = entities.ToImmutable(), PossibleMatches = matches.ToImmutable() };
    }

    private static EntityCandidate ToCandidate(string article, string text, NameChain chain)
    {
        var spellings = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { chain.CanonicalName };
        foreach (var m in chain.Mentions)
        {
            if (m.Kind != ChainMentionKind.RolePhrase && m.Span.End <= text.Length && seen.Add(m.Span.Of(text)))
            {
                spellings.Add(m.Span.Of(text));
            }
        }

        var roles = ImmutableArray.CreateBuilder<string>(chain.Roles.Length);
        foreach (var role in chain.Roles)
        {
            if (role.End <= text.Length)
            {
                roles.Add(role.Of(text));
            }
        }

        return new EntityCandidate(article, chain.Type, chain.CanonicalName)
        {
            Spellings = spellings.ToImmutable(),
            Roles = roles.ToImmutable(),
            MentionCount = chain.Mentions.Length,
        };
    }
}
