using Answering.Contract;

namespace Teams.Tests.Support;

/// <summary>Answer objects shaped like the engine's, for testing how the bot renders them.</summary>
public static class SampleAnswers
{
    public const string Doc = "motie-2021-03-03-innovation-cluster.txt";
    public const string BudgetRow = "R&D\t150\t420\t420\t990\t630\t504\t1,134\t2,124\t미정";

    public static Answer Budget(string question) => new()
    {
        Question = question,
        Text = "2단계 R&D 예산은 1,134억원으로 1단계(990억원)보다 14.5% 늘었습니다. [1]",
        Language = "ko",
        Kind = "computed",
        Answerable = true,
        Figures =
        [
            new Figure
            {
                Label = "2단계 R&D 예산 증가율(1단계 대비)",
                Value = 14.5,
                Unit = "%",
                Formula = "(1134 - 990) / 990 × 100",
                Inputs = [new FigureInput("2단계 R&D 소계", 1134, "억원", 1), new FigureInput("1단계 R&D 소계", 990, "억원", 1)],
            },
        ],
        Citations =
        [
            new Citation
            {
                Doc = Doc,
                Lines = LineRange.Single(37),
                Quote = BudgetRow,
                Table = new TableReference("국가혁신클러스터육성사업 사업단계별 지원 규모", "R&D", "2단계(B) 소계"),
            },
        ],
        FollowUps = ["2단계 비R&D 예산은?", "시도별로는 얼마인가요?"],
    };
}
