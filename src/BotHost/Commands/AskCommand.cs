using System.Text;
using System.Text.Json;
using Answering.Contract;

namespace BotHost.Commands;

/// <summary>
/// <c>ask "질문" [--json]</c> prints one answer (text and sources, or the contract JSON);
/// <c>ask --jsonl</c> answers the batch format on stdin ({"id","question","context":[…]}), one answer per line.
/// Answers go through the same services as the HTTP host; <c>--corpus DIR</c> overrides the corpus folder.
/// </summary>
public static class AskCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var json = CommandServices.TakeFlag(ref args, "--json");
        var batch = CommandServices.TakeFlag(ref args, "--jsonl");
        var services = CommandServices.Build(ref args);
        Console.OutputEncoding = new UTF8Encoding(false);
        if (batch)
        {
            return await RunBatchAsync(services);
        }
        if (args.Length == 0)
        {
            await Console.Error.WriteLineAsync("사용법: ask \"질문\" [--json] | ask --jsonl < questions.jsonl  [--corpus DIR]");
            return 2;
        }
        var answer = await services.AskAsync(string.Join(" ", args), []);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(answer, AnswerJson.Indented));
        }
        else
        {
            AnswerPrinter.Print(answer, Console.Out);
        }
        return 0;
    }

    private static async Task<int> RunBatchAsync(IServiceProvider services)
    {
        using var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
        var output = Console.Out;
        var lineNumber = 0;
        while (await input.ReadLineAsync() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            BatchQuestion? item;
            try
            {
                item = JsonSerializer.Deserialize<BatchQuestion>(line, AnswerJson.Options);
            }
            catch (JsonException e)
            {
                await Console.Error.WriteLineAsync($"ask: {lineNumber}번째 줄이 JSON이 아니에요: {e.Message}");
                continue;
            }
            if (item is null)
            {
                continue;
            }
            var answer = await services.AskAsync(item.Question ?? "", item.Context ?? [], item.Id);
            await output.WriteLineAsync(JsonSerializer.Serialize(answer, AnswerJson.Options));
        }
        await output.FlushAsync();
        return 0;
    }

    private sealed record BatchQuestion(string? Id, string? Question, IReadOnlyList<string>? Context);
}
