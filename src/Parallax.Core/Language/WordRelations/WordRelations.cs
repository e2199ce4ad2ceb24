using System.IO.Compression;
using System.Text;

namespace Parallax.Language.WordRelations;

/// <summary>
/// Antonyms, synonyms and hypernyms of single English words, from WordNet 3.0 (derived by <c>tools/wordnet/build-wordnet.sh</c>;
/// licence in <c>data/lexicon/NOTICE.md</c>). Lookups are case-insensitive on lower-case words and also try a
/// crude singular/base form, so "agreements" finds "agreement". Immutable and thread-safe.
/// </summary>
public sealed class WordRelations
{
    private const string AntonymsResource = "Parallax.Lexicon.antonyms.txt.gz";
    private const string SynonymsResource = "Parallax.Lexicon.synonyms.txt.gz";
    private const string HypernymsResource = "Parallax.Lexicon.hypernyms.txt.gz";
    private static readonly Lazy<WordRelations> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, string[]> _antonyms;
    private readonly Dictionary<string, int[]> _synsets;
    private readonly Dictionary<string, string[]> _hypernyms;

    private WordRelations(Dictionary<string, string[]> antonyms, Dictionary<string, int[]> synsets, Dictionary<string, string[]> hypernyms)
    {
        _antonyms = antonyms;
        _synsets = synsets;
        _hypernyms = hypernyms;
    }

    /// <summary>The relations shipped with Parallax (embedded resources).</summary>
    public static WordRelations Default => DefaultInstance.Value;

    /// <summary>An empty lexicon: nothing is an antonym or synonym of anything.</summary>
    public static WordRelations Empty { get; } = new(new Dictionary<string, string[]>(StringComparer.Ordinal), new Dictionary<string, int[]>(StringComparer.Ordinal), new Dictionary<string, string[]>(StringComparer.Ordinal));

    /// <summary>The number of words that have at least one antonym.</summary>
    public int AntonymWordCount => _antonyms.Count;

    /// <summary>
    /// Reads the lists (gzip-compressed or plain UTF-8): <c>word TAB antonym</c> lines, synset lines of space-separated
    /// words, and optionally <c>word TAB broader word</c> lines.
    /// </summary>
    public static WordRelations Load(Stream antonyms, Stream synonyms, Stream? hypernyms = null)
    {
        ArgumentNullException.ThrowIfNull(antonyms);
        ArgumentNullException.ThrowIfNull(synonyms);
        var antonymTable = ReadPairs(antonyms);
        var hypernymTable = hypernyms is null ? new Dictionary<string, string[]>(StringComparer.Ordinal) : ReadPairs(hypernyms);
        var sets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        using (var reader = OpenText(synonyms))
        {
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length < 2)
                {
                    continue;
                }

                foreach (var word in words)
                {
                    if (!sets.TryGetValue(word, out var list))
                    {
                        sets[word] = list = [];
                    }

                    list.Add(number);
                }

                number++;
            }
        }

        var synsetTable = new Dictionary<string, int[]>(sets.Count, StringComparer.Ordinal);
        foreach (var (word, list) in sets)
        {
            synsetTable[word] = [.. list];
        }

        return new WordRelations(antonymTable, synsetTable, hypernymTable);
    }

    /// <summary>Whether WordNet lists <paramref name="broader"/> as a direct hypernym of the first sense of <paramref name="word"/> ("consensus" → "agreement"), via base forms too.</summary>
    public bool IsBroader(string word, string broader)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(broader);
        foreach (var x in Forms(word))
        {
            if (_hypernyms.TryGetValue(x, out var list))
            {
                foreach (var y in Forms(broader))
                {
                    if (Array.IndexOf(list, y) >= 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static Dictionary<string, string[]> ReadPairs(Stream stream)
    {
        var pairs = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var reader = OpenText(stream))
        {
            while (reader.ReadLine() is { } line)
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab <= 0 || tab + 1 >= line.Length)
                {
                    continue;
                }

                var word = line[..tab];
                if (!pairs.TryGetValue(word, out var list))
                {
                    pairs[word] = list = [];
                }

                list.Add(line[(tab + 1)..]);
            }
        }

        var table = new Dictionary<string, string[]>(pairs.Count, StringComparer.Ordinal);
        foreach (var (word, list) in pairs)
        {
            table[word] = [.. list];
        }

        return table;
    }

    /// <summary>Whether WordNet lists <paramref name="a"/> and <paramref name="b"/> (lower case) as antonyms, directly or via their base forms.</summary>
    public bool AreAntonyms(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        foreach (var x in Forms(a))
        {
            if (_antonyms.TryGetValue(x, out var list))
            {
                foreach (var y in Forms(b))
                {
                    if (Array.IndexOf(list, y) >= 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The antonyms WordNet lists for <paramref name="word"/> (lower case) or its base forms; empty when none.</summary>
    public IEnumerable<string> AntonymsOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var x in Forms(word))
        {
            if (_antonyms.TryGetValue(x, out var list))
            {
                foreach (var y in list)
                {
                    yield return y;
                }
            }
        }
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> (lower case) share a common WordNet sense (or are the same word).</summary>
    public bool AreSynonyms(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a == b)
        {
            return true;
        }

        foreach (var x in Forms(a))
        {
            if (!_synsets.TryGetValue(x, out var left))
            {
                continue;
            }

            foreach (var y in Forms(b))
            {
                if (x == y)
                {
                    return true;
                }

                if (_synsets.TryGetValue(y, out var right))
                {
                    foreach (var s in left)
                    {
                        if (Array.IndexOf(right, s) >= 0)
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Blocking keys for <paramref name="word"/> (lower case): any two words that are <see cref="AreSynonyms"/> or of
    /// which one <see cref="IsBroader"/> than the other share at least one key (a form, a synset, a direct hypernym),
    /// so candidates for those relations can be found with an inverted index instead of comparing all pairs.
    /// </summary>
    public IEnumerable<string> RelationKeys(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var x in Forms(word))
        {
            yield return "w:" + x;
            if (_synsets.TryGetValue(x, out var sets))
            {
                foreach (var set in sets)
                {
                    yield return "s:" + set.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            if (_hypernyms.TryGetValue(x, out var broader))
            {
                foreach (var b in broader)
                {
                    yield return "w:" + b;
                }
            }
        }
    }

    /// <summary>The word and crude base forms of it (plural and past/participle endings removed).</summary>
    private static IEnumerable<string> Forms(string word)
    {
        yield return word;
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return word[..^3] + "y";
        }
        else if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            yield return word[..^1];
            if (word.EndsWith("es", StringComparison.Ordinal))
            {
                yield return word[..^2];
            }
        }
        else if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            yield return word[..^2];
            yield return word[..^1];
        }
        else if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            yield return word[..^3];
            yield return word[..^3] + "e";
        }
    }

    private static StreamReader OpenText(Stream stream)
    {
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }

        var start = stream.Position;
        var b1 = stream.ReadByte();
        var b2 = stream.ReadByte();
        stream.Position = start;
        var source = b1 == 0x1f && b2 == 0x8b ? new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true) : stream;
        return new StreamReader(source, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: ReferenceEquals(source, stream));
    }

    private static WordRelations LoadDefault()
    {
        var assembly = typeof(WordRelations).Assembly;
        using var antonyms = assembly.GetManifestResourceStream(AntonymsResource);
        using var synonyms = assembly.GetManifestResourceStream(SynonymsResource);
        using var hypernyms = assembly.GetManifestResourceStream(HypernymsResource);
        return antonyms is null || synonyms is null ? Empty : Load(antonyms, synonyms, hypernyms);
    }
}
