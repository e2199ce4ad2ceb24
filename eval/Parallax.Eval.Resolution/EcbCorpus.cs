using System.Globalization;
using System.Text;
using System.Xml;
using Parallax.Language.Entities;
using Parallax.Model;

namespace Parallax.Eval.Resolution;

/// <summary>One gold mention of an ECB+ document: its span in the rebuilt text, type and gold chain.</summary>
internal sealed record EcbMention(string Doc, TextSpan Span, EntityType Type, string Tag, string Chain, int Sentence, string Text);

/// <summary>One ECB+ document: the text rebuilt from its tokens and its gold entity mentions.</summary>
internal sealed record EcbDocument(string Name, int Topic, bool IsPlus, string Text, List<EcbMention> Mentions);

/// <summary>Reads ECB+ 1.0 XML (tokens, markables, INTRA_DOC_COREF and CROSS_DOC_COREF relations).</summary>
internal static class EcbCorpus
{
    /// <summary>The entity tags scored and the type each maps to: people, organisations, places (geo-political participants count as places).</summary>
    public static EntityType? TypeOf(string tag) => tag switch
    {
        "HUMAN_PART_PER" => EntityType.Person,
        "HUMAN_PART_ORG" => EntityType.Organization,
        "HUMAN_PART_GPE" or "LOC_GEO" or "LOC_FAC" or "LOC_OTHER" => EntityType.Place,
        _ => null,
    };

    /// <summary>The sentences selected for coreference annotation (ECBplus_coreference_sentences.csv), as "doc/sentence".</summary>
    public static HashSet<string> ReadSelectedSentences(string csv)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(csv).Skip(1))
        {
            var parts = line.Split(',');
            if (parts.Length >= 3)
            {
                set.Add($"{parts[0].Trim()}_{parts[1].Trim()}/{parts[2].Trim()}");
            }
        }

        return set;
    }

    public static EcbDocument Read(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var topic = int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
        var tokens = new List<(string Id, int Sentence, string Text)>();
        var markables = new List<(string Id, string Tag, List<string> Tokens)>();
        var relations = new List<(string Kind, string Note, List<string> Sources, string Target)>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        var doc = new XmlDocument { XmlResolver = null };
        using (var reader = XmlReader.Create(path, settings))
        {
            doc.Load(reader);
        }

        var root = doc.DocumentElement!;
        foreach (XmlElement t in root.GetElementsByTagName("token"))
        {
            tokens.Add((t.GetAttribute("t_id"), int.Parse(t.GetAttribute("sentence"), CultureInfo.InvariantCulture), t.InnerText));
        }

        foreach (XmlNode section in root.ChildNodes)
        {
            if (section is XmlElement { Name: "Markables" } m)
            {
                foreach (XmlNode node in m.ChildNodes)
                {
                    if (node is XmlElement e && e.HasAttribute("m_id"))
                    {
                        var anchors = new List<string>();
                        foreach (XmlElement a in e.GetElementsByTagName("token_anchor"))
                        {
                            anchors.Add(a.GetAttribute("t_id"));
                        }

                        markables.Add((e.GetAttribute("m_id"), e.Name, anchors));
                    }
                }
            }
            else if (section is XmlElement { Name: "Relations" } r)
            {
                foreach (XmlNode node in r.ChildNodes)
                {
                    if (node is not XmlElement rel)
                    {
                        continue;
                    }

                    var sources = new List<string>();
                    var target = "";
                    foreach (XmlNode child in rel.ChildNodes)
                    {
                        if (child is XmlElement { Name: "source" } s)
                        {
                            sources.Add(s.GetAttribute("m_id"));
                        }
                        else if (child is XmlElement { Name: "target" } tg)
                        {
                            target = tg.GetAttribute("m_id");
                        }
                    }

                    relations.Add((rel.Name, rel.GetAttribute("note").Length > 0 ? rel.GetAttribute("note") : name + "#" + rel.GetAttribute("r_id"), sources, target));
                }
            }
        }

        // Rebuild the text: tokens joined by spaces, one sentence per line, without spaces before closing punctuation.
        var sb = new StringBuilder();
        var tokenSpan = new Dictionary<string, (TextSpan Span, int Sentence)>(StringComparer.Ordinal);
        var lastSentence = -1;
        foreach (var (id, sentence, text) in tokens)
        {
            if (sentence != lastSentence)
            {
                if (sb.Length > 0)
                {
                    sb.Append('\n');
                }

                lastSentence = sentence;
            }
            else if (!IsClosing(text))
            {
                sb.Append(' ');
            }

            var start = sb.Length;
            sb.Append(text);
            tokenSpan[id] = (new TextSpan(start, sb.Length), sentence);
        }

        var fullText = sb.ToString();
        var chainOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, note, sources, target) in relations)
        {
            if (kind is not ("CROSS_DOC_COREF" or "INTRA_DOC_COREF"))
            {
                continue;
            }

            var chain = kind == "CROSS_DOC_COREF" ? "x:" + note : "i:" + note;
            foreach (var s in sources)
            {
                chainOf[s] = chain;
            }

            if (kind == "INTRA_DOC_COREF" && target.Length > 0)
            {
                chainOf.TryAdd(target, chain);
            }
        }

        var mentions = new List<EcbMention>();
        foreach (var (id, tag, anchors) in markables)
        {
            if (TypeOf(tag) is not { } type || anchors.Count == 0)
            {
                continue;
            }

            var start = int.MaxValue;
            var end = 0;
            var sentence = -1;
            foreach (var a in anchors)
            {
                if (tokenSpan.TryGetValue(a, out var ts))
                {
                    start = Math.Min(start, ts.Span.Start);
                    end = Math.Max(end, ts.Span.End);
                    sentence = ts.Sentence;
                }
            }

            if (end <= start)
            {
                continue;
            }

            var span = new TextSpan(start, end);
            mentions.Add(new EcbMention(name, span, type, tag, chainOf.GetValueOrDefault(id, "s:" + name + "#" + id), sentence, span.Of(fullText)));
        }

        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        return new EcbDocument(name, topic, name.EndsWith("plus", StringComparison.Ordinal), fullText, mentions);
    }

    private static bool IsClosing(string token) =>
        token is "." or "," or ";" or ":" or "!" or "?" or ")" or "]" or "''" or "'s" or "'" or "n't" or "%" or "'re" or "'ve" or "'ll" or "'d" or "'m";
}
