using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Peers;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;
using Scorecard.Rendering;
using Scorecard.Rendering.Files;
using Scorecard.Rendering.Palette;

namespace Scorecard.Cli.Configuration;

/// <summary>
/// Reads <c>scorecard.config.json</c>. Every setting is optional; an unknown key, a wrong type or
/// a bad value is an error with its JSON path and line, and all of them are reported together.
/// </summary>
public static partial class ConfigReader
{
    private static readonly string[] RootKeys =
        ["$schema", "office", "force", "commissioner", "plan", "title", "panel", "commissionerTitle", "logo", "palette", "quarter", "meeting", "data", "peerGroup", "output", "ruleSet", "rules", "priorities", "measures", "dataIssues"];

    private static readonly string[] PaletteKeys = ["improvement", "concern", "neutral", "attention"];
    private static readonly string[] ColourKeys = ["base", "fill", "text"];

    private static readonly string[] DataKeys = ["monthly", "sheet", "peers", "commentary", "ignoreColumns", "limits"];
    private static readonly string[] LimitKeys = ["fileMegabytes", "unpackedMegabytes", "cells"];
    private static readonly string[] PeerGroupKeys = ["name", "asOf", "forces"];
    private static readonly string[] OutputKeys = ["folder", "formats", "templates", "pdf"];
    private static readonly string[] PriorityKeys = ["title", "measures"];
    private static readonly string[] MeasureKeys = ["id", "name", "kind", "polarity", "format", "unit", "peer", "peerUnit", "description", "ruleSet", "target", "rules"];
    private static readonly string[] FormatKeys = ["style", "decimals"];

    /// <summary>The keys of <c>rules</c>: every block some rule set reads (each set binds its own; the reader knows none of their keys).</summary>
    private static readonly string[] RuleKeys = [.. RuleSet.All.SelectMany(s => s.Parameters.Blocks).Distinct(StringComparer.Ordinal)];
    private static readonly string[] DataIssueKeys = ["measures", "from", "to", "kind", "note"];

    private static readonly Dictionary<string, DataIssueKind> IssueKinds = new(StringComparer.Ordinal)
    {
        ["outage"] = DataIssueKind.Outage,
        ["method-change"] = DataIssueKind.MethodChange,
        ["other"] = DataIssueKind.Other,
    };

    public static IReadOnlyDictionary<string, MeasureKind> Kinds { get; } = new Dictionary<string, MeasureKind>(StringComparer.Ordinal)
    {
        ["count"] = MeasureKind.Count,
        ["ratio"] = MeasureKind.Ratio,
        ["mean"] = MeasureKind.Mean,
        ["level"] = MeasureKind.Level,
    };

    public static IReadOnlyDictionary<string, Polarity> Polarities { get; } = new Dictionary<string, Polarity>(StringComparer.Ordinal)
    {
        ["higher-is-better"] = Polarity.HigherIsBetter,
        ["lower-is-better"] = Polarity.LowerIsBetter,
        ["neutral"] = Polarity.Neutral,
    };

    public static IReadOnlyDictionary<string, ValueStyle> Styles { get; } = new Dictionary<string, ValueStyle>(StringComparer.Ordinal)
    {
        ["count"] = ValueStyle.Count,
        ["percent"] = ValueStyle.Percent,
        ["duration"] = ValueStyle.Duration,
        ["decimal"] = ValueStyle.Decimal,
    };

