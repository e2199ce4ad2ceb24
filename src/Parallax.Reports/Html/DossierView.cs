using System.Collections.Immutable;
using Parallax.Dossier;
using Parallax.Language.Entities;
using Parallax.Model;

namespace Parallax.Reports.Html;

/// <summary>A place in an article's text that a dossier item points at, with the key the page's script selects it by.</summary>
/// <param name="Span">The characters, clamped to the article's text.</param>
/// <param name="Key">A <see cref="HtmlText.Token"/>-safe key; a suffix after ':' names a highlight style ("c2:x").</param>
internal readonly record struct SourceMark(TextSpan Span, string Key);

/// <summary>
/// The lookups every section of the HTML dossier needs, computed once per render: articles, entities and quotes by
/// id, a readable label for each article's outlet, mention counts, and every item's source marks per article.
/// Items that point at unknown articles or outside an article's text are dropped here, so sections never fail on them.
/// </summary>
internal sealed class DossierView
{
    private readonly Dictionary<string, DossierArticle> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DossierEntity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DossierQuote> _quotes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SourceMark>> _marks = new(StringComparer.Ordinal);

    public DossierView(StoryDossier dossier)
    {
        Dossier = dossier;
        foreach (var entry in dossier.Articles)
        {
            _articles.TryAdd(entry.Id, entry);
            _marks.TryAdd(entry.Id, []);
        }

        LabelArticles();
        foreach (var entity in dossier.Entities)
        {
            _entities.TryAdd(entity.Id, entity);
            foreach (var mention in entity.Mentions)
            {
                AddMark(mention.Article, mention.Span, HtmlText.Token(entity.Id));
            }
        }

        foreach (var quote in dossier.Quotes)
        {
            _quotes.TryAdd(quote.Id, quote);
            AddMark(quote.Article, quote.Span, HtmlText.Token(quote.Id));
            if (quote.SpeakerSpan is { } speaker)
            {
                AddMark(quote.Article, speaker, HtmlText.Token(quote.Id) + ":w");
            }
        }

        foreach (var claim in dossier.Claims)
        {
            foreach (var position in claim.Positions)
            {
                AddMark(position.Article, position.Span, PositionKey(claim, position));
            }
        }

        for (var i = 0; i < dossier.Timeline.Length; i++)
        {
            var entry = dossier.Timeline[i];
            AddMark(entry.Article, entry.Span, TimelineKey(i));
            if (entry.EventSpan is { } span)
            {
                AddMark(entry.Article, span, TimelineKey(i) + ":ev");
            }
        }
    }

    public StoryDossier Dossier { get; }

    public ImmutableArray<DossierArticle> Articles => Dossier.Articles;

    public bool HasArticle(string id) => _articles.ContainsKey(id);

    public DossierArticle? Article(string id) => _articles.GetValueOrDefault(id);

    /// <summary>A short, unique, readable name for the article's outlet ("Reuters", "Reuters (a3)", "Article a4").</summary>
    public string Label(string articleId) => _labels.GetValueOrDefault(articleId) ?? articleId;

    public DossierEntity? Entity(string? id) => id is null ? null : _entities.GetValueOrDefault(id);

    public string EntityName(string? id) => Entity(id)?.Name ?? id ?? "unknown";

    public DossierQuote? Quote(string id) => _quotes.GetValueOrDefault(id);

    /// <summary>The source marks of one article, in no particular order.</summary>
    public IReadOnlyList<SourceMark> Marks(string articleId) => _marks.TryGetValue(articleId, out var marks) ? marks : [];

    public static string StanceCode(Stance stance) => stance switch
    {
        Stance.Supports => "s",
        Stance.Contradicts => "x",
        _ => "d",
    };

    public static string PositionKey(DossierClaim claim, ClaimPosition position) =>
        HtmlText.Token(claim.Id) + ":" + StanceCode(position.Stance);

