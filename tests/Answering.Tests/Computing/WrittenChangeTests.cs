namespace Answering.Tests.Computing;

/// <summary>
/// Changes as documents write them, on an invented release no code names: a before → after pair in a case table's
/// cell, a base with the change over it (240억원 대비 72억원 증액) paired with the amount stated elsewhere, a share whose
/// whole is named with 가운데, and a row of companies counted in the title's 개사 though its name holds 투자·지원.
/// </summary>
public sealed class WrittenChangeTests
{
    private static readonly OneDocumentEngine Engine = new("kipo-2026-06-03-design-ip-voucher.txt");

    [Fact]
    public void A_change_written_with_an_arrow_runs_from_the_left_side_to_the_right()
    {
        var answer = Engine.Ask("누리공방의 해외 매출은 몇 % 늘었나요?");

        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 50) < 0.05 && f.Unit == "%");
        Assert.Contains("늘었습니다", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_rates_differ_by_percentage_points_and_a_fall_is_said_as_one()
    {
        var answer = Engine.Ask("하늘가구의 모방품 적발률은 얼마나 줄었나요?");

        Assert.Contains("18%p", answer.Text, StringComparison.Ordinal);
        Assert.Contains("줄었습니다", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_and_its_increase_pair_with_the_amount_the_document_states()
    {
        var answer = Engine.Ask("디자인 지식재산 바우처 예산이 작년보다 몇 퍼센트 늘었나요?");

        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 30) < 0.05 && f.Unit == "%");
        Assert.Contains("312억원", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_named_with_가운데_divides_the_part_by_the_whole()
    {
        var answer = Engine.Ask("상반기 디자인 펀드 결성액 가운데 지방 펀드가 출자한 조합 몫은 몇 %쯤 돼요?");

        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 30) < 0.05 && f.Unit == "%");
    }

    [Fact]
    public void A_row_of_companies_is_counted_in_개사_and_a_share_of_money_reads_at_its_size()
    {
        var answer = Engine.Ask("2026년 상반기 지원금액을 수혜기업 수로 나누면 기업당 평균 얼마예요?");

        Assert.Contains("1,450개사", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 1000) < 0.5 && f.Unit == "만원");
    }
}
