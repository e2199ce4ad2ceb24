using Parallax.Dossier;
using Parallax.Model;
using Parallax.Readers;
using Parallax.Reports.Json;
using Parallax.Reports.Tests.Fixtures;

namespace Parallax.Reports.Tests.Json;

/// <summary>
/// Per-article analysis runs on every core; the dossier must not depend on it. The same articles built with one
/// thread and with four give byte-identical <c>dossier.json</c> (issue 11: "results identical to a single-threaded run").
/// </summary>
public class ParallelDossierTests
{
    [Fact]
    public async Task Sample_story_dossier_is_the_same_on_one_thread_and_on_four()
    {
        var articles = new List<Article>();
        await foreach (var result in new ArticleReader().ReadAllAsync([RepoPaths.SampleStory()]))
        {
            articles.AddRange(result.Articles);
        }

        Assert.True(articles.Count >= 5, "the sample story has five articles");
        AssertSameOnOneAndFourThreads(articles);
    }

    [Fact]
    public void Many_articles_give_the_same_dossier_on_one_thread_and_on_four()
    {
        // The fixture's four articles, each also in a second and third outlet's wording (so more work items than
        // threads, and cross-article stages see repeated quotes and claims), in a fixed order.
        var fixture = SummitDossier.Create().Articles;
        var articles = new List<Article>();
        for (var copy = 0; copy < 3; copy++)
        {
            foreach (var dossierArticle in fixture)
            {
                var original = dossierArticle.Article;
                var text = copy == 0 ? original.Text : Reworded(original.Text, copy);
                articles.Add(new Article($"copy{copy}/{original.Source}", text, original.Metadata));
            }
        }

        AssertSameOnOneAndFourThreads(articles);
    }

    private static void AssertSameOnOneAndFourThreads(IReadOnlyList<Article> articles)
    {
        var sequential = Build(articles, maxDegreeOfParallelism: 1);
        var parallel = Build(articles, maxDegreeOfParallelism: 4);
        Assert.Equal(sequential.Length, parallel.Length);
        Assert.True(sequential == parallel, "dossier.json differs between one thread and four");
    }

    private static string Build(IReadOnlyList<Article> articles, int maxDegreeOfParallelism)
    {
        var builder = new DossierBuilder(
            pipeline: DossierDefaults.CreatePipeline(),
            stages: DossierDefaults.CreateStoryStages(),
            maxDegreeOfParallelism: maxDegreeOfParallelism);
        return DossierJsonWriter.ToJson(builder.Build(articles));
    }

    private static string Reworded(string text, int copy) => copy switch
    {
        1 => text.Replace("Friday", "Saturday", StringComparison.Ordinal).Replace("said", "told reporters", StringComparison.Ordinal),
        _ => "Updated. " + text.Replace("nearly", "almost", StringComparison.Ordinal).Replace("summit", "meeting", StringComparison.Ordinal),
    };
}
