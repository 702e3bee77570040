using Answering.Composing;
using Answering.Contract;
using Answering.Knowledge;
using Answering.Understanding;
using Corpus.Model;

namespace Answering.Skills;

/// <summary>When the document may be published (embargo lines) and whom to call (the contact block).</summary>
public sealed class ContactSkill(ValueResolver resolver) : ISkill
{
    public Answer? TryAnswer(QuestionFrame frame)
    {
        var embargo = frame.Text.HasAny("엠바고", "보도시점", "보도가능", "언제보도", "언제부터보도", "보도시간", "석간", "조간", "배포일");
        var contact = frame.Text.HasAny("연락", "담당자", "담당부서", "담당과장", "문의", "취재", "전화", "누구한테", "누구에게", "연락처");
        if (!embargo && !contact)
        {
            return null;
        }
        var kind = embargo ? UnitKind.Embargo : UnitKind.Contact;
        var units = resolver.Knowledge.Corpus.Parsed.SelectMany(d => d.Units).Where(u => u.Kind == kind).ToList();
        if (units.Count == 0)
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "contact");
        var quotes = units.Where(u => u.Text.Length > 4 && !u.Text.StartsWith("--", StringComparison.Ordinal)).Take(3)
            .Select(u => $"“{Readable(u.Text)}”{draft.Cite(new Source(u.Doc, u.FromLine, u.ToLine, u.Text))}");
        draft.FollowUp(embargo ? "추가 취재는 누구에게 연락하면 되나요?" : "이 보도자료 엠바고는 언제인가요?", embargo ? "Whom should I contact?" : "When is the embargo lifted?");
        draft.FollowUp("이 사업의 2단계 예산은?", "What is the phase 2 budget?");
        var lead = draft.English
            ? (embargo ? "The press release states its embargo as follows:" : "The press release gives these contacts:")
            : (embargo ? "보도 시점은 다음과 같이 안내되어 있어요." : "문의처는 다음과 같이 안내되어 있어요.");
        return draft.Finish($"{lead} {string.Join(" ", quotes)}");
    }

    private static string Readable(string text) => text.Replace('\t', ' ').Replace("<p>", "", StringComparison.Ordinal).Replace("</p>", "", StringComparison.Ordinal).Trim();
}
