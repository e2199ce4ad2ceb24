namespace Parallax.Reports.BrowserTests;

/// <summary>A test that needs a Chromium browser; skipped (not failed) when none is installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = "Chromium is not installed (apt-get install -y chromium); browser tests skipped.";
        }
    }
}

/// <summary>Where the system Chromium is: <c>PARALLAX_CHROMIUM</c> when set, else Debian's <c>/usr/bin/chromium</c>.</summary>
internal static class Chromium
{
    public static string? Path { get; } = Find();

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("PARALLAX_CHROMIUM");
        foreach (var candidate in new[] { configured, "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (!string.IsNullOrEmpty(candidate) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
