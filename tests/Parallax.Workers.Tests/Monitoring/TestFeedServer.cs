using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Parallax.Workers.Tests.Monitoring;

internal sealed record TestReply(int Status, string? ContentType, string Body, IReadOnlyList<(string Name, string Value)> Headers)
{
    public static TestReply Ok(string contentType, string body, params (string, string)[] headers) => new(200, contentType, body, headers);
}

internal sealed record TestRequest(string Path, IReadOnlyDictionary<string, string> Headers, DateTimeOffset At);

/// <summary>An HTTP/1.1 server on 127.0.0.1 (a free port) that answers each request with <c>handler(request)</c>.</summary>
internal sealed class TestFeedServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<TestRequest, TestReply> _handler;
    private readonly Task _loop;

    public TestFeedServer(Func<TestRequest, TestReply> handler)
    {
        _handler = handler;
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public ConcurrentQueue<TestRequest> Requests { get; } = new();

    public string Url(string path) => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}";

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = new StringBuilder();
                var buffer = new byte[1];
                while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && head.Length < 16384)
                {
                    if (await stream.ReadAsync(buffer, _stop.Token) == 0)
                    {
                        return;
                    }

                    head.Append((char)buffer[0]);
                }

                var lines = head.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
                var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var line in lines.Skip(1))
                {
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    if (colon > 0)
                    {
                        headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                    }
                }

                var request = new TestRequest(lines[0].Split(' ')[1], headers, DateTimeOffset.UtcNow);
                Requests.Enqueue(request);
                var reply = _handler(request);
                var body = Encoding.UTF8.GetBytes(reply.Body);
                var response = new StringBuilder($"HTTP/1.1 {reply.Status} {(reply.Status < 300 ? "OK" : reply.Status == 304 ? "Not Modified" : "Error")}\r\n");
                if (reply.ContentType is not null)
                {
                    response.Append("Content-Type: ").Append(reply.ContentType).Append("\r\n");
                }

                foreach (var (name, value) in reply.Headers)
                {
                    response.Append(name).Append(": ").Append(value).Append("\r\n");
                }

                response.Append("Content-Length: ").Append(reply.Status == 304 ? 0 : body.Length).Append("\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(response.ToString()), _stop.Token);
                if (reply.Status != 304)
                {
                    await stream.WriteAsync(body, _stop.Token);
                }
            }
            catch (Exception)
            {
                // the client went away or the server is stopping
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception)
        {
        }

        _stop.Dispose();
    }
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
