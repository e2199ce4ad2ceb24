using System.Globalization;
using System.Text;
using Parallax.Language.Entities;

namespace Parallax.Comparison.Entities;

/// <summary>What the evidence says about two candidates.</summary>
internal enum Verdict
{
    /// <summary>Different entities (or nothing links them).</summary>
    Apart,

    /// <summary>Perhaps the same; too weak to merge: shown to the reader.</summary>
    Possible,

    /// <summary>The same entity.</summary>
    Merge,
}

/// <summary>The verdict on a pair, its strength and the evidence in words. Immutable.</summary>
internal readonly record struct Judgement(Verdict Verdict, double Score, string Evidence, bool Partial = false, bool Conflict = false)
{
    public static Judgement Apart { get; } = new(Verdict.Apart, 0, "");
}

/// <summary>How close two spellings of a surname (or of a whole non-person name) are.</summary>
internal enum SpellingMatch
{
    /// <summary>Nothing alike.</summary>
    Unrelated,

    /// <summary>Alike in sound and letters, beyond a spelling variant ("Whitcomb"/"Witkoff").</summary>
    Similar,

    /// <summary>The same consonants ("Umarov"/"Umerov", "Kellegi"/"Kellogg", "Lavrov"/"Levrov").</summary>
    Phonetic,

    /// <summary>A romanisation variant ("Zelensky"/"Zelenskyy", "Sergei"/"Sergey").</summary>
    Transliteration,

    /// <summary>Equal once case and diacritics are folded.</summary>
    Exact,
}

/// <summary>How the given names of two people relate.</summary>
internal enum GivenMatch
{
    /// <summary>One or both are written without a given name.</summary>
    Missing,

    /// <summary>Equal, or a romanisation variant.</summary>
    Equal,

    /// <summary>An initial, a short form, or the same consonants ("J."/"Jared", "Steve"/"Steven", "Kit"/"Keith").</summary>
    Variant,

    /// <summary>Different given names: different people.</summary>
    Conflict,
}

/// <summary>
/// Weighs the evidence that two candidates of different articles name the same entity: spelling (exact,
/// transliteration, phonetic, Jaro-Winkler and edit distance), given names, suffixes, roles, shared context
/// (co-occurring entities, weighted by how rare they are in the story) and type agreement. Stateless and thread-safe.
/// </summary>
internal static class MatchJudge
{
    /// <summary>Context weight that counts as real support (about two rare co-occurring entities).</summary>
    public const double SupportingContext = 1.5;

    /// <summary>How the names of two candidates relate, apart from roles and context (the part worth caching per pair of distinct names).</summary>
    public static NameRelation Relate(NameProfile x, NameProfile y)
    {
        var xPerson = x.Type == EntityType.Person;
        if (x.IsEmpty || y.IsEmpty || xPerson != (y.Type == EntityType.Person))
        {
            return NameRelation.None;
        }

        if (!xPerson)
        {
            return new NameRelation(SpellingMatch.Unrelated, GivenMatch.Missing, RelateNamed(x, y));
        }

        if (x.Suffix != y.Suffix)
        {
            return NameRelation.None;
        }

        var spelling = CompareSpelling(x.Key, x.KeyTranslit, x.KeyPhonetic, y.Key, y.KeyTranslit, y.KeyPhonetic);
        return spelling == SpellingMatch.Unrelated ? NameRelation.None : new NameRelation(spelling, CompareGiven(x, y, out _), NamedMatch.Apart);
    }

    /// <summary>Judges two candidates whose names relate as <paramref name="relation"/> (see <see cref="Relate"/>); the evidence in words only when <paramref name="describe"/>.</summary>
    public static Judgement Judge(CandidateFeatures a, CandidateFeatures b, NameRelation relation, double context, string sharedContext, bool describe)
    {
        if (relation.IsApart)
        {
            return Judgement.Apart;
        }

        return a.Profile.Type == EntityType.Person
            ? JudgePeople(a, b, relation, context, sharedContext, describe ? new StringBuilder() : null)
            : JudgeNamed(a, b, relation.Named, context, sharedContext, describe ? new StringBuilder() : null);
    }

