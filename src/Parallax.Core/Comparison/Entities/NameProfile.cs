using System.Collections.Frozen;
using Parallax.Language.Entities;

namespace Parallax.Comparison.Entities;

/// <summary>
/// A candidate's name taken apart for comparison: for a person, the given name, the surname and a suffix ("Jr."),
/// with honorifics and titles ("Mr.", "President", "Gen.") set aside; for anything else, its words and acronym.
/// Every part comes folded (lower case, no diacritics) and as transliteration and phonetic keys. Immutable.
/// </summary>
internal sealed class NameProfile
{
    private static readonly FrozenSet<string> Honorifics = FrozenSet.Create(
        StringComparer.Ordinal,
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "sen", "senator", "rep",
        "gov", "governor", "gen", "general", "lt", "col", "colonel", "capt", "captain", "sgt", "adm", "admiral", "maj",
        "major", "president", "pres", "pope", "king", "queen", "prince", "princess", "rev", "reverend", "father", "sheikh",
        "judge", "justice", "minister", "premier", "chancellor", "secretary", "ambassador", "mayor", "saint", "st",
        "cardinal", "bishop", "archbishop", "rabbi", "imam", "ayatollah", "emir", "sultan", "tsar", "czar", "officer",
        "detective", "det", "sheriff", "coach", "chief", "mister", "madam", "madame", "monsieur", "herr", "frau");

    private static readonly FrozenSet<string> Suffixes = FrozenSet.Create(StringComparer.Ordinal, "jr", "sr", "ii", "iii", "iv", "junior", "senior");

