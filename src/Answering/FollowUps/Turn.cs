using Answering.Composing;
using Answering.Contract;
using Answering.Understanding;

namespace Answering.FollowUps;

/// <summary>An earlier turn as the next one can lean on it: what was asked, in which document, and what the answer stated.</summary>
public sealed record Turn(Question Question, Answer Answer, AnswerFocus Focus);