    /// <summary>How two spellings relate.</summary>
    public static SpellingMatch CompareSpelling(string folded1, string translit1, string phonetic1, string folded2, string translit2, string phonetic2)
    {
        if (folded1 == folded2)
        {
            return SpellingMatch.Exact;
        }

        if (translit1 == translit2)
        {
            return SpellingMatch.Transliteration;
        }

        var distance = NameKeys.EditDistance(folded1, folded2);
        var jw = NameKeys.JaroWinkler(translit1, translit2);
        var shortest = Math.Min(folded1.Length, folded2.Length);
        if (phonetic1 == phonetic2 && phonetic1.Length >= 2 && shortest >= 4 && (distance <= 2 || jw >= 0.85))
        {
            return SpellingMatch.Phonetic;
        }

        var phoneticPrefix = NameKeys.CommonPrefix(phonetic1, phonetic2);
        var phoneticDistance = NameKeys.EditDistance(phonetic1, phonetic2);
        if (shortest >= 4 && phonetic1.Length >= 3 && phonetic2.Length >= 3
            && ((phoneticPrefix >= 3 && phoneticDistance <= 1 && jw >= 0.7) || (phoneticDistance <= 1 && jw >= 0.8 && phoneticPrefix >= 2)
                || (phoneticPrefix >= 3 && phoneticDistance <= 2 && jw >= 0.85)))
        {
            return SpellingMatch.Similar;
        }

        return SpellingMatch.Unrelated;
    }

    /// <summary>The measures behind a spelling comparison, in words.</summary>
    private static string SpellingDetail(string folded1, string translit1, string phonetic1, string folded2, string translit2, string phonetic2)
    {
        var distance = NameKeys.EditDistance(folded1, folded2);
        var jw = NameKeys.JaroWinkler(translit1, translit2);
        return string.Create(CultureInfo.InvariantCulture, $"edit distance {distance}, Jaro-Winkler {jw:0.00}, phonetic {phonetic1}/{phonetic2}");
    }

    private static GivenMatch CompareGiven(NameProfile x, NameProfile y, out string detail)
    {
        detail = "";
        if (x.Given.Length == 0 || y.Given.Length == 0)
        {
            return GivenMatch.Missing;
        }

        if (x.Given == y.Given)
        {
            return GivenMatch.Equal;
        }

        if (x.GivenTranslit == y.GivenTranslit)
        {
            detail = $"given name {x.GivenAsWritten} ~ {y.GivenAsWritten} (transliteration)";
            return GivenMatch.Equal;
        }

        if ((x.GivenIsInitial || y.GivenIsInitial) && x.Given[0] == y.Given[0])
        {
            detail = $"initial {x.GivenAsWritten} ~ {y.GivenAsWritten}";
            return GivenMatch.Variant;
        }

        var shorter = x.Given.Length <= y.Given.Length ? x.Given : y.Given;
        var longer = ReferenceEquals(shorter, x.Given) ? y.Given : x.Given;
        if (shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            detail = $"short given name {x.GivenAsWritten} ~ {y.GivenAsWritten}";
            return GivenMatch.Variant;
        }

        if (SameSound(x, y))
        {
            detail = $"given name {x.GivenAsWritten} ~ {y.GivenAsWritten} (phonetic)";
            return GivenMatch.Variant;
        }

        return GivenMatch.Conflict;
    }

