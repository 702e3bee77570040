namespace WebChat.Feedback;

/// <summary>
/// Where ratings and unanswered questions are kept for the <c>report</c> command: a JSON Lines file by default
/// (<see cref="FeedbackLog"/>), or a store every instance of the host shares.
/// </summary>
public interface IFeedbackStore : IQuestionLog
{
    /// <summary>Where the entries are, as the report names it.</summary>
    string Location { get; }

    Task RecordRatingAsync(FeedbackRequest feedback, CancellationToken cancellationToken = default);

    Task<FeedbackLogContents> ReadAllAsync(CancellationToken cancellationToken = default);
}
