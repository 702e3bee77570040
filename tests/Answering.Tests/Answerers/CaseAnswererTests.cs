using Answering.Contract;

namespace Answering.Tests.Answerers;

/// <summary>
/// A subject the release describes in a block of its own is answered from that block, whatever layout writes it: a
/// 【 … 】 box of ■ items, or a □ heading over a 구분 | 주요내용 table — not from the table row that merely lists it.
/// </summary>
public sealed class CaseAnswererTests : IDisposable
{
    private const string Release = """
        보도자료

        스마트 양식 거점 5곳 선정

        □ 해양수산부는 스마트 양식 거점 5곳을 선정하였다.

        【 선정 결과 】

        순위	기업명	시·도	평가점수(점)	선정 결과
        1	(주)푸른바다양식	전남	92.1	선정
        2	(주)한빛수산	경북	88.4	선정
        3	(주)서해김	충남	80.2	조건부 선정

        * 조건부 선정 보완 요구사항 : (주)서해김 - 지방비 확보 확약서 제출

        ○ (수출) 김 수출은 해외 현지 수요가 늘고 단가가 오르면서 전년 대비 18.2% 증가한 9.9억달러를 기록하였다.

        참고

        【 사례 1 】 전남 (주)푸른바다양식 - 전복 스마트 양식장

        ■ (사업 내용) 완도에 수온 자동제어 양식장 4동 구축(정부지원금 2.5억원), 사료 자동급이 설비 도입(정부지원금 1.5억원)
        ■ (성과) 폐사율 12%에서 4%로 개선, 매출 31억원, 신규 고용 8명

        【 사료 절감률 산정 예시 】

        A사 (중견기업)	B사 (중소기업)
        ■ (산정) 수출 물량을 뺀 900톤 기준으로 12.0% ■ (판정) 목표 충족	■ (산정) 자가 소비분을 뺀 500톤 기준으로 4.0% ■ (판정) 목표 미충족

        □ 사례 2 : 빈 어촌 창고를 청년 가공장으로 (경북 울진)

        구 분	주요내용
        공간	○ 후포항 빈 창고 2동을 수산물 가공장으로 리모델링, '23년 조성
        성과	○ 건어물 온라인 판매로 '24년 매출 1.7억원, 청년 고용 5명
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("case-answerer-");
    private readonly AnswerEngine _engine;
    private readonly string[] _lines;

    public CaseAnswererTests()
    {
        var path = Path.Combine(_folder.FullName, "smart-aquaculture.txt");
        File.WriteAllText(path, Release);
        _lines = File.ReadAllLines(path);
        _engine = AnswerEngine.FromFolder(_folder.FullName);
    }

    private int LineOf(string start) => Array.FindIndex(_lines, l => l.TrimStart().StartsWith(start, StringComparison.Ordinal)) + 1;

    private Answer Ask(string question) => _engine.Ask(new AnswerRequest { Question = question });

    [Fact]
    public void A_named_company_is_answered_from_its_own_box_not_from_the_row_that_lists_it()
    {
        var answer = Ask("(주)푸른바다양식은 뭘 구축했고 성과는 어땠나요?");

        Assert.Equal("case", answer.Kind);
        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf("■ (사업 내용)"));
        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf("■ (성과)"));
        Assert.DoesNotContain(answer.Citations, c => c.Lines.From == LineOf("1\t(주)푸른바다양식"));
    }

    [Fact]
    public void A_total_of_the_asked_kind_adds_every_such_amount_of_the_box_with_its_inputs_cited()
    {
        var answer = Ask("푸른바다양식 사례에서 정부지원금은 모두 합쳐 얼마예요?");

        var total = Assert.Single(answer.Figures, f => f.Formula is not null);
        Assert.Equal(4.0, total.Value, 6);
        Assert.Equal(2, total.Inputs.Count);
        Assert.All(total.Inputs, i => Assert.Equal(LineOf("■ (사업 내용)"), answer.Citations[i.Citation - 1].Lines.From));
    }

    [Fact]
    public void A_case_written_as_a_heading_over_a_label_and_text_table_is_found_by_its_region()
    {
        var answer = Ask("In the Uljin case in Gyeongbuk, what were 2024 sales?");

        Assert.Equal("case", answer.Kind);
        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf("성과\t"));
        Assert.Contains("1.7억원", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_why_question_quotes_the_sentence_that_gives_the_cause_beside_the_figure()
    {
        var answer = Ask("김 수출이 늘어난 이유가 뭐예요?");

        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf("○ (수출)"));
        Assert.Contains("단가가 오르면서", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_asked_with_what_about_it_quotes_the_note_that_writes_the_listed_subjects()
    {
        var answer = Ask("조건부 선정된 곳은 어디고 뭘 보완해야 해요?");

        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf("3\t(주)서해김"));
        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf("* 조건부 선정 보완"));
    }

    [Fact]
    public void A_listed_row_is_given_with_the_figure_the_question_asks_in_its_columns_unit()
    {
        var answer = Ask("경북은 어디가 선정됐고 몇 점이었어요?");

        Assert.Contains("88.4점", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf("2\t(주)한빛수산"));
    }

    [Fact]
    public void A_lettered_subject_of_a_worked_example_is_found_from_its_english_name()
    {
        var answer = Ask("In the worked example, why is company B's rate calculated on 500 tonnes?");

        Assert.Equal("case", answer.Kind);
        Assert.Contains("자가 소비분을 뺀 500톤", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("900톤", answer.Text, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
