using Answering.Contract;

namespace Answering;

/// <summary>The deterministic engine: a question in, a cited answer out. Stateless; follow-ups come in <see cref="AnswerRequest.History"/>.</summary>
public interface IAnswerEngine
{
    Answer Ask(AnswerRequest request);
}
