using System.Diagnostics;
using System.Globalization;
using Parallax.Comparison.Stories;
using Parallax.Eval.Stories;
using Parallax.Model;

// Story detection on ECB+: clusters the articles of all topics together and scores B³ against the incidents
// (topic + ecb/ecbplus half) and against the topics; picks the join threshold by cross-validation over topics.
// Usage: dotnet run -c Release --project eval/Parallax.Eval.Stories -- [--data DIR] [--topics 1-35] [--folds 5]
//        [--threshold X] [--entity-weight X] [--date-weight X] [--passes N] [--order shuffled|sorted] [--errors]
var options = StoryOptions.Default;
var firstTopic = 1;
var lastTopic = 35;
var folds = 5;
var shuffled = true;
var showErrors = false;
var scale = 0;
string? data = null;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--data" when value is not null: data = value; i++; break;
        case "--topics" when value is not null:
            var parts = value.Split('-');
            firstTopic = int.Parse(parts[0], CultureInfo.InvariantCulture);
            lastTopic = int.Parse(parts[^1], CultureInfo.InvariantCulture);
            i++;
            break;
        case "--folds" when value is not null: folds = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
        case "--threshold" when value is not null: options = options with { JoinThreshold = Number(value) }; i++; break;
        case "--entity-weight" when value is not null: options = options with { EntityWeight = Number(value) }; i++; break;
        case "--date-weight" when value is not null: options = options with { DateWeight = Number(value) }; i++; break;
        case "--article-terms" when value is not null: options = options with { ArticleTerms = (int)Number(value) }; i++; break;
        case "--lookup-terms" when value is not null: options = options with { LookupTerms = (int)Number(value) }; i++; break;
        case "--prior" when value is not null: options = options with { PriorDocuments = (int)Number(value) }; i++; break;
        case "--passes" when value is not null: options = options with { RefinementPasses = (int)Number(value) }; i++; break;
        case "--order" when value is not null: shuffled = value != "sorted"; i++; break;
        case "--errors": showErrors = true; break;
        case "--scale" when value is not null: scale = (int)Number(value); i++; break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'");
            return 2;
    }
}

var root = data ?? EcbCorpus.DefaultRoot();
if (root is null || !Directory.Exists(root))
{
    Console.WriteLine($"SKIPPED: ECB+ not found ({root ?? "no repository root"}); expected ../shared/data/ecbplus.");
    return 0;
}

var documents = EcbCorpus.Load(root, firstTopic, lastTopic);
if (documents.Count == 0)
{
    Console.WriteLine($"SKIPPED: no ECB+ topic folders {firstTopic}-{lastTopic} under {root}.");
    return 0;
}

if (shuffled)
{
    // A stream mixes stories: a fixed-seed shuffle, so runs are repeatable.
    var random = new Random(20141210);
    documents = [.. documents.OrderBy(_ => random.Next())];
}

var pipeline = ArticleDigester.CreatePipeline();
var clock = Stopwatch.StartNew();
var digests = documents.Select(d => ArticleDigester.Digest(new Article(d.Path, d.Text), pipeline)).ToList();
var digestSeconds = clock.Elapsed.TotalSeconds;
var topics = documents.Select(d => d.Topic).Distinct().Order().ToList();
if (scale > 0)
{
    ScaleRun(scale);
    return 0;
}

Console.WriteLine($"ECB+ topics {firstTopic}-{lastTopic}: {topics.Count} topics, {documents.Count} articles, " +
                  $"{documents.Select(d => d.Incident).Distinct().Count()} incidents; analysed and digested in {digestSeconds:0.0} s " +
                  $"({documents.Count / digestSeconds:0} articles/s); order {(shuffled ? "shuffled (fixed seed)" : "by file")}.");

var thresholds = Enumerable.Range(0, 25).Select(i => Math.Round(0.05 + (0.025 * i), 3)).ToList();

