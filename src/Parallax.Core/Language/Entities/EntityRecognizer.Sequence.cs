using System.Buffers;
using System.Collections.Frozen;
using Parallax.Model;

namespace Parallax.Language.Entities;

/// <summary>The sequence-model pass of <see cref="EntityRecognizer"/>: the rules propose, the model decides.</summary>
public sealed partial class EntityRecognizer
{
    /// <summary>The most features one unit has.</summary>
    private const int UnitFeatureCount = 32;

    private const byte RoleBit = 16;
    private const byte KeepBit = 32;
    private const byte WindowBit = 128;

    /// <summary>Lower-case words and marks that may join the parts of one name ("Bay of Bengal", "Kevin De Bruyne").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StretchConnectors =
        new[] { "of", "the", "and", "for", "on", "de", "del", "du", "da", "di", "van", "von", "der", "den", "la", "le", "al", "bin", "y", "&", "-", "\u2013" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BuildLexiconBits()
    {
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] lists =
        [
            EntityLexicon.OrganizationEnds, EntityLexicon.PlaceEnds, EntityLexicon.OrganizationStarts, EntityLexicon.PlaceStarts,
            EntityLexicon.RoleNouns, EntityLexicon.RoleModifiers, EntityLexicon.Directions, EntityLexicon.NameParticles,
            EntityLexicon.KnownOrganizations, EntityLexicon.KnownPlaces, EntityLexicon.PersonCues, EntityLexicon.PlaceCues,
            EntityLexicon.NotNames,
        ];
        var bits = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lists.Length; i++)
        {
            foreach (var word in lists[i].Set)
            {
                bits[word] = bits.GetValueOrDefault(word) | (1 << i);
            }
        }

        return bits.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The stretches the sequence model reads, with each unit's character span and features: what the model is
    /// trained on. The model (if any) is not applied.
    /// </summary>
    internal List<SequenceStretch> Stretches(string text, IReadOnlyList<Tokens.Token> tokens)
    {
        var units = ArrayPool<Unit>.Shared.Rent(Math.Max(16, tokens.Count));
        try
        {
            var count = BuildUnits(text, tokens, units, CancellationToken.None);
            MarkSentences(text, units, count);
            var scan = new Scan(this, text, units, count);
            scan.Run(CancellationToken.None);
            var stretches = new List<SequenceStretch>();
            scan.Sequence(scan.Results(null), model: null, stretches, CancellationToken.None);
            return stretches;
        }
        finally
        {
            ArrayPool<Unit>.Shared.Return(units);
        }
    }

    /// <summary>For each word of the hand-written lists, which lists hold it (one bit a list): one lookup instead of thirteen.</summary>
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> LexiconBits = BuildLexiconBits();

    private static readonly int StartHash = EntityTypeModel.Hash("", "<s>");
    private static readonly int EndHash = EntityTypeModel.Hash("", "</s>");

    /// <summary>What the features of a unit and its neighbours need to know about it: the hash of its lower-cased word, its shape, word lists, gazetteer kinds alone and with the next word.</summary>
    private readonly record struct UnitContext(int Word, int Shape, int Lexicon, int Kind, int PairKind);

    /// <summary>One stretch of units for the sequence model: the units' character spans, their features and where each unit's features start.</summary>
    internal sealed record SequenceStretch(TextSpan[] Units, int[] Features, int[] Offsets);

