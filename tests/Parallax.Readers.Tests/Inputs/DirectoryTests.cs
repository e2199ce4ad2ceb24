using System.Diagnostics;

namespace Parallax.Readers.Tests.Inputs;

public sealed class DirectoryTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Directories_are_read_recursively_sorted_skipping_hidden_files()
    {
        _dir.Write("b.txt", "B");
        _dir.Write("a.txt", "A");
        _dir.Write(".hidden.txt", "hidden");
        _dir.Write(".git/config.txt", "hidden dir");
        _dir.Write("sub/c.txt", "C");
        _dir.Write("sub/deeper/d.txt", "D");
        _dir.Write("z.txt", "Z");
        var results = await Read.AllAsync(null, _dir.Path);
        Assert.Equal(["A", "B", "Z", "C", "D"], results.Select(r => r.Articles.Single().Text));
        Assert.Equal(Path.Combine(_dir.Path, "sub", "c.txt"), results[3].Input);
    }

    [Fact]
    public async Task Symlink_loops_end()
    {
        _dir.Write("sub/a.txt", "A");
        Directory.CreateSymbolicLink(Path.Combine(_dir.Path, "sub", "loop"), _dir.Path);
        Directory.CreateSymbolicLink(Path.Combine(_dir.Path, "self"), Path.Combine(_dir.Path, "sub"));
        var results = await Read.AllAsync(null, _dir.Path);
        Assert.InRange(results.Count, 1, 2);
        Assert.All(results, r => Assert.Equal("A", r.Articles.Single().Text));
    }

    [Fact]
    public async Task An_empty_directory_is_reported()
    {
        var result = await Read.OneAsync(_dir.Path);
        Assert.Equal("no files found in directory", Read.Errors(result));
    }

    [Fact]
    public async Task Ten_thousand_files_are_streamed()
    {
        for (var i = 0; i < 10_000; i++)
        {
            File.WriteAllText(Path.Combine(_dir.Path, $"{i:D5}.txt"), "x");
        }

        var watch = Stopwatch.StartNew();
        var count = 0;
        string? previous = null;
        await foreach (var result in new ArticleReader().ReadAllAsync([_dir.Path]))
        {
            if (count == 0)
            {
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), "the first result should come at once");
            }

            Assert.False(result.Failed);
            Assert.True(previous is null || string.CompareOrdinal(previous, result.Input) < 0);
            previous = result.Input;
            count++;
        }

        Assert.Equal(10_000, count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
