using System.Text.RegularExpressions;

namespace Parallax.Readers.Text;

/// <summary>What a labelled metadata line ("Source: …", "Published: …") carries.</summary>
internal enum LabelKind
{
    /// <summary>The headline.</summary>
    Title,

    /// <summary>The writer.</summary>
    Author,

    /// <summary>Where the article came from: a URL, or an outlet's name.</summary>
    Source,

    /// <summary>The publishing outlet.</summary>
    Outlet,

    /// <summary>A date.</summary>
    Date,

    /// <summary>A disclaimer or statement about the article.</summary>
    Disclaimer,

    /// <summary>Tags, categories, keywords.</summary>
    Tags,

    /// <summary>The article's language.</summary>
    Language,

    /// <summary>Editors, translators and other people credited besides the writer.</summary>
    Credit,

    /// <summary>A picture or video credit.</summary>
    Picture,
}

/// <summary>A byline read: the writer(s), and the outlet or date that shared the line.</summary>
internal readonly record struct Byline(string? Author, string? Outlet, DateOnly? Published);

/// <summary>
/// Reads the lines that carry an article's metadata: bylines ("By Jane Roe and John Doe, Reuters"), labelled lines
/// ("Source: example.com/…", "Statement: …"), agency credits ("(Reporting by …; Editing by …)"), outlet prefixes
/// and datelines at the start of the first paragraph ("DID Press: …", "MOSCOW, Aug 15 (Reuters) - …"). Pure.
/// </summary>
internal static partial class MetadataLines
{
    private static readonly string[] NameConnectors =
    [
        "and", "&", "de", "del", "della", "da", "di", "van", "von", "der", "den", "la", "le", "du", "bin", "bint",
        "ibn", "al", "el", "y", "dos", "das", "ter",
    ];

    private static readonly string[] RoleWords =
    [
        "writer", "reporter", "correspondent", "editor", "staff", "contributor", "columnist", "analyst", "journalist",
        "producer", "bureau", "chief", "senior", "special", "desk", "team", "intern", "fellow", "professor",
        "director", "photographer", "author", "opinion", "contributing", "associate", "assistant", "freelance",
    ];

    // Words that make a short capitalised name read as a publication.
    private static readonly string[] OutletWords =
    [
        "press", "news", "times", "post", "agency", "daily", "journal", "herald", "tribune", "gazette", "wire",
        "media", "tv", "radio", "network", "online", "today", "report", "telegraph", "observer", "review",
        "chronicle", "express", "mail", "guardian", "insider", "monitor", "weekly", "magazine", "broadcasting",
        "channel", "info", "newswire", "dispatch", "standard", "independent", "globe", "sun", "star", "bulletin",
        "courier", "reuters", "xinhua", "interfax", "bloomberg", "sputnik", "yonhap", "kyodo", "anadolu", "bernama",
        "antara", "tass", "ria", "afp", "ap", "dpa", "efe", "ansa", "upi", "pti", "ians", "cgtn", "rt", "bbc", "cnn",
    ];

    // Labels that open a paragraph without naming an outlet.
    private static readonly string[] NonOutletLabels =
    [
        "update", "updated", "breaking", "breaking news", "exclusive", "analysis", "opinion", "editorial", "watch",
        "live", "summary", "note", "editor's note", "photo", "photos", "video", "key takeaways", "highlights",
        "question", "answer", "q", "a", "warning", "context", "background", "correction", "clarification",
        "transcript", "fact check", "explainer", "read more", "related", "source", "statement", "original",
        "disclaimer", "news", "latest news", "top news", "world news", "press release", "look", "boom", "busted",
        "wow", "report", "poll", "alert", "shock", "listen", "revealed", "confirmed", "flashback", "must see", "omg",
        "lol", "fact", "myth", "bottom line", "tl;dr", "tldr", "faq", "ok",
    ];

    // An outlet prefix opens a body paragraph, not a headline: the sentence after it is at least this long.
    private const int MinWordsAfterOutletPrefix = 15;

