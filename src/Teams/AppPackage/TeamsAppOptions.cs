namespace Teams.AppPackage;

/// <summary>What the Teams app package says about the app (section <c>Teams:App</c>); the bot id is <c>MicrosoftAppId</c>.</summary>
public sealed class TeamsAppOptions
{
    public const string Section = "Teams:App";

    /// <summary>The Teams app id; the bot id when empty, as for a single-bot app.</summary>
    public string? Id { get; set; }

    public string DeveloperName { get; set; } = "정부 사업 문서 안내 도우미 운영팀";

    public string WebsiteUrl { get; set; } = "https://example.com/";

    public string PrivacyUrl { get; set; } = "https://example.com/privacy";

    public string TermsOfUseUrl { get; set; } = "https://example.com/terms";
}
