using Parallax.Model;

namespace Parallax.Language.Quotes;

/// <summary>
/// One stretch of text between a pair of quotation marks. Immutable.
/// </summary>
/// <param name="Open">The offset of the opening mark.</param>
/// <param name="Close">The offset of the closing mark (the quote's last character).</param>
/// <param name="Depth">0 for an outermost quote, 1 for a quote inside it, ….</param>
/// <param name="Paragraphs">How many paragraphs it runs over (an opening mark on each, a closing mark only at the end).</param>
internal readonly record struct QuotedSpan(int Open, int Close, int Depth, int Paragraphs)
{
    /// <summary>The quoted words, without the marks.</summary>
    public TextSpan Inner => new(Open + 1, Close);

    /// <summary>The quote with its marks.</summary>
    public TextSpan Outer => new(Open, Close + 1);
}

/// <summary>
/// Pairs quotation marks: straight and curly double quotes, single quotes (telling them from apostrophes),
/// guillemets and low-high „…“ quotes, nested quotes, and quotes over several paragraphs (an opening mark on each
/// paragraph, the closing mark only at the end). Unpaired marks are ignored. Stateless and thread-safe; linear in the text.
/// </summary>
internal static class QuotationMarks
{
    /// <summary>The longest quote accepted, in characters; longer runs are treated as unpaired marks.</summary>
    public const int MaxQuoteLength = 20_000;

    /// <summary>The most paragraphs one quote may run over.</summary>
    public const int MaxParagraphs = 12;

    private enum Family
    {
        Double,
        Single,
        Guillemet,
        Low,
    }

    /// <summary>True for any character this scanner treats as a quotation mark.</summary>
    public static bool IsMark(char c) => c is '"' or '\u201c' or '\u201d' or '\u201e' or '\u00ab' or '\u00bb' or '\u2018' or '\u2019' or '\'' or '\u201f' or '\u2039' or '\u203a';

    /// <summary>True for the double-quote characters (the marks of a direct quote in most news text).</summary>
    public static bool IsDoubleMark(char c) => c is '"' or '\u201c' or '\u201d' or '\u201e' or '\u00ab' or '\u00bb' or '\u201f';

