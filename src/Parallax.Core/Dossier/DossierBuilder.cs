using System.Collections.Immutable;
using System.Globalization;
using Parallax.Comparison.Duplicates;
using Parallax.Model;
using AnalysisPipeline = Parallax.Pipeline.Pipeline;

namespace Parallax.Dossier;

/// <summary>
/// Builds a <see cref="StoryDossier"/> from the articles of one story: keeps one article of each group of exact or
/// near duplicates (noting the others), analyses every kept article with the per-article <see cref="Pipeline"/>
/// (in parallel; the result is the same as a single-threaded run), then runs the story stages in order.
/// Immutable and thread-safe once created; no I/O. <see cref="DossierDefaults.CreateBuilder"/> gives the full one.
/// </summary>
public sealed class DossierBuilder
{
    private readonly DuplicateDetector _duplicates;
    private readonly AnalysisPipeline _pipeline;
    private readonly int _maxDegreeOfParallelism;
    private readonly ImmutableArray<IStoryStage> _stages;

    /// <summary>Creates a builder.</summary>
    /// <param name="duplicates">The duplicate detector; the default one when null.</param>
    /// <param name="pipeline">The per-article analysis; none (articles only) when null.</param>
    /// <param name="stages">The story stages, in the order they run; none when null.</param>
    /// <param name="maxDegreeOfParallelism">How many articles to analyse at once; -1 for one per core.</param>
    public DossierBuilder(
        DuplicateDetector? duplicates = null,
        AnalysisPipeline? pipeline = null,
        IEnumerable<IStoryStage>? stages = null,
        int maxDegreeOfParallelism = -1)
    {
        _duplicates = duplicates ?? new DuplicateDetector();
        _pipeline = pipeline ?? AnalysisPipeline.Empty;
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
        _stages = stages is null ? [] : [.. stages];
    }

    /// <summary>The story stages, in order.</summary>
    public ImmutableArray<IStoryStage> Stages => _stages;

    /// <summary>The per-article pipeline.</summary>
    public AnalysisPipeline ArticlePipeline => _pipeline;

    /// <summary>Builds the dossier of <paramref name="articles"/>, in the order given.</summary>
    public StoryDossier Build(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default) =>
        Build(articles, progress: null, cancellationToken);

    /// <summary>Builds the dossier of <paramref name="articles"/>, in the order given, reporting progress.</summary>
    /// <param name="articles">The story's articles.</param>
    /// <param name="progress">Told the name of each step as it starts ("analyze a3", "claims"), when given.</param>
    /// <param name="cancellationToken">Cancels the build.</param>
    public StoryDossier Build(IReadOnlyList<Article> articles, IProgress<string>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var texts = new string[articles.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = articles[i].Text;
        }

        var matches = _duplicates.Find(texts, cancellationToken);
        var duplicateOf = new Dictionary<int, DuplicateMatch>();
        foreach (var match in matches)
        {
            duplicateOf[match.Index] = match;
        }

        var ids = new Dictionary<int, string>();
        var keptIndexes = new List<int>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (duplicateOf.ContainsKey(i))
            {
                continue;
            }

            ids[i] = string.Create(CultureInfo.InvariantCulture, $"a{keptIndexes.Count + 1}");
            keptIndexes.Add(i);
        }

        var kept = new DossierArticle[keptIndexes.Count];
        Parallel.For(
            0,
            kept.Length,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = _maxDegreeOfParallelism },
            k =>
            {
                var article = articles[keptIndexes[k]];
                var id = ids[keptIndexes[k]];
                progress?.Report("analyze " + id);
                kept[k] = new DossierArticle(id, article) { Analysis = _pipeline.Analyze(article, cancellationToken) };
            });

        var notes = ImmutableArray.CreateBuilder<DuplicateNote>();
        foreach (var match in matches)
        {
            notes.Add(new DuplicateNote(articles[match.Index].Source, ids[match.OriginalIndex], match.Kind, match.Similarity));
        }

        var dossier = new StoryDossier([.. kept], notes.ToImmutable());
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(stage.Name);
            dossier = stage.Process(dossier, cancellationToken);
        }

        return dossier;
    }
}
