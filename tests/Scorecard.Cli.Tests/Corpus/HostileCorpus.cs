using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using static Scorecard.Cli.Tests.Corpus.CaseFolder;

namespace Scorecard.Cli.Tests.Corpus;

/// <summary>
/// The hostile corpus: every case of issue 11 that Scorecard's own code handles, and the hostile
/// inputs that were already handled well, each with the located outcome it must keep. Inputs are
/// made in code, the loader's items of issue 11 among them (part names, cached formula values,
/// CSV limits, a data file that is a pipe), and what the fuzzer found since.
/// </summary>
internal static class HostileCorpus
{
    private static readonly string[] Evaluate = ["evaluate", "--config", "scorecard.config.json"];
    private static readonly string[] Validate = ["validate", "--config", "scorecard.config.json"];
    private static readonly string[] RenderText = ["render", "--config", "scorecard.config.json", "--format", "html,md"];

    private static string[] With(string[] args, params string[] more) => [.. args, .. more];

    public static IReadOnlyList<CorpusCase> All { get; } = Build();

    public static CorpusCase Find(string name) => All.Single(c => c.Name == name);

    private static List<CorpusCase> Build()
    {
        var cases = new List<CorpusCase>();
        void Add(string name, string issue, Action<CaseFolder> build, string[] args, Expected expected, Action<CaseFolder, string>? check = null, bool unprivileged = false, Dictionary<string, string>? environment = null) =>
            cases.Add(new CorpusCase(name, issue, build, args, expected) { Check = check, Unprivileged = unprivileged, Environment = environment ?? [] });

        // #5: configuration text that used to crash the workbook writer or the reader.
        Add("config-office-vertical-tab", "#5", f => f.Config["office"] = "Office of the\vCommissioner", RenderText, new(1, "SC0251", "$.office", "vertical tab"));
        Add("config-office-nul", "#5", f => f.Config["office"] = "Office\0Commissioner", Validate, new(1, "SC0251", "$.office", "NUL"));
        Add("config-office-240-characters", "#5", f => f.Config["office"] = new string('O', 240), Validate, new(1, "SC0251", "$.office", "240 characters"));
        Add("config-measure-name-escape", "#5", f => f.FirstMeasure["name"] = "Crime\u001b[31m volume", Validate, new(1, "SC0251", "$.priorities[0].measures[0].name", "escape character"));
        Add("config-force-list-control", "#5", f => f.Config["peerGroup"]!["forces"]!.AsArray().Add("Dorset\u0007"), Validate, new(1, "SC0251", "$.peerGroup.forces", "control character"));
        Add("config-lone-surrogate-value", "#5", f => f.RawConfig = t => t.Replace("\"plan\": \"", "\"plan\": \"\\ud800", StringComparison.Ordinal), Validate, new(1, "SC0251", "line", "half of a character"));
        Add("config-lone-surrogate-key", "#5", f => f.RawConfig = t => t.Replace("\"plan\":", "\"\\udc00plan\":", StringComparison.Ordinal), Validate, new(1, "SC0251", "line", "this key"));
        Add("config-spike-window-int-max", "#5", f => f.Rules["spike"]!["window"] = int.MaxValue, Evaluate, new(1, "SC0206", "$.rules.spike.window", "at most 1,200"));
        Add("config-run-length-int-max", "#5", f => f.Rules["run"] = new JsonObject { ["length"] = int.MaxValue, ["window"] = int.MaxValue }, Evaluate, new(1, "SC0206", "$.rules.run", "at most 1,200"));
        Add("config-no-data-window-int-max", "#5", f => f.Rules["noData"]!["window"] = int.MaxValue, Evaluate, new(1, "SC0206", "$.rules.noData.window", "at most 1,200"));
        Add("config-trend-window-int-max", "#5", f => f.Rules["rollingTrend"]!["window"] = int.MaxValue, Evaluate, new(1, "SC0206", "$.rules.rollingTrend.window", "at most 1,200"));
        Add("config-peer-lag-int-max", "#5", f => f.Rules["peers"]!["maxLagMonths"] = int.MaxValue, Evaluate, new(1, "SC0206", "$.rules.peers.maxLagMonths", "at most 1,200"));
        Add("config-measure-window-int-max", "#5", f => f.FirstMeasure["rules"] = new JsonObject { ["shift"] = new JsonObject { ["window"] = int.MaxValue } }, Evaluate, new(1, "SC0206", "$.priorities[0].measures[0].rules.shift.window", "at most 1,200"));
        Add("config-window-beyond-int", "passes", f => f.Rules["spike"]!["window"] = 1e12, Evaluate, new(1, "SC0203", "$.rules.spike.window", "whole number"));
        Add("config-is-a-folder", "#5", f => Directory.CreateDirectory(Path.Combine(f.Path, "folder.json")), ["validate", "--config", "folder.json"], new(1, "SC0250", "folder.json", "is a folder"));
        Add("config-is-a-pipe", "#12", f => f.Fifo("pipe.json"), ["validate", "--config", "pipe.json"], new(1, "SC0250", "pipe.json", "named pipe"));
        Add("config-is-a-device", "#12", f => f.Link("device.json", "/dev/zero"), ["validate", "--config", "device.json"], new(1, "SC0250", "device.json", "device"));
        Add("config-larger-than-16-mb", "#5", f => f.Write("huge.json", "{\"office\": \"" + new string('x', 17 * 1024 * 1024) + "\"}"), ["validate", "--config", "huge.json"], new(1, "SC0250", "huge.json", "larger than 16 MB"));
        Add("config-unreadable", "#5", f => { f.WriteConfig(); Chmod(Path.Combine(f.Path, "scorecard.config.json"), UnixFileMode.None); }, Validate, new(1, "SC0250", "scorecard.config.json", "permission denied"), unprivileged: true);
        Add("config-not-json", "passes", f => f.RawConfig = t => t[..^3], Validate, new(1, "SC0201", "line", "not valid JSON"));
        Add("config-utf16", "passes", f => f.RawConfig = t => Encoding.Latin1.GetString(Encoding.Unicode.GetBytes(t)), Validate, new(1, "SC0201", null, "not valid JSON"));
        Add("config-unknown-key", "passes", f => f.Config["offfice"] = "x", Validate, new(1, "SC0202", "$.offfice", "not a setting"));
        Add("config-deeply-nested-json", "passes", f => f.RawConfig = t => "{\"office\": " + new string('[', 5000) + new string(']', 5000) + "}", Validate, new(1, "SC0201", null, "depth"));
        Add("config-formats-empty", "#15", f => f.Config["output"]!["formats"] = new JsonArray(), RenderText[..3], new(1, "SC0204", "$.output.formats", "no format"));

        // #5: reporting periods that have no quarter before them.
        Add("quarter-1900-01Q1", "#5", _ => { }, With(Evaluate, "--quarter", "1900-01Q1"), new(1, "SC0020", null, "1900-01Q2"));
        Add("quarter-Q1-1900-01", "#5", _ => { }, With(Evaluate, "--quarter", "Q1 1900-01"), new(1, "SC0020", null, "outside the quarters"));
        Add("month-1900-01", "#5", _ => { }, With(Evaluate, "--month", "1900-01"), new(1, "SC0020", null, "July 1900 to March 9999"));
        Add("month-9999-12", "#5", _ => { }, With(Evaluate, "--month", "9999-12"), new(1, "SC0020", null, "July 1900 to March 9999"));
        Add("month-0001-01", "#5", _ => { }, With(Evaluate, "--month", "0001-01"), new(1, "SC0020"));
        Add("config-quarter-1900-01Q1", "#5", f => f.Config["quarter"] = "1900-01Q1", Evaluate, new(1, "SC0252", "$.quarter", "1900-01Q2"));
        Add("quarter-not-a-quarter", "passes", _ => { }, With(Evaluate, "--quarter", "2019Q5"), new(1, "SC0001", null, "not a financial quarter"));
        Add("quarter-9998-99Q4", "passes", _ => { }, With(Evaluate, "--quarter", "9998-99Q4"), new(1, "SC0240", null, "after the data"));

        // #15: the format list.
        Add("format-comma", "#15", _ => { }, ["render", "--config", "scorecard.config.json", "--format", ","], new(1, "SC0001", null, "names no file to write"), (f, _) => Directory.Exists(f.Out).ShouldBeFalse());
        Add("format-unknown", "passes", _ => { }, ["render", "--config", "scorecard.config.json", "--format", "html,exe"], new(1, "SC0001", null, "\"exe\" is not one of"));

        // #1, #9: links in commentary, every kind and case.
        foreach (var (name, link, url) in new[]
        {
            ("commentary-autolink-javascript", "<javascript:alert(1)>", "javascript:alert(1)"),
            ("commentary-autolink-mixed-case", "<JaVaScRiPt:alert(document.cookie)>", "JaVaScRiPt:"),
            ("commentary-autolink-data", "<data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>", "data:text/html"),
            ("commentary-autolink-vbscript", "<VBSCRIPT:MsgBox(1)>", "VBSCRIPT:"),
            ("commentary-inline-link-javascript", "[minutes](javascript:alert(1))", "javascript:alert(1)"),
            ("commentary-reference-link-data", "[minutes][m].\n\n[m]: <data:text/html,x>\n\nSee", "data:text/html"),
            ("commentary-image-javascript", "![chart](javascript:alert(1))", "javascript:alert(1)"),
            ("commentary-entity-link", "[minutes](&#106;avascript:alert(1))", "avascript:alert(1)"),
        })
        {
            Add(name, "#1", f => f.Commentary(("crime-volume.md", Utf8("Crime rose.\n\nSee " + link + " for more.\n"))), RenderText, new(0, "SC0520", "line 3", "shown as plain text"),
                (f, _) =>
                {
                    File.ReadAllText(Path.Combine(f.Out, "report.html")).ShouldNotContain("href=\"" + url, Case.Insensitive);
                    File.ReadAllText(Path.Combine(f.Out, "report.md")).ShouldNotContain("](" + url, Case.Insensitive);
                });
        }

        // #11, #12, #5: commentary files that are not plain UTF-8 text, or nest too deeply.
        Add("commentary-windows-1252", "#11", f => f.Commentary(("crime-volume.md", Encoding.Latin1.GetBytes("Crime rose.\n\nThe caf\u00e9 cost \u00a3500.\n"))), RenderText, new(0, "SC0522", "line 3", "Windows-1252"),
            (f, _) => File.ReadAllText(Path.Combine(f.Out, "report.md")).ShouldContain("The café cost £500."));
        Add("commentary-utf16-without-bom", "#11", f => f.Commentary(("crime-volume.md", Encoding.Unicode.GetBytes("Crime rose."))), RenderText, new(1, "SC0507", "crime-volume.md", "UTF-16"));
        Add("commentary-nul-bytes", "#11", f => f.Commentary(("crime-volume.md", [.. Utf8("Crime"), 0, .. Utf8(" rose")])), RenderText, new(1, "SC0507", "crime-volume.md", "NUL"));
        Add("commentary-pipe", "#12", f => { f.Commentary(); f.Fifo("commentary/crime-volume.md"); }, RenderText, new(1, "SC0507", "crime-volume.md", "named pipe"));
        Add("commentary-device", "#12", f => { f.Commentary(); f.Link("commentary/crime-volume.md", "/dev/zero"); }, RenderText, new(1, "SC0507", "crime-volume.md", "device"));
        Add("commentary-200-quotes", "#5", f => f.Commentary(("crime-volume.md", Utf8("Fine.\n\n" + new string('>', 200) + " deep\n"))), RenderText, new(1, "SC0523", "line 3", "nested"));
        Add("commentary-deep-emphasis", "#5", f => f.Commentary(("crime-volume.md", Utf8(new string('*', 2000) + "x" + new string('*', 2000)))), RenderText, new(1, "SC0523", "line 1", "emphasis"));
        Add("commentary-3000-nested-list-items", "#5", f => f.Commentary(("crime-volume.md", Utf8(string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', i % 2 == 0 ? 0 : 2) + string.Concat(Enumerable.Repeat("- ", Math.Min(i, 60))) + "item\n"))))), RenderText, new(1, "SC0523", "line", "nested"));
        Add("commentary-over-1-mb", "#5", f => f.Commentary(("crime-volume.md", Utf8(new string('x', 1100 * 1024)))), RenderText, new(1, "SC0507", "crime-volume.md", "larger than 1 MB"));
        Add("commentary-folder-unreadable", "#5", f => Chmod(f.Commentary(("crime-volume.md", Utf8("x"))), UnixFileMode.None), RenderText, new(1, null, "commentary", "permission denied"), unprivileged: true);
        Add("commentary-raw-html", "passes", f => f.Commentary(("crime-volume.md", Utf8("A <script>alert(1)</script> and <img src=x onerror=alert(1)>."))), RenderText, new(0),
            (f, _) =>
            {
                File.ReadAllText(Path.Combine(f.Out, "report.html")).ShouldNotContain("<script>alert");
                System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(Path.Combine(f.Out, "report.md")), @"(?<!\\)<script>").ShouldBeFalse();
            });
        Add("commentary-unknown-measure", "passes", f => f.Commentary(("no-such-measure.md", Utf8("x"))), RenderText, new(0, "SC0502", "no-such-measure.md"));

        // #6, #10, #12, #14 and the template rules that already held.
        Add("template-link-to-etc-passwd", "#6", f => { f.Link("templates/leak.txt", "/etc/passwd"); f.Write("templates/_key.html.sbn", "{{ include 'leak.txt' }}"); }, With(RenderText, "--templates", "templates"), new(1, "SC0303", "_key.html.sbn", "outside the template folder"));
        Add("template-linked-folder-outside", "#6", f => { f.Write("elsewhere/_p.sbn", "secret"); f.Write("templates/_key.html.sbn", "{{ include 'partials/_p.sbn' }}"); Directory.CreateSymbolicLink(Path.Combine(f.Path, "templates", "partials"), Path.Combine(f.Path, "elsewhere")); }, With(RenderText, "--templates", "templates"), new(1, "SC0303", null, "outside the template folder"));
        Add("template-root-links-outside", "#6", f => { f.Write("elsewhere/report.md.sbn", "x"); f.Link("templates/report.md.sbn", Path.Combine(f.Path, "elsewhere", "report.md.sbn")); }, With(RenderText, "--templates", "templates"), new(1, "SC0322", "report.md.sbn", "outside the template folder"));
        Add("template-pipe", "#12", f => f.Fifo("templates/_key.html.sbn"), With(RenderText, "--templates", "templates"), new(1, "SC0303", null, "named pipe"));
        Add("template-root-pipe", "#12", f => f.Fifo("templates/report.md.sbn"), With(RenderText, "--templates", "templates"), new(1, "SC0322", "report.md.sbn", "named pipe"));
        Add("template-output-over-limit", "#10", f => f.Write("templates/report.md.sbn", "{{ for i in 1..70000 }}{{ \"x\" | string.pad_right 1000 }}\n{{ end }}"), With(RenderText, "--templates", "templates"), new(1, "SC0324", "report.md.sbn", "64 MB"));
        Add("template-folder-unreadable", "#14", f => Chmod(Directory.CreateDirectory(Path.Combine(f.Path, "templates")).FullName, UnixFileMode.None), With(RenderText, "--templates", "templates"), new(1, "SC0323", "templates", "permission denied"), unprivileged: true);
        Add("template-data-in-href", "#1", f => { f.FirstMeasure["name"] = "javascript:alert(1)"; f.Write("templates/_measure.html.sbn", "<a href=\"{{ measure.name }}\">x</a>"); }, With(RenderText, "--templates", "templates"), new(1, "SC0320", "report.html line", "javascript:alert(1)"));
        Add("template-windows-1252", "#11", f => f.Write("templates/_key.html.sbn", Encoding.Latin1.GetBytes("<p>\u00a3</p>")), With(RenderText, "--templates", "templates"), new(0, "SC0321", "line 1", "Windows-1252"));
        Add("template-include-parent", "passes", f => f.Write("templates/_key.html.sbn", "{{ include '../secret.txt' }}"), With(RenderText, "--templates", "templates"), new(1, "SC0303", "_key.html.sbn", "\"..\""));
        Add("template-include-absolute", "passes", f => f.Write("templates/_key.html.sbn", "{{ include '/etc/passwd' }}"), With(RenderText, "--templates", "templates"), new(1, "SC0303", "_key.html.sbn"));
        Add("template-syntax-error", "passes", f => f.Write("templates/report.md.sbn", "# {{ report.title }}\n{{ for m in report.measures }}\n"), With(RenderText, "--templates", "templates"), new(1, "SC0301", "report.md.sbn line"));
        Add("template-misspelt-member", "passes", f => f.Write("templates/report.md.sbn", "{{ report.quarter.lable }}"), With(RenderText, "--templates", "templates"), new(1, "SC0302", "report.md.sbn line 1", "lable"));
        Add("template-endless-loop", "passes", f => f.Write("templates/report.md.sbn", "{{ while true }}x{{ end }}"), With(RenderText, "--templates", "templates"), new(1, "SC0302", "report.md.sbn line 1"));
        Add("template-includes-itself", "passes", f => f.Write("templates/_key.html.sbn", "{{ include '_key.html.sbn' }}"), With(RenderText, "--templates", "templates"), new(1, "SC0302", "_key.html.sbn"));
        Add("template-folder-missing", "passes", _ => { }, With(RenderText, "--templates", "no-such-folder"), new(1, "SC0003", null, "does not exist"));

        // Issue 10: images a template names are embedded, never loaded from outside the report.
        const string Crest = "<img src=\"crest.png\" alt=\"\">";
        Add("template-image-link-to-etc-passwd", "issue 10", f => { f.Link("templates/crest.png", "/etc/passwd"); f.Write("templates/_key.html.sbn", Crest); }, With(RenderText, "--templates", "templates"), new(1, "SC0342", "_key.html.sbn line 1, column 11", "outside the template folder"));
        Add("template-image-pipe", "issue 10", f => { f.Fifo("templates/crest.png"); f.Write("templates/_key.html.sbn", Crest); }, With(RenderText, "--templates", "templates"), new(1, "SC0341", "_key.html.sbn line 1", "named pipe"));
        Add("template-image-on-the-web", "issue 10", f => f.Write("templates/_key.html.sbn", "<img src=\"https://example.com/crest.png\" alt=\"\">"), With(RenderText, "--templates", "templates"), new(1, "SC0342", "_key.html.sbn line 1", "from the web"));
        Add("template-image-svg-with-script", "issue 10", f => { f.Write("templates/crest.png", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"); f.Write("templates/_key.html.sbn", Crest); }, With(RenderText, "--templates", "templates"), new(1, "SC0344", "_key.html.sbn line 1", "event handler"));
        Add("template-image-css-import", "issue 10", f => f.Write("templates/_styles.css", "@import url(https://example.com/x.css);"), With(RenderText, "--templates", "templates"), new(1, "SC0346", "_styles.css line 1", "@import"));
        Add("template-data-in-img-src", "issue 10", f => { f.FirstMeasure["name"] = "https://example.com/track.png"; f.Write("templates/_measure.html.sbn", "<img src=\"{{ measure.name }}\" alt=\"\">"); }, With(RenderText, "--templates", "templates"), new(1, "SC0320", "report.html line", "from outside itself"));

        // #8: the output folder.
        Add("output-folder-not-scorecards", "#8", f => f.Write("out/notes.docx", "mine"), RenderText, new(1, "SC0525", "out", "notes.docx"), (f, _) => File.ReadAllText(Path.Combine(f.Out, "notes.docx")).ShouldBe("mine"));
        Add("output-folder-locked", "#8", f => f.Hold(new FileStream(f.Write(".out.scorecard-lock", string.Empty), FileMode.Open, FileAccess.ReadWrite, FileShare.None)), RenderText, new(1, "SC0526", "out", "another Scorecard run"));
        Add("output-crash-leftovers", "#8", f => { f.Write("out/report.html", "old"); f.Write(".out.scorecard-new-0123/report.html", "half"); }, RenderText, new(0, "SC0527", "out", "cleaned up"),
            (f, _) =>
            {
                Directory.Exists(Path.Combine(f.Path, ".out.scorecard-new-0123")).ShouldBeFalse();
                Rendering.OutputWriter.Verify(f.Out).ShouldBeNull();
            });
        Add("output-is-a-file", "passes", f => f.Write("out", "a file"), RenderText, new(1, "SC0504", "out"));

        // The data loader's refusals, already located (issue 11 lists them as passing).
        Add("data-not-a-zip", "passes", f => { f.Write("monthly.xlsx", Utf8("this is not a workbook")); f.Config["data"]!["monthly"] = "monthly.xlsx"; }, Validate, new(1, null, "monthly.xlsx"));
        Add("data-truncated-zip", "passes", f => { f.Write("monthly.xlsx", File.ReadAllBytes(Example("data/monthly.xlsx"))[..4000]); f.Config["data"]!["monthly"] = "monthly.xlsx"; }, Validate, new(1, null, "monthly.xlsx"));
        Add("data-empty-file", "passes", f => { f.Write("monthly.csv", []); f.Config["data"]!["monthly"] = "monthly.csv"; }, Validate, new(1, null, "monthly.csv"));
        Add("data-zip-bomb", "passes", f => { f.Write("monthly.xlsx", Xlsx.Package(Xlsx.Sheet(Xlsx.Rows() + new string(' ', 300 * 1024 * 1024)), CompressionLevel.SmallestSize)); f.Config["data"]!["monthly"] = "monthly.xlsx"; }, Validate, new(1, "SC0118", "monthly.xlsx", "unpacks to more than"));
        Add("data-xxe", "passes", f => { f.Write("monthly.xlsx", Xlsx.Package(Xlsx.Sheet(Xlsx.Rows(i => i == 0 ? "<v>&xxe;</v>" : null), "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"))); f.Config["data"]!["monthly"] = "monthly.xlsx"; }, Validate, new(1, null, "monthly.xlsx"),
            (_, output) => output.ShouldNotContain("root:"));
        Add("data-billion-laughs", "passes", f => { f.Write("monthly.xlsx", Xlsx.Package(Xlsx.Sheet(Xlsx.Rows(i => i == 0 ? "<v>&lol9;</v>" : null), "<!DOCTYPE worksheet [<!ENTITY lol \"lol\">" + string.Concat(Enumerable.Range(1, 9).Select(n => $"<!ENTITY lol{n} \"{string.Concat(Enumerable.Repeat(n == 1 ? "&lol;" : $"&lol{n - 1};", 10))}\">")) + "]>"))); f.Config["data"]!["monthly"] = "monthly.xlsx"; }, Validate, new(1, null, "monthly.xlsx"));
        Add("data-deep-xml", "passes", f => { f.Write("monthly.xlsx", Xlsx.Package(Xlsx.Sheet(Xlsx.Rows() + "<row r=\"3\"><c r=\"A3\"><extLst>" + string.Concat(Enumerable.Repeat("<x>", 100_000)) + string.Concat(Enumerable.Repeat("</x>", 100_000)) + "</extLst></c></row>"))); f.Config["data"]!["monthly"] = "monthly.xlsx"; }, Validate, new(1, "SC0118", "monthly.xlsx", "nests its XML"));
        Add("data-cell-at-the-grid-corner", "passes", f => { f.Write("monthly.xlsx", Xlsx.Package(Xlsx.Sheet(Xlsx.Rows() + "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>"))); f.Config["data"]!["monthly"] = "monthly.xlsx"; }, Validate, new(1, "SC0118", "XFD1048576"));
        Add("data-huge-sheet", "passes", f => { f.Write("monthly.xlsx", Xlsx.Package(Xlsx.Sheet(Xlsx.Rows() + string.Concat(Enumerable.Range(3, 1_400_000).Select(r => $"<row r=\"{r}\"><c r=\"B{r}\"><v>1</v></c></row>"))))); f.Config["data"]!["monthly"] = "monthly.xlsx"; }, Validate, new(1, "SC0118", "monthly.xlsx", "beyond row"));
        Add("data-text-with-terminal-escapes", "#13", f => { f.Write("monthly.csv", "measure,month,value\ncrime-volume,2019-04,\"\u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007\u001b[2J\"\n"); f.Config["data"]!["monthly"] = "monthly.csv"; f.Config.Remove("priorities"); f.Config.Remove("dataIssues"); f.Config.Remove("quarter"); }, Validate, new(1, null, "monthly.csv", "\\u001B]8;;http://evil.example\\u0007"),
            (_, output) => output.ShouldNotContain('\u001b'));
        Add("data-text-with-bidi-override", "#13", f => { f.Write("monthly.csv", "measure,month,value\ncrime-volume,2019-04,\"abc\u202edcba\"\n"); f.Config["data"]!["monthly"] = "monthly.csv"; f.Config.Remove("priorities"); f.Config.Remove("dataIssues"); f.Config.Remove("quarter"); }, Validate, new(1, null, "monthly.csv", "\\u202E"),
            (_, output) => output.ShouldNotContain('\u202e'));

        // The loader's own items of issue 11, and the fuzzer's workbook with no styles part.
        static void Data(CaseFolder f, string name, byte[] bytes)
        {
            f.Write(name, bytes);
            f.Config["data"]!["monthly"] = name;
        }

        static string LongCsv(int months) =>
            "measure,month,value\n" + string.Concat(Enumerable.Range(0, months).Select(i => $"crime-volume,{new DateOnly(2017, 10, 1).AddMonths(i):yyyy-MM},{3500 + (i * 10)}\n"));

        Add("data-part-not-xml-nested-100000-deep", "#2", f => Data(f, "monthly.xlsx", Xlsx.Package(Xlsx.Sheet(Xlsx.Rows() + "<row r=\"3\"><c r=\"A3\"><extLst>" + string.Concat(Enumerable.Repeat("<x>", 100_000)) + string.Concat(Enumerable.Repeat("</x>", 100_000)) + "</extLst></c></row>"), sheetName: "sheet1.dat")), Validate, new(1, "SC0118", "monthly.xlsx", "sheet1.dat nests its XML more than 64 levels deep"));
        Add("data-part-not-xml-16-million-elements", "#2", f => Data(f, "monthly.xlsx", Xlsx.Package(Xlsx.Sheet(Xlsx.Rows() + "<row r=\"3\"><c r=\"A3\"><extLst>" + new StringBuilder(64 * 1024 * 1024).Insert(0, "<x/>", 16_000_000) + "</extLst></c></row>"), sheetName: "sheet1.dat")), Validate, new(0),
            (_, output) => output.ShouldContain("24 months (October 2017 to September 2019)"));
        Add("data-formula-empty-cached-value", "#7", f => Data(f, "monthly.xlsx", Xlsx.Package(Xlsx.Sheet(Xlsx.Rows(i => i == 3 ? "<f>D2*2</f><v></v>" : null)))), Validate, new(1, "SC0103", "monthly.xlsx 'Monthly'!E2", "a formula (=D2*2) with no saved result"));
        Add("data-formula-no-cached-value", "#7", f => Data(f, "monthly.xlsx", Xlsx.Package(Xlsx.Sheet(Xlsx.Rows(i => i == 3 ? "<f>D2*2</f>" : null)))), Validate, new(1, "SC0103", "monthly.xlsx 'Monthly'!E2", "a formula (=D2*2) with no saved result"));
        Add("data-file-is-a-pipe", "#12", f => { f.Fifo("monthly.csv"); f.Config["data"]!["monthly"] = "monthly.csv"; }, Validate, new(1, "SC0116", "monthly.csv", "named pipe"));
        Add("data-file-is-a-device", "#12", f => { f.Link("monthly.xlsx", "/dev/zero"); f.Config["data"]!["monthly"] = "monthly.xlsx"; }, Validate, new(1, "SC0116", "monthly.xlsx", "device"));
        Add("data-csv-line-of-2-mb", "#15", f => Data(f, "monthly.csv", Utf8("measure,month,value\ncrime-volume,2019-04,\"" + new string('x', 2 * 1024 * 1024) + "\"\n")), Validate, new(1, "SC0118", "monthly.csv line 2", "longer than 1,024 KB"));
        Add("data-csv-unclosed-quote-at-the-end", "#15", f => Data(f, "monthly.csv", Utf8(LongCsv(24) + "crime-volume,2019-10,\"3740\n")), Validate, new(1, "SC0126", "monthly.csv line 26"));
        Add("data-csv-utf16-without-bom", "#15", f => Data(f, "monthly.csv", Encoding.Unicode.GetBytes(LongCsv(24))), Validate, new(0),
            (_, output) => output.ShouldContain("24 months (October 2017 to September 2019)"));
        Add("data-csv-nul-bytes", "#15", f => Data(f, "monthly.csv", Utf8(LongCsv(24) + "crime-volume,2019-10,37\u000040\n")), Validate, new(1, "SC0108", "monthly.csv line 26", "NUL"));
        Add("data-date-heading-9999-12", "#15", f => Data(f, "monthly.xlsx", Xlsx.Package(Xlsx.Sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Measure</t></is></c><c r=\"B1\" s=\"1\"><v>2958435</v></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>crime-volume</t></is></c><c r=\"B2\"><v>5</v></c></row>"))), Validate, new(1, "SC0104", "monthly.xlsx 'Monthly'!B1", "the date 1 December 9999"));
        Add("data-workbook-without-styles", "fuzzer", f => Data(f, "monthly.xlsx", Xlsx.Package(Xlsx.Sheet(Xlsx.Rows()), styles: false)), Validate, new(0),
            (_, output) => output.ShouldContain("24 months (October 2017 to September 2019)"));

        // #15: statistics that overflow are "not evaluated", not "not fired" with no SD.
        Add("data-values-near-1e300", "#15", f => { f.Write("monthly.csv", "measure,month,value\n" + string.Concat(Enumerable.Range(0, 36).Select(i => $"crime-volume,{new DateOnly(2016, 10, 1).AddMonths(i):yyyy-MM},{(i % 2 == 0 ? "1e300" : "-1e300")}\n"))); f.Config["data"]!["monthly"] = "monthly.csv"; f.Config.Remove("priorities"); f.Config.Remove("dataIssues"); f.Config.Remove("peerGroup"); f.Config.Remove("force"); f.Config["data"]!.AsObject().Remove("peers"); }, With(Evaluate, "--format", "json", "--quarter", "2019-20Q2"), new(0),
            (_, output) =>
            {
                var json = JsonNode.Parse(output)!;
                var spike = json["measures"]![0]!["rules"]!.AsArray().Single(o => (string?)o!["id"] == "spike-high")!;
                ((string?)spike["status"]).ShouldBe("not-evaluated");
                ((string?)spike["reason"]).ShouldNotBeNull().ShouldContain("too large");
            });

        // SOURCE_DATE_EPOCH.
        Add("source-date-epoch-not-a-number", "reproducible", _ => { }, RenderText, new(1, "SC0021", null, "SOURCE_DATE_EPOCH"), environment: new() { ["SOURCE_DATE_EPOCH"] = "yesterday" });
        Add("source-date-epoch-fixes-the-date", "reproducible", _ => { }, RenderText, new(0),
            (f, _) => File.ReadAllText(Path.Combine(f.Out, "report.md")).ShouldContain("Produced on 1 January 2020"), environment: new() { ["SOURCE_DATE_EPOCH"] = "1577836800" });

        return cases;
    }
}
