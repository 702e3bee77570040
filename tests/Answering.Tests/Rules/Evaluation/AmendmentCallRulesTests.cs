using Answering.Contract;
using Knowledge.Rules;

namespace Answering.Tests.Rules.Evaluation;

/// <summary>
/// Shapes of rules in amendments and R&amp;D calls: an exception that itself excludes (단, … 기업은 제외한다), a deeming clause
/// (1명 미만이면 1명으로 본다) that sets no condition, rates per size written as bands that bind no one, a numbered outline
/// (3. 신청 제한 → 가. → 3) → 나)) whose heading decides the outcome of its items, 이면서 joining two bounds of one item,
/// "N개 과제만 신청할 수 있음" as a limit, and an amendment table whose (현행과 같음) cell repeats the current text with its 다만.
/// </summary>
public sealed class AmendmentCallRulesTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Release = RuleDocuments.Read("""
        보도자료

        지역 청년 채용장려금 개정

        ○ (규모별 차등) 지원 비율을 상시근로자 30인 미만 기업은 월 임금의 50%, 30인 이상 기업은 40%로 나눈다.

        ○ (중견기업 포함) 비수도권 중견기업도 새로 지원받을 수 있다. 단, 직전 3개 사업연도 평균 매출액이 1,500억원 이상인 중견기업은 제외한다.

        ○ (지원 인원) 지원 인원은 피보험자 수의 30% 이내로 하되, 계산 결과가 1명 미만이면 1명으로 본다.

        [붙임 1]

        고시 대비표

        현 행	개 정 안
        제5조(임금 요건) 월 평균보수는 200만원 이상이어야 한다.	제5조(임금 요건) 220만원 이상이어야 한다.
        제10조(청년의 범위) 청년은 채용일 현재 만 15세 이상 34세 이하인 사람으로 한다. 다만, 병역을 이행한 사람은 그 기간(최대 6년)을 더한다.	제10조(청년의 범위) (현행과 같음)
        """, "moel-2026-01-21-youth-hiring.txt");

    private static readonly Knowledge.Documents.DocumentKnowledge Call = RuleDocuments.Read("""
        과학기술정보통신부 공고 제2025-0001호

        2025년도 센서 기술개발사업 신규과제 공고

        1. 사업 개요
         가. 사업 목적
          1) 센서 기술의 실용화
        2. 신청 제한
         가. 참여제한 등
          1) 국세 또는 지방세를 체납한 기관
          2) 최근 회계연도 결산 기준으로 다음 중 하나에 해당하는 기업
           가) 자본전액잠식 상태인 기업
           나) 부채비율이 500% 이상이면서 유동비율이 50% 미만인 기업
         나. 중복 신청 제한
          1) 동일 기관은 하나의 세부과제에 주관연구개발기관으로 1개 과제만 신청할 수 있음
        """, "msit-2025-03-05-sensor-rnd.txt");

    [Fact]
    public void An_exception_that_itself_excludes_is_an_exclusion()
    {
        var answer = RuleDocuments.AskSure(Release, "경남 중견기업인데 직전 3개 사업연도 평균 매출액이 1,620억원이에요. 채용장려금 받을 수 있나요?");
        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.Contains("1,500억원", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bound_that_says_how_to_count_sets_no_condition()
    {
        Assert.DoesNotContain(Release.Rules.Rules, r => r.Conditions.Any(c => c.Bound.Contains("1명 미만", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rates_per_size_bind_no_one()
    {
        Assert.DoesNotContain(Release.Rules.Rules, r => r.Form == RuleForm.Requirement && r.Text.Contains("30인 미만", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cell_the_same_as_the_current_text_states_the_current_rule_with_its_exception()
    {
        var answer = RuleDocuments.AskSure(Release, "채용일 기준으로 만 36살인 지원자가 있어요. 이 사람 뽑아도 채용장려금 대상 청년으로 인정되나요?");
        Assert.Equal(Eligibility.Depends, answer.Eligible);
        Assert.Contains("병역", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_of_a_numbered_outline_take_the_outcome_of_their_restricting_heading()
    {
        var item = Assert.Single(Call.Rules.Rules, r => r.Text.Contains("부채비율", StringComparison.Ordinal));
        Assert.Equal(Outcome.Negative, item.Outcome);
        Assert.Equal(2, item.Conditions.Count());
        var answer = RuleDocuments.AskSure(Call, "설립 9년 된 중소기업입니다. 작년 결산 기준 부채비율 720%, 유동비율 42%예요. 신청 가능한가요?");
        Assert.Equal(Eligibility.No, answer.Eligible);
    }

    [Fact]
    public void A_number_of_projects_only_is_a_limit()
    {
        var limit = Assert.Single(Call.Rules.Rules.SelectMany(r => r.Conditions), c => c.Bound.Contains("과제만", StringComparison.Ordinal));
        Assert.Equal(Knowledge.Rules.Conditions.Comparator.AtMost, limit.Comparator);
    }
}
