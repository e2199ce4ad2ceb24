using System.Globalization;
using Parallax.Model;

namespace Parallax.Eval.Quotes;

/// <summary>One gold attribution of PolNeAR: its content (one or more fragments), cue and source.</summary>
internal sealed record GoldAttribution(IReadOnlyList<TextSpan> Content, TextSpan? Cue, TextSpan? Source);

/// <summary>One PolNeAR article: its text and one annotator's attributions.</summary>
internal sealed record PolnearDocument(string Name, string Text, IReadOnlyList<GoldAttribution> Attributions);

/// <summary>Reads PolNeAR's brat files: <c>text/NAME.txt</c> and <c>attributions/NAME_ANNOTATOR.ann</c>.</summary>
internal static class PolnearCorpus
{
    /// <summary>Reads every article of a split; when an article has several annotators, the first (by file name) is used.</summary>
    public static List<PolnearDocument> Read(string splitDir)
    {
        var docs = new List<PolnearDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ann in Directory.GetFiles(Path.Combine(splitDir, "attributions"), "*.ann").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileNameWithoutExtension(ann);
            var underscore = file.LastIndexOf('_');
            var name = underscore > 0 ? file[..underscore] : file;
            var textPath = Path.Combine(splitDir, "text", name + ".txt");
            if (!seen.Add(name) || !File.Exists(textPath))
            {
                continue;
            }

            var text = File.ReadAllText(textPath);
            docs.Add(new PolnearDocument(name, text, ReadAnn(ann, text.Length)));
        }

        return docs;
    }

    private static List<GoldAttribution> ReadAnn(string path, int length)
    {
        var spans = new Dictionary<string, (string Type, List<TextSpan> Spans)>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 2 && parts[0].StartsWith('T'))
            {
                var space = parts[1].IndexOf(' ', StringComparison.Ordinal);
                if (space < 0)
                {
                    continue;
                }

                var type = parts[1][..space];
                var list = new List<TextSpan>();
                foreach (var range in parts[1][(space + 1)..].Split(';'))
                {
                    var ends = range.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (ends.Length == 2 && int.TryParse(ends[0], CultureInfo.InvariantCulture, out var s) && int.TryParse(ends[1], CultureInfo.InvariantCulture, out var e) && s <= e && e <= length)
                    {
                        list.Add(new TextSpan(s, e));
                    }
                }

                spans[parts[0]] = (type, list);
            }
            else if (parts.Length >= 2 && parts[0].StartsWith('E'))
            {
                events.Add(parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        var result = new List<GoldAttribution>();
        foreach (var args in events)
        {
            List<TextSpan>? content = null;
            TextSpan? cue = null, source = null;
            foreach (var arg in args)
            {
                var colon = arg.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !spans.TryGetValue(arg[(colon + 1)..], out var target) || target.Spans.Count == 0)
                {
                    continue;
                }

                switch (arg[..colon])
                {
                    case "Content":
                        content = target.Spans;
                        break;
                    case "Cue":
                        cue = target.Spans[0];
                        break;
                    case "Source":
                        source = target.Spans[0];
                        break;
                }
            }

            if (content is not null)
            {
                result.Add(new GoldAttribution(content, cue, source));
            }
        }

        return result;
    }
}