    /// <summary>Finds the quoted spans of <paramref name="text"/>, ordered by opening mark.</summary>
    public static List<QuotedSpan> Find(string text, CancellationToken cancellationToken = default)
    {
        var result = new List<QuotedSpan>();
        var stack = new List<(Family Family, int Position, int Paragraphs)>();
        for (var i = 0; i < text.Length; i++)
        {
            if ((i & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = text[i];
            if (c == '\n')
            {
                if (stack.Count == 0)
                {
                    continue;
                }

                // A paragraph ends inside a quote: it goes on only when the next paragraph opens with a mark of its family.
                var j = i;
                while (j < text.Length && char.IsWhiteSpace(text[j]))
                {
                    j++;
                }

                var bottom = stack[0];
                if (j < text.Length && bottom.Paragraphs < MaxParagraphs && Opens(text, j, bottom.Family))
                {
                    stack.RemoveRange(1, stack.Count - 1);
                    stack[0] = bottom with { Paragraphs = bottom.Paragraphs + 1 };
                    i = j;
                    continue;
                }

                stack.Clear();
                continue;
            }

            if (!IsMark(c))
            {
                continue;
            }

            switch (c)
            {
                case '\u201c' or '\u201f':
                    // „…“ closes with “; otherwise “ opens.
                    if (Top(stack) == Family.Low)
                    {
                        Close(stack, Family.Low, i, result);
                    }
                    else
                    {
                        Push(stack, Family.Double, i);
                    }

                    break;
                case '\u201e':
                    Push(stack, Family.Low, i);
                    break;
                case '\u201d':
                    if (Contains(stack, Family.Low) && !Contains(stack, Family.Double))
                    {
                        Close(stack, Family.Low, i, result);
                    }
                    else
                    {
                        Close(stack, Family.Double, i, result);
                    }

                    break;
                case '\u00ab' or '\u2039':
                    Push(stack, Family.Guillemet, i);
                    break;
                case '\u00bb' or '\u203a':
                    Close(stack, Family.Guillemet, i, result);
                    break;
                case '"':
                    if (Top(stack) == Family.Double && (IsClosingContext(text, i) || !IsOpeningContext(text, i)))
                    {
                        Close(stack, Family.Double, i, result);
                    }
                    else if (IsOpeningContext(text, i))
                    {
                        Push(stack, Family.Double, i);
                    }
                    else if (Contains(stack, Family.Double))
                    {
                        Close(stack, Family.Double, i, result);
                    }

                    break;
                case '\u2018':
                    if (!(i > 0 && char.IsLetterOrDigit(text[i - 1])))
                    {
                        Push(stack, Family.Single, i);
                    }

                    break;
                default: // ’ or '
                    SingleOrApostrophe(text, i, stack, result);
                    break;
            }
        }

        result.Sort(static (a, b) => a.Open.CompareTo(b.Open));
        return result;
    }

    private static void SingleOrApostrophe(string text, int i, List<(Family Family, int Position, int Paragraphs)> stack, List<QuotedSpan> result)
    {
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        if (char.IsLetterOrDigit(before) && char.IsLetter(after))
        {
            return; // don’t, it’s, O’Brien
        }

        if (Top(stack) == Family.Single && !char.IsLetterOrDigit(after) && (char.IsLetterOrDigit(before) || char.IsPunctuation(before)) && !char.IsWhiteSpace(before))
        {
            // 'students' union' stays ambiguous; a close wins when a single quote is open.
            Close(stack, Family.Single, i, result);
            return;
        }

        if (text[i] == '\'' || text[i] == '\u2019')
        {
            // An opening single quote: after a space, a dash, a bracket or a double opening mark, before a letter or digit.
            var opensAfter = char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013' or '"' or '\u201c' or ':' || i == 0;
            if (opensAfter && char.IsLetterOrDigit(after) && !IsElision(text, i))
            {
                Push(stack, Family.Single, i);
            }
        }
    }

    /// <summary>'90s, 'em, 'til, 'n': an apostrophe that starts a word.</summary>
    private static bool IsElision(string text, int i)
    {
        var end = i + 1;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(i + 1, end - i - 1);
        if (word.Length == 2 && char.IsDigit(word[0]) && char.IsDigit(word[1]))
        {
            return true;
        }

        if (word.Length == 3 && char.IsDigit(word[0]) && char.IsDigit(word[1]) && word[2] == 's')
        {
            return true;
        }

        return word.Equals("em", StringComparison.OrdinalIgnoreCase) || word.Equals("til", StringComparison.OrdinalIgnoreCase)
            || word.Equals("cause", StringComparison.OrdinalIgnoreCase) || word.Equals("n", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Opens(string text, int j, Family family) => family switch
    {
        Family.Double => text[j] is '\u201c' or '"' or '\u201e',
        Family.Low => text[j] is '\u201e' or '\u201c',
        Family.Guillemet => text[j] is '\u00ab' or '\u2039',
        _ => text[j] is '\u2018' or '\'',
    };

    private static bool IsOpeningContext(string text, int i)
    {
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or ':' or '\u2018' or '\'' || i == 0)
            && !char.IsWhiteSpace(after);
    }

    private static bool IsClosingContext(string text, int i)
    {
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after) || i + 1 == text.Length);
    }

    private static Family? Top(List<(Family Family, int Position, int Paragraphs)> stack) => stack.Count == 0 ? null : stack[^1].Family;

    private static bool Contains(List<(Family Family, int Position, int Paragraphs)> stack, Family family)
    {
        foreach (var entry in stack)
        {
            if (entry.Family == family)
            {
                return true;
            }
        }

        return false;
    }

    private static void Push(List<(Family Family, int Position, int Paragraphs)> stack, Family family, int i)
    {
        if (stack.Count < 8)
        {
            stack.Add((family, i, 1));
        }
    }

    /// <summary>Closes the innermost open quote of <paramref name="family"/>, dropping unclosed quotes opened inside it.</summary>
    private static void Close(List<(Family Family, int Position, int Paragraphs)> stack, Family family, int i, List<QuotedSpan> result)
    {
        for (var k = stack.Count - 1; k >= 0; k--)
        {
            if (stack[k].Family != family)
            {
                continue;
            }

            var open = stack[k];
            stack.RemoveRange(k, stack.Count - k);
            if (i - open.Position <= MaxQuoteLength && i - open.Position > 1)
            {
                result.Add(new QuotedSpan(open.Position, i, k, open.Paragraphs));
            }

            return;
        }
    }
}
