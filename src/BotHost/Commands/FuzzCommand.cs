using BotHost.Fuzzing;
using Teams.Diagnostics;

namespace BotHost.Commands;

/// <summary>
/// <c>fuzz URL [--requests N] [--seed S] [--concurrency C]</c>: sends N generated requests (random JSON, wrong types,
/// huge fields, broken UTF-8, broken activities, bad service URLs, random invokes, with and without tokens) to a running
/// host's /api/ask, /api/sources, /api/feedback and /api/messages, and fails on any 5xx (but a 501 for an
/// unimplemented invoke) or a stack trace in a body. Replies of well-formed activities go to a loopback connector it
/// starts. Only loopback hosts are accepted.
/// </summary>
public static class FuzzCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = int.TryParse(CommandServices.TakeOption(ref args, "--requests"), out var r) ? r : 10_000;
        var seed = int.TryParse(CommandServices.TakeOption(ref args, "--seed"), out var s) ? s : 1;
        var concurrency = int.TryParse(CommandServices.TakeOption(ref args, "--concurrency"), out var c) ? c : 8;
        if (args.Length != 1 || !Uri.TryCreate(args[0], UriKind.Absolute, out var host) || requests < 1 || concurrency < 1)
        {
            Console.Error.WriteLine("사용법: fuzz http://127.0.0.1:PORT [--requests N] [--seed S] [--concurrency C]");
            return 2;
        }
        if (!host.IsLoopback)
        {
            Console.Error.WriteLine("fuzz는 이 컴퓨터(loopback) 주소에만 보낼 수 있어요.");
            return 2;
        }

        await using var connector = await LoopbackConnector.StartAsync();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = host, Timeout = TimeSpan.FromSeconds(60) };
        var started = TimeProvider.System.GetTimestamp();
        var run = await FuzzRun.SendAsync(client, new RequestFuzzer(seed, connector.ServiceUrl).Generate(requests), concurrency);
        Console.Out.Write(run.Summary());
        Console.Out.WriteLine($"{TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s, seed {seed}, {connector.Sent.Count} replies reached the loopback connector");
        return run.ServerErrors == 0 && run.StackTraces == 0 && run.TransportFailures == 0 ? 0 : 1;
    }
}