    private static readonly Dictionary<string, bool> Formats = ScorecardConfig.AllFormats.ToDictionary(f => f, _ => true, StringComparer.Ordinal);

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Reads the configuration file at <paramref name="path"/>; relative paths in it are resolved against its folder.</summary>
    public static Result<ScorecardConfig> ReadFile(string path)
    {
        var display = path;
        var kind = InputFile.KindOf(path);
        if (kind == FileKind.Missing)
        {
            return new Result<ScorecardConfig>(null, [Diagnostic.Error(ConfigMessages.MissingFile, SourceLocation.InFile(display), ConfigMessages.NoFile("configuration file", path))]);
        }

        var read = InputFile.Read(path, ConfigMessages.MaximumFileBytes);
        if (read.Bytes is not { } bytes)
        {
            return new Result<ScorecardConfig>(null, [Diagnostic.Error(ConfigMessages.Unreadable, SourceLocation.InFile(display), "the configuration file " + read.Problem)]);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return Read(bytes, display, folder);
    }

    /// <summary>
    /// Reads configuration text. <paramref name="file"/> names it in messages; <paramref name="baseFolder"/>
    /// anchors relative paths. When the text has errors the result still carries what could be read
    /// (null only when it is not JSON at all), with <see cref="Result{T}.HasErrors"/> set.
    /// </summary>
    public static Result<ScorecardConfig> Read(byte[] utf8, string file, string baseFolder)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        var span = utf8.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var diagnostics = new DiagnosticBag();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var column = e.LineNumber is { } ln && e.BytePositionInLine is { } c ? CharacterColumn(utf8, (int)ln, (int)c) : (int?)null;
            var detail = StripLocation(e.Message);
            diagnostics.Error(ConfigMessages.InvalidJson, new SourceLocation(File: file, Line: line, Column: column), ConfigMessages.Invalid(detail));
            return new Result<ScorecardConfig>(null, diagnostics.Items);
        }

        using (document)
        {
            // A string holding half a surrogate pair parses but cannot be read as text: report each
            // with its line, and bind nothing (every reader below would otherwise fail on it).
            if (HalfCharacters(utf8, file) is { Count: > 0 } halves)
            {
                diagnostics.AddRange(halves);
                return new Result<ScorecardConfig>(null, diagnostics.Items);
            }

            var lines = JsonLineMap.Build(utf8, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var binder = new JsonBinder(file, lines, diagnostics);
            var config = Bind(document.RootElement, binder, baseFolder, Path.GetFullPath(Path.Combine(baseFolder, file)));
            // The configuration is returned even with errors, so that the data it names can still be
            // checked and every problem reported in one run; callers refuse to go on when HasErrors.
            return new Result<ScorecardConfig>(config, diagnostics.Items);
        }
    }

    private static ScorecardConfig? Bind(JsonElement rootElement, JsonBinder binder, string baseFolder, string filePath)
    {
        var root = binder.Object(rootElement, "$", RootKeys);
        if (root is null)
        {
            return null;
        }

        var defaults = ScorecardConfig.Defaults(baseFolder);
        string? Resolve(string? relative) => relative is null ? null : Path.GetFullPath(Path.Combine(baseFolder, relative));

        var quarterText = root.String("quarter");
        foreach (var key in new[] { "force", "quarter", "meeting", "data", "peerGroup" })
        {
            if (root.Has(key))
            {
                binder.Remember(key, root.PathOf(key));
            }
        }
        FinancialQuarter? quarter = null;
        if (quarterText is not null)
        {
            if (FinancialQuarter.TryParse(quarterText, out var q))
            {
                quarter = q;
            }
            else
            {
                binder.Error(ConfigMessages.BadValue, root.PathOf("quarter"), $"\"{quarterText}\" is not a financial quarter; write it as 2019-20Q2, 2019-20 Q2 or Q2 2019-20.");
            }
        }

        var meetingText = root.String("meeting");
        LocalDate? meeting = null;
        if (meetingText is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(meetingText);
            if (parsed.Success)
            {
                meeting = parsed.Value;
            }
            else
            {
                binder.Error(ConfigMessages.BadValue, root.PathOf("meeting"), $"\"{meetingText}\" is not a date; write it as YYYY-MM-DD, e.g. 2019-12-19.");
            }
        }

        var data = defaults.Data;
        if (root.Object("data", DataKeys) is { } d)
        {
            foreach (var key in new[] { "monthly", "peers", "commentary" })
            {
                if (d.Has(key))
                {
                    binder.Remember("data." + key, d.PathOf(key));
                }
            }

            data = new DataSources(Resolve(d.String("monthly")), d.String("sheet") ?? data.Sheet, Resolve(d.String("peers")), Resolve(d.String("commentary")))
            {
                IgnoreColumns = d.StringList("ignoreColumns"),
                Limits = ReadLimits(d),
            };
        }

        var force = root.String("force", longest: ConfigMessages.LongestName);
        PeerGroup? peerGroup = null;
        if (root.Object("peerGroup", PeerGroupKeys) is { } pg)
        {
            var members = pg.StringList("forces");
            foreach (var (item, itemPath) in pg.List("forces"))
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { } member)
                {
                    binder.Locations.TryAdd(ScorecardConfig.PeerGroupMemberKey(member), binder.At(itemPath));
                }
            }

