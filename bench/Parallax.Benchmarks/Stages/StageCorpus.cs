using System.Globalization;
using System.Text;
using Parallax.Eval.Language;
using Parallax.Model;

namespace Parallax.Benchmarks.Stages;

/// <summary>
/// Articles of one story for the story-stage benchmarks: article k is sample article k mod 5 (samples/alaska-summit)
/// with a random 60–90 % of its paragraphs, two or three paragraphs of the GUM news and interview documents, and its
/// digits shifted — so quotes, claims and names repeat across articles as in real coverage, but no two articles are
/// duplicates. Fixed seed: every run builds the same articles.
/// </summary>
internal static class StageCorpus
{
    public static IReadOnlyList<Article> Build(int count)
    {
        var documents = NewsText.Documents(EvalPaths.RepoRoot(), EvalPaths.DataDirectory([]));
        var samples = documents.Take(Math.Min(5, documents.Count)).Select(Paragraphs).ToArray();
        var others = documents.Skip(samples.Length).SelectMany(Paragraphs).Where(p => p.Length > 80).ToArray();
        if (others.Length == 0)
        {
            others = samples.SelectMany(p => p).ToArray();
        }

        var random = new Random(20251115);
        var articles = new List<Article>(count);
        for (var k = 0; k < count; k++)
        {
            var sample = samples[k % samples.Length];
            var kept = new List<string> { sample[0] };
            kept.AddRange(sample.Skip(1).Where(_ => random.NextDouble() < 0.6 + (0.3 * random.NextDouble())));
            var extra = 2 + random.Next(2);
            for (var e = 0; e < extra; e++)
            {
                kept.Insert(1 + random.Next(kept.Count), others[random.Next(others.Length)]);
            }

            var text = ShiftDigits(string.Join("\n\n", kept), k);
            var source = string.Create(CultureInfo.InvariantCulture, $"bench/{k:D5}.txt");
            articles.Add(new Article(source, text));
        }

        return articles;
    }

    /// <summary>UTF-8 size of the articles' text, in MB (10^6 bytes).</summary>
    public static double Megabytes(IEnumerable<Article> articles) => articles.Sum(a => Encoding.UTF8.GetByteCount(a.Text)) / 1e6;

    private static string[] Paragraphs(string document) =>
        document.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string ShiftDigits(string text, int shift)
    {
        if (shift % 7 == 0)
        {
            return text; // some articles keep the original figures, so claims agree as well as conflict
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsAsciiDigit(chars[i]) && (i == 0 || !char.IsAsciiDigit(chars[i - 1])))
            {
                chars[i] = (char)('0' + ((chars[i] - '0' + shift) % 10));
            }
        }

        return new string(chars);
    }
}
