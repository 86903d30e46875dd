using Scorecard.Core.Peers;
using static Scorecard.Excel.Tests.Months;

namespace Scorecard.Excel.Tests;

public sealed class PeerLoaderTests
{
    [Fact]
    public void Loads_peer_figures_from_csv_with_optional_population_in_any_column_order()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("peers.csv",
            "Force,Measure,Month,Value,Population\r\n" +
            "Wiltshire,crime-rate,2019-06,\"55.1\",\"720,100\"\r\n" +
            "Dorset,crime-rate,Jun-19,61.3,\r\n");

        var data = PeerLoader.Load(path).Loaded();

        data.Observations.ShouldBe(
        [
            new PeerObservation("crime-rate", "Wiltshire", Ym(2019, 6), 55.1, 720_100),
            new PeerObservation("crime-rate", "Dorset", Ym(2019, 6), 61.3),
        ]);
    }

    [Fact]
    public void Reads_the_sheet_named_peers_or_else_the_first_sheet()
    {
        using var folder = new TempFolder();
        var named = new TestWorkbook()
            .Sheet("Notes", ["nothing here"])
            .Sheet("Peers", ["measure", "force", "month", "value"], ["crime-rate", "Dorset", new DateTime(2019, 6, 30), 61.3])
            .SaveTo(folder, "named.xlsx");
        var first = new TestWorkbook()
            .Sheet("Sheet1", ["measure", "force", "month", "value"], ["crime-rate", "Dorset", "2019-06", 61.3])
            .SaveTo(folder, "first.xlsx");

        PeerLoader.Load(named).Loaded().Observations.Single().Month.ShouldBe(Ym(2019, 6));
        PeerLoader.Load(first).Loaded().Observations.Single().Force.ShouldBe("Dorset");
    }

    [Fact]
    public void Reports_a_measure_force_and_month_given_twice()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("peers.csv",
            "measure,force,month,value\ncrime-rate,Dorset,2019-06,1\ncrime-rate,dorset,June 2019,2\n");

        PeerLoader.Load(path).Error("SC0406").AtLine(3, 1).Saying("crime-rate for dorset, 12 months to June 2019, appears already (at line 2)");
    }

    [Fact]
    public void Reports_bad_numbers_months_and_measure_ids_with_their_cells()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Peers",
            ["measure", "force", "month", "value", "population"],
            ["crime-rate", "Dorset", "2019-06", "n/a", 1],
            ["crime-rate", "Devon", "Q2", 1, null],
            ["Crime Rate", "Kent", "2019-06", 1, "lots"]).SaveTo(folder, "peers.xlsx");

        var result = PeerLoader.Load(path);

        result.Error("SC0404").At("Peers", "C3");
        result.Error("SC0407").At("Peers", "A4").Saying("Did you mean crime-rate?");
        var numbers = result.Diagnostics.Where(d => d.Code == "SC0402").ToList();
        numbers.Select(d => d.Location.Cell).ShouldBe(["D2", "E4"]);
        numbers[0].Saying("expected a number for crime-rate for Dorset, 12 months to June 2019; found \"n/a\"");
        numbers[1].Saying("the population of Kent");
    }

    [Fact]
    public void Reports_each_missing_column()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("peers.csv", "measure,month,rate\ncrime-rate,2019-06,1\n");

        var codes = PeerLoader.Load(path).Diagnostics.Select(d => d.Code + " " + d.Message[..30]).ToList();

        codes.ShouldBe(
        [
            "SC0413 expected a column named force;",
            "SC0413 expected a column named value;",
            "SC0415 the column \"rate\" is not one t",
        ]);
    }

    [Fact]
    public void Skips_a_row_without_a_value_with_a_warning()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("peers.csv", "measure,force,month,value\ncrime-rate,Greater Manchester,2019-06,\ncrime-rate,Dorset,2019-06,2\n");

        var result = PeerLoader.Load(path);

        result.Loaded().Observations.Single().Force.ShouldBe("Dorset");
        result.Diagnostics.Single().Code.ShouldBe("SC0441");
    }

    [Fact]
    public void Reports_file_problems_with_peer_codes()
    {
        using var folder = new TempFolder();

        PeerLoader.Load(folder.File("missing.csv")).Error("SC0400");
        PeerLoader.Load(folder.WriteText("peers.xls", "x")).Error("SC0401");
        PeerLoader.Load(folder.WriteText("peers.xlsx", "measure,force")).Error("SC0408");
        PeerLoader.Load(folder.WriteText("empty.csv", string.Empty)).Error("SC0409");
    }

    [Fact]
    public void Refuses_the_police_uk_force_totals_naming_the_missing_and_the_expected_columns()
    {
        var result = PeerLoader.Load(Fixtures.Path("police_uk_2019-09_force_totals.csv"));

        result.HasErrors.ShouldBeTrue();
        result.Value.ShouldBeNull();
        var missing = result.Diagnostics.Where(d => d.Code == "SC0413").ToList();
        missing.Select(d => d.Message[..d.Message.IndexOf(';', StringComparison.Ordinal)]).ShouldBe(["expected a column named measure", "expected a column named value"]);
        missing[0].AtLine(1).Saying("the header has \"Month\", \"Force\", \"TotalCrimeExclASB\", \"ASBIncidents\"", "Peer data has the columns measure, force, month and value, and optionally population");
        result.Diagnostics.Where(d => d.Code == "SC0415").Select(d => d.Location.Column).ShouldBe([3, 4]);
    }

    [Fact]
    public void Finds_the_peer_header_below_a_title_row()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("peers.csv", "Most similar group,,,\n\nmeasure,force,month,value\ncrime-rate,Dorset,2019-06,61.3\n");

        PeerLoader.Load(path).Loaded().Observations.Single().Force.ShouldBe("Dorset");
    }
}
