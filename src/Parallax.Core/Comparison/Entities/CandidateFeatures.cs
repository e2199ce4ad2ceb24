using Parallax.Language.Entities;

namespace Parallax.Comparison.Entities;

/// <summary>What the resolver knows of one candidate: its name profile, roles and context keys. Immutable after construction.</summary>
internal sealed class CandidateFeatures
{
    public CandidateFeatures(int index, EntityCandidate candidate)
    {
        Index = index;
        Candidate = candidate;
        Profile = NameProfile.Of(candidate.Name, candidate.Type);
        Roles = candidate.Roles.IsDefaultOrEmpty ? RoleProfile.None : RoleProfile.Of(candidate.Roles);
        IdentityKey = Profile.IsEmpty ? "" : (Profile.Type == EntityType.Person ? "p:" : "n:") + Profile.KeyTranslit;
    }

    /// <summary>The candidate's index in the input.</summary>
    public int Index { get; }

    /// <summary>The candidate.</summary>
    public EntityCandidate Candidate { get; }

    /// <summary>Its name taken apart.</summary>
    public NameProfile Profile { get; }

    /// <summary>Its roles.</summary>
    public RoleProfile Roles { get; }

    /// <summary>A key that the other candidates' contexts use for it (surname for people, whole name otherwise).</summary>
    public string IdentityKey { get; }

    /// <summary>The identity keys of the other candidates of its article.</summary>
    public HashSet<string> Context { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the name is partial: a person without a given name.</summary>
    public bool IsPartialPerson => Profile.Type == EntityType.Person && Profile.Given.Length == 0;
}
