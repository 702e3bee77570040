using Answering.Contract;

namespace Answering.Tests.Answerers;

/// <summary>How a figure is worked out, or what it rests on, is answered by the sentence that says so — not by the figure.</summary>
public sealed class MethodAnswererTests : IDisposable
{
    private const string Release = """
        해양수산부	보도자료
        2026년 1분기 수산물 수출 동향
        □ 1분기 수산물 수출은 7.2억달러로 전년 동기 대비 4.1% 증가하였다.
        ○ 김 수출은 2.9억달러로 수산물 수출의 40.3%를 차지하였다.
        □ 시·도별 수출 지원금 배분액은 전년 수출 실적(50%), 수출 기업 수(30%), 수출 증가율(20%)을 반영하여 산정하였다.
        참고
        □ (자료) 관세청 통관 기준 잠정치로, 3월 31일까지 수리된 신고를 집계하였으며, 확정치는 4월 15일 공표 예정
        □ (증감률) 전년 동기 대비 증감률(%) = (당기 금액 − 전년 동기 금액) ÷ 전년 동기 금액 × 100
        □ (비중) 품목별 비중(%) = 해당 품목 수출액 ÷ 전체 수산물 수출액 × 100
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("method-answerer-");
    private readonly AnswerEngine _engine;
    private readonly string[] _lines;

    public MethodAnswererTests()
    {
        var path = Path.Combine(_folder.FullName, "mof-2026-04-01-seafood-exports.txt");
        File.WriteAllText(path, Release);
        _lines = File.ReadAllLines(path);
        _engine = AnswerEngine.FromFolder(_folder.FullName);
    }

    private int LineOf(string label) => Array.FindIndex(_lines, l => l.Contains(label, StringComparison.Ordinal)) + 1;

    private Answer Ask(string question) => _engine.Ask(new AnswerRequest { Question = question });

    [Fact]
    public void The_basis_of_an_allocation_is_the_sentence_that_says_what_it_reflects()
    {
        var answer = Ask("수산물 수출 지원금 시·도별 배분액은 어떤 기준으로 산정됐나요?");

        Assert.Equal("lookup", answer.Kind);
        Assert.Equal(LineOf("반영하여 산정"), answer.Citations.Single().Lines.From);
    }

    [Fact]
    public void Two_measures_asked_are_each_answered_by_their_labelled_formula()
    {
        var answer = Ask("수산물 수출 동향 보도자료에서 증감률과 비중은 각각 어떻게 계산한 건가요?");

        Assert.Equal([LineOf("(증감률)"), LineOf("(비중)")], answer.Citations.Select(c => c.Lines.From));
    }

    [Fact]
    public void An_english_question_of_the_data_behind_the_figures_gets_the_data_line()
    {
        var answer = Ask("On what data are the figures in the seafood export trends release based, and are they final?");

        Assert.Equal(LineOf("(자료)"), answer.Citations.Single().Lines.From);
        Assert.Contains("잠정치", answer.Text, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
