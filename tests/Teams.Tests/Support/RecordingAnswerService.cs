using Answering;
using Answering.Contract;

namespace Teams.Tests.Support;

/// <summary>Records every request the bot makes and answers with what the test set up (a sample answer, or the real engine).</summary>
public sealed class RecordingAnswerService(Func<AnswerRequest, Task<Answer>> answer) : IAnswerService
{
    private readonly List<AnswerRequest> _requests = [];

    public IReadOnlyList<AnswerRequest> Requests
    {
        get { lock (_requests) { return [.. _requests]; } }
    }

    public Task<Answer> AskAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        lock (_requests)
        {
            _requests.Add(request);
        }
        return answer(request);
    }

    /// <summary>An answer with one computed figure, its two inputs and one citation, echoing the question.</summary>
    public static RecordingAnswerService WithBudgetFigure() => new(request => Task.FromResult(SampleAnswers.Budget(request.Question)));
}
