using Answering.Composing;

namespace Answering.Tests.Composing;

public sealed class NumbersTests
{
    [Theory]
    [InlineData("14.545454", 14.5)]
    [InlineData("14.55", 14.6)]
    [InlineData("19.249", 19.2)]
    [InlineData("72.075", 72.1)]
    [InlineData("-19.25", -19.3)]
    public void Rounds_half_away_from_zero_in_decimal(string value, double expected) =>
        Assert.Equal((decimal)expected, Numbers.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), 1));

    [Fact]
    public void Growth_of_the_r_and_d_budget_is_14_5_not_14_6() => Assert.Equal(14.5m, Numbers.Round((1134m - 990m) / 990m * 100, 1));

    [Theory]
    [InlineData(1134, "억원", "1,134억원")]
    [InlineData(70.7, "억원", "70.7억원")]
    [InlineData(20, "%", "20.0%")]
    public void Amounts_are_written_as_the_document_writes_them(double value, string unit, string expected) =>
        Assert.Equal(expected, Numbers.Amount((decimal)value, unit));
}
