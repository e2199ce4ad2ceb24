namespace Parallax.Eval.Language;

/// <summary>Finds the repository root (the folder holding Parallax.slnx) and the shared data folder beside it.</summary>
internal static class EvalPaths
{
    public static string? RepoRoot()
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

    /// <summary>
    /// The data folder: <c>--data DIR</c> when given, else the <c>PARALLAX_DATA</c> environment variable (benchmark
    /// processes get no arguments), else <c>shared/data</c> in the nearest folder above the repository root that has
    /// one (<c>../shared/data</c> for a clone, further up for a git worktree).
    /// </summary>
    public static string? DataDirectory(string[] args)
    {
        var given = Option(args, "--data") ?? Environment.GetEnvironmentVariable("PARALLAX_DATA");
        if (!string.IsNullOrEmpty(given))
        {
            return Path.GetFullPath(given);
        }

        var root = RepoRoot();
        for (var dir = root is null ? null : new DirectoryInfo(root).Parent; dir is not null; dir = dir.Parent)
        {
            var data = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(data))
            {
                return data;
            }
        }

        return root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
    }

    public static string? Option(string[] args, string name)
    {
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
