using System.Text;

namespace Parallax.Eval.Entities;

/// <summary>One GUM token with its character span in the rebuilt document text.</summary>
internal sealed record GumToken(string Form, string Upos, int Head, int Start, int End);

/// <summary>One GUM entity mention over document tokens <c>[First, Last]</c> (inclusive).</summary>
internal sealed record GumMention(int First, int Last, string EntityType, string Identity);

/// <summary>A GUM document: rebuilt text, tokens with offsets, and every entity mention.</summary>
internal sealed record GumDocument(string Name, string Text, IReadOnlyList<GumToken> Tokens, IReadOnlyList<GumMention> Mentions);

/// <summary>Reads GUM's CoNLL-U files (tokens, UD heads, the Entity= annotations in MISC) and its splits.md.</summary>
internal static class GumCorpus
{
    public static Dictionary<string, string> ReadSplits(string path)
    {
        var splits = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = line[3..].Trim();
            }
            else if (current is not null && line.TrimStart().StartsWith("* ", StringComparison.Ordinal))
            {
                splits[line.Trim()[2..].Trim()] = current;
            }
        }

        return splits;
    }

    public static GumDocument Read(string path)
    {
        var text = new StringBuilder();
        var tokens = new List<GumToken>();
        var mentions = new List<GumMention>();
        var open = new Dictionary<string, Stack<(int First, string Body)>>(StringComparer.Ordinal);
        var sentenceBase = 0;
        var newParagraph = false;
        var spaceAfterPrevious = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                sentenceBase = tokens.Count;
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# newpar", StringComparison.Ordinal))
                {
                    newParagraph = true;
                }

                continue;
            }

            var c = line.Split('\t');
            if (c.Length < 10 || c[0].Contains('-', StringComparison.Ordinal) || c[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            var id = int.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture);
            if (text.Length > 0)
            {
                if (id == 1)
                {
                    text.Append(newParagraph ? "\n\n" : " ");
                }
                else if (spaceAfterPrevious)
                {
                    text.Append(' ');
                }
            }

            newParagraph = false;
            var start = text.Length;
            text.Append(c[1]);
            var head = int.Parse(c[6], System.Globalization.CultureInfo.InvariantCulture);
            var index = tokens.Count;
            tokens.Add(new GumToken(c[1], c[3], head == 0 ? -1 : sentenceBase + head - 1, start, text.Length));
            spaceAfterPrevious = !c[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            ParseEntities(c[9], index, open, mentions);
        }

        return new GumDocument(Path.GetFileNameWithoutExtension(path), text.ToString(), tokens, mentions);
    }

    private static void ParseEntities(string misc, int index, Dictionary<string, Stack<(int First, string Body)>> open, List<GumMention> mentions)
    {
        var at = misc.IndexOf("Entity=", StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }

        var end = misc.IndexOf('|', at);
        var s = end < 0 ? misc[(at + 7)..] : misc[(at + 7)..end];
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] == '(')
            {
                var j = i + 1;
                while (j < s.Length && s[j] != '(' && s[j] != ')')
                {
                    j++;
                }

                var body = s[(i + 1)..j];
                var id = body.Split('-')[0];
                if (j < s.Length && s[j] == ')')
                {
                    mentions.Add(Mention(index, index, body));
                    j++;
                }
                else
                {
                    if (!open.TryGetValue(id, out var stack))
                    {
                        open[id] = stack = new Stack<(int, string)>();
                    }

                    stack.Push((index, body));
                }

                i = j;
            }
            else if (s[i] == ')')
            {
                i++;
            }
            else
            {
                var j = i;
                while (j < s.Length && s[j] != '(' && s[j] != ')')
                {
                    j++;
                }

                var id = s[i..j];
                if (j < s.Length && s[j] == ')' && open.TryGetValue(id, out var stack) && stack.Count > 0)
                {
                    var (first, body) = stack.Pop();
                    mentions.Add(Mention(first, index, body));
                    j++;
                }

                i = j;
            }
        }
    }

    private static GumMention Mention(int first, int last, string body)
    {
        var parts = body.Split('-', 8);
        var type = parts.Length > 1 ? parts[1] : "";
        var identity = parts.Length > 7 ? parts[7] : "";
        return new GumMention(first, last, type, identity);
    }
}
