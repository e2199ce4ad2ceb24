using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Parallax.Language;
using Parallax.Model;

namespace Parallax.Readers.Text;

/// <summary>
/// One plain-text input while it is being taken apart: its lines, which of them are removed and why, and the
/// metadata found so far. Used by <see cref="PlainTextArticleParser"/> for one parse; not thread-safe.
/// </summary>
internal sealed class ScrapedText
{
    private const int HeaderLinesExamined = 10;
    private const int FooterLinesExamined = 80;
    private const int LinesAfterHeaderForByline = 3;
    private const int MinWordsForDuplicate = 12;
    private const int MaxRelatedItemWords = 20;
    private const int MaxHeadlessItemWords = 12;
    private const int MinHeadlessItemWords = 3;
    private const int MinHeadlessItems = 3;
    private const int MaxSentenceCaseTitleWords = 14;
    private const int MinMenuItems = 3;

    // Words that start plain sentences and phrases; a headline that starts with anything else starts with a name.
    private static readonly string[] CommonOpeners =
    [
        "the", "a", "an", "this", "that", "these", "those", "who", "what", "where", "when", "why", "how", "which",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "it", "he", "she", "they",
        "we", "i", "you", "there", "here", "some", "many", "most", "all", "no", "not", "more", "less", "few", "each",
        "every", "our", "my", "his", "her", "their", "its", "your", "is", "are", "was", "will", "can", "do", "does",
        "did", "should", "would", "could", "if", "and", "but", "or", "so", "then", "now", "after", "before", "in",
        "on", "at", "for", "with", "from", "to", "of", "by", "as", "first", "second", "third", "last", "next",
        "new", "other", "another", "both", "either", "neither", "whether", "yes", "also", "still", "just",
    ];

    private static readonly SearchValues<char> Punctuation = SearchValues.Create("\"'“‘«(—–-");

    private readonly string[] _lines;
    private readonly string?[] _reasons;
    private readonly int[] _cut;
    private readonly List<(int Line, RemovedText Removed)> _removed = [];

    private string? _title;
    private string? _outlet;
    private string? _author;
    private DateOnly? _published;
    private bool _publishedIsUpdate;
    private string? _url;

    private int _bodyStart;
    private int _bodyEnd;

    // Paragraphs broken into lines of similar length ("hard-wrapped"): a line end says nothing there.
    private readonly bool _hardWrapped;

    public ScrapedText(string raw)
    {
        _lines = SplitLines(raw);
        _reasons = new string?[_lines.Length];
        _cut = new int[_lines.Length];
        _bodyEnd = _lines.Length - 1;
        _hardWrapped = IsHardWrapped(_lines);
    }

    /// <summary>Reads metadata and chrome from the top of the text until the first line of the article.</summary>
    public void ReadHeader()
    {
        RemoveTopMenu();
        var first = NextKept(0);
        var i = first;
        for (var examined = 0; i >= 0 && examined < HeaderLinesExamined; examined++)
        {
            var next = NextKept(i + 1);
            if (next < 0)
            {
                break; // the last line is never a header
            }

            if (!ReadHeaderLine(i, _lines[next]))
            {
                break;
            }

            i = next;
        }

        _bodyStart = i < 0 ? _lines.Length : i;

        // A byline or a date may follow a subtitle: when there was a header, look a few lines further for those.
        if (_bodyStart == first)
        {
            return;
        }

        var j = NextKept(_bodyStart);
        for (var k = 0; k < LinesAfterHeaderForByline && j >= 0; k++)
        {
            var next = NextKept(j + 1);
            if (next < 0)
            {
                break;
            }

            if (!TryBylineLine(j) && !TryDateLine(j) && TryAuthorAboveDate(j, next))
            {
                next = NextKept(j + 1);
            }

            j = next;
        }
    }

