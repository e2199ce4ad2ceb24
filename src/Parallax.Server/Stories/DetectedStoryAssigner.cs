using System.Collections.Immutable;
using System.Globalization;
using Parallax.Comparison.Stories;
using Parallax.Model;
using CoreStoryAssigner = Parallax.Comparison.Stories.StoryAssigner;

namespace Parallax.Server.Stories;

/// <summary>
/// Story assignment by Parallax's story detection (<see cref="CoreStoryAssigner"/>: TF-IDF cosine of words, named
/// entities and dates to each story's centroid, within a date window). The signature is the article's
/// <see cref="ArticleDigest"/> (its date and terms), so a restart replays the stored digests without re-analysing
/// articles; replayed articles are placed in the stories the store has them in (<see cref="CoreStoryAssigner.Place"/>),
/// so after a restart new articles join the existing stories. The detector's own story ids are mapped to the store's. Calls to <see cref="Choose"/> and
/// <see cref="Learn"/> must not overlap (the server's ingestion lock); <see cref="Signature"/> is thread-safe.
/// </summary>
public sealed class DetectedStoryAssigner : IStoryAssigner
{
    private const char Separator = '\u001F';
    private const string DatePrefix = "date";

    private readonly CoreStoryAssigner _detector;
    private readonly Parallax.Pipeline.Pipeline _pipeline = ArticleDigester.CreatePipeline();
    private readonly Dictionary<string, long> _storeStoryOf = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> _detectorStoryOf = [];
    private (IReadOnlyList<string> Signature, StoryAssignment Assignment)? _pending;

    /// <summary>Creates an assigner with the story detection <paramref name="options"/> (the defaults when null).</summary>
    public DetectedStoryAssigner(StoryOptions? options = null) => _detector = new CoreStoryAssigner(options);

    /// <inheritdoc/>
    public ImmutableArray<string> Signature(Article article, CancellationToken cancellationToken)
    {
        var digest = ArticleDigester.Digest(article, _pipeline, cancellationToken);
        var lines = ImmutableArray.CreateBuilder<string>(digest.Terms.Length + 1);
        lines.Add(DatePrefix + Separator + (digest.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty));
        foreach (var term in digest.Terms)
        {
            lines.Add(string.Join(Separator, Clean(term.Key), ((int)term.Kind).ToString(CultureInfo.InvariantCulture),
                term.Count.ToString("R", CultureInfo.InvariantCulture), Clean(term.Display)));
        }

        return lines.ToImmutable();
    }

    /// <inheritdoc/>
    public long? Choose(IReadOnlyList<string> signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var assignment = _detector.Assign(Digest(signature));
        _pending = (signature, assignment);
        return !assignment.IsNewStory && _storeStoryOf.TryGetValue(assignment.StoryId, out var storyId) ? storyId : null;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Each article counts twice in the detector: once when <see cref="Choose"/> assigns it and once more here, in the
    /// story it was stored in. (Until now the second count came from assigning it again, as the check that should have
    /// matched <see cref="Choose"/>'s call compared boxed arrays by reference; story grouping on the server was tuned
    /// with it, so it is kept, now made explicit.) A stored article replayed at start is placed the same two times in
    /// the story the store has it in, so the state after a restart is the state before it.
    /// </remarks>
    public void Learn(IReadOnlyList<string> signature, long storyId)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var digest = Digest(signature);
        string detectorStory;

        // Compared by content: an ImmutableArray passed as IReadOnlyList is boxed anew at every call.
        if (_pending is { } pending && pending.Signature.SequenceEqual(signature, StringComparer.Ordinal) &&
            (!_storeStoryOf.TryGetValue(pending.Assignment.StoryId, out var mapped) || mapped == storyId))
        {
            detectorStory = pending.Assignment.StoryId;
        }
        else
        {
            // Replayed (or stored elsewhere than chosen): placed where the store has it, not where today's
            // similarities would put it.
            detectorStory = _detector.Place(digest, _detectorStoryOf.GetValueOrDefault(storyId)).StoryId;
        }

        _detector.Place(digest, detectorStory);
        _pending = null;
        _storeStoryOf.TryAdd(detectorStory, storyId);
        _detectorStoryOf.TryAdd(storyId, detectorStory);
    }

    private static string Clean(string value) => value.Replace(Separator, ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static ArticleDigest Digest(IReadOnlyList<string> signature)
    {
        DateOnly? published = null;
        var terms = ImmutableArray.CreateBuilder<StoryTerm>(signature.Count);
        foreach (var line in signature)
        {
            var parts = line.Split(Separator);
            if (parts.Length == 2 && parts[0] == DatePrefix)
            {
                published = DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
            }
            else if (parts.Length == 4 &&
                     int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kind) &&
                     float.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var count))
            {
                terms.Add(new StoryTerm(parts[0], (StoryTermKind)kind, count, parts[3]));
            }
        }

        return new ArticleDigest(string.Empty, null, published, terms.ToImmutable());
    }
}
