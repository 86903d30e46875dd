using System.Globalization;
using System.Text;

namespace Scorecard.Cli.Tests.Commands;

/// <summary>Every mistake that used to pass <c>validate</c> and surface only as a quiet gap in the report, caught at its place.</summary>
public sealed class ValidateChecksTests
{
    /// <summary>Monthly counts for two measures, February 2019 to January 2022 (36 months).</summary>
    private static string Monthly(string lastMonth = "2022-01", string? shortMeasureEnds = null)
    {
        var sb = new StringBuilder("measure,month,value\n");
        foreach (var measure in new[] { "crime-volume", "robbery" })
        {
            for (var m = new NodaTime.YearMonth(2019, 2); string.CompareOrdinal(m.ToString("yyyy-MM", CultureInfo.InvariantCulture), lastMonth) <= 0; m = m.PlusMonths(1))
            {
                var text = m.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                if (measure == "robbery" && shortMeasureEnds is not null && string.CompareOrdinal(text, shortMeasureEnds) > 0)
                {
                    continue;
                }

                sb.Append(CultureInfo.InvariantCulture, $"{measure},{text},{1000 + (m.Month * 7)}\n");
            }
        }

        return sb.ToString();
    }

    private static string Peers(params string[] forces)
    {
        var sb = new StringBuilder("measure,force,month,value,population\n");
        foreach (var key in new[] { "all-crime", "robbery-rate" })
        {
            foreach (var force in forces)
            {
                for (var i = 0; i < 24; i++)
                {
                    var month = new NodaTime.YearMonth(2019, 10).PlusMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture);
                    sb.Append(CultureInfo.InvariantCulture, $"{key},{force},{month},{80 + force.Length + (i * 0.1):0.0},1000000\n");
                }
            }
        }