    /// <summary>
    /// Reads a byline: "By Rahel Mousavi", "By Jane Roe and John Doe", "Written by Jane Roe | Reuters | Aug 16, 2025",
    /// "By Jane Roe, Reuters". The names must be capitalised words (a sentence that begins "By the time…" is not one).
    /// </summary>
    public static bool TryByline(string line, out Byline byline)
    {
        byline = default;
        if (line.Length > 160 || LineShape.WordCount(line) > 20)
        {
            return false;
        }

        var match = BylineStart().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var rest = line[match.Length..].Trim().TrimEnd('.');
        DateOnly? published = null;
        if (DateLines.TryFind(rest, out var dated, out var where))
        {
            // "By Jane Roe on August 16, 2025", "By Jane Roe | Published 16 Aug 2025 10:30"
            published = dated;
            rest = BylineDateTail().Replace(rest[..where.Start], string.Empty);
        }

        var segments = rest.Split([",", "|", "•", "·", " — ", " – ", " - ", ";"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || !IsNameList(segments[0]))
        {
            return false;
        }

        // One word is an outlet ("By Reuters") or not a byline at all ("By Friday, the vote…").
        string? authors = segments[0];
        string? outlet = null;
        if (LineShape.WordCount(authors) < 2)
        {
            if (!LooksLikeOutlet(authors))
            {
                return false;
            }

            outlet = authors;
            authors = null;
        }

        // Every other part must be a date, a role, an outlet or more names; anything else is a sentence.
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (DateLines.TryFind(segment, out var date, out _))
            {
                published ??= date;
            }
            else if (HasWordFrom(segment, RoleWords) && LineShape.WordCount(segment) <= 5 && !LineShape.StartsLowercase(segment))
            {
                continue;
            }
            else if (LooksLikeOutlet(segment) && LineShape.WordCount(segment) <= 5 && !LineShape.StartsLowercase(segment))
            {
                outlet ??= segment;
            }
            else if (authors is not null && outlet is null && published is null && IsNameList(segment) && LineShape.WordCount(segment) >= 2)
            {
                authors += ", " + segment;
            }
            else if (!(IsNameList(segment) && LineShape.WordCount(segment) <= 4))
            {
                return false; // a place or affiliation ("Washington", "Carnegie Endowment") may stay unread
            }
        }

        byline = new Byline(authors, outlet, published);
        return true;
    }

    /// <summary>
    /// Reads an agency credit line: "(Reporting by Jane Roe; Editing by John Doe)". <paramref name="author"/> is the
    /// reporters' names, or null when the credit names only editors.
    /// </summary>
    public static bool TryCredit(string line, out string? author)
    {
        author = null;
        var match = Credit().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var reporting = Reporting().Match(line);
        author = reporting.Success ? reporting.Groups["names"].Value.Trim().TrimEnd('.') : null;
        var place = author?.IndexOf(" in ", StringComparison.Ordinal) ?? -1;
        if (place > 0)
        {
            author = author![..place]; // "Amanda Becker in Washington"
        }

        return true;
    }

