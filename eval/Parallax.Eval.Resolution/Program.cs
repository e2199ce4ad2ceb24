using System.Diagnostics;
using System.Globalization;
using Parallax.Comparison.Entities;
using Parallax.Eval.Resolution;
using Parallax.Language.Coreference;
using Parallax.Language.Entities;
using Parallax.Model;

// Scores cross-document entity resolution on ECB+ (see eval/README-resolution.md for exactly what is scored).
// Usage: dotnet run -c Release --project eval/Parallax.Eval.Resolution -- [--data DIR] [--split train|dev|test|all] [--topics 1,2,…] [--errors]
var dataDir = (string?)null;
var split = "all";
var topicFilter = (HashSet<int>?)null;
var showErrors = false;
var debugName = (string?)null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--data" when i + 1 < args.Length:
            dataDir = args[++i];
            break;
        case "--split" when i + 1 < args.Length:
            split = args[++i];
            break;
        case "--topics" when i + 1 < args.Length:
            topicFilter = [.. args[++i].Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture))];
            break;
        case "--errors":
            showErrors = true;
            break;
        case "--debug" when i + 1 < args.Length:
            debugName = args[++i];
            break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: [--data DIR] [--split train|dev|test|all] [--topics 1,2] [--errors]");
            return 2;
    }
}

dataDir ??= FindSharedData();
var ecbDir = dataDir is null ? null : Path.Combine(dataDir, "ecbplus");
if (ecbDir is null || !Directory.Exists(Path.Combine(ecbDir, "ECB+")))
{
    Console.WriteLine($"SKIPPED: ECB+ not found (looked for {ecbDir ?? "../shared/data/ecbplus"}/ECB+). Pass --data DIR.");
    return 0;
}

// The split of Cybulska and Vossen (2015), used by most ECB+ work: dev 2 5 12 18 21 23 34 35, test 36–45, train the rest.
int[] devTopics = [2, 5, 12, 18, 21, 23, 34, 35];
bool InSplit(int topic) => topicFilter?.Contains(topic) ?? split switch
{
    "dev" => devTopics.Contains(topic),
    "test" => topic >= 36,
    "train" => topic < 36 && !devTopics.Contains(topic),
    _ => true,
};

var selected = EcbCorpus.ReadSelectedSentences(Path.Combine(ecbDir, "ECBplus_coreference_sentences.csv"));
var topicDirs = Directory.GetDirectories(Path.Combine(ecbDir, "ECB+"))
    .Select(d => (Dir: d, Topic: int.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var t) ? t : -1))
    .Where(t => t.Topic >= 0 && InSplit(t.Topic))
    .OrderBy(t => t.Topic)
    .ToList();
if (topicDirs.Count == 0)
{
    Console.WriteLine($"SKIPPED: no ECB+ topics in split '{split}' under {ecbDir}.");
    return 0;
}

Console.WriteLine("Parallax cross-document entity resolution on ECB+ 1.0, per topic (all documents of a topic, ECB and ECB+ halves together).");
Console.WriteLine("Mentions: ECB+'s own markables tagged HUMAN_PART_PER (person), HUMAN_PART_ORG (organization), HUMAN_PART_GPE,");
Console.WriteLine("LOC_GEO, LOC_FAC, LOC_OTHER (place) whose last word is a capitalised name, in the sentences of");
Console.WriteLine("ECBplus_coreference_sentences.csv. Key chains: CROSS_DOC_COREF instances, INTRA_DOC_COREF chains, else singletons.");

