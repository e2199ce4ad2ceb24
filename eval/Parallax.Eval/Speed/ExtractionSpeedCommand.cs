namespace Parallax.Eval.Speed;

/// <summary>Placeholder for the extraction speed comparison (built on another branch).</summary>
public static class ExtractionSpeedCommand
{
    /// <summary>Prints that the comparison is not built yet and returns 2.</summary>
    public static int Run(string[] args)
    {
        _ = args;
        Console.WriteLine("speed comparison not built yet");
        return 2;
    }
}
