namespace Answering.Tests.Evidence;

/// <summary>
/// A statistics table whose rows differ only by their year ('25년 상반기 수출액, '26년 상반기 수출액), on an invented
/// release: a question naming no period reads the document's own year, and one naming a year reads that one.
/// </summary>
public sealed class YearRowsTests
{
    private static readonly OneDocumentEngine Engine = new("msit-2026-08-05-digital-content-release.txt");

    [Fact]
    public void A_question_naming_no_period_reads_the_row_of_the_documents_own_year()
    {
        var answer = Engine.Ask("상반기 웹툰 수출액 얼마예요?");

        Assert.Contains(answer.Figures, f => f.Value == 6.4 && f.Unit == "억달러");
        Assert.DoesNotContain(answer.Figures, f => f.Value == 5.2);
    }

    [Fact]
    public void A_question_naming_the_earlier_year_reads_that_row()
    {
        var answer = Engine.Ask("2025년 상반기 웹툰 수출액 얼마였어요?");

        Assert.Contains(answer.Figures, f => f.Value == 5.2 && f.Unit == "억달러");
    }

    [Fact]
    public void A_comparison_still_reads_both_years()
    {
        var answer = Engine.Ask("웹툰 수출액은 작년 상반기보다 얼마나 늘었어요?");

        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 1.2) < 1e-9 && f.Unit == "억달러");
    }
}
