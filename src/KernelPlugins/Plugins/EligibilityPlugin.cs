using System.ComponentModel;
using Answering.Contract;
using Answering.Tools;
using Microsoft.SemanticKernel;

namespace KernelPlugins.Plugins;

public sealed class EligibilityPlugin(IEngineTools tools)
{
    public const string PluginName = "eligibility";

    [KernelFunction("check_eligibility")]
    [Description("설명한 상황이 지원 대상인지 판단하고(yes/no/depends/not_in_document) 근거 조항을 인용합니다. / Decides whether a described situation is eligible (yes/no/depends/not_in_document), citing the rule.")]
    public Answer CheckEligibility(
        [Description("지원 대상인지 알고 싶은 상황(지역, 기업, 분야 등) / the situation to judge (region, company, sector …)")] string situation)
        => tools.CheckEligibility(situation);
}
