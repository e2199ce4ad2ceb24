using System.Globalization;
using System.Net;
using System.Text;

namespace Parallax.Reports.Html;

/// <summary>
/// The only ways dossier pages put text into markup: escaped content and attribute values, id-like tokens, and
/// links that are http(s) or nothing. Stateless and thread-safe.
/// </summary>
internal static class HtmlText
{
    /// <summary>HTML-escapes text for element content and double-quoted attribute values (also quotes and apostrophes).</summary>
    public static string Escape(string? text) => text is null ? string.Empty : WebUtility.HtmlEncode(text);

    /// <summary>Appends <paramref name="text"/> escaped.</summary>
    public static StringBuilder Text(this StringBuilder html, string? text) => html.Append(Escape(text));

    /// <summary>Appends an integer in invariant form.</summary>
    public static StringBuilder Number(this StringBuilder html, int value) => html.Append(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Appends a number with <paramref name="format"/> in invariant form.</summary>
    public static StringBuilder Number(this StringBuilder html, double value, string format) =>
        html.Append(value.ToString(format, CultureInfo.InvariantCulture));

    /// <summary>
    /// A dossier id made safe for <c>id</c>, <c>data-refs</c> and CSS attribute selectors: letters, digits,
    /// <c>-</c>, <c>_</c> and <c>.</c> are kept, anything else becomes <c>_</c>; never empty.
    /// </summary>
    public static string Token(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "_";
        }

        var sb = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        return sb.ToString();
    }

    /// <summary>The URL when it is an absolute http(s) URL, normalised; otherwise null (javascript:, data:, relative, …).</summary>
    public static string? SafeHref(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps ? uri.AbsoluteUri : null;
    }

    /// <summary>Appends a link for http(s) URLs; anything else is shown as plain text, never as a link.</summary>
    public static StringBuilder Link(this StringBuilder html, string url)
    {
        var href = SafeHref(url);
        if (href is null)
        {
            return html.Text(url);
        }

        return html.Append("<a rel=\"noopener noreferrer nofollow\" href=\"").Text(href).Append("\">").Text(url).Append("</a>");
    }

    /// <summary>An ISO date, or an empty string.</summary>
    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A readable date ("15 Aug 2025").</summary>
    public static string Readable(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The text cut to at most <paramref name="max"/> characters at a word boundary, with an ellipsis.</summary>
    public static string Shorten(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        if (flat.Length <= max)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', Math.Max(0, max - 1));
        return string.Concat(flat.AsSpan(0, cut > max / 2 ? cut : max - 1), "…");
    }

    /// <summary>Words in a text: runs of letters or digits.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    /// <summary>"1 claim" / "3 claims".</summary>
    public static string Count(int n, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? singular : plural)}");
}
