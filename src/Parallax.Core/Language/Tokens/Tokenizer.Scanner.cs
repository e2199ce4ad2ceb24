using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Parallax.Model;

namespace Parallax.Language.Tokens;

/// <content>The scanner: one left-to-right pass that emits tokens.</content>
public static partial class Tokenizer
{
    /// <summary>Scanning state over one span of text. Lives on the stack for one call.</summary>
    private ref struct Scanner
    {
        private readonly ReadOnlySpan<char> _s;
        private readonly int _offset;
        private readonly TokenBuffer _output;

        /// <summary>No e-mail address starts before this index: a look-ahead already failed over these characters.</summary>
        private int _emailFailUntil;

        public Scanner(ReadOnlySpan<char> text, int offset, TokenBuffer output)
        {
            _s = text;
            _offset = offset;
            _output = output;
        }

        public void Run(CancellationToken cancellationToken)
        {
            var s = _s;
            var i = 0;
            var iterations = 0;
            while (i < s.Length)
            {
                if ((++iterations & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var c = s[i];
                if (c < 128)
                {
                    if (c <= ' ' || c == '\u007F')
                    {
                        i++;
                        continue;
                    }

                    if (IsAsciiLetter(c))
                    {
                        var afterWord = ScanWord(i);
                        i = afterWord > i ? afterWord : i + 1;
                    }
                    else if (IsAsciiDigit(c))
                    {
                        i = ScanNumber(i);
                    }
                    else
                    {
                        i = ScanAsciiOther(i);
                    }

                    continue;
                }

                var afterToken = ScanNonAscii(i);
                i = afterToken > i ? afterToken : i + 1;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly void Emit(int start, int end, TokenKind kind) =>
            _output.Add(new Token(new TextSpan(_offset + start, _offset + end), kind));

        private readonly int SkipWordChars(int j)
        {
            var s = _s;
            while (j < s.Length)
            {
                var c = s[j];
                if (c < 128)
                {
                    if (!IsAsciiLetterOrDigit(c))
                    {
                        return j;
                    }

                    j++;
                    continue;
                }

                if (IsWordChar(c))
                {
                    j++;
                }
                else if (char.IsHighSurrogate(c) && j + 1 < s.Length && char.IsLowSurrogate(s[j + 1]))
                {
                    var codePoint = char.ConvertToUtf32(c, s[j + 1]);
                    if (IsCjkIdeograph(codePoint) || IsEmojiCodePoint(codePoint)
                        || !Rune.IsLetterOrDigit(new Rune(codePoint)))
                    {
                        return j;
                    }

                    j += 2;
                }
                else if (c is '\u00AD' or '\u200C' or ZeroWidthJoiner && j + 1 < s.Length && IsLetter(s[j + 1]))
                {
                    j++;
                }
                else
                {
                    return j;
                }
            }

            return j;
        }

        private readonly int SkipLetters(int j)
        {
            var s = _s;
            while (j < s.Length && IsLetter(s[j]))
            {
                j++;
            }

            return j;
        }

        /// <summary>A word: letters and digits, joined across hyphens and inner apostrophes, with clitics split off.</summary>
        private int ScanWord(int start)
        {
            var s = _s;
            var first = s[start] | 0x20;
            if (start + 4 < s.Length && (((first == 'h' || first == 'f') && (s[start + 1] | 0x20) == 't') || (first == 'w' && (s[start + 1] | 0x20) == 'w')))
            {
                var url = TryUrl(start);
                if (url > start)
                {
                    Emit(start, url, TokenKind.Url);
                    return url;
                }
            }

            var j = start;
            var lettersOnly = true;
            var afterHyphen = -1;
            while (true)
            {
                var segmentStart = j;
                j = SkipWordChars(j);
                if (j >= s.Length)
                {
                    break;
                }

                var c = s[j];
                if (IsApostrophe(c))
                {
                    if (j + 1 < s.Length && IsLetter(s[j + 1]) && j > start)
                    {
                        var k = SkipLetters(j + 1);
                        var clitic = s[(j + 1)..k];
                        if (clitic.Length == 1 && (clitic[0] | 0x20) == 't' && j - 1 > start && (s[j - 1] | 0x20) == 'n'
                            && (k >= s.Length || !IsWordChar(s[k])))
                        {
                            Emit(start, j - 1, TokenKind.Word);
                            Emit(j - 1, k, TokenKind.Word);
                            return k;
                        }

                        if (IsClitic(clitic) && (k >= s.Length || !IsWordChar(s[k])))
                        {
                            Emit(start, j, TokenKind.Word);
                            Emit(j, k, TokenKind.Word);
                            return k;
                        }

                        j = k;
                        lettersOnly = false;
                        afterHyphen = -1;
                        continue;
                    }

                    break;
                }

                if (IsHyphen(c))
                {
                    if (j > segmentStart && j + 1 < s.Length && IsWordChar(s[j + 1]))
                    {
                        j++;
                        lettersOnly = false;
                        afterHyphen = j;
                        continue;
                    }

                    break;
                }

                if (c == '.')
                {
                    var email = TryEmail(start);
                    if (email > 0)
                    {
                        Emit(start, email, TokenKind.Url);
                        return email;
                    }

                    // "Gen.", "U.S.", or an abbreviation after a hyphen: "(R-S.C.)", "(D-Calif.)".
                    if (lettersOnly || (afterHyphen > start && j > afterHyphen))
                    {
                        var abbreviation = TryAbbreviation(lettersOnly ? start : afterHyphen, j);
                        if (abbreviation > 0)
                        {
                            Emit(start, abbreviation, TokenKind.Word);
                            return abbreviation;
                        }
                    }

                    var domain = TryDomain(j);
                    if (domain > 0)
                    {
                        Emit(start, domain, TokenKind.Url);
                        return domain;
                    }

                    break;
                }

                if (c is '@' or '_' or '+')
                {
                    var email = TryEmail(start);
                    if (email > 0)
                    {
                        Emit(start, email, TokenKind.Url);
                        return email;
                    }
                }

                break;
            }

            if (j == start)
            {
                Emit(start, start + 1, TokenKind.Symbol);
                return start + 1;
            }

            // "cannot" → "can" "not", as "can't" → "ca" "n't".
            if (j - start == 6 && s[start..j].Equals("cannot", StringComparison.OrdinalIgnoreCase))
            {
                Emit(start, start + 3, TokenKind.Word);
                Emit(start + 3, j, TokenKind.Word);
                return j;
            }

            Emit(start, j, TokenKind.Word);
            return j;
        }

        private static bool IsClitic(ReadOnlySpan<char> clitic)
        {
            if (clitic.Length == 1)
            {
                return (clitic[0] | 0x20) is 's' or 'd' or 'm';
            }

            if (clitic.Length == 2)
            {
                var a = clitic[0] | 0x20;
                var b = clitic[1] | 0x20;
                return (a, b) is ('r', 'e') or ('v', 'e') or ('l', 'l');
            }

            return false;
        }

        /// <summary>
        /// The end (after the period) of an abbreviation starting at <paramref name="start"/> whose letters end at the
        /// period at <paramref name="dot"/>, or -1.
        /// </summary>
        private readonly int TryAbbreviation(int start, int dot)
        {
            var s = _s;
            var word = s[start..dot];

            // Dotted letters: "U.S.", "e.g.", "a.m.", "Ph.D.", "U.S.A.".
            if (word.Length <= 2 && dot + 1 < s.Length && IsAsciiLetter(s[dot + 1]))
            {
                var m = dot + 1;
                var segments = 1;
                while (m < s.Length)
                {
                    var r = 0;
                    while (r < 3 && m + r < s.Length && IsAsciiLetter(s[m + r]))
                    {
                        r++;
                    }

                    if (r is < 1 or > 2 || m + r >= s.Length || s[m + r] != '.')
                    {
                        break;
                    }

                    segments++;
                    m += r + 1;
                }

                if (segments >= 2)
                {
                    return m;
                }
            }

            // An initial: "J. K. Rowling".
            if (word.Length == 1 && char.IsUpper(word[0]))
            {
                return dot + 1;
            }

            switch (Abbreviations.Classify(word))
            {
                case AbbreviationKind.None:
                    return -1;
                case AbbreviationKind.BeforeNumber:
                    var next = dot + 1;
                    while (next < s.Length && s[next] is ' ' or '\u00A0')
                    {
                        next++;
                    }

                    return next < s.Length && IsAsciiDigit(s[next]) ? dot + 1 : -1;
                default:
                    return dot + 1;
            }
        }

        /// <summary>The end of a bare domain ("podiobooks.com", "bbc.co.uk") whose first dot is at <paramref name="dot"/>, or -1.</summary>
        private readonly int TryDomain(int dot)
        {
            var s = _s;
            var end = -1;
            var m = dot;
            while (m < s.Length && s[m] == '.')
            {
                var k = m + 1;
                while (k < s.Length && (uint)(s[k] - 'a') <= 'z' - 'a' && k - m <= 5)
                {
                    k++;
                }

                if (k - m < 3 || (k < s.Length && IsWordChar(s[k])) || !TopLevelDomains.Contains(s[(m + 1)..k]))
                {
                    break;
                }

                end = k;
                m = k;
            }

            return end > 0 && end < s.Length && s[end] == '/' ? UrlEnd(end, end) : end;
        }

        /// <summary>The end of an e-mail address starting at <paramref name="start"/>, or -1. Amortized linear.</summary>
        private int TryEmail(int start)
        {
            if (start < _emailFailUntil)
            {
                return -1;
            }

            var s = _s;
            var k = start;
            while (k < s.Length && (IsAsciiLetterOrDigit(s[k]) || s[k] is '.' or '_' or '%' or '+' or '-'))
            {
                k++;
            }

            if (k < s.Length && s[k] == '@' && k > start)
            {
                var d = k + 1;
                while (d < s.Length && (IsAsciiLetterOrDigit(s[d]) || s[d] is '.' or '-'))
                {
                    d++;
                }

                while (d > k + 1 && s[d - 1] is '.' or '-')
                {
                    d--;
                }

                var lastDot = s[(k + 1)..d].LastIndexOf('.') + k + 1;

                if (lastDot > k + 1 && lastDot + 1 < d && IsAsciiLetter(s[lastDot + 1]))
                {
                    return d;
                }
            }

            _emailFailUntil = k + 1;
            return -1;
        }

        /// <summary>The end of a URL starting at <paramref name="start"/> ("https://…", "www.…"), or -1.</summary>
        private readonly int TryUrl(int start)
        {
            var rest = _s[start..];
            int prefix;
            if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                prefix = 7;
            }
            else if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                prefix = 8;
            }
            else if (rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase))
            {
                prefix = 6;
            }
            else if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && IsAsciiLetterOrDigit(rest[4]))
            {
                prefix = 4;
            }
            else
            {
                return -1;
            }

            var end = UrlEnd(start + prefix, start + prefix);
            return end > start + prefix ? end : -1;
        }

        /// <summary>
        /// The end of a URL's body scanned from <paramref name="from"/>: up to white space, quotes or angle brackets,
        /// less trailing punctuation and unbalanced closing brackets, but never before <paramref name="minEnd"/>.
        /// </summary>
        private readonly int UrlEnd(int from, int minEnd)
        {
            var s = _s;
            var j = from;
            var open = 0;
            var close = 0;
            while (j < s.Length)
            {
                var c = s[j];
                if (c <= ' ' || c is '"' or '<' or '>' or '`' or '{' or '}' or '|' or '\\' or '^' or '\u007F')
                {
                    break;
                }

                if (c >= 128 && (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c)
                        is UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                        or UnicodeCategory.Control or UnicodeCategory.Format))
                {
                    break;
                }

                if (c == '(')
                {
                    open++;
                }
                else if (c == ')')
                {
                    close++;
                }

                j++;
            }

            while (j > minEnd)
            {
                var last = s[j - 1];
                if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*')
                {
                    j--;
                }
                else if (last == ')' && close > open)
                {
                    close--;
                    j--;
                }
                else if (last is ']' or '}')
                {
                    j--;
                }
                else
                {
                    break;
                }
            }

            return j;
        }

