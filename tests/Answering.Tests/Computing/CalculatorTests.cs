using Answering.Composing;
using Answering.Computing;
using Answering.Understanding;
using Corpus.Quantities;

namespace Answering.Tests.Computing;

/// <summary>A formula that shows an input in another unit than the document's lists that restated input as a figure of its own.</summary>
public sealed class CalculatorTests
{
    private static Operand Cell(double value, Unit unit, string label) => new(value, unit, label, "doc.txt", 3, $"{label}\t{value}", null);

    [Fact]
    public void An_amount_divided_in_another_unit_lists_its_conversion()
    {
        var draft = new AnswerDraft(QuestionReader.Read("1개사당 평균 얼마예요? 만원 단위로"), "computed");
        var budget = Cell(20_100, Units.MillionWon, "정부지원 예산");

        var perCompany = Calculator.Divide("1개사당 예산", budget, 480, Units.TenThousandWon, [budget], "480");
        perCompany.Record(draft);

        Assert.Equal("2010000 / 480", perCompany.Formula);
        Assert.Contains(draft.Figures, f => f.Value == 2_010_000 && f.Unit == "만원" && f.Formula == "20100 × 100");
        Assert.Contains(draft.Figures, f => f.Value == 4_187.5 && f.Unit == "만원");
    }

    [Fact]
    public void Inputs_in_the_formulas_own_unit_add_no_step()
    {
        var draft = new AnswerDraft(QuestionReader.Read("합치면 얼마예요?"), "computed");

        Calculator.Sum("합계", [Cell(236, Units.HundredMillionWon, "신규"), Cell(71, Units.HundredMillionWon, "계속")]).Record(draft);

        Assert.Single(draft.Figures);
    }

    [Fact]
    public void An_input_the_document_writes_with_jo_is_listed_as_the_figure_the_answer_shows()
    {
        var draft = new AnswerDraft(QuestionReader.Read("전체의 몇 %예요?"), "computed");
        var part = new Operand(74_300, Units.HundredMillionWon, "재정지원 사업 예산", "doc.txt", 5, "재정지원 사업 예산은 7조 4,300억원으로", null);
        var whole = Cell(162_480, Units.HundredMillionWon, "합계");

        Calculator.Share("비중", part, whole).Record(draft);

        Assert.Contains(draft.Figures, f => f.Value == 74_300 && f.Formula is null && f.Inputs.Count == 1);
        Assert.DoesNotContain(draft.Figures, f => f.Value == 162_480);
    }
}