    /// <summary>Reads a "Label: value" line whose label names a metadata field.</summary>
    public static bool TryLabel(string line, out LabelKind kind, out string value)
    {
        kind = default;
        value = string.Empty;
        var match = Label().Match(line);
        if (!match.Success || line.Length > 400)
        {
            return false;
        }

        value = line[match.Length..].Trim();
        var label = WebChrome.Key(match.Groups["label"].Value);
        switch (label)
        {
            case "title" or "headline":
                kind = LabelKind.Title;
                break;
            case "author" or "authors" or "by" or "written by" or "writer" or "reporter" or "byline" or "reported by":
                kind = LabelKind.Author;
                break;
            case "source" or "original" or "original link" or "original article" or "original url" or "link" or "url"
                or "canonical" or "via" or "reprinted from" or "source url" or "source link" or "article link"
                or "originally published at" or "originally published in" or "read the original" or "from":
                kind = LabelKind.Source;
                break;
            case "outlet" or "publisher" or "publication" or "site" or "website" or "media" or "newspaper":
                kind = LabelKind.Outlet;
                break;
            case "date" or "published" or "published on" or "posted" or "posted on" or "updated" or "last updated"
                or "first published" or "publication date" or "published at" or "release date" or "modified":
                kind = LabelKind.Date;
                break;
            case "statement" or "disclaimer" or "declaration" or "copyright notice" or "legal notice":
                kind = LabelKind.Disclaimer;
                break;
            case "editor" or "editors" or "edited by" or "responsible editor" or "translated by" or "translator"
                or "translation" or "compiled by" or "proofread by" or "reviewed by":
                kind = LabelKind.Credit;
                break;
            case "photo" or "photos" or "image" or "images" or "photo credit" or "image credit" or "image source"
                or "picture" or "pictures" or "cover image" or "featured image" or "credit" or "credits" or "video":
                kind = LabelKind.Picture;
                break;
            case "tags" or "tag" or "keywords" or "topics" or "categories" or "category" or "filed under" or "posted in":
                kind = LabelKind.Tags;
                break;
            case "language" or "lang":
                kind = LabelKind.Language;
                break;
            default:
                return false;
        }

        return value.Length > 0 && (kind is not LabelKind.Title and not LabelKind.Author || value.Length <= 250);
    }

    /// <summary>
    /// Finds an outlet that opens the first paragraph: a short capitalised name and a colon ("DID Press: The
    /// meeting…") or a wire dateline ("WASHINGTON (Reuters) — …", "MOSCOW, Aug 15 (Reuters) - …").
    /// <paramref name="prefixLength"/> covers the prefix and the space after it; the sentence itself stays.
    /// </summary>
    public static bool TryOutletPrefix(string paragraph, out string outlet, out int prefixLength, out DateOnly? published)
    {
        outlet = string.Empty;
        prefixLength = 0;
        published = null;
        var window = paragraph.Length > 200 ? paragraph[..200] : paragraph;

        var dateline = Dateline().Match(window);
        if (dateline.Success && LineShape.WordCount(paragraph.AsSpan(dateline.Length)) >= 5
            && (dateline.Groups["place"].Success || LooksLikeOutlet(dateline.Groups["outlet"].Value.Trim())))
        {
            outlet = dateline.Groups["outlet"].Value.Trim();
            prefixLength = dateline.Length;
            if (dateline.Groups["date"].Success && DateLines.TryFind(dateline.Groups["date"].Value, out var date, out _))
            {
                published = date;
            }

            return true;
        }

        var prefix = OutletPrefix().Match(window);
        if (!prefix.Success)
        {
            return false;
        }

        var name = prefix.Groups["name"].Value;
        var rest = paragraph.AsSpan(prefix.Length);
        if (name.Length > 40 || LineShape.WordCount(rest) < MinWordsAfterOutletPrefix || !LineShape.StartsCapitalised(rest)
            || Array.IndexOf(NonOutletLabels, WebChrome.Key(name)) >= 0 || !LooksLikeOutlet(name))
        {
            return false;
        }

        // A headline in title case ("OK Gov Fallin: Trump Is Trying To…") is not a paragraph with an outlet prefix.
        if (CapitalisedShare(rest) >= 0.5)
        {
            return false;
        }

        outlet = name;
        prefixLength = prefix.Length;
        return true;
    }

    /// <summary>
    /// Splits a site name off a headline ("Putin and Trump meet in Alaska | Harbour News"): the part after the last
    /// " | ", " – ", " — " or " - " when it reads as an outlet.
    /// </summary>
    public static bool TrySplitSiteName(string headline, out string title, out string outlet)
    {
        title = headline;
        outlet = string.Empty;
        var best = -1;
        var length = 0;
        foreach (var separator in (ReadOnlySpan<string>)[" | ", " – ", " — ", " - ", " :: "])
        {
            var at = headline.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > best)
            {
                best = at;
                length = separator.Length;
            }
        }