    private static readonly FrozenSet<string> Particles = FrozenSet.Create(
        StringComparer.Ordinal, "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "al", "el", "bin", "ibn", "ben", "abu", "mac", "st");

    private static readonly FrozenSet<string> NameStopWords = FrozenSet.Create(StringComparer.Ordinal, "the", "of", "and", "for", "in", "on", "at", "a", "an", "to");

    private NameProfile(EntityType type, string[] words, string[] originalWords)
    {
        Type = type;
        Words = words;
        OriginalWords = originalWords;
    }

    /// <summary>The candidate's type.</summary>
    public EntityType Type { get; }

    /// <summary>The folded words of the name, without a leading "the" and honorifics (for people).</summary>
    public string[] Words { get; }

    /// <summary>The words as written, aligned with <see cref="Words"/>.</summary>
    public string[] OriginalWords { get; }

    /// <summary>For a person: the folded first given name, or empty for a surname alone.</summary>
    public string Given { get; private init; } = "";

    /// <summary>For a person: the given name as written.</summary>
    public string GivenAsWritten { get; private init; } = "";

    /// <summary>For a person: the given name is only an initial ("J.").</summary>
    public bool GivenIsInitial { get; private init; }

    /// <summary>For a person: the folded surname; for anything else, the folded words joined by spaces.</summary>
    public string Key { get; private init; } = "";

    /// <summary>The surname (person) or the name (anything else) as written.</summary>
    public string KeyAsWritten { get; private init; } = "";

    /// <summary>For a person: a generational suffix ("jr"), else empty.</summary>
    public string Suffix { get; private init; } = "";

    /// <summary>Transliteration key of <see cref="Key"/> (see <see cref="NameKeys.Transliteration"/>).</summary>
    public string KeyTranslit { get; private init; } = "";

    /// <summary>Phonetic key of <see cref="Key"/>.</summary>
    public string KeyPhonetic { get; private init; } = "";

    /// <summary>Transliteration key of <see cref="Given"/>.</summary>
    public string GivenTranslit { get; private init; } = "";

    /// <summary>Phonetic key of <see cref="Given"/>.</summary>
    public string GivenPhonetic { get; private init; } = "";

    /// <summary>For a non-person: the initials of its significant capitalised words ("NATO" for "North Atlantic Treaty Organization"), or the name itself when it is written as an acronym; else empty.</summary>
    public string Acronym { get; private init; } = "";

    /// <summary>True when the name is written as an acronym ("NATO", "U.S.").</summary>
    public bool IsAcronym { get; private init; }

    /// <summary>For a non-person: the transliteration keys of its words that are not stop words.</summary>
    public string[] ContentWords { get; private init; } = [];

    /// <summary>True when nothing usable is left of the name.</summary>
    public bool IsEmpty => Key.Length == 0;

    /// <summary>Takes <paramref name="name"/> apart.</summary>
    public static NameProfile Of(string name, EntityType type)
    {
        var raw = Split(name);
        var start = 0;
        if (raw.Count > 1 && raw[0].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            start = 1;
        }

        var original = new List<string>();
        var folded = new List<string>();
        for (var i = start; i < raw.Count; i++)
        {
            var f = NameKeys.Fold(raw[i]);
            if (f.Length > 0)
            {
                original.Add(raw[i]);
                folded.Add(f);
            }
        }

        return type == EntityType.Person ? OfPerson(type, folded, original) : OfNamed(type, folded, original);
    }

    private static NameProfile OfPerson(EntityType type, List<string> folded, List<string> original)
    {
        // Titles before the name ("President", "Gen.", "Mr."), but never the whole name ("General" alone stays).
        // and role words written in lower case before it ("lawyer Mark Heller").
        var first = 0;
        while (first < folded.Count - 1 && (Honorifics.Contains(folded[first]) || (char.IsLower(original[first][0]) && !Particles.Contains(folded[first]))))
        {
            first++;
        }

        var last = folded.Count - 1;
        var suffix = "";
        if (last > first && Suffixes.Contains(folded[last]))
        {
            suffix = folded[last] switch { "junior" => "jr", "senior" => "sr", var s => s };
            last--;
        }

        if (last < first)
        {
            return new NameProfile(type, [], []);
        }

        // The surname takes the particles before it ("van der Leyen", "bin Salman").
        var surnameStart = last;
        while (surnameStart - 1 > first && Particles.Contains(folded[surnameStart - 1]))
        {
            surnameStart--;
        }

        var surname = string.Concat(folded.GetRange(surnameStart, last - surnameStart + 1));
        var surnameWritten = string.Join(' ', original.GetRange(surnameStart, last - surnameStart + 1));
        var given = surnameStart > first ? folded[first] : "";
        var givenWritten = surnameStart > first ? original[first] : "";
        var translit = NameKeys.Transliteration(surname);
        var givenTranslit = NameKeys.Transliteration(given);
        return new NameProfile(type, [.. folded.GetRange(first, last - first + 1)], [.. original.GetRange(first, last - first + 1)])
        {
            Given = given,
            GivenAsWritten = givenWritten,
            GivenIsInitial = given.Length == 1,
            Key = surname,
            KeyAsWritten = surnameWritten,
            Suffix = suffix,
            KeyTranslit = translit,
            KeyPhonetic = NameKeys.Phonetic(translit),
            GivenTranslit = givenTranslit,
            GivenPhonetic = NameKeys.Phonetic(givenTranslit),
        };
    }

    private static NameProfile OfNamed(EntityType type, List<string> folded, List<string> original)
    {
        if (folded.Count == 0)
        {
            return new NameProfile(type, [], []);
        }

        var key = string.Join(' ', folded);
        var content = new List<string>();
        foreach (var w in folded)
        {
            if (!NameStopWords.Contains(w))
            {
                content.Add(NameKeys.Transliteration(w));
            }
        }

        var isAcronym = false;
        var acronym = "";
        if (original.Count == 1 && LooksLikeAcronym(original[0]))
        {
            isAcronym = true;
            acronym = NameKeys.Fold(original[0]);
        }
        else if (original.Count > 1)
        {
            var letters = new System.Text.StringBuilder();
            for (var i = 0; i < original.Count; i++)
            {
                var w = original[i];
                if (w.Length > 0 && char.IsUpper(w[0]) && !NameStopWords.Contains(folded[i]))
                {
                    letters.Append(char.ToLowerInvariant(w[0]));
                }
            }

            acronym = letters.Length >= 2 ? letters.ToString() : "";
        }

        var translit = NameKeys.Transliteration(key.Replace(" ", "", StringComparison.Ordinal));
        return new NameProfile(type, [.. folded], [.. original])
        {
            Key = key,
            KeyAsWritten = string.Join(' ', original),
            KeyTranslit = translit,
            KeyPhonetic = NameKeys.Phonetic(translit),
            Acronym = acronym,
            IsAcronym = isAcronym,
            ContentWords = [.. content],
        };
    }

    /// <summary>True when the word is written as an acronym: two to eight capitals, optionally with periods ("NATO", "U.S.").</summary>
    private static bool LooksLikeAcronym(string word)
    {
        var capitals = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                capitals++;
            }
            else if (c != '.' && c != '&')
            {
                return false;
            }
        }

        return capitals is >= 2 and <= 8;
    }

    private static List<string> Split(string name)
    {
        var words = new List<string>();
        var s = name.Length > 300 ? name[..300] : name;
        var startIndex = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            var boundary = i == s.Length || char.IsWhiteSpace(s[i]) || s[i] is ',' or '(' or ')' or '"' or '\u201c' or '\u201d';
            if (boundary)
            {
                if (startIndex >= 0)
                {
                    words.Add(TrimPossessive(s[startIndex..i]));
                    startIndex = -1;
                }
            }
            else if (startIndex < 0)
            {
                startIndex = i;
            }
        }

        // Tokenised text writes the possessive as a word of its own ("Lohan 's"); quotes and dashes are no words.
        words.RemoveAll(static w => w.Length == 0 || w is "s" or "S" || !ContainsLetterOrDigit(w));
        return words;
    }

    private static bool ContainsLetterOrDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string TrimPossessive(string word)
    {
        word = word.Trim('\'', '\u2018', '\u2019', '`', '-', '\u2013', '\u2014', ';', ':', '!', '?');
        if (word.EndsWith('.') && word.IndexOf('.', StringComparison.Ordinal) == word.Length - 1)
        {
            word = word.TrimEnd('.'); // "Jr." and "Gen." but not "U.S."
        }

        if (word.Length == 0)
        {
            return word;
        }

        if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase))
        {
            return word[..^2];
        }

        return word.TrimEnd('\'', '\u2019');
    }
}
