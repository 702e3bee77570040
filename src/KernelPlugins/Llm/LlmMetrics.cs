using System.Diagnostics.Metrics;

namespace KernelPlugins.Llm;

/// <summary>How LLM mode behaves in production: how long the guard takes, and why answers fell back to the engine.</summary>
public sealed class LlmMetrics
{
    public const string MeterName = "KernelPlugins.Llm";
    public const string GuardDurationName = "kernelplugins.llm.guard.duration";

    private readonly Histogram<double> _guardDuration;
    private readonly Counter<long> _answers;

    public LlmMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _guardDuration = meter.CreateHistogram<double>(GuardDurationName, "ms", "Time the grounding guard takes to check one model answer.");
        _answers = meter.CreateCounter<long>("kernelplugins.llm.answers", description: "Answers in LLM mode, by who produced them and why.");
    }

    public void GuardChecked(TimeSpan elapsed) => _guardDuration.Record(elapsed.TotalMilliseconds);

    public void Answered(string producedBy, string outcome) =>
        _answers.Add(1, new KeyValuePair<string, object?>("produced_by", producedBy), new KeyValuePair<string, object?>("outcome", outcome));
}
