using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Parallax.Server.Dossiers;
using Parallax.Server.Ingestion;
using Parallax.Storage;

namespace Parallax.Server.Api;

/// <summary>The HTTP API: articles, stories, dossiers, search and health.</summary>
internal static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/articles", AddArticleAsync)
            .WithName("AddArticle")
            .WithSummary("Adds an article: {\"text\"}, {\"html\"} or {\"url\"}, with an optional \"source\". Needs Authorization: Bearer KEY.")
            .Accepts<AddArticleBody>("application/json")
            .Produces<ArticleAddedResponse>(StatusCodes.Status201Created)
            .Produces<ArticleAddedResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/articles/{id:long}", GetArticleAsync)
            .WithName("GetArticle").WithSummary("One stored article with its text, metadata and raw-input summary.")
            .Produces<ArticleResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/stories", ListStoriesAsync)
            .WithName("ListStories").WithSummary("Stories, most recently updated first.")
            .Produces<StoriesResponse>();
        api.MapGet("/stories/{id:long}", GetStoryAsync)
            .WithName("GetStory").WithSummary("One story and the state of its dossier.")
            .Produces<StoryDetailResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/stories/{id:long}/dossier", GetDossierAsync)
            .WithName("GetDossier").WithSummary("The story's last complete dossier (parallax.dossier/1 JSON); 202 while the first is being built.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<DossierPendingResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/stories/{id:long}/dossier.html", GetDossierHtmlAsync)
            .WithName("GetDossierHtml").WithSummary("The story's last complete dossier as a self-contained HTML page.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/search", SearchAsync)
            .WithName("Search").WithSummary("Full-text search over headlines, bylines, outlets and article text.")
            .Produces<SearchResponse>().ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/healthz", HealthAsync).WithName("Health").WithSummary("Liveness and store check.").Produces<HealthResponse>();
    }

    private static async Task<IResult> AddArticleAsync(HttpContext http, ArticleIngestion ingestion, ServerOptions options)
    {
        var request = http.Request;
        if (!IsJson(request.ContentType))
        {
            return Problems.Result(StatusCodes.Status415UnsupportedMediaType, "JSON expected",
                "Send the article as application/json: {\"text\": …}, {\"html\": …} or {\"url\": …}.");
        }

        if (request.ContentLength > options.MaxBodyBytes)
        {
            return TooLarge(options);
        }

        var body = await ReadCappedAsync(request.Body, options.MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            return TooLarge(options);
        }

        var (parsed, malformed, error) = AddArticleRequest.Parse(body);
        if (parsed is null)
        {
            return Problems.Result(StatusCodes.Status400BadRequest, malformed ? "Malformed JSON" : "Invalid article request", error!);
        }

        var outcome = await ingestion.AddAsync(parsed, http.RequestAborted);
        if (outcome.Added is not { } added)
        {
            return Problems.Result(outcome.Status, outcome.Title!, outcome.Detail!);
        }

        var response = new ArticleAddedResponse(added.ArticleId, added.StoryId, added.Created);
        return added.Created
            ? TypedResults.Created($"/api/articles/{added.ArticleId}", response)
            : TypedResults.Ok(response);
    }

    private static async Task<IResult> GetArticleAsync(long id, ParallaxStore store, CancellationToken cancellationToken)
    {
        if (await store.GetArticleAsync(id, cancellationToken) is not { } stored)
        {
            return NotFound("article", id);
        }

        var article = stored.Article;
        var meta = article.Metadata;
        return TypedResults.Ok(new ArticleResponse(
            stored.Id,
            stored.StoryId,
            article.Source,
            meta.Title,
            meta.Outlet,
            meta.Author,
            meta.Published,
            meta.Language,
            meta.Url,
            article.Text,
            stored.ContentHash,
            stored.Added,
            [.. article.Removed.Select(r => new RemovedResponse(r.Text, r.Reason))],
            [.. article.Diagnostics.Select(d => new DiagnosticResponse(d.Severity.ToString().ToLowerInvariant(), d.Message))],
            new RawInputResponse(stored.Raw.Kind.ToString().ToLowerInvariant(), stored.Raw.MediaType, stored.Raw.Content.Length)));
    }

    private static async Task<IResult> ListStoriesAsync(ParallaxStore store, int? limit, CancellationToken cancellationToken)
    {
        var stories = await store.ListStoriesAsync(limit ?? 200, cancellationToken);
        return TypedResults.Ok(new StoriesResponse([.. stories.Select(s => new StoryResponse(s.Id, s.Label, s.ArticleIds, s.Updated, s.Revision))]));
    }

    private static async Task<IResult> GetStoryAsync(long id, ParallaxStore store, DossierCache dossiers, CancellationToken cancellationToken)
    {
        if (await store.GetStoryAsync(id, cancellationToken) is not { } story)
        {
            return NotFound("story", id);
        }

        var dossier = await dossiers.GetAsync(id, cancellationToken);
        return TypedResults.Ok(new StoryDetailResponse(story.Id, story.Label, story.ArticleIds, story.Updated, story.Revision, dossier?.Revision, dossier?.Computed));
    }

    private static async Task<IResult> GetDossierAsync(long id, HttpContext http, ParallaxStore store, DossierCache dossiers)
    {
        var dossier = await dossiers.GetAsync(id, http.RequestAborted);
        if (dossier is null)
        {
            return await PendingOrMissingAsync(id, http, store);
        }

        return Send(http, dossier, dossier.Json, dossier.JsonGzip, "application/json; charset=utf-8");
    }

    private static async Task<IResult> GetDossierHtmlAsync(long id, HttpContext http, ParallaxStore store, DossierCache dossiers)
    {
        var dossier = await dossiers.GetAsync(id, http.RequestAborted);
        if (dossier is null)
        {
            return await PendingOrMissingAsync(id, http, store);
        }

        http.Response.Headers.ContentSecurityPolicy = Parallax.Reports.Html.DossierHtmlWriter.ContentSecurityPolicy;
        return Send(http, dossier, dossier.HtmlBytes, dossier.HtmlGzip, "text/html; charset=utf-8");
    }

    // The stored bytes as they are: 304 when the client has this revision, gzip when it accepts it. Nothing is computed.
    private static IResult Send(HttpContext http, ReadyDossier dossier, byte[] plain, byte[] gzip, string contentType)
    {
        var headers = http.Response.Headers;
        headers.ETag = dossier.ETag;
        headers.LastModified = dossier.Computed.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        headers.Vary = "Accept-Encoding";
        headers.CacheControl = "no-cache";
        if (Matches(http.Request.Headers.IfNoneMatch, dossier.ETag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (AcceptsGzip(http.Request.Headers.AcceptEncoding))
        {
            headers.ContentEncoding = "gzip";
            return TypedResults.Bytes(gzip, contentType);
        }

        return TypedResults.Bytes(plain, contentType);
    }

    // If-None-Match by weak comparison: "*", or any listed tag equal to ours with or without W/.
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }

        var opaque = etag.StartsWith("W/", StringComparison.Ordinal) ? etag[2..] : etag;
        foreach (var value in ifNoneMatch)
        {
            foreach (var part in (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var tag = part.StartsWith("W/", StringComparison.Ordinal) ? part[2..] : part;
                if (tag == "*" || tag == opaque)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool AcceptsGzip(Microsoft.Extensions.Primitives.StringValues acceptEncoding)
    {
        foreach (var value in acceptEncoding)
        {
            if (StringWithQualityHeaderValue.TryParseList((value ?? string.Empty).Split(','), out var codings))
            {
                foreach (var coding in codings)
                {
                    if (coding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && (coding.Quality ?? 1.0) > 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static async Task<IResult> PendingOrMissingAsync(long id, HttpContext http, ParallaxStore store)
    {
        if (await store.GetStoryAsync(id, http.RequestAborted) is null)
        {
            return NotFound("story", id);
        }

        http.Response.Headers.RetryAfter = "1";
        return TypedResults.Json(new DossierPendingResponse(id, "pending"), statusCode: StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> SearchAsync(string? q, int? limit, ParallaxStore store, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Problems.Result(StatusCodes.Status400BadRequest, "Query required", "Give the words to search for: /api/search?q=WORDS.");
        }

        if (q.Length > 500)
        {
            return Problems.Result(StatusCodes.Status400BadRequest, "Query too long", "A query has at most 500 characters.");
        }

        var hits = await store.SearchAsync(q, Math.Clamp(limit ?? 20, 1, 100), cancellationToken);
        return TypedResults.Ok(new SearchResponse(q, [.. hits.Select(h => new SearchResultResponse(h.ArticleId, h.StoryId, h.Title, h.Source, h.Snippet))]));
    }

    private static async Task<IResult> HealthAsync(ParallaxStore store, DossierQueue queue, CancellationToken cancellationToken)
    {
        await store.CountArticlesAsync(cancellationToken);
        var backend = store.Location.IsPostgreSql ? "PostgreSQL" : "SQLite";
        return TypedResults.Ok(new HealthResponse("ok", backend, store.SchemaVersion, queue.Pending));
    }

    private static IResult NotFound(string what, long id) =>
        Problems.Result(StatusCodes.Status404NotFound, $"No such {what}", $"There is no {what} {id}.");

    private static IResult TooLarge(ServerOptions options) =>
        Problems.Result(StatusCodes.Status413PayloadTooLarge, "Request body too large",
            $"A request body may have at most {options.MaxBodyBytes} bytes.");

    private static bool IsJson(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType.Value is not { } type)
        {
            return false;
        }

        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
               (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    // The body, or null when it is over the limit (read no further than one byte past it).
    private static async Task<byte[]?> ReadCappedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await body.ReadAsync(chunk, cancellationToken);
                if (read == 0)
                {
                    return buffer.ToArray();
                }

                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }
}

/// <summary>The body of <c>POST /api/articles</c>, for the OpenAPI document: exactly one of text, html, url.</summary>
/// <param name="Text">Plain article text.</param>
/// <param name="Html">An article page.</param>
/// <param name="Url">An http(s) URL to download (public addresses only).</param>
/// <param name="Source">A name or URL to show for it.</param>
public sealed record AddArticleBody(string? Text, string? Html, string? Url, string? Source);
