using System.Globalization;
using System.Text;
using System.Xml;

namespace Parallax.Eval.Stories;

/// <summary>One ECB+ document: its rebuilt text and its gold topic and incident.</summary>
/// <param name="Path">The XML file.</param>
/// <param name="Topic">The ECB+ topic number.</param>
/// <param name="Incident">"topic/ecb" or "topic/ecbplus": the seminal event the document reports.</param>
/// <param name="Text">The text rebuilt from the tokens (the ecbplus files' source URL, sentence 0, left out).</param>
internal sealed record EcbDocument(string Path, int Topic, string Incident, string Text);

/// <summary>Reads ECB+ topic folders (<c>ECB+/N/N_Kecb.xml</c>, <c>N_Kecbplus.xml</c>) and rebuilds each text from its tokens.</summary>
internal static class EcbCorpus
{
    /// <summary>../shared/data/ecbplus beside the repository (the nearest shared/data above a nested worktree); null outside the repository.</summary>
    public static string? DefaultRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
            {
                // ../shared/data beside the repository; from a worktree nested deeper, the nearest shared/data above it.
                for (var up = dir.Parent; up is not null; up = up.Parent)
                {
                    var candidate = Path.Combine(up.FullName, "shared", "data", "ecbplus");
                    if (Directory.Exists(candidate))
                    {
                        return candidate;
                    }
                }

                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "ecbplus"));
            }
        }

        return null;
    }

    public static List<EcbDocument> Load(string root, int firstTopic, int lastTopic)
    {
        var documents = new List<EcbDocument>();
        var corpus = Directory.Exists(Path.Combine(root, "ECB+")) ? Path.Combine(root, "ECB+") : root;
        foreach (var dir in Directory.EnumerateDirectories(corpus).Order(StringComparer.Ordinal))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var topic)
                || topic < firstTopic || topic > lastTopic)
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(dir, "*.xml").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var half = name.EndsWith("ecbplus", StringComparison.Ordinal) ? "ecbplus" : name.EndsWith("ecb", StringComparison.Ordinal) ? "ecb" : null;
                if (half is null)
                {
                    continue;
                }

                documents.Add(new EcbDocument(file, topic, $"{topic}/{half}", RebuildText(file, dropUrlSentence: half == "ecbplus")));
            }
        }

        return documents;
    }

    private static string RebuildText(string file, bool dropUrlSentence)
    {
        var sentences = new SortedDictionary<int, List<string>>();
        using (var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.Name != "token")
                {
                    continue;
                }

                var sentence = int.Parse(reader.GetAttribute("sentence") ?? "0", CultureInfo.InvariantCulture);
                var token = reader.ReadElementContentAsString();
                if (!sentences.TryGetValue(sentence, out var tokens))
                {
                    tokens = [];
                    sentences[sentence] = tokens;
                }

                tokens.Add(token);
            }
        }

        var text = new StringBuilder();
        foreach (var (number, tokens) in sentences)
        {
            if (dropUrlSentence && number == 0 && tokens.Count > 0 && tokens[0].StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            text.Append(Detokenize(tokens)).Append('\n');
        }

        return text.ToString();
    }

    private static string Detokenize(List<string> tokens)
    {
        var line = new StringBuilder();
        var noSpaceNext = true;
        foreach (var raw in tokens)
        {
            var token = raw switch
            {
                "``" or "''" => "\"",
                "-LRB-" => "(",
                "-RRB-" => ")",
                _ => raw,
            };
            var attach = token is "," or "." or ";" or ":" or "!" or "?" or ")" or "%" or "'s" or "n't" or "'re" or "'ve" or "'ll" or "'d" or "'m"
                         || token.StartsWith('\'') && token.Length <= 3;
            if (!noSpaceNext && !attach)
            {
                line.Append(' ');
            }

            line.Append(token);
            noSpaceNext = token is "(" or "$";
        }

        return line.ToString();
    }
}
