using Answering.Contract;

namespace Answering.Tests.Answerers;

/// <summary>Which papers to hand in: the bullet that lists them, even when only its heading says 제출.</summary>
public sealed class DocumentsAnswererTests : IDisposable
{
    private const string Call = """
        중소벤처기업부	공고
        2026년 전통시장 디지털 상점 지원사업 참여기업 모집 공고
        □ (신청방법) 온라인 시스템으로 신청하며, 마감 후에는 신청할 수 없다.
        □ (제출서류) 신청 시 아래 서류를 함께 제출
        ○ (공통) 사업계획서, 사업자등록증 사본, 국세 납세증명서
        ○ (유형별) 상인회 추천서(공동형), 점포 임대차 확인서 및 배달 플랫폼 입점 확약서(개별형)
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("documents-answerer-");
    private readonly AnswerEngine _engine;
    private readonly string[] _lines;

    public DocumentsAnswererTests()
    {
        var path = Path.Combine(_folder.FullName, "mss-2026-market-digital-shop.txt");
        File.WriteAllText(path, Call);
        _lines = File.ReadAllLines(path);
        _engine = AnswerEngine.FromFolder(_folder.FullName);
    }

    [Fact]
    public void Papers_of_one_type_come_from_the_bullet_under_the_submission_heading()
    {
        var answer = _engine.Ask(new AnswerRequest { Question = "디지털 상점 지원사업 개별형은 공통서류 말고 유형별로 추가로 내야 하는 서류가 뭐예요?" });

        var typeLine = Array.FindIndex(_lines, l => l.Contains("(유형별)", StringComparison.Ordinal)) + 1;
        Assert.True(answer.Answerable);
        Assert.Contains("입점 확약서", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Lines.From == typeLine);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
