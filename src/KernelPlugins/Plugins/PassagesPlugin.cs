using System.ComponentModel;
using Answering.Contract;
using Answering.Tools;
using Microsoft.SemanticKernel;

namespace KernelPlugins.Plugins;

public sealed class PassagesPlugin(IEngineTools tools)
{
    public const string PluginName = "passages";
    private const int MostResults = 10;

    [KernelFunction("search_passages")]
    [Description("문서에서 검색어와 가장 잘 맞는 문단과 표의 행을 인용과 함께 찾습니다. / Finds the passages and table rows that best match a query, with citations.")]
    public Answer SearchPassages(
        [Description("찾을 내용(낱말이나 문장) / what to look for (words or a sentence)")] string query,
        [Description("돌려받을 최대 개수(1~10) / the most results to return (1-10)")] int maxResults = 5)
        => tools.SearchPassages(query, Math.Clamp(maxResults, 1, MostResults));
}
