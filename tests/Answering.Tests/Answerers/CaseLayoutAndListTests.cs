namespace Answering.Tests.Answerers;

/// <summary>
/// Case layouts and FAQ lists on an invented loan notice no code names: "■ 사례 N | (주)…" and "◇ 사례 ③ …" boxes with
/// dash items, a worked example written one column per subject (A사, B사), an English question naming a subject in
/// Latin letters, a before-and-after whose rate of change is asked, an answer line that announces a list under it,
/// and a process written as a chain of arrows. Expected text is read from the document's own lines.
/// </summary>
public sealed class CaseLayoutAndListTests
{
    private const string Document = "mss-2026-05-20-process-upgrade-loan.txt";
    private static readonly OneDocumentEngine Engine = new(Document);

    private static int LineOf(string start) => Array.FindIndex(Engine.Lines, l => l.TrimStart().StartsWith(start, StringComparison.Ordinal)) + 1;

    [Fact]
    public void A_bar_separated_case_box_is_answered_from_its_dash_items()
    {
        var answer = Engine.Ask("활용 사례에 나온 (주)다온기계는 얼마를 빌려서 어떤 성과를 냈어요?");

        Assert.Equal("case", answer.Kind);
        Assert.Contains("12억원", answer.Text, StringComparison.Ordinal);
        Assert.Contains("1.2%", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_circled_case_is_named_by_its_bracketed_project_name()
    {
        var answer = Engine.Ask("스마트 도장 라인 사례는 작업시간이 얼마나 줄어요?");

        Assert.Equal("case", answer.Kind);
        Assert.Contains("40분 → 15분", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_worked_example_column_is_read_as_the_subjects_case()
    {
        var answer = Engine.Ask("산정 예시에서 익산 B사는 비율 적용하면 135만원인데 왜 월 지원액이 100만원이에요?");

        Assert.Equal("case", answer.Kind);
        Assert.Contains("100만원 (한도 적용)", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf("월 지원액"));
        Assert.DoesNotContain("90만원 (한도 미만)", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_question_names_a_company_by_its_romanised_name()
    {
        var answer = Engine.Ask("By how much did Saebit Sojae's annual sales grow in the 2025 examples, in percent?");

        Assert.Contains("30%", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf("- 성과: 연간 매출"));
    }

    [Fact]
    public void A_line_announcing_a_list_is_quoted_with_its_items()
    {
        var answer = Engine.Ask("공정고도화 융자 못 받는 업종 뭐 있어?");

        Assert.Contains("부동산업", answer.Text, StringComparison.Ordinal);
        Assert.Contains("주점업", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_asked_are_answered_by_the_line_writing_them_as_a_chain()
    {
        var answer = Engine.Ask("공정고도화 융자 신청하면 대출 실행까지 어떤 단계를 거쳐요?");

        Assert.Contains("현장 평가", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf("A. 신청 →"));
    }
}
