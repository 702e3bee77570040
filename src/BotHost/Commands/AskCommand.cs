using System.Text;
using System.Text.Json;
using Answering;
using Answering.Contract;

namespace BotHost.Commands;

/// <summary>
/// <c>ask "질문" [--json]</c> prints one answer (text and sources, or the contract JSON);
/// <c>ask --jsonl</c> answers the batch format on stdin ({"id","question","context":[…]}), one answer per line.
/// <c>--corpus DIR</c> overrides the corpus folder beside the program.
/// </summary>
public static class AskCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "corpus");
        var json = false;
        var batch = false;
        var words = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json": json = true; break;
                case "--jsonl": batch = true; break;
                case "--corpus" when i + 1 < args.Length: corpus = args[++i]; break;
                default: words.Add(args[i]); break;
            }
        }
        if (!Directory.Exists(corpus))
        {
            await Console.Error.WriteLineAsync($"ask: corpus folder not found: {corpus}");
            return 2;
        }
        var engine = AnswerEngine.FromFolder(corpus);
        Console.OutputEncoding = new UTF8Encoding(false);
        if (batch)
        {
            return await RunBatchAsync(engine);
        }
        if (words.Count == 0)
        {
            await Console.Error.WriteLineAsync("usage: ask \"질문\" [--json] | ask --jsonl < questions.jsonl  [--corpus DIR]");
            return 2;
        }
        var answer = engine.Ask(new AnswerRequest { Question = string.Join(" ", words) });
        Console.WriteLine(json ? JsonSerializer.Serialize(answer, AnswerJson.Indented) : Render(answer));
        return 0;
    }

    private static async Task<int> RunBatchAsync(AnswerEngine engine)
    {
        using var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
        var output = Console.Out;
        string? line;
        var lineNumber = 0;
        while ((line = await input.ReadLineAsync()) is not null)
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
                await Console.Error.WriteLineAsync($"ask: line {lineNumber} is not JSON: {e.Message}");
                continue;
            }
            if (item is null)
            {
                continue;
            }
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var answer = engine.Ask(new AnswerRequest { Id = item.Id, Question = item.Question ?? "", History = item.Context ?? [] });
            answer = answer with { Id = item.Id, ElapsedMs = Math.Round(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3) };
            await output.WriteLineAsync(JsonSerializer.Serialize(answer, AnswerJson.Options));
        }
        await output.FlushAsync();
        return 0;
    }

    private static string Render(Answer answer)
    {
        var text = new StringBuilder(answer.Text).AppendLine().AppendLine();
        for (var i = 0; i < answer.Citations.Count; i++)
        {
            var c = answer.Citations[i];
            text.AppendLine($"[{i + 1}] {c.Doc} {c.Lines}: {c.Quote.Replace('\t', ' ')}");
        }
        foreach (var figure in answer.Figures.Where(f => f.Formula is not null))
        {
            text.AppendLine($"= {figure.Label}: {figure.Formula} = {figure.Value} {figure.Unit}");
        }
        return text.ToString().TrimEnd();
    }

    private sealed record BatchQuestion(string? Id, string? Question, IReadOnlyList<string>? Context);
}
