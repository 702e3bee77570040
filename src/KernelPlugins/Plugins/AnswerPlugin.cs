using System.ComponentModel;
using Answering;
using Answering.Contract;
using Microsoft.SemanticKernel;

namespace KernelPlugins.Plugins;

/// <summary>The deterministic engine as one function: the default answer path, and a model's best first call.</summary>
public sealed class AnswerPlugin(IAnswerEngine engine)
{
    public const string PluginName = "answers";
    public const string FunctionName = "answer_question";

    [KernelFunction(FunctionName)]
    [Description("문서를 근거로 질문에 답하고 수치와 인용을 함께 돌려줍니다. 먼저 이 함수를 부르세요. / Answers a question from the documents, with its figures and citations. Call this first.")]
    public Answer AnswerQuestion(
        [Description("사용자의 질문 / the user's question")] string question,
        [Description("같은 대화의 이전 질문들(오래된 것부터) / earlier questions of the same conversation, oldest first")] IReadOnlyList<string>? earlierQuestions = null,
        [Description("chat(질문) 또는 factcheck(주장 검증) / chat (a question) or factcheck (a claim to verify)")] string mode = AnswerModes.Chat)
        => engine.Ask(new AnswerRequest { Question = question, History = earlierQuestions ?? [], Mode = mode });
}
