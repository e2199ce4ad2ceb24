using System.Globalization;
using Parallax.Language.Sentences;
using Parallax.Language.Tokens;
using Parallax.Model;

namespace Parallax.Eval.Language;

/// <summary>
/// Scores sentence boundaries and token spans against GUM's gold (news and interview documents).
/// A sentence boundary is the end offset of a sentence; the end of each document is not counted. Tokens count
/// when start and end both match.
/// </summary>
internal static class SentenceAndTokenEval
{
    public static int Run(string[] args)
    {
        var data = EvalPaths.DataDirectory(args);
        var gum = data is null ? null : Path.Combine(data, "gum-wikinews", "conllu");
        if (gum is null || !Directory.Exists(gum))
        {
            Console.WriteLine($"GUM data not found ({gum ?? "no repository root"}); skipping. Pass --data DIR to point at shared/data.");
            return 0;
        }

        var boundaries = new Score();
        var innerBoundaries = new Score();
        var wrappedBoundaries = new Score();
        var tokens = new Score();
        var tokensHyphensSplit = new Score();
        var missedTokens = new Dictionary<string, int>(StringComparer.Ordinal);
        var extraTokens = new Dictionary<string, int>(StringComparer.Ordinal);
        var missedBoundaries = new List<string>();
        var missedTokenContexts = new List<string>();
        var extraBoundaries = new List<string>();
        int documents = 0, unaligned = 0, goldSentences = 0, goldTokens = 0;
        foreach (var doc in GumCorpus.Read(gum))
        {
            documents++;
            unaligned += doc.Unaligned;
            goldSentences += doc.Sentences.Count;
            goldTokens += doc.Tokens.Count;
            var predictedTokens = Tokenizer.Tokenize(doc.Text);
            var predictedSentences = SentenceSplitter.Split(doc.Text, predictedTokens);

            var paragraphEnds = new HashSet<int>(doc.ParagraphEnds);
            var gold = Ends(doc.Sentences, doc.Text.Length);
            var predicted = Ends(predictedSentences.Select(s => s.Span), doc.Text.Length);
            boundaries.Add(gold, predicted);
            innerBoundaries.Add(
                gold.Where(e => !paragraphEnds.Contains(e)).ToHashSet(),
                predicted.Where(e => !paragraphEnds.Contains(e)).ToHashSet());
            foreach (var end in gold.Except(predicted))
            {
                missedBoundaries.Add(Context(doc.Text, end));
            }

            foreach (var end in predicted.Except(gold))
            {
                extraBoundaries.Add(Context(doc.Text, end));
            }

            var (wrapped, map) = HardWrap(doc.Text, 72);
            wrappedBoundaries.Add(
                gold.Select(e => map[e]).ToHashSet(),
                Ends(SentenceSplitter.Split(wrapped).Select(s => s.Span), wrapped.Length));

            var goldSpans = doc.Tokens.ToHashSet();
            var predictedSpans = predictedTokens.Select(t => t.Span).ToHashSet();
            tokens.Add(goldSpans, predictedSpans);
            tokensHyphensSplit.Add(goldSpans, SplitHyphens(doc.Text, predictedTokens));
            foreach (var span in goldSpans.Except(predictedSpans))
            {
                Count(missedTokens, span.Of(doc.Text));
                if (span.Of(doc.Text) != "-")
                {
                    missedTokenContexts.Add($"{span.Of(doc.Text)}: {Context(doc.Text, span.Start)}");
                }
            }

            foreach (var span in predictedSpans.Except(goldSpans))
            {
                Count(extraTokens, span.Of(doc.Text));
            }
        }

        Console.WriteLine($"GUM news+interview: {documents} documents, {goldSentences} sentences, {goldTokens} tokens ({unaligned} gold tokens not aligned to text, ignored)");
        Console.WriteLine("Text rebuilt as: sentences of a paragraph joined by a space, paragraphs by one line break.");
        Console.WriteLine();
        Console.WriteLine($"Sentence boundaries (all)             {boundaries}");
        Console.WriteLine($"Sentence boundaries (inside paragraphs) {innerBoundaries}");
        Console.WriteLine($"Sentence boundaries, hard-wrapped at 72 columns, blank lines between paragraphs");
        Console.WriteLine($"                                      {wrappedBoundaries}");
        Console.WriteLine($"Tokens (exact spans)                  {tokens}");
        Console.WriteLine($"Tokens, our hyphenated words split    {tokensHyphensSplit}");
        Console.WriteLine("  (GUM splits most hyphenated words: \"how\" \"-\" \"to\"; Parallax keeps \"face-to-face\" whole by design.)");
        Console.WriteLine();
        Console.WriteLine("Most frequent gold tokens missed:    " + Top(missedTokens));
        Console.WriteLine("Most frequent predicted tokens extra: " + Top(extraTokens));
        if (args.Contains("--details"))
        {
            Console.WriteLine();
            Console.WriteLine("Missed boundaries (gold, not predicted):");
            missedBoundaries.ForEach(c => Console.WriteLine("  " + c));
            Console.WriteLine("Extra boundaries (predicted, not gold):");
            extraBoundaries.ForEach(c => Console.WriteLine("  " + c));
            Console.WriteLine("Missed gold tokens other than hyphens:");
            missedTokenContexts.ForEach(c => Console.WriteLine("  " + c));
        }
        else
        {
            Console.WriteLine($"({missedBoundaries.Count} missed and {extraBoundaries.Count} extra boundaries; --details lists them)");
        }

        return 0;
    }