        /// <summary>A number ("6,000", "3.5", "15.08.2025", "2025-08-16", "10:30", "1990s"), or a word starting with digits ("12-hour").</summary>
        private int ScanNumber(int start)
        {
            var s = _s;
            var j = start + 1;
            while (j < s.Length && IsAsciiDigit(s[j]))
            {
                j++;
            }

            if (j == start + 1 && j < s.Length && (s[j] == CombiningKeycap || (s[j] == VariationSelectorEmoji && j + 1 < s.Length && s[j + 1] == CombiningKeycap)))
            {
                var end = s[j] == CombiningKeycap ? j + 1 : j + 2;
                Emit(start, end, TokenKind.Emoji);
                return end;
            }

            var kind = TokenKind.Number;
            while (j < s.Length)
            {
                var c = s[j];
                if (c is ',' or '.' && j + 1 < s.Length && IsAsciiDigit(s[j + 1]) && kind == TokenKind.Number)
                {
                    j += 2;
                    while (j < s.Length && IsAsciiDigit(s[j]))
                    {
                        j++;
                    }

                    continue;
                }

                if (c == ':' && kind == TokenKind.Number && j + 2 < s.Length && IsAsciiDigit(s[j + 1]) && IsAsciiDigit(s[j + 2])
                    && (j + 3 >= s.Length || !IsAsciiDigit(s[j + 3])))
                {
                    j += 3;
                    continue;
                }

                if (c == '/' && kind == TokenKind.Number && j + 1 < s.Length && IsAsciiDigit(s[j + 1]))
                {
                    j += 2;
                    while (j < s.Length && IsAsciiDigit(s[j]))
                    {
                        j++;
                    }

                    continue;
                }

                if (IsHyphen(c) && j + 1 < s.Length)
                {
                    if (c == '-' && kind == TokenKind.Number && j - start == 4 && IsIsoDateTail(j))
                    {
                        j += 6;
                        continue;
                    }

                    if (IsLetter(s[j + 1]) || (kind == TokenKind.Word && IsWordChar(s[j + 1])))
                    {
                        kind = TokenKind.Word;
                        j = SkipWordChars(j + 1);
                        continue;
                    }

                    break;
                }

                if (IsApostrophe(c) && j + 1 < s.Length && (s[j + 1] | 0x20) == 's' && (j + 2 >= s.Length || !IsWordChar(s[j + 2])))
                {
                    Emit(start, j, kind);
                    Emit(j, j + 2, TokenKind.Word);
                    return j + 2;
                }

                if (c >= 'A' && IsWordChar(c))
                {
                    j = SkipWordChars(j);
                    continue;
                }

                break;
            }

            Emit(start, j, kind);
            return j;
        }

