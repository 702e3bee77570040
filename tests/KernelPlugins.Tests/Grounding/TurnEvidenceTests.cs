using Answering.Contract;
using KernelPlugins.Grounding;

namespace KernelPlugins.Tests.Grounding;

public sealed class TurnEvidenceTests
{
    private static Citation Line(int line) => new() { Doc = "doc.txt", Lines = LineRange.Single(line), Quote = $"line {line}" };

    private static Answer ToolResult(string text, params Citation[] citations) => new()
    {
        Question = "q",
        Text = text,
        Language = "ko",
        Kind = "figure",
        Citations = citations,
        Figures = [new Figure { Label = "x", Value = 1, Unit = "억원", Inputs = [new FigureInput("in", 1, "억원", citations.Length)] }],
    };

    [Fact]
    public void Numbers_citations_across_the_turn_and_renumbers_markers_and_inputs()
    {
        var evidence = new TurnEvidence();
        evidence.Add(ToolResult("a [1]", Line(10)));

        var second = evidence.Add(ToolResult("b [1] c [2]", Line(20), Line(10)));

        Assert.Equal("b [2] c [1]", second.Text);
        Assert.Equal([2, 1], second.Citations.Select(c => c.Ref));
        Assert.Equal(1, second.Figures[0].Inputs[0].Citation);
        Assert.Equal([Line(10), Line(20)], evidence.Citations);
        Assert.Equal(2, evidence.ToolCalls);
    }

    [Fact]
    public void The_same_figure_returned_twice_is_kept_once()
    {
        var evidence = new TurnEvidence();

        evidence.Add(ToolResult("a", Line(10)));
        evidence.Add(ToolResult("a", Line(10)));

        Assert.Single(evidence.Figures);
    }
}
