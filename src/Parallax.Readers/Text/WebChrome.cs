using System.Collections.Frozen;
using System.Text;

namespace Parallax.Readers.Text;

/// <summary>
/// Recognises the words websites put around an article — comment forms, share prompts, "Back to top", cookie
/// notices, "Related News" headings — from a small lexicon of common web phrasing combined with line shape.
/// Nothing here names a particular site. Pure functions.
/// </summary>
internal static class WebChrome
{
    private const int MaxChromeWords = 30;

    // Whole lines that are site chrome wherever they stand (after lower-casing and trimming punctuation).
    private static readonly FrozenSet<string> StandaloneLines = FrozenSet.ToFrozenSet(
    [
        "advertisement", "advertising", "sponsored", "sponsored content", "skip advertisement", "ad", "ads",
        "story continues below", "story continues below advertisement", "article continues below advertisement",
        "continue reading below", "scroll to continue with content", "scroll to continue", "loading", "like this",
        "share this", "share this article", "share this story", "share this post", "share this page", "share",
        "share on facebook", "share on twitter", "share on x", "share on whatsapp", "share on linkedin",
        "share on telegram", "share via email", "click to share", "copy link", "link copied", "print", "print this page",
        "email this", "tweet", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "reddit", "pinterest",
        "messenger", "flipboard", "vk", "weibo", "wechat", "email", "e-mail", "comments", "comment", "no comments",
        "view comments", "show comments", "leave a reply", "leave a comment", "post a comment", "add a comment",
        "cancel reply", "back to top", "scroll to top", "go to top", "top of page", "back to top of page",
        "skip to content", "skip to main content", "menu", "search", "home", "sign in", "log in", "login", "register",
        "subscribe", "subscribe now", "sign up", "newsletter", "follow us", "previous article", "next article",
        "previous post", "next post", "post navigation", "you may have missed", "about the author", "open in app",
        "listen to this article", "read in app", "toggle navigation", "close", "accept", "accept all", "reject all",
        "cookie settings", "manage cookies", "photo gallery", "view gallery", "enlarge", "expand", "related tags",
        "like loading", "leave a reply cancel reply", "cancel", "name", "website", "post comment", "submit",
        "reply", "report", "more", "show more", "load more", "see more", "view all", "see all", "cookie policy",
        "privacy policy", "terms of use", "terms of service", "contact us", "about us", "advertise", "careers",
    ]);

    // Headings over a list of links to other articles.
    private static readonly FrozenSet<string> RelatedHeadings = FrozenSet.ToFrozenSet(
    [
        "related", "related news", "related articles", "related stories", "related posts", "related content",
        "related coverage", "related reading", "related links", "related topics", "read more", "read also",
        "also read", "see also", "read next", "more news", "more stories", "more from", "more on this story",
        "more on this topic", "more on this", "you may also like", "you might also like", "you may also be interested in",
        "you might be interested in", "recommended", "recommended for you", "recommended articles",
        "recommended stories", "most read", "most popular", "popular", "popular posts", "popular stories", "trending",
        "trending now", "trending stories", "latest news", "latest stories", "latest", "top stories", "editor's picks",
        "editors' picks", "further reading", "don't miss", "must read", "what to read next", "keep reading",
        "more like this", "similar articles", "other news", "in other news", "also on", "related video",
        "related videos", "watch more", "more videos", "tags", "topics", "previous post", "next post",
        "previous article", "next article", "previous story", "next story", "older post", "newer post", "watch",
        "video", "watch video", "listen", "podcast", "gallery", "in pictures", "photos",
    ]);

    // Phrases of comment forms, share widgets and cookie banners: chrome wherever a short line holds them.
    private static readonly string[] WidgetPhrases =
    [
        "your email address will not be published", "required fields are marked", "save my name, email",
        "notify me of follow-up comments", "notify me of new posts", "you must be logged in to post a comment",
        "this site uses akismet", "(opens in new window)", "click to share on", "click to print", "click to email",
        "we use cookies", "this site uses cookies", "this website uses cookies", "accept all cookies",
        "accept cookies", "cookie settings", "manage cookie",
    ];

    // Phrases that mark a short line (at most MaxPromptWords words) as chrome before the article or after it.
    private static readonly string[] PromptPhrases =
    [
        "sign up for our newsletter", "subscribe to our newsletter", "subscribe to our channel", "follow us on",
        "join our telegram", "join our channel", "download our app", "download the app", "let your friends know",
        "tell your friends", "share with your friends", "share it with your friends", "enjoyed this?",
        "enjoyed this article", "enjoyed this story", "enjoyed this post", "did you enjoy this",
        "did you like this article", "like what you read", "found this article useful", "support our journalism",
        "support independent journalism", "get the latest news", "never miss a story", "turn on notifications",
        "report an error", "report a typo", "send us a tip", "comment on this story", "reading time:", "listen to this article",
        "audio version", "print this article",
    ];