var key = new List<string>();
var response = new List<string>();
var stringBaseline = new List<string>();
var docBaseline = new List<string>();
var clock = Stopwatch.StartNew();
var documents = 0;
var candidatesTotal = 0;
foreach (var (dir, topic) in topicDirs)
{
    var docs = Directory.GetFiles(dir, "*.xml").Order(StringComparer.Ordinal).Select(EcbCorpus.Read).ToList();
    documents += docs.Count;
    var lowercase = LowercaseWords(docs);
    var candidates = new List<EntityCandidate>();
    var scored = new List<(EcbMention Mention, int Candidate, string Core)>();
    foreach (var doc in docs)
    {
        var named = new List<EcbMention>();
        var cores = new List<TextSpan>();
        foreach (var m in doc.Mentions)
        {
            if (NameCore(doc, m, lowercase) is { } core)
            {
                named.Add(m);
                cores.Add(core);
            }
        }

        var chains = WithinDocument(doc, named, cores);
        var first = candidates.Count;
        candidates.AddRange(chains.Candidates);
        for (var k = 0; k < named.Count; k++)
        {
            if (selected.Contains($"{topic}_{doc.Name[(doc.Name.IndexOf('_', StringComparison.Ordinal) + 1)..]}/{named[k].Sentence}"))
            {
                scored.Add((named[k], first + chains.ChainOfMention[k], cores[k].Of(doc.Text)));
            }
        }
    }

    candidatesTotal += candidates.Count;
    var resolution = EntityResolver.Default.Resolve(candidates);
    var entityOf = new int[candidates.Count];
    for (var e = 0; e < resolution.Entities.Length; e++)
    {
        foreach (var m in resolution.Entities[e].Members)
        {
            entityOf[m] = e;
        }
    }

    if (debugName is not null)
    {
        for (var c = 0; c < candidates.Count; c++)
        {
            if (candidates[c].Name.Contains(debugName, StringComparison.OrdinalIgnoreCase))
            {
                var e = resolution.Entities[entityOf[c]];
                Console.WriteLine($"t{topic} cand {c} '{candidates[c].Name}' {candidates[c].Article} roles [{string.Join("|", candidates[c].Roles)}] -> e{entityOf[c]} '{e.Name}'");
            }
        }

        foreach (var pm in resolution.PossibleMatches)
        {
            if (pm.Evidence.Contains(debugName, StringComparison.OrdinalIgnoreCase))
            {
                Console.WriteLine($"t{topic} possible e{pm.First} e{pm.Second}: {pm.Evidence}");
            }
        }
    }

    foreach (var (mention, candidate, core) in scored)
    {
        key.Add($"{topic}/{mention.Chain}");
        response.Add($"{topic}/e{entityOf[candidate]}");
        stringBaseline.Add($"{topic}/{core.ToLowerInvariant()}");
        docBaseline.Add($"{topic}/c{candidate}");
    }

    if (showErrors)
    {
        PrintErrors(topic, scored, entityOf, candidates);
    }
}

var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine();
Console.WriteLine($"split {split}{(topicFilter is null ? "" : " (topics " + string.Join(',', topicFilter.Order()) + ")")}: {topicDirs.Count} topics, {documents} documents, {key.Count} scored mentions, {key.Distinct().Count()} key entities, {candidatesTotal} candidates; {seconds:0.0} s");
Report("Parallax", CorefScores.Score(key, response));
Report("baseline: same name text", CorefScores.Score(key, stringBaseline));
Report("baseline: within-document chains only", CorefScores.Score(key, docBaseline));
return 0;

static void Report(string name, CorefScores s) =>
    Console.WriteLine($"{name,-40} MUC {s.Muc}  B3 {s.BCubed}  CEAFe {s.CeafE}  CoNLL F1 {s.Conll:0.000}");

static HashSet<string> LowercaseWords(List<EcbDocument> docs)
{
    var words = new HashSet<string>(StringComparer.Ordinal);
    foreach (var doc in docs)
    {
        foreach (var w in doc.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsLower(w[0]))
            {
                words.Add(w);
            }
        }
    }

    return words;
}

