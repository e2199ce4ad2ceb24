using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Storage;

/// <summary>The kind of input an article was added from, kept with its raw bytes so it can be read again.</summary>
public enum RawInputKind
{
    /// <summary>Plain text.</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>A document downloaded from a URL (the bytes as fetched).</summary>
    Url,
}

/// <summary>The input an article was read from, exactly as received. Immutable.</summary>
/// <param name="Kind">Text, HTML, or a fetched URL.</param>
/// <param name="Content">The bytes received (for text, its UTF-8).</param>
/// <param name="MediaType">The declared media type ("text/html; charset=utf-8"), null when none.</param>
public sealed record RawInput(RawInputKind Kind, ImmutableArray<byte> Content, string? MediaType);

/// <summary>An article to store: the article as read, its raw input and its story signature terms. Immutable.</summary>
/// <param name="Article">The article as read.</param>
/// <param name="Raw">What it was read from.</param>
/// <param name="Terms">The signature that places it in a story (see the server's story assignment), as strings without line breaks; may be empty.</param>
public sealed record NewArticle(Article Article, RawInput Raw, ImmutableArray<string> Terms)
{
    /// <summary>The content hash that identifies the article: SHA-256 of its normalized text.</summary>
    public string ContentHash { get; } = Storage.ContentHash.Of(Article.Text);
}

/// <summary>Which story a new article joins: an existing one, or a new one with a label.</summary>
/// <param name="StoryId">The existing story, or null for a new one.</param>
/// <param name="NewLabel">The new story's label, when <paramref name="StoryId"/> is null.</param>
public readonly record struct StoryChoice(long? StoryId, string? NewLabel)
{
    /// <summary>Join story <paramref name="id"/>.</summary>
    public static StoryChoice Existing(long id) => new(id, null);

    /// <summary>Start a new story called <paramref name="label"/>.</summary>
    public static StoryChoice New(string label) => new(null, label);
}

/// <summary>What adding an article did.</summary>
/// <param name="ArticleId">The stored article's id (the existing one when it was already stored).</param>
/// <param name="StoryId">The story it belongs to.</param>
/// <param name="Created">False when an article with the same content hash was already stored (nothing changed).</param>
/// <param name="StoryRevision">The story's revision after the add.</param>
public readonly record struct ArticleAdded(long ArticleId, long StoryId, bool Created, long StoryRevision);

/// <summary>A stored article. Immutable.</summary>
/// <param name="Id">Its id.</param>
/// <param name="StoryId">The story it belongs to.</param>
/// <param name="ContentHash">SHA-256 of the normalized text, hex.</param>
/// <param name="Article">The article as read.</param>
/// <param name="Raw">What it was read from.</param>
/// <param name="Added">When it was stored.</param>
public sealed record StoredArticle(long Id, long StoryId, string ContentHash, Article Article, RawInput Raw, DateTimeOffset Added);

/// <summary>A story: a group of articles about the same events. Immutable.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Label">A short name (the first article's headline).</param>
/// <param name="Revision">Increases each time an article joins; a dossier is current when computed from this revision.</param>
/// <param name="Updated">When an article last joined.</param>
/// <param name="ArticleIds">Its articles, in the order they joined.</param>
public sealed record StoryRecord(long Id, string Label, long Revision, DateTimeOffset Updated, ImmutableArray<long> ArticleIds);

/// <summary>A computed dossier, as contract JSON and HTML. Immutable.</summary>
/// <param name="StoryId">The story.</param>
/// <param name="Revision">The story revision it was computed from.</param>
/// <param name="Json">The <c>parallax.dossier/1</c> JSON.</param>
/// <param name="Html">The HTML dossier.</param>
/// <param name="Computed">When it was computed.</param>
public sealed record StoredDossier(long StoryId, long Revision, string Json, string Html, DateTimeOffset Computed);

/// <summary>The article terms of one stored article, for story assignment.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="StoryId">Its story.</param>
/// <param name="Terms">Its signature terms.</param>
public sealed record ArticleTerms(long ArticleId, long StoryId, ImmutableArray<string> Terms);

/// <summary>One full-text search result.</summary>
/// <param name="ArticleId">The article found.</param>
/// <param name="StoryId">Its story.</param>
/// <param name="Title">Its headline, null when unknown.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Snippet">A short piece of its text around the match.</param>
public sealed record SearchHit(long ArticleId, long StoryId, string? Title, string Source, string Snippet);

/// <summary>An API key as stored (never the secret itself). Immutable.</summary>
/// <param name="Id">The public key id (also the start of the secret).</param>
/// <param name="Name">What it is for.</param>
/// <param name="Created">When it was created.</param>
/// <param name="Revoked">When it was revoked; null while valid.</param>
public sealed record ApiKeyRecord(string Id, string Name, DateTimeOffset Created, DateTimeOffset? Revoked);
