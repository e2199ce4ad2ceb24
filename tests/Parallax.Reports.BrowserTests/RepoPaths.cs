namespace Parallax.Reports.BrowserTests;

internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples", "alaska-summit");

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
