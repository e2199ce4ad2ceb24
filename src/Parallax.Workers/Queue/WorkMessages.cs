using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Parallax.Model;
using Parallax.Storage;

namespace Parallax.Workers.Queue;

/// <summary>A message for <see cref="WorkStage.Fetch"/>: a URL to download.</summary>
/// <param name="Url">An absolute http(s) URL.</param>
public sealed record FetchMessage(string Url);

/// <summary>A message for <see cref="WorkStage.Extract"/>: a document as received.</summary>
/// <param name="Source">Its name or URL (becomes the article's source).</param>
/// <param name="Content">Its bytes.</param>
/// <param name="MediaType">Its declared media type, null to sniff.</param>
/// <param name="Kind">What it came from (text, HTML, a fetched URL).</param>
public sealed record ExtractMessage(string Source, byte[] Content, string? MediaType, RawInputKind Kind);

/// <summary>A message for <see cref="WorkStage.Analyse"/>: one article read from a document.</summary>
/// <param name="Article">The article.</param>
/// <param name="Raw">What it was read from.</param>
public sealed record AnalyseMessage(ArticleMessage Article, RawMessage Raw);

/// <summary>A message for <see cref="WorkStage.Assign"/>: an analysed article with its story signature.</summary>
/// <param name="Article">The article.</param>
/// <param name="Raw">What it was read from.</param>
/// <param name="Terms">Its story signature (as the server stores it).</param>
public sealed record AssignMessage(ArticleMessage Article, RawMessage Raw, ImmutableArray<string> Terms);

/// <summary>A message for <see cref="WorkStage.Refresh"/>: story <paramref name="StoryId"/> needs a dossier of at least <paramref name="Revision"/>.</summary>
/// <param name="StoryId">The story.</param>
/// <param name="Revision">The story revision the dossier must include.</param>
public sealed record RefreshMessage(long StoryId, long Revision);

/// <summary>The raw input of an article, as carried between stages.</summary>
/// <param name="Kind">Text, HTML or fetched URL.</param>
/// <param name="Content">The bytes.</param>
/// <param name="MediaType">The declared media type.</param>
public sealed record RawMessage(RawInputKind Kind, byte[] Content, string? MediaType)
{
    /// <summary>As the store keeps it.</summary>
    public RawInput ToRaw() => new(Kind, ImmutableArray.Create(Content), MediaType);
}

/// <summary>An article as carried between stages: text, metadata, removed text and diagnostics.</summary>
public sealed record ArticleMessage(
    string Source, string Text, string? Title, string? Outlet, string? Author, DateOnly? Published, string? Language, string? Url,
    ImmutableArray<RemovedText> Removed, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The message of <paramref name="article"/>.</summary>
    public static ArticleMessage From(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var m = article.Metadata;
        return new ArticleMessage(article.Source, article.Text, m.Title, m.Outlet, m.Author, m.Published, m.Language, m.Url,
            article.Removed, article.Diagnostics);
    }

    /// <summary>The article again.</summary>
    public Article ToArticle() => new(
        Source,
        Text,
        new ArticleMetadata { Title = Title, Outlet = Outlet, Author = Author, Published = Published, Language = Language, Url = Url },
        Removed.IsDefault ? [] : Removed,
        Diagnostics.IsDefault ? [] : Diagnostics);
}

/// <summary>The JSON form of every message (UTF-8, camelCase, enums as names). Thread-safe.</summary>
public static class WorkMessages
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        MaxDepth = 16,
    };

    /// <summary>The message's JSON bytes.</summary>
    public static byte[] Serialize<T>(T message) => JsonSerializer.SerializeToUtf8Bytes(message, Options);

    /// <summary>The message in <paramref name="body"/>.</summary>
    /// <exception cref="InvalidMessageException">When the body is not a message of that kind.</exception>
    public static T Deserialize<T>(ReadOnlyMemory<byte> body)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body.Span, Options) ?? throw new InvalidMessageException("The message is JSON null.");
        }
        catch (JsonException e)
        {
            throw new InvalidMessageException($"The message is not a valid {typeof(T).Name}: {e.Message}", e);
        }
    }
}

/// <summary>A message that can never be processed (malformed, or refused by a limit); it is dead-lettered with this message.</summary>
public sealed class InvalidMessageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidMessageException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InvalidMessageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public InvalidMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
