using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Parallax.Readers.Html;

/// <summary>What an element's class, id and role say about it. A bit set; several may hold at once.</summary>
[Flags]
internal enum Hint
{
    None = 0,

    /// <summary>Looks like the article container ("article", "content", "story", "post-body").</summary>
    Positive = 1 << 0,

    /// <summary>Looks like page chrome in general (readability's negative words).</summary>
    Negative = 1 << 1,

    /// <summary>The "maybe it is a candidate after all" words ("and", "article", "body", "column", "main").</summary>
    MaybeContent = 1 << 2,

    Navigation = 1 << 3,
    Footer = 1 << 4,
    Comments = 1 << 5,
    Share = 1 << 6,
    Related = 1 << 7,
    Advert = 1 << 8,
    Cookie = 1 << 9,
    Newsletter = 1 << 10,
    Sidebar = 1 << 11,
    Byline = 1 << 12,
    Hidden = 1 << 13,
    Header = 1 << 14,
    Caption = 1 << 15,
    Unlikely = 1 << 16,

    /// <summary>itemprop=articleBody or role=main / role=article style markers.</summary>
    ArticleBody = 1 << 17,

    /// <summary>Any of the chrome categories.</summary>
    Chrome = Navigation | Footer | Comments | Share | Related | Advert | Cookie | Newsletter | Sidebar | Header,
}

