using System.Diagnostics;
using System.Diagnostics.Metrics;
using Answering.Contract;

namespace BotHost.Telemetry;

/// <summary>The host's own instruments: answers by kind, producer and answerability, and how long they took.</summary>
public sealed class AnswerTelemetry
{
    public const string MeterName = "BotHost.Answers";
    public const string ActivitySourceName = "BotHost.Answers";

    // Answers take a millisecond from the engine and seconds from a model: buckets for both.
    private static readonly IReadOnlyList<double> DurationBuckets =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];

    private readonly Counter<long> _answers;
    private readonly Histogram<double> _duration;

    public AnswerTelemetry(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _answers = meter.CreateCounter<long>("bothost.answers", description: "Answers sent, by kind, producer (engine or llm) and whether the documents answered the question.");
        _duration = meter.CreateHistogram<double>("bothost.answer.duration", unit: "s", description: "Time from question to answer, model included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
    }

    public static ActivitySource Source { get; } = new(ActivitySourceName);

    public void Answered(Answer answer, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { "kind", answer.Kind },
            { "produced_by", answer.ProducedBy },
            { "answerable", answer.Answerable },
        };
        _answers.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
    }
}
