using Microsoft.Extensions.Options;

namespace KernelPlugins.Llm;

/// <summary>Which language model writes the answers, if any (section <c>Llm</c>). Off unless a provider is set.</summary>
public sealed class LlmOptions
{
    public const string Section = "Llm";

    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>The service's base address: required for Azure OpenAI (https://NAME.openai.azure.com/) and OpenAI-compatible servers (http://localhost:11434/v1 for Ollama).</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model name, or the deployment name on Azure OpenAI.</summary>
    public string? Model { get; set; }

    /// <summary>Never in appsettings.json: set <c>Llm__ApiKey</c> in the environment or <c>dotnet user-secrets</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The longest the model may take for one answer, tool calls included; past it the engine's answer is sent.</summary>
    public double TimeBudgetSeconds { get; set; } = 15;

    public bool Enabled => Provider != LlmProvider.None;

    public TimeSpan TimeBudget => TimeSpan.FromSeconds(TimeBudgetSeconds);
}

public enum LlmProvider
{
    None,
    OpenAI,
    AzureOpenAI,
    OpenAICompatible,
}

/// <summary>Refuses a half-configured model at start-up, with the setting to fix.</summary>
public sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }
        List<string> problems = [];
        if (string.IsNullOrWhiteSpace(options.Model))
        {
            problems.Add("Llm:Model에 모델 이름(Azure OpenAI는 배포 이름)을 설정해 주세요.");
        }
        if (options.Provider is LlmProvider.AzureOpenAI or LlmProvider.OpenAICompatible && !Uri.TryCreate(options.Endpoint, UriKind.Absolute, out _))
        {
            problems.Add($"{options.Provider}에는 Llm:Endpoint에 전체 주소(예: http://localhost:11434/v1)를 설정해 주세요.");
        }
        if (options.Provider is LlmProvider.OpenAI && options.Endpoint is { Length: > 0 } && !Uri.TryCreate(options.Endpoint, UriKind.Absolute, out _))
        {
            problems.Add("Llm:Endpoint는 전체 주소(예: https://api.openai.com/v1)여야 해요.");
        }
        if (options.Provider is LlmProvider.OpenAI or LlmProvider.AzureOpenAI && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            problems.Add($"{options.Provider}에는 Llm:ApiKey가 필요해요. 환경 변수 Llm__ApiKey나 user-secrets로 설정해 주세요(appsettings.json에는 넣지 마세요).");
        }
        if (options.TimeBudgetSeconds is <= 0 or > 300)
        {
            problems.Add("Llm:TimeBudgetSeconds는 0보다 크고 300 이하여야 해요.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
