using NodaTime;

namespace Scorecard.Core.Rules;

/// <summary>
/// A block of settings as the configuration holds them (<c>rules</c>, <c>rules.spike</c>), from
/// which a rule set reads its parameters. The configuration reader implements it over its JSON:
/// it reports a value of the wrong type, a choice not offered or an unknown key itself, with the
/// value's path and line, and answers null, so a rule set only says what it reads.
/// </summary>
public interface IParameterSource
{
    /// <summary>The block's path in the configuration, for messages: "$.rules", "$.measures[2].rules.spc".</summary>
    string Path { get; }

    /// <summary>True when the block names <paramref name="key"/> (with any value).</summary>
    bool Has(string key);

    /// <summary>The keys the block names, in its order.</summary>
    IReadOnlyList<string> Keys { get; }

    /// <summary>A block inside this one; null when absent. Keys other than <paramref name="keys"/> are reported.</summary>
    IParameterSource? Block(string key, IReadOnlyCollection<string> keys);

    int? Integer(string key);

    double? Number(string key);

    bool? Boolean(string key);

    /// <summary>The value of <paramref name="key"/> among <paramref name="choices"/>; anything else is reported.</summary>
    T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices)
        where T : struct;

    /// <summary>A month written YYYY-MM.</summary>
    YearMonth? Month(string key);

    /// <summary>A list of months written YYYY-MM; null when absent.</summary>
    IReadOnlyList<YearMonth>? Months(string key);
}

/// <summary>
/// How a rule set reads its parameters from the configuration: the blocks of <c>rules</c> it owns,
/// how it binds them over a baseline (a measure's block over the configuration's), and how it
/// checks them. A rule set added to Scorecard brings one of these; the configuration reader does
/// not change.
/// </summary>
public abstract class RuleSetParameters
{
    /// <summary>The keys of <c>rules</c> this set reads ("spike", "shift", …; "spc").</summary>
    public abstract IReadOnlyList<string> Blocks { get; }

    /// <summary>Reads the blocks it owns from <paramref name="rules"/> over <paramref name="baseline"/>: what a block names overrides, the rest is kept.</summary>
    public abstract RuleParameters Bind(IParameterSource rules, RuleParameters baseline);

    /// <summary>The problems of the blocks it owns, at paths relative to <c>rules</c> ("spike.k").</summary>
    public IReadOnlyList<ParameterProblem> Validate(RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters.Validate().Where(p => Blocks.Contains(p.Path.Split('.')[0], StringComparer.Ordinal)).ToList();
    }
}
