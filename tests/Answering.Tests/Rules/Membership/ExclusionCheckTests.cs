using Answering.Contract;

namespace Answering.Tests.Rules.Membership;

/// <summary>Groups a programme shuts out by name, checked against what the asker says they are.</summary>
public sealed class ExclusionCheckTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Programmes = RuleDocuments.Read("""
        보도자료

        「2026년 지역 데이터 허브 사업」 공고

        1. 지역 데이터 허브 조성
         가. 대상 권역: 충청권, 호남권, 동남권
         나. 선정방식: 시·도 공동 제안
          1) 수도권(서울·경기·인천)은 지원 대상에서 제외

        2. 공공 데이터 정비 바우처
         가. 지원대상: 지방자치단체, 공공기관
         나. 제한사항: 중앙행정기관은 지원 대상 아님

        3. 데이터 가공 바우처
         가. 우대: 비수도권 기업 가점 2점
         나. 본사가 수도권(서울·경기·인천)에 있으면 연구소가 비수도권에 있더라도 가점을 받을 수 없습니다.
        """);

    [Fact]
    public void A_region_inside_an_excluded_area_is_out()
    {
        var answer = RuleDocuments.AskSure(Programmes, "인천시청 담당자입니다. 지역 데이터 허브 조성 사업에 인천이 제안할 수 있나요?");

        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.Contains("수도권(서울·경기·인천)", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_outside_the_excluded_area_is_not_shut_out()
    {
        var answer = RuleDocuments.Ask(Programmes, "충남도청 담당자입니다. 지역 데이터 허브 조성 사업에 충남이 제안할 수 있나요?");

        Assert.NotEqual(Eligibility.No, answer?.Eligible);
    }

    [Fact]
    public void A_group_named_in_other_words_is_out()
    {
        var answer = RuleDocuments.AskSure(Programmes, "중앙부처 소속기관인데 공공 데이터 정비 바우처 지원받을 수 있을까요?");

        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.Contains("중앙행정기관", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exclusion_under_another_programme_does_not_apply()
    {
        var answer = RuleDocuments.Ask(Programmes, "경기도 소재 기업인데 데이터 가공 바우처 신청할 수 있나요?");

        Assert.DoesNotContain(answer?.Citations ?? [], c => c.Quote.Contains("지원 대상에서 제외", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_condition_denies_when_the_askers_subject_stands_there()
    {
        var answer = RuleDocuments.AskSure(Programmes, "본사 서울 마포구, 연구소는 충남 천안에 있어요. 데이터 가공 바우처 가점 받을 수 있나요?");

        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.Contains("가점을 받을 수 없습니다", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_condition_does_not_deny_elsewhere()
    {
        var answer = RuleDocuments.Ask(Programmes, "본사 충남 천안, 연구소는 서울에 있어요. 데이터 가공 바우처 가점 받을 수 있나요?");

        Assert.NotEqual(Eligibility.No, answer?.Eligible);
    }
}
