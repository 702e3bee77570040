using System.Diagnostics;

namespace TestSupport;

/// <summary>
/// The programs some tests drive (Chromium, Korean fonts, the Agents Playground, redis-server, LibreOffice), installed by
/// <c>tests/prerequisites.sh</c> the first time a test needs them, so <c>dotnet test</c> passes on a fresh clone.
/// </summary>
public static class Prerequisites
{
    public const string Chromium = "chromium";
    public const string Fonts = "fonts";
    public const string Playground = "playground";
    public const string Redis = "redis";
    public const string Office = "office";

    public const string ChromiumPath = "/usr/bin/chromium";
    public const string RedisServerPath = "/usr/bin/redis-server";

    private static readonly SemaphoreSlim Installing = new(1, 1);

    public static string PlaygroundCliPath =>
        RepositoryRoot.Of("tests", "Teams.Tests", "playground-tool", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    public static async Task EnsureAsync(params string[] needs)
    {
        var missing = needs.Where(need => !IsInstalled(need)).ToArray();
        if (missing.Length == 0)
        {
            return;
        }
        await Installing.WaitAsync();
        try
        {
            missing = [.. missing.Where(need => !IsInstalled(need))];
            if (missing.Length > 0)
            {
                await InstallAsync(missing);
            }
        }
        finally
        {
            Installing.Release();
        }
    }

    private static bool IsInstalled(string need) => need switch
    {
        Chromium => File.Exists(ChromiumPath),
        Fonts => Directory.Exists("/usr/share/fonts/truetype/nanum"),
        Playground => File.Exists(PlaygroundCliPath),
        Redis => File.Exists(RedisServerPath),
        Office => File.Exists("/usr/bin/soffice") && File.Exists("/usr/bin/pdftotext"),
        _ => throw new ArgumentException($"Unknown prerequisite {need}.", nameof(need)),
    };

    private static async Task InstallAsync(string[] needs)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepositoryRoot.Of("tests", "prerequisites.sh"));
        foreach (var need in needs)
        {
            start.ArgumentList.Add(need);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        await process.WaitForExitAsync(patience.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"tests/prerequisites.sh {string.Join(' ', needs)} failed ({process.ExitCode}); it installs Debian packages and needs root.\n{await output}\n{await errors}");
        }
    }
}
