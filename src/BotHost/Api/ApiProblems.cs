namespace BotHost.Api;

/// <summary>The polite messages a caller reads when a request cannot be answered.</summary>
internal static class ApiProblems
{
    public const string InvalidJson = "요청 형식이 올바르지 않아요. {\"question\": \"질문 내용\"} 형태의 JSON으로 보내 주세요.";
    public const string EmptyQuestion = "질문이 비어 있어요. 궁금한 내용을 입력해 주세요.";
    public const string InvalidConversation = "대화 ID가 올바르지 않아요. 새 대화로 다시 시도해 주세요.";
    public const string InvalidMode = "mode는 chat 또는 factcheck 중 하나로 보내 주세요.";
    public const string UnknownDocument = "요청하신 문서를 찾을 수 없어요. 문서 이름을 확인해 주세요.";
    public const string InvalidLineRange = "줄 범위가 올바르지 않아요. 문서 안의 줄 번호로 from과 to를 보내 주세요.";
    public const string Unexpected = "죄송해요, 답변을 만드는 중에 문제가 생겼어요. 잠시 후 다시 시도해 주세요.";
    public const string QuestionTitle = "질문을 확인해 주세요";
    public const string RequestTitle = "요청을 확인해 주세요";
}
