using System.Diagnostics;
using System.Globalization;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>--timings</c>: wall-clock time per step of a command, printed to standard error at the end. As an
/// <see cref="IProgress{T}"/> for <c>DossierBuilder.Build</c> it times the steps the builder reports: the per-article
/// analysis ("analyze …", in parallel, counted as one step) and each story stage. Safe to call from several threads.
/// </summary>
internal sealed class StageTimings : IProgress<string>
{
    private readonly Lock _lock = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Name, TimeSpan Elapsed)> _done = [];
    private string? _current;
    private TimeSpan _started;

    /// <summary>Ends the running step (if any) and starts <paramref name="name"/>.</summary>
    public void Start(string name)
    {
        lock (_lock)
        {
            var now = _clock.Elapsed;
            if (_current == name)
            {
                return;
            }

            if (_current is not null)
            {
                _done.Add((_current, now - _started));
            }

            _current = name;
            _started = now;
        }
    }

    /// <summary>Ends the running step.</summary>
    public void Stop()
    {
        lock (_lock)
        {
            if (_current is not null)
            {
                _done.Add((_current, _clock.Elapsed - _started));
                _current = null;
            }
        }
    }

    /// <inheritdoc/>
    public void Report(string value) =>
        Start(value.StartsWith("analyze ", StringComparison.Ordinal) ? "analyze articles" : "stage " + value);

    /// <summary>Writes one line per step: name, seconds, share of the total; then the total and the peak working set.</summary>
    public async Task WriteAsync(TextWriter writer)
    {
        Stop();
        var total = _done.Sum(d => d.Elapsed.TotalSeconds);
        foreach (var (name, elapsed) in _done)
        {
            await writer.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"timing: {name,-28} {elapsed.TotalSeconds,9:F3} s {100 * elapsed.TotalSeconds / Math.Max(total, 1e-9),6:F1} %"));
        }

        using var process = Process.GetCurrentProcess();
        await writer.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"timing: {"total",-28} {total,9:F3} s; peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
    }
}
