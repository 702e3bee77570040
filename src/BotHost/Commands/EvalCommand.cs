using System.Text.Json;
using Answering.Contract;
using Evaluation;
using Microsoft.Extensions.Options;

namespace BotHost.Commands;

/// <summary><c>eval FILE [--corpus DIR] [--json] [--show-failures N]</c>: answers a gold set and prints the shared scorer's figures.</summary>
public static class EvalCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var asJson = CommandServices.TakeFlag(ref args, "--json");
        var showFailures = int.TryParse(CommandServices.TakeOption(ref args, "--show-failures"), out var n) ? n : 15;
        var services = CommandServices.Build(ref args);
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("사용법: eval FILE.jsonl [--corpus DIR] [--json] [--show-failures N]");
            return 2;
        }

        var corpusFolder = services.GetRequiredService<IOptions<CorpusOptions>>().Value.ResolveFolder();
        var scorer = new Scorer(GoldSet.ReadCorpus(corpusFolder));
        var scores = new List<ItemScore>();
        foreach (var item in GoldSet.Read(args[0]))
        {
            var answer = await services.AskAsync(item.Question, item.Context, item.Id);
            scores.Add(scorer.Score(item, answer));
        }

        var report = new EvaluationReport(scores);
        Console.Out.Write(asJson ? JsonSerializer.Serialize(Summary(report), AnswerJson.Options) + Environment.NewLine : report.Format(showFailures));
        return 0;
    }

    private static object Summary(EvaluationReport report) => new
    {
        items = report.Items.Count,
        passed = report.Passed,
        pass_rate = report.PassRate,
        citations = report.Citations,
        invalid_citations = report.InvalidCitations,
        ungrounded_numbers = report.UngroundedNumbers,
        by_kind = report.ByKind.ToDictionary(k => k.Kind, k => new { items = k.Total, passed = k.Passed }),
    };
}
