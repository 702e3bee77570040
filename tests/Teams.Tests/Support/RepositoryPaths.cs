namespace Teams.Tests.Support;

/// <summary>Files of this repository, found from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BotHost.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No BotHost.sln above {AppContext.BaseDirectory}.");
    }
}