/// <summary>
/// Classifies class and id strings into <see cref="Hint"/>s with general words used across the web
/// ("nav", "footer", "comment", "share", "related"…), in the spirit of Readability's regular expressions.
/// </summary>
internal static partial class ElementHints
{
    // Substrings that count wherever they occur in a class or id.
    private static readonly FrozenDictionary<string, Hint> Substrings = new Dictionary<string, Hint>(StringComparer.Ordinal)
    {
        ["article"] = Hint.Positive | Hint.MaybeContent,
        ["body"] = Hint.Positive | Hint.MaybeContent,
        ["content"] = Hint.Positive | Hint.MaybeContent,
        ["entry"] = Hint.Positive,
        ["hentry"] = Hint.Positive,
        ["main"] = Hint.Positive | Hint.MaybeContent,
        ["post"] = Hint.Positive,
        ["text"] = Hint.Positive,
        ["blog"] = Hint.Positive,
        ["story"] = Hint.Positive,
        ["column"] = Hint.MaybeContent,
        ["shadow"] = Hint.MaybeContent,

        ["comment"] = Hint.Negative | Hint.Comments | Hint.Unlikely,
        ["disqus"] = Hint.Comments | Hint.Unlikely,
        ["replies"] = Hint.Comments | Hint.Unlikely,
        ["respond"] = Hint.Comments,
        ["shoutbox"] = Hint.Negative | Hint.Comments | Hint.Unlikely,
        ["community"] = Hint.Unlikely,
        ["remark"] = Hint.Unlikely,

        ["navigation"] = Hint.Navigation | Hint.Unlikely,
        ["navbar"] = Hint.Navigation | Hint.Unlikely,
        ["topnav"] = Hint.Navigation | Hint.Unlikely,
        ["subnav"] = Hint.Navigation | Hint.Unlikely,
        ["sitenav"] = Hint.Navigation | Hint.Unlikely,
        ["menu"] = Hint.Navigation | Hint.Unlikely,
        ["breadcrumb"] = Hint.Navigation | Hint.Unlikely,
        ["pagination"] = Hint.Navigation | Hint.Unlikely,
        ["pager"] = Hint.Navigation | Hint.Unlikely,
        ["skip-link"] = Hint.Navigation,
        ["skiplink"] = Hint.Navigation,
        ["masthead"] = Hint.Negative | Hint.Header,

        ["footer"] = Hint.Negative | Hint.Footer | Hint.Unlikely,
        ["copyright"] = Hint.Footer,
        ["colophon"] = Hint.Footer,

        ["header"] = Hint.Header | Hint.Unlikely,

        ["share"] = Hint.Negative | Hint.Share,
        ["sharing"] = Hint.Share,
        ["social"] = Hint.Share,
        ["addthis"] = Hint.Share,
        ["follow-us"] = Hint.Share,
        ["print-link"] = Hint.Share,

        ["related"] = Hint.Negative | Hint.Related | Hint.Unlikely,
        ["recommend"] = Hint.Related,
        ["more-stories"] = Hint.Related,
        ["morestories"] = Hint.Related,
        ["read-more"] = Hint.Related,
        ["readmore"] = Hint.Related,
        ["outbrain"] = Hint.Negative | Hint.Related,
        ["taboola"] = Hint.Related,
        ["trending"] = Hint.Related,
        ["popular"] = Hint.Related,
        ["most-read"] = Hint.Related,
        ["mostread"] = Hint.Related,
        ["recirc"] = Hint.Related,
        ["supplemental"] = Hint.Unlikely,

        ["-ad-"] = Hint.Negative | Hint.Advert | Hint.Unlikely,
        ["advert"] = Hint.Negative | Hint.Advert,
        ["sponsor"] = Hint.Negative | Hint.Advert | Hint.Unlikely,
        ["promo"] = Hint.Negative | Hint.Advert,
        ["banner"] = Hint.Negative | Hint.Unlikely,
        ["skyscraper"] = Hint.Negative | Hint.Advert | Hint.Unlikely,
        ["ad-break"] = Hint.Advert | Hint.Unlikely,
        ["adslot"] = Hint.Advert,
        ["adunit"] = Hint.Advert,
        ["ad-slot"] = Hint.Advert,
        ["ad-unit"] = Hint.Advert,
        ["ad-container"] = Hint.Advert,
        ["ad-wrapper"] = Hint.Advert,
        ["dfp"] = Hint.Advert,
        ["affiliate"] = Hint.Advert,
        ["shopping"] = Hint.Negative,

        ["cookie"] = Hint.Cookie,
        ["consent"] = Hint.Cookie,
        ["gdpr"] = Hint.Negative | Hint.Cookie | Hint.Unlikely,
        ["agegate"] = Hint.Unlikely,
        ["popup"] = Hint.Unlikely,
        ["modal"] = Hint.Unlikely,

        ["newsletter"] = Hint.Newsletter,
        ["subscribe"] = Hint.Newsletter,
        ["subscription"] = Hint.Newsletter,
        ["signup"] = Hint.Newsletter,
        ["sign-up"] = Hint.Newsletter,
        ["paywall"] = Hint.Newsletter,

        ["sidebar"] = Hint.Negative | Hint.Sidebar | Hint.Unlikely,
        ["widget"] = Hint.Negative,
        ["combx"] = Hint.Negative | Hint.Unlikely,
        ["contact"] = Hint.Negative,
        ["media"] = Hint.Negative,
        ["meta"] = Hint.Negative,
        ["scroll"] = Hint.Negative,
        ["legends"] = Hint.Unlikely,
        ["rss"] = Hint.Unlikely,
        ["extra"] = Hint.Unlikely,

        ["byline"] = Hint.Byline,
        ["author"] = Hint.Byline,
        ["timestamp"] = Hint.Byline,

        ["caption"] = Hint.Caption,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Words that count only as a whole part of a class or id (split at anything but letters and digits).
    private static readonly FrozenDictionary<string, Hint> Words = new Dictionary<string, Hint>(StringComparer.Ordinal)
    {
        ["nav"] = Hint.Navigation | Hint.Unlikely,
        ["ad"] = Hint.Advert,
        ["ads"] = Hint.Advert,
        ["advertisement"] = Hint.Advert,
        ["hidden"] = Hint.Negative,
        ["hid"] = Hint.Negative,
        ["tags"] = Hint.Negative,
        ["rail"] = Hint.Sidebar,
        ["aside"] = Hint.Sidebar,
        ["cmp"] = Hint.Cookie,
        ["date"] = Hint.Byline,
        ["more"] = Hint.Related,
        ["com"] = Hint.Negative,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Hint>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, Hint>.AlternateLookup<ReadOnlySpan<char>> SubstringLookup =
        Substrings.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(
        "article|body|content|h?entry|main|post|text|blog|story|column|shadow|comment|disqus|replies|respond|shoutbox|community|remark|"
        + "navigation|navbar|topnav|subnav|sitenav|menu|breadcrumb|pagination|pager|skip-?link|masthead|footer|copyright|colophon|header|"
        + "share|sharing|social|addthis|follow-us|print-link|related|recommend|more-?stories|read-?more|outbrain|taboola|trending|popular|"
        + "most-?read|recirc|supplemental|-ad-|advert|sponsor|promo|banner|skyscraper|ad-break|ad-?slot|ad-?unit|ad-container|ad-wrapper|dfp|"
        + "affiliate|shopping|cookie|consent|gdpr|agegate|popup|modal|newsletter|subscription|subscribe|sign-?up|paywall|sidebar|widget|combx|"
        + "contact|media|meta|scroll|legends|rss|extra|byline|author|timestamp|caption",
        RegexOptions.CultureInvariant)]
    private static partial Regex SubstringPattern();

    private static readonly FrozenSet<string> HiddenClasses = new[]
    {
        "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader-only", "d-none",
        "is-hidden", "u-hidden", "offscreen", "element-invisible",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HiddenLookup = HiddenClasses.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when one of the whitespace-separated classes is a "hide this" utility class.</summary>
    public static bool HasHiddenClass(string lowered)
    {
        foreach (var range in lowered.AsSpan().Split(' '))
        {
            if (HiddenLookup.Contains(lowered.AsSpan()[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Classifies one lowercased class-and-id string.</summary>
    public static Hint Classify(string lowered)
    {
        var hint = Hint.None;
        foreach (var match in SubstringPattern().EnumerateMatches(lowered))
        {
            if (SubstringLookup.TryGetValue(lowered.AsSpan(match.Index, match.Length), out var h))
            {
                hint |= h;
            }
        }

        if (HasHiddenClass(lowered))
        {
            hint |= Hint.Hidden;
        }

        var span = lowered.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var isWordChar = i < span.Length && char.IsAsciiLetterOrDigit(span[i]);
            if (isWordChar)
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                if (WordLookup.TryGetValue(span[start..i], out var h))
                {
                    hint |= h;
                }

                start = -1;
            }
        }

        return hint;
    }

    /// <summary>Readability's class weight: +25 per positive, −25 per negative, for class and id separately.</summary>
    public static int Weight(Hint classHint, Hint idHint)
    {
        var weight = 0;
        if ((classHint & Hint.Negative) != 0)
        {
            weight -= 25;
        }

        if ((classHint & Hint.Positive) != 0)
        {
            weight += 25;
        }

        if ((idHint & Hint.Negative) != 0)
        {
            weight -= 25;
        }

        if ((idHint & Hint.Positive) != 0)
        {
            weight += 25;
        }

        return weight;
    }
}
