using System.Collections.Immutable;
using System.Text;
using Parallax.Model;

namespace Parallax.Language.Tone;

/// <summary>One judgement-laden term of a <see cref="LoadedLanguage"/> list, with its neutral alternatives. Immutable.</summary>
/// <param name="Term">The term, lower case ("regime", "special military operation").</param>
/// <param name="Category">label, pejorative, euphemism or charged.</param>
/// <param name="Alternatives">Neutral wordings for the same thing ("government", "administration").</param>
/// <param name="NeutralAfter">Words that, right before the term, make it neutral ("sanctions" regime).</param>
public sealed record LoadedTerm(string Term, string Category, ImmutableArray<string> Alternatives, ImmutableArray<string> NeutralAfter);

/// <summary>A use of a <see cref="LoadedTerm"/> in a text. Immutable.</summary>
/// <param name="Span">The words in the text.</param>
/// <param name="Term">The term.</param>
public sealed record LoadedTermMatch(TextSpan Span, LoadedTerm Term) : IHasSpan;

/// <summary>
/// A list of loaded terms and the finder for them: whole-word, case-insensitive, with plural ("regimes") and possessive
/// ("regime's") forms, the longest term winning ("puppet regime" over "regime"). The default list is
/// <c>data/lexicons/loaded-terms.tsv</c> (embedded). Immutable and thread-safe.
/// </summary>
public sealed class LoadedLanguage
{
    private const string Resource = "Parallax.Lexicons.loaded-terms.tsv";
    private const int MaxTermWords = 4;
    private static readonly Lazy<LoadedLanguage> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Dictionary<string, LoadedTerm> _byPhrase;

    private LoadedLanguage(Dictionary<string, LoadedTerm> byPhrase) => _byPhrase = byPhrase;

    /// <summary>The embedded list.</summary>
    public static LoadedLanguage Default => LazyDefault.Value;

    /// <summary>The terms of the list.</summary>
    public IEnumerable<LoadedTerm> Terms => _byPhrase.Values.Distinct();

    /// <summary>Loads a list: one <c>term TAB category TAB alt|alt [TAB neutral-before|…]</c> a line; '#' starts a comment.</summary>
    public static LoadedLanguage Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var byPhrase = new Dictionary<string, LoadedTerm>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 2)
            {
                continue;
            }

            var term = new LoadedTerm(
                f[0].Trim().ToLowerInvariant(),
                f[1].Trim(),
                f.Length > 2 ? [.. f[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [],
                f.Length > 3 ? [.. f[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : []);
            byPhrase[Normalize(term.Term)] = term;
        }

        return new LoadedLanguage(byPhrase);
    }

    /// <summary>The loaded terms used in <paramref name="span"/> of <paramref name="text"/> (the whole text when null), in order.</summary>
    public IReadOnlyList<LoadedTermMatch> Find(string text, TextSpan? span = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text, span ?? new TextSpan(0, text.Length));
        var found = new List<LoadedTermMatch>();
        var i = 0;
        while (i < words.Count)
        {
            if ((i & 1023) == 1023)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var matched = false;
            for (var n = Math.Min(MaxTermWords, words.Count - i); n >= 1 && !matched; n--)
            {
                var phrase = new StringBuilder();
                for (var k = 0; k < n; k++)
                {
                    if (k > 0)
                    {
                        phrase.Append(' ');
                    }

                    phrase.Append(words[i + k].Lower);
                }

                var key = phrase.ToString();
                if (Lookup(key) is { } term && !(i > 0 && term.NeutralAfter.Contains(words[i - 1].Lower)))
                {
                    found.Add(new LoadedTermMatch(new TextSpan(words[i].Span.Start, words[i + n - 1].Span.End), term));
                    i += n;
                    matched = true;
                }
            }

            if (!matched)
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>Where the phrase <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words, case-insensitive.</summary>
    public static IReadOnlyList<TextSpan> Occurrences(string text, string phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        var found = new List<TextSpan>();
        if (phrase.Length == 0)
        {
            return found;
        }

        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf(phrase, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                break;
            }

            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]) || (text[end] == 's' && (end + 1 >= text.Length || !char.IsLetter(text[end + 1])))))
            {
                found.Add(new TextSpan(at, end));
            }

            from = end;
        }

        return found;
    }

    private LoadedTerm? Lookup(string key)
    {
        if (_byPhrase.TryGetValue(key, out var term))
        {
            return term;
        }

        // Plural and possessive forms: "regimes", "regime's", "puppets".
        if (key.EndsWith("'s", StringComparison.Ordinal) && _byPhrase.TryGetValue(key[..^2], out term))
        {
            return term;
        }

        if (key.EndsWith("es", StringComparison.Ordinal) && _byPhrase.TryGetValue(key[..^2], out term))
        {
            return term;
        }

        return key.EndsWith('s') && _byPhrase.TryGetValue(key[..^1], out term) ? term : null;
    }

    private static string Normalize(string term) => term.Replace('\u2019', '\'');

    private static List<(TextSpan Span, string Lower)> Words(string text, TextSpan span)
    {
        var words = new List<(TextSpan, string)>();
        var i = span.Start;
        var end = Math.Min(text.Length, span.End);
        while (i < end)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < end && (char.IsLetter(text[i]) || (text[i] is '-' or '\'' or '\u2019' && i + 1 < end && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            words.Add((new TextSpan(start, i), Normalize(text.Substring(start, i - start).ToLowerInvariant())));
        }

        return words;
    }

    private static LoadedLanguage LoadDefault()
    {
        using var stream = typeof(LoadedLanguage).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource '{Resource}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Load(reader);
    }
}