// A markable names something when its head is a capitalised name: the markable is cut into comma parts; in the
// first part, leading prepositions and determiners are dropped and the part ends at its first lower-case preposition
// ("the Promises Treatment Center in Malibu" -> "Promises Treatment Center"; "a unit in Huntsville" -> "a unit", no
// name); a later part counts only as an apposition after a part without a preposition ("attorney, Shawn Holley").
// The head (last word) must be capitalised, no pronoun, and not a common word capitalised only by its position
// (sentence start) or by a title-case headline. Returns the span of the name, or null.
static TextSpan? NameCore(EcbDocument doc, EcbMention m, HashSet<string> lowercase)
{
    var words = new List<(int Start, int End)>();
    var text = doc.Text;
    for (var i = m.Span.Start; i < m.Span.End;)
    {
        while (i < m.Span.End && text[i] == ' ')
        {
            i++;
        }

        var start = i;
        while (i < m.Span.End && text[i] != ' ')
        {
            i++;
        }

        if (i > start && text[i - 1] == ',' && i - 1 > start)
        {
            words.Add((start, i - 1));
            words.Add((i - 1, i));
        }
        else if (i > start)
        {
            words.Add((start, i));
        }
    }

    var part = new List<(int Start, int End)>();
    var hadPreposition = false;
    for (var w = 0; w <= words.Count; w++)
    {
        var word = w < words.Count ? text[words[w].Start..words[w].End] : ",";
        if (word == ",")
        {
            if (Core(part, text, out var core, out var cut))
            {
                return IsName(doc, core, lowercase) ? core : null;
            }

            hadPreposition |= cut;
            if (hadPreposition)
            {
                return null;
            }

            part.Clear();
            continue;
        }

        part.Add(words[w]);
    }

    return null;
}

static bool Core(List<(int Start, int End)> part, string text, out TextSpan core, out bool cut)
{
    core = default;
    cut = false;
    var first = 0;
    while (first < part.Count && IsFunctionWord(text[part[first].Start..part[first].End]))
    {
        first++;
    }

    var last = first;
    while (last < part.Count && !(last > first && IsPreposition(text[part[last].Start..part[last].End])))
    {
        last++;
    }

    cut = last < part.Count;
    last--;
    while (last >= first && text[part[last].Start..part[last].End] is "'s" or "'" or "''" or "``" or "." or "-")
    {
        last--;
    }

    if (last < first)
    {
        return false;
    }

    var end = part[last].End;
    var lastWord = text[part[last].Start..end];
    if (lastWord.EndsWith("'s", StringComparison.Ordinal) && lastWord.Length > 2)
    {
        end -= 2;
    }
    else if (lastWord.EndsWith('\'') && lastWord.Length > 1)
    {
        end -= 1;
    }

    core = new TextSpan(part[first].Start, end);
    return true;
}

static bool IsFunctionWord(string w) =>
    IsPreposition(w) || w.ToLowerInvariant() is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "our" or "my" or "this" or "that" or "``" or "''" or "'" or "\"";

static bool IsPreposition(string w) =>
    w is "in" or "at" or "of" or "on" or "into" or "near" or "from" or "to" or "for" or "by" or "with" or "inside" or "outside" or "off" or "outside" or "across" or "onto" or "toward" or "towards" or "over" or "under" or "behind" or "along" or "who" or "which" or "that" or "where";

static bool IsName(EcbDocument doc, TextSpan core, HashSet<string> lowercase)
{
    var text = doc.Text;
    var headStart = text.LastIndexOf(' ', core.End - 1, core.Length) + 1;
    headStart = Math.Max(headStart, core.Start);
    var head = text[headStart..core.End];
    if (head.Length == 0 || !char.IsUpper(head[0]) || head.ToLowerInvariant() is "i" or "he" or "she" or "we" or "they" or "you" or "it" or "him" or "her" or "them" or "us" or "me" or "who")
    {
        return head.Length > 0 && head is "US" or "U.S." or "U. S.";
    }

    var lower = head.ToLowerInvariant();
    if (!lowercase.Contains(lower))
    {
        return true;
    }

    // The word also occurs in lower case: a name only in running text, not at a sentence start or in a headline.
    var lineStart = text.LastIndexOf('\n', Math.Max(0, headStart - 1)) + 1;
    var lineEnd = text.IndexOf('\n', headStart);
    var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
    var lineWords = line.Split(' ').Where(w => w.Length > 0 && char.IsLetter(w[0])).ToList();
    var titleCase = lineWords.Count >= 3 && lineWords.Count(w => char.IsUpper(w[0])) >= 0.6 * lineWords.Count;
    return headStart != lineStart && !titleCase;
}

