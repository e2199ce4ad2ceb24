namespace Parallax.Cli;

/// <summary>The process exit codes every command uses.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was read.</summary>
    public const int Success = 0;

    /// <summary>Some inputs failed (each named on standard error); the rest were processed.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>A usage error, or nothing could be read.</summary>
    public const int UsageOrNothingRead = 2;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
