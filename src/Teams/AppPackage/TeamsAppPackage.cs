using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Teams.AppPackage;

/// <summary>
/// The zip a Teams admin uploads: appPackage/manifest.json with its <c>${{…}}</c> placeholders filled in
/// (Teams Toolkit's convention), and the two icons.
/// </summary>
public static class TeamsAppPackage
{
    private static readonly string[] Files = ["manifest.json", "color.png", "outline.png"];

    public static void Write(Stream output, string botId, TeamsAppOptions app)
    {
        if (!Guid.TryParse(botId, out _))
        {
            throw new FormatException($"The bot id must be the bot's Microsoft App ID (a GUID), not \"{botId}\".");
        }
        var appId = string.IsNullOrWhiteSpace(app.Id) ? botId : app.Id;
        if (!Guid.TryParse(appId, out _))
        {
            throw new FormatException($"{TeamsAppOptions.Section}:Id must be a GUID, not \"{appId}\".");
        }

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var name in Files)
        {
            using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            if (name == "manifest.json")
            {
                entry.Write(Encoding.UTF8.GetBytes(Manifest(botId, appId, app)));
            }
            else
            {
                using var icon = Resource(name);
                icon.CopyTo(entry);
            }
        }
    }

    public static string Manifest(string botId, string appId, TeamsAppOptions app)
    {
        using var reader = new StreamReader(Resource("manifest.json"));
        var manifest = new StringBuilder(reader.ReadToEnd())
            .Replace("${{TEAMS_APP_ID}}", Json(appId))
            .Replace("${{BOT_ID}}", Json(botId))
            .Replace("${{DEVELOPER_NAME}}", Json(app.DeveloperName))
            .Replace("${{DEVELOPER_WEBSITE_URL}}", Json(app.WebsiteUrl))
            .Replace("${{DEVELOPER_PRIVACY_URL}}", Json(app.PrivacyUrl))
            .Replace("${{DEVELOPER_TERMS_OF_USE_URL}}", Json(app.TermsOfUseUrl))
            .ToString();
        return manifest.Contains("${{", StringComparison.Ordinal)
            ? throw new InvalidOperationException("appPackage/manifest.json has a placeholder the package does not fill in.")
            : manifest;
    }

    // The value goes inside a JSON string literal: escape it as one.
    private static string Json(string value) => JsonEncodedText.Encode(value, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();

    private static Stream Resource(string name) =>
        typeof(TeamsAppPackage).Assembly.GetManifestResourceStream($"Teams.appPackage.{name}")
        ?? throw new InvalidOperationException($"appPackage/{name} is not embedded in {typeof(TeamsAppPackage).Assembly.GetName().Name}.");
}
