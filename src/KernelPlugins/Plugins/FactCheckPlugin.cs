using System.ComponentModel;
using Answering.Contract;
using Answering.Tools;
using Microsoft.SemanticKernel;

namespace KernelPlugins.Plugins;

public sealed class FactCheckPlugin(IEngineTools tools)
{
    public const string PluginName = "factcheck";

    [KernelFunction("verify_claim")]
    [Description("주장이 문서와 맞는지 판정하고(supported/refuted/not_in_document/conflicting) 근거를 인용합니다. / Checks a claim against the documents (supported/refuted/not_in_document/conflicting), citing the evidence.")]
    public Answer VerifyClaim(
        [Description("확인할 주장 한 문장 / the claim to check, one sentence")] string claim)
        => tools.VerifyClaim(claim);
}
