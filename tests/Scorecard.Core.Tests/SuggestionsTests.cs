using Scorecard.Core.Diagnostics;

namespace Scorecard.Core.Tests;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("margn", "margin")]
    [InlineData("lable", "label")]
    [InlineData("crime-volmue", "crime-volume")]
    [InlineData("Devon & Cornwall", "Devon and Cornwall")]
    [InlineData("Metropolitan Police", "Metropolitan Police Service")]
    [InlineData("AVON AND SOMERSET", "Avon and Somerset")]
    public void Suggests_the_nearest_name(string typed, string expected) =>
        Suggestions.Closest(typed, ["margin", "label", "crime-volume", "Devon and Cornwall", "Metropolitan Police Service", "Avon and Somerset", "name"]).ShouldBe(expected);

    [Theory]
    [InlineData("quarter")]
    [InlineData("xyz")]
    [InlineData("completely-different")]
    [InlineData("name")]
    public void Suggests_nothing_when_nothing_is_near(string typed) =>
        Suggestions.Closest(typed, ["margin", "label", "name"]).ShouldBeNull();

    [Fact]
    public void Did_you_mean_reads_as_the_end_of_a_message()
    {
        Suggestions.DidYouMean("margn", ["margin"]).ShouldBe(" (did you mean \"margin\"?)");
        Suggestions.DidYouMean("zzz", ["margin"]).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "acb", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_counts_edits_with_swaps_as_one(string a, string b, int expected) => Suggestions.Distance(a, b).ShouldBe(expected);
}
