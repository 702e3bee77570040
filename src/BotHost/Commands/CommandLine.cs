namespace BotHost.Commands;

/// <summary>The same program serves HTTP or runs one command: <c>ask</c>, <c>chat</c>, <c>eval</c>, <c>analyze</c>, <c>bench</c>, <c>report</c>, <c>index</c>, <c>bench-corpus</c>, <c>load</c>, <c>fuzz</c>, <c>teams-package</c>, <c>bench-teams</c>.</summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Commands = new(StringComparer.Ordinal)
    {
        ["analyze"] = AnalyzeCommand.RunAsync,
        ["ask"] = AskCommand.RunAsync,
        ["bench"] = BenchCommand.RunAsync,
        ["bench-corpus"] = BenchCorpusCommand.RunAsync,
        ["bench-llm"] = BenchLlmCommand.RunAsync,
        ["chat"] = ChatCommand.RunAsync,
        ["eval"] = EvalCommand.RunAsync,
        ["fuzz"] = FuzzCommand.RunAsync,
        ["index"] = IndexCommand.RunAsync,
        ["load"] = LoadCommand.RunAsync,
        ["report"] = ReportCommand.RunAsync,
        ["teams-package"] = TeamsPackageCommand.RunAsync,
        ["bench-teams"] = TeamsBenchmarkCommand.RunAsync,
    };

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.ContainsKey(args[0]);

    public static Task<int> RunAsync(string[] args) => Commands[args[0]](args[1..]);
}
