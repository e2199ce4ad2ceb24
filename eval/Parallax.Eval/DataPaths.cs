namespace Parallax.Eval;

/// <summary>Finds the shared data folder: <c>--data DIR</c>, else <c>../shared/data</c> next to the repository root.</summary>
internal static class DataPaths
{
    public static string Resolve(string? overridePath)
    {
        if (!string.IsNullOrEmpty(overridePath))
        {
            return Path.GetFullPath(overridePath);
        }

        var root = FindRepoRoot(AppContext.BaseDirectory) ?? FindRepoRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
    }

    public static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
