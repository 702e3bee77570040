namespace Answering.Tests.Evidence;

/// <summary>
/// A table titled only by a numbered item ("1. 시·도별 지원 실적") under an appendix titled with a year ("2025년 …
/// 지원 실적"), in a release dated the next year: a question naming that year reads the table.
/// </summary>
public sealed class SectionYearsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("section-years-");

    [Fact]
    public void A_table_takes_the_year_of_the_appendix_title_it_stands_under()
    {
        File.WriteAllLines(Path.Combine(_folder.FullName, "moel-2026-01-21-hiring-subsidy.txt"),
        [
            "고용노동부\t보 도 자 료",
            "보도시점\t2026. 1. 21.(수) 12:00",
            "",
            "청년 채용장려금 지원 기준 개편",
            "",
            "□ (개요) 올해부터 지원 기준을 바꾼다.",
            "",
            "[붙임 1]",
            "",
            "2025년 청년 채용장려금 지원 실적",
            "",
            "1. 시·도별 지원 실적",
            "",
            "(단위: 개소, 명, 백만원)",
            "시·도\t지원 사업장\t지원 인원\t지급액",
            "부산\t512\t1,236\t6,180",
            "충북\t402\t1,015\t5,176",
            "합계\t914\t2,251\t11,356",
        ]);
        var engine = Answering.AnswerEngine.FromFolder(_folder.FullName);

        var answer = engine.Ask(new Answering.Contract.AnswerRequest { Question = "2025년 청년 채용장려금 충북 지급액은 얼마였나요?" });

        Assert.Contains(answer.Figures, f => f.Value == 5176 && f.Unit == "백만원");
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
