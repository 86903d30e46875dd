using System.Text;
using System.Text.Json;

namespace Scorecard.Cli.Configuration;

/// <summary>
/// The line on which each JSON path starts in a document, so that a problem found while
/// binding (after parsing) can still say where it is: <c>$.measures[3].polarity (line 12)</c>.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private JsonLineMap()
    {
    }

    public int? LineOf(string path) => _lines.TryGetValue(path, out var line) ? line : null;

    public static JsonLineMap Build(byte[] utf8, JsonReaderOptions options)
    {
        var map = new JsonLineMap();
        var newlines = new List<long>();
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                newlines.Add(i);
            }
        }

        int Line(long offset)
        {
            var index = newlines.BinarySearch(offset);
            return (index < 0 ? ~index : index) + 1;
        }

        var reader = new Utf8JsonReader(utf8, options);
        var stack = new Stack<Frame>();
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString();
                        var parent = stack.Peek().Path;
                        var propertyPath = parent + Member(pendingName!);
                        map._lines.TryAdd(propertyPath, Line(reader.TokenStartIndex));
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var path = NextPath(stack, ref pendingName);
                        map._lines.TryAdd(path, Line(reader.TokenStartIndex));
                        stack.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.Pop();
                        break;
                    case JsonTokenType.Comment:
                        break;
                    default:
                        var valuePath = NextPath(stack, ref pendingName);
                        map._lines.TryAdd(valuePath, Line(reader.TokenStartIndex));
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The parse proper reports the syntax error; the map keeps what it saw.
        }

        return map;
    }

    /// <summary>The path of a member: <c>.name</c>, or <c>['odd name']</c> when the name is not an identifier.</summary>
    public static string Member(string name)
    {
        var plain = name.Length > 0 && !char.IsDigit(name[0]) && name.All(c => char.IsLetterOrDigit(c) || c == '_' || c == '$');
        if (plain)
        {
            return "." + name;
        }

        var escaped = new StringBuilder(name.Length + 4).Append("['");
        foreach (var c in name)
        {
            escaped.Append(c == '\'' ? "\\'" : c.ToString());
        }

        return escaped.Append("']").ToString();
    }

    private static string NextPath(Stack<Frame> stack, ref string? pendingName)
    {
        if (stack.Count == 0)
        {
            return "$";
        }

        var frame = stack.Peek();
        if (frame.IsArray)
        {
            var path = $"{frame.Path}[{frame.NextIndex}]";
            frame.NextIndex++;
            return path;
        }

        var name = pendingName ?? string.Empty;
        pendingName = null;
        return frame.Path + Member(name);
    }

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }
    }
}