    /// <summary>The predicted spans with each hyphenated word cut into its parts and hyphens, as GUM mostly does.</summary>
    private static HashSet<TextSpan> SplitHyphens(string text, AnnotationLayer<Token> tokens)
    {
        var spans = new HashSet<TextSpan>();
        foreach (var token in tokens)
        {
            var start = token.Span.Start;
            if (token.Kind == TokenKind.Word)
            {
                for (var i = token.Span.Start + 1; i < token.Span.End - 1; i++)
                {
                    if (text[i] == '-')
                    {
                        spans.Add(new TextSpan(start, i));
                        spans.Add(new TextSpan(i, i + 1));
                        start = i + 1;
                    }
                }
            }

            spans.Add(new TextSpan(start, token.Span.End));
        }

        return spans;
    }

    /// <summary>
    /// The text with a blank line between paragraphs and each paragraph wrapped at <paramref name="width"/> columns
    /// (a space becomes a line break), and the map from old offsets to new ones.
    /// </summary>
    private static (string Text, int[] Map) HardWrap(string text, int width)
    {
        var builder = new System.Text.StringBuilder(text.Length + text.Length / 50);
        var map = new int[text.Length + 1];
        var lineStart = 0;
        var lastSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            map[i] = builder.Length;
            var c = text[i];
            if (c == '\n')
            {
                builder.Append("\n\n");
                lineStart = builder.Length;
                lastSpace = -1;
                continue;
            }

            if (c == ' ')
            {
                lastSpace = builder.Length;
            }

            builder.Append(c);
            if (builder.Length - lineStart > width && lastSpace >= lineStart)
            {
                builder[lastSpace] = '\n';
                lineStart = lastSpace + 1;
                lastSpace = -1;
            }
        }

        map[text.Length] = builder.Length;
        return (builder.ToString(), map);
    }

    private static HashSet<int> Ends(IEnumerable<TextSpan> spans, int length) =>
        spans.Select(s => s.End).Where(e => e < length).ToHashSet();

    private static void Count(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static string Top(Dictionary<string, int> counts) =>
        string.Join("  ", counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(15).Select(p => $"{p.Key}×{p.Value}"));

    private static string Context(string text, int at)
    {
        var from = Math.Max(0, at - 40);
        var to = Math.Min(text.Length, at + 40);
        return (text[from..at] + " ‖ " + text[at..to]).Replace('\n', '⏎');
    }

    private sealed class Score
    {
        private int _truePositives;
        private int _gold;
        private int _predicted;

        public void Add<T>(HashSet<T> gold, HashSet<T> predicted)
        {
            _gold += gold.Count;
            _predicted += predicted.Count;
            _truePositives += gold.Count(predicted.Contains);
        }

        public override string ToString()
        {
            var precision = _predicted == 0 ? 0 : (double)_truePositives / _predicted;
            var recall = _gold == 0 ? 0 : (double)_truePositives / _gold;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return string.Create(CultureInfo.InvariantCulture, $"P {precision:P2}  R {recall:P2}  F1 {f1:P2}  (gold {_gold}, predicted {_predicted}, matched {_truePositives})");
        }
    }
}
