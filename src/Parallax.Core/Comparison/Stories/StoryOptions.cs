namespace Parallax.Comparison.Stories;

/// <summary>
/// How story detection decides. Immutable. The defaults were chosen by cross-validation over ECB+ topics
/// (eval/Parallax.Eval.Stories), never per topic.
/// </summary>
public sealed record StoryOptions
{
    /// <summary>The defaults.</summary>
    public static StoryOptions Default { get; } = new();

    /// <summary>
    /// The least cosine similarity between an article and a story's centroid for the article to join the story;
    /// below it the article starts a new story.
    /// </summary>
    public double JoinThreshold { get; init; } = 0.175;

    /// <summary>
    /// Days an article's publication date may lie outside a story's span of dates and still join it. Applied only when
    /// both the article and the story have dates; without dates, content alone decides.
    /// </summary>
    public int WindowDays { get; init; } = 7;

    /// <summary>How much a named entity counts against a content word of the same rarity (its words count as words too).</summary>
    public double EntityWeight { get; init; } = 1.0;

    /// <summary>How much a date, month or year counts against a content word of the same rarity.</summary>
    public double DateWeight { get; init; } = 3.0;

    /// <summary>
    /// Articles assumed to lack every term, added to the count when weighing terms by rarity: keeps small batches, and
    /// the first articles of an online run, from treating what all their articles share as common words.
    /// </summary>
    public int PriorDocuments { get; init; } = 50;

    /// <summary>The most terms of an article's weighted vector (the heaviest are kept).</summary>
    public int ArticleTerms { get; init; } = 64;

    /// <summary>The most terms of a story's centroid (the heaviest are kept).</summary>
    public int StoryTerms { get; init; } = 256;

    /// <summary>The heaviest terms of an article used to look up candidate stories in the inverted index.</summary>
    public int LookupTerms { get; init; } = 16;

    /// <summary>
    /// The most recent postings (stories that took in an article with the term) kept and read per lookup term: bounds
    /// the work per article and the index's memory whatever the volume; a term shared by more stories than this
    /// discriminates little, and the rarer lookup terms still find the story.
    /// </summary>
    public int MaxPostingsPerTerm { get; init; } = 64;

    /// <summary>Passes of reassignment the batch form makes after the online pass (0 for the online result alone).</summary>
    public int RefinementPasses { get; init; } = 2;
}
