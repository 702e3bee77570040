using System.Globalization;

namespace Answering.Tests.Evidence;

/// <summary>
/// A budget by 분야 (one row per 분야, with 증감 and 증감률) beside a table of 과제 filed under a 분야 column: a question
/// naming a 분야 reads the 분야's own row, not the 과제 filed under it.
/// </summary>
public sealed class CategoryRowsTests : IDisposable
{
    private readonly OneDocumentEngine _engine = new("motie-2025-05-20-port-equipment-budget.txt");

    /// <summary>The cells of the first row of that name, in the first table whose header starts with <paramref name="header"/>.</summary>
    private double Cell(string header, string row, int column)
    {
        var lines = _engine.Lines;
        var start = Array.FindIndex(lines, l => l.StartsWith(header + "\t", StringComparison.Ordinal));
        var cells = lines.Skip(start).First(l => l.StartsWith(row + "\t", StringComparison.Ordinal)).Split('\t');
        return double.Parse(cells[column], CultureInfo.InvariantCulture);
    }

    [Fact]
    public void A_category_named_in_the_question_is_read_from_its_own_row()
    {
        var answer = _engine.Ask("항만 하역장비 국산화 사업 2025년 실증 분야 예산은 얼마예요?");

        Assert.Contains(answer.Figures, f => f.Value == Cell("분야", "실증", 2));
        Assert.DoesNotContain(answer.Figures, f => f.Value == Cell("과제명", "실증 부두 구축", 3));
    }

    [Fact]
    public void A_change_column_beside_year_columns_speaks_of_the_later_year()
    {
        var answer = _engine.Ask("항만 하역장비 국산화 사업 2025년 기술개발 분야 증감률은 몇 %예요?");

        Assert.Contains(answer.Figures, f => f.Value == Cell("분야", "기술개발", 4) && f.Unit == "%");
    }

    [Fact]
    public void Two_categories_named_together_are_added_from_their_rows()
    {
        var answer = _engine.Ask("항만 하역장비 국산화 사업 2025년 기술개발이랑 실증 분야 예산을 합치면 얼마예요?");

        Assert.Contains(answer.Figures, f => f.Value == Cell("분야", "기술개발", 2) + Cell("분야", "실증", 2) && f.Formula is not null);
    }

    public void Dispose() => _engine.Dispose();
}
