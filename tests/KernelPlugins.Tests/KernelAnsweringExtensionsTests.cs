using Answering;
using KernelPlugins.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KernelPlugins.Tests;

public sealed class KernelAnsweringExtensionsTests
{
    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<IAnswerEngine>(CorpusStubEngine.FromTestCorpus());
        builder.Services.AddSingleton<IAnswerService, EngineAnswerService>();
        builder.AddKernelAnswering();
        return builder.Build();
    }

    [Fact]
    public async Task The_host_answers_through_the_kernel_service_with_no_model_configured()
    {
        using var host = Build([]);
        await host.StartAsync();

        Assert.IsType<KernelAnswerService>(host.Services.GetRequiredService<IAnswerService>());
        await host.StopAsync();
    }

    [Fact]
    public async Task A_half_configured_model_stops_the_host_at_start_naming_the_setting()
    {
        using var host = Build(new() { ["Llm:Provider"] = "OpenAI", ["Llm:Model"] = "gpt-4o-mini" });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Llm:ApiKey", failure.Message);
    }
}
