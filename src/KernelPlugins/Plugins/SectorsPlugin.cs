using System.ComponentModel;
using Answering.Contract;
using Answering.Tools;
using Microsoft.SemanticKernel;

namespace KernelPlugins.Plugins;

public sealed class SectorsPlugin(IEngineTools tools)
{
    public const string PluginName = "sectors";

    [KernelFunction("list_sectors")]
    [Description("시·도별 육성 분야, 또는 분야 범주에 속한 시·도를 나열합니다. 둘 다 비우면 전체를 나열합니다. / Lists the sectors of a region, or the regions of a sector category; both empty lists everything.")]
    public Answer ListSectors(
        [Description("시·도 이름(선택, 예: 경북) / a region (optional, e.g. 경북)")] string? region = null,
        [Description("분야 범주(선택, 예: 바이오) / a sector category (optional, e.g. bio)")] string? category = null)
        => tools.ListSectors(region, category);
}
