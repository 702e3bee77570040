using System.ComponentModel;
using Answering.Contract;
using Answering.Tools;
using Microsoft.SemanticKernel;

namespace KernelPlugins.Plugins;

public sealed class TablesPlugin(IEngineTools tools)
{
    public const string PluginName = "tables";

    [KernelFunction("read_table_cell")]
    [Description("표의 행 머리글과 열 머리글로 셀 하나의 값을 읽습니다(예: 행 \"R&D\", 열 \"2단계 소계\"). / Reads one table cell by its row and column headers (e.g. row \"R&D\", column \"2단계 소계\").")]
    public Answer ReadTableCell(
        [Description("행 머리글 / the row header")] string row,
        [Description("열 머리글 / the column header")] string column,
        [Description("표 제목의 일부(선택) / part of the table's title (optional)")] string? table = null)
        => tools.ReadTableCell(row, column, table);
}
