namespace Parallax.Comparison.Stances;

/// <summary>
/// The dense features of a (claim, text) pair: TF-IDF cosines against the whole text, its lead and its closest
/// sentences; word, bigram and character 4-gram overlap; refuting, hedging, confirming and negating words in the
/// headline, the text and the sentences closest to the claim; polarity, antonyms, numbers and names.
/// </summary>
internal static class StanceFeatures
{
    internal const int LeadSentences = 2;
    internal const int TopSentences = 3;

    private static readonly HashSet<string>[] Lexicons = [StanceWords.Refuting, StanceWords.Hedging, StanceWords.Confirming, StanceWords.Negating];

    /// <summary>The feature names, in order.</summary>
    internal static readonly string[] Names = BuildNames();

    internal static int Count => Names.Length;

    /// <summary>Computes the features into <paramref name="x"/> and returns the sentence indexes ranked by similarity to the claim (best first, at most <see cref="TopSentences"/>, similarity above 0).</summary>
    internal static int[] Compute(ClaimProfile claim, BodyProfile body, TermWeights weights, Span<float> x)
    {
        x.Clear();
        var text = body.Text;
        var sentences = text.Sentences.Length;
        var j = 0;

        // Whole-text cosine and coverage.
        double dot = 0, covered = 0, missingMax = 0;
        var found = 0;
        var namesFound = 0;
        foreach (var (term, cw) in claim.Weights)
        {
            if (body.Frequencies.TryGetValue(term, out var tf))
            {
                dot += cw * (1 + Math.Log(tf)) * weights.Idf(term);
                covered += weights.Idf(term);
                found++;
                namesFound += claim.Names.Contains(term) ? 1 : 0;
            }
            else
            {
                missingMax = Math.Max(missingMax, weights.Idf(term));
            }
        }

        var cosine = claim.Norm > 0 && body.Norm > 0 ? dot / (claim.Norm * body.Norm) : 0;

        // Per-sentence cosine and coverage.
        var sentenceCos = new float[sentences];
        var sentenceCover = new float[sentences];
        double leadDot = 0, leadNormSq = 0, leadCover = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var leadSeen = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences; s++)
        {
            seen.Clear();
            double sd = 0, sc = 0;
            for (var i = text.SentenceStarts[s]; i < text.SentenceStarts[s + 1]; i++)
            {
                var term = text.Terms[i];
                if (claim.Weights.TryGetValue(term, out var cw) && seen.Add(term))
                {
                    sd += cw * weights.Idf(term);
                    sc += weights.Idf(term);
                    if (s < LeadSentences && leadSeen.Add(term))
                    {
                        leadDot += cw * weights.Idf(term);
                        leadCover += weights.Idf(term);
                    }
                }
            }

            sentenceCos[s] = claim.Norm > 0 && body.SentenceNorms[s] > 0 ? (float)(sd / (claim.Norm * body.SentenceNorms[s])) : 0f;
            sentenceCover[s] = claim.IdfTotal > 0 ? (float)(sc / claim.IdfTotal) : 0f;
            if (s < LeadSentences)
            {
                leadNormSq += body.SentenceNorms[s] * body.SentenceNorms[s];
            }
        }

        var order = new int[sentences];
        for (var s = 0; s < sentences; s++)
        {
            order[s] = s;
        }

        Array.Sort(order, (a, b) =>
        {
            var c = (sentenceCos[b] + sentenceCover[b]).CompareTo(sentenceCos[a] + sentenceCover[a]);
            return c != 0 ? c : a.CompareTo(b);
        });
        var top = Math.Min(TopSentences, sentences);
        while (top > 0 && sentenceCos[order[top - 1]] <= 0)
        {
            top--;
        }

        var best = sentences > 0 ? order[0] : -1;
        double topMean = 0;
        for (var k = 0; k < top; k++)
        {
            topMean += sentenceCos[order[k]];
        }

        topMean = top > 0 ? topMean / top : 0;
        var aboutCount = 0;
        for (var s = 0; s < sentences; s++)
        {
            aboutCount += sentenceCover[s] >= 0.25f ? 1 : 0;
        }

        // Bigrams and character grams.
        var bigrams = 0;
        foreach (var b in claim.Bigrams)
        {
            bigrams += body.Bigrams.Contains(b) ? 1 : 0;
        }

        var grams = 0;
        foreach (var g in claim.CharGrams)
        {
            grams += body.CharGrams.Contains(g) ? 1 : 0;
        }

        x[j++] = (float)cosine;
        x[j++] = claim.Norm > 0 && leadNormSq > 0 ? (float)(leadDot / (claim.Norm * Math.Sqrt(leadNormSq))) : 0f;
        x[j++] = best >= 0 ? sentenceCos[best] : 0f;
        x[j++] = (float)topMean;
        x[j++] = claim.IdfTotal > 0 ? (float)(covered / claim.IdfTotal) : 0f;
        x[j++] = best >= 0 ? sentenceCover[best] : 0f;
        x[j++] = claim.IdfTotal > 0 ? (float)(leadCover / claim.IdfTotal) : 0f;
        x[j++] = claim.Bigrams.Count > 0 ? (float)bigrams / claim.Bigrams.Count : 0f;
        x[j++] = claim.CharGrams.Count > 0 ? (float)grams / claim.CharGrams.Count : 0f;
        x[j++] = claim.Weights.Count > 0 ? (float)found / claim.Weights.Count : 0f;
        x[j++] = (float)Math.Log(1 + text.Count);
        x[j++] = claim.Weights.Count;
        x[j++] = claim.MaxIdf > 0 ? (float)(missingMax / claim.MaxIdf) : 0f;
        x[j++] = claim.Names.Count > 0 ? (float)namesFound / claim.Names.Count : -1f;
        x[j++] = claim.Names.Count;
        x[j++] = best >= 0 && sentences > 1 ? (float)best / (sentences - 1) : 0f;
        x[j++] = sentences > 0 ? (float)aboutCount / sentences : 0f;
        x[j++] = (float)Math.Log(1 + sentences);

