using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Readers;

/// <summary>
/// What came of one input (a file, URL, feed, or standard input): the articles read from it and the problems met.
/// A directory yields one result per file inside it. Immutable.
/// </summary>
/// <param name="Input">The path or URL, as given (for files found in a directory, the file's path).</param>
/// <param name="Articles">The articles read; empty when the input failed.</param>
/// <param name="Diagnostics">Problems with the input as a whole (problems with one article are on that article).</param>
public sealed record InputResult(string Input, ImmutableArray<Article> Articles, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when nothing could be read from the input.</summary>
    public bool Failed => Articles.IsEmpty;

    /// <summary>A failed input with one error.</summary>
    public static InputResult Failure(string input, string message) =>
        new(input, [], [Diagnostic.Error(message, input)]);
}
