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
    private const string DerivationsResource = "Parallax.Lexicon.derivations.txt.gz";
    private const string InflectionsResource = "Parallax.Lexicon.inflections.txt.gz";
    private static readonly Lazy<WordRelations> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, string[]> _antonyms;
    private readonly Dictionary<string, int[]> _synsets;
    private readonly Dictionary<string, string[]> _hypernyms;
    private readonly Dictionary<string, string[]> _derivations;
    private readonly Dictionary<string, string[]> _inflections;

    private WordRelations(Dictionary<string, string[]> antonyms, Dictionary<string, int[]> synsets, Dictionary<string, string[]> hypernyms, Dictionary<string, string[]>? derivations = null, Dictionary<string, string[]>? inflections = null)
    {
        _antonyms = antonyms;
        _synsets = synsets;
        _hypernyms = hypernyms;
        _derivations = derivations ?? new Dictionary<string, string[]>(StringComparer.Ordinal);
        _inflections = inflections ?? new Dictionary<string, string[]>(StringComparer.Ordinal);
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
    public static WordRelations Load(Stream antonyms, Stream synonyms, Stream? hypernyms = null, Stream? derivations = null, Stream? inflections = null)
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

        return new WordRelations(antonymTable, synsetTable, hypernymTable, derivations is null ? null : ReadPairs(derivations), inflections is null ? null : ReadPairs(inflections));
    }

    /// <summary>Whether WordNet lists <paramref name="broader"/> as a direct hypernym of the first sense of <paramref name="word"/> ("consensus" → "agreement"), via base forms too.</summary>
    public bool IsBroader(string word, string broader)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(broader);
        foreach (var x in LemmaForms(word))
        {
            if (_hypernyms.TryGetValue(x, out var list))
            {
                foreach (var y in LemmaForms(broader))
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
        foreach (var x in LemmaForms(a))
        {
            if (_antonyms.TryGetValue(x, out var list))
            {
                foreach (var y in LemmaForms(b))
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

        foreach (var x in LemmaForms(a))
        {
            if (!_synsets.TryGetValue(x, out var left))
            {
                continue;
            }

            foreach (var y in LemmaForms(b))
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

    /// <summary>The word and crude base forms of it (plural and past/participle endings removed).</summary>
    /// <summary>
    /// Whether one word is a derivationally related form of the other across noun and verb (WordNet: "agree" /
    /// "agreement", "met" / "meeting", "withdraw" / "withdrawal"); agent nouns ("killer") are not included.
    /// </summary>
    public bool AreDerived(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        foreach (var x in LemmaForms(a))
        {
            if (_derivations.TryGetValue(x, out var list))
            {
                foreach (var y in LemmaForms(b))
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

    /// <summary>The forms every relation of <paramref name="word"/> is looked up under: itself, crude base forms, and WordNet lemmas of an irregular form.</summary>
    internal IEnumerable<string> BaseForms(string word) => LemmaForms(word);

    /// <summary>The WordNet synsets of a form (numbered); two words are synonyms when forms of them share one.</summary>
    internal IReadOnlyList<int> SensesOf(string form) => _synsets.TryGetValue(form, out var senses) ? senses : [];

    /// <summary>The forms a form is derivationally related to or has as direct hypernyms (what <see cref="AreDerived"/> and <see cref="IsBroader"/> look for).</summary>
    internal IEnumerable<string> LinksOf(string form)
    {
        if (_derivations.TryGetValue(form, out var derived))
        {
            foreach (var d in derived)
            {
                yield return d;
            }
        }

        if (_hypernyms.TryGetValue(form, out var broader))
        {
            foreach (var b in broader)
            {
                yield return b;
            }
        }
    }

    /// <summary>Whether the word is an irregular form of a verb in WordNet ("met", "went", "fell").</summary>
    public bool IsIrregularVerbForm(string word) => _inflections.ContainsKey(word);

    /// <summary>The word's regular forms (<see cref="Forms"/>) and its WordNet lemmas for irregular forms ("met" → "meet").</summary>
    private IEnumerable<string> LemmaForms(string word)
    {
        foreach (var form in Forms(word))
        {
            yield return form;
        }

        if (_inflections.TryGetValue(word, out var lemmas))
        {
            foreach (var lemma in lemmas)
            {
                yield return lemma;
            }
        }
    }

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
        using var derivations = assembly.GetManifestResourceStream(DerivationsResource);
        using var inflections = assembly.GetManifestResourceStream(InflectionsResource);
        return antonyms is null || synonyms is null ? Empty : Load(antonyms, synonyms, hypernyms, derivations, inflections);
    }
}
