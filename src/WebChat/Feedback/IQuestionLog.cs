using Answering.Contract;

namespace WebChat.Feedback;

/// <summary>Remembers the questions the documents did not answer, so staff can see what people look for.</summary>
public interface IQuestionLog
{
    Task RecordUnansweredAsync(Answer answer, CancellationToken cancellationToken = default);
}
