using Answering.Composing;
using Answering.Contract;
using Answering.Knowledge;
using Answering.Understanding;

namespace Answering.Skills;

/// <summary>
/// Checks a described situation against the designation rules the documents write down: distance
/// (with the 광역시 limit), total area, the listed hub types, and forms that are only a planned example.
/// Each part gives yes, no, depends or not_in_document; the verdict is the strictest part.
/// </summary>
public sealed class EligibilitySkill(ValueResolver resolver) : ISkill
{
    private static readonly (string Long, string Short)[] Abbreviations = [("경제자유구역", "경자구역"), ("연구개발특구", "r&d특구"), ("산단", "산업단지")];
    private static readonly string[] QuestionMarkers = ["맞나요", "충족", "되나요", "될까요", "인정", "들어가", "포함", "해당", "가능", "괜찮", "기준", "자격", "되죠", "돼요", "될수", "되는지", "맞는지", "can", "does", "is"];
    private static readonly string[] ShapeWords = ["벨트형", "벨트", "띠", "선형", "길게", "belt"];

    public Answer? TryAnswer(QuestionFrame frame)
    {
        var rules = resolver.Knowledge.Rules;
        var distance = frame.Quantities.Where(q => q.Unit == "km").Select(q => (decimal?)q.Value).FirstOrDefault();
        var area = frame.Quantities.Where(q => q.Unit == "km²").Select(q => (decimal?)q.Value).FirstOrDefault();
        var asksHub = frame.Text.HasAny("거점");
        var asksShape = frame.Text.HasAny(ShapeWords);
        var asks = frame.Text.HasAny(QuestionMarkers);
        if (distance is null && area is null && !(asksHub && (asks || frame.Text.HasAny("유형", "종류", "type"))) && !(asksShape && asks))
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "eligibility");
        var parts = new List<(string Verdict, string Text)>();
        if (distance is decimal d && rules.Radius.Count > 0)
        {
            parts.Add(CheckDistance(draft, frame, d, rules.Radius));
        }
        if (area is decimal a && rules.Area.Count > 0)
        {
            var rule = rules.Area[^1];
            var marks = string.Concat(rules.Area.Select(r => draft.Cite(r.Source)).Distinct());
            var ok = a <= rule.Limit;
            parts.Add((ok ? Eligibility.Yes : Eligibility.No, draft.English
                ? $"The total area must be within {Numbers.Format(rule.Limit)}km² {marks}; {Numbers.Format(a)}km² is {(ok ? "within" : "over")} that limit."
                : $"거점 총면적은 최대 {Numbers.Format(rule.Limit)}km² 이내여야 해요.{marks} 말씀하신 {Numbers.Format(a)}km²는 기준을 {(ok ? "충족해요" : "넘어서 충족하지 못해요")}."));
        }
        if (asksShape && rules.Examples.FirstOrDefault(e => ShapeWords.Any(w => e.Text.Contains(w, StringComparison.Ordinal))) is { } example)
        {
            var marks = draft.Cite(example.Source) + (example.CurrentRule is null ? "" : draft.Cite(example.CurrentRule));
            parts.Add((Eligibility.Depends, draft.English
                ? $"The current designation standard (phases 1–2) is circular (a radius), while a belt-type form appears only as an example of the planned phase 3 direction: “{example.Text}” {marks}. It is not yet a confirmed rule, so it depends on the final phase 3 plan."
                : $"1·2단계 지정 기준은 원형(반경) 기준이고, 벨트형은 3단계 차별화 방향의 '예시'로만 제시되어 있어요: “{example.Text}”{marks} 확정된 기준이 아니어서 3단계 세부 계획에 따라 달라질 수 있어요."));
        }
        if (asksHub && distance is null && area is null && !asksShape && rules.Kinds.Count > 0)
        {
            parts.Add(CheckHubType(draft, frame, rules.Kinds));
        }
        if (parts.Count == 0)
        {
            return null;
        }
        if (parts.All(p => p.Verdict == "list"))
        {
            draft.Kind = "lookup";
        }
        else
        {
            draft.Eligible = parts.Any(p => p.Verdict == Eligibility.No) ? Eligibility.No
                : parts.Any(p => p.Verdict == Eligibility.NotInDocument) ? Eligibility.NotInDocument
                : parts.Any(p => p.Verdict == Eligibility.Depends) ? Eligibility.Depends : Eligibility.Yes;
        }
        draft.FollowUp("혁신거점에는 어떤 유형이 있나요?", "What types of innovation hubs are listed?");
        draft.FollowUp("3단계에서는 지정 기준이 어떻게 바뀌나요?", "How will the criteria change in phase 3?");
        var summary = draft.Eligible switch
        {
            Eligibility.Yes => draft.English ? "Yes — on the stated criteria it qualifies." : "네, 문서에 적힌 기준으로는 충족합니다.",
            Eligibility.No => draft.English ? "No — it does not meet the stated criteria." : "아니요, 문서에 적힌 기준에 맞지 않아요.",
            Eligibility.Depends => draft.English ? "It depends." : "상황에 따라 달라요.",
            Eligibility.NotInDocument => draft.English ? "The document does not settle this." : "문서만으로는 판단할 수 없어요.",
            _ => "",
        };
        return draft.Finish($"{summary} {string.Join(" ", parts.Select(p => p.Text))}".Trim());
    }

    private static (string, string) CheckDistance(AnswerDraft draft, QuestionFrame frame, decimal distance, IReadOnlyList<LimitRule> radius)
    {
        var rule = radius.FirstOrDefault(r => r.MetropolitanLimit is not null) ?? radius[0];
        var marks = string.Concat(radius.Select(r => draft.Cite(r.Source)).Distinct());
        var metro = frame.Text.HasAny("광역시") || frame.Regions.Any(r => r.IsMetropolitan) ? true
            : frame.Text.HasAny("도(道)", "도지역", "도에", "도내", "도단위", "province") || frame.Regions.Any(r => !r.IsMetropolitan) ? false
            : (bool?)null;
        var limit = metro == true && rule.MetropolitanLimit is decimal m ? m : rule.Limit;
        var ruleText = rule.MetropolitanLimit is decimal ml
            ? (draft.English ? $"all hubs must lie within a {Numbers.Format(rule.Limit)}km radius ({Numbers.Format(ml)}km in a metropolitan city)" : $"거점 간 거리는 반경 {Numbers.Format(rule.Limit)}km(광역시는 {Numbers.Format(ml)}km) 이내여야 해요")
            : (draft.English ? $"all hubs must lie within a {Numbers.Format(rule.Limit)}km radius" : $"거점은 반경 {Numbers.Format(rule.Limit)}km 이내에 있어야 해요");
        string verdict;
        if (distance <= limit && (metro is not null || rule.MetropolitanLimit is null || distance <= rule.MetropolitanLimit))
        {
            verdict = Eligibility.Yes;
        }
        else if (distance > limit && (metro is not null || distance > rule.Limit))
        {
            verdict = Eligibility.No;
        }
        else
        {
            verdict = Eligibility.Depends;
        }
        var where = metro switch { true => draft.English ? "in a metropolitan city" : "광역시는", false => draft.English ? "outside metropolitan cities" : "도 지역은", _ => "" };
        var text = draft.English
            ? $"The rule: {ruleText} {marks}. {Numbers.Format(distance)}km {(verdict == Eligibility.Yes ? "is within" : verdict == Eligibility.No ? "exceeds" : "may or may not meet")} the limit {where} ({Numbers.Format(limit)}km)."
            : $"{ruleText}.{marks} {where} 기준이 {Numbers.Format(limit)}km이므로 {Numbers.Format(distance)}km는 {(verdict == Eligibility.Yes ? "기준 안에 들어요" : verdict == Eligibility.No ? "기준을 넘어요" : "광역시인지에 따라 판단이 달라져요")}.";
        return (verdict, text);
    }

    private static (string, string) CheckHubType(AnswerDraft draft, QuestionFrame frame, IReadOnlyList<KindList> kindLists)
    {
        var list = kindLists[0];
        var marks = string.Concat(kindLists.Select(k => draft.Cite(k.Source)).Distinct());
        var named = string.Join(", ", list.Kinds);
        string? match = null;
        foreach (var kind in list.Kinds)
        {
            var key = QuestionText.RemoveSpaces(kind).ToLowerInvariant();
            var longForms = Abbreviations.Where(a => a.Short == key).Select(a => a.Long);
            if (frame.Text.Has(key) || longForms.Any(frame.Text.Has))
            {
                match = kind;
                break;
            }
        }
        var asksList = match is null && frame.Text.HasAny("어떤", "무엇", "뭐", "유형", "종류", "what", "which") && !frame.Text.HasAny("인정", "들어가", "포함", "해당");
        if (asksList)
        {
            return ("list", draft.English
                ? $"The listed hub types are: {named}{(list.OpenEnded ? ", etc. (the list is not exhaustive)" : "")} {marks}."
                : $"혁신거점 유형으로는 {named}{(list.OpenEnded ? " 등이 제시되어 있어요(열거된 것 외에도 있을 수 있어요)" : "이 제시되어 있어요")}.{marks}");
        }
        if (match is not null)
        {
            return (Eligibility.Yes, draft.English
                ? $"'{match}' is one of the listed innovation hub types ({named}) {marks}."
                : $"{Josa.With($"'{match}'", "은/는")} 문서에 열거된 혁신거점 유형({named})에 들어가요.{marks}");
        }
        return (Eligibility.NotInDocument, draft.English
            ? $"That type is not among the listed hub types ({named}{(list.OpenEnded ? ", etc." : "")}) {marks}. The list ends with 'etc.', so the document neither includes nor excludes it; please check with the ministry."
            : $"문서에 열거된 혁신거점 유형({named}{(list.OpenEnded ? " 등" : "")})에는 해당 유형이 없어요.{marks} 목록이 '등'으로 끝나 포함 여부를 문서만으로는 판단할 수 없으니 담당 부서에 확인해 보시길 권해요.");
    }
}
