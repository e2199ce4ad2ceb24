using Microsoft.AspNetCore.Http;
using Parallax.Server.Api;
using Parallax.Storage;

namespace Parallax.Server.Security;

/// <summary>
/// Checks <c>Authorization: Bearer KEY</c> on <c>/api/</c> requests: writes always need a valid key; reads need one
/// unless the server runs with <see cref="ServerOptions.PublicRead"/>. A missing, malformed, unknown or revoked key is a
/// 401 problem with <c>WWW-Authenticate: Bearer</c>. The key's id is left in <see cref="HttpContext.Items"/>.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, ParallaxStore store, ServerOptions options)
{
    public const string KeyIdItem = "parallax.key";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var isRead = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method);
        var presented = BearerToken(context.Request);
        if (presented is null && isRead && options.PublicRead)
        {
            await next(context);
            return;
        }

        if (presented is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Problems.WriteAsync(context, StatusCodes.Status401Unauthorized, "API key required",
                isRead ? "Reading needs an API key (Authorization: Bearer KEY) unless the server runs with --public-read."
                       : "Adding articles needs an API key: Authorization: Bearer KEY (create one with 'parallax keys create').");
            return;
        }

        var key = await store.FindValidKeyAsync(presented, context.RequestAborted);
        if (key is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await Problems.WriteAsync(context, StatusCodes.Status401Unauthorized, "Invalid API key", "The API key is unknown or was revoked.");
            return;
        }

        context.Items[KeyIdItem] = key.Id;
        await next(context);
    }

    /// <summary>The bearer token of <paramref name="request"/>, or null.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? header[scheme.Length..].Trim()
            : null;
    }

    /// <summary>The key id a bearer token claims (<c>plx_ID_…</c>), without checking it; null when it has no such shape.</summary>
    public static string? ClaimedKeyId(HttpRequest request)
    {
        var token = BearerToken(request);
        if (token is null || !token.StartsWith("plx_", StringComparison.Ordinal))
        {
            return null;
        }

        var end = token.IndexOf('_', 4);
        return end > 4 && end - 4 <= 16 ? token[4..end] : null;
    }
}
