using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Parallax.Readers.Tests.Web;

internal sealed record Reply(int Status, string? ContentType, byte[] Body)
{
    public static Reply Html(string html, string contentType = "text/html; charset=utf-8") => new(200, contentType, Encoding.UTF8.GetBytes(html));

    public static Reply Redirect(string location) => new(302, null, []) { Headers = [("Location", location)] };

    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    public bool SendContentLength { get; init; } = true;

    public TimeSpan Delay { get; init; }
}

/// <summary>A tiny HTTP/1.1 server on 127.0.0.1 that answers each request with <c>handler(path)</c>, then closes.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<string, Reply> _handler;
    private readonly Task _loop;

    public LoopbackServer(Func<string, Reply> handler)
    {
        _handler = handler;
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public ConcurrentQueue<string> Requests { get; } = new();

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

                var request = head.ToString();
                Requests.Enqueue(request);
                var path = request.Split(' ')[1];
                var reply = _handler(path);
                if (reply.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(reply.Delay, _stop.Token);
                }

                var response = new StringBuilder();
                response.Append(StatusLine(reply.Status));
                if (reply.ContentType is not null)
                {
                    response.Append("Content-Type: ").Append(reply.ContentType).Append("\r\n");
                }

                if (reply.SendContentLength)
                {
                    response.Append("Content-Length: ").Append(reply.Body.Length).Append("\r\n");
                }

                foreach (var (name, value) in reply.Headers)
                {
                    response.Append(name).Append(": ").Append(value).Append("\r\n");
                }

                response.Append("Connection: close\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(response.ToString()), _stop.Token);
                await stream.WriteAsync(reply.Body, _stop.Token);
            }
            catch (Exception)
            {
                // the client went away or the server is stopping
            }
        }
    }

    private static string StatusLine(int status) => $"HTTP/1.1 {status} {(status == 200 ? "OK" : status is >= 300 and < 400 ? "Found" : "Error")}\r\n";

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
