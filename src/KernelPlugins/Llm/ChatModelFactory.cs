using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace KernelPlugins.Llm;

/// <summary>
/// The chat model the options name. Retries are off: a failed call falls back to the engine at once
/// instead of spending the time budget on waiting.
/// </summary>
public static class ChatModelFactory
{
    /// <summary>OpenAI-compatible servers without keys (Ollama) ignore this; the client library requires one.</summary>
    private const string KeylessPlaceholder = "no-key";

    public static IChatCompletionService Create(LlmOptions options, ILoggerFactory loggerFactory)
    {
        var model = options.Model ?? throw new InvalidOperationException("Llm:Model is not set.");
        var key = new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? KeylessPlaceholder : options.ApiKey);
        if (options.Provider == LlmProvider.AzureOpenAI)
        {
            var azureOptions = new AzureOpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(maxRetries: 0), NetworkTimeout = options.TimeBudget };
            var azure = new AzureOpenAIClient(new Uri(options.Endpoint!), key, azureOptions);
            return new AzureOpenAIChatCompletionService(model, azure, modelId: null, loggerFactory);
        }
        var openAIOptions = new OpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(maxRetries: 0), NetworkTimeout = options.TimeBudget };
        if (!string.IsNullOrWhiteSpace(options.Endpoint))
        {
            openAIOptions.Endpoint = new Uri(options.Endpoint);
        }
        return new OpenAIChatCompletionService(model, new OpenAIClient(key, openAIOptions), loggerFactory);
    }
}
