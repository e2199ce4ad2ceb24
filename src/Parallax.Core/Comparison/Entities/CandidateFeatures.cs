using Parallax.Language.Entities;

namespace Parallax.Comparison.Entities;

/// <summary>What the resolver knows of one candidate: its name profile, roles and identity key. Immutable.</summary>
internal sealed class CandidateFeatures
{
    /// <summary>Creates the features of a candidate whose name profile is shared with the other candidates of the same name and type.</summary>
    /// <param name="index">The candidate's index in the input.</param>
    /// <param name="candidate">The candidate.</param>
    /// <param name="profile">Its name taken apart.</param>
    /// <param name="profileId">Equal for two candidates exactly when they share <paramref name="profile"/>.</param>
    public CandidateFeatures(int index, EntityCandidate candidate, NameProfile profile, int profileId)
    {
        Index = index;
        Candidate = candidate;
        Profile = profile;
        ProfileId = profileId;
        Roles = candidate.Roles.IsDefaultOrEmpty ? RoleProfile.None : RoleProfile.Of(candidate.Roles);
        IdentityKey = Profile.IsEmpty ? "" : (Profile.Type == EntityType.Person ? "p:" : "n:") + Profile.KeyTranslit;
    }

    /// <summary>The candidate's index in the input.</summary>
    public int Index { get; }

    /// <summary>The candidate.</summary>
    public EntityCandidate Candidate { get; }

    /// <summary>Its name taken apart.</summary>
    public NameProfile Profile { get; }

    /// <summary>Identifies <see cref="Profile"/> among the candidates of one resolution.</summary>
    public int ProfileId { get; }

    /// <summary>Its roles.</summary>
    public RoleProfile Roles { get; }

    /// <summary>A key that the other candidates' contexts use for it (surname for people, whole name otherwise).</summary>
    public string IdentityKey { get; }

    /// <summary>True when the name is partial: a person without a given name.</summary>
    public bool IsPartialPerson => Profile.Type == EntityType.Person && Profile.Given.Length == 0;
}
