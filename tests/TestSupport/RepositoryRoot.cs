namespace TestSupport;

/// <summary>Files of this repository, found from the test's output folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Of(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "BotHost.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No BotHost.sln above {AppContext.BaseDirectory}.");
    }
}
