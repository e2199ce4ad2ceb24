using System.Collections.Frozen;

namespace Parallax.Readers.Html;

/// <summary>Short lines that are page chrome wherever they appear ("Advertisement", "Share this article", "Read more").</summary>
internal static class BoilerplatePhrases
{
    private static readonly FrozenSet<string> Exact = new[]
    {
        "advertisement", "advertisements", "ad", "ads", "sponsored", "sponsored content", "story continues below advertisement",
        "article continues below advertisement", "continue reading below", "continue reading", "read more", "read more:", "more",
        "share", "share this", "share this article", "share this story", "share this post", "share on facebook", "share on twitter",
        "tweet", "email", "print", "comments", "comment", "leave a comment", "leave a reply", "post a comment", "reply",
        "related", "related articles", "related stories", "related content", "related posts", "recommended", "recommended for you",
        "you may also like", "you might also like", "more from", "trending", "most popular", "most read", "top stories",
        "skip to content", "skip to main content", "back to top", "loading", "loading...", "close", "menu", "search",
        "sign up", "subscribe", "subscribe now", "log in", "login", "sign in", "register", "follow us", "follow", "next", "previous",
        "next article", "previous article", "view comments", "show comments", "hide caption", "toggle caption", "enlarge this image", "enlarge image", "view image", "view gallery", "view slideshow",
        "image", "photo", "video", "watch", "listen", "play", "image caption", "media caption", "getty images", "all rights reserved",
        "cookie policy", "privacy policy", "terms of use", "terms of service", "accept", "accept cookies", "got it", "ok",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] Prefixes =
    [
        "sign up for", "subscribe to", "follow us on", "follow us", "share this", "click here to", "click here for",
        "we use cookies", "this site uses cookies", "this website uses cookies", "by continuing to use", "copyright ©", "© copyright",
        "all rights reserved", "read more:", "related:", "see also:", "more:", "get the latest", "download the app",
        "have a news tip", "got a tip", "support our journalism", "subscribe now", "subscribe today", "never miss",
        "receive our", "sign up to", "download our app", "for the latest stories", "to view the full story",
        "we want to hear what you think", "do you want to be informed", "enable javascript", "please enable javascript",
        "this slideshow requires javascript", "tell us what you think", "let us know what you think",
        "javascript is disabled", "your browser does not support", "copyright", "©", "written permission",
        "this post contains affiliate", "this article contains affiliate", "this post contains references to products",
        "we may earn a commission", "as an amazon associate", "credit:", "photo credit", "image credit", "photo:", "image:", "picture:", "photograph:",
    ];

    /// <summary>True when the whole block is a known chrome phrase (case and trailing punctuation ignored).</summary>
    public static bool IsBoilerplate(string block)
    {
        if (block.Length > 160)
        {
            return false;
        }

        var trimmed = block.AsSpan().Trim().TrimEnd(":.!»›>|–-—").Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }

        Span<char> lower = stackalloc char[trimmed.Length];
        trimmed.ToLowerInvariant(lower);
        var lowered = new string(lower);
        if (Exact.Contains(lowered))
        {
            return true;
        }

        if (block.Length > 140)
        {
            return false;
        }

        foreach (var prefix in Prefixes)
        {
            if (lowered.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
