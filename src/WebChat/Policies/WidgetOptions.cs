namespace WebChat.Policies;

/// <summary>Who may embed the widget and how often one client may ask.</summary>
public sealed class WidgetOptions
{
    public const string Section = "Widget";

    /// <summary>Origins (scheme://host[:port]) of the pages allowed to call the API from a browser.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    public AskRateLimitOptions RateLimit { get; set; } = new();
}

public sealed class AskRateLimitOptions
{
    /// <summary>Requests one client may send per <see cref="Window"/>.</summary>
    public int PermitLimit { get; set; } = 30;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
