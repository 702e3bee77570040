using Answering.Evidence;

namespace Answering.Tests.Evidence;

/// <summary>The month a statistics column names, however the release writes it.</summary>
public sealed class MonthLabelTests
{
    [Theory]
    [InlineData("'25.9월", 9)]
    [InlineData("2024. 6.", 6)]
    [InlineData("'24. 12.", 12)]
    public void A_column_names_its_month_with_or_without_wol(string label, int month) => Assert.Equal(month, Months.Of(label));

    [Theory]
    [InlineData("2024. 6. 15.")]
    [InlineData("1.5")]
    public void A_full_date_or_a_decimal_is_no_month_column(string label) => Assert.Null(Months.Of(label));
}
