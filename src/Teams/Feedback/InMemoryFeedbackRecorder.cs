using System.Collections.Concurrent;

namespace Teams.Feedback;

/// <summary>Keeps feedback until the program stops; the default when no feedback file is configured.</summary>
public sealed class InMemoryFeedbackRecorder : IFeedbackRecorder
{
    private readonly ConcurrentQueue<AnswerFeedback> _feedback = new();

    public Task RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        _feedback.Enqueue(feedback);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AnswerFeedback>> ReadAllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AnswerFeedback>>([.. _feedback]);
}
