using System.Globalization;
using System.Text;

namespace Parallax.Reports.Html;

/// <summary>
/// A small diverging bar chart as inline SVG: one row per actor, a bar from the centre line to the tone
/// (left hostile, right favourable), and the signed value printed beside it so it reads without colour.
/// </summary>
internal static class ToneChart
{
    private const int Width = 360;
    private const int LabelWidth = 132;
    private const int ValueWidth = 44;
    private const int Row = 24;
    private const int Top = 18;

    public static void Append(StringBuilder html, string title, IReadOnlyList<(string Name, double? Tone)> rows)
    {
        var height = Top + (rows.Count * Row) + 6;
        var plot = Width - LabelWidth - ValueWidth;
        var half = plot / 2.0;
        var centre = LabelWidth + half;
        var description = string.Join("; ", rows.Select(r => r.Tone is { } t ? $"{r.Name} {Signed(t)}" : $"{r.Name} not measured"));
        html.Append("<svg class=\"tone\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height).Append("\" role=\"img\" aria-label=\"")
            .Text($"{title}: {description}").Append("\"><title>").Text(title).Append("</title>\n")
            .Append("<text class=\"axis\" x=\"").Append(F(LabelWidth)).Append("\" y=\"11\">← hostile</text>")
            .Append("<text class=\"axis\" x=\"").Append(F(LabelWidth + plot)).Append("\" y=\"11\" text-anchor=\"end\">favourable →</text>\n")
            .Append("<line class=\"zero\" x1=\"").Append(F(centre)).Append("\" x2=\"").Append(F(centre)).Append("\" y1=\"").Append(Top - 2).Append("\" y2=\"").Append(height - 4).Append("\"/>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var (name, tone) = rows[i];
            var y = Top + (i * Row);
            html.Append("<text class=\"name\" x=\"").Append(LabelWidth - 6).Append("\" y=\"").Append(y + 16).Append("\" text-anchor=\"end\">")
                .Text(HtmlText.Shorten(name, 17)).Append("</text>");
            if (tone is not { } value)
            {
                html.Append("<text class=\"value\" x=\"").Append(F(centre + 4)).Append("\" y=\"").Append(y + 16).Append("\">not measured</text>\n");
                continue;
            }

            var clamped = Math.Clamp(value, -1, 1);
            var length = Math.Abs(clamped) * half;
            var x = clamped < 0 ? centre - length : centre;
            html.Append("<rect class=\"").Append(clamped < 0 ? "neg" : "pos").Append("\" x=\"").Append(F(x)).Append("\" y=\"").Append(y + 5)
                .Append("\" width=\"").Append(F(Math.Max(length, 1.5))).Append("\" height=\"14\" rx=\"2\"/>")
                .Append("<text class=\"value\" x=\"").Append(F(LabelWidth + plot + 6)).Append("\" y=\"").Append(y + 16).Append("\">").Text(Signed(clamped)).Append("</text>\n");
        }

        html.Append("</svg>\n");
    }

    public static string Signed(double value) => value.ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
