using System.Buffers;
using Parallax.Language.Tokens;
using Parallax.Model;

namespace Parallax.Language.Entities;

/// <summary>
/// Finds the names of people, organizations, places and other named things in an article, with the titles and roles
/// the article attaches to people. Rules over capitalisation, a gazetteer (<see cref="EntityGazetteer"/>) and
/// article-level consistency (a surname seen in a full person name is a person later on).
/// </summary>
/// <remarks>
/// Immutable and thread-safe: create once (or use <see cref="Default"/>) and share. Runs in time linear in the
/// text, never throws on odd input (no spaces, control characters, mixed scripts, all-capital text: in a sentence
/// written all in capitals only gazetteer names are recognised). Works with any tokenizer that follows the
/// <see cref="Token"/> contract; tokens that touch ("U", ".", "S", "." or "Trump", "'s") are joined into words.
/// </remarks>
public sealed partial class EntityRecognizer
{
    private const int MaxKeyLength = 128;
    private const int MaxWordLength = 48;
    private const int MaxRunUnits = 12;
    private const int MaxFeatures = 48;

    /// <summary>How much more the type model must favour "not a name" to overrule a type the rules gave.</summary>
    /// <remarks>Chosen on GUM's dev split (0, 0.5, 1, 2, 4 tried).</remarks>
    private const float NoneMargin = 0.5f;
    private static readonly Lazy<EntityRecognizer> DefaultInstance = new(CreateDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates a recognizer over <paramref name="gazetteer"/>, with <paramref name="typeModel"/> (if any) re-deciding the rules' types.</summary>
    public EntityRecognizer(EntityGazetteer gazetteer, EntityTypeModel? typeModel = null)
        : this(gazetteer, typeModel, sequenceModel: null)
    {
    }

    /// <summary>
    /// Creates a recognizer over <paramref name="gazetteer"/>; <paramref name="sequenceModel"/> (if any) decides the
    /// names from the rules' proposal, otherwise <paramref name="typeModel"/> (if any) re-decides the rules' types.
    /// </summary>
    public EntityRecognizer(EntityGazetteer gazetteer, EntityTypeModel? typeModel, EntitySequenceModel? sequenceModel)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        Gazetteer = gazetteer;
        TypeModel = typeModel;
        SequenceModel = sequenceModel;
    }

    /// <summary>A recognizer over the shipped gazetteer (<see cref="EntityGazetteer.Default"/>) and type model (<see cref="EntityTypeModel.Default"/>).</summary>
    public static EntityRecognizer Default => DefaultInstance.Value;

    /// <summary>The model that decides the names from the rules' proposal, or null.</summary>
    public EntitySequenceModel? SequenceModel { get; }

    /// <summary>The names and words this recognizer consults.</summary>
    public EntityGazetteer Gazetteer { get; }

    /// <summary>The model that re-decides candidate types, or null for rules alone.</summary>
    public EntityTypeModel? TypeModel { get; }

    /// <summary>
    /// The candidate names the rules type only weakly (by default or by context), with the rules' type and the model
    /// features: what the type model is trained on and applied to. The model (if any) is not applied.
    /// </summary>
    internal List<(TextSpan Span, EntityType? RuleType, int[] Features)> Candidates(string text, IReadOnlyList<Token> tokens)
    {
        var units = ArrayPool<Unit>.Shared.Rent(Math.Max(16, tokens.Count));
        try
        {
            var count = BuildUnits(text, tokens, units, CancellationToken.None);
            MarkSentences(text, units, count);
            var scan = new Scan(this, text, units, count);
            scan.Run(CancellationToken.None);
            var candidates = new List<(TextSpan, EntityType?, int[])>();
            scan.Results(candidates);
            return candidates;
        }
        finally
        {
            ArrayPool<Unit>.Shared.Return(units);
        }
    }

