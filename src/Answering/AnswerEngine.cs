using Answering.Contract;
using Corpus;

namespace Answering;

// Placeholder until the engine lands (issue 2): answers politely that it cannot answer yet.
public sealed class AnswerEngine(CorpusLibrary corpus) : IAnswerEngine
{
    public CorpusLibrary Corpus { get; } = corpus;

    public static AnswerEngine FromFolder(string corpusFolder) => new(CorpusLibrary.Load(corpusFolder));

    public Answer Ask(AnswerRequest request) => new()
    {
        Id = request.Id,
        Question = request.Question,
        Text = "아직 답변을 준비하고 있어요.",
        Language = "ko",
        Kind = "out_of_scope",
        Answerable = false,
        ConversationId = request.ConversationId,
    };
}
