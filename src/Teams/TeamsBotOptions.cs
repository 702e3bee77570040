namespace Teams;

/// <summary>The Teams bot's settings (section <c>Teams</c>). Bot credentials stay where the SDK reads them: <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppTenantId</c>.</summary>
public sealed class TeamsBotOptions
{
    public const string Section = "Teams";

    /// <summary><see cref="ConversationStores.Memory"/> (default) or <see cref="ConversationStores.File"/>, which keeps follow-ups across restarts.</summary>
    public string ConversationStore { get; set; } = ConversationStores.Memory;

    /// <summary>Folder of the file store; relative paths are resolved against the program's folder.</summary>
    public string ConversationFolder { get; set; } = "data/teams-conversations";

    /// <summary>A JSON Lines file that keeps feedback across restarts; feedback stays in memory when empty.</summary>
    public string? FeedbackFile { get; set; }

    /// <summary>How many earlier questions of a conversation are passed on as history.</summary>
    public int RememberedQuestions { get; set; } = 10;

    /// <summary>Longer questions get a polite request to shorten them instead of an answer.</summary>
    public int MaxQuestionLength { get; set; } = 1000;
}

public static class ConversationStores
{
    public const string Memory = "memory";
    public const string File = "file";
}
