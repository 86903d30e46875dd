using System.Globalization;
using System.Text.Json;
using Scorecard.Core.Diagnostics;

namespace Scorecard.Cli.Configuration;

/// <summary>
/// Reads typed values out of a parsed JSON document, collecting every problem (unknown key,
/// wrong type, bad value) as a located diagnostic instead of stopping at the first.
/// </summary>
internal sealed class JsonBinder(string file, JsonLineMap lines, DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceLocation At(string path) => SourceLocation.AtPath(file, path, lines.LineOf(path));

    /// <summary>Where settings were found, for checks made after reading (a peer key the peer data lack, a quarter after the data).</summary>
    public Dictionary<string, SourceLocation> Locations { get; } = new(StringComparer.Ordinal);

    public void Remember(string key, string path) => Locations[key] = At(path);

    public void Error(string code, string path, string message) => Diagnostics.Error(code, At(path), message);

    public void Warning(string code, string path, string message) => Diagnostics.Warning(code, At(path), message);

    /// <summary>The members of an object, after checking that it is one and that every key is allowed.</summary>
    public JsonObject? Object(JsonElement element, string path, IReadOnlyCollection<string> allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(ConfigMessages.WrongType, path, ConfigMessages.Type("an object { … }", Describe(element)));
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var memberPath = path + JsonLineMap.Member(property.Name);
            if (!seen.Add(property.Name))
            {
                Error(ConfigMessages.DuplicateKey, memberPath, ConfigMessages.DuplicateProperty(property.Name));
                continue;
            }

            if (!allowed.Contains(property.Name))
            {
                Error(ConfigMessages.UnknownKey, memberPath, ConfigMessages.Unknown(property.Name, allowed));
                continue;
            }

            members[property.Name] = property.Value;
        }

        return new JsonObject(this, path, members);
    }

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"the text \"{Truncate(element.GetString() ?? string.Empty)}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{element.GetRawText()}",
        JsonValueKind.Null => "null",
        _ => element.ValueKind.ToString(),
    };

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..57] + "...";
}

/// <summary>An object's allowed members, with typed readers that report problems at their path.</summary>
internal sealed class JsonObject(JsonBinder binder, string path, IReadOnlyDictionary<string, JsonElement> members)
{
    public string Path { get; } = path;

    public JsonBinder Binder { get; } = binder;

    public string PathOf(string key) => Path + JsonLineMap.Member(key);

    public bool Has(string key) => members.ContainsKey(key);

    /// <summary>The allowed keys the object names, in the file's order.</summary>
    public IReadOnlyList<string> Keys { get; } = [.. members.Keys];

    public JsonElement? Raw(string key) => members.TryGetValue(key, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <param name="longest">The most characters allowed (<see cref="ConfigMessages.LongestName"/> for names).</param>
    public string? String(string key, bool allowEmpty = false, int longest = ConfigMessages.LongestText)
    {
        if (Raw(key) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Binder.Error(ConfigMessages.WrongType, PathOf(key), ConfigMessages.Type("text in quotes", JsonBinder.Describe(value)));
            return null;
        }

        var text = value.GetString()!;
        if (ConfigMessages.TextProblem(text, longest) is { } problem)
        {
            Binder.Error(ConfigMessages.BadText, PathOf(key), problem);
            return null;
        }

        if (!allowEmpty && string.IsNullOrWhiteSpace(text))
        {
            Binder.Error(ConfigMessages.BadValue, PathOf(key), "must not be empty; remove the setting to use the default.");
            return null;
        }

        return text;
    }

    public double? Number(string key)
    {
        if (Raw(key) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            Binder.Error(ConfigMessages.WrongType, PathOf(key), ConfigMessages.Type("a number", JsonBinder.Describe(value)));
            return null;
        }

        return number;
    }

    public int? Integer(string key)
    {
        if (Raw(key) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Binder.Error(ConfigMessages.WrongType, PathOf(key), ConfigMessages.Type("a whole number", JsonBinder.Describe(value)));
            return null;
        }

        return number;
    }

    public bool? Boolean(string key)
    {
        if (Raw(key) is not { } value)
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Binder.Error(ConfigMessages.WrongType, PathOf(key), ConfigMessages.Type("true or false", JsonBinder.Describe(value)));
            return null;
        }

        return value.GetBoolean();
    }

    /// <summary>One of a fixed set of words (kebab-case in the file).</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (choices.TryGetValue(text, out var value))
        {
            return value;
        }

        Binder.Error(ConfigMessages.BadValue, PathOf(key), ConfigMessages.NotOneOf(text, choices.Keys));
        return null;
    }

    public JsonObject? Object(string key, IReadOnlyCollection<string> allowed) =>
        Raw(key) is { } value ? Binder.Object(value, PathOf(key), allowed) : null;

    /// <summary>The items of a list, each with its path.</summary>
    public IReadOnlyList<(JsonElement Item, string Path)> List(string key)
    {
        if (Raw(key) is not { } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Binder.Error(ConfigMessages.WrongType, PathOf(key), ConfigMessages.Type("a list [ … ]", JsonBinder.Describe(value)));
            return [];
        }

        return value.EnumerateArray().Select((item, i) => (item, string.Create(CultureInfo.InvariantCulture, $"{PathOf(key)}[{i}]"))).ToList();
    }

    public IReadOnlyList<string> StringList(string key)
    {
        var result = new List<string>();
        foreach (var (item, itemPath) in List(key))
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                if (ConfigMessages.TextProblem(item.GetString()!, ConfigMessages.LongestName) is { } problem)
                {
                    Binder.Error(ConfigMessages.BadText, itemPath, problem);
                    continue;
                }

                result.Add(item.GetString()!);
            }
            else
            {
                Binder.Error(ConfigMessages.WrongType, itemPath, ConfigMessages.Type("text in quotes", JsonBinder.Describe(item)));
            }
        }

        return result;
    }
}
