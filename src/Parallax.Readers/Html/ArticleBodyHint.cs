namespace Parallax.Readers.Html;

/// <summary>
/// Uses a JSON-LD <c>articleBody</c> as a hint: the smallest element holding most of the paragraphs whose words occur in
/// it is the article container.
/// </summary>
internal static class ArticleBodyHint
{
    /// <summary>The container's node index, or −1 when there is no usable hint.</summary>
    public static int FindContainer(PageTree tree, string? articleBody, CancellationToken cancellationToken)
    {
        _ = tree;
        _ = articleBody;
        _ = cancellationToken;
        return -1;
    }
}
