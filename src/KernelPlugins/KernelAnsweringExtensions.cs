using Microsoft.Extensions.Hosting;

namespace KernelPlugins;

public static class KernelAnsweringExtensions
{
    // Placeholder until the Semantic Kernel plugins and LLM mode land (issue 6).
    public static IHostApplicationBuilder AddKernelAnswering(this IHostApplicationBuilder builder) => builder;
}
