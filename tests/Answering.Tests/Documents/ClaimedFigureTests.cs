using Answering.Documents;
using Answering.Tests.Rules;
using Answering.Understanding;

namespace Answering.Tests.Documents;

/// <summary>A claim stating a figure is checked in the document that writes the figure, of documents that fit it about as well.</summary>
public sealed class ClaimedFigureTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Plan = RuleDocuments.Read("""
        보도자료

        「2027년 산업 예산안」

        □ 소재부품 기술개발(1단계) 예산은 1,950억원에서 1,320억원으로 줄고, 2단계는 신규 과제 중심으로 축소된다.
        """, "motie-2026-09-01-budget-plan.txt");

    private static readonly Knowledge.Documents.DocumentKnowledge Cluster = RuleDocuments.Read("""
        보도자료

        「혁신클러스터 2단계 사업 추진」

        □ 2단계에는 총 1,812억원(국비 1,306억원, 지방비 506억원)을 투입할 예정이다.
        """, "motie-2021-03-03-cluster.txt");

    [Fact]
    public void The_document_writing_the_claimed_figure_comes_first()
    {
        var claim = QuestionReader.Read("2단계 총사업비가 1,306억원이라고 보도해도 되나요?");
        var ordered = EvidenceOrder.ClaimedFigureFirst([new DocumentMatch(Plan, claim, 1.0), new DocumentMatch(Cluster, claim, 0.9)]);

        Assert.Same(Cluster, ordered[0].Document);
    }

    [Fact]
    public void A_claim_whose_figure_no_document_writes_keeps_the_order()
    {
        var claim = QuestionReader.Read("2단계 총사업비가 2,000억원이라고 보도해도 되나요?");
        var ordered = EvidenceOrder.ClaimedFigureFirst([new DocumentMatch(Plan, claim, 1.0), new DocumentMatch(Cluster, claim, 0.9)]);

        Assert.Same(Plan, ordered[0].Document);
    }
}