    /// <summary>Given names with the same consonants and the same first letter, or both opening with a vowel ("Kit"/"Keith", "Oleksandr"/"Aleksandr").</summary>
    public static bool SameSound(NameProfile x, NameProfile y) =>
        x.GivenPhonetic == y.GivenPhonetic && x.GivenPhonetic.Length >= 2
        && (x.Given[0] == y.Given[0] || (IsVowel(x.Given[0]) && IsVowel(y.Given[0])));

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static Judgement JudgePeople(CandidateFeatures a, CandidateFeatures b, NameRelation relation, double context, string sharedContext, StringBuilder? evidence)
    {
        var x = a.Profile;
        var y = b.Profile;
        var spelling = relation.Spelling;
        var given = relation.Given;
        var role = RoleProfile.Compare(a.Roles, b.Roles, out var sharedRole);
        var contextSupports = context >= SupportingContext;
        if (evidence is not null)
        {
            var spellingDetail = spelling is SpellingMatch.Exact or SpellingMatch.Transliteration
                ? ""
                : SpellingDetail(x.Key, x.KeyTranslit, x.KeyPhonetic, y.Key, y.KeyTranslit, y.KeyPhonetic);
            CompareGiven(x, y, out var givenDetail);
            Describe(evidence, x, y, spelling, spellingDetail, given, givenDetail);
            if (role == RoleRelation.Shared)
            {
                Append(evidence, "same role: " + sharedRole);
            }
            else if (role == RoleRelation.Conflict)
            {
                Append(evidence, "roles differ");
            }

            if (sharedContext.Length > 0)
            {
                Append(evidence, "shared context: " + sharedContext);
            }
        }

        if (given == GivenMatch.Conflict)
        {
            // "Jared Kushner" and "Charles Kushner": different people, however alike the rest.
            return spelling == SpellingMatch.Exact && role == RoleRelation.Shared && contextSupports
                ? new Judgement(Verdict.Possible, 1, evidence is null ? "" : evidence + "; different given names")
                : Judgement.Apart;
        }

        var score = spelling switch
        {
            SpellingMatch.Exact => 4.0,
            SpellingMatch.Transliteration => 3.5,
            SpellingMatch.Phonetic => 2.5,
            _ => 1.5,
        };
        score += given switch { GivenMatch.Equal => 1.0, GivenMatch.Variant => 0.5, _ => 0 };
        score += role switch { RoleRelation.Shared => 1.0, RoleRelation.Conflict => -1.0, _ => 0 };
        score += Math.Min(context, 4) * 0.25;

        var verdict = spelling switch
        {
            SpellingMatch.Exact or SpellingMatch.Transliteration => Verdict.Merge,
            SpellingMatch.Phonetic when role == RoleRelation.Conflict => Verdict.Possible,
            SpellingMatch.Phonetic when given == GivenMatch.Equal => Verdict.Merge,
            SpellingMatch.Phonetic when role == RoleRelation.Shared || contextSupports => Verdict.Merge,
            SpellingMatch.Phonetic => Verdict.Possible,
            _ when role == RoleRelation.Conflict => given == GivenMatch.Equal ? Verdict.Possible : Verdict.Apart,
            _ when role == RoleRelation.Shared && (given != GivenMatch.Missing || contextSupports) => Verdict.Merge,
            _ when given == GivenMatch.Equal || role == RoleRelation.Shared || contextSupports => Verdict.Possible,
            _ => Verdict.Apart,
        };
        // Alike names with different roles are evidence of two people: such a pair may never end up in one entity.
        var conflict = role == RoleRelation.Conflict && spelling is SpellingMatch.Phonetic or SpellingMatch.Similar;
        return new Judgement(verdict, score, evidence?.ToString() ?? "", given == GivenMatch.Missing, conflict);
    }

    /// <summary>How two non-person names relate, apart from context.</summary>
    private static NamedMatch RelateNamed(NameProfile x, NameProfile y)
    {
        var typesAgree = x.Type == y.Type;
        if (x.Key == y.Key || (x.KeyTranslit == y.KeyTranslit && x.KeyTranslit.Length >= 3))
        {
            if (!typesAgree && (x.Type == EntityType.Other || y.Type == EntityType.Other))
            {
                return NamedMatch.Apart;
            }

            return x.Key == y.Key ? NamedMatch.SameName : NamedMatch.Transliteration;
        }

        if (!typesAgree)
        {
            return NamedMatch.Apart;
        }

        if (IsAcronymPair(x, y, out _))
        {
            return NamedMatch.Acronym;
        }

        if (IsShortForm(x, y, out _))
        {
            return NamedMatch.ShortForm;
        }

        if (x.Words.Length == y.Words.Length && !x.IsAcronym && !y.IsAcronym)
        {
            var spelling = CompareSpelling(x.KeyTranslit, x.KeyTranslit, x.KeyPhonetic, y.KeyTranslit, y.KeyTranslit, y.KeyPhonetic);
            if (spelling == SpellingMatch.Phonetic)
            {
                return NameKeys.JaroWinkler(x.KeyTranslit, y.KeyTranslit) >= 0.9 ? NamedMatch.PhoneticClose : NamedMatch.Phonetic;
            }

            if (spelling == SpellingMatch.Similar)
            {
                return NamedMatch.Similar;
            }
        }

        return NamedMatch.Apart;
    }

