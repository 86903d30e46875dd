using System.Diagnostics;
using System.Text;

namespace Scorecard.Rendering.Tests.Safety;

/// <summary>Issue 11 #5, #11, #12: commentary files that are not what they seem.</summary>
public sealed class CommentaryFileTests
{
    static CommentaryFileTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [Fact]
    public void Commentary_saved_as_windows_1252_is_read_with_its_pounds_and_accents_and_a_warning_at_the_first_such_line()
    {
        using var folder = new TempDirectory();
        folder.Write("crime-volume.md", Encoding.GetEncoding(1252).GetBytes("Plain first line.\n\nThe café cost £1,200 – “too much”.\n"));

        var result = Commentary.Load(folder.Path, ["crime-volume"]);

        result.HasErrors.ShouldBeFalse();
        result.Value!.For("crime-volume")!.ShouldContain("The café cost £1,200 – “too much”.");
        var warning = result.Diagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe("SC0522");
        warning.Location.Line.ShouldBe(3);
        warning.Message.ShouldContain("Windows-1252");
    }

    [Fact]
    public void Commentary_in_utf8_with_or_without_a_byte_order_mark_and_utf16_with_one_reads_without_a_warning()
    {
        using var folder = new TempDirectory();
        folder.Write("a.md", Encoding.UTF8.GetBytes("£ é"));
        folder.Write("b.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("£ é")]);
        folder.Write("c.md", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("£ é")]);

        var result = Commentary.Load(folder.Path, ["a", "b", "c"]);

        result.Diagnostics.ShouldBeEmpty();
        new[] { "a", "b", "c" }.Select(id => result.Value!.For(id)).ShouldAllBe(text => text == "£ é");
    }

    [Fact]
    public void Commentary_in_utf16_without_a_byte_order_mark_is_refused_as_not_text()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("crime-volume.md", Encoding.Unicode.GetBytes("Crime rose."));

        var result = Commentary.Load(folder.Path, ["crime-volume"]);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("SC0507");
        error.Location.File.ShouldBe(path);
        error.Message.ShouldContain("UTF-16 without a byte-order mark");
    }

    [Theory]
    [InlineData("quotes", 300)]
    [InlineData("lists", 800)]
    [InlineData("list markers", 3000)]
    [InlineData("emphasis", 3000)]
    public void Commentary_nested_too_deeply_is_refused_at_its_line_quickly(string shape, int depth)
    {
        var text = shape switch
        {
            "quotes" => new string('>', depth) + " deep\n",
            "lists" => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- item\n")),
            "list markers" => string.Concat(Enumerable.Repeat("- ", depth)) + "x\n",
            _ => new string('*', depth) + "x" + new string('*', depth) + "\n",
        };
        using var folder = new TempDirectory();
        folder.Write("crime-volume.md", "Fine.\n\n" + text);
        var clock = Stopwatch.StartNew();

        var result = Commentary.Load(folder.Path, ["crime-volume"]);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), "refused before Markdig reads it");
        var error = result.Diagnostics.First(d => d.IsError);
        error.Code.ShouldBe("SC0523");
        error.Location.Line.ShouldNotBeNull();
        error.Location.Line!.Value.ShouldBeGreaterThanOrEqualTo(3);
        result.Value.ShouldBeNull();
    }

    [Fact]
    public void Nesting_that_markdig_refuses_in_a_shape_the_scan_does_not_know_is_an_error_not_a_crash()
    {
        using var folder = new TempDirectory();
        var nested = string.Concat(Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? "*a " : "_b ")) + "x" + string.Concat(Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? "_" : "*"));
        folder.Write("crime-volume.md", nested);

        var result = Commentary.Load(folder.Path, ["crime-volume"]);

        result.Diagnostics.Where(d => d.IsError).ShouldAllBe(d => d.Code == "SC0523");
    }

    [Fact]
    public void A_thematic_break_of_many_marks_is_not_taken_for_deep_emphasis()
    {
        using var folder = new TempDirectory();
        folder.Write("crime-volume.md", "Above.\n\n" + new string('*', 120) + "\n\nBelow.\n");

        Commentary.Load(folder.Path, ["crime-volume"]).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_named_pipe_given_as_commentary_is_refused_without_blocking()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // named pipes in the file system are a Unix thing
        }

        using var folder = new TempDirectory();
        var fifo = Path.Combine(folder.Path, "crime-volume.md");
        Process.Start("mkfifo", [fifo])!.WaitForExit();

        var load = Task.Run(() => Commentary.Load(folder.Path, ["crime-volume"]));

        (await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(20))) == load).ShouldBeTrue("the load must not wait for a writer");
        var error = (await load).Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("SC0507");
        error.Message.ShouldContain("named pipe");
    }

    [Fact]
    public void A_commentary_file_larger_than_a_megabyte_is_refused()
    {
        using var folder = new TempDirectory();
        folder.Write("crime-volume.md", new string('x', 1024 * 1024 + 1));

        var error = Commentary.Load(folder.Path, ["crime-volume"]).Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe("SC0507");
        error.Message.ShouldContain("larger than 1 MB");
    }
}