    public static string TimelineKey(int index) => "d" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The keys that select every position of a claim.</summary>
    public static string ClaimTargets(DossierClaim claim)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var position in claim.Positions)
        {
            keys.Add(PositionKey(claim, position));
        }

        return keys.Count == 0 ? HtmlText.Token(claim.Id) : string.Join(' ', keys);
    }

    /// <summary>The positions of a claim in articles of the dossier, one per article (the first when an article has several).</summary>
    public Dictionary<string, ClaimPosition> PositionsByArticle(DossierClaim claim)
    {
        var byArticle = new Dictionary<string, ClaimPosition>(StringComparer.Ordinal);
        foreach (var position in claim.Positions)
        {
            if (HasArticle(position.Article))
            {
                byArticle.TryAdd(position.Article, position);
            }
        }

        return byArticle;
    }

    /// <summary>How many mentions an entity has in each article.</summary>
    public static Dictionary<string, int> MentionsByArticle(DossierEntity entity)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in entity.Mentions)
        {
            counts[mention.Article] = counts.GetValueOrDefault(mention.Article) + 1;
        }

        return counts;
    }

    /// <summary>People and organisations, most mentioned first.</summary>
    public IReadOnlyList<DossierEntity> Actors()
    {
        var actors = new List<DossierEntity>();
        foreach (var entity in Dossier.Entities)
        {
            if (entity.Type is EntityType.Person or EntityType.Organization)
            {
                actors.Add(entity);
            }
        }

        actors.Sort((a, b) => b.Mentions.Length != a.Mentions.Length
            ? b.Mentions.Length.CompareTo(a.Mentions.Length)
            : string.CompareOrdinal(a.Name, b.Name));
        return actors;
    }

    /// <summary>The contested claims, most contested first: the dossier's own ranking, then any other claim both supported and contradicted.</summary>
    public List<DossierClaim> Contested()
    {
        var byId = new Dictionary<string, DossierClaim>(StringComparer.Ordinal);
        foreach (var claim in Dossier.Claims)
        {
            byId.TryAdd(claim.Id, claim);
        }

        var result = new List<DossierClaim>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in Dossier.Disagreements)
        {
            if (byId.TryGetValue(id, out var claim) && seen.Add(id))
            {
                result.Add(claim);
            }
        }

        var others = Dossier.Claims
            .Where(c => !seen.Contains(c.Id) && IsContested(c))
            .OrderByDescending(c => Math.Min(c.Positions.Count(p => p.Stance == Stance.Supports), c.Positions.Count(p => p.Stance == Stance.Contradicts)));
        result.AddRange(others);
        return result;
    }

    public static bool IsContested(DossierClaim claim) =>
        claim.Positions.Any(p => p.Stance == Stance.Supports) && claim.Positions.Any(p => p.Stance == Stance.Contradicts);

    /// <summary>The claims every article of the dossier supports (none when fewer than two articles).</summary>
    public List<DossierClaim> Agreed()
    {
        var agreed = new List<DossierClaim>();
        foreach (var claim in Dossier.Claims)
        {
            var positions = PositionsByArticle(claim);
            if (Articles.Length >= 2 && positions.Count == Articles.Length && positions.Values.All(p => p.Stance == Stance.Supports))
            {
                agreed.Add(claim);
            }
        }

        return agreed;
    }

    /// <summary>The claims only one article takes a position on, by that article (none when fewer than two articles).</summary>
    public Dictionary<string, List<DossierClaim>> SingleSource()
    {
        var byArticle = new Dictionary<string, List<DossierClaim>>(StringComparer.Ordinal);
        foreach (var claim in Dossier.Claims)
        {
            var positions = PositionsByArticle(claim);
            if (Articles.Length >= 2 && positions.Count == 1)
            {
                var article = positions.Keys.First();
                if (!byArticle.TryGetValue(article, out var list))
                {
                    byArticle[article] = list = [];
                }

                list.Add(claim);
            }
        }

        return byArticle;
    }

    /// <summary>The text of a span of an article, or null when either is unknown or out of range.</summary>
    public string? SourceText(string articleId, TextSpan span)
    {
        var article = Article(articleId);
        if (article is null || span.End > article.Article.Text.Length)
        {
            return null;
        }

        return span.Of(article.Article.Text);
    }

    private void AddMark(string articleId, TextSpan span, string key)
    {
        if (!_articles.TryGetValue(articleId, out var article) || !_marks.TryGetValue(articleId, out var marks))
        {
            return;
        }

        var length = article.Article.Text.Length;
        var start = Math.Min(span.Start, length);
        var end = Math.Min(span.End, length);
        if (end > start)
        {
            marks.Add(new SourceMark(new TextSpan(start, end), key));
        }
    }

    private void LabelArticles()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var uses = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Dossier.Articles)
        {
            var name = OutletName(entry);
            names[entry.Id] = name;
            uses[name] = uses.GetValueOrDefault(name) + 1;
        }

        foreach (var (id, name) in names)
        {
            _labels[id] = uses[name] > 1 ? $"{name} ({id})" : name;
        }
    }

    private static string OutletName(DossierArticle entry)
    {
        var meta = entry.Article.Metadata;
        if (!string.IsNullOrWhiteSpace(meta.Outlet))
        {
            return HtmlText.Shorten(meta.Outlet, 40);
        }

        if (HtmlText.SafeHref(meta.Url) is { } url)
        {
            return new Uri(url).Host;
        }

        return "Article " + entry.Id;
    }
}
