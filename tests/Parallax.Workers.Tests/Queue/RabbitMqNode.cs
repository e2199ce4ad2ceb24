using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using RabbitMQ.Client;

namespace Parallax.Workers.Tests.Queue;

/// <summary>
/// A throwaway RabbitMQ node for the tests: Debian's rabbitmq-server run directly (not as a service), everything in a
/// temp directory (RABBITMQ_MNESIA_BASE, RABBITMQ_LOG_BASE, HOME for the Erlang cookie), on free loopback ports for
/// AMQP, Erlang distribution and a private epmd. Stopped, its epmd killed and its directory removed on dispose (and at
/// process exit). Absent binaries mean the tests that need it are skipped.
/// </summary>
public sealed class RabbitMqNode : IDisposable
{
    private const string Root = "/usr/lib/rabbitmq/bin";
    private readonly string _directory;
    private readonly Dictionary<string, string> _environment;
    private Process? _server;
    private bool _disposed;

    private RabbitMqNode(string directory, int port, Dictionary<string, string> environment)
    {
        _directory = directory;
        Port = port;
        _environment = environment;
    }

    /// <summary>Why RabbitMQ tests are skipped, or null when they run.</summary>
    public static string? SkipReason =>
        File.Exists(Path.Combine(Root, "rabbitmq-server")) && File.Exists(Path.Combine(Root, "rabbitmqctl"))
            ? null
            : "RabbitMQ (Debian rabbitmq-server) is not installed";

    /// <summary>The AMQP port at 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Starts a node and waits until it takes AMQP connections.</summary>
    public static RabbitMqNode Start()
    {
        var directory = Path.Combine(Path.GetTempPath(), "parallax-mq-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(directory, "home"));
        File.WriteAllText(Path.Combine(directory, "enabled_plugins"), "[].");
        File.WriteAllText(Path.Combine(directory, "rabbitmq-env.conf"), string.Empty);
        File.WriteAllText(Path.Combine(directory, "rabbitmq.conf"), "loopback_users.guest = true\nlog.console = false\n");
        var port = FreePort();
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = Path.Combine(directory, "home"),
            ["RABBITMQ_NODENAME"] = "parallax-test-" + port + "@localhost",
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ERL_EPMD_PORT"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(directory, "rabbit.pid"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(directory, "enabled_plugins"),
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(directory, "rabbitmq-env.conf"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(directory, "rabbitmq"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(directory, "advanced.config"),
        };
        var node = new RabbitMqNode(directory, port, environment);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => node.Dispose();
        try
        {
            node.StartServer();
        }
        catch
        {
            node.Dispose();
            throw;
        }

        return node;
    }

    /// <summary>An AMQP URL to a new, empty virtual host (so each test has its own queues).</summary>
    public Uri CreateVirtualHost(string name)
    {
        Control("add_vhost", name);
        Control("set_permissions", "-p", name, "guest", ".*", ".*", ".*");
        return new Uri($"amqp://guest:guest@127.0.0.1:{Port}/{name}");
    }

    /// <summary>Starts the node (again), waiting until it takes connections.</summary>
    public void StartServer()
    {
        var start = new ProcessStartInfo(Path.Combine(Root, "rabbitmq-server"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        _server = Process.Start(start) ?? throw new InvalidOperationException("could not start rabbitmq-server");
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        var factory = new ConnectionFactory { Uri = new Uri($"amqp://guest:guest@127.0.0.1:{Port}/") };
        while (true)
        {
            try
            {
                using var connection = factory.CreateConnectionAsync().GetAwaiter().GetResult();
                return;
            }
            catch (RabbitMQ.Client.Exceptions.BrokerUnreachableException) when (DateTime.UtcNow < deadline && !_server.HasExited)
            {
                Thread.Sleep(200);
            }
        }
    }

    /// <summary>Stops the node (graceful), keeping its data; queues and their messages survive a <see cref="StartServer"/>.</summary>
    public void StopServer()
    {
        if (_server is null)
        {
            return;
        }

        try
        {
            Control("stop");
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        if (!_server.WaitForExit(60_000))
        {
            _server.Kill(entireProcessTree: true);
            _server.WaitForExit(10_000);
        }

        _server.Dispose();
        _server = null;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            StopServer();
            Run(Path.Combine("/usr/lib/erlang/bin", "epmd"), ["-kill"], throwOnError: false);
        }
        finally
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private void Control(params string[] arguments) => Run(Path.Combine(Root, "rabbitmqctl"), arguments, throwOnError: true);

    private void Run(string program, string[] arguments, bool throwOnError)
    {
        if (!File.Exists(program))
        {
            return;
        }

        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(90_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish");
        }

        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {output.Result} {error.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