            LocalDate? asOf = null;
            if (pg.String("asOf") is { } asOfText)
            {
                var parsed = LocalDatePattern.Iso.Parse(asOfText);
                if (parsed.Success)
                {
                    asOf = parsed.Value;
                }
                else
                {
                    binder.Error(ConfigMessages.BadValue, pg.PathOf("asOf"), $"\"{asOfText}\" is not a date; write it as YYYY-MM-DD.");
                }
            }

            if (force is null)
            {
                binder.Error(ConfigMessages.MissingRequired, root.PathOf("peerGroup"), "a peer group needs the force it belongs to: add \"force\" (as the peer data name it) at the top level.");
            }
            else
            {
                var others = members.Where(m => !string.Equals(m, force, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
                peerGroup = new PeerGroup(force, others, pg.String("name", longest: ConfigMessages.LongestName) ?? "most similar group (MSG)", asOf);
            }
        }

        var output = defaults.Output;
        if (root.Object("output", OutputKeys) is { } o)
        {
            if (o.Has("templates"))
            {
                binder.Remember("output.templates", o.PathOf("templates"));
            }

            if (o.Has("pdf"))
            {
                binder.Remember("output.pdf", o.PathOf("pdf"));
            }

            var formats = output.Formats;
            if (o.Has("formats"))
            {
                formats = ReadFormats(o);
            }

            output = new OutputOptions(Resolve(o.String("folder")) ?? output.Folder, formats, Resolve(o.String("templates")), o.Boolean("pdf") ?? false);
        }

        var ruleSet = ReadRuleSet(root) ?? RuleSet.DashboardKey;
        var rulesBlock = root.Object("rules", RuleKeys) is { } rb ? new JsonParameterSource(rb) : null;
        var rules = ReadRules(rulesBlock, binder);
        var used = new HashSet<RuleSet> { ruleSet };
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var priorities = new List<Priority>();
        foreach (var (item, path) in root.List("priorities"))
        {
            var p = binder.Object(item, path, PriorityKeys);
            if (p is null)
            {
                continue;
            }

            var title = p.String("title", longest: ConfigMessages.LongestName);
            if (title is null && !p.Has("title"))
            {
                binder.Error(ConfigMessages.MissingRequired, path, ConfigMessages.Required("title"));
            }

            var measures = ReadMeasures(p, new MeasureDefaults(ruleSet, rules, used), seen, binder);
            priorities.Add(new Priority(priorities.Count + 1, title ?? string.Empty, measures));
        }

        var loose = ReadMeasures(root, new MeasureDefaults(ruleSet, rules, used), seen, binder);
        WarnOfUnusedBlocks(rulesBlock, used, binder);
        var logoFile = root.String("logo") is { } logoPath ? Resolve(logoPath)! : null;
        var logo = logoFile is not null ? ReadLogo(logoFile, root.PathOf("logo"), binder) : null;
        var palette = ReadPalette(root, binder);
        var issues = ReadDataIssues(root, seen, binder);
        if (issues.Count > 0)
        {
            priorities = priorities.Select(p => p with { Measures = WithIssues(p.Measures, issues) }).ToList();
            loose = WithIssues(loose, issues);
        }

        return new ScorecardConfig(
            filePath,
            root.String("office", longest: ConfigMessages.LongestName) ?? defaults.Office,
            force,
            root.String("commissioner", longest: ConfigMessages.LongestName),
            root.String("plan", longest: ConfigMessages.LongestName),
            quarter,
            meeting,
            data,
            peerGroup,
            output,
            rules,
            priorities,
            loose)
        {
            Title = root.String("title") ?? defaults.Title,
            Panel = root.String("panel") ?? defaults.Panel,
            CommissionerTitle = root.String("commissionerTitle") ?? defaults.CommissionerTitle,
            Logo = logo,
            LogoFile = logoFile,
            Palette = palette,
            Locations = binder.Locations,
            RuleSet = ruleSet,
        };
    }

