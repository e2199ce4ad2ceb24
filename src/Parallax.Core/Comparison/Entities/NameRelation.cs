namespace Parallax.Comparison.Entities;

/// <summary>How two non-person names relate, apart from context.</summary>
internal enum NamedMatch
{
    /// <summary>Nothing links them (or they are people).</summary>
    Apart,

    /// <summary>The same folded name.</summary>
    SameName,

    /// <summary>A romanisation variant of the whole name.</summary>
    Transliteration,

    /// <summary>An acronym and the name it stands for.</summary>
    Acronym,

    /// <summary>A short form of the other name.</summary>
    ShortForm,

    /// <summary>The same consonants.</summary>
    Phonetic,

    /// <summary>The same consonants and a Jaro-Winkler similarity of at least 0.9.</summary>
    PhoneticClose,

    /// <summary>Alike in sound and letters.</summary>
    Similar,
}

/// <summary>
/// How the names of two candidates relate, apart from roles and context: for people the surname spelling and the
/// given names, for other names a <see cref="NamedMatch"/>. A function of the two name profiles only. Immutable.
/// </summary>
internal readonly record struct NameRelation(SpellingMatch Spelling, GivenMatch Given, NamedMatch Named)
{
    /// <summary>Names that nothing links.</summary>
    public static NameRelation None { get; } = new(SpellingMatch.Unrelated, GivenMatch.Missing, NamedMatch.Apart);

    /// <summary>True when the names alone keep the candidates apart.</summary>
    public bool IsApart => Spelling == SpellingMatch.Unrelated && Named == NamedMatch.Apart;
}
