using Answering.Contract;

namespace Answering.Input;

/// <summary>Turns away what is not a question — empty, huge, binary, markup, bare symbols — with a polite message instead of an error.</summary>
public static partial class InputGuard
{
    public const int MaxLength = 2000;

    public static Answer? Check(AnswerRequest request)
    {
        var question = request.Question ?? "";
        var english = IsEnglish(question);
        string? reason = null;
        if (string.IsNullOrWhiteSpace(question))
        {
            reason = english ? "Please type a question." : "질문을 입력해 주세요.";
        }
        else if (question.Length > MaxLength)
        {
            reason = english ? $"The question is too long. Please keep it under {MaxLength:N0} characters." : $"질문이 너무 길어요. {MaxLength:N0}자 이내로 줄여서 다시 물어봐 주세요.";
        }
        else if (question.Any(c => (char.IsControl(c) && c is not '\n' and not '\r' and not '\t') || c == '\uFFFD'))
        {
            reason = english ? "The question contains characters I can't read. Please type it again as plain text." : "읽을 수 없는 문자가 섞여 있어요. 일반 텍스트로 다시 입력해 주세요.";
        }
        else if (question.Contains('<') && question.Contains('>'))
        {
            reason = english ? "Please ask without HTML or script tags." : "HTML이나 스크립트 태그 없이 질문을 입력해 주세요.";
        }
        else if (!HasWords(question))
        {
            reason = english ? "I couldn't find a question in that. Could you ask in a full sentence?" : "질문 내용을 알아보기 어려워요. 궁금한 점을 문장으로 적어 주시겠어요?";
        }
        return reason is null ? null : new Answer
        {
            Id = request.Id,
            Question = question.Length > 200 ? question[..200] : question,
            Text = reason,
            Language = english ? "en" : "ko",
            Kind = AnswerKinds.Invalid,
            Answerable = false,
            FollowUps = english ? ["What is the total budget?", "When is the application deadline?"] : ["사업 예산은 얼마인가요?", "신청 기간은 언제인가요?"],
        };
    }

    /// <summary>The reply when a question could not be read at all.</summary>
    public static Answer Unreadable(AnswerRequest request)
    {
        var english = IsEnglish(request.Question);
        return new Answer
        {
            Id = request.Id,
            Question = request.Question.Length > 200 ? request.Question[..200] : request.Question,
            Text = english ? "Sorry, I couldn't understand that question. Could you rephrase it?" : "죄송해요, 질문을 이해하지 못했어요. 조금 다르게 다시 물어봐 주시겠어요?",
            Language = english ? "en" : "ko",
            Kind = AnswerKinds.OutOfScope,
            Answerable = false,
        };
    }

    /// <summary>Markup says nothing of the asker's language: only words outside tags count, and Korean is the default.</summary>
    private static bool IsEnglish(string question)
    {
        var outsideTags = Markup().Replace(question, " ");
        var englishWords = outsideTags.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Count(char.IsAsciiLetter) >= 2);
        return englishWords >= 2 && !question.Any(c => c is >= '가' and <= '힣');
    }

    [System.Text.RegularExpressions.GeneratedRegex("<[^>]*>")]
    private static partial System.Text.RegularExpressions.Regex Markup();

    private static bool HasWords(string question)
    {
        var hangul = question.Count(c => c is >= '가' and <= '힣');
        if (hangul >= 2)
        {
            return true;
        }
        var words = question.Split(' ', '\t', '\n', '(', ')', '*', '?', '&', '!', ':', '"', '\'', '+', '-', '~', '[', ']', '{', '}', '^', '/', '\\', '|', ',', '.')
            .Where(w => w.Count(char.IsLetterOrDigit) >= 2 && !w.Equals("R", StringComparison.OrdinalIgnoreCase));
        return words.Count() >= 2;
    }
}
