using System.Globalization;

namespace Answering.Tests.Answerers;

/// <summary>
/// Layouts read this stop, on a document no code names: quarters and halves under spanning headers, Roman-numbered
/// types with 신청 and 선정 counts, and cases opened by "◇ (사례 N)" with ■ items. Expected values are read from the
/// document's own lines.
/// </summary>
public sealed class QuarterAndCaseLayoutTests
{
    private const string Document = "mcst-2026-05-20-film-location-voucher.txt";
    private static readonly OneDocumentEngine Engine = new(Document);

    private static string[] Row(string name) => Engine.Lines.Single(l => l.StartsWith(name + "\t", StringComparison.Ordinal)).Split('\t');

    private static double Number(string cell) => double.Parse(cell.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("1분기", 2)]
    [InlineData("2분기", 4)]
    [InlineData("상반기", 6)]
    public void A_quarter_or_half_asked_is_read_from_its_own_column(string part, int column)
    {
        var answer = Engine.Ask($"2026년 {part} 지원액은 얼마예요?");

        var cells = Row("지원액");
        Assert.Contains($"{Number(cells[column]).ToString("#,0", CultureInfo.InvariantCulture)}억원", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($" {Number(cells[column == 2 ? 4 : 2]).ToString("#,0", CultureInfo.InvariantCulture)}억원", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1분기", 2)]
    [InlineData("상반기", 6)]
    public void A_row_of_things_counted_takes_the_counting_unit_the_title_lists(string part, int column)
    {
        var answer = Engine.Ask($"2026년 {part} 지원 촬영지는 몇 곳이에요?");

        Assert.Contains($"{Number(Row("지원 촬영지")[column]).ToString("#,0", CultureInfo.InvariantCulture)}곳", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_roman_numbered_type_is_the_row_a_question_writes_as_a_digit_or_a_numeral()
    {
        var expected = Number(Row("Ⅱ형")[3]);

        Assert.Contains(Engine.Ask("Ⅱ형 바우처 한도는 얼마예요?").Figures, f => f.Value == expected);
        Assert.Contains(Engine.Ask("2형 바우처 한도는 얼마예요?").Figures, f => f.Value == expected);
    }

    [Fact]
    public void The_highest_competition_ratio_is_worked_out_for_every_type_and_named()
    {
        var ratios = new[] { "Ⅰ형", "Ⅱ형", "Ⅲ형" }.ToDictionary(t => t, t => Number(Row(t)[1]) / Number(Row(t)[2]));
        var top = ratios.MaxBy(r => r.Value);

        var answer = Engine.Ask("유형별 경쟁률이 가장 높은 유형은 어디예요?");

        Assert.Contains(top.Key, answer.Text, StringComparison.Ordinal);
        var figure = Assert.Single(answer.Figures, f => f.Label.StartsWith(top.Key, StringComparison.Ordinal));
        Assert.Equal(Math.Round(top.Value, 2), figure.Value, 2);
        Assert.Equal(2, figure.Inputs.Count);
    }

    [Fact]
    public void The_whole_competition_ratio_is_the_total_rows()
    {
        var total = Row("계");
        var answer = Engine.Ask("전체 경쟁률은 몇 대 1이에요?");

        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - Math.Round(Number(total[1]) / Number(total[2]), 2)) < 0.01);
    }

    [Fact]
    public void A_case_opened_by_a_marked_title_is_quoted_whole_when_a_description_is_asked()
    {
        var answer = Engine.Ask("바람길필름은 어떤 지원을 받았고 뭐가 달라졌어요?");

        Assert.Equal("case", answer.Kind);
        var items = Engine.Lines.SkipWhile(l => !l.Contains("바람길필름", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Contains('■')).ToList();
        Assert.Equal(3, items.Count);
        foreach (var item in items)
        {
            var label = item.Split(')')[0].Split('(')[1];
            Assert.Contains(answer.Citations, c => c.Quote.Contains(label, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_follow_up_compared_with_that_takes_the_earlier_answer_as_its_base()
    {
        var first = Number(Row("지원액")[2]);
        var second = Number(Row("지원액")[4]);

        var answer = Engine.Ask("2분기는 그보다 얼마나 더 많았나요?", "2026년 1분기 지원액은 얼마였어요?");

        Assert.Contains(answer.Figures, f => f.Value == second - first);
    }

    [Fact]
    public void The_issuers_short_name_names_the_document_not_a_row()
    {
        var answer = Engine.Ask("문체부 2026년 상반기 지원액은 얼마예요?");

        Assert.Contains(answer.Figures, f => f.Value == Number(Row("지원액")[6]));
    }
}
