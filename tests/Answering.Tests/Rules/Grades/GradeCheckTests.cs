using Answering.Contract;

namespace Answering.Tests.Rules.Grades;

/// <summary>Rules on consecutive grades, with an exception for a rising grade.</summary>
public sealed class GradeCheckTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Evaluation = RuleDocuments.Read("""
        보도자료

        「2025년 창업보육센터 운영평가」 결과 발표

        ○ 2년 연속 C등급 이하를 받은 센터는 다음 연도 신규 보육사업 공모 참여가 제한된다. 다만, 전년보다 등급이 오른 센터는 제한 대상에서 제외한다.

        ○ 반면 2년 연속 S등급을 받은 센터는 다음 연도 평가에서 서면평가를 면제받는다.
        """);

    [Theory]
    [InlineData("작년 C등급, 올해도 C등급 받았는데 신규 보육사업 공모에 참여할 수 있나요?", Eligibility.No)]
    [InlineData("작년 D등급, 올해는 C등급 받았는데 신규 보육사업 공모에 참여할 수 있나요?", Eligibility.Yes)]
    [InlineData("작년 B등급, 올해 C등급 받았는데 신규 보육사업 공모에 참여할 수 있나요?", Eligibility.Yes)]
    [InlineData("작년과 올해 모두 S등급인데 다음 연도 서면평가를 면제받을 수 있나요?", Eligibility.Yes)]
    [InlineData("작년 A등급, 올해 S등급인데 다음 연도 서면평가를 면제받을 수 있나요?", Eligibility.No)]
    public void The_askers_last_grades_meet_the_run_or_not(string question, string expected)
    {
        var answer = RuleDocuments.AskSure(Evaluation, question);

        Assert.Equal(expected, answer.Eligible);
        Assert.NotEmpty(answer.Citations);
    }
}
