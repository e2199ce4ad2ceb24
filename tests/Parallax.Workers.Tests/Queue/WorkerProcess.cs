using System.Collections.Concurrent;
using System.Diagnostics;
using Parallax.Storage;
using Parallax.Workers.Queue;

namespace Parallax.Workers.Tests.Queue;

/// <summary><c>parallax worker</c> as a child process (the built CLI), so a test can SIGKILL it. Killed on dispose.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkerProcess(Process process)
    {
        _process = process;
    }

    /// <summary>What it wrote on standard error, for failure messages.</summary>
    public string Log => string.Join('\n', _lines);

    public bool HasExited => _process.HasExited;

    /// <summary>CPU time used so far (while it runs).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static Task<WorkerProcess> StartAsync(Uri queue, string db, CancellationToken cancellationToken, params string[] more) =>
        StartAsync(queue, db, core: null, cancellationToken, more);

    /// <summary>Starts a worker; with <paramref name="core"/>, bound to that CPU (taskset), as if it had a machine of one core.</summary>
    public static async Task<WorkerProcess> StartAsync(Uri queue, string db, int? core, CancellationToken cancellationToken, params string[] more)
    {
        var start = new ProcessStartInfo(core is null ? "dotnet" : "taskset") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (core is { } cpu)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(cpu.ToString(System.Globalization.CultureInfo.InvariantCulture));
            start.ArgumentList.Add("dotnet");
        }

        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "parallax.dll"), "worker", "--queue", queue.ToString(), "--db", db, "--concurrency", "1" }.Concat(more))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start parallax worker");
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, e) => worker.Add(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await worker._ready.Task.WaitAsync(TimeSpan.FromSeconds(90), cancellationToken);
        }
        catch
        {
            worker.Dispose();
            throw;
        }

        return worker;
    }

    /// <summary>SIGKILL: no shutdown, no acks, no cleanup.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(30_000);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                Kill();
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            _ready.TrySetException(new InvalidOperationException("parallax worker exited before it was ready:\n" + Log));
            return;
        }

        _lines.Enqueue(line);
        if (line.StartsWith("parallax worker: ready", StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }
}

/// <summary>Waiting for workers to finish (shared by the fault tests and the speed harness).</summary>
public static class QueueSettling
{
    /// <summary>Waits until <paramref name="expected"/> articles are stored, no story's dossier is old and every stage queue is empty.</summary>
    public static async Task WaitSettledAsync(Uri queue, ParallaxStore store, int expected, Func<string> log, CancellationToken cancellationToken)
    {
        await using var client = await QueueClient.ConnectAsync(queue, cancellationToken);
        while (true)
        {
            try
            {
                var count = await store.CountArticlesAsync(cancellationToken);
                if (count >= expected && (await store.ListStaleStoriesAsync(cancellationToken)).Count == 0 &&
                    (await client.DepthsAsync(cancellationToken)).Where(d => d.Queue != WorkQueues.Dead).All(d => d.Messages == 0))
                {
                    return;
                }
            }
            catch (Exception e) when (QueueConnection.IsDatabaseFault(e))
            {
                // The database is restarting.
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The workers did not finish in time. Worker output:\n{log()}");
            }

            try
            {
                await Task.Delay(250, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The workers did not finish in time. Worker output:\n{log()}");
            }
        }
    }
}
