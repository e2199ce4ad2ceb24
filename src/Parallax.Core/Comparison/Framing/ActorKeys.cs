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

    public ActorKeys(StoryDossier dossier, DossierArticle article, IReadOnlyList<NameChain> chains)
    {
        UsesEntityIds = !dossier.Entities.IsDefaultOrEmpty && dossier.Entities.Length > 0;
        foreach (var chain in chains)
        {
            string? key = null;
            if (UsesEntityIds)
            {
                foreach (var entity in dossier.Entities)
                {
                    foreach (var m in entity.Mentions)
                    {
                        if (m.Article != article.Id)
                        {
                            continue;
                        }

                        foreach (var cm in chain.Mentions)
                        {
                            if (cm.Span.Overlaps(m.Span))
                            {
                                key = entity.Id;
                                break;
                            }
                        }

                        if (key is not null)
                        {
                            break;
                        }
                    }

                    if (key is not null)
                    {
                        break;
                    }
                }
            }

            _keys[chain] = key ?? chain.CanonicalName;
        }
    }

    /// <summary>True when keys are dossier entity ids.</summary>
    public bool UsesEntityIds { get; }

    public string Of(NameChain chain) => _keys[chain];
}