// Cross-validation over topics: the threshold is chosen on the other folds' topics, scored on the held-out ones.
if (folds > 1 && topics.Count >= folds)
{
    Console.WriteLine();
    Console.WriteLine($"{folds}-fold cross-validation over topics (threshold chosen on the training topics, all clustered together):");
    var heldOut = new List<(double Threshold, BCubedScore Incidents, BCubedScore Topics, int Articles)>();
    for (var fold = 0; fold < folds; fold++)
    {
        var test = topics.Where((_, k) => k % folds == fold).ToHashSet();
        var train = Enumerable.Range(0, documents.Count).Where(i => !test.Contains(documents[i].Topic)).ToList();
        var testItems = Enumerable.Range(0, documents.Count).Where(i => test.Contains(documents[i].Topic)).ToList();
        var best = thresholds.MaxBy(t => Score(train, options with { JoinThreshold = t }).Incidents.F1);
        var scored = Score(testItems, options with { JoinThreshold = best });
        heldOut.Add((best, scored.Incidents, scored.Topics, testItems.Count));
        Console.WriteLine($"  fold {fold + 1}: topics {string.Join(",", test.Order())}: threshold {best:0.000} -> incidents {scored.Incidents}   topics {scored.Topics}");
    }

    Console.WriteLine($"  mean held-out: incidents F1 {heldOut.Average(h => h.Incidents.F1):0.000} (P {heldOut.Average(h => h.Incidents.Precision):0.000} R {heldOut.Average(h => h.Incidents.Recall):0.000}), " +
                      $"topics F1 {heldOut.Average(h => h.Topics.F1):0.000}; thresholds chosen {string.Join(", ", heldOut.Select(h => h.Threshold.ToString("0.000", CultureInfo.InvariantCulture)))}");
}

Console.WriteLine();
Console.WriteLine("Threshold sweep, all topics clustered together (for reading only; the default is not chosen here):");
foreach (var t in thresholds)
{
    var s = Score(Enumerable.Range(0, documents.Count).ToList(), options with { JoinThreshold = t });
    Console.WriteLine($"  {t:0.000}: incidents {s.Incidents}   topics {s.Topics}   stories {s.Stories}");
}

Console.WriteLine();
clock.Restart();
var all = Score(Enumerable.Range(0, documents.Count).ToList(), options, showErrors);
var clusterSeconds = clock.Elapsed.TotalSeconds;
Console.WriteLine($"Options as given (join threshold {options.JoinThreshold:0.000}), all {topics.Count} topics together, {all.Stories} stories " +
                  $"(gold: {documents.Select(d => d.Incident).Distinct().Count()} incidents), clustered in {clusterSeconds * 1000:0} ms:");
Console.WriteLine($"  B³ against incidents: {all.Incidents}");
Console.WriteLine($"  B³ against topics:    {all.Topics}");
return 0;

(BCubedScore Incidents, BCubedScore Topics, int Stories) Score(List<int> items, StoryOptions chosen, bool errors = false)
{
    var stories = new StoryClusterer(chosen).Cluster(items.Select(i => digests[i]).ToList());
    var predicted = new string[items.Count];
    foreach (var story in stories)
    {
        foreach (var position in story.Articles)
        {
            predicted[position] = story.Id;
        }
    }

    if (errors)
    {
        foreach (var story in stories)
        {
            var incidents = story.Articles.GroupBy(p => documents[items[p]].Incident).Select(g => $"{g.Key}×{g.Count()}").ToList();
            if (incidents.Count > 1)
            {
                Console.WriteLine($"  mixed {story.Id} [{story.Label}]: {string.Join(" ", incidents)}");
            }
        }

        var fragments = items.Select((item, p) => (documents[item].Incident, predicted[p])).Distinct().GroupBy(x => x.Incident).Where(g => g.Count() > 1);
        foreach (var incident in fragments)
        {
            Console.WriteLine($"  split {incident.Key}: into {incident.Count()} stories");
        }
    }

    var gold = items.Select(i => documents[i].Incident).ToList();
    var goldTopics = items.Select(i => documents[i].Topic.ToString(CultureInfo.InvariantCulture)).ToList();
    return (BCubedScore.Of(predicted, gold), BCubedScore.Of(predicted, goldTopics), stories.Length);
}

// Scaling (issue 11): copies of the ECB+ digests with every term renamed per copy, so each copy is a new set of
// incidents; clustering time at growing sizes shows how the work grows (the inverted index keeps it near linear).
void ScaleRun(int largest)
{
    Console.WriteLine("articles  stories  seconds  articles/s  (batch clustering only; digests made once)");
    foreach (var size in new[] { largest / 10, largest / 2, largest })
    {
        var copies = new List<ArticleDigest>(size);
        for (var i = 0; copies.Count < size; i++)
        {
            var copy = i / digests.Count;
            var digest = digests[i % digests.Count];
            copies.Add(copy == 0 ? digest : digest with
            {
                Source = $"{digest.Source}#{copy}",
                Terms = [.. digest.Terms.Select(t => t with { Key = $"{t.Key}~{copy}" })],
            });
        }

        var watch = Stopwatch.StartNew();
        var stories = new StoryClusterer(options).Cluster(copies);
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"{size,8}  {stories.Length,7}  {seconds,7:0.0}  {size / seconds,10:0}");
    }
}

static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