        // Cue words: in the claim, in the text, in the closest sentences, in the lead, in the sentences about the claim.
        var words = text.Terms;
        for (var l = 0; l < Lexicons.Length; l++)
        {
            var lexicon = Lexicons[l];
            var inClaim = 0;
            foreach (var term in claim.Text.Terms)
            {
                inClaim += lexicon.Contains(term) ? 1 : 0;
            }

            var inText = 0;
            foreach (var term in words)
            {
                inText += lexicon.Contains(term) ? 1 : 0;
            }

            var inTop = 0;
            for (var k = 0; k < top; k++)
            {
                inTop += CountIn(text, order[k], lexicon);
            }

            var inLead = 0;
            for (var s = 0; s < Math.Min(LeadSentences, sentences); s++)
            {
                inLead += CountIn(text, s, lexicon);
            }

            var inAbout = 0;
            for (var s = 0; s < sentences; s++)
            {
                if (sentenceCover[s] >= 0.25f)
                {
                    inAbout += CountIn(text, s, lexicon);
                }
            }

            x[j++] = inClaim;
            x[j++] = text.Count > 0 ? 100f * inText / text.Count : 0f;
            x[j++] = inTop;
            x[j++] = inLead;
            x[j++] = aboutCount > 0 ? (float)inAbout / aboutCount : 0f;
        }

        // Neighbourhood of the best sentence: refutation just before or after it.
        var around = 0;
        if (best >= 0)
        {
            for (var s = Math.Max(0, best - 1); s <= Math.Min(sentences - 1, best + 1); s++)
            {
                around += CountIn(text, s, StanceWords.Refuting);
            }
        }

        x[j++] = around;

        // Polarity: negations in the claim against negations in the closest sentence.
        var claimNeg = 0;
        foreach (var term in claim.Text.Terms)
        {
            claimNeg += StanceWords.Negating.Contains(term) ? 1 : 0;
        }

        var bestNeg = best >= 0 ? CountIn(text, best, StanceWords.Negating) : 0;
        x[j++] = (claimNeg & 1) != (bestNeg & 1) ? 1f : 0f;

        // Antonyms of claim words in the closest sentences.
        var antonyms = 0;
        if (claim.Antonyms.Count > 0)
        {
            for (var k = 0; k < top; k++)
            {
                var s = order[k];
                for (var i = text.SentenceStarts[s]; i < text.SentenceStarts[s + 1]; i++)
                {
                    antonyms += claim.Antonyms.Contains(words[i]) || claim.Antonyms.Contains(text.Terms[i]) ? 1 : 0;
                }
            }
        }

        x[j++] = antonyms;

        // Numbers.
        var numbersFound = 0;
        foreach (var n in claim.Numbers)
        {
            numbersFound += body.Frequencies.ContainsKey(n) ? 1 : 0;
        }

        var bodyHasNumbers = false;
        for (var k = 0; k < top && !bodyHasNumbers; k++)
        {
            var s = order[k];
            for (var i = text.SentenceStarts[s]; i < text.SentenceStarts[s + 1]; i++)
            {
                bodyHasNumbers |= StanceText.IsNumber(words[i]);
            }
        }

        x[j++] = claim.Numbers.Count;
        x[j++] = claim.Numbers.Count > 0 ? (float)numbersFound / claim.Numbers.Count : -1f;
        x[j++] = claim.Numbers.Count > numbersFound && bodyHasNumbers ? 1f : 0f;

        // Punctuation.
        x[j++] = claim.HasQuestion ? 1f : 0f;
        x[j++] = claim.HasQuote ? 1f : 0f;
        x[j++] = text.Count > 0 ? 100f * body.Questions / text.Count : 0f;
        x[j++] = text.Count > 0 ? 100f * body.Quotes / text.Count : 0f;

        var result = new int[top];
        Array.Copy(order, result, top);
        return result;
    }

    private static int CountIn(StanceText text, int sentence, HashSet<string> lexicon)
    {
        var n = 0;
        for (var i = text.SentenceStarts[sentence]; i < text.SentenceStarts[sentence + 1]; i++)
        {
            n += lexicon.Contains(text.Terms[i]) ? 1 : 0;
        }

        return n;
    }

    private static string[] BuildNames()
    {
        var names = new List<string>
        {
            "cos", "cos_lead", "cos_best", "cos_top", "cover", "cover_best", "cover_lead", "bigrams", "chargrams",
            "found", "log_len", "claim_terms", "missing_idf", "names_found", "names", "best_pos", "about_frac", "log_sentences",
        };
        foreach (var lexicon in new[] { "refute", "hedge", "confirm", "negate" })
        {
            foreach (var where in new[] { "claim", "text", "top", "lead", "about" })
            {
                names.Add(lexicon + "_" + where);
            }
        }

        names.AddRange(["refute_around", "polarity", "antonyms", "numbers", "numbers_found", "numbers_mismatch", "claim_question", "claim_quote", "text_questions", "text_quotes"]);
        return [.. names];
    }
}
