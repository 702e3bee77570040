using Answering;
using Answering.Tools;
using Microsoft.SemanticKernel;

namespace KernelPlugins.Plugins;

/// <summary>The engine's plugins: the answer function always, the single tools when the engine offers them.</summary>
public static class EnginePlugins
{
    public static IReadOnlyList<KernelPlugin> Create(IAnswerEngine engine, IEngineTools? tools)
    {
        List<KernelPlugin> plugins = [KernelPluginFactory.CreateFromObject(new AnswerPlugin(engine), AnswerPlugin.PluginName)];
        if (tools is not null)
        {
            plugins.Add(KernelPluginFactory.CreateFromObject(new PassagesPlugin(tools), PassagesPlugin.PluginName));
            plugins.Add(KernelPluginFactory.CreateFromObject(new TablesPlugin(tools), TablesPlugin.PluginName));
            plugins.Add(KernelPluginFactory.CreateFromObject(new CalculatorPlugin(tools), CalculatorPlugin.PluginName));
            plugins.Add(KernelPluginFactory.CreateFromObject(new EligibilityPlugin(tools), EligibilityPlugin.PluginName));
            plugins.Add(KernelPluginFactory.CreateFromObject(new FactCheckPlugin(tools), FactCheckPlugin.PluginName));
            plugins.Add(KernelPluginFactory.CreateFromObject(new RowsPlugin(tools), RowsPlugin.PluginName));
        }
        return plugins;
    }
}