        /// <summary>True when "-dd-dd" (not followed by another digit) starts at <paramref name="hyphen"/>.</summary>
        private readonly bool IsIsoDateTail(int hyphen)
        {
            var s = _s;
            return hyphen + 5 < s.Length && IsAsciiDigit(s[hyphen + 1]) && IsAsciiDigit(s[hyphen + 2]) && s[hyphen + 3] == '-'
                && IsAsciiDigit(s[hyphen + 4]) && IsAsciiDigit(s[hyphen + 5])
                && (hyphen + 6 >= s.Length || !IsAsciiDigit(s[hyphen + 6]));
        }

        private readonly int RunOf(int start, char c)
        {
            var s = _s;
            var j = start + 1;
            while (j < s.Length && s[j] == c)
            {
                j++;
            }

            return j;
        }

        /// <summary>ASCII punctuation and symbols; handles "@user" and "#tag".</summary>
        private readonly int ScanAsciiOther(int start)
        {
            var s = _s;
            var c = s[start];
            int end;
            if (c == '\'' && (end = ShortYear(start)) > 0)
            {
                Emit(start, end, TokenKind.Number);
                return end;
            }

            switch (c)
            {
                case '.' or '-' or '!' or '?':
                    end = RunOf(start, c);
                    Emit(start, end, TokenKind.Punctuation);
                    return end;
                case '@' or '#':
                    if (start + 1 < s.Length && (s[start + 1] == '_' || (c == '@' ? IsWordChar(s[start + 1]) : IsLetter(s[start + 1]))))
                    {
                        end = start + 1;
                        while (end < s.Length && (s[end] == '_' || IsWordChar(s[end])))
                        {
                            end++;
                        }

                        Emit(start, end, TokenKind.Handle);
                        return end;
                    }

                    Emit(start, start + 1, TokenKind.Symbol);
                    return start + 1;
                case '$' or '%' or '&' or '+' or '=' or '<' or '>' or '^' or '|' or '~' or '`':
                    Emit(start, start + 1, TokenKind.Symbol);
                    return start + 1;
                default:
                    Emit(start, start + 1, TokenKind.Punctuation);
                    return start + 1;
            }
        }

