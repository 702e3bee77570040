using Answering.Contract;

namespace Answering.Conversations;

/// <summary>
/// What an answer adds when the conversation's earlier questions could not be read (the shared store was out of
/// reach): the question was answered on its own, and the reader should know why a follow-up may miss its context.
/// </summary>
public static class HistoryNotice
{
    public const string Korean = "(이전 대화 내용을 지금 불러올 수 없어서 이번 질문은 새 질문으로 보고 답했어요. 앞의 질문을 함께 적어 주시면 더 정확히 답할 수 있어요.)";
    public const string English = "(I couldn't load our earlier conversation just now, so I answered this as a new question. Include the earlier question if this one builds on it.)";

    public static string For(string language) => language == "en" ? English : Korean;

    public static Answer AppendTo(Answer answer) => answer with { Text = $"{answer.Text}\n\n{For(answer.Language)}" };
}