    /// <summary>Reads and checks the logo: a missing, unreadable, unsafe or non-image file is an error at <c>$.logo</c>.</summary>
    private static OfficeLogo? ReadLogo(string path, string jsonPath, JsonBinder binder)
    {
        byte[] bytes;
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                binder.Error(ConfigMessages.LogoMissing, jsonPath, Directory.Exists(path) ? ConfigMessages.LogoIsAFolder(path) : ConfigMessages.NoLogo(path));
                return null;
            }

            if (file.Length > OfficeLogo.MaximumBytes)
            {
                // Checked before reading, so a huge file is never loaded.
                binder.Error(ConfigMessages.LogoNotAnImage, jsonPath, OfficeLogo.TooLarge(file.Length));
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            bytes = memory.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            binder.Error(ConfigMessages.LogoMissing, jsonPath, ConfigMessages.UnreadableLogo(path, e.Message));
            return null;
        }

        var check = OfficeLogo.Read(bytes);
        if (check.Logo is null)
        {
            binder.Error(check.Problem == LogoProblem.UnsafeSvg ? ConfigMessages.LogoUnsafe : ConfigMessages.LogoNotAnImage, jsonPath, check.Message!);
        }

        return check.Logo;
    }

    /// <summary>
    /// Reads <c>palette</c>: each sentiment a colour (<c>"#0072B2"</c>, its fill and text made from it)
    /// or <c>{ "base", "fill", "text" }</c>. Warns when two colours are hard to tell apart, for any
    /// reader (see <see cref="Scorecard.Rendering.Palette.ColourVision"/>), or text does not read on its fill.
    /// </summary>
    private static SentimentPalette ReadPalette(JsonObject root, JsonBinder binder)
    {
        var palette = SentimentPalette.Default;
        if (root.Object("palette", PaletteKeys) is not { } p)
        {
            return palette;
        }

        var configured = new Dictionary<Sentiment, string>();
        foreach (var key in PaletteKeys)
        {
            if (p.Raw(key) is not { } raw)
            {
                continue;
            }

            var sentiment = Enum.Parse<Sentiment>(key, ignoreCase: true);
            var current = palette.For(sentiment);
            if (raw.ValueKind == JsonValueKind.String)
            {
                if (Colour(p, key) is { } colour)
                {
                    palette = palette.With(sentiment, colour);
                    configured[sentiment] = p.PathOf(key);
                }

                continue;
            }

            if (p.Object(key, ColourKeys) is not { } o)
            {
                continue;
            }

            var baseColour = Colour(o, "base");
            var fill = Colour(o, "fill");
            var text = Colour(o, "text");
            if (baseColour is not null || fill is not null || text is not null)
            {
                palette = palette.With(sentiment, baseColour ?? current.Base, fill ?? (baseColour is null ? current.Fill : null), text ?? (baseColour is null && fill is null ? current.Text : null));
                configured[sentiment] = p.PathOf(key);
            }
        }

        foreach (var problem in palette.Problems())
        {
            var path = configured.GetValueOrDefault(problem.Sentiment) ?? (problem.Other is { } o2 ? configured.GetValueOrDefault(o2) : null);
            if (path is null)
            {
                continue; // a weakness of the defaults alone is not the office's to fix
            }

            var first = palette.For(problem.Sentiment);
            if (problem.Other is { } other)
            {
                var second = palette.For(other);
                var who = problem.Vision switch
                {
                    ColourVisionKind.Protanopia => "for readers with protanopia (red-blind)",
                    ColourVisionKind.Deuteranopia => "for readers with deuteranopia (green-blind)",
                    ColourVisionKind.Tritanopia => "for readers with tritanopia (blue-blind)",
                    _ => "for any reader",
                };
                binder.Warning(ConfigMessages.PaletteHardToTellApart, configured.GetValueOrDefault(other) ?? path,
                    ConfigMessages.HardToTellApart(SentimentPalette.Id(first.Sentiment), first.Base, SentimentPalette.Id(other), second.Base, who, problem.Difference ?? 0));
            }
            else
            {
                binder.Warning(ConfigMessages.PaletteLowContrast, path, ConfigMessages.LowContrast(SentimentPalette.Id(first.Sentiment), first.Text, first.Fill, problem.Contrast ?? 0));
            }
        }

        return palette;
    }

    private static string? Colour(JsonObject o, string key)
    {
        var text = o.String(key);
        if (text is null)
        {
            return null;
        }

        if (Rgb.Parse(text) is not { } colour)
        {
            o.Binder.Error(ConfigMessages.BadValue, o.PathOf(key), ConfigMessages.NotAColour(text));
            return null;
        }

        return colour.ToHex();
    }

    /// <summary>
    /// The known data issues (<c>dataIssues</c>): each names configured measures, a month or months
    /// (<c>from</c>, optionally <c>to</c>), a kind and the office's note.
    /// </summary>
    private static Dictionary<string, List<DataIssue>> ReadDataIssues(JsonObject root, Dictionary<string, string> configured, JsonBinder binder)
    {
        var byMeasure = new Dictionary<string, List<DataIssue>>(StringComparer.Ordinal);
        foreach (var (item, path) in root.List("dataIssues"))
        {
            var o = binder.Object(item, path, DataIssueKeys);
            if (o is null)
            {
                continue;
            }

            var from = Month(o, "from", required: true);
            var to = Month(o, "to", required: false) ?? from;
            var note = o.String("note");
            if (note is null && !o.Has("note"))
            {
                binder.Error(ConfigMessages.MissingRequired, path, ConfigMessages.Required("note") + " Say what happened, in words the panel will read.");
            }

            var kind = o.Choice("kind", IssueKinds) ?? DataIssueKind.Other;
            if (from is { } f && to is { } t && t < f)
            {
                binder.Error(ConfigMessages.BadValue, o.PathOf("to"), $"\"{EnglishDates.Iso(t)}\" is before \"from\" ({EnglishDates.Iso(f)}).");
                continue;
            }

            if (kind == DataIssueKind.MethodChange && o.Has("to"))
            {
                binder.Error(ConfigMessages.BadValue, o.PathOf("to"), "a change of method has no end: give only \"from\", the first month under the new method.");
                continue;
            }

            var ids = o.StringList("measures");
            if (ids.Count == 0 && !o.Has("measures"))
            {
                binder.Error(ConfigMessages.MissingRequired, path, ConfigMessages.Required("measures") + " List the ids of the measures the issue affects.");
            }

            for (var i = 0; i < ids.Count; i++)
            {
                if (!configured.ContainsKey(ids[i]))
                {
                    binder.Error(ConfigMessages.BadValue, o.PathOf("measures") + $"[{i}]", $"\"{ids[i]}\" is not a configured measure; a data issue must name the id of a measure in \"priorities\" or \"measures\".");
                }
                else if (from is { } start && to is { } end && note is not null)
                {
                    if (!byMeasure.TryGetValue(ids[i], out var list))
                    {
                        byMeasure[ids[i]] = list = [];
                    }

                    list.Add(new DataIssue(start, end, kind, note));
                }
            }
        }

        return byMeasure;
    }

    private static YearMonth? Month(JsonObject o, string key, bool required)
    {
        var text = o.String(key);
        if (text is null)
        {
            if (required && !o.Has(key))
            {
                o.Binder.Error(ConfigMessages.MissingRequired, o.Path, ConfigMessages.Required(key) + " Give a month as YYYY-MM, e.g. \"2019-09\".");
            }

            return null;
        }

        return ParseMonth(text, o.PathOf(key), o.Binder);
    }

    /// <summary>A month written YYYY-MM; anything else is an error at <paramref name="path"/>, and null.</summary>
    internal static YearMonth? ParseMonth(string text, string path, JsonBinder binder)
    {
        var parsed = YearMonthPattern.Iso.Parse(text.Trim());
        if (parsed.Success)
        {
            return parsed.Value;
        }

        binder.Error(ConfigMessages.BadValue, path, ConfigMessages.NotAMonth(text));
        return null;
    }

    private static List<Measure> WithIssues(IReadOnlyList<Measure> measures, Dictionary<string, List<DataIssue>> issues) =>
        measures.Select(m => issues.TryGetValue(m.Id, out var list) ? m with { Issues = list.OrderBy(i => i.From).ToList() } : m).ToList();

    private static List<string> ReadFormats(JsonObject output)
    {
        var formats = new List<string>();
        foreach (var (item, path) in output.List("formats"))
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (text is not null && Formats.ContainsKey(text))
            {
                if (!formats.Contains(text))
                {
                    formats.Add(text);
                }
            }
            else
            {
                output.Binder.Error(ConfigMessages.BadValue, path, text is null
                    ? ConfigMessages.Type("text in quotes", JsonBinder.Describe(item))
                    : ConfigMessages.NotOneOf(text, ScorecardConfig.AllFormats));
            }
        }

        if (formats.Count == 0 && output.Raw("formats") is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() == 0)
        {
            output.Binder.Error(ConfigMessages.BadValue, output.PathOf("formats"), "lists no format, so nothing would be written; give one or more of html, md, json, xlsx, or remove the setting for all four.");
        }

        return formats;
    }

    /// <summary>What a measure inherits from the top level: the rule set and its parameters; <paramref name="Used"/> collects the sets the measures are judged by.</summary>
    private sealed record MeasureDefaults(RuleSet RuleSet, RuleParameters Rules, HashSet<RuleSet> Used);

    private static List<Measure> ReadMeasures(JsonObject parent, MeasureDefaults defaults, Dictionary<string, string> seen, JsonBinder binder)
    {
        var measures = new List<Measure>();
        foreach (var (item, path) in parent.List("measures"))
        {
            var m = binder.Object(item, path, MeasureKeys);
            if (m is null)
            {
                continue;
            }

            var id = m.String("id");
            if (id is null)
            {
                if (!m.Has("id"))
                {
                    binder.Error(ConfigMessages.MissingRequired, path, ConfigMessages.Required("id") + " Give the measure's key in the data, e.g. \"crime-volume\".");
                }

                continue;
            }

            if (!MeasureId().IsMatch(id))
            {
                binder.Error(ConfigMessages.BadValue, m.PathOf("id"), $"\"{id}\" is not a measure id; use lower-case words joined by hyphens, e.g. \"crime-volume\".");
                continue;
            }

            if (seen.TryGetValue(id, out var firstPath))
            {
                binder.Error(ConfigMessages.DuplicateMeasure, m.PathOf("id"), ConfigMessages.Duplicate(id, firstPath));
                continue;
            }

            seen[id] = m.PathOf("id");
            binder.Remember(ScorecardConfig.MeasureKey(id), m.PathOf("id"));
            if (m.Has("peer"))
            {
                binder.Remember(ScorecardConfig.MeasurePeerKey(id), m.PathOf("peer"));
            }
            var kind = m.Choice("kind", Kinds) ?? MeasureKind.Count;
            var format = ReadFormat(m, kind);
            var set = ReadRuleSet(m) ?? defaults.RuleSet;
            defaults.Used.Add(set);
            var target = m.Number("target");
            if (target is not null && set.Chart != RuleSetChart.Xmr)
            {
                binder.Warning(ConfigMessages.TargetNotUsed, m.PathOf("target"), ConfigMessages.UnusedTarget(id, set.Name));
            }

            measures.Add(new Measure(
                id,
                m.String("name", longest: ConfigMessages.LongestName) ?? id,
                kind,
                m.Choice("polarity", Polarities) ?? Polarity.Neutral,
                format,
                m.String("unit"),
                m.String("peer"),
                ReadMeasureRules(m, id, set, defaults.Rules, binder),
                m.String("description"),
                m.String("peerUnit"),
                Target: target)
            {
                RuleSet = set,
            });
        }

        return measures;
    }

    private static ValueFormat ReadFormat(JsonObject measure, MeasureKind kind)
    {
        var fallback = ValueFormat.DefaultFor(kind);
        if (measure.Raw("format") is not { } raw)
        {
            return fallback;
        }

        if (raw.ValueKind == JsonValueKind.String)
        {
            var style = measure.Choice("format", Styles);
            return style is { } s ? DefaultFormat(s) : fallback;
        }

        var o = measure.Object("format", FormatKeys);
        if (o is null)
        {
            return fallback;
        }

        var styleValue = o.Choice("style", Styles);
        var format = styleValue is { } st ? DefaultFormat(st) : fallback;
        if (o.Integer("decimals") is { } decimals)
        {
            if (decimals is < 0 or > 6)
            {
                measure.Binder.Error(ConfigMessages.BadValue, o.PathOf("decimals"), $"must be between 0 and 6; found {decimals}.");
            }
            else
            {
                format = format with { Decimals = decimals };
            }
        }

        return format;
    }

    private static ValueFormat DefaultFormat(ValueStyle style) => style switch
    {
        ValueStyle.Count => ValueFormat.Count,
        ValueStyle.Percent => ValueFormat.Percent,
        ValueStyle.Duration => ValueFormat.Duration,
        _ => ValueFormat.Decimal,
    };

    /// <summary>
    /// <c>ruleSet</c>: the name of a rule set ("dashboard-key", "making-data-count"), or null when
    /// absent or unknown (an unknown name is an error, with the set it nearly names).
    /// </summary>
    private static RuleSet? ReadRuleSet(JsonObject o)
    {
        if (o.String("ruleSet") is not { } name)
        {
            return null;
        }

        if (RuleSet.Named(name) is { } set)
        {
            return set;
        }

        o.Binder.Error(ConfigMessages.UnknownRuleSet, o.PathOf("ruleSet"), ConfigMessages.NotARuleSet(name, [.. RuleSet.All.Select(s => s.Id)]));
        return null;
    }

    /// <summary>
    /// The top-level <c>rules</c>: every rule set binds the blocks it owns over the defaults, so
    /// that any measure may be judged by any set; every problem the sets find is an error at its
    /// JSON path.
    /// </summary>
    private static RuleParameters ReadRules(JsonParameterSource? rules, JsonBinder binder)
    {
        if (rules is null)
        {
            return RuleParameters.Default;
        }

        var result = RuleParameters.Default;
        foreach (var set in RuleSet.All)
        {
            result = set.Parameters.Bind(rules, result);
        }

        foreach (var problem in RuleSet.All.SelectMany(s => s.Parameters.Validate(result)).DistinctBy(p => (p.Path, p.Message)))
        {
            binder.Error(ConfigMessages.BadRuleParameter, ProblemPath(rules.Path, problem), problem.Message);
        }

        return result;
    }

    /// <summary>
    /// A measure's <c>rules</c> over the top level's: its rule set binds the blocks it owns; a
    /// block of another set is an error (the set would silently ignore it). Problems of the
    /// top-level blocks it inherits were reported there, once.
    /// </summary>
    private static RuleParameters ReadMeasureRules(JsonObject measure, string id, RuleSet set, RuleParameters baseline, JsonBinder binder)
    {
        if (measure.Object("rules", RuleKeys) is not { } block)
        {
            return baseline;
        }

        var rules = new JsonParameterSource(block);
        foreach (var key in rules.Keys.Where(k => !set.Parameters.Blocks.Contains(k, StringComparer.Ordinal)))
        {
            var owners = RuleSet.All.Where(s => s.Parameters.Blocks.Contains(key, StringComparer.Ordinal)).ToList();
            binder.Error(ConfigMessages.BlockOfAnotherRuleSet, rules.PathOf(key), ConfigMessages.OtherSetsBlock(
                key, string.Join(" and ", owners.Select(o => o.Name)), id, set.Id, set.Name, set.Parameters.Blocks));
        }

        var result = set.Parameters.Bind(rules, baseline);
        var inherited = set.Parameters.Validate(baseline).Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var problem in set.Parameters.Validate(result).Where(p => !inherited.Contains(p.Path)))
        {
            binder.Error(ConfigMessages.BadRuleParameter, ProblemPath(rules.Path, problem), problem.Message);
        }

        return result;
    }

    /// <summary>
    /// A top-level block that only sets no measure is judged by read: a warning, since it changes
    /// nothing. Blocks that only restate the defaults (as <c>scorecard init</c> writes them, so that
    /// every setting can be seen) change nothing either way and are not reported.
    /// </summary>
    private static void WarnOfUnusedBlocks(JsonParameterSource? rules, HashSet<RuleSet> used, JsonBinder binder)
    {
        if (rules is null)
        {
            return;
        }

        foreach (var key in rules.Keys.Where(k => !used.Any(s => s.Parameters.Blocks.Contains(k, StringComparer.Ordinal))))
        {
            var owners = RuleSet.All.Where(s => s.Parameters.Blocks.Contains(key, StringComparer.Ordinal)).ToList();
            // The block alone: its sets read other blocks too (both read noData), which may well be changed.
            var alone = new OneBlockSource(rules, key);
            if (owners.All(o => o.Parameters.Bind(alone, RuleParameters.Default) == RuleParameters.Default))
            {
                continue;
            }

            binder.Warning(ConfigMessages.UnusedRulesBlock, rules.PathOf(key), ConfigMessages.UnusedBlock(key, string.Join(" and ", owners.Select(o => o.Name)), owners[0].Id));
        }
    }

    /// <summary>"$.rules" and "spike.k" → "$.rules.spike.k".</summary>
    private static string ProblemPath(string block, ParameterProblem problem) =>
        block + string.Concat(problem.Path.Split('.').Select(JsonLineMap.Member));

    private static List<Diagnostic> HalfCharacters(byte[] utf8, string file)
    {
        var found = new List<Diagnostic>();
        var newlines = 0;
        var counted = 0L;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        while (reader.Read())
        {
            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName) || !reader.ValueIsEscaped)
            {
                continue;
            }

            try
            {
                reader.GetString();
            }
            catch (InvalidOperationException)
            {
                for (; counted < reader.TokenStartIndex; counted++)
                {
                    newlines += utf8[counted] == (byte)'\n' ? 1 : 0;
                }

                var what = reader.TokenType == JsonTokenType.PropertyName ? "this key" : "this text";
                found.Add(Diagnostic.Error(ConfigMessages.BadText, SourceLocation.AtLine(file, newlines + 1), $"{what} {ConfigMessages.HalfCharacter}"));
            }
        }

        return found;
    }

    /// <summary>The message without the parser's own positions (" LineNumber: 2 | BytePositionInLine: 10.", " Path: …"): the diagnostic gives line and column once.</summary>
    private static string StripLocation(string message)
    {
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var index = message.IndexOf(marker, StringComparison.Ordinal);
            if (index > 0)
            {
                message = message[..index];
            }
        }

        return message.TrimEnd();
    }

    /// <summary>
    /// The 1-based column a person sees, in characters, of a byte position within a line: the
    /// parser counts UTF-8 bytes, so "é" or "–" earlier in the line would push its column too far.
    /// </summary>
    private static int CharacterColumn(byte[] utf8, int zeroBasedLine, int bytePosition)
    {
        var start = 0;
        for (var seen = 0; seen < zeroBasedLine && start < utf8.Length; start++)
        {
            if (utf8[start] == (byte)'\n')
            {
                seen++;
            }
        }

        var length = Math.Clamp(bytePosition, 0, utf8.Length - start);
        return System.Text.Encoding.UTF8.GetCharCount(utf8, start, length) + 1;
    }

    /// <summary><c>data.limits</c>: the loaders' size limits, each a positive whole number no higher than the loaders allow.</summary>
    private static Excel.LoadLimits ReadLimits(JsonObject data)
    {
        var limits = Excel.LoadLimits.Default;
        if (data.Object("limits", LimitKeys) is not { } l)
        {
            return limits;
        }

        if (Limit(l, "fileMegabytes", Excel.LoadLimits.MaxFileBytes / (1024 * 1024)) is { } file)
        {
            limits = limits with { FileBytes = file * 1024 * 1024 };
        }

        if (Limit(l, "unpackedMegabytes", Excel.LoadLimits.MaxUnpackedBytes / (1024 * 1024)) is { } unpacked)
        {
            limits = limits with { UnpackedBytes = unpacked * 1024 * 1024 };
        }

        if (Limit(l, "cells", Excel.LoadLimits.MaxCells) is { } cells)
        {
            limits = limits with { Cells = (int)cells };
        }

        return limits;
    }

    private static long? Limit(JsonObject limits, string key, long max)
    {
        var value = limits.Integer(key);
        if (value is { } n && (n < 1 || n > max))
        {
            limits.Binder.Error(ConfigMessages.BadValue, limits.PathOf(key),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n} is not a limit that can be used; expected a whole number from 1 to {max:N0}."));
            return null;
        }

        return value;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex MeasureId();
}
