using System.Text.Json;
using NodaTime;
using Scorecard.Core.Rules;

namespace Scorecard.Cli.Configuration;

/// <summary>
/// A block of the configuration's <c>rules</c> (or one of its blocks) as a rule set reads its
/// parameters: the set asks for the keys it knows, and a value of the wrong type, a choice not
/// offered, a month that is not YYYY-MM or an unknown key is reported here, at its JSON path and
/// line. Each value is read (and any problem reported) once, however many sets ask for it: both
/// sets read <c>noData</c>.
/// </summary>
internal sealed class JsonParameterSource(JsonObject block) : IParameterSource
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonParameterSource?> _blocks = new(StringComparer.Ordinal);

    public string Path => block.Path;

    public IReadOnlyList<string> Keys => block.Keys;

    /// <summary>The JSON path of <paramref name="key"/> in this block.</summary>
    public string PathOf(string key) => block.PathOf(key);

    public bool Has(string key) => block.Has(key);

    public IParameterSource? Block(string key, IReadOnlyCollection<string> keys)
    {
        if (!_blocks.TryGetValue(key, out var inner))
        {
            inner = block.Object(key, keys) is { } o ? new JsonParameterSource(o) : null;
            _blocks[key] = inner;
        }

        return inner;
    }

    public int? Integer(string key) => Once(key, () => block.Integer(key));

    public double? Number(string key) => Once(key, () => block.Number(key));

    public bool? Boolean(string key) => Once(key, () => block.Boolean(key));

    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices)
        where T : struct => Once(key, () => block.Choice(key, choices));

    public YearMonth? Month(string key) => Once(key, () =>
    {
        var text = block.String(key);
        return text is null ? null : ConfigReader.ParseMonth(text, block.PathOf(key), block.Binder);
    });

    public IReadOnlyList<YearMonth>? Months(string key) => Once<IReadOnlyList<YearMonth>?>(key, () =>
    {
        if (block.Raw(key) is null)
        {
            return null;
        }

        var months = new List<YearMonth>();
        foreach (var (item, path) in block.List(key))
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                block.Binder.Error(ConfigMessages.WrongType, path, ConfigMessages.Type("a month in quotes, \"YYYY-MM\"", JsonBinder.Describe(item)));
            }
            else if (ConfigReader.ParseMonth(item.GetString()!, path, block.Binder) is { } month)
            {
                months.Add(month);
            }
        }

        return months;
    });

    private T Once<T>(string key, Func<T> read)
    {
        if (_values.TryGetValue(key, out var value))
        {
            return (T)value!;
        }

        var result = read();
        _values[key] = result;
        return result;
    }
}
