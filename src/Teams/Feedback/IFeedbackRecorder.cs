namespace Teams.Feedback;

/// <summary>Where feedback on answers is kept for the staff to review.</summary>
public interface IFeedbackRecorder
{
    Task RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken);

    Task<IReadOnlyList<AnswerFeedback>> ReadAllAsync(CancellationToken cancellationToken);
}