        /// <summary>The end of a short year after an apostrophe ("'90s", "’08"), or -1.</summary>
        private readonly int ShortYear(int apostrophe)
        {
            var s = _s;
            var j = apostrophe + 3;
            if (j > s.Length || !IsAsciiDigit(s[apostrophe + 1]) || !IsAsciiDigit(s[apostrophe + 2]))
            {
                return -1;
            }

            if (j < s.Length && s[j] == 's')
            {
                j++;
            }

            return j < s.Length && IsWordChar(s[j]) ? -1 : j;
        }

        private int ScanNonAscii(int start)
        {
            var s = _s;
            var c = s[start];
            if (c == '\u2019' && ShortYear(start) is var year and > 0)
            {
                Emit(start, year, TokenKind.Number);
                return year;
            }

            if (char.IsHighSurrogate(c) && start + 1 < s.Length && char.IsLowSurrogate(s[start + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, s[start + 1]);
                if (IsEmojiCodePoint(codePoint))
                {
                    return ScanEmoji(start, codePoint);
                }

                if (IsCjkIdeograph(codePoint))
                {
                    Emit(start, start + 2, TokenKind.Word);
                    return start + 2;
                }

                var rune = new Rune(codePoint);
                if (Rune.IsLetterOrDigit(rune))
                {
                    return ScanWord(start);
                }

                Emit(start, start + 2, Rune.IsPunctuation(rune) ? TokenKind.Punctuation : TokenKind.Symbol);
                return start + 2;
            }

            if (char.IsSurrogate(c))
            {
                Emit(start, start + 1, TokenKind.Symbol);
                return start + 1;
            }

            if (IsEmojiCodePoint(c) || (start + 1 < s.Length && s[start + 1] == VariationSelectorEmoji && (char.IsSymbol(c) || char.IsPunctuation(c))))
            {
                return ScanEmoji(start, c);
            }

            if (IsCjkIdeograph(c))
            {
                Emit(start, start + 1, TokenKind.Word);
                return start + 1;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                    or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    return ScanWord(start);
                case UnicodeCategory.DecimalDigitNumber:
                    return ScanWord(start);
                case UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber:
                    Emit(start, start + 1, TokenKind.Number);
                    return start + 1;
                case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                    or UnicodeCategory.Control or UnicodeCategory.Format:
                    return start + 1;
                case UnicodeCategory.DashPunctuation:
                    var end = RunOf(start, c);
                    Emit(start, end, TokenKind.Punctuation);
                    return end;
                case UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                    or UnicodeCategory.OtherSymbol or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned:
                    Emit(start, start + 1, TokenKind.Symbol);
                    return start + 1;
                default:
                    Emit(start, start + 1, TokenKind.Punctuation);
                    return start + 1;
            }
        }

        /// <summary>One emoji with its presentation selectors, skin tones, tags and ZWJ-joined parts; a flag is two regional indicators.</summary>
        private readonly int ScanEmoji(int start, int codePoint)
        {
            var s = _s;
            var j = start + (codePoint > 0xFFFF ? 2 : 1);
            if (IsRegionalIndicator(codePoint))
            {
                if (IsRegionalIndicator(CodePointAt(j)))
                {
                    j += 2;
                }

                Emit(start, j, TokenKind.Emoji);
                return j;
            }

            while (j < s.Length)
            {
                var c = s[j];
                if (c is VariationSelectorEmoji or VariationSelectorText or CombiningKeycap)
                {
                    j++;
                    continue;
                }

                var next = CodePointAt(j);
                if (next is (>= 0x1F3FB and <= 0x1F3FF) or (>= 0xE0020 and <= 0xE007F))
                {
                    j += 2;
                    continue;
                }

                if (c == ZeroWidthJoiner && j + 1 < s.Length)
                {
                    var joined = CodePointAt(j + 1);
                    if (IsEmojiCodePoint(joined) || joined is 0x2640 or 0x2642 or 0x2695 or 0x2696 or 0x2708 or 0x2764)
                    {
                        j += 1 + (joined > 0xFFFF ? 2 : 1);
                        continue;
                    }
                }

                break;
            }

            Emit(start, j, TokenKind.Emoji);
            return j;
        }

        /// <summary>The code point at <paramref name="index"/> (a lone surrogate as itself), or -1 at the end.</summary>
        private readonly int CodePointAt(int index)
        {
            var s = _s;
            if (index >= s.Length)
            {
                return -1;
            }

            var c = s[index];
            return char.IsHighSurrogate(c) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1])
                ? char.ConvertToUtf32(c, s[index + 1])
                : c;
        }
    }
}
