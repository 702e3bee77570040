namespace WebChat.Feedback;

/// <summary>The body of <c>POST /api/feedback</c>: a thumbs up or down on one answer, with an optional comment.</summary>
public sealed record FeedbackRequest
{
    public const int MaxQuestionLength = 2_000;
    public const int MaxAnswerLength = 4_000;
    public const int MaxCommentLength = 1_000;
    public const int MaxIdLength = 100;

    public string? Id { get; init; }
    public string? ConversationId { get; init; }
    public string? Question { get; init; }
    public string? Answer { get; init; }
    public string? Rating { get; init; }
    public string? Comment { get; init; }

    /// <summary>The polite reason this feedback cannot be stored, or null when it can.</summary>
    public string? Problem() => this switch
    {
        { Rating: not (Ratings.Up or Ratings.Down) } => "평가는 'up' 또는 'down'으로 보내 주세요.",
        _ when string.IsNullOrWhiteSpace(Question) => "어떤 질문에 대한 평가인지 함께 보내 주세요.",
        { Question.Length: > MaxQuestionLength } => $"질문은 {MaxQuestionLength:N0}자까지 받을 수 있어요.",
        { Answer.Length: > MaxAnswerLength } => $"답변은 {MaxAnswerLength:N0}자까지 받을 수 있어요.",
        { Comment.Length: > MaxCommentLength } => $"의견은 {MaxCommentLength:N0}자까지 적어 주세요.",
        { Id.Length: > MaxIdLength } or { ConversationId.Length: > MaxIdLength } => "대화 식별자가 너무 길어요.",
        _ => null,
    };
}
