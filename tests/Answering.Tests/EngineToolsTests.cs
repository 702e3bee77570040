using Answering.Contract;
using Answering.Tools;

namespace Answering.Tests;

/// <summary>The capabilities Semantic Kernel plugins wrap, one at a time.</summary>
public sealed class EngineToolsTests
{
    private static readonly IEngineTools Tools = TestEngine.Shared;

    [Fact]
    public void Search_returns_cited_passages()
    {
        var answer = Tools.SearchPassages("법적 근거", 3);

        Assert.InRange(answer.Citations.Count, 1, 3);
        Assert.Contains(answer.Citations, c => c.Lines.From == 101);
    }

    [Fact]
    public void Read_table_cell_by_row_and_column()
    {
        var answer = Tools.ReadTableCell("지방비", "'20");

        Assert.Equal(273, answer.Figures.Single().Value);
    }

    [Fact]
    public void Compute_growth_over_cells()
    {
        var answer = Tools.Compute("growth", [new CellReference("R&D", "1단계"), new CellReference("R&D", "2단계")]);

        Assert.Equal(14.5, answer.Figures.Single(f => f.Unit == "%").Value);
    }

    [Fact]
    public void Compute_average_with_a_divisor()
    {
        var answer = Tools.Compute("average", [new CellReference("국비", "1단계")], 14);

        Assert.Equal(85.9, answer.Figures.Single(f => f.Formula is not null).Value);
    }

    [Fact]
    public void Check_eligibility_of_a_situation() => Assert.Equal(Eligibility.No, Tools.CheckEligibility("거점 총면적이 17km²입니다").Eligible);

    [Fact]
    public void Verify_a_claim() => Assert.Equal(Verdicts.Refuted, Tools.VerifyClaim("2단계 지방비는 600억원이다").Verdict);

    [Fact]
    public void List_sectors_by_region_and_by_category()
    {
        Assert.Contains("해양 ICT 융합", Tools.ListSectors(region: "부산").Text, StringComparison.Ordinal);
        Assert.Contains("대전", Tools.ListSectors(category: "ICT 융합").Text, StringComparison.Ordinal);
    }
}
