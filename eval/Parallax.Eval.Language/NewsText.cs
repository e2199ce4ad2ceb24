using System.Text;

namespace Parallax.Eval.Language;

/// <summary>
/// Builds news-like text of a given size from the articles in <c>samples/alaska-summit</c> (and, for
/// <see cref="BuildMixed"/>, the GUM news and interview documents), repeated with the digits changed in every copy so
/// numbers vary. Shared with the benchmarks project.
/// </summary>
internal static class NewsText
{
    private const string Fallback =
        "Russian Foreign Minister Sergey Lavrov said on Aug. 15 that the U.S. delegation had arrived in Anchorage. " +
        "\"We are ready,\" he told reporters at 9 a.m. local time. Trump's envoy, Steve Witkoff, didn't comment.\n\n" +
        "Talks on a face-to-face meeting lasted 12 hours; about 6,000 troops and $1.2 billion in aid were discussed.\n";

    /// <summary>The sample articles joined by blank lines, or a built-in paragraph when the samples are not found.</summary>
    public static string Samples(string? repoRoot)
    {
        var folder = repoRoot is null ? null : Path.Combine(repoRoot, "samples", "alaska-summit");
        if (folder is null || !Directory.Exists(folder))
        {
            return Fallback;
        }

        var builder = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            builder.Append(File.ReadAllText(file).Trim()).Append("\n\n");
        }

        return builder.Length == 0 ? Fallback : builder.ToString();
    }

    /// <summary>At least <paramref name="utf8Bytes"/> bytes (UTF-8) of text built from <paramref name="samples"/>.</summary>
    public static string Build(string samples, long utf8Bytes)
    {
        var bytesPerCopy = Encoding.UTF8.GetByteCount(samples);
        var copies = (int)((utf8Bytes + bytesPerCopy - 1) / bytesPerCopy);
        var builder = new StringBuilder(checked(copies * samples.Length));
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var c in samples)
            {
                builder.Append(char.IsAsciiDigit(c) ? (char)('0' + ((c - '0' + copy) % 10)) : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The documents for <see cref="BuildMixed"/>: each sample article, and each GUM news and interview document under
    /// <paramref name="dataDirectory"/> (paragraphs separated by blank lines) when the data is there.
    /// </summary>
    public static IReadOnlyList<string> Documents(string? repoRoot, string? dataDirectory)
    {
        var documents = new List<string>();
        var folder = repoRoot is null ? null : Path.Combine(repoRoot, "samples", "alaska-summit");
        if (folder is not null && Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                documents.Add(File.ReadAllText(file).Trim());
            }
        }

        var gum = dataDirectory is null ? null : Path.Combine(dataDirectory, "gum-wikinews", "conllu");
        if (gum is not null && Directory.Exists(gum))
        {
            foreach (var document in GumCorpus.Read(gum))
            {
                documents.Add(document.Text.Replace("\n", "\n\n", StringComparison.Ordinal));
            }
        }

        if (documents.Count == 0)
        {
            documents.Add(Fallback.Trim());
        }

        return documents;
    }

    /// <summary>
    /// At least <paramref name="utf8Bytes"/> bytes (UTF-8) of text: whole documents from copies of <paramref name="documents"/>, each copy in
    /// its own shuffled order (fixed seeds, so every run builds the same text) and with its digits shifted, separated by
    /// blank lines.
    /// </summary>
    public static string BuildMixed(IReadOnlyList<string> documents, long utf8Bytes)
    {
        var builder = new StringBuilder();
        var order = Enumerable.Range(0, documents.Count).ToArray();
        long bytes = 0;
        for (var copy = 0; bytes < utf8Bytes; copy++)
        {
            new Random(copy).Shuffle(order);
            foreach (var index in order)
            {
                foreach (var c in documents[index])
                {
                    builder.Append(char.IsAsciiDigit(c) ? (char)('0' + ((c - '0' + copy) % 10)) : c);
                }

                builder.Append("\n\n");
                bytes += Encoding.UTF8.GetByteCount(documents[index]) + 2;
                if (bytes >= utf8Bytes)
                {
                    break;
                }
            }
        }

        return builder.ToString();
    }
}
