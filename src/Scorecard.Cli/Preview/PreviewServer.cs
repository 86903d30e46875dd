using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Scorecard.Core.Diagnostics;

namespace Scorecard.Cli.Preview;

/// <summary>
/// The preview's web server, for one person's browser on this computer. It listens on
/// 127.0.0.1 only, never on another interface, and answers a fixed set of routes from memory:
/// <c>/</c> (and <c>/report.html</c>) the last good report with the reload script and the error
/// banner (<see cref="PreviewPage"/>), <c>/report.md</c> the last good Markdown, and
/// <see cref="PreviewPage.EventsPath"/> the events that tell an open page to reload. No file is
/// ever read for a request, so no path can reach one. A request must name this server in its
/// Host header (127.0.0.1:PORT or localhost:PORT): a page elsewhere that points its own name at
/// 127.0.0.1 (DNS rebinding) gets nothing.
/// </summary>
/// <remarks>
/// HTTP/1.1 GET and HEAD only, one request per connection, answered and closed (the event stream
/// stays open until the page goes). Written on a socket rather than with <c>HttpListener</c>, which
/// on Windows goes through http.sys and listens on every interface, or Kestrel, which needs the
/// ASP.NET Core runtime that Scorecard's install does not.
/// </remarks>
internal sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>The most connections served at once; more are closed at once.</summary>
    public const int MostConnections = 32;

    /// <summary>The longest request head read: 16 KB (a browser's is under 2 KB).</summary>
    public const int LongestHead = 16 * 1024;

    private static readonly TimeSpan HeadTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, bool> _connections = new();
    private readonly Task _accepting;
    private PreviewState _state;
    private TaskCompletionSource _published = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _pageLoads;

    private PreviewServer(TcpListener listener, PreviewState state)
    {
        _listener = listener;
        _state = state;
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _accepting = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    /// <summary>"http://127.0.0.1:PORT/".</summary>
    public string Address => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}/");

    /// <summary>How many times the page has been served (a reload is one more).</summary>
    public int PageLoads => Volatile.Read(ref _pageLoads);

    /// <summary>Listens on 127.0.0.1:<paramref name="port"/>, or a free port when null; SC0040 when it cannot.</summary>
    public static Result<PreviewServer> Start(int? port, PreviewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var listener = new TcpListener(IPAddress.Loopback, port ?? 0);
        if (OperatingSystem.IsWindows())
        {
            // Without it, another program could bind the same port and take the browser's requests.
            listener.ExclusiveAddressUse = true;
        }

        try
        {
            listener.Start(backlog: MostConnections);
        }
        catch (SocketException e)
        {
            listener.Dispose();
            var message = e.SocketErrorCode == SocketError.AddressAlreadyInUse
                ? CliMessages.PortInUse(port ?? 0)
                : CliMessages.PortRefused(port ?? 0, e.SocketErrorCode == SocketError.AccessDenied ? "permission denied" : e.Message);
            return new Result<PreviewServer>(null, [Diagnostic.Error(CliMessages.PreviewCannotListen, SourceLocation.None, message)]);
        }

        return new Result<PreviewServer>(new PreviewServer(listener, state), []);
    }

    /// <summary>Serves <paramref name="state"/> from now on, and tells every open page to reload.</summary>
    public void Publish(PreviewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Volatile.Write(ref _state, state);
        Interlocked.Exchange(ref _published, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>
    /// True when a Host header names this server: "127.0.0.1:PORT" or "localhost:PORT" (any case),
    /// or the name alone on port 80. Anything else, a missing header included, is refused: a page
    /// elsewhere that has pointed its own name at 127.0.0.1 still sends its own name.
    /// </summary>
    public static bool IsAllowedHost(string? host, int port)
    {
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }

        foreach (var name in new[] { "127.0.0.1", "localhost" })
        {
            if (string.Equals(host, string.Create(CultureInfo.InvariantCulture, $"{name}:{port}"), StringComparison.OrdinalIgnoreCase)
                || (port == 80 && string.Equals(host, name, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _accepting.ConfigureAwait(false);
        await Task.WhenAll(_connections.Keys).ConfigureAwait(false);
        _listener.Dispose();
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                if (_stopping.IsCancellationRequested)
                {
                    return;
                }

                continue;
            }

            if (_connections.Count >= MostConnections)
            {
                client.Dispose();
                continue;
            }

            var connection = ServeAsync(client);
            _connections.TryAdd(connection, true);
            _ = connection.ContinueWith(t => _connections.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                await Task.Yield();
                var stream = client.GetStream();
                using var reading = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
                reading.CancelAfter(HeadTimeout);
                var request = await ReadHeadAsync(stream, reading.Token).ConfigureAwait(false);
                await AnswerAsync(stream, request).ConfigureAwait(false);

                // Close gently: a request body left unread would make the close a reset, and the
                // browser could lose the answer. Say the answer is done, then read what is left.
                client.Client.Shutdown(SocketShutdown.Send);
                using var draining = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
                draining.CancelAfter(TimeSpan.FromSeconds(1));
                var rest = new byte[4096];
                for (var total = 0; total < LongestHead * 4;)
                {
                    var read = await stream.ReadAsync(rest, draining.Token).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    total += read;
                }
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // the browser went away, or the server is stopping: nothing to answer
            }
        }
    }

    /// <summary>A request's method, target, version and Host header(s); Malformed when it cannot be read as HTTP.</summary>
    internal sealed record RequestHead(string Method, string Target, string Version, IReadOnlyList<string> Hosts, string? Malformed);

    internal static async Task<RequestHead> ReadHeadAsync(Stream stream, CancellationToken cancellation)
    {
        var buffer = new byte[LongestHead];
        var length = 0;
        int end;
        while ((end = HeadEnd(buffer.AsSpan(0, length))) < 0)
        {
            if (length == buffer.Length)
            {
                return new RequestHead(string.Empty, string.Empty, string.Empty, [], "431");
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellation).ConfigureAwait(false);
            if (read == 0)
            {
                return new RequestHead(string.Empty, string.Empty, string.Empty, [], "400");
            }

            length += read;
        }

        return ParseHead(Encoding.Latin1.GetString(buffer, 0, end));
    }

    /// <summary>Reads a request head (up to, not including, the empty line).</summary>
    internal static RequestHead ParseHead(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var lines = head.Split("\r\n");
        var parts = lines[0].Split(' ');
        if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return new RequestHead(string.Empty, string.Empty, string.Empty, [], "400");
        }

        var hosts = new List<string>();
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line[0] is ' ' or '\t')
            {
                return new RequestHead(parts[0], parts[1], parts[2], hosts, "400");
            }

            if (string.Equals(line[..colon], "Host", StringComparison.OrdinalIgnoreCase))
            {
                hosts.Add(line[(colon + 1)..].Trim(' ', '\t'));
            }
        }

        return new RequestHead(parts[0], parts[1], parts[2], hosts, null);
    }

    private static int HeadEnd(ReadOnlySpan<byte> bytes) => bytes.IndexOf("\r\n\r\n"u8);

    private async Task AnswerAsync(Stream stream, RequestHead request)
    {
        if (request.Malformed == "431")
        {
            await WriteAsync(stream, 431, "Request Header Fields Too Large", "text/plain", "The request's headers are too long.", head: false).ConfigureAwait(false);
            return;
        }

        if (request.Malformed is not null || !request.Target.StartsWith('/'))
        {
            await WriteAsync(stream, 400, "Bad Request", "text/plain", "This is not a request this server understands.", head: false).ConfigureAwait(false);
            return;
        }

        if (request.Version is not ("HTTP/1.1" or "HTTP/1.0"))
        {
            await WriteAsync(stream, 505, "HTTP Version Not Supported", "text/plain", "Use HTTP/1.1.", head: false).ConfigureAwait(false);
            return;
        }

        var head = request.Method == "HEAD";
        if (request.Hosts.Count != 1 || !IsAllowedHost(request.Hosts[0], Port))
        {
            // 421: this server is not the one the browser meant (its address was another name's).
            await WriteAsync(stream, 421, "Misdirected Request", "text/plain",
                $"This Scorecard preview answers only to {Address} (or http://localhost:{Port.ToString(CultureInfo.InvariantCulture)}/).", head).ConfigureAwait(false);
            return;
        }

        if (request.Method is not ("GET" or "HEAD"))
        {
            await WriteAsync(stream, 405, "Method Not Allowed", "text/plain", "The preview is read-only: GET and HEAD only.", head: false, "Allow: GET, HEAD\r\n").ConfigureAwait(false);
            return;
        }

        var path = request.Target.Split('?', 2)[0];
        var state = Volatile.Read(ref _state);
        switch (path)
        {
            case "/" or "/report.html":
                if (!head)
                {
                    Interlocked.Increment(ref _pageLoads);
                }

                await WriteAsync(stream, 200, "OK", "text/html; charset=utf-8", PreviewPage.Compose(state), head).ConfigureAwait(false);
                break;
            case "/report.md" when state.Markdown is { } markdown:
                await WriteAsync(stream, 200, "OK", "text/plain; charset=utf-8", markdown, head).ConfigureAwait(false);
                break;
            case "/report.md":
                await WriteAsync(stream, 503, "Service Unavailable", "text/plain; charset=utf-8", "There is no report yet: see the page at / or the console for why.", head).ConfigureAwait(false);
                break;
            case PreviewPage.EventsPath:
                await StreamEventsAsync(stream, head).ConfigureAwait(false);
                break;
            default:
                await WriteAsync(stream, 404, "Not Found", "text/plain; charset=utf-8", $"Not found. This preview serves the report at {Address} and its Markdown at /report.md, nothing else.", head).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Server-sent events: the current version at once, then each new one, with a comment now and then so a dead connection is noticed.</summary>
    private async Task StreamEventsAsync(Stream stream, bool head)
    {
        await stream.WriteAsync(Utf8.GetBytes(Head(200, "OK", "text/event-stream; charset=utf-8", null)), _stopping.Token).ConfigureAwait(false);
        if (head)
        {
            return;
        }

        await Send(stream, "retry: 1000\n\n").ConfigureAwait(false);
        string? sent = null;
        while (!_stopping.IsCancellationRequested)
        {
            var published = Volatile.Read(ref _published).Task;
            var state = Volatile.Read(ref _state);
            if (state.Version != sent)
            {
                await Send(stream, "data: " + state.Version + "\n\n").ConfigureAwait(false);
                sent = state.Version;
            }

            using var pause = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            var waited = await Task.WhenAny(published, Task.Delay(KeepAlive, pause.Token)).ConfigureAwait(false);
            await pause.CancelAsync().ConfigureAwait(false);
            if (waited != published && !_stopping.IsCancellationRequested)
            {
                await Send(stream, ": still here\n\n").ConfigureAwait(false);
            }
        }

        async Task Send(Stream s, string text)
        {
            await s.WriteAsync(Utf8.GetBytes(text), _stopping.Token).ConfigureAwait(false);
            await s.FlushAsync(_stopping.Token).ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(Stream stream, int status, string reason, string type, string body, bool head, string? extra = null)
    {
        var bytes = Utf8.GetBytes(body);
        await stream.WriteAsync(Utf8.GetBytes(Head(status, reason, type, bytes.Length, extra)), _stopping.Token).ConfigureAwait(false);
        if (!head)
        {
            await stream.WriteAsync(bytes, _stopping.Token).ConfigureAwait(false);
        }

        await stream.FlushAsync(_stopping.Token).ConfigureAwait(false);
    }

    private static string Head(int status, string reason, string type, int? length, string? extra = null) =>
        string.Create(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {reason}\r\n")
        + $"Content-Type: {type}\r\n"
        + (length is { } l ? string.Create(CultureInfo.InvariantCulture, $"Content-Length: {l}\r\n") : string.Empty)
        + "Cache-Control: no-store\r\n"
        + "X-Content-Type-Options: nosniff\r\n"
        + "Referrer-Policy: no-referrer\r\n"
        + "Cross-Origin-Resource-Policy: same-origin\r\n"
        + (extra ?? string.Empty)
        + "Connection: close\r\n\r\n";
}
