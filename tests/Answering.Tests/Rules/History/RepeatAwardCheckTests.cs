using Answering.Contract;

namespace Answering.Tests.Rules.History;

/// <summary>How often one may receive a programme within a span of years, against the awards the asker states.</summary>
public sealed class RepeatAwardCheckTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Faq = RuleDocuments.Read("""
        보도자료

        「2026년 디자인 바우처」 자주 묻는 질문

        Q1. 예전에 디자인 바우처를 받았는데 다시 신청할 수 있나요?
        A. 최근 3년(’23~’25년) 동안 디자인 바우처를 2회 이상 지원받은 기업은 신청할 수 없습니다. 1회 지원받은 기업은 신청할 수 있으나 평가 시 1점이 감점됩니다.
        """);

    private static readonly Knowledge.Documents.DocumentKnowledge Plan = RuleDocuments.Read("""
        보도자료

        「2026년 행정 챗봇 바우처」 추진 계획

        1. 행정 챗봇 바우처
         가. 지원대상: 지방자치단체, 공공기관
         나. 제한사항: 동일 기관은 ’26~’28년 3년간 1회만 지원
        """);

    [Fact]
    public void Two_awards_in_the_span_reach_an_at_least_limit()
    {
        var answer = RuleDocuments.AskSure(Faq, "’23년이랑 ’25년에 디자인 바우처 받은 회사인데 다시 넣어도 돼요?");

        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.Contains("2회 이상", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void One_award_in_the_span_stays_under_it()
    {
        var answer = RuleDocuments.AskSure(Faq, "저희는 ’24년에 디자인 바우처를 한 번 받았어요. 올해 또 신청 가능한가요?");

        Assert.Equal(Eligibility.Yes, answer.Eligible);
        Assert.Contains("감점", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Awards_before_the_span_do_not_count()
    {
        var answer = RuleDocuments.AskSure(Faq, "’20년이랑 ’21년에 디자인 바우처 받은 회사인데 다시 신청 가능한가요?");

        Assert.Equal(Eligibility.Yes, answer.Eligible);
    }

    [Fact]
    public void An_award_taken_uses_up_an_only_once_limit()
    {
        var answer = RuleDocuments.AskSure(Plan, "우리 공공기관은 ’26년에 행정 챗봇 바우처를 받았는데, ’27년에 또 신청 가능해?");

        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.Contains("1회만", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void The_year_one_applies_in_is_not_an_award()
    {
        var answer = RuleDocuments.Ask(Plan, "우리 공공기관은 ’27년에 행정 챗봇 바우처 신청 가능해?");
        Assert.NotEqual(Eligibility.No, answer?.Eligible);
    }
}
