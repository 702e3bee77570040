using Answering.Contract;
using Knowledge.Rules;

namespace Answering.Tests.Rules.Evaluation;

/// <summary>
/// Rules whose sense comes from their labels and words rather than bound words: a limit under (한도) written as bare
/// amounts per size, an exclusion item labelled with a kind of support under (제외대상), a legal form that alone may
/// apply, arrears said in everyday words with the exception that lifts them, and a list of values per type that is no
/// requirement at all.
/// </summary>
public sealed class LabelledRulesTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Call = RuleDocuments.Read("""
        보도자료

        「2026년 공정개선 바우처 사업」 참여기업 모집

        □ (지원한도) 바우처 한도는 유형별로 다르며, 기본형은 최대 2,000만원, 확장형(매출 30억원 이상 100억원 미만)은 최대 6,000만원까지 받을 수 있음

        □ (신청자격) 사업자등록일부터 공고일까지 업력 1년 이상인 중소기업

        - 다만, 소재부품 전문기업 확인서를 보유한 기업은 업력 6개월 이상이면 신청 가능

        □ 확장형은 법인만 신청할 수 있습니다.

        □ (제외대상) 다음 중 하나에 해당하면 신청할 수 없음

        ○ 국세 또는 지방세를 체납 중인 기업

        - 단, 체납액 합계가 50만원 미만이고 접수 마감일까지 완납한 경우는 신청 가능

        ○ (중복 지원) 최근 2년간 스마트공장 구축·고도화 지원사업 또는 본 바우처 사업의 지원을 받은 기업

        □ 설비 교체 융자

        ○ (한도) 기업당 중소기업 15억원, 중견기업 8억원
        """, "mss-2026-04-01-process-voucher.txt");

    [Fact]
    public void An_item_labelled_with_a_kind_of_support_under_an_exclusion_heading_excludes()
    {
        var item = Assert.Single(Call.Rules.Rules, r => r.Text.Contains("중복 지원", StringComparison.Ordinal));
        Assert.Equal(Outcome.Negative, item.Outcome);
    }

    [Fact]
    public void Either_of_two_words_joined_by_a_middle_dot_states_the_condition()
    {
        var answer = RuleDocuments.AskSure(Call, "작년에 스마트공장 구축 지원을 받았는데 공정개선 바우처 신청할 수 있나요?");
        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.Contains("중복 지원", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_listed_per_type_are_no_requirement_on_everyone()
    {
        Assert.DoesNotContain(Call.Rules.Rules, r => r.Form == RuleForm.Requirement && r.Text.Contains("기본형은 최대", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("중견기업인데 설비 교체 융자로 10억원 빌릴 수 있나요?", Eligibility.No)]
    [InlineData("중견기업인데 설비 교체 융자로 5억원 빌릴 수 있나요?", Eligibility.Yes)]
    public void Bare_amounts_under_a_limit_label_bound_the_amount_asked_for_by_size(string question, string expected)
    {
        var answer = RuleDocuments.AskSure(Call, question);
        Assert.Equal(expected, answer.Eligible);
        Assert.Contains("8억원", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("지방세가 30만원 밀려 있었는데 어제 다 냈어요. 바우처 신청 가능할까요?", Eligibility.Yes)]
    [InlineData("지방세가 70만원 밀려 있었는데 어제 다 냈어요. 바우처 신청 가능할까요?", Eligibility.No)]
    public void Arrears_said_in_everyday_words_meet_the_exclusion_and_its_exception_by_amount(string question, string expected) =>
        Assert.Equal(expected, RuleDocuments.AskSure(Call, question).Eligible);

    [Fact]
    public void A_legal_form_that_alone_may_apply_excludes_the_other_form_from_that_type()
    {
        var answer = RuleDocuments.AskSure(Call, "저희는 개인사업자인데 확장형으로 신청할 수 있나요?");
        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.Contains("법인", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_asker_without_the_certificate_does_not_meet_the_shorter_age()
    {
        var answer = RuleDocuments.AskSure(Call, "We registered the business 9 months ago and have no 소재부품 전문기업 certificate. Can we apply for the voucher?");
        Assert.Equal(Eligibility.No, answer.Eligible);
    }
}