    /// <summary>
    /// A run of at least <see cref="MinMenuItems"/> lines of one to three words at the very top ("News", "World",
    /// "Business") is a site's navigation menu.
    /// </summary>
    private void RemoveTopMenu()
    {
        var run = new List<int>();
        var k = NextKept(0);
        while (k >= 0 && IsMenuItem(_lines[k]))
        {
            run.Add(k);
            k = NextKept(k + 1);
        }

        if (run.Count < MinMenuItems || k < 0)
        {
            return;
        }

        foreach (var i in run)
        {
            Remove(i, RemovalReasons.Boilerplate);
        }
    }

    private static bool IsMenuItem(string line) =>
        LineShape.WordCount(line) <= 3 && line.Length <= 30 && !LineShape.EndsSentence(line)
        && LineShape.FinalMark(line) != ':' && !LineShape.IsDomainLike(line) && !LineShape.IsUrlLike(line)
        && !line.Contains('_', StringComparison.Ordinal)
        && !MetadataLines.TryByline(line, out _) && !DateLines.IsDateLine(line, out _, out _);

    /// <summary>Cuts an outlet prefix or wire dateline from the first paragraph of the article.</summary>
    public void ReadFirstParagraphPrefix()
    {
        var first = NextKept(_bodyStart);
        if (first < 0)
        {
            return;
        }

        var line = _lines[first];
        if (!MetadataLines.TryOutletPrefix(line, out var outlet, out var length, out var published))
        {
            return;
        }

        _outlet ??= outlet;
        SetPublished(published, isUpdate: false);
        _cut[first] = length;
        _removed.Add((first, new RemovedText(line[..length].TrimEnd(), RemovalReasons.Metadata)));
    }

    /// <summary>
    /// Reads metadata, chrome and related links from the bottom of the text up to the last paragraph. Short
    /// headline-like lines are held as possible link-list items until a related-links heading above claims them,
    /// or, with no heading, the headless-run rule decides.
    /// </summary>
    public void ReadFooter()
    {
        var j = PreviousKept(_lines.Length - 1);
        var firstContent = NextKept(_bodyStart);
        var items = new List<int>();
        for (var examined = 0; j > firstContent && examined < FooterLinesExamined; examined++)
        {
            var line = _lines[j];
            if (WebChrome.IsRelatedHeading(line))
            {
                Remove(j, RemovalReasons.RelatedLinks);
                RemoveItems(items);
            }
            else if (items.Count > 0 && IsListedDetail(line))
            {
                items.Add(j); // a date or byline under a linked headline
            }
            else if (TryLabelLine(j) || TryBylineLine(j) || TryCreditLine(j) || TryDateLine(j))
            {
                // moved to the metadata
            }
            else if (WebChrome.IsEdgeChrome(line))
            {
                Remove(j, RemovalReasons.Boilerplate);
            }
            else if (WebChrome.IsInlineRelatedLink(line)
                || (LineShape.IsUrlLike(line) && PreviousKept(j - 1) is var above && above >= 0 && LineShape.FinalMark(_lines[above]) != ':'))
            {
                Remove(j, RemovalReasons.RelatedLinks);
            }
            else if (IsLinkItem(line))
            {
                items.Add(j);
            }
            else
            {
                break;
            }

            j = PreviousKept(j - 1);
        }

        if (items.Count > 0)
        {
            if (IsHeadlessLinkRun(items, j))
            {
                RemoveItems(items);
            }
            else
            {
                j = items[0]; // the writer's own closing lines: the article ends at the lowest of them
            }
        }

        _bodyEnd = j;
    }

