using Answering.Contract;

namespace Answering.Tests.Rules.Membership;

/// <summary>A member the programme requires, against an asker who says they go without it.</summary>
public sealed class RequiredMemberCheckTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Plan = RuleDocuments.Read("""
        보도자료

        「2026년 해양 로봇 실증」 추진 계획

        1. 해양 로봇 실증 과제
         가. 지원내용: 과제당 연 최대 20억원
         나. 주관기관: 대학·연구소·병원 컨소시엄(병원 참여 필수)
        """);

    [Fact]
    public void Going_without_a_required_member_is_no()
    {
        var answer = RuleDocuments.AskSure(Plan, "대학이랑 연구소 두 곳으로 해양 로봇 실증 과제 주관하려는데 병원 없이도 되나요?");

        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.Contains("병원 참여 필수", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Going_without_a_member_not_required_is_not_denied_by_it()
    {
        var answer = RuleDocuments.Ask(Plan, "대학이랑 병원으로 해양 로봇 실증 과제 주관하려는데 연구소 없이도 되나요?");

        Assert.NotEqual(Eligibility.No, answer?.Eligible);
    }
}
