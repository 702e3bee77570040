using Answering.Documents;
using Answering.Understanding;

namespace Answering.Tests.Understanding;

/// <summary>Questions that ask two things: which pieces are clauses of their own, and what a later clause inherits.</summary>
public sealed class PartsTests
{
    private static DocumentMatch Match(string text) => DocumentSelector.Select(SuiteEngine.Engine.Knowledge, QuestionReader.Read(text)).First();

    [Fact]
    public void A_later_clause_keeps_the_programme_the_first_names()
    {
        var clauses = Parts.Clauses(Match("2023년 제조현장 AI 실증사업에서 최종 선정된 컨소시엄은 몇 개이고, 국비 지원 총액은 얼마인가요?"));

        Assert.Equal(2, clauses.Count);
        Assert.Contains("실증사업", clauses[1].Question.Text, StringComparison.Ordinal);
        Assert.Contains("국비", clauses[1].Question.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("컨소시엄", clauses[1].Question.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clause_without_a_topic_is_about_the_first_clauses_subject()
    {
        var clauses = Parts.Clauses(Match("2024년 7월 수출입 동향에 대중국수출 얼마예요? 증가율도 알려주세요"));

        Assert.Equal(2, clauses.Count);
        Assert.Contains("대중국수출 증가율", clauses[1].Question.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022년 지역특화산업 국비와 지방비 합계는?")]
    [InlineData("그린전환 공정혁신 '24년 신규 예산을 과제 수로 나누면 얼마예요? 백만원 단위로 알려주세요.")]
    public void One_question_in_two_pieces_is_not_two_clauses(string text) => Assert.Empty(Parts.Clauses(Match(text)));
}
