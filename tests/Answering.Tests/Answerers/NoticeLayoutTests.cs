namespace Answering.Tests.Answerers;

/// <summary>
/// The layout of a loan notice no code names: its filing number written above its title, an officers' row under the
/// row naming their office, a schedule table of rounds, a budget table whose rows a compound question word spans
/// (귀산촌자금 = row 귀산촌 of a 자금 table), and ■ lines under an appendix titled as cases, each opening one case.
/// </summary>
public sealed class NoticeLayoutTests
{
    private const string Document = "kfs-2026-02-03-forest-business-loan.txt";
    private static readonly OneDocumentEngine Engine = new(Document);

    private static int LineOf(string start) => Array.FindIndex(Engine.Lines, l => l.TrimStart().StartsWith(start, StringComparison.Ordinal)) + 1;

    [Fact]
    public void A_square_line_under_a_cases_appendix_opens_a_case_summarised_whole()
    {
        var answer = Engine.Ask("육성자금 공고에 나온 (주)푸른목공 사례 요약해줘요");

        Assert.Equal("case", answer.Kind);
        Assert.Contains("4억원", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2.41%", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("6천만원", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_square_line_opens_the_next_case()
    {
        var answer = Engine.Ask("솔향농원은 얼마를 어떤 조건으로 받았어요?");

        Assert.Equal("case", answer.Kind);
        Assert.Contains("6천만원", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("4억원", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_round_of_the_schedule_is_answered_from_its_row()
    {
        var answer = Engine.Ask("육성자금 1차 온라인 접수 언제부터 언제까지예요?");

        Assert.Equal("timeline", answer.Kind);
        Assert.Contains("2.16.", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf("1차"));
    }

    [Fact]
    public void The_officers_row_is_shown_with_the_office_above_it()
    {
        var answer = Engine.Ask("이번 육성자금 융자계획 공고 담당 사무관 연락처요");

        Assert.Contains("042-000-3316", answer.Text, StringComparison.Ordinal);
        Assert.Contains("임업금융과", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compound_word_is_carried_by_a_table_row_and_the_tables_own_word()
    {
        var answer = Engine.Ask("2026 육성자금 귀산촌자금 올해 예산 얼마예요?");

        Assert.Contains("210억원", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Places_whose_named_measure_fell_are_listed_from_the_change_beside_it()
    {
        var answer = Engine.Ask("신청이 줄어든 시도는 어디어디예요?");

        Assert.Contains("충북", answer.Text, StringComparison.Ordinal);
        Assert.Contains("경북", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("강원", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("임산물유통", answer.Text, StringComparison.Ordinal);
    }
}
