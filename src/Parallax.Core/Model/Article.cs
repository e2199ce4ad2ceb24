using System.Collections.Immutable;

namespace Parallax.Model;

/// <summary>
/// One news article as read: its clean text (stored once; every annotation is a span into it),
/// its metadata, what was removed from the input, and what went wrong while reading it. Immutable and thread-safe.
/// </summary>
public sealed class Article
{
    /// <summary>Creates an article.</summary>
    /// <param name="source">The path, URL or feed item it came from, as the user gave it.</param>
    /// <param name="text">The clean text all offsets point into.</param>
    /// <param name="metadata">What is known about it.</param>
    /// <param name="removed">What was left out of <paramref name="text"/>, with reasons.</param>
    /// <param name="diagnostics">What went wrong or was repaired while reading it.</param>
    public Article(
        string source,
        string text,
        ArticleMetadata? metadata = null,
        ImmutableArray<RemovedText> removed = default,
        ImmutableArray<Diagnostic> diagnostics = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        Source = source;
        Text = text;
        Metadata = metadata ?? ArticleMetadata.Empty;
        Removed = removed.IsDefault ? [] : removed;
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
    }

    /// <summary>The path, URL or feed item it came from, as given.</summary>
    public string Source { get; }

    /// <summary>The clean article text.</summary>
    public string Text { get; }

    /// <summary>What is known about the article.</summary>
    public ArticleMetadata Metadata { get; }

    /// <summary>What was left out of <see cref="Text"/>, with reasons.</summary>
    public ImmutableArray<RemovedText> Removed { get; }

    /// <summary>Problems met while reading.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The text of <paramref name="span"/>.</summary>
    public string this[TextSpan span] => span.Of(Text);

    /// <summary>A copy with more diagnostics.</summary>
    public Article WithDiagnostics(IEnumerable<Diagnostic> more) =>
        new(Source, Text, Metadata, Removed, Diagnostics.AddRange(more));

    /// <summary>A copy with other metadata.</summary>
    public Article WithMetadata(ArticleMetadata metadata) =>
        new(Source, Text, metadata, Removed, Diagnostics);
}
