using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using Scorecard.Cli.Preview;

namespace Scorecard.Cli.Tests.Preview;

/// <summary>The preview's web server: loopback only, a fixed set of routes, and only for requests that name it.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private const string Report = "<!DOCTYPE html>\n<html>\n<head><title>Report</title></head>\n<body>\n<h1>The report</h1>\n</body>\n</html>\n";

    private PreviewServer _server = null!;

    public Task InitializeAsync()
    {
        _server = PreviewServer.Start(null, new PreviewState("s1-1", Report, "# The report\n", [], "10:00:00")).Value.ShouldNotBeNull();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("127.0.0.1:{0}")]
    [InlineData("localhost:{0}")]
    [InlineData("LOCALHOST:{0}")]
    public void A_host_header_naming_this_server_is_allowed(string host)
    {
        PreviewServer.IsAllowedHost(string.Format(System.Globalization.CultureInfo.InvariantCulture, host, 8123), 8123).ShouldBeTrue();
    }

    [Theory]
    [InlineData("attacker.example:8123")]
    [InlineData("127.0.0.1.nip.io:8123")]
    [InlineData("127.0.0.1:8124")]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("[::1]:8123")]
    [InlineData("127.0.0.1:8123.attacker.example")]
    [InlineData("localhost:8123@attacker.example")]
    [InlineData(" 127.0.0.1:8123")]
    [InlineData("")]
    [InlineData(null)]
    public void Any_other_host_header_is_refused(string? host)
    {
        PreviewServer.IsAllowedHost(host, 8123).ShouldBeFalse();
    }

    [Fact]
    public void On_port_80_the_name_alone_is_allowed_as_browsers_send_it()
    {
        PreviewServer.IsAllowedHost("127.0.0.1", 80).ShouldBeTrue();
        PreviewServer.IsAllowedHost("localhost", 80).ShouldBeTrue();
    }

    [Fact]
    public void It_listens_on_127_0_0_1_and_on_no_other_address_of_this_computer()
    {
        _server.Address.ShouldBe($"http://127.0.0.1:{_server.Port}/");
        var others = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            .ToList();

        foreach (var address in others)
        {
            using var client = new TcpClient();
            Should.Throw<SocketException>(() => client.Connect(address, _server.Port), $"the preview answered on {address}");
        }

        using var loopback = new TcpClient();
        loopback.Connect(IPAddress.Loopback, _server.Port);
        loopback.Connected.ShouldBeTrue();
    }

    [Fact]
    public async Task The_page_is_the_report_with_the_reload_script()
    {
        var (status, headers, body) = await Send($"GET / HTTP/1.1\r\nHost: 127.0.0.1:{_server.Port}\r\n\r\n");

        status.ShouldBe(200);
        headers.ShouldContain("Content-Type: text/html; charset=utf-8");
        headers.ShouldContain("Cache-Control: no-store");
        headers.ShouldContain("X-Content-Type-Options: nosniff");
        body.ShouldContain("<h1>The report</h1>");
        body.ShouldContain("scorecard-preview-reload");
        _server.PageLoads.ShouldBe(1);
    }

    [Fact]
    public async Task The_markdown_is_served_as_text()
    {
        var (status, headers, body) = await Send($"GET /report.md HTTP/1.1\r\nHost: localhost:{_server.Port}\r\n\r\n");

        status.ShouldBe(200);
        headers.ShouldContain("Content-Type: text/plain; charset=utf-8");
        body.ShouldBe("# The report\n");
    }

    [Fact]
    public async Task A_request_naming_another_host_gets_nothing_of_the_report()
    {
        var (status, _, body) = await Send($"GET / HTTP/1.1\r\nHost: attacker.example:{_server.Port}\r\n\r\n");

        status.ShouldBe(421);
        body.ShouldNotContain("<h1>The report</h1>");
        _server.PageLoads.ShouldBe(0);
    }

    [Fact]
    public async Task A_request_without_a_host_or_with_two_is_refused()
    {
        (await Send("GET / HTTP/1.0\r\n\r\n")).Status.ShouldBe(421);
        (await Send($"GET / HTTP/1.1\r\nHost: 127.0.0.1:{_server.Port}\r\nHost: attacker.example\r\n\r\n")).Status.ShouldBe(421);
    }

    [Theory]
    [InlineData("/../scorecard.config.json")]
    [InlineData("/..%2fscorecard.config.json")]
    [InlineData("/out/report.html")]
    [InlineData("/evaluation.json")]
    [InlineData("/scorecard.xlsx")]
    [InlineData("/.scorecard-manifest.json")]
    [InlineData("/templates/")]
    [InlineData("//etc/passwd")]
    [InlineData("/report.md/")]
    public async Task Nothing_outside_the_fixed_routes_is_served(string target)
    {
        var (status, _, body) = await Send($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{_server.Port}\r\n\r\n");

        status.ShouldBe(404);
        body.ShouldNotContain("<h1>The report</h1>");
    }

    [Fact]
    public async Task The_preview_is_read_only()
    {
        var (status, headers, _) = await Send($"POST / HTTP/1.1\r\nHost: 127.0.0.1:{_server.Port}\r\nContent-Length: 2\r\n\r\nhi");

        status.ShouldBe(405);
        headers.ShouldContain("Allow: GET, HEAD");
    }

    [Fact]
    public async Task A_head_request_gets_the_headers_alone()
    {
        var (status, headers, body) = await Send($"HEAD / HTTP/1.1\r\nHost: 127.0.0.1:{_server.Port}\r\n\r\n");

        status.ShouldBe(200);
        headers.ShouldContain("Content-Length: ");
        body.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("NONSENSE\r\n\r\n")]
    [InlineData("GET http://127.0.0.1/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\n bad header\r\n\r\n")]
    public async Task A_request_that_is_not_http_is_refused(string request)
    {
        (await Send(request)).Status.ShouldBe(400);
    }

    [Fact]
    public async Task A_request_head_too_long_is_refused()
    {
        var (status, _, _) = await Send($"GET / HTTP/1.1\r\nHost: 127.0.0.1:{_server.Port}\r\nX-Long: {new string('a', PreviewServer.LongestHead)}\r\n\r\n");

        status.ShouldBe(431);
    }

    [Fact]
    public async Task The_event_stream_sends_the_current_version_and_then_each_new_one()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {PreviewPage.EventsPath} HTTP/1.1\r\nHost: 127.0.0.1:{_server.Port}\r\n\r\n"));
        var received = new StringBuilder();

        await ReadUntil(stream, received, "data: s1-1\n\n");
        _server.Publish(new PreviewState("s1-2", Report, null, [], "10:00:05"));
        await ReadUntil(stream, received, "data: s1-2\n\n");

        received.ToString().ShouldStartWith("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n");
    }

    [Fact]
    public async Task A_port_in_use_is_refused_with_SC0040()
    {
        var taken = PreviewServer.Start(_server.Port, PreviewState.Starting("s2"));

        taken.Value.ShouldBeNull();
        var problem = taken.Diagnostics.ShouldHaveSingleItem();
        problem.Code.ShouldBe("SC0040");
        problem.Message.ShouldContain($"port {_server.Port} on 127.0.0.1 is in use");
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Once_stopped_it_accepts_no_connection()
    {
        var port = _server.Port;
        await _server.DisposeAsync();
        _server = PreviewServer.Start(null, PreviewState.Starting("s3")).Value!;

        using var client = new TcpClient();
        Should.Throw<SocketException>(() => client.Connect(IPAddress.Loopback, port));
    }

    private static async Task ReadUntil(NetworkStream stream, StringBuilder received, string expected)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[4096];
        while (!received.ToString().Contains(expected, StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            read.ShouldBeGreaterThan(0, $"the stream closed before \"{expected}\"; got: {received}");
            received.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }
    }

    /// <summary>Sends a request as raw bytes and reads the whole answer (the server closes the connection after it).</summary>
    private async Task<(int Status, string Headers, string Body)> Send(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var answer = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await stream.CopyToAsync(answer, timeout.Token);
        var text = Encoding.UTF8.GetString(answer.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        split.ShouldBeGreaterThan(0, "an HTTP answer: " + text);
        var status = int.Parse(text.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture);
        return (status, text[..split], text[(split + 4)..]);
    }
}
