using System.Globalization;
using System.Text;
using Parallax.Dossier;

namespace Parallax.Reports.Html;

/// <summary>
/// The timeline as inline SVG: one lane per outlet, a date axis with ticks, a dot for each dated day and a bar for
/// each period. Every mark is focusable and selects its source text like a button; its tooltip says what it is.
/// </summary>
internal static class TimelineChart
{
    private const int Width = 960;
    private const int LabelWidth = 170;
    private const int Right = 24;
    private const int Lane = 30;
    private const int Top = 30;
    private static readonly int[] Steps = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1826, 3652];

    public static void Append(StringBuilder html, DossierView view, IReadOnlyList<(int Index, TimelineEntry Entry)> dated)
    {
        var lanes = view.Articles.Where(a => dated.Any(d => d.Entry.Article == a.Id)).Select(a => a.Id).ToList();
        var first = dated.Min(d => d.Entry.Date!.Value);
        var last = dated.Max(d => d.Entry.DateEnd is { } end && end > d.Entry.Date!.Value ? end : d.Entry.Date!.Value);
        var from = first == DateOnly.MinValue ? first : first.AddDays(-1);
        var to = last == DateOnly.MaxValue ? last : last.AddDays(1);
        var days = Math.Max(1, to.DayNumber - from.DayNumber);
        var plot = Width - LabelWidth - Right;
        double X(DateOnly date) => LabelWidth + ((date.DayNumber - from.DayNumber) * plot / (double)days);
        var height = Top + (lanes.Count * Lane) + 10;
        html.Append("<svg class=\"timeline\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height).Append("\" role=\"group\" aria-label=\"")
            .Text($"Timeline from {HtmlText.Readable(first)} to {HtmlText.Readable(last)}, by outlet").Append("\">\n");
        AppendTicks(html, from, to, days, X, height);
        for (var lane = 0; lane < lanes.Count; lane++)
        {
            var y = Top + (lane * Lane);
            html.Append("<rect class=\"lane").Append(lane % 2 == 0 ? string.Empty : " alt").Append("\" x=\"0\" y=\"").Append(y).Append("\" width=\"").Append(Width)
                .Append("\" height=\"").Append(Lane).Append("\"/>")
                .Append("<text class=\"name\" x=\"8\" y=\"").Append(y + 19).Append("\">").Text(HtmlText.Shorten(view.Label(lanes[lane]), 22)).Append("</text>\n");
        }

        foreach (var (index, entry) in dated)
        {
            var lane = lanes.IndexOf(entry.Article);
            var cy = Top + (lane * Lane) + (Lane / 2.0);
            var date = entry.Date!.Value;
            var what = Describe(view, entry);
            var targets = Targets(index, entry);
            html.Append("<g class=\"mk\" tabindex=\"0\" role=\"button\" aria-pressed=\"false\" data-targets=\"").Text(targets).Append("\" data-label=\"").Text(HtmlText.Shorten(what, 120))
                .Append("\" aria-label=\"").Text(what).Append("\"><title>").Text(what).Append("</title>");
            if (entry.DateEnd is { } end && end > date)
            {
                var x1 = X(date);
                var x2 = X(end == DateOnly.MaxValue ? end : end.AddDays(1));
                html.Append("<rect class=\"period\" x=\"").Append(F(Math.Min(x1, ((x1 + x2) / 2) - 6))).Append("\" y=\"").Append(F(cy - 6)).Append("\" width=\"").Append(F(Math.Max(x2 - x1, 12)))
                    .Append("\" height=\"12\" rx=\"6\"/>");
            }
            else
            {
                html.Append("<circle class=\"day\" cx=\"").Append(F(X(date) + (plot / (double)days / 2))).Append("\" cy=\"").Append(F(cy)).Append("\" r=\"7\"/>");
            }

            html.Append("</g>\n");
        }

        html.Append("</svg>\n");
    }

    public static string Targets(int index, TimelineEntry entry) =>
        entry.EventSpan is null ? DossierView.TimelineKey(index) : DossierView.TimelineKey(index) + " " + DossierView.TimelineKey(index) + ":ev";

    public static string Describe(DossierView view, TimelineEntry entry)
    {
        var when = entry.Date is { } date
            ? entry.DateEnd is { } end && end > date ? $"{HtmlText.Readable(date)} – {HtmlText.Readable(end)}" : HtmlText.Readable(date)
            : "undated";
        return $"{when}, {view.Label(entry.Article)}: “{entry.Expression}”" + (entry.Event is null ? string.Empty : " — " + HtmlText.Shorten(entry.Event, 100));
    }

    private static void AppendTicks(StringBuilder html, DateOnly from, DateOnly to, int days, Func<DateOnly, double> x, int height)
    {
        var step = Math.Max(Steps.FirstOrDefault(s => days / s <= 8, Steps[^1]), (days + 7) / 8);
        var format = step >= 182 ? "yyyy" : step >= 30 ? "MMM yyyy" : from.Year != to.Year ? "d MMM yyyy" : "d MMM";
        for (var day = (long)from.DayNumber + 1; day <= to.DayNumber; day += step)
        {
            var tick = DateOnly.FromDayNumber((int)day);
            var tx = x(tick);
            html.Append("<line class=\"tick\" x1=\"").Append(F(tx)).Append("\" x2=\"").Append(F(tx)).Append("\" y1=\"").Append(Top - 6).Append("\" y2=\"").Append(height - 10).Append("\"/>")
                .Append("<text class=\"tick-label\" x=\"").Append(F(tx + 3)).Append("\" y=\"").Append(Top - 10).Append("\">")
                .Text(tick.ToString(format, CultureInfo.InvariantCulture)).Append("</text>\n");
        }
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
