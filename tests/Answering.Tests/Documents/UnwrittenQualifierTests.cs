using Answering.Contract;

namespace Answering.Tests.Documents;

/// <summary>A quarter or a sex the question asks about that the document does not write with what is asked: not answered from it.</summary>
public sealed class UnwrittenQualifierTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("unwritten-qualifier-");
    private readonly AnswerEngine _engine;

    public UnwrittenQualifierTests()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "mof-2025-01-10-fishery-fund.txt"), """
            보도자료

            「2025년 수산 정책자금」 운용 계획

            □ 수산 정책자금 기준금리는 2025년 1분기 연 3.15%로, 분기마다 조정한다.

            □ 어업인 취업자는 12만 4천명으로 1년 전보다 3천명 줄었다.

            * 2분기 이후 접수 일정은 3월 중 별도 안내
            """);
        _engine = AnswerEngine.FromFolder(_folder.FullName);
    }

    private Answer Ask(string question) => _engine.Ask(new AnswerRequest { Question = question });

    [Fact]
    public void A_quarter_written_only_beside_something_else_is_not_answered()
    {
        Assert.False(Ask("수산 정책자금 2분기 기준금리는 몇 %예요?").Answerable);
    }

    [Fact]
    public void The_quarter_written_with_the_measure_is_answered()
    {
        var answer = Ask("수산 정책자금 1분기 기준금리는 몇 %예요?");

        Assert.True(answer.Answerable);
        Assert.Contains("3.15", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sex_the_document_never_writes_is_not_answered()
    {
        Assert.False(Ask("수산 정책자금 여성 어업인 취업자는 몇 명이에요?").Answerable);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
