using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;

namespace Parallax.Bench.Corpus;

/// <summary>
/// Builds a corpus of N articles of real news text for <c>bench/corpus.sh</c>, as JSON Lines shards
/// (<c>{"url","title","outlet","published","text"}</c> or <c>"html"</c>) in an output directory outside the repository.
/// Sources, read in place (never copied): PolNeAR train+dev texts, FNC-1 bodies, ECB+ documents, GUM news/interviews
/// under <c>--data</c>. Article k takes source document k mod D ("the story") and keeps a random 55–80% of its paragraphs
/// in order, adds three to six paragraphs of other documents, replaces every "First Last" person name with a name drawn
/// for its variant (first names and surnames from data/gazetteers/names.tsv.gz), and changes every number except
/// years, so no two articles are exact or near duplicates (word 5-gram Jaccard well under 0.8). One article in ten is
/// an HTML page (navigation, share bar, related links, footer around the article) so extraction is exercised.
/// Deterministic for a given --seed.
/// </summary>
internal static partial class Program
{
    private const int ShardSize = 5000;

    private static int Main(string[] args)
    {
        var data = Option(args, "--data") ?? "/work/shared/data";
        var output = Option(args, "--out");
        var count = int.Parse(Option(args, "--articles") ?? "1000", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(args, "--seed") ?? "11", CultureInfo.InvariantCulture);
        var repo = Option(args, "--repo") ?? FindRepo();
        if (output is null || repo is null)
        {
            Console.Error.WriteLine("usage: Parallax.Bench.Corpus --out DIR --articles N [--data DIR] [--seed S] [--repo DIR]");
            return 2;
        }

        var documents = ReadSources(data);
        if (documents.Count == 0)
        {
            Console.Error.WriteLine($"no source text found under {data} (PolNeAR, FNC-1, ECB+, GUM); nothing built.");
            return 2;
        }

        var (firstNames, surnames) = ReadNames(Path.Combine(repo, "data", "gazetteers", "names.tsv.gz"));
        Directory.CreateDirectory(output);
        foreach (var old in Directory.EnumerateFiles(output, "corpus-*.jsonl"))
        {
            File.Delete(old);
        }

        var random = new Random(seed);
        var outlets = Enumerable.Range(0, 120).Select(i => $"{Outlets[i % Outlets.Length]} {Regions[i / Outlets.Length % Regions.Length]}").ToArray();
        long bytes = 0;
        StreamWriter? writer = null;
        var options = new JsonWriterOptions { Indented = false };
        for (var k = 0; k < count; k++)
        {
            if (k % ShardSize == 0)
            {
                writer?.Dispose();
                writer = new StreamWriter(Path.Combine(output, $"corpus-{k / ShardSize:D3}.jsonl"), false, new UTF8Encoding(false));
            }

            var story = k % documents.Count;
            var variant = k / documents.Count;
            var source = documents[story];
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            var paragraphs = new List<string>();
            var keep = 0.55 + (random.NextDouble() * 0.25);
            foreach (var paragraph in source.Paragraphs)
            {
                if (source.Paragraphs.Count <= 2 || random.NextDouble() < keep)
                {
                    paragraphs.Add(paragraph);
                }
            }

            if (paragraphs.Count == 0)
            {
                paragraphs.Add(source.Paragraphs[0]);
            }

            for (var extra = 3 + random.Next(4); extra > 0; extra--)
            {
                var other = documents[random.Next(documents.Count)];
                paragraphs.Insert(random.Next(paragraphs.Count + 1), other.Paragraphs[random.Next(other.Paragraphs.Count)]);
            }

            var text = Vary(string.Join("\n\n", paragraphs), names, firstNames, surnames, random, variant);
            var title = Vary(source.Title, names, firstNames, surnames, random, variant);
            var published = source.Date.AddDays(random.Next(0, 4) + (variant / 10 * 40));
            var outlet = outlets[random.Next(outlets.Length)];
            var url = $"https://{Slug(outlet)}.example/{published:yyyy/MM/dd}/{k:D6}-{Slug(title)}";
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                json.WriteStartObject();
                json.WriteString("url", url);
                json.WriteString("title", title);
                json.WriteString("outlet", outlet);
                json.WriteString("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (k % 10 == 9)
                {
                    json.WriteString("html", Page(title, outlet, paragraphs.Count == 0 ? [text] : text.Split("\n\n"), random, outlets));
                }
                else
                {
                    json.WriteString("text", text);
                }

                json.WriteEndObject();
            }

            bytes += Encoding.UTF8.GetByteCount(text);
            writer!.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }

        writer?.Dispose();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} articles from {documents.Count} source documents, {bytes / 1e6:F1} MB of article text, in {output}"));
        return 0;
    }

    private sealed record Source(string Title, List<string> Paragraphs, DateTime Date);

    private static List<Source> ReadSources(string data)
    {
        var sources = new List<Source>();
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        void Add(string text)
        {
            var paragraphs = text.Replace("\r", "", StringComparison.Ordinal)
                .Split('\n')
                .Select(p => p.Trim())
                .Where(p => p.Length > 0)
                .ToList();
            if (paragraphs.Count == 0 || paragraphs.Sum(p => p.Length) < 300)
            {
                return;
            }

            var title = paragraphs[0].Length <= 120 && paragraphs.Count > 1 ? paragraphs[0] : FirstWords(paragraphs[0], 10);
            if (paragraphs.Count > 1 && paragraphs[0].Length <= 120)
            {
                paragraphs.RemoveAt(0);
            }

            sources.Add(new Source(title, paragraphs, start.AddDays(sources.Count * 7 % 365)));
        }

        foreach (var split in new[] { "train", "dev" })
        {
            var folder = Path.Combine(data, "polnear", split, "text");
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
                {
                    Add(File.ReadAllText(file));
                }
            }
        }

        var fnc = Path.Combine(data, "fnc1", "train_bodies.csv");
        if (File.Exists(fnc))
        {
            foreach (var row in Parallax.Eval.Stance.CsvRows.Parse(File.ReadAllText(fnc)).Skip(1))
            {
                if (row.Count >= 2)
                {
                    Add(row[1]);
                }
            }
        }

        var ecb = Path.Combine(data, "ecbplus", "ECB+");
        if (Directory.Exists(ecb))
        {
            foreach (var file in Directory.EnumerateFiles(ecb, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                Add(EcbText(file));
            }
        }

        var gum = Path.Combine(data, "gum-wikinews", "conllu");
        if (Directory.Exists(gum))
        {
            foreach (var file in Directory.EnumerateFiles(gum, "*.conllu").Order(StringComparer.Ordinal))
            {
                var text = new StringBuilder();
                foreach (var line in File.ReadLines(file))
                {
                    if (line.StartsWith("# newpar", StringComparison.Ordinal) && !line.StartsWith("# newpar_", StringComparison.Ordinal))
                    {
                        text.Append('\n');
                    }
                    else if (line.StartsWith("# text = ", StringComparison.Ordinal))
                    {
                        text.Append(line["# text = ".Length..]).Append(' ');
                    }
                }

                Add(text.ToString());
            }
        }

        return sources;
    }

    /// <summary>An ECB+ document's tokens joined back into sentences (one paragraph per sentence), no space before punctuation.</summary>
    private static string EcbText(string path)
    {
        var text = new StringBuilder();
        var sentence = "-1";
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Name != "token")
            {
                continue;
            }

            var s = reader.GetAttribute("sentence") ?? "0";
            var token = reader.ReadElementContentAsString();
            if (s != sentence)
            {
                text.Append('\n');
                sentence = s;
            }
            else if (token.Length > 0 && !(token is "." or "," or ":" or ";" or "?" or "!" or "'s" or "n't" or ")" or "%"))
            {
                text.Append(' ');
            }

            text.Append(token);
        }

        return text.ToString();
    }

    private static (string[] FirstNames, string[] Surnames) ReadNames(string path)
    {
        var first = new HashSet<string>(StringComparer.Ordinal);
        var last = new HashSet<string>(StringComparer.Ordinal);
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                continue;
            }

            var name = line[..tab];
            var kind = line[(tab + 1)..];
            if (kind == "F" && name.Length > 2 && name.All(char.IsAsciiLetter))
            {
                first.Add(name);
            }
            else if (kind == "P" && name.Split(' ') is { Length: >= 2 } words && words[^1].Length > 3 && words[^1].All(char.IsAsciiLetter))
            {
                last.Add(words[^1]);
            }
        }

        return ([.. first.Order(StringComparer.Ordinal)], [.. last.Order(StringComparer.Ordinal)]);
    }

    /// <summary>Replaces person names (a known first name and a capitalised word) and numbers (not years) in <paramref name="text"/>.</summary>
    private static string Vary(string text, Dictionary<string, string> names, string[] firstNames, string[] surnames, Random random, int variant)
    {
        var firstSet = FirstNameSet ??= new HashSet<string>(firstNames, StringComparer.Ordinal);
        var result = PersonName().Replace(text, match =>
        {
            if (!firstSet.Contains(match.Groups[1].Value))
            {
                return match.Value;
            }

            if (!names.TryGetValue(match.Value, out var replacement))
            {
                replacement = variant == 0 && random.Next(3) == 0
                    ? match.Value
                    : firstNames[random.Next(firstNames.Length)] + " " + surnames[random.Next(surnames.Length)];
                names[match.Value] = replacement;
                names[match.Groups[2].Value] = replacement[(replacement.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            }

            return replacement;
        });
        result = Number().Replace(result, match =>
        {
            var value = match.Value;
            if (value.Length == 4 && value[0] is '1' or '2' && value[1] is '9' or '0')
            {
                return value;
            }

            var chars = value.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (char.IsAsciiDigit(chars[i]))
                {
                    chars[i] = (char)('0' + ((i == 0 ? 1 + random.Next(9) : random.Next(10)) % 10));
                }
            }

            return new string(chars);
        });
        return result;
    }

    private static HashSet<string>? FirstNameSet;

    private static string Page(string title, string outlet, IEnumerable<string> paragraphs, Random random, string[] outlets)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(Escape(title)).Append(" | ").Append(Escape(outlet)).Append("</title>")
            .Append("<meta property=\"og:site_name\" content=\"").Append(Escape(outlet)).Append("\"></head><body>")
            .Append("<header><nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/politics\">Politics</a> ")
            .Append("<a href=\"/business\">Business</a> <a href=\"/opinion\">Opinion</a></nav></header>")
            .Append("<div class=\"cookie-banner\">We use cookies to improve your experience. <button>Accept</button></div>")
            .Append("<main><article><h1>").Append(Escape(title)).Append("</h1>");
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(Escape(paragraph)).Append("</p>");
        }

        html.Append("</article><div class=\"share\">Share this article: <a href=\"#\">Facebook</a> <a href=\"#\">X</a></div>")
            .Append("<aside class=\"related\"><h2>Related</h2><ul>");
        for (var i = 0; i < 4; i++)
        {
            html.Append("<li><a href=\"/story/").Append(random.Next(1_000_000)).Append("\">More from ")
                .Append(Escape(outlets[random.Next(outlets.Length)])).Append("</a></li>");
        }

        html.Append("</ul></aside></main><footer>© ").Append(Escape(outlet)).Append(". All rights reserved. <a href=\"/privacy\">Privacy</a></footer></body></html>");
        return html.ToString();
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= 40)
            {
                break;
            }
        }

        return slug.ToString().Trim('-');
    }

    private static string FirstWords(string text, int count) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));

    private static string? Option(string[] args, string name)
    {
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    private static string? FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static readonly string[] Outlets = ["Daily Ledger", "Morning Courier", "Evening Standard", "Herald", "Tribune", "Gazette", "Observer", "Chronicle", "Dispatch", "Sentinel", "Post", "Times"];

    private static readonly string[] Regions = ["North", "South", "East", "West", "Central", "Coastal", "Valley", "Metro", "Capital", "Lakeside"];

    [GeneratedRegex(@"\b([A-Z][a-z]+) ([A-Z][a-z]{2,})\b")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();
}