    private sealed partial class Scan
    {
        /// <summary>For each word, which types the rules gave it anywhere in the text (alone or as part of a longer name), as bits.</summary>
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ruleVotes =
            new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>
        /// Re-decides the rules' mentions (<paramref name="rules"/>) with <paramref name="model"/> over every stretch
        /// of capitalised words; mentions outside those stretches (names in all-capital text) stay as the rules found
        /// them. With <paramref name="stretches"/>, only collects the stretches and their features.
        /// </summary>
        public List<EntityMention> Sequence(List<EntityMention> rules, EntitySequenceModel? model, List<SequenceStretch>? stretches, CancellationToken cancellationToken, HashSet<TextSpan>? strong = null)
        {
            var tags = ArrayPool<byte>.Shared.Rent(Math.Max(16, count));
            try
            {
                Array.Clear(tags, 0, count);
                var roles = new Dictionary<TextSpan, TextSpan?>();
                foreach (var m in rules)
                {
                    var first = UnitStarting(m.Span.Start);
                    var last = UnitEnding(m.Span.End);
                    if (first < 0 || last < first)
                    {
                        continue;
                    }

                    var begin = EntitySequenceModel.Begin(m.Type);
                    var keep = model is not null && ((model.KeepGazetteerPlaces && m.Type == EntityType.Place && Lookup(first, last + 1) == NameKind.Place)
                        || (model.KeepStrongRules && strong is not null && m.Type != EntityType.Other && strong.Contains(m.Span)));
                    tags[first] = (byte)(begin | (m.Role is null ? 0 : RoleBit) | (keep ? KeepBit : 0));
                    for (var k = first + 1; k <= last; k++)
                    {
                        tags[k] = (byte)(begin + 1 + (keep ? KeepBit : 0));
                    }

                    roles[m.Span] = m.Role;
                    for (var k = first; k <= last; k++)
                    {
                        var bit = 1 << ((int)m.Type + (last > first ? 4 : 0));
                        var word = Text(k);
                        if (word.Length <= MaxWordLength)
                        {
                            _ruleVotes[word] = (_ruleVotes.TryGetValue(word, out var had) ? had : 0) | bit;
                        }
                    }
                }

                var results = new List<EntityMention>();
                Span<int> features = stackalloc int[EntitySequenceModel.MaxWindow * UnitFeatureCount];
                Span<int> offsets = stackalloc int[EntitySequenceModel.MaxWindow + 1];
                Span<int> decoded = stackalloc int[EntitySequenceModel.MaxWindow];
                Span<int> forced = stackalloc int[EntitySequenceModel.MaxWindow];
                Span<UnitContext> context = stackalloc UnitContext[EntitySequenceModel.MaxWindow + 4];
                var i = 0;
                while (i < count)
                {
                    if ((i & 1023) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    if (!IsStretchUnit(i, tags))
                    {
                        i++;
                        continue;
                    }

                    var end = StretchEnd(i, tags);
                    var n = end - i;
                    var used = 0;
                    FillContext(i, end, context);
                    for (var k = 0; k < n; k++)
                    {
                        offsets[k] = used;
                        used += UnitFeatures(i + k, i, context, tags, features[used..]);
                    }

                    offsets[n] = used;
                    if (stretches is not null)
                    {
                        var spans = new TextSpan[n];
                        for (var k = 0; k < n; k++)
                        {
                            spans[k] = new TextSpan(units[i + k].Start, units[i + k].End);
                        }

                        stretches.Add(new SequenceStretch(spans, features[..used].ToArray(), offsets[..(n + 1)].ToArray()));
                    }
                    else if (model is not null)
                    {
                        for (var k = 0; k < n; k++)
                        {
                            forced[k] = (tags[i + k] & KeepBit) != 0 ? tags[i + k] & 15 : -1;
                        }

                        model.Decode(features[..used], offsets[..(n + 1)], forced[..n], decoded);
                        Emit(i, decoded[..n], roles, results);
                    }

                    for (var k = i; k < end; k++)
                    {
                        tags[k] |= WindowBit;
                    }

                    i = end;
                }

                foreach (var m in rules)
                {
                    // Names the model does not read (all-capital text) stay as the rules found them.
                    var first = UnitStarting(m.Span.Start);
                    if (first < 0 || (tags[first] & WindowBit) == 0)
                    {
                        results.Add(m);
                    }
                }

                return results;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(tags);
            }
        }

        private void Emit(int start, ReadOnlySpan<int> decoded, Dictionary<TextSpan, TextSpan?> roles, List<EntityMention> results)
        {
            for (var k = 0; k < decoded.Length; k++)
            {
                var tag = decoded[k];
                if (!EntitySequenceModel.IsBegin(tag))
                {
                    continue;
                }

                var last = k;
                while (last + 1 < decoded.Length && decoded[last + 1] == tag + 1)
                {
                    last++;
                }

                var type = EntitySequenceModel.TypeOf(tag)!.Value;
                var span = new TextSpan(units[start + k].Start, units[start + last].End);
                TextSpan? role = null;
                if (type == EntityType.Person)
                {
                    role = roles.TryGetValue(span, out var r) ? r : RoleBefore(start + k, start + k);
                }

                results.Add(new EntityMention(span, type, role));
                k = last;
            }
        }

        /// <summary>Where the stretch that starts at unit <paramref name="start"/> ends (exclusive).</summary>
        private int StretchEnd(int start, byte[] tags)
        {
            var end = start + 1;
            while (end < count && end - start < EntitySequenceModel.MaxWindow)
            {
                if (IsStretchUnit(end, tags))
                {
                    end++;
                    continue;
                }

                var j = end;
                while (j < count && j - end < 2 && IsStretchConnector(j))
                {
                    j++;
                }

                if (j > end && j < count && j - start < EntitySequenceModel.MaxWindow && IsStretchUnit(j, tags))
                {
                    end = j + 1;
                    continue;
                }

                break;
            }

            return end;
        }

        /// <summary>A word with a capital letter in it, or one the rules put in a name; not in all-capital or run-together text.</summary>
        private bool IsStretchUnit(int u, byte[] tags)
        {
            var flags = units[u].Flags;
            if ((flags & UnitFlags.Word) == 0 || (flags & (UnitFlags.Caseless | UnitFlags.TooLong)) != 0)
            {
                return false;
            }

            if ((tags[u] & 15) != 0 || (flags & UnitFlags.Capitalized) != 0)
            {
                return true;
            }

            foreach (var c in Text(u))
            {
                if (char.IsUpper(c))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsStretchConnector(int u) => (units[u].Flags & UnitFlags.Caseless) == 0 && StretchConnectors.Contains(Text(u));

        /// <summary>Per-unit values for the stretch [<paramref name="from"/>, <paramref name="to"/>) and two units either side, computed once.</summary>
        private void FillContext(int from, int to, Span<UnitContext> context)
        {
            for (var k = 0; k < to - from + 4; k++)
            {
                var u = from - 2 + k;
                if (u < 0 || u >= count)
                {
                    context[k] = new UnitContext(u < 0 ? StartHash : EndHash, 31, -1, 31, 31);
                    continue;
                }

                context[k] = new UnitContext(
                    EntityTypeModel.Hash("", Text(u)),
                    Shape(u),
                    Lexicon(u),
                    (int)Lookup(u, u + 1),
                    u + 1 < count ? (int)Lookup(u, u + 2) : 31);
            }
        }

        private int UnitFeatures(int u, int from, ReadOnlySpan<UnitContext> context, byte[] tags, Span<int> buffer)
        {
            var n = 0;
            var word = Text(u);
            var c = (u - from) + 2;
            ref readonly var here = ref context[c];
            var rule = tags[u] & 31;
            var previousRule = u > 0 ? tags[u - 1] & 31 : 31;
            var nextRule = u + 1 < count ? tags[u + 1] & 31 : 31;
            var kind = here.Kind;
            buffer[n++] = Mix(1, 0);
            buffer[n++] = Mix(2, here.Word);
            buffer[n++] = Mix(3, here.Shape);
            buffer[n++] = EntityTypeModel.Hash("p3", word[..Math.Min(3, word.Length)]);
            buffer[n++] = EntityTypeModel.Hash("s3", word[Math.Max(0, word.Length - 3)..]);
            buffer[n++] = Mix(4, context[c - 1].Word);
            buffer[n++] = Mix(5, context[c + 1].Word);
            buffer[n++] = Mix(6, context[c - 2].Word);
            buffer[n++] = Mix(7, context[c + 2].Word);
            buffer[n++] = Mix(8, (context[c - 1].Shape * 32) + here.Shape);
            buffer[n++] = Mix(9, (here.Shape * 32) + context[c + 1].Shape);
            buffer[n++] = Mix(10, kind);
            buffer[n++] = Mix(11, context[c - 1].Kind);
            buffer[n++] = Mix(12, context[c + 1].Kind);
            buffer[n++] = Mix(13, context[c - 1].PairKind);
            buffer[n++] = Mix(14, here.PairKind);
            var flags = (IsCommonWord(u) ? 1 : 0)
                | (Has(u, UnitFlags.SentenceStart) ? 2 : 0)
                | (Has(u, UnitFlags.Possessive) ? 4 : 0)
                | (u > 0 && Has(u - 1, UnitFlags.Possessive) ? 8 : 0)
                | (_capitalisedInside.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ? 16 : 0);
            buffer[n++] = Mix(15, flags);
            buffer[n++] = Mix(16, (flags * 32) + here.Shape);
            buffer[n++] = Mix(17, rule);
            buffer[n++] = Mix(18, (previousRule * 64) + rule);
            buffer[n++] = Mix(19, (rule * 64) + nextRule);
            buffer[n++] = Mix(20, (rule * 64) + kind);
            buffer[n++] = Mix(21, (rule * 64) + flags);
            buffer[n++] = Mix(22, here.Lexicon);
            buffer[n++] = Mix(23, context[c - 1].Lexicon);
            buffer[n++] = Mix(24, context[c + 1].Lexicon);
            var votes = _ruleVotes.TryGetValue(word, out var v) ? v : 0;
            buffer[n++] = Mix(25, votes);
            buffer[n++] = Mix(26, (votes * 64) + rule);
            return n;
        }

        /// <summary>A feature number and value hashed together (the value may itself be a hash).</summary>
        private static int Mix(int feature, int value)
        {
            var h = ((uint)value * 0x9E3779B1u) ^ ((uint)feature * 0x85EBCA77u);
            h ^= h >> 15;
            h *= 0x2C1B3C6Du;
            h ^= h >> 12;
            return (int)(h & 0x7fffffff);
        }

        /// <summary>A small code for the shape of a unit: punctuation, lower case, capitalised, all capitals, mixed, number, initial.</summary>
        private int Shape(int u)
        {
            var flags = units[u].Flags;
            if ((flags & UnitFlags.Word) == 0)
            {
                return 1;
            }

            if ((flags & UnitFlags.Number) != 0)
            {
                return 2;
            }

            var word = Text(u);
            if (word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.')
            {
                return 3;
            }

            if (word.Contains('.'))
            {
                return 4;
            }

            if ((flags & UnitFlags.AllCaps) != 0)
            {
                return word.Length <= 4 ? 5 : 6;
            }

            var upper = 0;
            var digits = false;
            foreach (var c in word)
            {
                upper += char.IsUpper(c) ? 1 : 0;
                digits |= char.IsDigit(c);
            }

            var hyphen = word.Contains('-') ? 1 : 0;
            if (digits)
            {
                return 7;
            }

            if ((flags & UnitFlags.Capitalized) != 0)
            {
                return word.Length == 1 ? 8 : upper == 1 ? 9 + hyphen : 11 + hyphen;
            }

            return upper > 0 ? 13 : 14 + hyphen;
        }

        /// <summary>Which of the hand-written word lists hold the unit's word, as bits.</summary>
        private int Lexicon(int u)
        {
            var word = Text(u);
            return word.Length <= MaxWordLength && LexiconBits.TryGetValue(word, out var bits) ? bits : 0;
        }

        /// <summary>The unit that starts at character <paramref name="offset"/>, or -1.</summary>
        private int UnitStarting(int offset)
        {
            int lo = 0, hi = count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var s = units[mid].Start;
                if (s == offset)
                {
                    return mid;
                }

                if (s < offset)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return -1;
        }

        /// <summary>The unit that ends at character <paramref name="offset"/>, or -1.</summary>
        private int UnitEnding(int offset)
        {
            int lo = 0, hi = count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var e = units[mid].End;
                if (e == offset)
                {
                    return mid;
                }

                if (e < offset)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return -1;
        }
    }
}
