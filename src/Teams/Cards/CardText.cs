using Answering.Contract;

namespace Teams.Cards;

/// <summary>Every word the cards and replies show, in Korean or English (the question's language).</summary>
public sealed record CardText
{
    public required string Language { get; init; }
    public required string FiguresTitle { get; init; }
    public required string Formula { get; init; }
    public required string Inputs { get; init; }
    public required string ShowSources { get; init; }
    public required string FollowUpsTitle { get; init; }
    public required string NotFoundInDocument { get; init; }
    public required IReadOnlyDictionary<string, string> VerdictBadges { get; init; }
    public required IReadOnlyDictionary<string, string> EligibilityBadges { get; init; }
    public required string WelcomeTitle { get; init; }
    public required string WelcomeBody { get; init; }
    public required string HelpTitle { get; init; }
    public required string HelpBody { get; init; }
    public required string ExamplesTitle { get; init; }
    public required IReadOnlyList<string> ExampleQuestions { get; init; }
    public required string EmptyQuestion { get; init; }
    public required string QuestionTooLong { get; init; }
    public required string FeedbackThanks { get; init; }

    public static CardText For(string language) => language == "en" ? English : Korean;

    /// <summary>Where a quote sits: "37행", "35-37행"; "line 37", "lines 35-37".</summary>
    public string Lines(LineRange lines) => Language switch
    {
        "en" => lines.From == lines.To ? $"line {lines}" : $"lines {lines}",
        _ => $"{lines}행",
    };

    public static CardText Korean { get; } = new()
    {
        Language = "ko",
        FiguresTitle = "주요 수치",
        Formula = "계산식",
        Inputs = "사용한 값",
        ShowSources = "출처 보기",
        FollowUpsTitle = "이어서 물어보기",
        NotFoundInDocument = "문서에서 찾지 못했어요",
        VerdictBadges = new Dictionary<string, string>
        {
            [Verdicts.Supported] = "사실이에요",
            [Verdicts.Refuted] = "사실과 달라요",
            [Verdicts.NotInDocument] = "문서에서 확인할 수 없어요",
            [Verdicts.Conflicting] = "문서 내용이 서로 달라요",
        },
        EligibilityBadges = new Dictionary<string, string>
        {
            [Eligibility.Yes] = "지원 대상이에요",
            [Eligibility.No] = "지원 대상이 아니에요",
            [Eligibility.Depends] = "조건에 따라 달라요",
            [Eligibility.NotInDocument] = "문서에서 확인할 수 없어요",
        },
        WelcomeTitle = "안녕하세요! 정부 사업 문서 안내 도우미예요.",
        WelcomeBody = "등록된 정부 사업 문서를 바탕으로 예산, 지원 대상, 일정 같은 질문에 출처와 함께 답해 드려요. 아래 예시를 눌러 보시거나 편하게 물어보세요.",
        HelpTitle = "이렇게 물어보세요",
        HelpBody = "궁금한 내용을 한 문장으로 물어보시면 돼요. 숫자를 물으시면 계산식과 출처 행 번호도 함께 보여 드려요. 앞의 질문에 이어서 \"그럼 1단계는요?\"처럼 물어보셔도 괜찮아요. 그룹 채팅과 채널에서는 저를 @멘션해 주세요.",
        ExamplesTitle = "예시 질문",
        ExampleQuestions = ["2단계 R&D 예산 총액이 얼마인가요?", "2단계 R&D 예산은 1단계보다 몇 % 늘었나요?", "2020년 지방비 예산 규모 알려주세요."],
        EmptyQuestion = "질문을 입력해 주세요. 무엇을 물어볼지 모르시겠다면 \"도움말\"이라고 보내 주세요.",
        QuestionTooLong = "질문이 조금 길어요. {0:N0}자 이내로 줄여서 다시 물어봐 주세요.",
        FeedbackThanks = "의견 고맙습니다.",
    };

    public static CardText English { get; } = new()
    {
        Language = "en",
        FiguresTitle = "Figures",
        Formula = "Formula",
        Inputs = "Inputs",
        ShowSources = "Show sources",
        FollowUpsTitle = "Ask next",
        NotFoundInDocument = "Not found in the documents",
        VerdictBadges = new Dictionary<string, string>
        {
            [Verdicts.Supported] = "True",
            [Verdicts.Refuted] = "False",
            [Verdicts.NotInDocument] = "Not in the documents",
            [Verdicts.Conflicting] = "The documents disagree",
        },
        EligibilityBadges = new Dictionary<string, string>
        {
            [Eligibility.Yes] = "Eligible",
            [Eligibility.No] = "Not eligible",
            [Eligibility.Depends] = "It depends",
            [Eligibility.NotInDocument] = "Not in the documents",
        },
        WelcomeTitle = "Hello! I answer questions about government program documents.",
        WelcomeBody = "I answer from the program documents loaded here, with the sources for every figure. Try an example or ask your own question.",
        HelpTitle = "How to ask",
        HelpBody = "Ask one question at a time. For figures I show the formula and the source lines. Follow-ups like \"and in phase 1?\" work too. In group chats and channels, please @mention me.",
        ExamplesTitle = "Examples",
        ExampleQuestions = ["What is the total R&D budget of phase 2?", "2단계 R&D 예산 총액이 얼마인가요?"],
        EmptyQuestion = "Please type a question, or send \"help\" to see what I can do.",
        QuestionTooLong = "That question is a little long. Please keep it under {0:N0} characters.",
        FeedbackThanks = "Thank you for your feedback.",
    };
}
