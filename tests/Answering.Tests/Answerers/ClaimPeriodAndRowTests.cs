using System.Globalization;
using System.Text.RegularExpressions;
using Answering.Contract;

namespace Answering.Tests.Answerers;

/// <summary>
/// Claims decided by the right statement of the suite documents: a row claimed cell by cell, the end of a period or the
/// time a rule applies from, a count of another thing, and a claimed total against one item's figure. The claimed values
/// are built from the documents' own lines, not written here.
/// </summary>
public sealed class ClaimPeriodAndRowTests
{
    private const string Selection = "motie-2023-06-15-manufacturing-ai-demo.txt";
    private const string GreenCall = "motie-2024-02-21-green-process-rnd.txt";
    private const string CollabZone = "motie-2024-09-12-collab-zone-rules.txt";
    private const string Centers = "mss-2024-06-27-growth-center-evaluation.txt";

    private static Answer Check(string claim) => SuiteEngine.Ask(claim);

    private static int LineOf(string document, Func<string, bool> where) => Array.FindIndex(SuiteEngine.Lines(document), l => where(l)) + 1;

    [Fact]
    public void A_row_claimed_cell_by_cell_is_supported_citing_the_row()
    {
        // The first selected company: 연번 1, its 시·도, name, field, and the last two figures (국비 총액, 참여기관 수).
        var row = SuiteEngine.Rows(Selection, c => c[0] == "1" && c[3].StartsWith("(주)", StringComparison.Ordinal)).First();
        var (region, company, field, total, partners) = (row[2], row[3], row[4], row[^2], row[^1]);

        var answer = Check($"제조현장 AI 실증사업 선정 결과표 보면 {company}은 {region} 소재 {field} 분야로 국비 총액 {total}억원, 참여기관 {partners}개 맞지?");

        Assert.Equal(Verdicts.Supported, answer.Verdict);
        Assert.Contains(answer.Figures, f => f.Value == double.Parse(total, CultureInfo.InvariantCulture));
        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf(Selection, l => l.Contains(company + "\t", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_claimed_deadline_is_checked_against_the_end_of_the_application_period()
    {
        var period = SuiteEngine.Lines(GreenCall).First(l => l.Contains("(접수기간)", StringComparison.Ordinal));
        var end = Regex.Match(period, @"~\s*(\d+)\.(\d+)");
        var (month, day) = (int.Parse(end.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(end.Groups[2].Value, CultureInfo.InvariantCulture));

        var answer = Check($"그린전환 공정혁신 R&D 신규과제 접수 마감이 {month}월 {day + 5}일이라던데 사실인가요?");

        Assert.Equal(Verdicts.Refuted, answer.Verdict);
        Assert.Contains($"{month}.{day}", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_claimed_to_apply_from_another_year_is_refuted_with_the_year_it_applies_from()
    {
        var rule = SuiteEngine.Lines(CollabZone).First(l => Regex.IsMatch(l, @"'\d\d년 이후 .{0,20}부터 적용"));
        var from = int.Parse(Regex.Match(rule, @"'(\d\d)년 이후").Groups[1].Value, CultureInfo.InvariantCulture);

        var answer = Check($"산업협업지구 이미 지정된 지구도 '{from - 1}년 안에 체결하는 인프라 협약부터 상향 한도가 적용된다고 들었는데 사실인가요?");

        Assert.Equal(Verdicts.Refuted, answer.Verdict);
        Assert.Contains($"'{from}년", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_claimed_from_one_cell_to_another_cites_both_cells_of_the_row()
    {
        // The collaboration-zone table's 합계 row: candidate sites under the current (A) and revised (B) criteria.
        var total = SuiteEngine.Rows(CollabZone, c => c[0] == "합계").First(c => c.Skip(1).Count(v => double.TryParse(v, out _)) >= 2);
        var (before, after) = (total[1], total[2]);

        var answer = Check($"Is it true that, under the 2024 revision of the Industrial Collaboration Zone (산업협업지구) rules, the number of candidate sites meeting the criteria rises from {before} to {after}?");

        Assert.Equal(Verdicts.Supported, answer.Verdict);
        Assert.Contains(answer.Figures, f => f.Value == double.Parse(before, CultureInfo.InvariantCulture));
        Assert.Contains(answer.Figures, f => f.Value == double.Parse(after, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_count_of_centers_neither_confirms_nor_denies_a_count_of_companies()
    {
        var answer = Check("2024년도 지역기업성장센터 평가 때 고객만족도 조사에 기업 2,345곳이 참여했다던데 사실인가요?");

        Assert.Equal(Verdicts.NotInDocument, answer.Verdict);
    }
}
