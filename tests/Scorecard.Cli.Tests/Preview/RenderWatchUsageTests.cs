using System.Net;
using System.Net.Sockets;

namespace Scorecard.Cli.Tests.Preview;

/// <summary>render --watch, --serve and --port on the command line: mistakes are usage errors (exit code 2) that say what to write.</summary>
public sealed class RenderWatchUsageTests
{
    [Fact]
    public void Serve_without_watch_is_a_usage_error()
    {
        using var run = new CliRun();

        var (code, _, error) = run.Run("render", "--serve");

        code.ShouldBe(2);
        error.ShouldContain("error SC0001: --serve needs --watch");
        error.ShouldContain("scorecard render --watch --serve");
    }

    [Fact]
    public void Port_without_serve_is_a_usage_error()
    {
        using var run = new CliRun();

        var (code, _, error) = run.Run("render", "--watch", "--port", "8080");

        code.ShouldBe(2);
        error.ShouldContain("error SC0001: --port needs --serve");
    }

    [Theory]
    [InlineData("0", "--port 0 is out of range; give a port from 1 to 65535")]
    [InlineData("65536", "--port 65536 is out of range")]
    [InlineData("-1", "--port -1 is out of range")]
    [InlineData("99999999999", "--port 99999999999 is out of range")]
    [InlineData("http", "--port \"http\" is not a port number; give a whole number from 1 to 65535")]
    public void A_port_that_is_not_one_is_a_usage_error(string port, string message)
    {
        using var run = new CliRun();

        var (code, _, error) = run.Run("render", "--watch", "--serve", "--port", port);

        code.ShouldBe(2);
        error.ShouldContain("error SC0001: " + message);
    }

    [Fact]
    public void A_port_in_use_is_a_usage_error_and_nothing_is_rendered_or_written()
    {
        using var run = new CliRun();
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var port = ((IPEndPoint)other.LocalEndpoint).Port;

        var (code, output, error) = run.Run("render", "--watch", "--serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", "nothing.csv");

        code.ShouldBe(2);
        error.ShouldContain($"error SC0040: port {port} on 127.0.0.1 is in use by another program; give another --port, or leave --port out to have a free one chosen.");
        output.ShouldBeEmpty();
        Directory.Exists(Path.Combine(run.Folder, "out")).ShouldBeFalse();
    }

    [Fact]
    public void Help_says_what_watching_does_with_each_format_and_where_the_report_is_served()
    {
        using var run = new CliRun();

        var (code, output, _) = run.Run("render", "--help");

        code.ShouldBe(0);
        var help = string.Join(' ', output.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        help.ShouldContain("--watch");
        help.ShouldContain("Each render writes the files as render does (html, md, json, xlsx); the PDF is printed each time only when --pdf or --format pdf asks for it");
        help.ShouldContain("--serve With --watch: serve the report at http://127.0.0.1:PORT/, on this computer only.");
        help.ShouldContain("--port <N> With --serve: the port to serve on, 1 to 65535 (default: a free one, printed).");
        help.ShouldContain("scorecard render --watch --serve --templates my-templates");
    }

    [Fact]
    public async Task Bad_values_on_the_command_line_stop_a_watch_before_it_starts()
    {
        using var run = new CliRun();

        var code = await ScorecardApp.RunAsync(["render", "--watch", "--format", "pdf,docx"], TextWriter.Null, TextWriter.Null, CliRun.Clock, run.Folder, null, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(60));

        code.ShouldBe(1);
        Directory.Exists(Path.Combine(run.Folder, "out")).ShouldBeFalse();
    }
}
