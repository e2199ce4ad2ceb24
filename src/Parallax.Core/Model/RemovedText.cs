namespace Parallax.Model;

/// <summary>Why a piece of the input is not part of the article's text.</summary>
public static class RemovalReasons
{
    /// <summary>Site chrome: navigation, comment forms, share prompts, "Back to top".</summary>
    public const string Boilerplate = "boilerplate";

    /// <summary>A list of links to other articles ("Related News" and its headlines).</summary>
    public const string RelatedLinks = "related-links";

    /// <summary>A line that carried metadata (headline, byline, outlet, source, disclaimer) and was moved to the metadata.</summary>
    public const string Metadata = "metadata";

    /// <summary>A file-name-like header ("Some_Title__Words").</summary>
    public const string FileNameHeader = "file-name-header";

    /// <summary>A heading repeated in the text, or a line repeated verbatim.</summary>
    public const string Duplicate = "duplicate";
}

/// <summary>A piece of the input that was left out of the article's text, and why. Immutable.</summary>
/// <param name="Text">The text removed, as it appeared.</param>
/// <param name="Reason">One of <see cref="RemovalReasons"/>, or another short kebab-case word.</param>
public sealed record RemovedText(string Text, string Reason);
