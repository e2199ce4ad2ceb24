using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Parallax.Language.Tone;

/// <summary>
/// The VADER sentiment lexicon (Hutto &amp; Gilbert, MIT) with VADER's booster and negation words, as embedded from
/// <c>data/lexicons/vader.tsv.gz</c>. Immutable and thread-safe once loaded.
/// </summary>
public sealed class SentimentLexicon
{
    private const string Resource = "Parallax.Lexicons.vader.tsv.gz";
    private static readonly Lazy<SentimentLexicon> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Dictionary<string, double> _valence;
    private readonly Dictionary<string, double> _boosters;
    private readonly HashSet<string> _negations;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _valenceBySpan;

    private SentimentLexicon(Dictionary<string, double> valence, Dictionary<string, double> boosters, HashSet<string> negations)
    {
        _valence = valence;
        _boosters = boosters;
        _negations = negations;
        _valenceBySpan = valence.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The embedded lexicon, loaded on first use.</summary>
    public static SentimentLexicon Default => LazyDefault.Value;

    /// <summary>How many words have a valence.</summary>
    public int Count => _valence.Count;

    /// <summary>Loads a lexicon in the <c>vader.tsv</c> format (plain or gzip): <c>w word valence</c>, <c>b phrase delta</c>, <c>n word</c>.</summary>
    /// <exception cref="InvalidDataException">When a line cannot be read.</exception>
    public static SentimentLexicon Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        Stream source = buffer.Length > 2 && buffer.GetBuffer()[0] == 0x1f && buffer.GetBuffer()[1] == 0x8b
            ? new GZipStream(buffer, CompressionMode.Decompress)
            : buffer;
        using var reader = new StreamReader(source, Encoding.UTF8);
        var valence = new Dictionary<string, double>(StringComparer.Ordinal);
        var boosters = new Dictionary<string, double>(StringComparer.Ordinal);
        var negations = new HashSet<string>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = line.Split('\t');
            switch (f[0])
            {
                case "w" when f.Length >= 3:
                    valence[f[1]] = double.Parse(f[2], CultureInfo.InvariantCulture);
                    break;
                case "b" when f.Length >= 3:
                    boosters[f[1]] = double.Parse(f[2], CultureInfo.InvariantCulture);
                    break;
                case "n" when f.Length >= 2:
                    negations.Add(f[1]);
                    break;
                case "":
                    break;
                default:
                    throw new InvalidDataException("Unreadable sentiment lexicon line: " + line);
            }
        }

        return new SentimentLexicon(valence, boosters, negations);
    }

    /// <summary>The valence (-4 … 4) of a lower-case word; 0 when unknown.</summary>
    public double Valence(ReadOnlySpan<char> lowerCaseWord) => _valenceBySpan.TryGetValue(lowerCaseWord, out var v) ? v : 0;

    /// <summary>True when the lower-case word has a valence.</summary>
    public bool Has(string lowerCaseWord) => _valence.ContainsKey(lowerCaseWord);

    /// <summary>The booster (positive) or dampener (negative) delta of a lower-case word or two-word phrase; 0 when none.</summary>
    public double Booster(string lowerCase) => _boosters.TryGetValue(lowerCase, out var b) ? b : 0;

    /// <summary>True for VADER's negation words ("not", "never", "without") and any word ending in "n't".</summary>
    public bool IsNegation(string lowerCase) => _negations.Contains(lowerCase) || lowerCase.EndsWith("n't", StringComparison.Ordinal) || lowerCase.EndsWith("n\u2019t", StringComparison.Ordinal);

    private static SentimentLexicon LoadDefault()
    {
        using var stream = typeof(SentimentLexicon).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource '{Resource}' is missing.");
        return Load(stream);
    }
}
