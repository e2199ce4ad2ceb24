using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Parallax.Dossier;
using Parallax.Reports.Html;
using Parallax.Reports.Json;
using Parallax.Storage;

namespace Parallax.Server.Dossiers;

/// <summary>
/// Recomputes dossiers in the background: takes stories from the <see cref="DossierQueue"/>, builds each with the
/// default analysis (<see cref="DossierDefaults.CreateBuilder"/>) from the story's stored articles, and stores the JSON
/// and HTML with the revision they were built from. At start it queues every story whose dossier is missing or old.
/// Builds run one at a time on one thread and rest between builds (<see cref="ServerOptions.DossierBuildShare"/>), so
/// readers and writers keep the other cores. A failing story is logged and skipped; a build is cancelled after
/// <see cref="ServerOptions.DossierTimeout"/>.
/// </summary>
public sealed class DossierWorker(
    ParallaxStore store, DossierQueue queue, DossierCache cache, ServerOptions options, TimeProvider time, ILogger<DossierWorker> logger)
    : BackgroundService
{
    // The default analysis (as DossierDefaults.CreateBuilder), one article at a time.
    private readonly DossierBuilder _builder = new(pipeline: DossierDefaults.CreatePipeline(), stages: DossierDefaults.CreateStoryStages(), maxDegreeOfParallelism: 1);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            foreach (var storyId in await store.ListStaleStoriesAsync(stoppingToken))
            {
                queue.Enqueue(storyId);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not list stories with old dossiers");
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            long storyId;
            try
            {
                storyId = await queue.DequeueAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            try
            {
                var started = time.GetTimestamp();
                await BuildAsync(storyId, stoppingToken);
                var share = Math.Clamp(options.DossierBuildShare, 0.05, 1.0);
                var rest = time.GetElapsedTime(started) * ((1.0 / share) - 1.0);
                if (rest > TimeSpan.Zero)
                {
                    await Task.Delay(rest, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // One story's failure must not stop the others.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Could not build the dossier of story {Story}", storyId);
            }
            finally
            {
                queue.Done();
            }
        }
    }

    /// <summary>
    /// Builds the dossier of story <paramref name="storyId"/> from its stored articles with <paramref name="builder"/>
    /// and stores it with the revision it was built from (a dossier of a later revision stored meanwhile is kept).
    /// Returns it with the number of articles, or null when there is no such story. The revision is read before the
    /// articles: an article that joins in between makes the stored revision old, and its own request brings a rebuild.
    /// </summary>
    /// <exception cref="OperationCanceledException">When cancelled, or when the build takes longer than <paramref name="timeout"/>.</exception>
    public static async Task<(StoredDossier Dossier, int Articles)?> BuildStoredAsync(
        ParallaxStore store, DossierBuilder builder, long storyId, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(time);
        if (await store.GetStoryAsync(storyId, cancellationToken) is not { } story)
        {
            return null;
        }

        var articles = await store.GetStoryArticlesAsync(storyId, cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var dossier = await Task.Run(() => builder.Build([.. articles.Select(a => a.Article)], limit.Token), limit.Token);
        var json = DossierJsonWriter.ToJson(dossier, indented: false);
        var html = DossierHtmlWriter.Render(dossier);
        var stored = new StoredDossier(storyId, story.Revision, json, html, time.GetUtcNow());
        await store.SaveDossierAsync(stored, cancellationToken);
        return (stored, articles.Count);
    }

    private async Task BuildAsync(long storyId, CancellationToken stoppingToken)
    {
        var started = time.GetTimestamp();
        if (await BuildStoredAsync(store, _builder, storyId, options.DossierTimeout, time, stoppingToken) is not { } built)
        {
            return;
        }

        cache.Put(ReadyDossier.From(built.Dossier));
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "Dossier of story {Story} (revision {Revision}, {Articles} articles) built in {Elapsed:0} ms",
                storyId, built.Dossier.Revision, built.Articles, time.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
