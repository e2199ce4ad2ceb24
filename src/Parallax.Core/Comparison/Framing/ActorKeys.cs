using Parallax.Dossier;
using Parallax.Language.Coreference;

namespace Parallax.Comparison.Framing;

/// <summary>
/// Names the actors of one article for framing: the dossier entity id of a name chain when the dossier's entities are
/// resolved (a chain mention overlapping one of the entity's mentions in that article), else the chain's canonical name.
/// </summary>
internal sealed class ActorKeys
{
    private readonly Dictionary<NameChain, string> _keys = [];

    public ActorKeys(EntityMentions mentions, DossierArticle article, IReadOnlyList<NameChain> chains)
    {
        UsesEntityIds = mentions.Any;
        var inArticle = mentions.In(article.Id);
        foreach (var chain in chains)
        {
            string? key = null;
            foreach (var (entity, span) in inArticle)
            {
                foreach (var cm in chain.Mentions)
                {
                    if (cm.Span.Overlaps(span))
                    {
                        key = entity;
                        break;
                    }
                }

                if (key is not null)
                {
                    break;
                }
            }

            _keys[chain] = key ?? chain.CanonicalName;
        }
    }

    /// <summary>True when keys are dossier entity ids.</summary>
    public bool UsesEntityIds { get; }

    public string Of(NameChain chain) => _keys[chain];
}

/// <summary>The dossier's entity mentions by article, in entity order: the first entity with a mention overlapping a chain names it.</summary>
internal sealed class EntityMentions
{
    private static readonly List<(string Entity, Model.TextSpan Span)> None = [];
    private readonly Dictionary<string, List<(string Entity, Model.TextSpan Span)>> _byArticle = new(StringComparer.Ordinal);

    private EntityMentions(StoryDossier dossier)
    {
        Any = !dossier.Entities.IsDefaultOrEmpty;
        if (!Any)
        {
            return;
        }

        foreach (var entity in dossier.Entities)
        {
            foreach (var m in entity.Mentions)
            {
                if (!_byArticle.TryGetValue(m.Article, out var list))
                {
                    _byArticle[m.Article] = list = [];
                }

                list.Add((entity.Id, m.Span));
            }
        }
    }

    /// <summary>True when the dossier has entities (keys are then entity ids where a mention overlaps).</summary>
    public bool Any { get; }

    public static EntityMentions Of(StoryDossier dossier) => new(dossier);

    public IReadOnlyList<(string Entity, Model.TextSpan Span)> In(string article) => _byArticle.GetValueOrDefault(article) ?? None;
}
