using System.Text.RegularExpressions;

namespace Parallax.Core.Tests.DesignRules;

/// <summary>The core is a library with no I/O: files, network and console belong to readers, storage and hosts.</summary>
public partial class CoreHasNoIoTests
{
    [GeneratedRegex(@"(?<![\w.])(File|Directory|Console|Process|Dns|Environment)\.[A-Z]|\bnew\s+(FileStream|FileInfo|DirectoryInfo|HttpClient|Socket|TcpClient|StreamWriter)\b")]
    private static partial Regex IoCall();

    [Fact]
    public void No_source_file_of_the_core_touches_files_network_or_console()
    {
        var root = FindRoot();
        var offenders = new List<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "src", "Parallax.Core"), "*.cs", SearchOption.AllDirectories))
        {
            if (path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                var code = line.TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                if (IoCall().IsMatch(code))
                {
                    offenders.Add($"{Path.GetRelativePath(root, path)}:{lineNumber}: {code}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "I/O in Parallax.Core:\n" + string.Join('\n', offenders));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Parallax.slnx not found above " + AppContext.BaseDirectory);
    }
}