    private static Judgement JudgeNamed(CandidateFeatures a, CandidateFeatures b, NamedMatch match, double context, string sharedContext, StringBuilder? evidence)
    {
        var x = a.Profile;
        var y = b.Profile;
        var contextNote = evidence is not null && sharedContext.Length > 0 ? "shared context: " + sharedContext : "";
        switch (match)
        {
            case NamedMatch.SameName or NamedMatch.Transliteration:
                var typesAgree = x.Type == y.Type;
                if (evidence is not null)
                {
                    Append(evidence, match == NamedMatch.SameName ? "same name" : $"spelling variant {x.KeyAsWritten} ~ {y.KeyAsWritten} (transliteration)");
                    Append(evidence, typesAgree ? "" : $"types differ ({TypeName(x.Type)}/{TypeName(y.Type)})");
                }

                return new Judgement(Verdict.Merge, typesAgree ? 4 : 3, evidence?.ToString() ?? "");
            case NamedMatch.Acronym:
                if (evidence is not null)
                {
                    IsAcronymPair(x, y, out var acronymNote);
                    Append(evidence, acronymNote);
                }

                return new Judgement(Verdict.Merge, 3.5, evidence?.ToString() ?? "");
            case NamedMatch.ShortForm:
                if (evidence is not null)
                {
                    IsShortForm(x, y, out var shortNote);
                    Append(evidence, shortNote);
                    Append(evidence, contextNote);
                }

                return new Judgement(Verdict.Merge, 2 + (Math.Min(context, 4) * 0.25), evidence?.ToString() ?? "", Partial: true);
            case NamedMatch.Phonetic or NamedMatch.PhoneticClose or NamedMatch.Similar:
                if (evidence is not null)
                {
                    var detail = SpellingDetail(x.KeyTranslit, x.KeyTranslit, x.KeyPhonetic, y.KeyTranslit, y.KeyTranslit, y.KeyPhonetic);
                    Append(evidence, $"spelling {x.KeyAsWritten} ~ {y.KeyAsWritten} ({detail})");
                    Append(evidence, contextNote);
                }

                var merge = match == NamedMatch.PhoneticClose || (match == NamedMatch.Phonetic && context >= SupportingContext);
                return new Judgement(merge ? Verdict.Merge : Verdict.Possible, 1.5 + (Math.Min(context, 4) * 0.25), evidence?.ToString() ?? "", Partial: true);
            default:
                return Judgement.Apart;
        }
    }

    /// <summary>"NATO" and "North Atlantic Treaty Organization"; "U.S." and "United States".</summary>
    private static bool IsAcronymPair(NameProfile x, NameProfile y, out string note)
    {
        note = "";
        var (acronym, full) = x.IsAcronym && !y.IsAcronym ? (x, y) : y.IsAcronym && !x.IsAcronym ? (y, x) : (null, null);
        if (acronym is null || full is null || full.Acronym.Length < 2 || acronym.Acronym != full.Acronym)
        {
            return false;
        }

        note = $"acronym {acronym.KeyAsWritten} = {full.KeyAsWritten}";
        return true;
    }

