using System.IO.Compression;
using System.Text;

namespace Parallax.Eval.Speed;

/// <summary>Finds the repository and the benchmark pages, and loads the pages into memory.</summary>
internal static class BenchmarkPages
{
    /// <summary>The pages' folder relative to the repository root.</summary>
    public static readonly string DefaultRelativeDirectory =
        Path.Combine("..", "shared", "data", "extraction-benchmark", "html");

    /// <summary>The nearest folder holding Parallax.slnx, above the working directory or else above the executable; null if none.</summary>
    public static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>The *.html.gz files in <paramref name="directory"/>, in ordinal name order (the order the peer scripts use).</summary>
    public static string[] List(string directory)
    {
        var files = Directory.GetFiles(directory, "*.html.gz");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>Decompresses every page and decodes it as UTF-8 (invalid bytes become U+FFFD).</summary>
    public static string[] Load(IReadOnlyList<string> files)
    {
        var pages = new string[files.Count];
        var buffer = new MemoryStream();
        for (var i = 0; i < files.Count; i++)
        {
            buffer.SetLength(0);
            using (var gzip = new GZipStream(File.OpenRead(files[i]), CompressionMode.Decompress))
            {
                gzip.CopyTo(buffer);
            }

            pages[i] = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }

        return pages;
    }
}
