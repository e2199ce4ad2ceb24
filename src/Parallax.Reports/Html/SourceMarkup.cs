using System.Text;

namespace Parallax.Reports.Html;

/// <summary>
/// Turns an article's text and the marks pointing into it into paragraphs of escaped text in which every run of
/// characters covered by marks is a <c>&lt;span data-refs="…"&gt;</c> listing the keys of all marks over it, so the
/// page's script can highlight any item's exact characters by toggling classes. Overlapping marks split into runs;
/// a newline ends a paragraph. Stateless and thread-safe; linear in text length plus marks times overlap.
/// </summary>
internal static class SourceMarkup
{
    public static void Append(StringBuilder html, string text, IReadOnlyList<SourceMark> marks)
    {
        var boundaries = new SortedSet<int> { 0, text.Length };
        foreach (var mark in marks)
        {
            boundaries.Add(mark.Span.Start);
            boundaries.Add(mark.Span.End);
        }

        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            boundaries.Add(i);
            boundaries.Add(i + 1);
        }

        var starts = new List<SourceMark>(marks);
        starts.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var active = new List<SourceMark>();
        var next = 0;
        var open = false;
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        int? previous = null;
        foreach (var boundary in boundaries)
        {
            if (previous is not { } start)
            {
                previous = boundary;
                continue;
            }

            previous = boundary;
            if (boundary == start)
            {
                continue;
            }

            active.RemoveAll(m => m.Span.End <= start);
            while (next < starts.Count && starts[next].Span.Start <= start)
            {
                if (starts[next].Span.End > start)
                {
                    active.Add(starts[next]);
                }

                next++;
            }

            var piece = text.AsSpan(start, boundary - start);
            if (piece is "\n")
            {
                if (open)
                {
                    html.Append("</p>\n");
                    open = false;
                }

                continue;
            }

            if (!open)
            {
                if (piece.IsWhiteSpace() && active.Count == 0)
                {
                    continue;
                }

                html.Append("<p>");
                open = true;
            }

            if (active.Count == 0)
            {
                html.Text(piece.ToString());
                continue;
            }

            keys.Clear();
            foreach (var mark in active)
            {
                keys.Add(mark.Key);
            }

            html.Append("<span class=\"m\" data-refs=\"").Text(string.Join(' ', keys)).Append("\">").Text(piece.ToString()).Append("</span>");
        }

        if (open)
        {
            html.Append("</p>\n");
        }
    }
}
