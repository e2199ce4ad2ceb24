namespace Parallax.Comparison.Stories;

/// <summary>What kind of evidence a <see cref="StoryTerm"/> is.</summary>
public enum StoryTermKind
{
    /// <summary>A content word of the text (lower case, light plural folding): "earthquake", "rehab".</summary>
    Word,

    /// <summary>A named entity of the article (its canonical name): a person, organization, place or other name.</summary>
    Entity,

    /// <summary>A date, month or year the text mentions ("2013-06-13", "2013-06", "2013").</summary>
    Date,
}

/// <summary>One distinct feature of an article and how often it occurs. Immutable.</summary>
/// <param name="Key">The normalized key ("w:rehab", "e:lindsay lohan", "d:2013-06-13").</param>
/// <param name="Kind">The kind of evidence.</param>
/// <param name="Count">How often it occurs (mentions; title words count extra).</param>
/// <param name="Display">How to show it in a story label ("Lindsay Lohan").</param>
public readonly record struct StoryTerm(string Key, StoryTermKind Kind, float Count, string Display);