// Within one document: the name mentions linked by Parallax's in-article coreference, with the roles its entity
// recognizer finds before person names.
static (List<EntityCandidate> Candidates, int[] ChainOfMention) WithinDocument(EcbDocument doc, List<EcbMention> named, List<TextSpan> cores)
{
    var recognized = EntityRecognizer.Default.Recognize(doc.Text);
    var mentions = new List<EntityMention>();
    var indexOf = new Dictionary<TextSpan, int>();
    var mentionIndex = new int[named.Count];
    foreach (var (m, k) in named.Select((m, k) => (m, k)))
    {
        var span = cores[k];
        if (!indexOf.TryGetValue(span, out var index))
        {
            TextSpan? role = null;
            if (m.Type == EntityType.Person)
            {
                role = recognized.FirstOrDefault(r => r.Role is not null && r.Span.Overlaps(span))?.Role;
                if (role is { } rs && rs.Overlaps(span))
                {
                    role = null;
                }
            }

            index = mentions.Count;
            indexOf[span] = index;
            mentions.Add(new EntityMention(span, m.Type, role));
        }

        mentionIndex[k] = index;
    }

    var layer = NameCoreference.Resolve(doc.Text, mentions.OrderBy(m => m.Span.Start).ToList());
    var chainOfSpan = new Dictionary<TextSpan, int>();
    var candidates = new List<EntityCandidate>();
    foreach (var chain in layer)
    {
        var spellings = chain.Mentions.Where(c => c.Kind != ChainMentionKind.RolePhrase).Select(c => c.Span.Of(doc.Text)).Distinct().ToList();
        foreach (var c in chain.Mentions)
        {
            chainOfSpan.TryAdd(c.Span, candidates.Count);
        }

        candidates.Add(new EntityCandidate(doc.Name, chain.Type, chain.CanonicalName)
        {
            Spellings = [.. spellings],
            Roles = [.. chain.Roles.Select(r => r.Of(doc.Text))],
            MentionCount = chain.Mentions.Length,
        });
    }

    var chainOfMention = new int[named.Count];
    for (var k = 0; k < named.Count; k++)
    {
        var span = mentions[mentionIndex[k]].Span;
        if (!chainOfSpan.TryGetValue(span, out var c))
        {
            // A mention the coreference step skipped (too long): an entity of its own.
            c = candidates.Count;
            chainOfSpan[span] = c;
            candidates.Add(new EntityCandidate(doc.Name, named[k].Type, span.Of(doc.Text)));
        }

        chainOfMention[k] = c;
    }

    return (candidates, chainOfMention);
}

static void PrintErrors(int topic, List<(EcbMention Mention, int Candidate, string Core)> scored, int[] entityOf, List<EntityCandidate> candidates)
{
    // Pairs of distinct mention texts that the key joins and the response splits, or the other way round.
    var seen = new HashSet<string>(StringComparer.Ordinal);
    for (var a = 0; a < scored.Count; a++)
    {
        for (var b = a + 1; b < scored.Count; b++)
        {
            var (ma, ca, _) = scored[a];
            var (mb, cb, _) = scored[b];
            var sameKey = ma.Chain == mb.Chain;
            var sameResponse = entityOf[ca] == entityOf[cb];
            if (sameKey == sameResponse)
            {
                continue;
            }

            var line = $"t{topic} {(sameKey ? "SPLIT" : "MERGED")}: '{ma.Text}' [{candidates[ca].Name}, {ma.Doc}] / '{mb.Text}' [{candidates[cb].Name}, {mb.Doc}]";
            var dedupe = $"{(sameKey ? 1 : 0)}|{string.Join('|', new[] { ma.Text, mb.Text }.Order(StringComparer.Ordinal))}";
            if (seen.Add(dedupe))
            {
                Console.WriteLine(line);
            }
        }
    }
}

static string? FindSharedData()
{
    foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
            {
                // ../shared/data next to the repository (a worktree may sit one level deeper: look further up).
                for (var up = dir.Parent; up is not null; up = up.Parent)
                {
                    var candidate = Path.Combine(up.FullName, "shared", "data");
                    if (Directory.Exists(candidate))
                    {
                        return candidate;
                    }
                }

                return dir.Parent is null ? null : Path.Combine(dir.Parent.FullName, "shared", "data");
            }
        }
    }

    return null;
}
