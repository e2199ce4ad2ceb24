using System.Text;

namespace Parallax.Readers.Tests.Inputs;

/// <summary>A temporary directory deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Path = Directory.CreateTempSubdirectory("parallax-readers-").FullName;

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