    /// <summary>Tokenizes <paramref name="text"/> and recognizes its entity mentions.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public AnnotationLayer<EntityMention> Recognize(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(text, Tokenizer.Tokenize(text, cancellationToken), cancellationToken);
    }

    /// <summary>Recognizes the entity mentions in <paramref name="text"/>, given its <paramref name="tokens"/> in text order.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public AnnotationLayer<EntityMention> Recognize(string text, IReadOnlyList<Token> tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var units = ArrayPool<Unit>.Shared.Rent(Math.Max(16, tokens.Count));
        try
        {
            var count = BuildUnits(text, tokens, units, cancellationToken);
            MarkSentences(text, units, count);
            var scan = new Scan(this, text, units, count);
            scan.Run(cancellationToken);
            var strong = SequenceModel is null ? null : new HashSet<TextSpan>();
            var mentions = scan.Results(null, strong);
            if (SequenceModel is not null)
            {
                mentions = scan.Sequence(mentions, SequenceModel, stretches: null, cancellationToken, strong);
            }

            return new AnnotationLayer<EntityMention>(mentions);
        }
        finally
        {
            ArrayPool<Unit>.Shared.Return(units);
        }
    }

    /// <remarks>
    /// The sequence model is not the default: on GUM it ties with the type model in cross-validation on the train
    /// split and does slightly worse on dev (see eval/README-entities.md). Opt in with
    /// <c>new EntityRecognizer(EntityGazetteer.Default, null, EntitySequenceModel.Default)</c>.
    /// </remarks>
    private static EntityRecognizer CreateDefault() => new(EntityGazetteer.Default, EntityTypeModel.Default);

    private static bool IsWordKind(TokenKind kind) => kind is TokenKind.Word or TokenKind.Number;

    private static bool IsPossessive(ReadOnlySpan<char> s) =>
        s.Length == 2 && (s[0] == '\'' || s[0] == '\u2019') && (s[1] == 's' || s[1] == 'S');

    private static int BuildUnits(string text, IReadOnlyList<Token> tokens, Unit[] units, CancellationToken cancellationToken)
    {
        var n = 0;
        var ti = 0;
        var count = tokens.Count;
        while (ti < count)
        {
            if ((ti & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var t = tokens[ti];
            if (!IsWordKind(t.Kind))
            {
                units[n++] = new Unit(t.Span.Start, t.Span.End, UnitFlags.Punct);
                ti++;
                continue;
            }

            var start = t.Span.Start;
            var end = t.Span.End;
            var flags = t.Kind == TokenKind.Number ? UnitFlags.Number : UnitFlags.None;
            var lastSegment = t.Span.Start;
            ti++;
            while (ti < count)
            {
                var next = tokens[ti];
                if (next.Span.Start != end)
                {
                    break;
                }

                var nextText = text.AsSpan(next.Span.Start, next.Span.Length);
                if (IsPossessive(nextText))
                {
                    flags |= UnitFlags.Possessive;
                    ti++;
                    break;
                }

                if (IsWordKind(next.Kind))
                {
                    end = next.Span.End;
                    ti++;
                    continue;
                }

                if (next.Span.Length != 1)
                {
                    break;
                }

                var c = nextText[0];
                var followedByWord = ti + 1 < count && tokens[ti + 1].Span.Start == next.Span.End && IsWordKind(tokens[ti + 1].Kind);
                if (c is '\'' or '\u2019')
                {
                    if (followedByWord)
                    {
                        var after = tokens[ti + 1];
                        var isS = after.Span.Length == 1 && (text[after.Span.Start] is 's' or 'S');
                        var moreWord = ti + 2 < count && tokens[ti + 2].Span.Start == after.Span.End && IsWordKind(tokens[ti + 2].Kind);
                        if (isS && !moreWord)
                        {
                            flags |= UnitFlags.Possessive;
                            ti += 2;
                            break;
                        }

                        end = after.Span.End;
                        ti += 2;
                        continue;
                    }

                    if (text[end - 1] is 's' or 'S')
                    {
                        flags |= UnitFlags.Possessive;
                        ti++;
                    }

                    break;
                }

                if (c is '-' or '&')
                {
                    if (!followedByWord)
                    {
                        break;
                    }

                    lastSegment = tokens[ti + 1].Span.Start;
                    end = tokens[ti + 1].Span.End;
                    ti += 2;
                    continue;
                }

                if (c == '.')
                {
                    var segment = text.AsSpan(lastSegment, end - lastSegment);
                    if (segment.Length == 1 && char.IsLetter(segment[0]))
                    {
                        end = next.Span.End;
                        ti++;
                        if (followedByWord && tokens[ti].Span.Length == 1)
                        {
                            lastSegment = tokens[ti].Span.Start;
                            end = tokens[ti].Span.End;
                            ti++;
                            continue;
                        }

                        break;
                    }

                    if (end - start <= 5 && EntityLexicon.Abbreviations.Contains(text.AsSpan(start, end - start)))
                    {
                        end = next.Span.End;
                        ti++;
                    }
                }

                break;
            }

            // A tokenizer may keep "Trump's" (or "allies'") as one token: the possessive is no part of the name.
            if (end - start > 2 && (text[end - 1] is 's' or 'S') && (text[end - 2] is '\'' or '\u2019'))
            {
                end -= 2;
                flags |= UnitFlags.Possessive;
            }
            else if (end - start > 1 && (text[end - 1] is '\'' or '\u2019'))
            {
                end -= 1;
                flags |= UnitFlags.Possessive;
            }

            // The last segment of a hyphenated word, whether the tokenizer split it or not ("Kremlin-backed").
            var hyphen = text.AsSpan(start, end - start).LastIndexOf('-');
            lastSegment = hyphen > 0 ? start + hyphen + 1 : start;
            units[n++] = new Unit(start, end, flags | Classify(text.AsSpan(start, end - start), text.AsSpan(lastSegment, end - lastSegment)));
        }

        return n;
    }

    private static UnitFlags Classify(ReadOnlySpan<char> word, ReadOnlySpan<char> lastSegment)
    {
        var flags = UnitFlags.Word;
        if (word.Length == 0)
        {
            return flags;
        }

        if (char.IsUpper(word[0]))
        {
            flags |= UnitFlags.Capitalized;
        }

        var upper = 0;
        var lower = 0;
        var humps = 0;
        var limit = Math.Min(word.Length, MaxWordLength);
        for (var i = 0; i < limit; i++)
        {
            var c = word[i];
            if (char.IsUpper(c))
            {
                upper++;
                if (i > 0 && char.IsLower(word[i - 1]))
                {
                    humps++;
                }
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        if (humps >= 3)
        {
            // "VladimirPutinMetTrump": run-together words, not a name.
            flags |= UnitFlags.TooLong;
        }

        if (upper >= 2 && lower == 0)
        {
            flags |= UnitFlags.AllCaps;
        }

        if (lastSegment.Length > 0 && char.IsLower(lastSegment[0]) && word.Length != lastSegment.Length)
        {
            flags |= UnitFlags.LowerTail;
        }

        if (word.Length > MaxWordLength)
        {
            flags |= UnitFlags.TooLong;
        }

        return flags;
    }

    private static void MarkSentences(string text, Unit[] units, int count)
    {
        var allWords = 0;
        var allCaps = 0;
        for (var i = 0; i < count; i++)
        {
            if ((units[i].Flags & (UnitFlags.Word | UnitFlags.Number)) == UnitFlags.Word)
            {
                allWords++;
                if ((units[i].Flags & UnitFlags.AllCaps) != 0)
                {
                    allCaps++;
                }
            }
        }

        // Text written (mostly) in capitals: capitalisation tells nothing anywhere in it.
        var caselessText = allWords >= 3 && allCaps * 10 >= allWords * 7;
        var pending = true;
        var previousEnd = 0;
        var sentenceStart = 0;
        var words = 0;
        var caps = 0;
        for (var i = 0; i <= count; i++)
        {
            var newSentence = i == count;
            if (i < count)
            {
                ref var u = ref units[i];
                var gap = text.AsSpan(previousEnd, u.Start - previousEnd);
                if (gap.Contains('\n'))
                {
                    pending = true;
                }

                previousEnd = u.End;
                if ((u.Flags & UnitFlags.Punct) != 0)
                {
                    var c = text[u.Start];
                    if (c is '.' or '!' or '?' or ':' or ';' or '\u2026')
                    {
                        pending = true;
                    }
                    else if (c is '"' or '\'' or '\u201c' or '\u2018' && (u.Start == 0 || char.IsWhiteSpace(text[u.Start - 1])))
                    {
                        // An opening quote starts quoted speech: "'Hey Frank,' …".
                        pending = true;
                    }
                    else if (!(c is '"' or '\'' or '\u201c' or '\u201d' or '\u2018' or '\u2019' or '(' or '[' or '-' or '\u2014' or '\u2013' or '*' or '#'))
                    {
                        pending = false;
                    }

                    continue;
                }

                if (pending)
                {
                    u.Flags |= UnitFlags.SentenceStart;
                    newSentence = true;
                    pending = false;
                }

                var last = text[u.End - 1];
                if (last == '.' && !EntityLexicon.Abbreviations.Contains(text.AsSpan(u.Start, Math.Max(0, u.End - u.Start - 1))) && !IsInitials(text.AsSpan(u.Start, u.End - u.Start)))
                {
                    pending = true;
                }
            }

            if (newSentence)
            {
                if (caselessText || (words >= 3 && caps * 10 >= words * 7))
                {
                    for (var j = sentenceStart; j < i; j++)
                    {
                        units[j].Flags |= UnitFlags.Caseless;
                    }
                }

                sentenceStart = i;
                words = 0;
                caps = 0;
            }

            if (i < count && (units[i].Flags & UnitFlags.Word) != 0 && (units[i].Flags & UnitFlags.Number) == 0)
            {
                words++;
                if ((units[i].Flags & UnitFlags.AllCaps) != 0)
                {
                    caps++;
                }
            }
        }
    }

    /// <summary>"L.", "O.J.", "G.": capital initials, which do not end a sentence.</summary>
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 6)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsUpper(word[i]) || i + 1 >= word.Length || word[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    [Flags]
    private enum UnitFlags : ushort
    {
        None = 0,
        Word = 1,
        Capitalized = 2,
        AllCaps = 4,
        Possessive = 8,
        SentenceStart = 16,
        Punct = 32,
        Number = 64,
        LowerTail = 128,
        Caseless = 256,
        TooLong = 512,
    }

    private struct Unit(int start, int end, UnitFlags flags)
    {
        public readonly int Start = start;
        public readonly int End = end;
        public UnitFlags Flags = flags;
    }

    /// <summary>A mention found in the first pass; <see cref="Type"/> is null while only the article can tell.</summary>
    private struct Found(int first, int last, EntityType? type, TextSpan? role, bool multiWord, bool weak = false)
    {
        public readonly int First = first;
        public readonly int Last = last;
        public EntityType? Type = type;
        public readonly TextSpan? Role = role;
        public readonly bool MultiWord = multiWord;

        /// <summary>A sentence-initial common word ("Bush …"): kept only when the article names it elsewhere.</summary>
        public readonly bool Weak = weak;
    }

    /// <summary>The state of one recognition run over one text.</summary>
    private sealed partial class Scan(EntityRecognizer owner, string text, Unit[] units, int count)
    {
        private readonly EntityGazetteer _gazetteer = owner.Gazetteer;
        private readonly List<Found> _found = [];
        private readonly HashSet<string> _capitalisedInside = new(StringComparer.Ordinal);

        public void Run(CancellationToken cancellationToken)
        {
            // Words the article capitalises in mid-sentence are names even at a sentence start ("Heaven Sent Gaming").
            var inside = _capitalisedInside.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var u = 0; u < count; u++)
            {
                if ((units[u].Flags & (UnitFlags.Word | UnitFlags.Capitalized | UnitFlags.SentenceStart | UnitFlags.Caseless | UnitFlags.TooLong | UnitFlags.AllCaps)) == (UnitFlags.Word | UnitFlags.Capitalized)
                    && !inside.Contains(Text(u)))
                {
                    inside.Add(Text(u));
                }
            }

            var i = 0;
            while (i < count)
            {
                if ((i & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if ((units[i].Flags & UnitFlags.Caseless) != 0)
                {
                    i = MatchCaseless(i);
                    continue;
                }

                if (!IsNameUnit(i))
                {
                    i++;
                    continue;
                }

                var end = ExtendRun(i);
                if (end - i <= MaxRunUnits)
                {
                    // Longer runs of capitalised words are title-case text, not a name.
                    ProcessRun(i, end);
                }

                i = end;
            }
        }

        public List<EntityMention> Results(List<(TextSpan, EntityType?, int[])>? candidates, HashSet<TextSpan>? strongSpans = null)
        {
            // Article-level consistency: a name typed once types its repetitions and the parts of person names.
            // Names the rules could only guess ("Sergey Lavrov") lend their parts a type too, but only a weak one.
            var known = new Dictionary<string, EntityType>(StringComparer.Ordinal);
            var guessed = new Dictionary<string, EntityType>(StringComparer.Ordinal);
            foreach (var f in _found)
            {
                var sure = f.Type is not null;
                if ((f.Type ?? (f.MultiWord && !f.Weak ? GuessFromContext(f) : null)) is { } type && type != EntityType.Other)
                {
                    var table = sure ? known : guessed;
                    table.TryAdd(text[units[f.First].Start..units[f.Last].End], type);
                    if (type == EntityType.Person && f.Last > f.First)
                    {
                        for (var k = f.First; k <= f.Last; k++)
                        {
                            if ((units[k].Flags & UnitFlags.Capitalized) != 0)
                            {
                                table.TryAdd(text[units[k].Start..units[k].End], EntityType.Person);
                            }
                        }
                    }
                }
            }

            var results = new List<EntityMention>(_found.Count);
            var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
            var guessLookup = guessed.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<int> features = stackalloc int[MaxFeatures];
            foreach (var f in _found)
            {
                var span = new TextSpan(units[f.First].Start, units[f.Last].End);
                var type = f.Type;
                if ((type is null or EntityType.Other || (!f.MultiWord && type != EntityType.Person))
                    && lookup.TryGetValue(text.AsSpan(span.Start, span.Length), out var seen)
                    && (type is null or EntityType.Other || seen == EntityType.Person))
                {
                    type = seen;
                }

                var weaklyKnown = false;
                if (type is null && !f.MultiWord && guessLookup.TryGetValue(text.AsSpan(span.Start, span.Length), out var guess))
                {
                    type = guess;
                    weaklyKnown = true;
                }

                if (f.Weak && type is null)
                {
                    continue;
                }

                // Types the rules found from strong evidence (gazetteer, keywords, titles, first names, the article
                // itself) stand; the model decides the rest: names typed only by default or by weak context.
                var strong = (type is not null && !weaklyKnown) || f.Role is not null;
                if (f.Role is not null)
                {
                    type ??= EntityType.Person; // a title or role right before a name: a person ("Senior researcher Mu Li")
                }

                if (type is null && !f.MultiWord && Has(f.Last, UnitFlags.Possessive) && IsRoleAhead(f.Last + 1))
                {
                    strong = true;
                }

                type ??= GuessFromContext(f);
                if ((candidates is not null && !strong) || (candidates is null && owner.TypeModel is not null && owner.SequenceModel is null && !strong))
                {
                    var n = Features(f, type, lookup, features);
                    if (candidates is not null)
                    {
                        candidates.Add((span, type, features[..n].ToArray()));
                        continue;
                    }

                    var ruleClass = type is { } rt && rt != EntityType.Other ? (int)rt : -1;
                    var predicted = owner.TypeModel!.Predict(features[..n], ruleClass, NoneMargin);
                    type = predicted switch
                    {
                        0 => EntityType.Person,
                        1 => EntityType.Organization,
                        2 => EntityType.Place,
                        _ => type is null ? null : EntityType.Other,
                    };
                }

                if (type is { } t)
                {
                    results.Add(new EntityMention(span, t, t == EntityType.Person ? f.Role : null));
                    if (strong)
                    {
                        strongSpans?.Add(span);
                    }
                }
            }

            return results;
        }

        /// <summary>The type model's features for one candidate: the rules' guess, gazetteer kinds, words in and around the name, shape.</summary>
        private int Features(Found f, EntityType? ruleType, Dictionary<string, EntityType>.AlternateLookup<ReadOnlySpan<char>> known, Span<int> buffer)
        {
            var n = 0;
            var size = f.Last - f.First + 1;
            var rule = ruleType is { } r ? (int)r : -1;
            buffer[n++] = EntityTypeModel.Hash("bias", 0);
            buffer[n++] = EntityTypeModel.Hash("rule", rule);
            buffer[n++] = EntityTypeModel.Hash("rule+n", (rule * 8) + Math.Min(size, 4));
            buffer[n++] = EntityTypeModel.Hash("whole", (int)Lookup(f.First, f.Last + 1));
            buffer[n++] = EntityTypeModel.Hash("first", (int)Lookup(f.First, f.First + 1));
            buffer[n++] = EntityTypeModel.Hash("last", (int)Lookup(f.Last, f.Last + 1));
            buffer[n++] = EntityTypeModel.Hash("n", Math.Min(size, 4));
            // The name's own words are left out on purpose: with a small training set they memorise names.
            var lastWord = Text(f.Last);
            buffer[n++] = EntityTypeModel.Hash("suf3", lastWord[Math.Max(0, lastWord.Length - 3)..]);
            buffer[n++] = EntityTypeModel.Hash("pw", f.First > 0 ? Text(f.First - 1) : "<s>");
            buffer[n++] = EntityTypeModel.Hash("pw2", f.First > 1 ? Text(f.First - 2) : "<s>");
            buffer[n++] = EntityTypeModel.Hash("nw", f.Last + 1 < count ? Text(f.Last + 1) : "</s>");
            buffer[n++] = EntityTypeModel.Hash("nw2", f.Last + 2 < count ? Text(f.Last + 2) : "</s>");
            var flags = 0;
            flags |= Has(f.First, UnitFlags.AllCaps) ? 1 : 0;
            flags |= Has(f.First, UnitFlags.SentenceStart) ? 2 : 0;
            flags |= Has(f.Last, UnitFlags.Possessive) ? 4 : 0;
            flags |= IsCommonWord(f.First) ? 8 : 0;
            flags |= IsCommonWord(f.Last) ? 16 : 0;
            flags |= f.Role is not null ? 32 : 0;
            flags |= known.TryGetValue(text.AsSpan(units[f.First].Start, units[f.Last].End - units[f.First].Start), out var seen) && seen == EntityType.Person ? 64 : 0;
            for (var bit = 0; bit < 7; bit++)
            {
                if ((flags & (1 << bit)) != 0)
                {
                    buffer[n++] = EntityTypeModel.Hash("flag", bit);
                }
            }

            var keywords = (EntityLexicon.OrganizationEnds.Contains(lastWord) ? 1 : 0)
                | (EntityLexicon.PlaceEnds.Contains(lastWord) ? 2 : 0)
                | (EntityLexicon.OrganizationStarts.Contains(Text(f.First)) ? 4 : 0)
                | (EntityLexicon.PlaceStarts.Contains(Text(f.First)) ? 8 : 0)
                | (EntityLexicon.KnownOrganizations.Contains(text.AsSpan(units[f.First].Start, Math.Min(40, units[f.Last].End - units[f.First].Start))) ? 16 : 0);
            buffer[n++] = EntityTypeModel.Hash("kw", keywords);
            return n;
        }

        private EntityType? GuessFromContext(Found f)
        {
            if (!f.MultiWord && Has(f.Last, UnitFlags.Possessive) && IsRoleAhead(f.Last + 1))
            {
                return EntityType.Person;
            }

            if (!f.MultiWord && IsCommonWord(f.First))
            {
                // "the Church", "the Army", "the Onion": a capitalised common noun after "the" names an organization.
                var p = f.First - 1;
                return p >= 0 && Text(p) is "the" && !Has(f.First, UnitFlags.SentenceStart) ? EntityType.Organization : EntityType.Other;
            }

            var after = f.Last + 1;
            if (after < count && (units[after].Flags & UnitFlags.Word) != 0 && EntityLexicon.PersonCues.Contains(Text(after)))
            {
                return EntityType.Person;
            }


            var before = f.First - 1;
            if (before >= 0 && (units[before].Flags & UnitFlags.Word) != 0 && EntityLexicon.PlaceCues.Contains(Text(before)))
            {
                return EntityType.Place;
            }

            if (!f.MultiWord)
            {
                // A lone unknown name that is no part of a person named in the article is most often an organization ("Wikinews").
                return IsCommonWord(f.First) ? EntityType.Other : EntityType.Organization;
            }

            if (f.Last - f.First <= 2)
            {
                var anyCommon = false;
                for (var k = f.First; k <= f.Last; k++)
                {
                    anyCommon |= IsCommonWord(k);
                }

                if (!anyCommon)
                {
                    return EntityType.Person;
                }
            }

            return EntityType.Organization;
        }

        /// <summary>True when a role noun follows within three words ("Trump's special representative").</summary>
        private bool IsRoleAhead(int unit)
        {
            for (var k = unit; k < count && k < unit + 3; k++)
            {
                if (!Has(k, UnitFlags.Word))
                {
                    return false;
                }

                if (EntityLexicon.RoleNouns.Contains(Text(k)))
                {
                    return true;
                }

                if (!EntityLexicon.RoleModifiers.Contains(Text(k)))
                {
                    return false;
                }
            }

            return false;
        }

        private ReadOnlySpan<char> Text(int unit) => text.AsSpan(units[unit].Start, units[unit].End - units[unit].Start);

        private bool Has(int unit, UnitFlags flag) => (units[unit].Flags & flag) != 0;

        private bool IsNameUnit(int i)
        {
            var flags = units[i].Flags;
            if ((flags & (UnitFlags.Word | UnitFlags.Capitalized)) != (UnitFlags.Word | UnitFlags.Capitalized)
                || (flags & (UnitFlags.TooLong | UnitFlags.Caseless)) != 0)
            {
                return false;
            }

            if ((flags & UnitFlags.LowerTail) != 0)
            {
                // "Kremlin-backed" is not a name; "Wai-ching" is.
                var word = Text(i);
                var tail = word[(word.LastIndexOf('-') + 1)..];
                if (tail.Length <= MaxWordLength && IsCommonLower(tail) && (tail.Length >= 4 || tail.EndsWith("ed", StringComparison.Ordinal) || tail is "run" or "era" or "led" or "age" or "old" or "war"))
                {
                    return false;
                }
            }

            var text = Text(i);
            return !EntityLexicon.NotNames.Contains(text) || EntityLexicon.Determiners.Contains(text)
                || ((flags & UnitFlags.AllCaps) != 0 && text.Length >= 3 && (EntityLexicon.KnownOrganizations.Contains(text) || !IsCommonLower(text)));
        }

        /// <summary>A word after which "of" / "for" continues a name ("University of", "Centre for Control of …").</summary>
        private bool IsNameKeyword(int i)
        {
            var word = Text(i);
            return EntityLexicon.OrganizationStarts.Contains(word) || EntityLexicon.OrganizationEnds.Contains(word)
                || EntityLexicon.PlaceStarts.Contains(word) || EntityLexicon.PlaceEnds.Contains(word) || EntityLexicon.RoleNouns.Contains(word);
        }

        private bool IsLowerWord(int i) => Has(i, UnitFlags.Word) && !Has(i, UnitFlags.Capitalized) && !Has(i, UnitFlags.Number);

        private int ExtendRun(int start)
        {
            var end = start + 1;
            var sawKeyword = IsNameKeyword(start);
            while (end < count)
            {
                sawKeyword |= IsNameKeyword(end - 1);
                if (Has(end - 1, UnitFlags.Possessive))
                {
                    break;
                }

                if (IsNameUnit(end) && !Has(end, UnitFlags.SentenceStart) && !EntityLexicon.Determiners.Contains(Text(end)))
                {
                    end++;
                    continue;
                }

                if (end + 1 < count && IsLowerWord(end))
                {
                    var word = Text(end);
                    if (EntityLexicon.NameParticles.Contains(word) && IsNameUnit(end + 1) && !Has(end - 1, UnitFlags.AllCaps))
                    {
                        end += 2;
                        continue;
                    }

                    if (word is "of" or "for" or "on" && sawKeyword)
                    {
                        var j = end + 1;
                        if (j < count && Text(j) is "the")
                        {
                            j++;
                        }

                        if (j < count && IsNameUnit(j) && !EntityLexicon.Determiners.Contains(Text(j)))
                        {
                            end = j + 1;
                            continue;
                        }
                    }
                }
                else if (end + 1 < count && Has(end, UnitFlags.Punct) && text[units[end].Start] == '&' && IsNameUnit(end + 1))
                {
                    end += 2;
                    continue;
                }

                break;
            }

            return end;
        }

        private void ProcessRun(int start, int end)
        {
            while (start < end && EntityLexicon.Determiners.Contains(Text(start)))
            {
                start++;
            }

            if (start >= end)
            {
                return;
            }

            var whole = Lookup(start, end);
            // "Chairman of the Australian Centre …": a title before "of" is no part of the organization's name.
            while (end - start >= 3 && EntityLexicon.RoleNouns.Contains(Text(start)) && Text(start + 1) is "of" or "for")
            {
                if (TrySplitTitle(start, end))
                {
                    return; // "Secretary of State Marco Rubio"
                }

                start += Text(start + 2) is "the" ? 3 : 2;
                whole = start < end ? Lookup(start, end) : NameKind.None;
            }

            if (start >= end)
            {
                return;
            }

            // A lone first name that is also a common word opens a sentence or a quote ("See you in Moscow", "Will it
            // last?"): a word, unless the article capitalises it mid-sentence too.
            var loneFirstName = whole == NameKind.FirstName && end - start == 1;
            if (Has(start, UnitFlags.SentenceStart) && (whole == NameKind.None || loneFirstName) && IsCommonWord(start) && !IsKnownOrganization(start, end) && !Has(start, UnitFlags.AllCaps)
                && !(end - start == 1 && Has(start, UnitFlags.Possessive)))
            {
                var single = Lookup(start, start + 1);
                var keep = end - start >= 2
                    && (single is NameKind.Person or NameKind.FirstName or NameKind.Place or NameKind.Organization
                        || EntityLexicon.RoleNouns.Contains(Text(start)) || EntityLexicon.RoleModifiers.Contains(Text(start))
                        || EntityLexicon.PlaceStarts.Contains(Text(start)) || EntityLexicon.Directions.Contains(Text(start))
                        || EntityLexicon.OrganizationStarts.Contains(Text(start)))
                    || _capitalisedInside.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Text(start));
                if (!keep)
                {
                    if (end - start == 1)
                    {
                        _found.Add(new Found(start, start, null, null, multiWord: false, weak: true));
                        return;
                    }

                    start++;
                    while (start < end && EntityLexicon.Determiners.Contains(Text(start)))
                    {
                        start++;
                    }

                    if (start >= end)
                    {
                        return;
                    }

                    whole = Lookup(start, end);
                }
            }

            var type = FromKind(whole);
            if (type == EntityType.Other && end - start >= 2)
            {
                // WordNet files universities and buildings under artifacts: the name's own shape says more.
                type = TypeByShape(start, end) ?? EntityType.Other;
            }

            if (IsKnownOrganization(start, end))
            {
                type = EntityType.Organization;
            }
            else if (end - start == 1 && EntityLexicon.KnownPlaces.Contains(Text(start)))
            {
                type = EntityType.Place;
            }

            if (whole == NameKind.Nationality)
            {
                return;
            }

            if (type is { } known)
            {
                Add(start, end - 1, known, known == EntityType.Person ? RoleBefore(start, start) : null);
                return;
            }

            if (TrySplitTitle(start, end) || TrySplitKnownPrefix(start, end) || IsRoleOnly(start, end))
            {
                return;
            }

            Add(start, end - 1, TypeByShape(start, end), null);
        }

        private bool TrySplitTitle(int start, int end)
        {
            if (end - start < 2 || EntityLexicon.OrganizationEnds.Contains(Text(end - 1)) || EntityLexicon.PlaceEnds.Contains(Text(end - 1)))
            {
                return false;
            }

            var title = -1;
            for (var k = end - 2; k >= start; k--)
            {
                if (EntityLexicon.RoleNouns.Contains(Text(k)) && !Has(k, UnitFlags.AllCaps))
                {
                    title = k;
                    break;
                }
            }

            if (title < 0)
            {
                return false;
            }

            var roleStart = title;
            while (roleStart > start && !Has(roleStart - 1, UnitFlags.Possessive)
                && (EntityLexicon.RoleNouns.Contains(Text(roleStart - 1)) || EntityLexicon.RoleModifiers.Contains(Text(roleStart - 1))
                    || _gazetteer.Lookup(Text(roleStart - 1)) == NameKind.Nationality))
            {
                roleStart--;
            }

            var nameStart = title + 1;
            if (Text(nameStart) is "of" or "for")
            {
                // "Secretary of State Marco Rubio", "Minister of Education Stefania Giannini".
                nameStart++;
                if (nameStart < end && Text(nameStart) is "the")
                {
                    nameStart++;
                }

                var organizationStart = nameStart;
                var organizationEnd = nameStart;
                for (var j = end - 2; j > nameStart; j--)
                {
                    if (EntityLexicon.OrganizationEnds.Contains(Text(j)) || EntityLexicon.PlaceEnds.Contains(Text(j)))
                    {
                        organizationEnd = j;
                        break;
                    }
                }

                nameStart = organizationEnd + 1;
                if (end - nameStart < 1 || !IsNameUnit(nameStart))
                {
                    return false;
                }

                if (organizationEnd > organizationStart)
                {
                    ProcessRun(organizationStart, organizationEnd + 1);
                }

                title = nameStart - 1;
            }

            if (roleStart > start)
            {
                // "NASA Administrator Charles Bolden": the organization before the title is a mention of its own and part of the role.
                ProcessRun(start, roleStart);
            }

            // The role runs from the organization or nationality before the title ("NASA Administrator") to the name,
            // and on to the left over lower-case role words ("retired Army Major General").
            var roleFrom = roleStart > start && roleStart - start <= 3 ? start : roleStart;
            roleFrom = ExtendRoleLeft(roleFrom);
            Add(nameStart, end - 1, EntityType.Person, new TextSpan(units[roleFrom].Start, units[nameStart - 1].End));
            return true;
        }

        /// <summary>"Prime Minister", "Foreign Minister": titles without a name.</summary>
        private bool IsRoleOnly(int start, int end)
        {
            for (var k = start; k < end; k++)
            {
                var word = Text(k);
                if (!EntityLexicon.RoleNouns.Contains(word) && !EntityLexicon.RoleModifiers.Contains(word) && _gazetteer.Lookup(word) != NameKind.Nationality)
                {
                    return false;
                }
            }

            for (var k = start; k < end; k++)
            {
                if (EntityLexicon.RoleNouns.Contains(Text(k)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"United States Hamdullah Mohib": a known place or organization directly followed by a person's name.</summary>
        private bool TrySplitKnownPrefix(int start, int end)
        {
            if (end - start < 3 || EntityLexicon.OrganizationEnds.Contains(Text(end - 1)) || EntityLexicon.PlaceEnds.Contains(Text(end - 1)))
            {
                return false;
            }

            for (var p = end - 2; p > start; p--)
            {
                if (end - p > 3 || end - p < 2)
                {
                    continue;
                }

                var kind = Lookup(start, p);
                var prefix = IsKnownOrganization(start, p) ? EntityType.Organization : FromKind(kind);
                if (prefix is null or EntityType.Other && p - start >= 2)
                {
                    prefix = TypeByShape(start, p);
                }

                if (prefix is not (EntityType.Organization or EntityType.Place))
                {
                    continue;
                }

                var person = Lookup(p, p + 1) == NameKind.FirstName;
                if (!person)
                {
                    person = true;
                    for (var k = p; k < end; k++)
                    {
                        person &= !IsCommonWord(k) && Lookup(k, k + 1) is NameKind.None or NameKind.Person or NameKind.FirstName;
                    }
                }

                if (person)
                {
                    Add(start, p - 1, prefix, null);
                    Add(p, end - 1, EntityType.Person, null);
                    return true;
                }
            }

            return false;
        }

        private int ExtendRoleLeft(int k)
        {
            while (k > 0)
            {
                var p = k - 1;
                if (!Has(p, UnitFlags.Word) || Has(p, UnitFlags.Number))
                {
                    break;
                }

                var word = Text(p);
                if (word is "the" or "of" or "and" or "for" or "The")
                {
                    break;
                }

                if (EntityLexicon.RoleModifiers.Contains(word) || EntityLexicon.RoleNouns.Contains(word)
                    || (Has(p, UnitFlags.Capitalized) && Has(p, UnitFlags.Possessive)) || _gazetteer.Lookup(word) == NameKind.Nationality)
                {
                    k = p;
                    continue;
                }

                break;
            }

            return k;
        }

        /// <summary>The role phrase that ends right before unit <paramref name="name"/>, starting at or before unit <paramref name="atLeast"/>.</summary>
        private TextSpan? RoleBefore(int name, int atLeast)
        {
            var k = name;
            var sawRole = false;
            while (k > 0)
            {
                var p = k - 1;
                if (!Has(p, UnitFlags.Word) || Has(p, UnitFlags.Number))
                {
                    break;
                }

                var word = Text(p);
                if (EntityLexicon.RoleNouns.Contains(word))
                {
                    sawRole = true;
                    k = p;
                    continue;
                }

                if (p < atLeast && k == name)
                {
                    break;
                }

                if (word is "and")
                {
                    break; // "Foreign Minister Sergey Lavrov and aide Yuri Ushakov": the role does not reach across another name.
                }

                if (EntityLexicon.RoleModifiers.Contains(word) && !(word is "of" or "the" or "for" && !sawRole)
                    || (Has(p, UnitFlags.Capitalized) && !Has(p, UnitFlags.SentenceStart) && sawRole)
                    || (Has(p, UnitFlags.Capitalized) && Has(p, UnitFlags.Possessive) && sawRole)
                    || _gazetteer.Lookup(word) == NameKind.Nationality)
                {
                    if ((EntityLexicon.Determiners.Contains(word) || word is "of" or "for") && (p == 0 || !Has(p - 1, UnitFlags.Capitalized) || Has(p, UnitFlags.Capitalized)))
                    {
                        break;
                    }

                    k = p;
                    continue;
                }

                if (Has(p, UnitFlags.Capitalized) && Has(p, UnitFlags.SentenceStart) && sawRole && !EntityLexicon.Determiners.Contains(word))
                {
                    k = p;
                }

                break;
            }

            if (!sawRole || k >= name)
            {
                return null;
            }

            return new TextSpan(units[k].Start, units[name - 1].End);
        }

        private EntityType? TypeByShape(int start, int end)
        {
            var last = Text(end - 1);
            var first = Text(start);
            var multi = end - start >= 2;
            if (multi)
            {
                for (var j = start + 1; j < end - 1; j++)
                {
                    if (Text(j) is "of" or "for" && (EntityLexicon.OrganizationStarts.Contains(Text(j - 1)) || EntityLexicon.OrganizationEnds.Contains(Text(j - 1))
                        || Text(j - 1) is "Centre" or "Center" && Text(j) is "for"))
                    {
                        return EntityType.Organization; // "Department of State", "Centre for Control of …"
                    }

                    if (Text(j) is "of" && EntityLexicon.PlaceEnds.Contains(Text(j - 1)))
                    {
                        return EntityType.Place; // "Bay of Bengal", "Gulf of Mexico"
                    }

                    if (Text(j) is "Base" or "Airport" or "Airfield" or "Air Base")
                    {
                        return EntityType.Place;
                    }
                }

                if (EntityLexicon.OrganizationEnds.Contains(last))
                {
                    return EntityType.Organization;
                }

                if (end - start <= 3 && Lookup(start, start + 1) == NameKind.FirstName && !Has(end - 1, UnitFlags.AllCaps))
                {
                    // "Marc Lamont Hill", "Eden Hazard": a first name outweighs a place-like last word.
                    return EntityType.Person;
                }

                if (EntityLexicon.PlaceEnds.Contains(last))
                {
                    return EntityType.Place;
                }

                if (EntityLexicon.OrganizationStarts.Contains(first) && Text(start + 1) is "of" or "for")
                {
                    return EntityType.Organization;
                }

                if (EntityLexicon.PlaceStarts.Contains(first))
                {
                    return EntityType.Place;
                }

                if (EntityLexicon.Directions.Contains(first) && Lookup(start + 1, end) == NameKind.Place)
                {
                    return EntityType.Place;
                }

                var firstKind = Lookup(start, start + 1);
                if ((firstKind is NameKind.FirstName or NameKind.Person && end - start <= 3) || (firstKind is NameKind.FirstName && end - start == 4 && IsInitial(start + 1)))
                {
                    return EntityType.Person;
                }

                var lastKind = Lookup(end - 1, end);
                if (lastKind is NameKind.Person && end - start <= 3)
                {
                    return EntityType.Person;
                }

                return null;
            }

            var kind = Lookup(start, end);
            if (kind == NameKind.FirstName)
            {
                return EntityType.Person;
            }

            if (Has(start, UnitFlags.AllCaps) && first.Length <= 6)
            {
                return EntityType.Organization;
            }

            return null;
        }

        private bool IsInitial(int unit) => units[unit].End - units[unit].Start == 2 && text[units[unit].End - 1] == '.';

        private void Add(int first, int last, EntityType? type, TextSpan? role)
        {
            if (first > last)
            {
                return;
            }

            if (role is null && type is null or EntityType.Person)
            {
                role = RoleBefore(first, first);
            }

            _found.Add(new Found(first, last, type, role, last > first));
        }

        private int MatchCaseless(int i)
        {
            if (!Has(i, UnitFlags.Word) || Has(i, UnitFlags.Number) || Has(i, UnitFlags.TooLong))
            {
                return i + 1;
            }

            var maxLength = Math.Min(_gazetteer.LongestNameWords, 5);
            for (var length = maxLength; length >= 1; length--)
            {
                var end = i + length;
                if (end > count || !Has(end - 1, UnitFlags.Word) || !Has(end - 1, UnitFlags.Caseless))
                {
                    continue;
                }

                var kind = Lookup(i, end);
                if (kind is NameKind.Person or NameKind.Organization or NameKind.Place
                    && (length >= 2 || (!IsCommonWord(i) && !EntityLexicon.NotNames.Contains(Text(i)))))
                {
                    _found.Add(new Found(i, end - 1, FromKind(kind), null, length >= 2));
                    return end;
                }
            }

            return i + 1;
        }

        private bool IsKnownOrganization(int start, int end)
        {
            var span = text.AsSpan(units[start].Start, units[end - 1].End - units[start].Start);
            return span.Length <= 40 && !span.ContainsAny('\n', '\r') && EntityLexicon.KnownOrganizations.Contains(span);
        }

        private static EntityType? FromKind(NameKind kind) => kind switch
        {
            NameKind.Person => EntityType.Person,
            NameKind.Organization => EntityType.Organization,
            NameKind.Place => EntityType.Place,
            NameKind.Other => EntityType.Other,
            _ => null,
        };

        private bool IsCommonWord(int unit) => IsCommonLower(Text(unit));

        private bool IsCommonLower(ReadOnlySpan<char> word)
        {
            if (word.Length > MaxWordLength)
            {
                return false;
            }

            Span<char> lower = stackalloc char[word.Length];
            word.ToLowerInvariant(lower);
            return _gazetteer.IsCommonWord(lower);
        }

        private NameKind Lookup(int start, int end)
        {
            Span<char> key = stackalloc char[MaxKeyLength];
            var length = 0;
            for (var k = start; k < end; k++)
            {
                var word = Text(k);
                if (!Has(k, UnitFlags.Word) || length + word.Length + 1 > MaxKeyLength)
                {
                    return NameKind.None;
                }

                if (k > start)
                {
                    key[length++] = ' ';
                }

                word.CopyTo(key[length..]);
                length += word.Length;
            }

            return _gazetteer.Lookup(key[..length]);
        }
    }
}
