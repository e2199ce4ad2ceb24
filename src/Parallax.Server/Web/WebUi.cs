using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Parallax.Server.Web;

/// <summary>
/// The web UI: a page, a script and a style sheet embedded in the assembly, served from <c>/</c>. The page lists and
/// searches stories, adds articles and shows each story's live dossier (the HTML dossier, in a sandboxed frame whose only script is the dossier's own).
/// It calls the same API with the key the user types (kept in the browser's local storage).
/// </summary>
internal static class WebUi
{
    // The dossier is shown in a frame (srcdoc, sandbox="allow-scripts" without allow-same-origin: an opaque origin that
    // cannot reach this page, its storage or the API). A srcdoc frame inherits this policy, so it also allows the
    // dossier's one inline script by its hash; no other inline script runs.
    private static readonly string Policy =
        $"default-src 'none'; script-src 'self' '{Parallax.Reports.Html.DossierHtmlWriter.ScriptHash}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly FrozenDictionary<string, (byte[] Content, string Type)> Assets = Load();

    public static void Map(IEndpointRouteBuilder app)
    {
        Serve(app, "/", "index.html");
        Serve(app, "/stories/{id:long}", "index.html");
        Serve(app, "/app.js", "app.js");
        Serve(app, "/app.css", "app.css");
    }

    private static void Serve(IEndpointRouteBuilder app, string pattern, string asset)
    {
        var (content, type) = Assets[asset];
        app.MapGet(pattern, (HttpContext context) =>
        {
            context.Response.Headers.ContentSecurityPolicy = Policy;
            context.Response.Headers.CacheControl = "no-cache";
            return TypedResults.Bytes(content, type);
        }).ExcludeFromDescription();
    }

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        var assembly = typeof(WebUi).Assembly;
        var assets = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var (name, type) in new[] { ("index.html", "text/html; charset=utf-8"), ("app.js", "text/javascript; charset=utf-8"), ("app.css", "text/css; charset=utf-8") })
        {
            using var stream = assembly.GetManifestResourceStream("Parallax.Server.Web.Assets." + name)
                ?? throw new InvalidOperationException($"The web UI asset {name} is not embedded.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            assets[name] = (buffer.ToArray(), type);
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
