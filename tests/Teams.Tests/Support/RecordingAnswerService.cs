using Answering;
using Answering.Contract;

namespace Teams.Tests.Support;

/// <summary>Stands in for the engine in unit tests: records every request and answers with what the test set up.</summary>
public sealed class RecordingAnswerService(Func<AnswerRequest, Answer> answer) : IAnswerService
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
        return Task.FromResult(answer(request));
    }

    /// <summary>An answer with one computed figure, its two inputs and one citation, echoing the question.</summary>
    public static RecordingAnswerService WithBudgetFigure() => new(request => SampleAnswers.Budget(request.Question));
}
