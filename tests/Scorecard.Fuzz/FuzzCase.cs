using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace Scorecard.Fuzz;

/// <summary>
/// One fuzz case, made from the bundled example by a seeded random mutation of one of its inputs:
/// the workbook's bytes or cells, the long CSV, the peer CSV, the configuration, a template or the
/// commentary. The same seed and index always give the same case.
/// </summary>
internal sealed class FuzzCase
{
    /// <summary>UTF-8 that writes half a surrogate pair as U+FFFD instead of throwing (the bytes mutations make other invalid UTF-8).</summary>
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Kinds = ["workbook-bytes", "workbook-cells", "csv", "peers", "config", "template", "commentary"];

    private static readonly string[] Tokens =
    [
        "", "0", "-1", "1e308", "-1e308", "1e300", "NaN", "Infinity", "2147483647", "-2147483648", "9999-12", "1900-01", "0000-00",
        "=1+1", "@SUM(A1)", "\"", "\"\"", ",", ";", "\t", "\r", "\n", "\u0000", "\u000b", "\u001b[31m", "\u202e", "\ud800", "\uffff",
        "<script>alert(1)</script>", "<javascript:alert(1)>", "[x](javascript:1)", "{{", "}}", "{{ for x in 1..100000 }}", "{{ end }}",
        "{{ include '../x' }}", "{{ include '/etc/passwd' }}", "&amp;", "&#0;", "]]>", "<!--", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>",
        new string('>', 300), new string('*', 500), new string('[', 1000), "- - - - - - - - - - x", "```", "|", "\\",
        "crime-volume", "Crime volume", "2019-09", "Sep-19", "45%", "1,234", " 12.5 ", "£", "é", "😀", new string('9', 400),
    ];

    public FuzzCase(int seed, int index)
    {
        Index = index;
        Random = new Random(HashCode.Combine(seed, index) & int.MaxValue);
        Kind = Kinds[Random.Next(Kinds.Length)];
    }

    public int Index { get; }

    public string Kind { get; }

    public Random Random { get; }

