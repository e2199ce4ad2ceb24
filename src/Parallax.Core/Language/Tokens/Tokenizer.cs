using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Parallax.Model;

namespace Parallax.Language.Tokens;

/// <summary>
/// Splits text into <see cref="Token"/>s with offsets, in one left-to-right pass over the characters.
/// </summary>
/// <remarks>
/// <para>Conventions (close to the Penn Treebank and UD English):</para>
/// <list type="bullet">
/// <item>Contractions and possessives split off their clitic: "don't" → "do" "n't", "it's" → "it" "'s", "Trump’s" → "Trump" "’s".</item>
/// <item>Hyphenated words stay whole ("face-to-face", "12-hour", "COVID-19").</item>
/// <item>Numbers keep their separators ("6,000", "3.5", "15.08.2025", "2025-08-16", "10:30"); currency signs and
/// "%" are their own <see cref="TokenKind.Symbol"/> tokens.</item>
/// <item>Known abbreviations, initials and dotted abbreviations keep their period ("Gen.", "J.", "U.S.", "a.m.");
/// the period after any other word is a token of its own.</item>
/// <item>URLs, e-mail addresses and bare domains ("example.com") are <see cref="TokenKind.Url"/>; "@user" and
/// "#tag" are <see cref="TokenKind.Handle"/>; emoji sequences (skin tones, ZWJ sequences, flags, keycaps) are one
/// <see cref="TokenKind.Emoji"/> token.</item>
/// <item>Each quotation mark, bracket and dash is its own token; runs of one character ("...", "--", "——", "!!")
/// stay together.</item>
/// <item>CJK ideographs are one token each (no dictionary segmentation); other scripts split on spaces and punctuation.</item>
/// <item>White space, control and format characters (outside words and emoji) are skipped and covered by no token.</item>
/// </list>
/// <para>Stateless and thread-safe. Linear time in the length of the input; never throws on any input except
/// <see cref="OperationCanceledException"/>, observed every 1024 tokens.</para>
/// </remarks>
public static partial class Tokenizer
{
    private const char ZeroWidthJoiner = '\u200D';
    private const char VariationSelectorEmoji = '\uFE0F';
    private const char VariationSelectorText = '\uFE0E';
    private const char CombiningKeycap = '\u20E3';

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomains =
        new[] { "com", "org", "net", "gov", "edu", "int", "mil", "info", "biz", "io", "ru", "ua", "uk", "de", "fr", "eu", "us", "nz", "au", "cn", "jp", "tv", "ly", "govt", "co" }
            .ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Tokenizes the whole of <paramref name="text"/>.</summary>
    /// <param name="text">The text; offsets of the tokens point into it.</param>
    /// <param name="cancellationToken">Observed every 1024 tokens.</param>
    /// <returns>The tokens in text order, non-overlapping.</returns>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static AnnotationLayer<Token> Tokenize(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new TokenBuffer(text.Length / 5 + 16);
        try
        {
            new Scanner(text, 0, buffer).Run(cancellationToken);
            return AnnotationLayer<Token>.FromSorted(ImmutableArray.Create(buffer.Written));
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>
    /// Tokenizes <paramref name="text"/> (for instance one range of a longer text) and appends the tokens to
    /// <paramref name="destination"/>, with <paramref name="offset"/> added to every span.
    /// </summary>
    /// <param name="text">The characters to tokenize.</param>
    /// <param name="offset">Where <paramref name="text"/> starts in the text the spans should point into.</param>
    /// <param name="destination">Receives the tokens, in text order.</param>
    /// <param name="cancellationToken">Observed every 1024 tokens.</param>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static void Tokenize(ReadOnlySpan<char> text, int offset, List<Token> destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var buffer = new TokenBuffer(text.Length / 5 + 16);
        try
        {
            new Scanner(text, offset, buffer).Run(cancellationToken);
            destination.AddRange(buffer.Written);
        }
        finally
        {
            buffer.Return();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);

    private static bool IsCjkIdeograph(int codePoint) =>
        codePoint is (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF);

    private static bool IsEmojiCodePoint(int codePoint) =>
        codePoint is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2B00 and <= 0x2BFF)
            or (>= 0x231A and <= 0x23FF) or 0x3030 or 0x303D or 0x3297 or 0x3299;

    private static bool IsRegionalIndicator(int codePoint) => codePoint is >= 0x1F1E6 and <= 0x1F1FF;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>A letter, digit or combining mark of any script, outside the CJK ideographs (which stand alone).</summary>
    private static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return IsAsciiLetterOrDigit(c);
        }

        if (IsCjkIdeograph(c))
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.DecimalDigitNumber => true,
            _ => false,
        };
    }

    private static bool IsLetter(char c) => c < 128 ? IsAsciiLetter(c) : char.IsLetter(c) && !IsCjkIdeograph(c);

    /// <summary>
    /// A growable token array, rented from <see cref="ArrayPool{T}.Shared"/> while moderate (huge ones are allocated
    /// exactly, not rounded up to a power of two, and left to the GC); used by one call, then returned.
    /// </summary>
    private sealed class TokenBuffer(int capacity)
    {
        private const int LargestPooled = 1 << 20;

        private Token[] _items = Allocate(capacity);
        private int _count;

        public ReadOnlySpan<Token> Written => _items.AsSpan(0, _count);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(Token token)
        {
            var items = _items;
            var count = _count;
            if ((uint)count < (uint)items.Length)
            {
                items[count] = token;
                _count = count + 1;
            }
            else
            {
                AddWithGrowth(token);
            }
        }

        public void Return()
        {
            ReturnToPool(_items);
            _items = [];
            _count = 0;
        }

        private static Token[] Allocate(int capacity) =>
            capacity <= LargestPooled
                ? ArrayPool<Token>.Shared.Rent(Math.Max(16, capacity))
                : GC.AllocateUninitializedArray<Token>(capacity);

        /// <summary>Only moderate arrays go back to the pool, so one huge input does not pin memory afterwards.</summary>
        private static void ReturnToPool(Token[] items)
        {
            if (items.Length is > 0 and <= LargestPooled)
            {
                ArrayPool<Token>.Shared.Return(items);
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void AddWithGrowth(Token token)
        {
            var larger = Allocate((int)Math.Min(Array.MaxLength, Math.Max(16L, _items.Length * 2L)));
            Written.CopyTo(larger);
            ReturnToPool(_items);
            _items = larger;
            _items[_count++] = token;
        }
    }
}
