namespace WebChat;

/// <summary>Where the widget keeps what users tell us (feedback, unanswered questions).</summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>The data folder; a relative path is resolved against the program's folder.</summary>
    public string DataFolder { get; set; } = "data";

    public string FeedbackFile =>
        Path.Combine(Path.IsPathRooted(DataFolder) ? DataFolder : Path.Combine(AppContext.BaseDirectory, DataFolder), "feedback.jsonl");
}
