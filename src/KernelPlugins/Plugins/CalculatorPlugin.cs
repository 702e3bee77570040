using System.ComponentModel;
using System.Text.Json.Serialization;
using Answering.Contract;
using Answering.Tools;
using Microsoft.SemanticKernel;

namespace KernelPlugins.Plugins;

/// <summary>Arithmetic over table cells, so a model never does the sums itself: every result carries its formula and cited inputs.</summary>
public sealed class CalculatorPlugin(IEngineTools tools)
{
    public const string PluginName = "calculator";

    [KernelFunction("compute")]
    [Description("표의 셀들로 증가율(growth), 비중(share), 차이(difference), 합계(sum), 평균(average), 비율(ratio)을 계산하고 식과 인용을 돌려줍니다. / Computes growth, share, difference, sum, average or ratio over table cells, with the formula and cited inputs.")]
    public Answer Compute(
        [Description("growth, share, difference, sum, average, ratio 중 하나 / one of growth, share, difference, sum, average, ratio")] string operation,
        [Description("계산에 쓸 셀들(증가율·차이는 [이전, 이후], 비중은 [부분, 전체]) / the cells to use (growth and difference: [before, after]; share: [part, whole])")] IReadOnlyList<TableCell> cells,
        [Description("나눌 수(선택, 예: 시도 수 14) / a number to divide by (optional, e.g. 14 regions)")] double? divisor = null)
        => tools.Compute(operation, [.. cells.Select(cell => new CellReference(cell.Row, cell.Column, cell.Table))], divisor);
}

/// <summary>A table cell as the model names it.</summary>
public sealed record TableCell(
    [property: JsonPropertyName("row"), Description("행 머리글 / row header")] string Row,
    [property: JsonPropertyName("column"), Description("열 머리글 / column header")] string Column,
    [property: JsonPropertyName("table"), Description("표 제목의 일부(선택) / part of the table title (optional)")] string? Table = null);
