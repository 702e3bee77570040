using Answering;
using KernelPlugins.Plugins;
using Microsoft.SemanticKernel;

namespace KernelPlugins.Tests.Engine;

/// <summary>The real engine over the test copy of corpus/, built once, with its plugins in a Kernel.</summary>
public sealed class EngineFixture
{
    private static readonly Lazy<AnswerEngine> SharedEngine = new(() => AnswerEngine.FromFolder(Path.Combine(AppContext.BaseDirectory, "corpus")));

    public EngineFixture()
    {
        Kernel = new Kernel();
        Kernel.Plugins.AddRange(EnginePlugins.Create(Engine, Engine));
    }

    public static AnswerEngine Engine => SharedEngine.Value;

    public Kernel Kernel { get; }

    public BudgetTable Table { get; } = BudgetTable.FromTestCorpus();
}
