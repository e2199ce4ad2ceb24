using System.Collections.Immutable;
using Parallax.Dossier;
using Parallax.Model;

namespace Parallax.Reports.Tests;

/// <summary>A dossier whose every field carries markup an attacker might plant in an article.</summary>
internal static class Hostile
{
    public const string Script = "<script>alert(1)</script>";
    public const string ImgOnError = "<img src=x onerror=alert(2)>";
    public const string SvgOnLoad = "\"><svg onload=alert(3)>";
    public const string JavascriptUrl = "javascript:alert(4)";

    public static StoryDossier Dossier()
    {
        var article = new Article(
            "evil" + SvgOnLoad + ".html",
            "First paragraph " + Script + "\nSecond " + ImgOnError + " paragraph.",
            new ArticleMetadata
            {
                Title = "Title " + Script,
                Outlet = "Outlet" + SvgOnLoad,
                Author = ImgOnError,
                Url = JavascriptUrl,
                Published = new DateOnly(2025, 8, 16),
                Language = "en",
            },
            [new RemovedText("Leave a Reply " + Script, RemovalReasons.Boilerplate)],
            [Diagnostic.Warning("odd " + ImgOnError)]);
        return new StoryDossier([new DossierArticle("a1", article)], ImmutableArray<DuplicateNote>.Empty);
    }
}
