using System.Globalization;
using System.Text.RegularExpressions;
using Answering.Contract;

namespace KernelPlugins.Grounding;

/// <summary>
/// Everything the plugins returned during one model turn: the citations, numbered across the turn
/// (the model cites them as [n]), and the figures, whose inputs point at those numbers.
/// What is not here, the model may not state.
/// </summary>
public sealed partial class TurnEvidence
{
    private readonly List<Citation> _citations = [];
    private readonly List<Figure> _figures = [];
    private readonly Lock _gate = new();

    /// <summary>Where a model turn's evidence lives in <see cref="Microsoft.SemanticKernel.Kernel.Data"/>.</summary>
    public const string KernelDataKey = "KernelPlugins.TurnEvidence";

    public IReadOnlyList<Citation> Citations
    {
        get { lock (_gate) { return [.. _citations]; } }
    }

    public IReadOnlyList<Figure> Figures
    {
        get { lock (_gate) { return [.. _figures]; } }
    }

    public int ToolCalls { get; private set; }

    /// <summary>Adds a plugin's result, and returns it as the model reads it: citations and markers numbered across the turn.</summary>
    public ToolResultForModel Add(Answer toolResult)
    {
        lock (_gate)
        {
            ToolCalls++;
            var numbers = toolResult.Citations.Select(NumberOf).ToList();
            var figures = toolResult.Figures
                .Select(figure => figure with { Inputs = [.. figure.Inputs.Select(input => input with { Citation = Renumber(input.Citation, numbers) })] })
                .ToList();
            _figures.AddRange(figures.Where(figure => !_figures.Exists(known => Same(known, figure))));
            return new ToolResultForModel(
                NumberReader.CitationMarker().Replace(toolResult.Text, marker => RenumberMarker(marker.Value, numbers)),
                toolResult.Kind,
                toolResult.Answerable,
                toolResult.Verdict,
                toolResult.Eligible,
                figures,
                [.. toolResult.Citations.Select((citation, i) => new NumberedCitation(numbers[i], citation.Doc, citation.Lines, citation.Quote, citation.Table))]);
        }
    }

    private int NumberOf(Citation citation)
    {
        var index = _citations.FindIndex(c => c.Doc == citation.Doc && c.Lines == citation.Lines && c.Quote == citation.Quote);
        if (index >= 0)
        {
            return index + 1;
        }
        _citations.Add(citation);
        return _citations.Count;
    }

    /// <summary>Records compare lists by reference; a figure is the same when its inputs are.</summary>
    private static bool Same(Figure a, Figure b) => a with { Inputs = [] } == b with { Inputs = [] } && a.Inputs.SequenceEqual(b.Inputs);

    private static string RenumberMarker(string marker, IReadOnlyList<int> numbers) =>
        Digits().Replace(marker, n => Renumber(int.Parse(n.Value, CultureInfo.InvariantCulture), numbers).ToString(CultureInfo.InvariantCulture));

    private static int Renumber(int citation, IReadOnlyList<int> numbers) =>
        citation >= 1 && citation <= numbers.Count ? numbers[citation - 1] : citation;

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}

/// <summary>A plugin's result as the model reads it; cite <see cref="NumberedCitation.Ref"/> as [ref].</summary>
public sealed record ToolResultForModel(
    string Text,
    string Kind,
    bool Answerable,
    string? Verdict,
    string? Eligible,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<NumberedCitation> Citations);

public sealed record NumberedCitation(int Ref, string Doc, LineRange Lines, string Quote, TableReference? Table);