        return sb.ToString();
    }

    private static CliRun Office(string config, string? monthly = null, string? peers = null)
    {
        var run = new CliRun();
        run.Write("data/monthly.csv", monthly ?? Monthly());
        if (peers is not null)
        {
            run.Write("data/peers.csv", peers);
        }

        run.Write("scorecard.config.json", config);
        return run;
    }

    [Fact]
    public void A_quarter_after_the_data_is_an_error_naming_the_last_month_and_render_writes_nothing()
    {
        using var run = Office("""
            {
              "data": { "monthly": "data/monthly.csv" },
              "quarter": "2022-23Q1",
              "measures": [ { "id": "crime-volume" }, { "id": "robbery" } ]
            }
            """);

        var validate = run.Run("validate");
        var render = run.Run("render", "--quarter", "2022-23Q1");

        validate.ExitCode.ShouldBe(1);
        validate.Error.ShouldContain("error SC0240 scorecard.config.json $.quarter (line 3): Quarter One 2022-23 is after the data: the data end in January 2022");
        render.ExitCode.ShouldBe(1);
        render.Error.ShouldContain("error SC0240: Quarter One 2022-23 is after the data: the data end in January 2022");
        render.Error.ShouldContain("nothing was written");
        Directory.Exists(Path.Combine(run.Folder, "out")).ShouldBeFalse();
    }

    [Fact]
    public void A_quarter_only_partly_covered_is_a_warning_listing_the_measures()
    {
        using var run = Office("""{ "data": { "monthly": "data/monthly.csv" }, "quarter": "2021-22Q4", "measures": [ { "id": "crime-volume", "name": "Crime volume" }, { "id": "robbery", "name": "Robbery" } ] }""");

        var (code, _, error) = run.Run("validate");

        code.ShouldBe(0);
        error.ShouldContain("warning SC0241 scorecard.config.json $.quarter (line 1): Quarter Four 2021-22 is only partly covered: the data end in January 2022, before the quarter does. These measures have no figure for the quarter's last month: Crime volume, Robbery.");
    }

    [Fact]
    public void A_meeting_before_the_quarter_ends_is_a_warning()
    {
        using var run = Office("""
            { "data": { "monthly": "data/monthly.csv" }, "quarter": "2021-22Q3",
              "meeting": "2021-12-01",
              "measures": [ { "id": "crime-volume" }, { "id": "robbery" } ] }
            """);

        var (code, _, error) = run.Run("validate");

        code.ShouldBe(0);
        error.ShouldContain("warning SC0242 scorecard.config.json $.meeting (line 2): the meeting (1 December 2021) is before the end of Quarter Three 2021-22 (31 December 2021)");
    }

    [Fact]
    public void A_peer_key_missing_from_the_peer_data_is_an_error_at_its_setting_with_did_you_mean()
    {
        using var run = Office("""
            {
              "data": { "monthly": "data/monthly.csv", "peers": "data/peers.csv" },
              "force": "Metropolitan Police Service",
              "peerGroup": { "forces": ["Metropolitan Police Service", "Greater Manchester Police"] },
              "measures": [
                { "id": "crime-volume", "peer": "all-crimes" },
                { "id": "robbery", "peer": "robbery-rate" }
              ]
            }
            """, peers: Peers("Metropolitan Police Service", "Greater Manchester Police"));

        var (code, _, error) = run.Run("validate");

        code.ShouldBe(1);
        error.ShouldContain("error SC0235 scorecard.config.json $.measures[0].peer (line 6): the peer key \"all-crimes\" (did you mean \"all-crime\"?) of the measure \"crime-volume\" is not in data/peers.csv");
        error.ShouldContain("warning SC0238 data/peers.csv: the peer data have figures for \"all-crime\" (did you mean \"all-crimes\"?), but no configured measure uses them");
    }

    [Fact]
    public void A_force_and_a_group_member_missing_from_the_peer_data_are_errors_at_their_settings()
    {
        using var run = Office("""
            {
              "data": { "monthly": "data/monthly.csv", "peers": "data/peers.csv" },
              "force": "Metropolitan Police",
              "peerGroup": { "forces": [
                "Metropolitan Police",
                "Greater Manchester Polce",
                "West Midlands Police" ] },
              "measures": [ { "id": "crime-volume", "peer": "all-crime" }, { "id": "robbery", "peer": "robbery-rate" } ]
            }
            """, peers: Peers("Metropolitan Police Service", "Greater Manchester Police", "West Midlands Police"));

        var (code, _, error) = run.Run("validate");

        code.ShouldBe(1);
        error.ShouldContain("error SC0236 scorecard.config.json $.force (line 3): the force \"Metropolitan Police\" (did you mean \"Metropolitan Police Service\"?) is not in data/peers.csv");
        error.ShouldContain("error SC0237 scorecard.config.json $.peerGroup.forces[1] (line 6): the peer-group member \"Greater Manchester Polce\" (did you mean \"Greater Manchester Police\"?) is not in data/peers.csv");
        error.ShouldNotContain("West Midlands Police\" is not");
    }

    [Fact]
    public void Peer_keys_without_any_peer_data_are_a_warning()
    {
        using var run = Office("""{ "data": { "monthly": "data/monthly.csv" }, "measures": [ { "id": "crime-volume", "peer": "all-crime" }, { "id": "robbery" } ] }""");

        var (code, _, error) = run.Run("validate");

        code.ShouldBe(0);
        error.ShouldContain("warning SC0239 scorecard.config.json $.measures[0].peer (line 1): the measure crime-volume name a peer key, but there are no peer data");
    }

    [Fact]
    public void A_commentary_file_that_matches_no_measure_says_which_it_nearly_matches()
    {
        using var run = Office("""{ "data": { "monthly": "data/monthly.csv", "commentary": "commentary" }, "measures": [ { "id": "crime-volume" }, { "id": "robbery" } ] }""");
        run.Write("commentary/crime-volmue.md", "Words.");
        run.Write("commentary/2021-22Q3/robery.md", "Words.");
        run.Write("commentary/last-quarter/robbery.md", "Words.");

        var (code, _, error) = run.Run("validate");

        code.ShouldBe(0);
        error.ShouldContain("warning SC0502 commentary/crime-volmue.md: no measure has the id \"crime-volmue\" (did you mean \"crime-volume\"?), so this commentary is not in the report");
        error.ShouldContain("warning SC0502 commentary/2021-22Q3/robery.md: no measure has the id \"robery\" (did you mean \"robbery\"?), so this commentary is not in the report");
        error.ShouldContain("warning SC0510 commentary/last-quarter: this commentary subfolder is not named after a quarter");
    }

    [Fact]
    public void Validate_checks_a_template_folder_for_names_the_model_lacks_even_in_branches_that_do_not_run()
    {
        using var run = Office("""{ "data": { "monthly": "data/monthly.csv" }, "measures": [ { "id": "crime-volume" }, { "id": "robbery" } ] }""");
        run.Write("my-templates/report.md.sbn", "# {{ report.title }}\n{{ for m in report.measures }}\n{{ if m.has_commentary }}{{ m.figures.margn }}{{ end }}\n{{ end }}\n");

        var (code, _, error) = run.Run("validate", "--templates", "my-templates");

        code.ShouldBe(1);
        error.ShouldContain("error SC0310 my-templates/report.md.sbn line 3, column 39: m.figures has no member \"margn\" (did you mean \"margin\"?)");
    }

    [Fact]
    public void Validate_checks_the_configured_template_folder_and_reports_an_unclosed_block_at_its_opening_tag()
    {
        using var run = Office("""{ "data": { "monthly": "data/monthly.csv" }, "output": { "templates": "templates" }, "measures": [ { "id": "crime-volume" }, { "id": "robbery" } ] }""");
        run.Write("templates/_measure.html.sbn", "<article>\n{{ if measure.has_commentary }}\n<p>{{ measure.name }}</p>\n</article>\n");

        var (code, _, error) = run.Run("validate");

        code.ShouldBe(1);
        error.ShouldContain("error SC0301 templates/_measure.html.sbn line 2, column 4: this if block is never closed");
    }

    [Fact]
    public void A_json_syntax_error_is_reported_once_with_one_line_and_column_and_nothing_else()
    {
        using var run = Office("{\n  \"office\": \"Bureau – Montréal\", \"force\" \"X\"\n}\n");

        var (code, _, error) = run.Run("validate");

        code.ShouldBe(1);
        var lines = error.TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(2, error);
        lines[0].ShouldBe("error SC0201 scorecard.config.json line 2, column 42: this is not valid JSON: '\"' is invalid after a property name. Expected a ':'.");
        lines[1].ShouldBe("1 error, 0 warnings.");
    }
}
