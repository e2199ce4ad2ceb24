using System.Text;
using Parallax.Model;

namespace Parallax.Eval.Language;

/// <summary>One GUM document rebuilt as plain text: sentences of a paragraph joined by a space, paragraphs by a line break.</summary>
internal sealed record GumDocument(string Name, string Text, IReadOnlyList<TextSpan> Sentences, IReadOnlyList<TextSpan> Tokens, IReadOnlyList<int> ParagraphEnds, int Unaligned);

/// <summary>Reads CoNLL-U files (<c># newpar</c>, <c># text =</c>, token rows; multi-word ranges and empty nodes skipped).</summary>
internal static class GumCorpus
{
    public static IEnumerable<GumDocument> Read(string directory)
    {
        foreach (var path in Directory.EnumerateFiles(directory, "*.conllu").Order(StringComparer.Ordinal))
        {
            yield return ReadDocument(path);
        }
    }

    private static GumDocument ReadDocument(string path)
    {
        var text = new StringBuilder();
        var sentences = new List<TextSpan>();
        var tokens = new List<TextSpan>();
        var paragraphEnds = new List<int>();
        var unaligned = 0;
        var newParagraph = true;
        string? sentenceText = null;
        var sentenceStart = 0;
        var cursor = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# newpar", StringComparison.Ordinal) && !line.StartsWith("# newpar_", StringComparison.Ordinal))
            {
                newParagraph = true;
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                sentenceText = line["# text = ".Length..];
                if (text.Length > 0)
                {
                    if (newParagraph)
                    {
                        paragraphEnds.Add(text.Length);
                        text.Append('\n');
                    }
                    else
                    {
                        text.Append(' ');
                    }
                }

                newParagraph = false;
                sentenceStart = text.Length;
                cursor = sentenceStart;
                text.Append(sentenceText);
                sentences.Add(new TextSpan(sentenceStart, text.Length));
            }
            else if (sentenceText is not null && line.Length > 0 && char.IsAsciiDigit(line[0]))
            {
                var columns = line.Split('\t');
                if (columns.Length < 2 || columns[0].Contains('-', StringComparison.Ordinal) || columns[0].Contains('.', StringComparison.Ordinal))
                {
                    continue;
                }

                var form = columns[1];
                var end = sentenceStart + sentenceText.Length;
                while (cursor < end && char.IsWhiteSpace(text[cursor]))
                {
                    cursor++;
                }

                var at = text.ToString(cursor, end - cursor).IndexOf(form, StringComparison.Ordinal);
                if (at < 0)
                {
                    unaligned++;
                    continue;
                }

                tokens.Add(new TextSpan(cursor + at, cursor + at + form.Length));
                cursor += at + form.Length;
            }
        }

        paragraphEnds.Add(text.Length);
        return new GumDocument(Path.GetFileNameWithoutExtension(path), text.ToString(), sentences, tokens, paragraphEnds, unaligned);
    }
}
