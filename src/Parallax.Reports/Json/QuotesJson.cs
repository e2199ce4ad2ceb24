using System.Text.Json;
using Parallax.Dossier;
using Parallax.Language.Quotes;
using Parallax.Model;

namespace Parallax.Reports.Json;

/// <summary>The dossier's <c>quotes</c> and <c>quoteGroups</c> arrays.</summary>
internal static class QuotesJson
{
    public static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        _ => "reported",
    };

    public static string FidelityName(QuoteFidelity fidelity) => fidelity switch
    {
        QuoteFidelity.Verbatim => "verbatim",
        QuoteFidelity.Minor => "minor",
        _ => "altered",
    };

    public static void Write(Utf8JsonWriter writer, StoryDossier dossier)
    {
        writer.WriteStartArray("quotes");
        foreach (var quote in dossier.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteString("id", quote.Id);
            writer.WriteString("article", quote.Article);
            writer.WriteNumber("start", quote.Span.Start);
            writer.WriteNumber("end", quote.Span.End);
            writer.WriteString("text", quote.Text);
            writer.WriteString("kind", KindName(quote.Kind));
            writer.WriteString("speaker", quote.Speaker);
            writer.WriteString("speakerText", quote.SpeakerText);
            writer.WriteString("group", quote.Group);
            WriteOptionalSpan(writer, "speaker", quote.SpeakerSpan);
            WriteOptionalSpan(writer, "cue", quote.Cue);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("quoteGroups");
        foreach (var group in dossier.QuoteGroups)
        {
            writer.WriteStartObject();
            writer.WriteString("id", group.Id);
            writer.WriteString("speaker", group.Speaker);
            writer.WriteStartArray("quotes");
            foreach (var id in group.Quotes)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
            writer.WriteString("fidelity", FidelityName(group.Fidelity));
            writer.WriteBoolean("speakerDiffers", group.SpeakerDiffers);
            writer.WriteStartArray("variants");
            foreach (var variant in group.Variants)
            {
                writer.WriteStartObject();
                writer.WriteString("quote", variant.Quote);
                writer.WriteString("fidelity", FidelityName(variant.Fidelity));
                writer.WriteStartArray("diff");
                foreach (var piece in variant.Pieces)
                {
                    writer.WriteStartObject();
                    writer.WriteString("op", piece.Operation switch
                    {
                        DiffOperation.Same => "same",
                        DiffOperation.Inserted => "inserted",
                        _ => "deleted",
                    });
                    writer.WriteString("text", piece.Text);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes <c>{prefix}Start</c> and <c>{prefix}End</c>, or nulls when <paramref name="span"/> is null.</summary>
    private static void WriteOptionalSpan(Utf8JsonWriter writer, string prefix, TextSpan? span)
    {
        if (span is { } value)
        {
            writer.WriteNumber(prefix + "Start", value.Start);
            writer.WriteNumber(prefix + "End", value.End);
        }
        else
        {
            writer.WriteNull(prefix + "Start");
            writer.WriteNull(prefix + "End");
        }
    }
}
