using System.ComponentModel;
using Answering.Contract;
using Answering.Tools;
using Microsoft.SemanticKernel;

namespace KernelPlugins.Plugins;

public sealed class RowsPlugin(IEngineTools tools)
{
    public const string PluginName = "rows";

    [KernelFunction("list_rows")]
    [Description("표의 행 중 낱말에 맞는 행들을 인용과 함께 나열합니다. 둘 다 비우면 문서의 표 목록을 돌려줍니다. / Lists the rows of a table that match words, with citations; both empty lists the documents' tables.")]
    public Answer ListRows(
        [Description("표 제목의 일부(선택, 예: 육성 분야) / part of the table's title (optional, e.g. 육성 분야)")] string? table = null,
        [Description("행의 머리글이나 칸에 있는 낱말(선택, 예: 경북) / words in the row's headers or cells (optional, e.g. 경북)")] string? filter = null)
        => tools.ListRows(table, filter);
}
