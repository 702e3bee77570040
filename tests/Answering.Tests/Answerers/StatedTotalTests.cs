using Answering.Contract;

namespace Answering.Tests.Answerers;

/// <summary>"총 몇 개", "in total": a total the document states is read, not added up from whatever else the text counts.</summary>
public sealed class StatedTotalTests : IDisposable
{
    private const string Release = """
        해양수산부	보도자료
        2026년 어촌 디지털 전환 지원사업 신규과제 공고
        □ 해양수산부는 올해 사업 예산 총 90억원으로 신규과제 24개에 54억원, 계속과제에 36억원을 지원한다고 밝혔다.
        ○ 평가 가점은 최대 3점이며, 선정 결과는 7월에 발표한다.
        < 어촌 디지털 전환 지원사업 연도별 예산 >
        (단위: 억원)
        구분	'25	'26
        신규과제	30	54
        계속과제	40	36
        합계	70	90
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("stated-total-");
    private readonly AnswerEngine _engine;

    public StatedTotalTests()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "mof-2026-fishing-village-digital.txt"), Release);
        _engine = AnswerEngine.FromFolder(_folder.FullName);
    }

    [Theory]
    [InlineData("어촌 디지털 전환 지원사업 신규과제는 총 몇 개예요?")]
    [InlineData("How many new projects does the fishing village digital transition programme have in total?")]
    public void A_total_asked_of_a_count_is_the_count_the_document_states(string question)
    {
        var answer = _engine.Ask(new AnswerRequest { Question = question });

        Assert.True(answer.Answerable);
        Assert.Contains(answer.Figures, f => f.Value == 24 && f.Unit == "개");
        Assert.DoesNotContain(answer.Figures, f => f.Unit is "점" or "억원");
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
