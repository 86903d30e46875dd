using NodaTime;
using Scorecard.Core.Rules;

namespace Scorecard.Cli.Configuration;

/// <summary>
/// One key of a <c>rules</c> object, seen as if it were the only one: a rule set bound to it
/// gives its defaults for every other block. It tells whether that block alone changes anything
/// (a set also reads blocks of the other set, as both read <c>noData</c>).
/// </summary>
internal sealed class OneBlockSource(IParameterSource rules, string key) : IParameterSource
{
    public string Path => rules.Path;

    public IReadOnlyList<string> Keys => rules.Has(key) ? [key] : [];

    public bool Has(string k) => k == key && rules.Has(k);

    public IParameterSource? Block(string k, IReadOnlyCollection<string> keys) => k == key ? rules.Block(k, keys) : null;

    public int? Integer(string k) => k == key ? rules.Integer(k) : null;

    public double? Number(string k) => k == key ? rules.Number(k) : null;

    public bool? Boolean(string k) => k == key ? rules.Boolean(k) : null;

    public T? Choice<T>(string k, IReadOnlyDictionary<string, T> choices)
        where T : struct => k == key ? rules.Choice(k, choices) : null;

    public YearMonth? Month(string k) => k == key ? rules.Month(k) : null;

    public IReadOnlyList<YearMonth>? Months(string k) => k == key ? rules.Months(k) : null;
}
