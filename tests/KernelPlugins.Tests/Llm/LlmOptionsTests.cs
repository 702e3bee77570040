using KernelPlugins.Llm;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace KernelPlugins.Tests.Llm;

public sealed class LlmOptionsTests
{
    private static readonly LlmOptionsValidator Validator = new();

    [Fact]
    public void Off_by_default_and_valid_without_any_setting()
    {
        var options = new LlmOptions();

        Assert.False(options.Enabled);
        Assert.True(Validator.Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(LlmProvider.OpenAI, null, "gpt-4o-mini", null, "Llm:ApiKey")]
    [InlineData(LlmProvider.AzureOpenAI, null, "deployment", "key", "Llm:Endpoint")]
    [InlineData(LlmProvider.OpenAICompatible, "http://localhost:11434/v1", null, null, "Llm:Model")]
    [InlineData(LlmProvider.OpenAICompatible, "localhost", "qwen2.5", null, "Llm:Endpoint")]
    public void A_half_configured_model_is_refused_naming_the_setting(LlmProvider provider, string? endpoint, string? model, string? key, string setting)
    {
        var result = Validator.Validate(null, new LlmOptions { Provider = provider, Endpoint = endpoint, Model = model, ApiKey = key });

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage);
    }

    [Fact]
    public void Ollama_needs_no_key()
    {
        var options = new LlmOptions { Provider = LlmProvider.OpenAICompatible, Endpoint = "http://localhost:11434/v1", Model = "qwen2.5:7b" };

        Assert.True(Validator.Validate(null, options).Succeeded);
        Assert.IsType<OpenAIChatCompletionService>(ChatModelFactory.Create(options, NullLoggerFactory.Instance));
    }

    [Fact]
    public void Azure_OpenAI_gets_the_Azure_connector()
    {
        var options = new LlmOptions { Provider = LlmProvider.AzureOpenAI, Endpoint = "https://example.openai.azure.com/", Model = "deployment", ApiKey = "key" };

        Assert.IsType<AzureOpenAIChatCompletionService>(ChatModelFactory.Create(options, NullLoggerFactory.Instance));
    }
}
