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

    private async Task BuildAsync(long storyId, CancellationToken stoppingToken)
    {
        // The revision is read before the articles: an article that joins in between makes the stored revision old,
        // and its own enqueue brings a rebuild.
        if (await store.GetStoryAsync(storyId, stoppingToken) is not { } story)
        {
            return;
        }

        var articles = await store.GetStoryArticlesAsync(storyId, stoppingToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(options.DossierTimeout);
        var started = time.GetTimestamp();
        var dossier = await Task.Run(() => _builder.Build([.. articles.Select(a => a.Article)], timeout.Token), timeout.Token);
        var json = DossierJsonWriter.ToJson(dossier, indented: false);
        var html = DossierHtmlWriter.Render(dossier);
        var stored = new StoredDossier(storyId, story.Revision, json, html, time.GetUtcNow());
        await store.SaveDossierAsync(stored, stoppingToken);
        cache.Put(ReadyDossier.From(stored));
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "Dossier of story {Story} (revision {Revision}, {Articles} articles) built in {Elapsed:0} ms",
                storyId, story.Revision, articles.Count, time.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