    /// <summary>What was mutated, for the report.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Writes the case's inputs into <paramref name="folder"/> and returns the command to run there.</summary>
    public string[] Build(string folder, string repository)
    {
        string Example(string relative) => Path.Combine(repository, "examples", relative);
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(repository, "scorecard.config.json")))!.AsObject();
        config.Remove("$schema");
        config["data"]!["monthly"] = Example("data/monthly.xlsx");
        config["data"]!["peers"] = Example("data/peers.csv");
        config["data"]!["commentary"] = Example("commentary");
        config["output"]!["folder"] = "out";
        string[] args = ["evaluate", "--config", "scorecard.config.json"];
        var configText = (string?)null;

        switch (Kind)
        {
            case "workbook-bytes":
                File.WriteAllBytes(Path.Combine(folder, "monthly.xlsx"), MutateBytes(File.ReadAllBytes(Example("data/monthly.xlsx"))));
                config["data"]!["monthly"] = "monthly.xlsx";
                args = Pick(["validate", "--config", "scorecard.config.json"], args);
                break;
            case "workbook-cells":
                File.WriteAllBytes(Path.Combine(folder, "monthly.xlsx"), MutateSheet(File.ReadAllBytes(Example("data/monthly.xlsx"))));
                config["data"]!["monthly"] = "monthly.xlsx";
                args = Pick(args, ["render", "--config", "scorecard.config.json", "--format", "md,json,xlsx"]);
                break;
            case "csv":
                File.WriteAllText(Path.Combine(folder, "monthly.csv"), MutateText(File.ReadAllText(Example("data/monthly-long.csv")), lines: true), Lenient);
                config["data"]!["monthly"] = "monthly.csv";
                break;
            case "peers":
                File.WriteAllText(Path.Combine(folder, "peers.csv"), MutateText(File.ReadAllText(Example("data/peers.csv")), lines: true), Lenient);
                config["data"]!["peers"] = "peers.csv";
                break;
            case "config":
                configText = MutateJson(config);
                args = Pick(args, ["validate", "--config", "scorecard.config.json"], ["render", "--config", "scorecard.config.json", "--format", "html,md,xlsx"]);
                break;
            case "template":
                var templates = Directory.CreateDirectory(Path.Combine(folder, "templates")).FullName;
                var name = Pick("report.md.sbn", "report.html.sbn", "_measure.html.sbn", "_dashboard.html.sbn", "_appendix.html.sbn", "_chart.html.sbn");
                File.WriteAllText(Path.Combine(templates, name), MutateText(File.ReadAllText(Path.Combine(repository, "templates", name)), lines: false), Lenient);
                Notes.Add("template " + name);
                args = ["render", "--config", "scorecard.config.json", "--format", "html,md", "--templates", "templates"];
                break;
            default:
                var commentary = Directory.CreateDirectory(Path.Combine(folder, "commentary")).FullName;
                var file = Pick("crime-volume.md", "introduction.md", "answer-999.md");
                var source = Path.Combine(repository, "examples", "commentary", file);
                File.WriteAllText(Path.Combine(commentary, file), MutateText(File.Exists(source) ? File.ReadAllText(source) : "Crime rose.\n", lines: false), Lenient);
                config["data"]!["commentary"] = "commentary";
                Notes.Add("commentary " + file);
                args = ["render", "--config", "scorecard.config.json", "--format", "html,md"];
                break;
        }

        File.WriteAllText(Path.Combine(folder, "scorecard.config.json"), configText ?? config.ToJsonString(Indented), Lenient);
        return args;
    }

    /// <summary>How many mutations: one, most of the time, so that most cases get past the first check and reach deeper code.</summary>
    private int Gentle(int most) => Random.Next(3) == 0 ? Random.Next(1, most) : 1;

    private T Pick<T>(params T[] choices) => choices[Random.Next(choices.Length)];

    private string Token() => Random.Next(4) == 0 ? RandomText(Random.Next(1, 40)) : Pick(Tokens);

    private string RandomText(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)Random.Next(Random.Next(3) == 0 ? 0x10000 : 0x80));
        }

        return builder.ToString();
    }

    private byte[] MutateBytes(byte[] bytes)
    {
        var list = bytes.ToList();
        var count = Gentle(16);
        for (var i = 0; i < count && list.Count > 0; i++)
        {
            var at = Random.Next(list.Count);
            switch (Random.Next(4))
            {
                case 0:
                    list[at] = (byte)Random.Next(256);
                    break;
                case 1:
                    list.RemoveRange(at, Math.Min(list.Count - at, Random.Next(1, 64)));
                    break;
                case 2:
                    list.InsertRange(at, Enumerable.Range(0, Random.Next(1, 64)).Select(_ => (byte)Random.Next(256)));
                    break;
                default:
                    list.RemoveRange(at, list.Count - at); // truncate
                    break;
            }
        }

        Notes.Add($"{count} byte mutations");
        return [.. list];
    }

    /// <summary>Rewrites the sheet's XML text with token mutations, keeping the package valid.</summary>
    private byte[] MutateSheet(byte[] workbook)
    {
        using var input = new ZipArchive(new MemoryStream(workbook));
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var target = Pick(input.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Select(e => e.FullName).ToArray());
            foreach (var entry in input.Entries)
            {
                using var from = entry.Open();
                using var reader = new StreamReader(from);
                var text = reader.ReadToEnd();
                if (entry.FullName == target)
                {
                    text = MutateText(text, lines: false, xml: true);
                    Notes.Add("part " + target);
                }

                using var to = new StreamWriter(zip.CreateEntry(entry.FullName).Open(), Lenient);
                to.Write(text);
            }
        }

        return output.ToArray();
    }

    private string MutateText(string text, bool lines, bool xml = false)
    {
        var builder = new StringBuilder(text);
        var count = Gentle(8);
        for (var i = 0; i < count; i++)
        {
            var at = builder.Length == 0 ? 0 : Random.Next(builder.Length);
            var token = Token();
            if (xml && Random.Next(2) == 0)
            {
                token = System.Security.SecurityElement.Escape(token) ?? token; // mostly well-formed
            }

            switch (Random.Next(lines ? 5 : 4))
            {
                case 0:
                    builder.Insert(at, token);
                    break;
                case 1:
                    builder.Remove(at, Math.Min(builder.Length - at, Random.Next(1, 20))).Insert(at, token);
                    break;
                case 2:
                    builder.Remove(at, Math.Min(builder.Length - at, Random.Next(1, 200)));
                    break;
                case 3:
                    var copy = builder.ToString(at, Math.Min(builder.Length - at, Random.Next(1, 400)));
                    builder.Insert(Random.Next(builder.Length + 1), copy);
                    break;
                default:
                    var all = builder.ToString().Split('\n').ToList();
                    var line = Random.Next(all.Count);
                    all.Insert(line, string.Join(',', Enumerable.Range(0, Random.Next(1, 8)).Select(_ => Token())));
                    builder.Clear().Append(string.Join('\n', all));
                    break;
            }
        }

        Notes.Add($"{count} text mutations");
        return builder.ToString();
    }

    private string MutateJson(JsonObject config)
    {
        var nodes = new List<JsonNode>();
        void Walk(JsonNode? node)
        {
            if (node is null)
            {
                return;
            }

            nodes.Add(node);
            if (node is JsonObject o)
            {
                foreach (var (_, child) in o.ToList())
                {
                    Walk(child);
                }
            }
            else if (node is JsonArray a)
            {
                foreach (var child in a.ToList())
                {
                    Walk(child);
                }
            }
        }

        Walk(config);
        var count = Gentle(5);
        for (var i = 0; i < count; i++)
        {
            var node = Pick(nodes.Where(n => n.Parent is not null).ToArray());
            JsonNode replacement = Random.Next(6) switch
            {
                0 => JsonValue.Create(Token())!,
                1 => JsonValue.Create(Pick(0, -1, 1, 2, int.MaxValue, int.MinValue, 1e308, 0.5))!,
                2 => new JsonArray(),
                3 => new JsonObject(),
                4 => JsonValue.Create(Random.Next(2) == 0)!,
                _ => JsonValue.Create(RandomText(Random.Next(1, 300)))!,
            };
            Notes.Add("config " + node.GetPath());
            switch (node.Parent)
            {
                case JsonObject parent:
                    parent[node.GetPropertyName()] = replacement;
                    break;
                case JsonArray array:
                    array[node.GetElementIndex()] = replacement;
                    break;
            }

            nodes.Clear();
            Walk(config);
        }

        var text = config.ToJsonString(Indented);
        return Random.Next(5) == 0 ? MutateText(text, lines: false) : text;
    }
}
