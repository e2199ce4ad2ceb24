using Parallax.Model;

namespace Parallax.Core.Tests;

/// <summary>The sample story's articles (samples/alaska-summit, found above the test binaries), in file-name order.</summary>
internal static class SampleStory
{
    /// <summary>The sample articles as plain text, or null when the samples directory is not found.</summary>
    internal static List<Article>? Articles()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var samples = Path.Combine(dir.FullName, "samples", "alaska-summit");
            if (Directory.Exists(samples))
            {
                return [.. Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal).Select(f => new Article(Path.GetFileName(f), File.ReadAllText(f)))];
            }
        }

        return null;
    }
}
