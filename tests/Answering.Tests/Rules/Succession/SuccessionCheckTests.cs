using System.Text.RegularExpressions;
using Answering.Contract;
using Answering.Rules.Succession;

namespace Answering.Tests.Rules.Succession;

/// <summary>
/// A succession rule capped per 시·도: reserves are tried in rank order and one whose 시·도 is full is skipped; the place
/// that falls free is the one the question names, and when it names none the answer depends on where it falls free.
/// </summary>
public sealed class SuccessionCheckTests
{
    private const string Centres = """
        보도자료

        2025년 9월 3일(수) 조간부터 보도하여 주시기 바랍니다.

        배포일시	9. 2.(화)	담당부서	돌봄정책과

        「2025년 공동 돌봄센터 설치 지원사업」 선정 결과 발표

        □ 평가 결과 80점 이상인 기관 가운데 점수 순으로 선정하되, 한 시·도에서는 2개 기관까지만 선정하였다.

        【 공동 돌봄센터 선정 결과 】

        번호	운영기관	시·도	평가점수	결과
        1	(재)햇살나눔	충북	93.1	선정
        2	늘봄복지회	충북	91.4	선정
        3	(사)푸른손	울산	90.2	선정
        4	한마음돌봄	세종	88.8	선정
        5	새빛공동체	충북	86.5	예비(1순위)
        6	다솜어울림	울산	85.9	예비(2순위)

        □ 선정 기관이 협약을 맺지 않으면 예비 순위대로 그 자리를 넘겨받되, 넘겨받아 한 시·도의 선정 기관이 2개를 초과하게 되면 그 다음 순위 예비 기관이 승계한다.
        """;

    private static readonly Knowledge.Documents.DocumentKnowledge Document = RuleDocuments.Read(Centres, "mohw-2025-09-03-care-centre.txt");

    /// <summary>The cap as the document writes it (2개 기관까지만).</summary>
    private static readonly int Cap = int.Parse(Regex.Match(Centres, @"(\d+)개를 초과").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_rule_its_cap_reserves_and_counts_are_read()
    {
        var rule = SuccessionRule.Read(Document);

        Assert.NotNull(rule);
        Assert.Equal(Cap, rule.Cap);
        Assert.Equal(["새빛공동체", "다솜어울림"], rule.Reserves.Select(r => r.Name));
        Assert.Equal(Regex.Matches(Centres, @"\t충북\t[\d.]+\t선정").Count, rule.CountIn("충북"));
    }

    [Fact]
    public void A_reserve_whose_province_is_full_is_skipped_for_the_next()
    {
        var answer = RuleDocuments.AskSure(Document, "(사)푸른손이 협약을 맺지 않으면 예비 1순위인 새빛공동체가 승계하나요?");

        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.Contains("다솜어울림", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_freed_in_the_reserves_own_province_lets_it_succeed()
    {
        var answer = RuleDocuments.AskSure(Document, "충북에 있는 선정 기관 한 곳이 협약을 안 맺으면 새빛공동체가 그 자리를 승계할 수 있나요?");

        Assert.Equal(Eligibility.Yes, answer.Eligible);
        Assert.Contains(answer.Figures, f => f.Value == Regex.Matches(Centres, @"\t충북\t[\d.]+\t선정").Count - 1);
    }

    [Fact]
    public void Without_the_freed_place_the_second_reserve_depends_on_where()
    {
        var answer = RuleDocuments.AskSure(Document, "저희가 다솜어울림인데요, 선정된 곳이 빠지면 저희가 승계받을 수 있나요?");

        Assert.Equal(Eligibility.Depends, answer.Eligible);
        Assert.Contains("충북", answer.Text, StringComparison.Ordinal);
    }
}
