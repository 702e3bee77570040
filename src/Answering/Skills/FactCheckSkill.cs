using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Contract;
using Answering.Knowledge;
using Answering.Understanding;
using Corpus.Quantities;

namespace Answering.Skills;

/// <summary>
/// Checks a claim against the documents: a figure (table cell or sentence fact) for the subject and
/// scope claimed, a stage's end or start year, or a statement whose passage says the opposite
/// (완화 vs 심화). Different figures for the same thing in two places make the verdict conflicting;
/// a subject the documents never mention makes it not_in_document.
/// </summary>
public sealed partial class FactCheckSkill(ValueResolver resolver) : ISkill
{
    private static readonly (string A, string B)[] Opposites =
    [
        ("완화", "심화"), ("증가", "감소"), ("늘", "줄"), ("확대", "축소"), ("상승", "하락"), ("개선", "악화"), ("주춤", "심화"),
    ];

    public Answer? TryAnswer(QuestionFrame frame)
    {
        if (!frame.IsClaim)
        {
            return null;
        }
        return CheckStageYear(frame) ?? CheckDirection(frame) ?? CheckFigure(frame) ?? CheckStatement(frame);
    }

    /// <summary>A claim that a row grew or shrank between two periods (optionally by a stated %): checked by computing the change.</summary>
    private Answer? CheckDirection(QuestionFrame frame)
    {
        var periods = resolver.Periods(frame);
        var row = resolver.MainRow(frame) ?? resolver.Knowledge.Figures.TotalRow;
        bool? claimsUp = frame.Text.HasAny("감소", "줄", "축소", "하락", "보다적", "보다작", "less", "lower", "smaller") ? false
            : frame.Text.HasAny("증가", "늘", "확대", "상승", "보다많", "보다크", "more", "higher", "larger", "bigger") ? true : null;
        if (frame.Operation is not (Operation.Growth or Operation.Difference) || periods.Count != 2 || row is null || claimsUp is null || frame.Regions.Count > 0)
        {
            return null;
        }
        var (from, to) = (resolver.Cell(row, periods[0], frame), resolver.Cell(row, periods[1], frame));
        if (from is null || to is null || from.Value == 0)
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "factcheck");
        var rate = Numbers.Round((to.Value - from.Value) / from.Value * 100, 1);
        var formula = $"({Numbers.Plain(to.Value)} - {Numbers.Plain(from.Value)}) / {Numbers.Plain(from.Value)} × 100";
        draft.AddFigure($"{periods[1].Korean} {row} 증감률({periods[0].Korean} 대비)", Math.Abs(rate), "%", formula, [draft.Input(from), draft.Input(to)]);
        var claimedRate = frame.Quantities.Where(q => q.Unit == "%").Select(q => (decimal?)q.Value).FirstOrDefault();
        var up = to.Value >= from.Value;
        var holds = up == claimsUp && (claimedRate is null || Numbers.Round(claimedRate.Value, 1) == Math.Abs(rate));
        draft.Verdict = holds ? Verdicts.Supported : Verdicts.Refuted;
        var marks = draft.Cite([from.Source, to.Source]);
        var change = Numbers.Amount(Math.Abs(rate), "%");
        draft.FollowUp($"{periods[1].Korean} {row} 예산은 얼마인가요?", $"What is the {periods[1].English} {Terms.Row(row, true)} budget?");
        return draft.Finish(draft.English
            ? $"{(holds ? "Yes" : "No")}. The {Terms.Row(row, true)} budget went from {Numbers.Amount(from.Value, from.Unit)} in {periods[0].English} to {Numbers.Amount(to.Value, to.Unit)} in {periods[1].English}, {(up ? "an increase" : "a decrease")} of {change} {marks}. Formula: {formula}."
            : $"{(holds ? "네, 맞습니다." : "사실과 달라요.")} {row} 예산은 {periods[0].Korean} {Numbers.Amount(from.Value, from.Unit)}에서 {periods[1].Korean} {Numbers.Amount(to.Value, to.Unit)}으로 {change} {(up ? "늘었어요(증가)" : "줄었어요(감소)")}.{marks} 계산: {formula}");
    }

    private Answer? CheckFigure(QuestionFrame frame)
    {
        var claimed = frame.Quantities.FirstOrDefault(q => q.Unit is "억원" or "명" or "건" or "개" or "%");
        var half = frame.Text.HasAny("절반", "과반", "half");
        if (claimed.Unit is null or "" && !half)
        {
            return null;
        }
        var atLeast = half || frame.Text.HasAny("이상", "넘", "over", "morethan", "atleast");
        var claimedValue = half ? 50m : claimed.Value;
        var claimedUnit = half ? "%" : claimed.Unit ?? "";
        var row = resolver.BudgetRow(frame);
        if (row is not null && claimedUnit == "억원" && frame.Regions.Count == 0)
        {
            return CheckCell(frame, row, claimedValue);
        }
        foreach (var measure in frame.Measures.Where(m => m.Units.Contains(claimedUnit) || claimedUnit == "개" && m.Units.Contains("건")))
        {
            var facts = resolver.Facts(measure, frame).Where(f => f.Unit == claimedUnit || claimedUnit is "개" or "건" && f.Unit is "개" or "건").ToList();
            if (facts.Count == 0)
            {
                continue;
            }
            var draft = new AnswerDraft(frame, "factcheck");
            var distinct = facts.GroupBy(f => f.Value).ToList();
            var stated = string.Join(", ", distinct.Select(g => $"{Numbers.Amount(g.Key, g.First().Unit)}{string.Concat(g.Take(2).Select(f => draft.Cite(f.Source)))}"));
            foreach (var g in distinct)
            {
                draft.AddFigure($"{measure.Key}", g.Key, g.First().Unit);
            }
            if (distinct.Count > 1)
            {
                draft.Verdict = Verdicts.Conflicting;
                draft.FollowUp("어느 수치가 맞는지 담당자에게 확인하려면?", "Whom should I contact to confirm?");
                return draft.Finish(draft.English
                    ? $"The document is inconsistent on this: it gives {stated} for {measure.EnglishName} in different places, so the claim of {Numbers.Amount(claimedValue, claimedUnit)} cannot be settled from the text."
                    : $"문서 안에서 수치가 서로 달라요. {measure.Key}에 대해 {Josa.With(stated, "으로/로")} 위치마다 다르게 적혀 있어, {Josa.With(Numbers.Amount(claimedValue, claimedUnit), "이라는/라는")} 주장이 맞는지 문서만으로는 확정하기 어려워요. 보도 전 담당 부서에 확인해 보시길 권해요.");
            }
            var actual = distinct[0].Key;
            var claimText = half ? (draft.English ? "half" : "절반") : AsWritten(frame, claimedValue) ?? Numbers.Amount(claimedValue, claimedUnit);
            var evidence = $" “{Readable(facts[0].Source.Quote)}”{draft.Cite(facts[0].Source)}";
            var holds = atLeast ? actual >= claimedValue : actual == claimedValue;
            draft.Verdict = holds ? Verdicts.Supported : Verdicts.Refuted;
            draft.FollowUp("1단계 사업의 다른 성과는?", "What else did phase 1 achieve?");
            return draft.Finish(draft.English
                ? (holds ? $"Yes, that is correct: the document states {measure.EnglishName} of {stated}.{evidence}" : $"No. The document states {measure.EnglishName} of {stated}, not {(atLeast ? "at least " : "")}{claimText}.{evidence}")
                : (holds ? $"네, 맞습니다. 문서에 {Josa.With($"{measure.Key} {stated}", "으로/로")} 나와 있어요.{evidence}" : $"사실과 달라요. 문서에는 {Josa.With($"{measure.Key} {stated}", "으로/로")} 나와 있어, {Josa.With(claimText + (atLeast ? " 이상" : ""), "이라는/라는")} 주장과 맞지 않아요.{evidence}"));
        }
        return MissingSubject(frame);
    }

    /// <summary>A claimed amount in the asker's own words ("1 trillion"), not converted into a number the documents never write.</summary>
    private static string? AsWritten(QuestionFrame frame, decimal claimed) =>
        frame.Quantities.Where(q => q.Value == claimed).Select(q => frame.Text.Normalized.Substring(q.Start, q.Length).Trim()).FirstOrDefault();

    /// <summary>"2단계 국비", but "1·2단계 합계" rather than "1·2단계 합계 합계".</summary>
    private static string Subject(Period period, string row) => period.Korean.EndsWith(row, StringComparison.Ordinal) ? period.Korean : $"{period.Korean} {row}";

    private static string Readable(string text) => text.Replace('\t', ' ').Trim();

    private Answer? CheckCell(QuestionFrame frame, string row, decimal claimed)
    {
        var period = resolver.SinglePeriod(frame);
        var cell = resolver.Cell(row, period, frame);
        if (cell is null)
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "factcheck");
        var marks = draft.Cite(cell.Source);
        draft.AddFigure(cell.Label, cell.Value, cell.Unit);
        if (cell.Value == claimed)
        {
            draft.Verdict = Verdicts.Supported;
            return draft.Finish(draft.English
                ? $"Yes. The {Terms.Row(row, true)} figure for {period.English} is {Numbers.Amount(cell.Value, cell.Unit)} {marks}."
                : $"네, 맞습니다. {Josa.With(Subject(period, row), "은/는")} {Numbers.Amount(cell.Value, cell.Unit)}입니다.{marks}");
        }
        draft.Verdict = Verdicts.Refuted;
        var other = resolver.Knowledge.Figures.RowNames.Where(r => r != row).Select(r => resolver.Cell(r, period, frame)).FirstOrDefault(c => c is not null && c.Value == claimed);
        var hint = "";
        if (other is not null)
        {
            var otherRow = other.Source.Row ?? other.Label;
            hint = draft.English
                ? $" {Numbers.Amount(claimed, cell.Unit)} is the {Terms.Row(otherRow, true)} amount only {draft.Cite(other.Source)}."
                : $" {Josa.With(Numbers.Amount(claimed, cell.Unit), "은/는")} {otherRow}만의 금액이에요.{draft.Cite(other.Source)}";
        }
        draft.FollowUp($"{period.Korean} 국비와 지방비는 각각 얼마인가요?", $"How much is national and local funding in {period.English}?");
        return draft.Finish(draft.English
            ? $"No. The {Terms.Row(row, true)} figure for {period.English} is {Numbers.Amount(cell.Value, cell.Unit)} {marks}, not {AsWritten(frame, claimed) ?? Numbers.Amount(claimed, cell.Unit)}.{hint}"
            : $"정확하지 않아요. {Josa.With(Subject(period, row), "은/는")} {Numbers.Amount(cell.Value, cell.Unit)}입니다.{marks}{hint} 보도하실 때는 {Josa.With(Numbers.Amount(cell.Value, cell.Unit), "으로/로")} 써 주세요.");
    }

    private Answer? CheckStageYear(QuestionFrame frame)
    {
        var year = frame.Quantities.Where(q => q.Unit == "년" && q.Value is >= 2000 and < 2100).Select(q => (int)q.Value - 2000)
            .Concat(frame.Years).Distinct().ToList();
        if (frame.Stages.Count != 1 || year.Count == 0 || resolver.Knowledge.Stages.Get(frame.Stages[0]) is not { } stage)
        {
            return null;
        }
        var ends = frame.Text.HasAny("끝", "종료", "마무리", "까지", "end", "finish", "완료");
        var claimed = year[0];
        var actual = ends ? stage.ToYear : stage.FromYear;
        var draft = new AnswerDraft(frame, "factcheck");
        var mark = draft.Cite(stage.Source);
        draft.Verdict = claimed == actual ? Verdicts.Supported : Verdicts.Refuted;
        var history = claimed == actual ? [] : resolver.Knowledge.Index.Search($"'{claimed:00} 당초 계획 변경", 3, u => Quotes.Unify(u.Text).Contains($"'{claimed:00}", StringComparison.Ordinal) && u.Text.Contains("변경", StringComparison.Ordinal) || u.Text.Contains("당초", StringComparison.Ordinal) && Quotes.Unify(u.Text).Contains($"'{claimed:00}", StringComparison.Ordinal));
        var note = history.Count > 0 ? (draft.English ? $" The earlier plan did run to '{claimed:00}, but it was changed {draft.Cite(Source.Of(history[0].Unit))}." : $" '{claimed:00}년은 당초 계획이었고, 이후 변경되었어요.{draft.Cite(Source.Of(history[0].Unit))}") : "";
        draft.FollowUp("사업기간이 바뀐 이유는?", "Why was the schedule changed?");
        return draft.Finish(draft.English
            ? $"{(claimed == actual ? "Yes" : "No")}. Phase {stage.Number} runs from '{stage.FromYear:00} to '{stage.ToYear:00} (20{stage.FromYear:00}–20{stage.ToYear:00}) {mark}.{note}"
            : $"{(claimed == actual ? "네, 맞습니다." : "사실과 달라요.")} {stage.Number}단계는 '{stage.FromYear:00}~'{stage.ToYear:00}년(20{stage.ToYear:00}년까지)입니다.{mark}{note}");
    }

    private Answer? CheckStatement(QuestionFrame frame)
    {
        var hits = resolver.Knowledge.Index.Search(frame.Text.Normalized, 5);
        if (hits.Count == 0)
        {
            return MissingSubject(frame);
        }
        // The passage that shares the claim's rarest subject words (a name before a common word) is the one it
        // speaks of; the predicate under test (완화, 증가…) does not choose it.
        var words = frame.Text.ContentWords().Distinct().Where(w => !Opposites.Any(o => w.Contains(o.A, StringComparison.Ordinal) || w.Contains(o.B, StringComparison.Ordinal))).Select(w => (Word: w, Weight: 1.0 / Math.Max(1, resolver.Knowledge.LinesContaining(w)))).ToList();
        var rare = words.Where(w => w.Weight >= 0.5).Select(w => w.Word).ToList();
        var candidates = hits.Select(h => (h.Unit, h.Score))
            .Concat(resolver.Knowledge.Corpus.Parsed.SelectMany(d => d.Units).Where(u => rare.Any(w => QuestionText.RemoveSpaces(u.Text).Contains(w, StringComparison.Ordinal))).Select(u => (Unit: u, Score: 0f)));
        var passage = candidates.OrderByDescending(c => words.Where(w => QuestionText.RemoveSpaces(c.Unit.Text).Contains(w.Word, StringComparison.Ordinal)).Sum(w => w.Weight))
            .ThenByDescending(c => c.Score).First().Unit;
        var unitText = passage.Text;
        var claim = frame.Text.Compact;
        foreach (var (a, b) in Opposites)
        {
            foreach (var (said, opposite) in new[] { (a, b), (b, a) })
            {
                if (claim.Contains(said, StringComparison.Ordinal) && !unitText.Contains(said, StringComparison.Ordinal) && unitText.Contains(opposite, StringComparison.Ordinal))
                {
                    var draft = new AnswerDraft(frame, "factcheck") { Verdict = Verdicts.Refuted };
                    var mark = draft.Cite(Source.Of(passage));
                    draft.FollowUp("이 발언의 전체 맥락은?", "What was the full statement?");
                    return draft.Finish(draft.English
                        ? $"No. The document says the opposite ('{opposite}', not '{said}'): “{unitText}” {mark}"
                        : $"사실과 달라요. 문서에는 '{said}'가 아니라 '{opposite}'된다고 나와 있어요: “{unitText}”{mark}");
                }
            }
        }
        if (MissingWords(frame).Count > 0 || !Backs(passage.Text, frame))
        {
            return MissingSubject(frame);
        }
        var supported = new AnswerDraft(frame, "factcheck") { Verdict = Verdicts.Supported };
        var cite = supported.Cite(Source.Of(passage));
        return supported.Finish(supported.English
            ? $"The document supports this: “{unitText}” {cite}"
            : $"문서 내용과 일치해요: “{unitText}”{cite}");
    }

    /// <summary>A passage backs a wordy claim when it holds the claim's numbers and most of its content words.</summary>
    private static bool Backs(string passage, QuestionFrame frame)
    {
        var text = QuestionText.RemoveSpaces(passage);
        var values = Corpus.Quantities.QuantityScanner.Scan(passage).Select(q => q.Value).ToHashSet();
        if (frame.Quantities.Any(q => q.Unit.Length > 0 && q.Unit != "년" && !values.Contains(q.Value)))
        {
            return false;
        }
        var words = frame.Text.ContentWords().Where(w => !IsFunctionWord(w)).ToList();
        return words.Count > 0 && words.Count(w => text.Contains(w, StringComparison.Ordinal)) * 10 >= words.Count * 7;
    }

    private Answer? MissingSubject(QuestionFrame frame)
    {
        var draft = new AnswerDraft(frame, "factcheck") { Verdict = Verdicts.NotInDocument };
        var hits = resolver.Knowledge.Index.Search(frame.Text.Normalized, 2);
        var marks = string.Concat(hits.Select(h => draft.Cite(Source.Of(h.Unit))));
        var missing = MissingWords(frame);
        draft.FollowUp("1단계 사업의 주요 성과는?", "What did phase 1 achieve?");
        return draft.Finish(draft.English
            ? $"The documents do not say this{(missing.Count > 0 ? $" (nothing on {string.Join(", ", missing)})" : "")}, so it cannot be confirmed from them. The closest passages are cited {marks}."
            : $"문서에서 확인되지 않는 내용이에요{(missing.Count > 0 ? $"('{string.Join("', '", missing)}'에 대한 언급이 없어요)" : "")}. 문서만으로는 사실 여부를 확인할 수 없어요. 가장 가까운 내용을 함께 인용해 드려요.{marks}");
    }

    /// <summary>Content words of the claim the corpus never uses (민간투자): a sign the claim is about something the documents do not cover.</summary>
    private List<string> MissingWords(QuestionFrame frame)
    {
        var corpus = resolver.Knowledge.CompactText;
        return [.. frame.Text.ContentWords().Where(w => !corpus.Contains(w, StringComparison.Ordinal) && !IsFunctionWord(w)).Distinct()];
    }

    private static bool IsFunctionWord(string word) =>
        word.StartsWith("맞", StringComparison.Ordinal) || word.StartsWith("사실", StringComparison.Ordinal) || word.StartsWith("주장", StringComparison.Ordinal)
        || word.StartsWith("있", StringComparison.Ordinal) || word.StartsWith("했", StringComparison.Ordinal) || word.StartsWith("하던", StringComparison.Ordinal)
        || word.StartsWith("보도", StringComparison.Ordinal) || word.StartsWith("말", StringComparison.Ordinal) || word.StartsWith("라는", StringComparison.Ordinal)
        || word.EndsWith("나요", StringComparison.Ordinal) || word.EndsWith("니까", StringComparison.Ordinal) || word.EndsWith("는데", StringComparison.Ordinal)
        || word.EndsWith("다고", StringComparison.Ordinal) || word.EndsWith("라고", StringComparison.Ordinal);
}
