using Answering.Contract;
using Answering.Understanding;

namespace Answering.Skills;

/// <summary>One kind of answer. A skill declines (null) when the question is not its kind, and the next one is tried.</summary>
public interface ISkill
{
    Answer? TryAnswer(QuestionFrame frame);
}
