using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Parallax.Storage.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests: Debian's postgresql binaries, <c>initdb</c> in a temp directory, a free
/// loopback port, its socket in the same temp directory; started on first use, stopped when the test process exits.
/// When running as root the server runs as the <c>postgres</c> user (via <c>runuser</c>). Absent binaries mean the
/// PostgreSQL tests are skipped.
/// </summary>
public sealed class PostgreSqlCluster
{
    private static readonly Lazy<PostgreSqlCluster> Shared = new(Start);
    private readonly string _binaries;
    private readonly string _directory;
    private readonly bool _asPostgresUser;
    private int _databases;

    private PostgreSqlCluster(string binaries, string directory, int port, bool asPostgresUser)
    {
        _binaries = binaries;
        _directory = directory;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    /// <summary>The directory of <c>initdb</c>, or null when PostgreSQL is not installed.</summary>
    public static string? Binaries { get; } = FindBinaries();

    /// <summary>Why PostgreSQL tests are skipped, or null when they run.</summary>
    public static string? SkipReason => Binaries is null ? "PostgreSQL binaries (Debian postgresql-15) are not installed" : null;

    /// <summary>The running cluster.</summary>
    public static PostgreSqlCluster Instance => Shared.Value;

    /// <summary>The port it listens on at 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>A connection string to a new, empty database.</summary>
    public string CreateDatabase()
    {
        var name = "parallax_test_" + Interlocked.Increment(ref _databases) + "_" + Environment.ProcessId;
        Run(Path.Combine(_binaries, "createdb"), $"-h 127.0.0.1 -p {Port} -U parallax {name}");
        return $"Host=127.0.0.1;Port={Port};Username=parallax;Database={name};Pooling=true;Timeout=30";
    }

    private static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        foreach (var version in Directory.GetDirectories(root).OrderByDescending(d => d, StringComparer.Ordinal))
        {
            var bin = Path.Combine(version, "bin");
            if (File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            {
                return bin;
            }
        }

        return null;
    }

    private static PostgreSqlCluster Start()
    {
        var binaries = Binaries ?? throw new InvalidOperationException(SkipReason);
        var asPostgres = Environment.UserName == "root";
        SweepStoppedClusters();
        var directory = Path.Combine(Path.GetTempPath(), "parallax-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        if (asPostgres)
        {
            Run("chmod", $"0777 {directory}");
            Run("chown", $"postgres {directory}");
        }

        var port = FreePort();
        var cluster = new PostgreSqlCluster(binaries, directory, port, asPostgres);
        var data = Path.Combine(directory, "data");
        cluster.RunAsOwner(Path.Combine(binaries, "initdb"), $"-D {data} -U parallax --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync");
        cluster.StartServer();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster;
    }

    /// <summary>Starts the server of the cluster again after <see cref="StopServer"/> (same data, same port).</summary>
    public void StartServer() =>
        RunAsOwner(Path.Combine(_binaries, "pg_ctl"),
            $"-D {Path.Combine(_directory, "data")} -l {Path.Combine(_directory, "log")} -w -t 60 -o \"-p {Port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start");

    /// <summary>Stops the server (fast shutdown: open connections are cut), keeping the data; for fault tests.</summary>
    public void StopServer() =>
        RunAsOwner(Path.Combine(_binaries, "pg_ctl"), $"-D {Path.Combine(_directory, "data")} -m fast -w -t 60 stop");

    private void Stop()
    {
        try
        {
            RunAsOwner(Path.Combine(_binaries, "pg_ctl"), $"-D {Path.Combine(_directory, "data")} -m immediate -w stop");
        }
        finally
        {
            TryDelete(_directory);
        }
    }

    // Clusters of earlier runs whose server is gone (no postmaster.pid) are removed.
    private static void SweepStoppedClusters()
    {
        foreach (var directory in Directory.GetDirectories(Path.GetTempPath(), "parallax-pg-*"))
        {
            if (!File.Exists(Path.Combine(directory, "data", "postmaster.pid")))
            {
                TryDelete(directory);
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next run's sweep.
        }
    }

    private void RunAsOwner(string program, string arguments)
    {
        if (_asPostgresUser)
        {
            Run("runuser", $"-u postgres -- {program} {arguments}");
        }
        else
        {
            Run(program, arguments);
        }
    }

    private static void Run(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {arguments} did not finish");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} exited {process.ExitCode}: {output.Result} {error.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
