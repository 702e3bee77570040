using Answering.Evidence;
using Answering.Understanding;
using Knowledge.Language;

namespace Answering.Tests.Answerers;

/// <summary>
/// How a monthly statistics release is read: month columns ('25.2월, '26.2월), counts in 천명, a change and its rate side
/// by side, a month the release does not hold, and the programme rules in its footnotes.
/// </summary>
public sealed class MonthlyReleaseTests
{
    private const string Doc = "moel-2026-03-11-monthly-labour-release.txt";

    [Fact]
    public void A_month_column_written_after_its_year_names_its_month()
    {
        Assert.Equal(2, Months.Of("'26.2월"));
        Assert.Equal(9, Months.Of("2025.9월"));
        Assert.Null(Months.Of("1~7월 누계"));
    }

    [Fact]
    public void Subtracting_one_named_row_from_another_reads_the_month_asked()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("2월 취득자에서 상실자를 빼면 얼마예요?");

        Assert.Equal(Operation.Difference, QuestionReader.Read("2월 취득자에서 상실자를 빼면 얼마예요?").Operation);
        Assert.Contains(answer.Figures, f => f.Value == 32 && f.Formula == "483 - 451");
        Assert.Contains("빼면", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("늘었습니다", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_per_person_over_a_count_in_thousands_is_divided_per_one_person()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("2월 구직급여 지급액을 지급자 수로 나누면 1인당 얼마예요?");

        Assert.Contains("160만원", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Figures, f => f.Formula is { } formula && formula.Contains("655000", StringComparison.Ordinal));
    }

    [Fact]
    public void How_much_a_row_grew_and_its_rate_read_both_change_columns()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("대전 피보험자는 작년보다 얼마나 늘었고 증가율은 몇 %예요?");

        Assert.Contains("6천명", answer.Text, StringComparison.Ordinal);
        Assert.Contains("1.4%", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_the_release_does_not_hold_is_not_answered_with_another_month()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("1월 구직급여 지급액은 얼마예요?");

        Assert.False(answer.Answerable);
    }

    [Fact]
    public void An_amount_the_text_states_per_person_is_read_not_divided()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("일자리이음장려금은 1인당 최대 얼마까지 지원돼요?");

        Assert.Contains("480만원", answer.Text, StringComparison.Ordinal);
        Assert.All(answer.Figures, f => Assert.Null(f.Formula));
    }

    [Fact]
    public void A_headcount_bounding_a_company_is_its_workforce()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("직원이 6명인데 청년을 정규직으로 뽑으면 일자리이음장려금 받을 수 있나요?");

        Assert.Equal("no", answer.Eligible);
        Assert.Contains("10인 이상", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaving_after_some_months_is_how_long_the_job_was_kept()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("청년을 정규직으로 채용했는데 2개월 만에 그만뒀어요. 일자리이음장려금 받을 수 있어요?");

        Assert.Equal("no", answer.Eligible);
        Assert.Contains("3개월 이상", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Thousands_of_people_asked_for_is_a_count()
    {
        Assert.True(QuestionReader.Read("건설업 피보험자는 몇 천명이에요?").Has(Asks.Count));
    }

    [Fact]
    public void An_english_age_band_reads_as_korean_writes_it()
    {
        var korean = EnglishGlossary.ToKorean("insured workers aged 60 and over and those aged 29 and under");

        Assert.Contains("60세 이상", korean, StringComparison.Ordinal);
        Assert.Contains("29세 이하", korean, StringComparison.Ordinal);
        Assert.Contains("피보험자", korean, StringComparison.Ordinal);
    }
}
