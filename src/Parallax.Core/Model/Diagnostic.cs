namespace Parallax.Model;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something worth knowing that changed nothing.</summary>
    Info,

    /// <summary>The input was read, but something was repaired, guessed or dropped.</summary>
    Warning,

    /// <summary>The input (or part of it) could not be read.</summary>
    Error,
}

/// <summary>
/// A message about one input: what was wrong and where. Readers report problems as diagnostics
/// instead of throwing, so a batch goes on past a bad file.
/// </summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">A sentence a user can act on, naming the problem.</param>
/// <param name="Source">The input (path, URL, or feed item) the message is about, when known.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Message, string? Source = null)
{
    /// <summary>An informational message.</summary>
    public static Diagnostic Info(string message, string? source = null) => new(DiagnosticSeverity.Info, message, source);

    /// <summary>A warning.</summary>
    public static Diagnostic Warning(string message, string? source = null) => new(DiagnosticSeverity.Warning, message, source);

    /// <summary>An error.</summary>
    public static Diagnostic Error(string message, string? source = null) => new(DiagnosticSeverity.Error, message, source);

    /// <inheritdoc />
    public override string ToString() =>
        Source is null ? $"{Severity.ToString().ToLowerInvariant()}: {Message}" : $"{Source}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}
