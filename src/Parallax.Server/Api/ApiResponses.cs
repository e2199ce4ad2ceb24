namespace Parallax.Server.Api;

/// <summary>The answer to <c>POST /api/articles</c>.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Story">Its story's id.</param>
/// <param name="Created">False when the article was stored already.</param>
public sealed record ArticleAddedResponse(long Id, long Story, bool Created);

/// <summary>A text left out of an article, with the reason.</summary>
/// <param name="Text">The text.</param>
/// <param name="Reason">Why.</param>
public sealed record RemovedResponse(string Text, string Reason);

/// <summary>A problem met while reading an article.</summary>
/// <param name="Severity">info, warning or error.</param>
/// <param name="Message">What.</param>
public sealed record DiagnosticResponse(string Severity, string Message);

/// <summary>The input an article was read from (its bytes are kept in the store).</summary>
/// <param name="Kind">text, html or url.</param>
/// <param name="MediaType">The media type received.</param>
/// <param name="Bytes">Its size.</param>
public sealed record RawInputResponse(string Kind, string? MediaType, int Bytes);

/// <summary>One stored article (<c>GET /api/articles/{id}</c>).</summary>
/// <param name="Id">Its id.</param>
/// <param name="Story">Its story.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Title">Headline, null when unknown.</param>
/// <param name="Outlet">Outlet, null when unknown.</param>
/// <param name="Author">Byline, null when unknown.</param>
/// <param name="Published">ISO date, null when unknown.</param>
/// <param name="Language">ISO 639-1 code, null when unknown.</param>
/// <param name="Url">Its URL, null when unknown.</param>
/// <param name="Text">The clean text.</param>
/// <param name="ContentHash">SHA-256 of the normalized text.</param>
/// <param name="Added">When it was stored.</param>
/// <param name="Removed">What was left out.</param>
/// <param name="Diagnostics">Problems met reading it.</param>
/// <param name="Raw">What it was read from.</param>
public sealed record ArticleResponse(
    long Id,
    long Story,
    string Source,
    string? Title,
    string? Outlet,
    string? Author,
    DateOnly? Published,
    string? Language,
    string? Url,
    string Text,
    string ContentHash,
    DateTimeOffset Added,
    IReadOnlyList<RemovedResponse> Removed,
    IReadOnlyList<DiagnosticResponse> Diagnostics,
    RawInputResponse Raw);

/// <summary>One story.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Label">Its name.</param>
/// <param name="Articles">Its articles' ids, in the order they joined.</param>
/// <param name="Updated">When an article last joined.</param>
/// <param name="Revision">Increases as articles join.</param>
public sealed record StoryResponse(long Id, string Label, IReadOnlyList<long> Articles, DateTimeOffset Updated, long Revision);

/// <summary>A story with the state of its dossier (<c>GET /api/stories/{id}</c>).</summary>
/// <param name="Id">Its id.</param>
/// <param name="Label">Its name.</param>
/// <param name="Articles">Its articles' ids.</param>
/// <param name="Updated">When an article last joined.</param>
/// <param name="Revision">Increases as articles join.</param>
/// <param name="DossierRevision">The revision the last complete dossier was built from; null when none yet.</param>
/// <param name="DossierComputed">When that dossier was built.</param>
public sealed record StoryDetailResponse(
    long Id, string Label, IReadOnlyList<long> Articles, DateTimeOffset Updated, long Revision, long? DossierRevision, DateTimeOffset? DossierComputed);

/// <summary>The answer to <c>GET /api/stories</c>.</summary>
/// <param name="Stories">Most recently updated first.</param>
public sealed record StoriesResponse(IReadOnlyList<StoryResponse> Stories);

/// <summary>One search result.</summary>
/// <param name="Article">The article's id.</param>
/// <param name="Story">Its story.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Snippet">Text around the match.</param>
public sealed record SearchResultResponse(long Article, long Story, string? Title, string Source, string Snippet);

/// <summary>The answer to <c>GET /api/search</c>.</summary>
/// <param name="Query">The query.</param>
/// <param name="Results">Best first.</param>
public sealed record SearchResponse(string Query, IReadOnlyList<SearchResultResponse> Results);

/// <summary>The answer to <c>GET /healthz</c>.</summary>
/// <param name="Status">ok.</param>
/// <param name="Store">SQLite or PostgreSQL.</param>
/// <param name="SchemaVersion">The store's schema version.</param>
/// <param name="PendingDossiers">Dossiers waiting to be recomputed.</param>
public sealed record HealthResponse(string Status, string Store, int SchemaVersion, int PendingDossiers);

/// <summary>The answer for a dossier not computed yet (202).</summary>
/// <param name="Story">The story.</param>
/// <param name="Status">pending.</param>
public sealed record DossierPendingResponse(long Story, string Status);
