using System.ComponentModel;
using System.Reflection;
using Answering;
using Answering.Contract;
using Answering.Tools;
using KernelPlugins.Plugins;
using KernelPlugins.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace KernelPlugins.Tests.Plugins;

/// <summary>Each plugin imports into a Kernel with its dependencies from DI and forwards its arguments to the engine.</summary>
public sealed class PluginTests
{
    private readonly RecordingEngineTools _engine = new();
    private readonly Kernel _kernel;

    public PluginTests()
    {
        var services = new ServiceCollection()
            .AddSingleton<IEngineTools>(_engine)
            .AddSingleton<IAnswerEngine>(_engine)
            .BuildServiceProvider();
        _kernel = new Kernel(services);
        _kernel.Plugins.Add(KernelPluginFactory.CreateFromType<AnswerPlugin>(AnswerPlugin.PluginName, services));
        _kernel.Plugins.Add(KernelPluginFactory.CreateFromType<PassagesPlugin>(PassagesPlugin.PluginName, services));
        _kernel.Plugins.Add(KernelPluginFactory.CreateFromType<TablesPlugin>(TablesPlugin.PluginName, services));
        _kernel.Plugins.Add(KernelPluginFactory.CreateFromType<CalculatorPlugin>(CalculatorPlugin.PluginName, services));
        _kernel.Plugins.Add(KernelPluginFactory.CreateFromType<EligibilityPlugin>(EligibilityPlugin.PluginName, services));
        _kernel.Plugins.Add(KernelPluginFactory.CreateFromType<FactCheckPlugin>(FactCheckPlugin.PluginName, services));
        _kernel.Plugins.Add(KernelPluginFactory.CreateFromType<RowsPlugin>(RowsPlugin.PluginName, services));
    }

    private async Task<string> Invoke(string plugin, string function, KernelArguments arguments)
    {
        var result = await _kernel.InvokeAsync(plugin, function, arguments);
        return Assert.IsType<Answer>(result.GetValue<object>()).Text;
    }

    [Fact]
    public async Task Answer_question_asks_the_engine_with_the_conversation()
    {
        var text = await Invoke(AnswerPlugin.PluginName, AnswerPlugin.FunctionName, new()
        {
            ["question"] = "그중 R&D는?",
            ["earlierQuestions"] = new[] { "2단계 예산은?" },
        });

        Assert.Equal("ask 그중 R&D는? [2단계 예산은?] chat", text);
    }

    [Fact]
    public async Task Search_passages_keeps_the_result_count_within_bounds()
    {
        Assert.Equal("search 일자리 3", await Invoke(PassagesPlugin.PluginName, "search_passages", new() { ["query"] = "일자리", ["maxResults"] = 3 }));
        Assert.Equal("search 일자리 10", await Invoke(PassagesPlugin.PluginName, "search_passages", new() { ["query"] = "일자리", ["maxResults"] = 500 }));
    }

    [Fact]
    public async Task Read_table_cell_names_the_cell_by_its_headers()
    {
        var text = await Invoke(TablesPlugin.PluginName, "read_table_cell", new() { ["row"] = "R&D", ["column"] = "2단계 소계" });

        Assert.Equal("cell R&D / 2단계 소계 / ", text);
    }

    [Fact]
    public async Task Compute_reads_the_cells_as_a_model_sends_them_in_json()
    {
        var text = await Invoke(CalculatorPlugin.PluginName, "compute", new()
        {
            ["operation"] = "growth",
            ["cells"] = """[{"row":"R&D","column":"1단계 소계"},{"row":"R&D","column":"2단계 소계","table":"지원 규모"}]""",
        });

        Assert.Equal("growth R&D|1단계 소계| + R&D|2단계 소계|지원 규모 / ", text);
    }

    [Fact]
    public async Task Check_eligibility_verify_claim_and_list_rows_reach_the_engine()
    {
        Assert.Equal("eligibility 서울 기업", await Invoke(EligibilityPlugin.PluginName, "check_eligibility", new() { ["situation"] = "서울 기업" }));
        Assert.Equal("verify 국비는 1조원", await Invoke(FactCheckPlugin.PluginName, "verify_claim", new() { ["claim"] = "국비는 1조원" }));
        Assert.Equal("rows 육성 분야 / 경북", await Invoke(RowsPlugin.PluginName, "list_rows", new() { ["table"] = "육성 분야", ["filter"] = "경북" }));
        Assert.Equal("rows  / ", await Invoke(RowsPlugin.PluginName, "list_rows", new()));
    }

    [Fact]
    public void Every_function_is_described_in_Korean_and_English()
    {
        var functions = _kernel.Plugins.GetFunctionsMetadata();

        Assert.Equal(7, functions.Count);
        Assert.All(functions, function =>
        {
            Assert.Matches("[가-힣].* / [A-Z]", function.Description);
            Assert.All(function.Parameters, parameter => Assert.Matches("[가-힣].*/ ?[a-zA-Z]", parameter.Description));
        });
    }

    [Fact]
    public void Every_plugin_imports_into_a_kernel_and_the_engine_offers_each_one()
    {
        var services = new ServiceCollection().AddSingleton<IEngineTools>(_engine).AddSingleton<IAnswerEngine>(_engine).BuildServiceProvider();
        var pluginTypes = typeof(AnswerPlugin).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<KernelFunctionAttribute>() is not null)).ToList();

        var imported = pluginTypes.Select(type => KernelPluginFactory.CreateFromType(type, type.Name, services)).ToList();
        var offered = EnginePlugins.Create(_engine, _engine);

        Assert.All(imported, plugin => Assert.NotEmpty(plugin));
        Assert.Equal(pluginTypes.Count, offered.Count);
        Assert.Equal(
            [AnswerPlugin.PluginName, PassagesPlugin.PluginName, TablesPlugin.PluginName, CalculatorPlugin.PluginName, EligibilityPlugin.PluginName, FactCheckPlugin.PluginName, RowsPlugin.PluginName],
            offered.Select(p => p.Name));
        Assert.Contains(offered.Single(p => p.Name == RowsPlugin.PluginName), f => f.Name == "list_rows");
    }

    [Fact]
    public void Every_plugin_is_sealed()
    {
        var plugins = typeof(AnswerPlugin).Assembly.GetTypes().Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<KernelFunctionAttribute>() is not null));

        Assert.All(plugins, plugin => Assert.True(plugin.IsSealed, plugin.Name));
        Assert.All(plugins.SelectMany(p => p.GetMethods()).Where(m => m.GetCustomAttribute<KernelFunctionAttribute>() is not null),
            method => Assert.NotNull(method.GetCustomAttribute<DescriptionAttribute>()));
    }
}
