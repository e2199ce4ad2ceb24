namespace Parallax.Reports.Tests.Fixtures;

/// <summary>Finds the repository root (the folder holding <c>Parallax.slnx</c>) above the test binaries.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root.</summary>
    public static string Root()
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

    /// <summary>The bundled sample story, <c>samples/alaska-summit</c>.</summary>
    public static string SampleStory() => Path.Combine(Root(), "samples", "alaska-summit");
}
