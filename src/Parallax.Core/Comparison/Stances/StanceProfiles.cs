using Parallax.Language.WordRelations;

namespace Parallax.Comparison.Stances;

/// <summary>A claim prepared for comparison: its content stems with TF-IDF weights, bigrams, character 4-grams, numbers, names and antonyms.</summary>
internal sealed class ClaimProfile
{
    internal ClaimProfile(StanceText text, TermWeights weights, WordRelations relations)
    {
        Text = text;
        var tf = new Dictionary<string, int>(StringComparer.Ordinal);
        var content = new List<string>();
        for (var i = 0; i < text.Count; i++)
        {
            var term = text.Terms[i];
            if (IsContent(term))
            {
                tf[term] = tf.GetValueOrDefault(term) + 1;
                content.Add(term);
                if (StanceText.IsNumber(term))
                {
                    Numbers.Add(term);
                }
                else if (text.Capitalized[i] && i > 0)
                {
                    Names.Add(term);
                }

                foreach (var antonym in relations.AntonymsOf(text.Words[i]))
                {
                    Antonyms.Add(StanceText.Stem(antonym));
                }
            }
        }

        double norm = 0;
        foreach (var (term, count) in tf)
        {
            var w = (float)((1 + Math.Log(count)) * weights.Idf(term));
            Weights[term] = w;
            norm += w * w;
            IdfTotal += weights.Idf(term);
            MaxIdf = Math.Max(MaxIdf, weights.Idf(term));
        }

        Norm = (float)Math.Sqrt(norm);
        for (var i = 1; i < content.Count; i++)
        {
            Bigrams.Add(Pair(content[i - 1], content[i]));
        }

        CharGrams = StanceProfiles.CharGrams(text);
        foreach (var c in text.Text)
        {
            HasQuestion |= c == '?';
            HasQuote |= c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018';
        }
    }

    internal StanceText Text { get; }

    internal Dictionary<string, float> Weights { get; } = new(StringComparer.Ordinal);

    internal float Norm { get; }

    internal float IdfTotal { get; }

    internal float MaxIdf { get; }

    internal HashSet<long> Bigrams { get; } = [];

    internal HashSet<int> CharGrams { get; }

    internal HashSet<string> Numbers { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> Names { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> Antonyms { get; } = new(StringComparer.Ordinal);

    internal bool HasQuestion { get; }

    internal bool HasQuote { get; }

    internal static bool IsContent(string term) => (term.Length > 1 || StanceText.IsNumber(term)) && !StanceWords.Stop.Contains(term);

    internal static long Pair(string a, string b) => ((long)StringComparer.Ordinal.GetHashCode(a) << 32) ^ (uint)StringComparer.Ordinal.GetHashCode(b);
}

/// <summary>A text prepared for comparison: term frequencies, TF-IDF norm, per-sentence norms, bigrams and character 4-grams.</summary>
internal sealed class BodyProfile
{
    internal BodyProfile(StanceText text, TermWeights weights)
    {
        Text = text;
        var content = new List<string>();
        foreach (var term in text.Terms)
        {
            if (ClaimProfile.IsContent(term))
            {
                Frequencies[term] = Frequencies.GetValueOrDefault(term) + 1;
                content.Add(term);
            }
        }

        double norm = 0;
        foreach (var (term, count) in Frequencies)
        {
            var w = (1 + Math.Log(count)) * weights.Idf(term);
            norm += w * w;
        }

        Norm = (float)Math.Sqrt(norm);
        for (var i = 1; i < content.Count; i++)
        {
            Bigrams.Add(ClaimProfile.Pair(content[i - 1], content[i]));
        }

        var sentences = text.Sentences.Length;
        SentenceNorms = new float[sentences];
        var local = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < sentences; s++)
        {
            local.Clear();
            for (var i = text.SentenceStarts[s]; i < text.SentenceStarts[s + 1]; i++)
            {
                var term = text.Terms[i];
                if (ClaimProfile.IsContent(term))
                {
                    local[term] = local.GetValueOrDefault(term) + 1;
                }
            }

            double sn = 0;
            foreach (var (term, count) in local)
            {
                var w = (1 + Math.Log(count)) * weights.Idf(term);
                sn += w * w;
            }

            SentenceNorms[s] = (float)Math.Sqrt(sn);
        }

        CharGrams = StanceProfiles.CharGrams(text);
        foreach (var c in text.Text.AsSpan(0, Math.Min(text.Text.Length, StanceText.MaxChars)))
        {
            Questions += c == '?' ? 1 : 0;
            Quotes += c is '"' or '\u201C' or '\u201D' ? 1 : 0;
        }
    }

    internal StanceText Text { get; }

    internal Dictionary<string, int> Frequencies { get; } = new(StringComparer.Ordinal);

    internal float Norm { get; }

    internal float[] SentenceNorms { get; }

    internal HashSet<long> Bigrams { get; } = [];

    internal HashSet<int> CharGrams { get; }

    internal int Questions { get; }

    internal int Quotes { get; }
}

/// <summary>Shared helpers of the profiles.</summary>
internal static class StanceProfiles
{
    /// <summary>Hashes of the character 4-grams of the text's lower-case words joined by single spaces.</summary>
    internal static HashSet<int> CharGrams(StanceText text)
    {
        var set = new HashSet<int>();
        var window = 0u;
        var filled = 0;
        for (var w = 0; w < text.Count; w++)
        {
            var word = text.Words[w];
            for (var k = 0; k <= word.Length; k++)
            {
                var c = k < word.Length ? word[k] : ' ';
                window = (window << 8) ^ (c * 2654435761u >> 24) ^ c;
                filled++;
                if (filled >= 4)
                {
                    set.Add((int)(window * 2246822519u));
                }
            }
        }

        return set;
    }
}