    // Reading-time stamps ("4 min read"): only on lines of a few words.
    private static readonly string[] StampPhrases = ["min read", "mins read", "minute read", "minutes read"];

    // Legal lines and disclaimers: chrome before or after the article even when long.
    private static readonly string[] NoticePhrases =
    [
        "all rights reserved", "reproduction in whole or in part", "may not be published, broadcast, rewritten",
        "the views expressed in this article", "this article represents the views of",
        "do not necessarily reflect the views", "this article was produced by",
    ];

    private const int MaxPromptWords = 15;

    // Verbs that open a call to action addressed to the reader; the strong ones are rarely anything else.
    private static readonly string[] StrongCallVerbs =
    [
        "share", "subscribe", "sign", "follow", "like", "click", "tap", "download", "join", "register", "log",
        "donate", "comment", "bookmark", "install",
    ];

    private static readonly string[] WeakCallVerbs =
    [
        "let", "tell", "read", "watch", "listen", "support", "get", "stay", "don't", "never", "enjoyed", "liked",
        "loved", "enjoy", "help", "spread", "send", "check", "leave", "become", "found",
    ];

    private static readonly string[] Audience = ["your", "you", "yours"];

    private static readonly string[] UsWords = ["us", "our"];

    // What calls to action are about: the reader's friends, the comments, the newsletter, this story.
    private static readonly string[] PromptObjects =
    [
        "friends", "comment", "comments", "below", "share", "newsletter", "newsletters", "subscribe", "app", "article",
        "story", "post", "page", "channel", "feed", "notifications", "updates", "inbox", "briefing", "podcast",
        "alerts", "thoughts", "journalism", "subscription",
    ];

