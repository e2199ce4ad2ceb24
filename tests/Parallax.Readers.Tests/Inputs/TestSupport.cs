using System.Text;

namespace Parallax.Readers.Tests.Inputs;

/// <summary>A temporary directory deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
        : this(inMemory: false)
    {
    }

    /// <param name="inMemory">Create it in /dev/shm when there is one: creating thousands of files on a journaling disk is slow.</param>
    public TempDirectory(bool inMemory)
    {
        if (inMemory && Directory.Exists("/dev/shm"))
        {
            try
            {
                Path = Directory.CreateDirectory(System.IO.Path.Combine("/dev/shm", "parallax-readers-" + Guid.NewGuid().ToString("N"))).FullName;
                return;
            }
            catch (UnauthorizedAccessException)
            {
            }
            catch (IOException)
            {
            }
        }

        Path = Directory.CreateTempSubdirectory("parallax-readers-").FullName;
    }

    public string Path { get; }

    public string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal static class Read
{
    public static async Task<List<InputResult>> AllAsync(ReaderOptions? options, params string[] inputs)
    {
        var results = new List<InputResult>();
        await foreach (var result in new ArticleReader(options).ReadAllAsync(inputs))
        {
            results.Add(result);
        }

        return results;
    }

    public static async Task<InputResult> OneAsync(string input, ReaderOptions? options = null) =>
        Assert.Single(await AllAsync(options, input));

    public static string Errors(InputResult result) =>
        string.Join(" | ", result.Diagnostics.Select(d => d.Message));
}

/// <summary>
/// Ordinary news prose around a marker, so that whatever rules the real text parser and HTML extractor apply, the
/// marker stays in the article's text: these tests are about reading inputs, not about extraction quality.
/// </summary>
internal static class Sample
{
    public static string Prose(string marker) =>
        "Officials from both delegations met in Anchorage on Friday to discuss the ceasefire proposal, according to "
        + "three people familiar with the talks. " + marker + " The delegations spent nearly three hours behind closed "
        + "doors before leaving without a joint statement.\n\nAnalysts said the meeting was unlikely to change the "
        + "situation on the ground in the coming weeks, although both sides described the atmosphere as constructive.";

    public static string Html(string marker, string head = "") =>
        "<!DOCTYPE html><html><head>" + head + "<title>Talks end without a deal</title></head><body><article>"
        + "<h1>Talks end without a deal</h1>"
        + "<p>Officials from both delegations met in Anchorage on Friday to discuss the ceasefire proposal, according to "
        + "three people familiar with the talks. " + marker + "</p>"
        + "<p>The delegations spent nearly three hours behind closed doors before leaving without a joint statement, "
        + "and analysts said the meeting was unlikely to change the situation on the ground in the coming weeks.</p>"
        + "</article></body></html>";
}
