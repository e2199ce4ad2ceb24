using System.Collections.Frozen;

namespace Parallax.Language;

/// <summary>
/// Tells which language a text is written in, from its script (Cyrillic, Han, kana, Arabic) and, for Latin-script
/// text, from counts of very common words. Knows en, de, fr, es, it, pt, nl, ru, uk, zh, ja and ar. Stateless,
/// allocation-free and thread-safe; reads at most the first <see cref="MaxCharsRead"/> characters.
/// </summary>
public static class LanguageIdentifier
{
    /// <summary>Characters read from the start of the text; the rest is ignored.</summary>
    public const int MaxCharsRead = 32 * 1024;

    /// <summary>Fewer letters than this and no language is claimed.</summary>
    public const int MinLetters = 20;

    private const int MinStopwordHits = 2;
    private const int MaxWordLength = 16;

    // Index order of the Latin-script languages in the stopword masks below.
    private static readonly string[] LatinLanguages = ["en", "de", "fr", "es", "it", "pt", "nl"];

    private static readonly FrozenDictionary<string, int> Stopwords = BuildStopwords();
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> StopwordLookup =
        Stopwords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Returns the ISO 639-1 code of the language of <paramref name="text"/>, or null when there is too little text
    /// or the evidence is too weak (including languages it does not know).
    /// </summary>
    public static string? Identify(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxCharsRead)
        {
            text = text[..MaxCharsRead];
        }

        var counts = CountScripts(text);
        if (counts.Letters < MinLetters)
        {
            return null;
        }

        var cjk = counts.Han + counts.Kana;
        if (cjk * 2 >= counts.Letters)
        {
            // Japanese writes kana between its kanji; Chinese has none.
            return counts.Kana * 10 >= cjk ? "ja" : "zh";
        }

        if (counts.Cyrillic * 2 >= counts.Letters)
        {
            return counts.UkrainianMarks > counts.RussianMarks ? "uk" : "ru";
        }

        if (counts.Arabic * 2 >= counts.Letters)
        {
            // Persian and Urdu share the script; their own letters say it is not Arabic.
            return counts.PersianMarks * 50 > counts.Arabic ? null : "ar";
        }

        return counts.Latin * 2 >= counts.Letters ? IdentifyLatin(text) : null;
    }

    private static string? IdentifyLatin(ReadOnlySpan<char> text)
    {
        Span<int> scores = stackalloc int[LatinLanguages.Length];
        Span<char> word = stackalloc char[MaxWordLength];
        var length = 0;
        var tooLong = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c) || (c == '\'' && length > 0))
            {
                if (length < MaxWordLength)
                {
                    word[length++] = char.ToLowerInvariant(c);
                }
                else
                {
                    tooLong = true;
                }

                continue;
            }

            if (length > 0 && !tooLong && StopwordLookup.TryGetValue(word[..length], out var mask))
            {
                for (var l = 0; l < LatinLanguages.Length; l++)
                {
                    if ((mask & (1 << l)) != 0)
                    {
                        scores[l]++;
                    }
                }
            }

            length = 0;
            tooLong = false;
        }

        var best = -1;
        var second = 0;
        for (var l = 0; l < scores.Length; l++)
        {
            if (best < 0 || scores[l] > scores[best])
            {
                if (best >= 0)
                {
                    second = scores[best];
                }

                best = l;
            }
            else if (scores[l] > second)
            {
                second = scores[l];
            }
        }

        return scores[best] >= MinStopwordHits && scores[best] > second ? LatinLanguages[best] : null;
    }

    private static ScriptCounts CountScripts(ReadOnlySpan<char> text)
    {
        var counts = default(ScriptCounts);
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                if (char.IsAsciiLetter(c))
                {
                    counts.Letters++;
                    counts.Latin++;
                }

                continue;
            }

            switch (c)
            {
                case >= '\u00C0' and <= '\u024F' when c is not '\u00D7' and not '\u00F7':
                    counts.Letters++;
                    counts.Latin++;
                    break;
                case >= '\u0400' and <= '\u04FF':
                    counts.Letters++;
                    counts.Cyrillic++;
                    if (c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ')
                    {
                        counts.UkrainianMarks++;
                    }
                    else if (c is 'ы' or 'э' or 'ё' or 'ъ' or 'Ы' or 'Э' or 'Ё')
                    {
                        counts.RussianMarks++;
                    }

                    break;
                case >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F'
                    or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF':
                    if (char.IsLetter(c))
                    {
                        counts.Letters++;
                        counts.Arabic++;
                        if (c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ی' or 'ک' or 'ں' or 'ے')
                        {
                            counts.PersianMarks++;
                        }
                    }

                    break;
                case >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F':
                    counts.Letters++;
                    counts.Kana++;
                    break;
                case >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF':
                    counts.Letters++;
                    counts.Han++;
                    break;
                default:
                    if (char.IsLetter(c))
                    {
                        counts.Letters++;
                    }

                    break;
            }
        }

        return counts;
    }

    private static FrozenDictionary<string, int> BuildStopwords()
    {
        // Frequent words that are fairly particular to each language; shared spellings get several bits.
        string[] lists =
        [
            "the and of to is in that it was for with as are on be this have from by not but they which were has been would their will said about there who what an or we you he she its had than after",
            "der die das und ist nicht ein eine einen dem den des sich mit auf für von zu im auch als wird werden wurde sind hat haben bei nach noch oder aber wie über dass vor",
            "le la les et est une des du de en dans pour que qui pas sur au aux ne ce cette sont avec il elle ont été par mais comme plus leur nous vous fait être",
            "el la los las y es de del en que por una con para se no al lo su sus como pero más fue está este esta son ha han entre sobre también muy",
            "il la le lo gli di che è e un una per con del della dei delle non sono al nel alla anche come ma più ha si questo questa stato essere",
            "o a os as e é do da dos das em um uma que para com não no na nos se por mais foi são ao pelo pela também como mas seu sua está",
            "de het een en van is in dat op te niet zijn met voor die er aan ook als maar bij door om naar wordt werd hij zij heeft hebben nog wel dan uit",
        ];

        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var l = 0; l < lists.Length; l++)
        {
            foreach (var word in lists[l].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                masks[word] = masks.GetValueOrDefault(word) | (1 << l);
            }
        }

        return masks.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private struct ScriptCounts
    {
        public int Letters;
        public int Latin;
        public int Cyrillic;
        public int UkrainianMarks;
        public int RussianMarks;
        public int Arabic;
        public int PersianMarks;
        public int Kana;
        public int Han;
    }
}
