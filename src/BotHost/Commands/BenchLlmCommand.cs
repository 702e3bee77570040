using System.Diagnostics.Metrics;
using System.Text.Json;
using Answering;
using Answering.Contract;
using Evaluation;
using KernelPlugins.Benchmarks;
using KernelPlugins.Llm;
using KernelPlugins.Plugins;

namespace BotHost.Commands;

/// <summary>
/// <c>bench-llm FILE [--iterations N] [--corpus DIR]</c>: what the Kernel and LLM mode cost. Answers every question
/// through the engine directly, through the Kernel, and in LLM mode against a scripted model on loopback that
/// answers instantly (it calls the engine's answer function and repeats its text), and prints the medians and
/// the grounding guard's own time per answer.
/// </summary>
public static class BenchLlmCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var iterations = int.TryParse(CommandServices.TakeOption(ref args, "--iterations"), out var n) ? n : 20;
        var corpusArgs = args;
        var kernelPath = CommandServices.Build(ref args);
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("사용법: bench-llm FILE.jsonl [--iterations N] [--corpus DIR]");
            return 2;
        }
        var items = GoldSet.Read(args[0]);

        await using var model = await ScriptedChatServer.StartAsync(RepeatTheEngine);
        var llmMode = CommandServices.Build(ref corpusArgs, new Dictionary<string, string?>
        {
            ["Llm:Provider"] = nameof(LlmProvider.OpenAICompatible),
            ["Llm:Endpoint"] = model.Endpoint.ToString(),
            ["Llm:Model"] = "scripted",
        });

        var engine = kernelPath.GetRequiredService<IAnswerEngine>();
        var direct = await Measure(items, iterations, item => Task.FromResult(engine.Ask(new AnswerRequest { Question = item.Question, History = item.Context })));
        var throughKernel = await Measure(items, iterations, item => kernelPath.AskAsync(item.Question, item.Context));

        var guardTimes = new List<double>();
        using var listener = ListenToGuard(guardTimes);
        var llmAnswers = new List<Answer>();
        var llm = await Measure(items, iterations, async item =>
        {
            var answer = await llmMode.AskAsync(item.Question, item.Context);
            llmAnswers.Add(answer);
            return answer;
        });
        guardTimes.Sort();

        Console.Out.WriteLine($"questions: {items.Count} x {iterations} iterations");
        Console.Out.WriteLine($"engine directly ms: median {Median(direct):0.000}");
        Console.Out.WriteLine($"through the Kernel ms: median {Median(throughKernel):0.000} (Kernel overhead {Median(throughKernel) - Median(direct):0.000} ms)");
        Console.Out.WriteLine($"LLM mode, scripted model on loopback, ms: median {Median(llm):0.000}, p90 {BenchCommand.Percentile(llm, 90):0.000}");
        Console.Out.WriteLine($"grounding guard ms per answer: median {Median(guardTimes):0.000}, p90 {BenchCommand.Percentile(guardTimes, 90):0.000}, max {guardTimes.LastOrDefault():0.000} ({guardTimes.Count} checks)");
        Console.Out.WriteLine($"model answers the guard passed: {llmAnswers.Count(a => a.ProducedBy == Producers.Llm)} of {llmAnswers.Count}");
        return 0;
    }

    /// <summary>The instant model: call the engine's answer function, then say what it said.</summary>
    private static ScriptedReply RepeatTheEngine(ChatTurn turn) => turn.ToolResults.Count == 0
        ? ScriptedReply.CallTool($"{AnswerPlugin.PluginName}-{AnswerPlugin.FunctionName}", new { question = turn.Question })
        : ScriptedReply.Say(JsonDocument.Parse(turn.ToolResults[^1]).RootElement.GetProperty("text").GetString() ?? "");

    private static MeterListener ListenToGuard(List<double> guardTimes)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == LlmMetrics.MeterName && instrument.Name == LlmMetrics.GuardDurationName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, milliseconds, _, _) => guardTimes.Add(milliseconds));
        listener.Start();
        return listener;
    }

    private static async Task<List<double>> Measure(IReadOnlyList<GoldItem> items, int iterations, Func<GoldItem, Task<Answer>> ask)
    {
        var time = TimeProvider.System;
        foreach (var item in items)
        {
            await ask(item);
        }
        var samples = new List<double>(items.Count * iterations);
        for (var i = 0; i < iterations; i++)
        {
            foreach (var item in items)
            {
                var started = time.GetTimestamp();
                await ask(item);
                samples.Add(time.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        samples.Sort();
        return samples;
    }

    private static double Median(IReadOnlyList<double> sorted) => sorted.Count == 0 ? double.NaN : BenchCommand.Percentile(sorted, 50);
}
