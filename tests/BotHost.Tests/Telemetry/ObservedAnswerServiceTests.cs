using System.Diagnostics.Metrics;
using Answering;
using Answering.Contract;
using BotHost.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace BotHost.Tests.Telemetry;

/// <summary>Each answer is counted by kind, producer and answerability, timed, and logged in one line without the question.</summary>
public sealed class ObservedAnswerServiceTests
{
    private const string Question = "우리 회사 매출 300억원인데 지원받을 수 있나요?";

    [Fact]
    public async Task An_answer_is_counted_timed_and_logged_with_the_question_only_at_Debug()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = services.GetRequiredService<IMeterFactory>();
        var telemetry = new AnswerTelemetry(meterFactory);
        using var answers = new MetricCollector<long>(meterFactory, AnswerTelemetry.MeterName, "bothost.answers");
        using var durations = new MetricCollector<double>(meterFactory, AnswerTelemetry.MeterName, "bothost.answer.duration");
        var logger = new FakeLogger<ObservedAnswerService>();
        logger.ControlLevel(LogLevel.Debug, enabled: true);
        var observed = new ObservedAnswerService(new FixedAnswers(), telemetry, TimeProvider.System, logger);

        var answer = await observed.AskAsync(new AnswerRequest { Question = Question, Id = "q-7" });

        var counted = Assert.Single(answers.GetMeasurementSnapshot());
        Assert.Equal(1, counted.Value);
        Assert.Equal("eligibility", counted.Tags["kind"]);
        Assert.Equal(Producers.Engine, counted.Tags["produced_by"]);
        Assert.Equal(false, counted.Tags["answerable"]);
        Assert.Single(durations.GetMeasurementSnapshot());
        var records = logger.Collector.GetSnapshot();
        var line = Assert.Single(records, record => record.Level == LogLevel.Information);
        Assert.Contains("Answer q-7: eligibility, answerable False, by engine", line.Message);
        Assert.All(records.Where(record => record.Level > LogLevel.Debug), record => Assert.DoesNotContain(Question, record.Message));
        Assert.Contains(records, record => record.Level == LogLevel.Debug && record.Message.Contains(Question));
        Assert.Equal("eligibility", answer.Kind);
    }

    private sealed class FixedAnswers : IAnswerService
    {
        public Task<Answer> AskAsync(AnswerRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new Answer
        {
            Id = request.Id,
            Question = request.Question,
            Text = "문서에 나와 있지 않아요.",
            Language = "ko",
            Kind = "eligibility",
            Answerable = false,
        });
    }
}
