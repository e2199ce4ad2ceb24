namespace Parallax.Language.Entities;

/// <summary>What kind of named thing an <see cref="EntityMention"/> names.</summary>
public enum EntityType
{
    /// <summary>A person ("Sergey Lavrov", "Putin").</summary>
    Person,

    /// <summary>An organization: a government body, company, party, army, team, news outlet ("NATO", "the Kremlin").</summary>
    Organization,

    /// <summary>A place: a country, region, city, base, building or natural feature ("Anchorage", "Alaska").</summary>
    Place,

    /// <summary>Another named thing: an event, law, work, product or holiday ("Christmas", "Operation Barbarossa").</summary>
    Other,
}
