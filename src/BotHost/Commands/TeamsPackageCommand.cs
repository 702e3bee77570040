using Teams.AppPackage;

namespace BotHost.Commands;

/// <summary><c>teams-package [--out FILE]</c>: writes the Teams app zip; the bot id is the configured <c>MicrosoftAppId</c>.</summary>
public static class TeamsPackageCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        var botId = configuration["MicrosoftAppId"];
        if (string.IsNullOrWhiteSpace(botId))
        {
            await Console.Error.WriteLineAsync("teams-package: MicrosoftAppId is not configured. Set it in appsettings.json, the MicrosoftAppId environment variable, or --MicrosoftAppId <GUID>.");
            return 2;
        }
        var app = configuration.GetSection(TeamsAppOptions.Section).Get<TeamsAppOptions>() ?? new TeamsAppOptions();
        var path = Path.GetFullPath(configuration["out"] ?? "teams-app.zip");

        try
        {
            using var package = new MemoryStream();
            TeamsAppPackage.Write(package, botId, app);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, package.ToArray());
        }
        catch (FormatException invalid)
        {
            await Console.Error.WriteLineAsync($"teams-package: {invalid.Message}");
            return 2;
        }
        Console.WriteLine($"Teams app package written to {path}");
        return 0;
    }
}
