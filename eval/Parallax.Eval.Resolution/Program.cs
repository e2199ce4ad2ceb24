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
    var scored = new List<(EcbMention Mention, int Candidate)>();
    foreach (var doc in docs)
    {
        var named = doc.Mentions.Where(m => IsNamed(doc, m, lowercase)).ToList();
        var chains = WithinDocument(doc, named);
        var first = candidates.Count;
        candidates.AddRange(chains.Candidates);
        for (var k = 0; k < named.Count; k++)
        {
            if (selected.Contains($"{topic}_{doc.Name[(doc.Name.IndexOf('_', StringComparison.Ordinal) + 1)..]}/{named[k].Sentence}"))
            {
                scored.Add((named[k], first + chains.ChainOfMention[k]));
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

    foreach (var (mention, candidate) in scored)
    {
        key.Add($"{topic}/{mention.Chain}");
        response.Add($"{topic}/e{entityOf[candidate]}");
        stringBaseline.Add($"{topic}/{mention.Text.ToLowerInvariant()}");
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
Report("baseline: same text", CorefScores.Score(key, stringBaseline));
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

// A markable names something when its last word (before a possessive) is capitalised and is not a common word
// capitalised only by its position (sentence start) or by a title-case headline.
static bool IsNamed(EcbDocument doc, EcbMention m, HashSet<string> lowercase)
{
    var words = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    while (words.Count > 0 && (words[^1] is "'s" or "'" or "," or "." || !words[^1].Any(char.IsLetterOrDigit)))
    {
        words.RemoveAt(words.Count - 1);
    }

    if (words.Count == 0)
    {
        return false;
    }

    var head = words[^1];
    if (!char.IsUpper(head[0]) || head is "I")
    {
        return false;
    }

    var lower = head.ToLowerInvariant();
    if (!lowercase.Contains(lower))
    {
        return true;
    }

    // The word also occurs in lower case: a name only in running text, not at a sentence start or in a headline.
    var lineStart = doc.Text.LastIndexOf('\n', Math.Max(0, m.Span.End - head.Length - 1)) + 1;
    var lineEnd = doc.Text.IndexOf('\n', m.Span.Start);
    var line = doc.Text[lineStart..(lineEnd < 0 ? doc.Text.Length : lineEnd)];
    var headStart = m.Span.End - head.Length;
    var initial = headStart == lineStart;
    var lineWords = line.Split(' ').Where(w => w.Length > 0 && char.IsLetter(w[0])).ToList();
    var titleCase = lineWords.Count >= 3 && lineWords.Count(w => char.IsUpper(w[0])) >= 0.6 * lineWords.Count;
    return !initial && !titleCase;
}

// Within one document: the name mentions linked by Parallax's in-article coreference, with the roles its entity
// recognizer finds before person names.
static (List<EntityCandidate> Candidates, int[] ChainOfMention) WithinDocument(EcbDocument doc, List<EcbMention> named)
{
    var recognized = EntityRecognizer.Default.Recognize(doc.Text);
    var mentions = new List<EntityMention>();
    var indexOf = new Dictionary<TextSpan, int>();
    var mentionIndex = new int[named.Count];
    foreach (var (m, k) in named.Select((m, k) => (m, k)))
    {
        if (!indexOf.TryGetValue(m.Span, out var index))
        {
            TextSpan? role = null;
            if (m.Type == EntityType.Person)
            {
                role = recognized.FirstOrDefault(r => r.Role is not null && r.Span.Overlaps(m.Span))?.Role;
                if (role is { } rs && rs.Overlaps(m.Span))
                {
                    role = null;
                }
            }

            index = mentions.Count;
            indexOf[m.Span] = index;
            mentions.Add(new EntityMention(m.Span, m.Type, role));
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
            candidates.Add(new EntityCandidate(doc.Name, named[k].Type, named[k].Text));
        }

        chainOfMention[k] = c;
    }

    return (candidates, chainOfMention);
}

static void PrintErrors(int topic, List<(EcbMention Mention, int Candidate)> scored, int[] entityOf, List<EntityCandidate> candidates)
{
    // Pairs of distinct mention texts that the key joins and the response splits, or the other way round.
    var seen = new HashSet<string>(StringComparer.Ordinal);
    for (var a = 0; a < scored.Count; a++)
    {
        for (var b = a + 1; b < scored.Count; b++)
        {
            var (ma, ca) = scored[a];
            var (mb, cb) = scored[b];
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
