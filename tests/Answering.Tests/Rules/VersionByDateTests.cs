using System.Text.RegularExpressions;
using Answering.Answerers;
using Answering.Contract;

namespace Answering.Tests.Rules;

/// <summary>
/// A claim dated by its event is checked against the rule version in force on that date: before the switch-over the
/// former rule (and the former figure of a 현행/개정 pair), on or after it the amended one.
/// </summary>
public sealed class VersionByDateTests
{
    private const string Penalties = """
        보도자료

        2025년 8월 5일(화) 조간부터 보도하여 주시기 바랍니다.

        배포일시	8. 4.(월)	담당부서	대기관리과

        「비산먼지 관리 기준」 개정

        □ 비산먼지 억제 조치를 하지 않은 사업장에 부과하는 과징금이 오른다.

        【 과징금 부과기준 (단위:만원) 】

        위반행위	구분	1회	2회	3회 이상
        억제 조치 미이행	현행	60	120	240
        	개정	150	300	600

        ○ 과징금 개정 규정은 2026년 3월 1일 이후의 위반행위부터 적용하며, 그 전의 위반행위에는 종전 기준을 적용한다.

        □ (보조금 반납) 지원받은 방진 설비를 5년 안에 팔면 보조금을 반납해야 한다.

        ○ 2025년 9월 1일 이후 맺는 협약부터는 남은 기간에 비례하여 반납하며, 그 전에 맺은 협약에는 종전 기준(전액 반납)을 적용한다.
        """;

    private static readonly Knowledge.Documents.DocumentKnowledge Document = RuleDocuments.Read(Penalties, "me-2025-08-05-dust-penalty.txt");

    private static Answer Check(string claim)
    {
        var match = RuleDocuments.Match(Document, claim);
        var draft = ClaimAnswerer.Answer(match);
        Assert.NotNull(draft);
        return draft.Finish();
    }

    [Fact]
    public void An_event_before_the_switch_falls_under_the_former_figure()
    {
        var former = Regex.Match(Penalties, @"현행\t(\d+)").Groups[1].Value;
        var amended = Regex.Match(Penalties, @"개정\t(\d+)").Groups[1].Value;

        var answer = Check($"2026년 1월에 억제 조치를 안 해서 처음 적발되면 개정된 과징금 {amended}만원을 낸다던데 맞아요?");

        Assert.Equal(Verdicts.Refuted, answer.Verdict);
        Assert.Contains($"{former}만원", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_after_the_switch_falls_under_the_amended_words()
    {
        var answer = Check("2025년 12월에 협약한 사업장이 설비를 팔면 남은 기간에 비례해서 반납한다고 들었는데 맞나요?");

        Assert.Equal(Verdicts.Supported, answer.Verdict);
    }

    [Fact]
    public void An_event_before_the_switch_does_not_get_the_amended_words()
    {
        var answer = Check("2025년 7월에 협약한 사업장이 설비를 팔면 남은 기간에 비례해서 반납한다고 들었는데 맞나요?");

        Assert.Equal(Verdicts.Refuted, answer.Verdict);
    }
}
