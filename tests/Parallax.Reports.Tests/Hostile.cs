using System.Collections.Immutable;
using Parallax.Dossier;
using Parallax.Language.Entities;
using Parallax.Language.Quotes;
using Parallax.Model;

namespace Parallax.Reports.Tests;

/// <summary>
/// A dossier whose every field carries markup an attacker might plant in an article: script tags, event-handler
/// attributes, attribute break-outs, javascript: and data: links, and CSS that would hide the page or load a URL.
/// Every payload sets <c>window.__pwned</c> or opens a dialog if it ever runs.
/// </summary>
internal static class Hostile
{
    public const string Script = "<script>window.__pwned=1;alert(1)</script>";
    public const string ImgOnError = "<img src=x onerror=\"window.__pwned=2;alert(2)\">";
    public const string SvgOnLoad = "\"><svg onload=window.__pwned=3>";
    public const string JavascriptUrl = "javascript:window.__pwned=4;alert(4)";
    public const string DataUrl = "data:text/html,<script>parent.__pwned=5</script>";
    public const string Css = "</style><style>body{display:none;background:url(http://127.0.0.1:9/x)}</style>";
    public const string AttributeBreak = "' onmouseover='window.__pwned=6' x='";
    public const string Link = "<a href=\"javascript:window.__pwned=7\">click me</a>";

    public static string All => string.Join(' ', Script, ImgOnError, SvgOnLoad, JavascriptUrl, DataUrl, Css, AttributeBreak, Link);

    public static StoryDossier Dossier()
    {
        var text = "First paragraph " + Script + "\nSecond " + ImgOnError + " paragraph " + SvgOnLoad + ".\n" +
                   "Third " + Link + " and " + Css + " and " + AttributeBreak + " end.";
        var article = new Article(
            "evil" + SvgOnLoad + ".html",
            text,
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
        var second = new Article(
            DataUrl,
            "Another " + Css + " text " + ImgOnError + ".",
            new ArticleMetadata { Title = Css, Outlet = AttributeBreak, Url = DataUrl, Language = "en" });
        var scriptSpan = Span(text, Script);
        var imgSpan = Span(text, ImgOnError);
        var linkSpan = Span(text, Link);
        return new StoryDossier([new DossierArticle("a1", article), new DossierArticle("a2\" onclick=\"window.__pwned=8", second)], ImmutableArray<DuplicateNote>.Empty)
        {
            Entities = [new DossierEntity("e1", "Name " + ImgOnError, EntityType.Person, [SvgOnLoad, Css], [new ArticleSpan("a1", scriptSpan)], [new EntityMerge(Script, AttributeBreak)])],
            PossibleMatches = [new PossibleMatch("e1", "e2" + SvgOnLoad, Link)],
            Quotes = [new DossierQuote("q1", "a1", imgSpan, ImgOnError, QuoteKind.Direct, "e1", Script, "g1"), new DossierQuote("q2", "a1", linkSpan, Link, QuoteKind.Direct, null, SvgOnLoad, "g1")],
            QuoteGroups = [new QuoteGroup("g1", "e1", ["q1", "q2"], QuoteFidelity.Altered) { SpeakerDiffers = true, Variants = [new QuoteVariant("q2", QuoteFidelity.Altered, [new DiffPiece(DiffOperation.Same, Script), new DiffPiece(DiffOperation.Inserted, ImgOnError), new DiffPiece(DiffOperation.Deleted, Css)])] }],
            Claims = [new DossierClaim("c1", "Claim " + All, [new ClaimPosition("a1", Stance.Supports, linkSpan) { AssertedBy = "e1" }, new ClaimPosition("a2\" onclick=\"window.__pwned=8", Stance.Contradicts, new TextSpan(0, 7))])],
            Disagreements = ["c1"],
            Timeline = [new TimelineEntry("a1", scriptSpan, Script, new DateOnly(2025, 8, 15), All) { EventSpan = imgSpan, EventId = SvgOnLoad }],
            Outlets = [new OutletFraming("a1", ImmutableDictionary<string, double>.Empty.Add("e1", -0.5).Add(SvgOnLoad, 0.3), [Script, ImgOnError, Css])],
        };
    }

    private static TextSpan Span(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        return new TextSpan(start, start + part.Length);
    }
}
