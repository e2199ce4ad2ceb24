namespace Parallax.Readers.Tests.Inputs;

public sealed class DirectoryTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Directories_are_read_recursively_sorted_skipping_hidden_files()
    {
        string[] names = ["b.txt", "a.txt", ".hidden.txt", ".git/config.txt", "sub/c.txt", "sub/deeper/d.txt", "z.txt"];
        foreach (var name in names)
        {
            _dir.Write(name, Sample.Prose(name));
        }

        var results = await Read.AllAsync(null, _dir.Path);
        Assert.Equal(
            ["a.txt", "b.txt", "z.txt", "sub/c.txt", "sub/deeper/d.txt"],
            results.Select(r => Path.GetRelativePath(_dir.Path, r.Input)));
        Assert.All(results, r => Assert.Contains(Path.GetRelativePath(_dir.Path, r.Input), r.Articles.Single().Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Symlink_loops_end()
    {
        var file = _dir.Write("sub/a.txt", Sample.Prose("A"));
        Directory.CreateSymbolicLink(Path.Combine(_dir.Path, "sub", "loop"), _dir.Path);
        Directory.CreateSymbolicLink(Path.Combine(_dir.Path, "self"), Path.Combine(_dir.Path, "sub"));
        var results = await Read.AllAsync(null, _dir.Path);
        // Each real directory is read once: "self" (a link to "sub") comes first in order, so "sub" is not read again.
        var result = Assert.Single(results);
        Assert.Equal(Path.Combine(_dir.Path, "self", "a.txt"), result.Input);
        Assert.False(result.Failed);
        Assert.True(File.Exists(file));
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
        using var dir = new TempDirectory(inMemory: true);
        var bytes = System.Text.Encoding.UTF8.GetBytes(Sample.Prose("Small file."));
        for (var i = 0; i < 10_000; i++)
        {
            File.WriteAllBytes(Path.Combine(dir.Path, $"{i:D5}.txt"), bytes);
        }

        var count = 0;
        string? previous = null;
        await foreach (var result in new ArticleReader().ReadAllAsync([dir.Path]))
        {
            Assert.False(result.Failed);
            Assert.True(previous is null || string.CompareOrdinal(previous, result.Input) < 0);
            previous = result.Input;
            count++;
        }

        Assert.Equal(10_000, count);
    }
}