        if (best <= 0)
        {
            return false;
        }

        var site = headline[(best + length)..].Trim();
        // An acronym alone may be a site ("BBC"); among other words it is part of a subtitle ("The KGB Years").
        var words = LineShape.WordCount(site);
        if (words > 4 || !LineShape.StartsCapitalised(site) || !LooksLikeOutlet(site, acronyms: words == 1)
            || LineShape.WordCount(headline.AsSpan(0, best)) < 2)
        {
            return false;
        }

        title = headline[..best].Trim();
        outlet = site;
        return true;
    }

    /// <summary>
    /// True when a short name reads as a publication: a domain, an all-capitals acronym ("DID Press", "TASS"), or a
    /// word such as "News", "Times", "Press", "Agency".
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="acronyms">Whether an all-capitals word of up to six letters counts; off where section labels
    /// ("WORLD") are likely.</param>
    public static bool LooksLikeOutlet(string name, bool acronyms = true)
    {
        if (name.Length is < 2 or > 40 || LineShape.WordCount(name) > 5
            || Array.IndexOf(NonOutletLabels, WebChrome.Key(name)) >= 0)
        {
            return false;
        }

        if (LineShape.IsDomainLike(name))
        {
            return true;
        }

        if (!acronyms)
        {
            return HasWordFrom(name, OutletWords);
        }

        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = 0;
            var upper = 0;
            foreach (var c in word)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    upper += char.IsUpper(c) ? 1 : 0;
                }
            }

            if (letters >= 2 && upper == letters && letters <= 6)
            {
                return true;
            }
        }

        return HasWordFrom(name, OutletWords);
    }

    private static double CapitalisedShare(ReadOnlySpan<char> text)
    {
        var words = 0;
        var capitalised = 0;
        var atWordStart = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart && char.IsLetter(c))
            {
                words++;
                capitalised += char.IsUpper(c) ? 1 : 0;
                atWordStart = false;
            }
            else if (atWordStart && char.IsDigit(c))
            {
                atWordStart = false;
            }
        }

        return words == 0 ? 0 : (double)capitalised / words;
    }

    private static bool IsNameList(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 12)
        {
            return false;
        }

        var names = 0;
        foreach (var word in words)
        {
            if (Array.IndexOf(NameConnectors, word.ToLowerInvariant()) >= 0 && names > 0)
            {
                continue;
            }

            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not '.' and not '-' and not '\'' and not '’')
                {
                    return false;
                }
            }

            names++;
        }

        return names >= 1 && !HasWordFrom(text, RoleWords) && !(words.Length == 1 && words[0].Length <= 2);
    }

    private static bool HasWordFrom(string text, string[] vocabulary)
    {
        foreach (var word in text.Split([' ', '-', '.', '\'', '’'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Array.IndexOf(vocabulary, word.ToLowerInvariant()) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[\s,|•·—–-]*(?:\b(?:on|published|updated|posted|date|at)\b[\s:,|•·—–-]*)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineDateTail();

    [GeneratedRegex(@"^(?:(?:written|reported|story|words|text|posted)\s+)?by\s*:?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineStart();

    [GeneratedRegex(@"^\((?=[^)]*\b(?:reporting|writing|editing)\s+by\b)[^()]{5,300}\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    [GeneratedRegex(@"^\(\s*reporting\s+by\s+(?<names>[^;)]{2,120})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reporting();

    [GeneratedRegex(@"^(?<label>[\p{L}][\p{L}'’ ]{0,28}?)\s*[:：]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:(?<place>\p{Lu}[\p{L}\p{M} .'’-]{1,40}?)(?:,\s*(?<date>[^()\n]{3,30}?))?\s*)?\((?<outlet>[^()\n]{2,40})\)\s*[-–—]+\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?<name>[\p{Lu}\d][\p{L}\d&.'’-]*(?:\s+[\p{Lu}\d&][\p{L}\d&.'’-]*){0,3})\s*:\s+", RegexOptions.CultureInvariant)]
    private static partial Regex OutletPrefix();
}
