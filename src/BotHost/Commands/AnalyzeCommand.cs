namespace BotHost.Commands;

// Placeholder until the Korean analyzer lands (issue 3).
public static class AnalyzeCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("analyze: not available yet");
        return Task.FromResult(2);
    }
}