    /// <summary>
    /// "Promises" and "Promises Treatment Center", "Betty Ford Center" and "Betty Ford Treatment Center": the shorter
    /// name's words in order inside the longer one, starting with its first word (or making up its end), with a
    /// distinctive word among them; not when the longer name only adds a direction or a generic place word
    /// ("Eastern Europe", "New York", "Kansas City" are other places).
    /// </summary>
    public static bool IsShortForm(NameProfile x, NameProfile y, out string note)
    {
        note = "";
        var (shorter, longer) = x.ContentWords.Length < y.ContentWords.Length ? (x, y) : (y, x);
        var s = shorter.ContentWords;
        var l = longer.ContentWords;
        if (s.Length == 0 || s.Length == l.Length || shorter.IsAcronym)
        {
            return false;
        }

        var atEnd = true;
        for (var i = 0; i < s.Length; i++)
        {
            atEnd &= s[i] == l[l.Length - s.Length + i];
        }

        var matched = new bool[l.Length];
        var subsequence = s[0] == l[0];
        if (subsequence)
        {
            var k = 0;
            for (var i = 0; i < l.Length && k < s.Length; i++)
            {
                if (l[i] == s[k])
                {
                    matched[i] = true;
                    k++;
                }
            }

            subsequence = k == s.Length;
        }

        if (atEnd && !subsequence)
        {
            Array.Clear(matched);
            for (var i = l.Length - s.Length; i < l.Length; i++)
            {
                matched[i] = true;
            }
        }

        if (!atEnd && !subsequence)
        {
            return false;
        }

        var distinctive = false;
        foreach (var w in s)
        {
            distinctive |= !IsGeneric(w);
        }

        if (!distinctive)
        {
            return false;
        }

        var extrasGenericPlace = true;
        for (var i = 0; i < l.Length; i++)
        {
            if (matched[i])
            {
                continue;
            }

            if (EntityLexicon.Directions.Contains(l[i]))
            {
                return false;
            }

            extrasGenericPlace &= EntityLexicon.PlaceEnds.Contains(l[i]);
        }

        if (extrasGenericPlace && longer.Type == EntityType.Place)
        {
            return false;
        }

        note = $"short form {shorter.KeyAsWritten} of {longer.KeyAsWritten}";
        return true;
    }

    /// <summary>True when two non-person names cannot be one entity: both of several words, unrelated by short form, acronym or spelling.</summary>
    public static bool NamesConflict(NameProfile x, NameProfile y)
    {
        if (x.ContentWords.Length < 2 || y.ContentWords.Length < 2 || x.KeyTranslit == y.KeyTranslit)
        {
            return false;
        }

        if (IsShortForm(x, y, out _))
        {
            return false;
        }

        return !(x.Words.Length == y.Words.Length
            && CompareSpelling(x.KeyTranslit, x.KeyTranslit, x.KeyPhonetic, y.KeyTranslit, y.KeyTranslit, y.KeyPhonetic) == SpellingMatch.Phonetic);
    }

    private static bool IsGeneric(string word) =>
        EntityLexicon.OrganizationEnds.Contains(word) || EntityLexicon.PlaceEnds.Contains(word) || EntityLexicon.RoleModifiers.Contains(word)
        || EntityLexicon.OrganizationStarts.Contains(word) || EntityLexicon.Directions.Contains(word) || word.Length <= 2;

    private static void Describe(StringBuilder evidence, NameProfile x, NameProfile y, SpellingMatch spelling, string spellingDetail, GivenMatch given, string givenDetail)
    {
        switch (spelling)
        {
            case SpellingMatch.Exact:
                Append(evidence, x.Given.Length > 0 && x.Given == y.Given ? "same name" : "same surname " + x.KeyAsWritten);
                break;
            case SpellingMatch.Transliteration:
                Append(evidence, $"surname {x.KeyAsWritten} ~ {y.KeyAsWritten} (transliteration variant)");
                break;
            case SpellingMatch.Phonetic:
                Append(evidence, $"surname {x.KeyAsWritten} ~ {y.KeyAsWritten} (same consonants; {spellingDetail})");
                break;
            default:
                Append(evidence, $"surname {x.KeyAsWritten} ~ {y.KeyAsWritten} (similar sound; {spellingDetail})");
                break;
        }

        if (givenDetail.Length > 0)
        {
            Append(evidence, givenDetail);
        }
        else if (given == GivenMatch.Equal && spelling != SpellingMatch.Exact)
        {
            Append(evidence, "same given name " + x.GivenAsWritten);
        }
        else if (given == GivenMatch.Missing && (x.Given.Length > 0 || y.Given.Length > 0))
        {
            Append(evidence, "partial name");
        }
    }

    private static void Append(StringBuilder sb, string part)
    {
        if (part.Length == 0)
        {
            return;
        }

        if (sb.Length > 0)
        {
            sb.Append("; ");
        }

        sb.Append(part);
    }

    private static string TypeName(EntityType type) => type.ToString().ToLowerInvariant();
}