    /// <summary>
    /// Lower-cases, trims punctuation and symbols from both ends, collapses whitespace: the form the lexicons
    /// are written in.
    /// </summary>
    public static string Key(string line)
    {
        var span = line.AsSpan();
        var start = 0;
        var end = span.Length;
        while (start < end && !char.IsLetterOrDigit(span[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(span[end - 1]))
        {
            end--;
        }

        var builder = new StringBuilder(end - start);
        var space = false;
        for (var i = start; i < end; i++)
        {
            var c = span[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c == '’' ? '\'' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>True for a line that is site chrome wherever it stands ("Advertisement", "Share this").</summary>
    public static bool IsStandaloneChrome(string line)
    {
        // "Loading..." is a widget, not a sentence.
        var trimmed = line.EndsWith("...", StringComparison.Ordinal) || line.EndsWith('…') ? line.AsSpan().TrimEnd(" .…".AsSpan()) : line;
        if (line.Length > 60 || LineShape.EndsSentence(trimmed))
        {
            return false;
        }

        var key = Key(line);
        if (StandaloneLines.Contains(key))
        {
            return true;
        }

        // Picture credits: "Image source, Getty Images", "Photo credit: Reuters".
        if (LineShape.WordCount(line) <= 10 && (key.StartsWith("image source", StringComparison.Ordinal)
            || key.StartsWith("photo credit", StringComparison.Ordinal) || key.StartsWith("image credit", StringComparison.Ordinal)))
        {
            return true;
        }

        // Counters: "12 Comments", "3.4K Shares", "1,024 views".
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && char.IsAsciiDigit(key[0]) && key[(space + 1)..] is "comments" or "comment" or "shares"
            or "share" or "views" or "likes" or "reactions" or "responses" or "replies";
    }

    /// <summary>
    /// True for a short line of a comment form, share widget or cookie banner: it opens with one of their phrases
    /// ("Your email address will not be published", "We use cookies…") or ends with "(Opens in new window)". A
    /// sentence that quotes such words ("“We use cookies to track users,” the firm said") is not one.
    /// </summary>
    public static bool HasWidgetPhrase(string line)
    {
        if (LineShape.WordCount(line) > MaxChromeWords || line.Length == 0 || LineShape.IsOpeningQuote(line[0]))
        {
            return false;
        }

        var key = Key(line);
        foreach (var phrase in WidgetPhrases)
        {
            if (key.StartsWith(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return line.EndsWith("(Opens in new window)", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True for a short line that is chrome when it stands outside the article: widget phrases, newsletter and
    /// share prompts, copyright lines, disclaimers.
    /// </summary>
    public static bool HasEdgePhrase(string line)
    {
        if (LineShape.WordCount(line) > MaxChromeWords)
        {
            return false;
        }

        var key = Key(line);
        return HasWidgetPhrase(line) || ContainsAny(key, NoticePhrases)
            || (LineShape.WordCount(line) <= MaxPromptWords && ContainsAny(key, PromptPhrases))
            || (LineShape.WordCount(line) <= 5 && ContainsAny(key, StampPhrases))
            || line.TrimStart().StartsWith('©')
            || (key.StartsWith("copyright", StringComparison.Ordinal) && LineShape.WordCount(line) <= 15);
    }

    /// <summary>True for any kind of chrome line that may stand before the article or after it.</summary>
    public static bool IsEdgeChrome(string line) =>
        IsStandaloneChrome(line) || HasEdgePhrase(line) || IsCallToAction(line);

    private static bool ContainsAny(string key, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (key.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a short call to action addressed to the reader: it opens with an imperative such as "Share",
    /// "Subscribe", "Let" and speaks to the reader ("your friends", "us", "now"). "Let the games begin!" is not one.
    /// </summary>
    public static bool IsCallToAction(string line)
    {
        var words = LineShape.WordCount(line);
        if (words is 0 or > 12 || LineShape.HasInnerSentenceBreak(line) && !line.Contains('?', StringComparison.Ordinal))
        {
            return false;
        }

        var key = Key(line);
        var tokens = key.Split([' ', '?', '!', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return false;
        }

        var strong = Array.IndexOf(StrongCallVerbs, tokens[0]) >= 0;
        var weak = Array.IndexOf(WeakCallVerbs, tokens[0]) >= 0;
        if (!strong && !weak)
        {
            return false;
        }

        var audience = false;
        var us = false;
        var about = false;
        foreach (var token in tokens)
        {
            audience |= Array.IndexOf(Audience, token) >= 0;
            us |= Array.IndexOf(UsWords, token) >= 0;
            about |= Array.IndexOf(PromptObjects, token) >= 0;
        }

        // "Let your friends know!", "Subscribe to the newsletter", "Follow us on X", "Share this story";
        // not "Let your voice be heard", "Follow your heart.", "Follow the money."
        return (about && (audience || us || strong))
            || (strong && us)
            || (strong && words <= 3 && !LineShape.EndsSentence(line));
    }

    /// <summary>
    /// True for a heading that announces links even inside an article ("Related:", "Read more", "See also");
    /// headings such as "Latest" or "Topics" only count after the last paragraph.
    /// </summary>
    public static bool IsInlineRelatedHeading(string line)
    {
        if (!IsRelatedHeading(line))
        {
            return false;
        }

        var key = Key(line);
        return key.Contains("related", StringComparison.Ordinal) || key.Contains("read", StringComparison.Ordinal)
            || key.Contains("see also", StringComparison.Ordinal) || key.StartsWith("you m", StringComparison.Ordinal)
            || key.StartsWith("recommended", StringComparison.Ordinal) || key.StartsWith("more from", StringComparison.Ordinal)
            || key.StartsWith("more like", StringComparison.Ordinal) || key.StartsWith("more stories", StringComparison.Ordinal)
            || key.StartsWith("more on", StringComparison.Ordinal) || key.StartsWith("watch", StringComparison.Ordinal)
            || key is "video" or "listen" or "podcast" or "gallery" or "in pictures" or "photos"
            || key.StartsWith("previous ", StringComparison.Ordinal) || key.StartsWith("next ", StringComparison.Ordinal)
            || key.StartsWith("older ", StringComparison.Ordinal) || key.StartsWith("newer ", StringComparison.Ordinal);
    }

    /// <summary>True for a heading over links to other articles ("Related News", "Read more:", "You may also like").</summary>
    public static bool IsRelatedHeading(string line)
    {
        if (line.Length > 60 || LineShape.WordCount(line) > 7 || LineShape.FinalMark(line) is '.' or '!')
        {
            return false;
        }

        return RelatedHeadings.Contains(Key(line));
    }

    /// <summary>
    /// Splits an inline link such as "Read more: Trump and Putin meet in Alaska" into its heading and its
    /// headline; false when the line is not one (the remainder must read like a headline, not a sentence).
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="inside">True inside the article, where only headings that clearly announce a link count
    /// ("Read more:", "Related:", "Watch:"); a live blog's "Latest: …" stays.</param>
    public static bool IsInlineRelatedLink(string line, bool inside = false)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 40 || line.Length > LineShape.MaxShortLineChars)
        {
            return false;
        }

        var head = line[..colon];
        var rest = line[(colon + 1)..].Trim();
        if (rest.Length == 0 || !(inside ? IsInlineRelatedHeading(head) : RelatedHeadings.Contains(Key(head))))
        {
            return false;
        }

        return LineShape.IsUrlLike(rest) || (LineShape.IsHeadlineLike(rest) && LineShape.WordCount(rest) <= 20);
    }

    /// <summary>True for a navigation trail ("Home › World › Europe").</summary>
    public static bool IsBreadcrumb(string line)
    {
        if (line.Length > 120 || LineShape.EndsSentence(line))
        {
            return false;
        }

        var separators = 0;
        foreach (var c in line)
        {
            if (c is '›' or '»' or '>' or '/' or '|' or '→')
            {
                separators++;
            }
        }

        if (separators < 2 || LineShape.IsUrlLike(line))
        {
            return false;
        }

        foreach (var part in line.Split(['›', '»', '>', '/', '|', '→'], StringSplitOptions.TrimEntries))
        {
            if (LineShape.WordCount(part) > 4)
            {
                return false;
            }
        }

        return true;
    }
}
