using System.Text.Json;
using Parallax.Dossier;
using Parallax.Model;

namespace Parallax.Reports.Json;

/// <summary>The dossier's <c>outlets</c> array.</summary>
internal static class OutletsJson
{
    public static void Write(Utf8JsonWriter writer, StoryDossier dossier)
    {
        writer.WriteStartArray("outlets");
        foreach (var outlet in dossier.Outlets)
        {
            writer.WriteStartObject();
            writer.WriteString("article", outlet.Article);
            writer.WriteStartObject("toneByEntity");
            foreach (var (entity, tone) in outlet.ToneByEntity.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteNumber(entity, Math.Round(tone, 3));
            }

            writer.WriteEndObject();
            writer.WriteStartArray("loadedTerms");
            foreach (var term in outlet.LoadedTerms)
            {
                writer.WriteStringValue(term);
            }

            writer.WriteEndArray();

            // Added fields (contract: fields may be added). "toneKeys": "entity" (dossier entity ids) or "name" (canonical names, when entities are not resolved).
            writer.WriteString("toneKeys", outlet.ToneKeysAreEntityIds ? "entity" : "name");
            writer.WriteStartObject("quotedToneByEntity");
            foreach (var (entity, tone) in outlet.QuotedToneByEntity.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteNumber(entity, Math.Round(tone, 3));
            }

            writer.WriteEndObject();
            writer.WriteStartObject("toneEvidence");
            foreach (var (entity, evidence) in outlet.ToneEvidence.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteStartArray(entity);
                foreach (var e in evidence)
                {
                    writer.WriteStartObject();
                    Span(writer, e.Span);
                    writer.WriteNumber("score", Math.Round(e.Score, 3));
                    writer.WriteBoolean("inSpeech", e.InSpeech);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteStartArray("loadedTermUses");
            foreach (var use in outlet.LoadedTermUses)
            {
                writer.WriteStartObject();
                writer.WriteString("term", use.Term);
                writer.WriteString("category", use.Category);
                Span(writer, use.Span);
                writer.WriteBoolean("inSpeech", use.InSpeech);
                writer.WriteString("referent", use.Referent);
                writer.WriteStartArray("neutral");
                foreach (var n in use.Neutral)
                {
                    writer.WriteStringValue(n);
                }

                writer.WriteEndArray();
                writer.WriteStartArray("usedElsewhere");
                foreach (var n in use.UsedElsewhere)
                {
                    writer.WriteStartObject();
                    writer.WriteString("article", n.Article);
                    Span(writer, n.Span);
                    writer.WriteString("text", n.Text);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (outlet.Voice is { } voice)
            {
                writer.WriteStartObject("voice");
                writer.WriteNumber("assertion", Math.Round(voice.Assertion, 3));
                writer.WriteNumber("attributed", Math.Round(voice.Attributed, 3));
                writer.WriteNumber("opinion", Math.Round(voice.Opinion, 3));
                writer.WriteStartArray("opinionMarkers");
                foreach (var m in voice.OpinionMarkers)
                {
                    writer.WriteStartObject();
                    Span(writer, m);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            if (outlet.Sourcing is { } sourcing)
            {
                writer.WriteStartObject("sourcing");
                writer.WriteString("kind", sourcing.Kind switch
                {
                    SourcingKind.None => "none",
                    SourcingKind.Named => "named",
                    SourcingKind.Anonymous => "anonymous",
                    _ => "mixed",
                });
                writer.WriteNumber("named", sourcing.Named);
                writer.WriteNumber("anonymous", sourcing.Anonymous);
                writer.WriteNumber("unattributed", sourcing.Unattributed);
                writer.WriteStartArray("anonymousSources");
                foreach (var s in sourcing.AnonymousSources)
                {
                    writer.WriteStartObject();
                    Span(writer, s);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Span(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
    }
}