    /// <summary>Removes what is unmistakably not article text from inside the article.</summary>
    public void RemoveInnerChrome()
    {
        var titleKey = _title is null ? null : LineShape.LooseKey(_title);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = _bodyStart; i <= _bodyEnd && i < _lines.Length; i++)
        {
            if (_reasons[i] is not null || _lines[i].Length == 0)
            {
                continue;
            }

            var line = _cut[i] > 0 ? _lines[i][_cut[i]..] : _lines[i];
            if (WebChrome.IsStandaloneChrome(line) || WebChrome.HasWidgetPhrase(line))
            {
                Remove(i, RemovalReasons.Boilerplate);
            }
            else if (WebChrome.IsInlineRelatedLink(line, inside: true))
            {
                Remove(i, RemovalReasons.RelatedLinks);
            }
            else if (WebChrome.IsInlineRelatedHeading(line) && TryInnerRelatedBlock(i, out var last))
            {
                i = last;
            }
            else if (titleKey is not null && LineShape.IsHeadlineLike(line) && LineShape.LooseKey(line) == titleKey)
            {
                Remove(i, RemovalReasons.Duplicate);
            }
            else if (LineShape.WordCount(line) >= MinWordsForDuplicate && !seen.Add(line))
            {
                Remove(i, RemovalReasons.Duplicate);
            }
        }
    }

    /// <summary>Assembles the article's text, metadata and removals.</summary>
    public PlainTextExtraction Finish()
    {
        var text = new StringBuilder();
        var pendingBlank = false;
        for (var i = 0; i < _lines.Length; i++)
        {
            if (_reasons[i] is not null)
            {
                continue;
            }

            var line = _cut[i] > 0 ? _lines[i][_cut[i]..].TrimStart() : _lines[i];
            if (line.Length == 0)
            {
                pendingBlank = text.Length > 0;
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(pendingBlank ? "\n\n" : "\n");
            }

            text.Append(line);
            pendingBlank = false;
        }

        var articleText = text.ToString();
        var metadata = new ArticleMetadata
        {
            Title = _title,
            Outlet = _outlet,
            Author = _author,
            Published = _published,
            Url = _url,
            Language = LanguageIdentifier.Identify(articleText),
        };

        var removed = ImmutableArray.CreateBuilder<RemovedText>(_removed.Count);
        foreach (var (_, item) in _removed.OrderBy(r => r.Line))
        {
            removed.Add(item);
        }

        return new PlainTextExtraction(articleText, metadata, removed.MoveToImmutable());
    }

    private bool ReadHeaderLine(int i, string nextLine)
    {
        var line = _lines[i];
        // Not calls to action here: a headline may well address the reader.
        if (WebChrome.IsStandaloneChrome(line) || WebChrome.HasEdgePhrase(line) || WebChrome.IsBreadcrumb(line)
            || DateLines.IsRelativeTimeLine(line))
        {
            Remove(i, RemovalReasons.Boilerplate);
            return true;
        }

        if (_title is null && LineShape.IsFileNameLike(line, nextLine))
        {
            Remove(i, RemovalReasons.FileNameHeader);
            return true;
        }

        // A bare domain, or a short all-capitalised publication name above the headline ("The Harbour Times").
        if (_outlet is null && (LineShape.IsDomainLike(line)
            || (_title is null && LineShape.WordCount(line) <= 4 && IsTitleCased(line) && MetadataLines.LooksLikeOutlet(line, acronyms: false)
                && LineShape.IsHeadlineLike(nextLine) && !LineShape.EndsSentence(line))))
        {
            _outlet = line;
            Remove(i, RemovalReasons.Metadata);
            return true;
        }

        if (LineShape.IsUrlLike(line) && LineShape.ToUrl(line) is { } url)
        {
            _url ??= url;
            Remove(i, RemovalReasons.Metadata);
            return true;
        }

        if (TryLabelLine(i) || TryBylineLine(i) || TryDateLine(i))
        {
            return true;
        }

        // A section label over the headline ("WORLD", "Politics").
        if (_title is null && IsSectionLabel(line) && LineShape.IsHeadlineLike(nextLine) && !LineShape.EndsSentence(nextLine))
        {
            Remove(i, RemovalReasons.Boilerplate);
            return true;
        }

        if (_title is null && LineShape.IsHeadlineLike(line) && !LineShape.StartsLowercase(nextLine) && ReadsAsHeadline(line)
            && !WebChrome.IsRelatedHeading(line) && (!_hardWrapped || (i + 1 < _lines.Length && _lines[i + 1].Length == 0)))
        {
            _title = line;
            if (MetadataLines.TrySplitSiteName(line, out var title, out var site))
            {
                _title = title;
                _outlet ??= site;
            }

            Remove(i, RemovalReasons.Metadata);
            return true;
        }

        if (_title is not null && LineShape.LooseKey(line) == LineShape.LooseKey(_title))
        {
            Remove(i, RemovalReasons.Duplicate);
            return true;
        }

        return false;
    }

    private bool TryLabelLine(int i)
    {
        if (!MetadataLines.TryLabel(_lines[i], out var kind, out var value))
        {
            return false;
        }

        var reason = RemovalReasons.Metadata;
        switch (kind)
        {
            case LabelKind.Title when LineShape.WordCount(value) <= 30:
                _title ??= value;
                break;
            case LabelKind.Author when LineShape.WordCount(value) <= 12:
                if (MetadataLines.TryByline("By " + value, out var byline))
                {
                    _author ??= byline.Author;
                    _outlet ??= byline.Outlet;
                    SetPublished(byline.Published, isUpdate: false);
                }
                else
                {
                    _author ??= value;
                }

                break;
            case LabelKind.Source:
                var url = FirstUrl(value);
                if (url is not null)
                {
                    _url ??= url;
                }
                else if (LineShape.WordCount(value) <= 5 && (IsTitleCased(value) || MetadataLines.LooksLikeOutlet(value))
                    && !LineShape.EndsSentence(value))
                {
                    _outlet ??= value;
                }
                else
                {
                    return false;
                }

                break;
            case LabelKind.Outlet when LineShape.WordCount(value) <= 6:
                _outlet ??= LineShape.IsUrlLike(value) && FirstUrl(value) is { } outletUrl
                    ? new Uri(outletUrl).Host
                    : value;
                break;
            case LabelKind.Date:
                if (!DateLines.TryFind(value, out var date, out _))
                {
                    return false;
                }

                var label = _lines[i].AsSpan(0, _lines[i].Length - value.Length);
                SetPublished(date, label.Contains("update", StringComparison.OrdinalIgnoreCase)
                    || label.Contains("modified", StringComparison.OrdinalIgnoreCase));
                break;
            case LabelKind.Disclaimer:
                break;
            case LabelKind.Credit when LineShape.WordCount(value) <= 12:
                break;
            case LabelKind.Picture when LineShape.WordCount(value) <= 10:
                reason = RemovalReasons.Boilerplate;
                break;
            case LabelKind.Tags:
                reason = RemovalReasons.Boilerplate;
                break;
            case LabelKind.Language when LineShape.WordCount(value) <= 2:
                break;
            default:
                return false;
        }

        Remove(i, reason);
        return true;
    }

    /// <summary>A writer's name alone on its line, right above a date line ("Jane Roe" / "August 16, 2025").</summary>
    private bool TryAuthorAboveDate(int i, int dateLine)
    {
        var line = _lines[i];
        if (LineShape.WordCount(line) is < 2 or > 4 || !DateLines.IsDateLine(_lines[dateLine], out _, out _)
            || !MetadataLines.TryByline("By " + line, out var byline) || byline.Author is null || byline.Outlet is not null)
        {
            return false;
        }

        _author ??= byline.Author;
        Remove(i, RemovalReasons.Metadata);
        TryDateLine(dateLine);
        return true;
    }

    private bool TryBylineLine(int i)
    {
        if (!MetadataLines.TryByline(_lines[i], out var byline))
        {
            return false;
        }

        _author ??= byline.Author;
        _outlet ??= byline.Outlet;
        SetPublished(byline.Published, isUpdate: false);
        Remove(i, RemovalReasons.Metadata);
        return true;
    }

    private bool TryCreditLine(int i)
    {
        if (!MetadataLines.TryCredit(_lines[i], out var author))
        {
            return false;
        }

        _author ??= author;
        Remove(i, RemovalReasons.Metadata);
        return true;
    }

    private bool TryDateLine(int i)
    {
        var line = _lines[i];
        if (!DateLines.IsDateLine(line, out var date, out var isUpdate))
        {
            // "Posted on August 16, 2025 by Jane Roe"
            var by = line.LastIndexOf(" by ", StringComparison.OrdinalIgnoreCase);
            if (by > 0 && DateLines.IsDateLine(line[..by], out date, out isUpdate) && LineShape.WordCount(line.AsSpan(by)) <= 6)
            {
                if (MetadataLines.TryByline(line[(by + 1)..], out var byline))
                {
                    _author ??= byline.Author;
                    _outlet ??= byline.Outlet;
                }
            }
            else if (LineShape.WordCount(line) <= 12 && DateLines.TryFind(line, out date, out _)
                && MetadataLines.TryByline("By " + line, out var signed) && signed.Author is not null)
            {
                // "Jane Roe | August 16, 2025", "Jane Roe, 16 Aug 2025"
                _author ??= signed.Author;
                _outlet ??= signed.Outlet;
            }
            else
            {
                return false;
            }
        }

        SetPublished(date, isUpdate);
        Remove(i, RemovalReasons.Metadata);
        return true;
    }

    /// <summary>
    /// Without a heading, a trailing run of short lines is a link list only when it is at least
    /// <see cref="MinHeadlessItems"/> headlines long, mostly naming things (as headlines do), and follows a paragraph
    /// that ends a sentence; a closing list of plain phrases ("Who pays for the ceasefire") may be the writer's own.
    /// </summary>
    private bool IsHeadlessLinkRun(List<int> items, int above)
    {
        if (_hardWrapped || items.Count < MinHeadlessItems || above < 0)
        {
            return false;
        }

        var named = 0;
        foreach (var i in items)
        {
            var line = _lines[i];
            var words = LineShape.WordCount(line);
            if (LineShape.IsBullet(line) || words is < MinHeadlessItemWords or > MaxHeadlessItemWords || !LineShape.IsHeadlineLike(line))
            {
                return false;
            }

            named += NamesSomething(line) ? 1 : 0;
        }

        var paragraph = _lines[above];
        return named * 4 >= items.Count * 3 && LineShape.EndsSentence(paragraph)
            && LineShape.WordCount(paragraph) > MaxHeadlessItemWords;
    }

    private void RemoveItems(List<int> items)
    {
        foreach (var i in items)
        {
            Remove(i, RemovalReasons.RelatedLinks);
        }

        items.Clear();
    }

    private static bool IsListedDetail(string line) =>
        DateLines.IsDateLine(line, out _, out _) || MetadataLines.TryByline(line, out _)
        || (LineShape.WordCount(line) <= 3 && WebChrome.Key(line).StartsWith("in ", StringComparison.Ordinal));

    /// <summary>A related-links heading inside the article with at least two link lines under it.</summary>
    private bool TryInnerRelatedBlock(int heading, out int last)
    {
        last = heading;
        var items = new List<int>();
        var k = NextKept(heading + 1);
        while (k >= 0 && k <= _bodyEnd && IsLinkItem(_lines[k]) && !LineShape.EndsSentence(_lines[k]))
        {
            items.Add(k);
            k = NextKept(k + 1);
        }

        if (items.Count < 2)
        {
            return false;
        }

        Remove(heading, RemovalReasons.RelatedLinks);
        foreach (var item in items)
        {
            Remove(item, RemovalReasons.RelatedLinks);
        }

        last = items[^1];
        return true;
    }

    /// <summary>True when a capitalised word other than a common sentence opener appears: a name.</summary>
    private static bool NamesSomething(string line)
    {
        var words = line.TrimStart("-*•–—·▪►0123456789.) ".ToCharArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && char.IsUpper(words[0][0]) && Array.IndexOf(CommonOpeners, words[0].ToLowerInvariant()) < 0)
        {
            return true;
        }

        for (var i = 1; i < words.Length; i++)
        {
            if (char.IsUpper(words[i][0]) || (words[i].Length > 1 && LineShape.IsOpeningQuote(words[i][0]) && char.IsUpper(words[i][1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSectionLabel(string line)
    {
        var words = LineShape.WordCount(line);
        if (words == 0 || words > 3 || line.Length > 40 || !char.IsLetterOrDigit(LineShape.FinalMark(line)))
        {
            return false;
        }

        if (words == 1)
        {
            return LineShape.StartsCapitalised(line);
        }

        foreach (var c in line)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTitleCased(string line)
    {
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && word is not ("of" or "the" or "and" or "&" or "de" or "la" or "on"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A long headline (more than <see cref="MaxSentenceCaseTitleWords"/> words) must be in title case, or it may be
    /// a paragraph that lost its full stop.
    /// </summary>
    private static bool ReadsAsHeadline(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= MaxSentenceCaseTitleWords)
        {
            return true;
        }

        var capitalised = 0;
        foreach (var word in words)
        {
            var letter = word.AsSpan().IndexOfAnyExcept(Punctuation);
            capitalised += letter >= 0 && (char.IsUpper(word[letter]) || !char.IsLetter(word[letter])) ? 1 : 0;
        }

        return capitalised * 2 >= words.Length;
    }

    private static bool IsHardWrapped(string[] lines)
    {
        var candidates = 0;
        var wrapped = 0;
        var longest = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            longest = Math.Max(longest, line.Length);
            if (LineShape.WordCount(line) < 6)
            {
                continue;
            }

            candidates++;
            if (line.Length is >= 40 and <= 110 && !LineShape.EndsSentence(line) && i + 1 < lines.Length && lines[i + 1].Length > 0)
            {
                wrapped++;
            }
        }

        return longest <= 110 && candidates >= 3 && wrapped * 2 >= candidates;
    }

    private static bool IsLinkItem(string line)
    {
        if (LineShape.IsUrlLike(line))
        {
            return true;
        }

        var text = LineShape.IsBullet(line) ? line.TrimStart("-*•–—·▪►0123456789.) ".ToCharArray()) : line;
        if (WebChrome.IsRelatedHeading(text))
        {
            return false;
        }

        // One capitalised word ("Diplomacy") is a tag under a "Tags" or "Topics" heading.
        var words = LineShape.WordCount(text);
        return words == 1
            ? text.Length <= 30 && LineShape.StartsCapitalised(text) && char.IsLetterOrDigit(LineShape.FinalMark(text))
            : words <= MaxRelatedItemWords && LineShape.IsHeadlineLike(text);
    }

    private void SetPublished(DateOnly? date, bool isUpdate)
    {
        if (date is null)
        {
            return;
        }

        if (_published is null || (_publishedIsUpdate && !isUpdate))
        {
            _published = date;
            _publishedIsUpdate = isUpdate;
        }
    }

    private static string? FirstUrl(string value)
    {
        foreach (var token in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (LineShape.ToUrl(token) is { } url)
            {
                return url;
            }
        }

        return null;
    }

    private void Remove(int line, string reason)
    {
        _reasons[line] = reason;
        _removed.Add((line, new RemovedText(_lines[line], reason)));
    }

    private int NextKept(int from)
    {
        for (var i = Math.Max(from, 0); i < _lines.Length; i++)
        {
            if (_reasons[i] is null && _lines[i].Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private int PreviousKept(int from)
    {
        for (var i = Math.Min(from, _lines.Length - 1); i >= 0; i--)
        {
            if (_reasons[i] is null && _lines[i].Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static string[] SplitLines(string raw)
    {
        var span = raw.AsSpan();
        if (span.Length > 0 && span[0] == '\uFEFF')
        {
            span = span[1..];
        }

        var lines = new List<string>();
        while (true)
        {
            var end = span.IndexOfAny('\n', '\r', '\u2028');
            var line = end < 0 ? span : span[..end];
            lines.Add(line.Trim().ToString());
            if (end < 0)
            {
                break;
            }

            var skip = span[end] == '\r' && end + 1 < span.Length && span[end + 1] == '\n' ? 2 : 1;
            span = span[(end + skip)..];
        }

        return [.. lines];
    }
}
