using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Corpus.Quantities;
using Knowledge.Documents;
using Knowledge.Figures;

namespace Answering.Answerers;

/// <summary>
/// Answers a question about a subject the document describes in a block of its own (a company, a site, a success
/// case) from that block: the items that carry what is asked (its figures and its descriptive lines), each quoted and
/// cited, and the total of the block's amounts of one kind when the question asks for it (정부지원금 모두 합쳐).
/// </summary>
public static partial class CaseAnswerer
{
    [GeneratedRegex("성과|어떤|어땠|무엇|뭐|뭘|뭔|내용|사례|무슨|왜|이유|what|how|why")]
    private static partial Regex AsksContent();

    /// <summary>Words that each ask for a description (뭘 짓고 … 뭐예요: two things asked; 요약해줘 asks the whole box).</summary>
    [GeneratedRegex("어떤|어땠|어떻게|무엇|뭐|뭘|뭔|무슨|왜|이유|요약|정리해|소개해|\\bwhat\\b|\\bhow\\b|\\bwhy\\b|\\bsummar", RegexOptions.IgnoreCase)]
    private static partial Regex AsksDescription();

    /// <summary>"【 사례 2 】 강원 …" is named in an answer as "사례 2 · 강원 …": the box brackets are layout, the label is not.</summary>
    [GeneratedRegex(@"^[◇◆▶▷◎■□]?\s*(?:【\s*([^】]*?)\s*】|(사례\s*(?:\d{1,2}|[①-⑳])))\s*[|:：]?\s*")]
    private static partial Regex BoxLabel();

    /// <summary>Words that each ask for an amount (몇 명 … 몇 편, 얼마고 … 얼마나).</summary>
    [GeneratedRegex(@"몇|얼마|\bhow (?:many|much|long|far)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmountsAsked();

    /// <summary>Items quoted at most: a block has a handful, and the asked ones are what the answer is.</summary>
    private const int MaxItems = 4;

    /// <summary>Operations a block answers itself: reading its lines, adding its amounts, a ratio it states.</summary>
    public static bool Handles(Question question) => question.Operation is Operation.Lookup or Operation.Sum or Operation.Ratio or Operation.Difference or Operation.Growth
        || question.Operation == Operation.Rank && AsksContent().IsMatch(question.Text)
        || question.Operation == Operation.Average && StatedCap().IsMatch(question.Text)
        || question.Operation is Operation.Share or Operation.Growth && ChangeDescribed().IsMatch(question.Text);

    /// <summary>"비중이 어떻게 바뀌었나요": the before and after a block writes (8% → 27%), not a rate to work out.</summary>
    [GeneratedRegex(@"어떻게\s?(?:바뀌|바꼈|변했|변화|달라)|how\b.*\bchang", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeDescribed();

    /// <summary>A change an item states itself: a before and after (25분 → 8분) or a reduction or rise with its size (감축률 34%).</summary>
    [GeneratedRegex(@"→|(?:감축|절감|단축|증가|감소|향상|개선)\S*\s?\(?\S*\s?\d|\d[\d,.]*\s?\S{0,3}\s?(?:감축|절감|단축|증가|감소|향상)")]
    private static partial Regex StatedChange();

    /// <summary>"공장 하나당 얼마까지", "기업당 최대": a cap per unit the block states, not an average to work out.</summary>
    [GeneratedRegex(@"당\s?(?:최대|한도|얼마\s?까지)|\bper\b.*\b(?:up to|at most|maximum|cap)\b")]
    private static partial Regex StatedCap();

    public static AnswerDraft? Answer(DocumentMatch match)
    {
        var question = match.Question;
        if (!Handles(question) || CaseNaming.Named(match) is not { } named)
        {
            return null;
        }
        // A lookup may lean on a faint naming (a region) as before; a figure question needs the subject named outright.
        if (question.Operation != Operation.Lookup && named.Score < CaseNaming.NamedScore)
        {
            return null;
        }
        var block = named.Block;
        var items = block.Items;
        if (!SpeaksOfStages(match, block))
        {
            return null;
        }
        if (question.Has(Asks.Where) && !items.Append(block.Title).Any(i => i.Regions.Count > 0))
        {
            // "어느 시·도에 들어서나요": a block that names no place does not say where.
            return null;
        }
        var nameTerms = CaseNaming.NameTerms(block);
        // The words of the section the cases stand under (선행사업 주요 성과 사례) say where the block is, not what is asked of it.
        var section = block.Title.HeadingTerms.Where(t => !items.Any(i => i.Terms.Contains(t))).ToHashSet(StringComparer.Ordinal);
        var asked = match.EvidenceTerms.Where(t => !nameTerms.Contains(t) && !match.IsNaming(t)).ToList();
        var salientPool = asked.Where(t => !section.Contains(t)).ToList();
        var ranked = items.Select(i => (Item: i, Score: ItemScore(match, i, asked))).OrderByDescending(i => i.Score).ToList();
        if (question.Operation is Operation.Difference or Operation.Growth && !ChangeDescribed().IsMatch(question.Text)
            && !ranked.Any(r => r.Score > 0 && StatedChange().IsMatch(r.Item.Text) && !RatesOnBothSides(r.Item)))
        {
            // A change the block does not state itself is worked out from figures elsewhere; so is a change between two
            // rates (30% → 12%), which is a difference in points to work out.
            return null;
        }
        var salientAsked = salientPool.Where(t => match.Weight(t) >= 1.0 && !Coverage.IsOperationWord(t)).ToList();
        if (named.Score < CaseNaming.NamedScore && question.Years.Any(y => y != match.Document.Profile.Year)
            && !items.Append(block.Title).Any(i => Knowledge.Dates.DateScanner.Years(i.Normalized).Intersect(question.Years).Any()))
        {
            // "강원은 2024년에 국비를 얼마 받았나요" of a 2025 release: a block only its region points at, writing none of the asked
            // years, is not asked (the release's own year names the release, not a period).
            return null;
        }
        if (named.Score < CaseNaming.NamedScore && ranked[0].Score <= 0)
        {
            // Only a region points at the block, and nothing asked is in it: "경북은 어디가 선정됐고" asks the list.
            return null;
        }
        if (ranked[0].Score <= 0 && salientAsked.Count > 0 && !AsksContent().IsMatch(question.Text))
        {
            // The case does not carry what is asked about it; other answers may.
            return null;
        }
        var describes = AsksDescription().IsMatch(question.Text) && named.Score >= CaseNaming.NamedScore;
        if (!describes && salientAsked.Count > 0 && ranked[0].Score > 0 && salientAsked.Count(t => items.Any(i => CaseNaming.Says(i, t))) * 2 < salientAsked.Count)
        {
            return null;
        }
        var chosen = ranked[0].Score > 0 ? ranked.Where(r => r.Score > 0).Take(MaxItems).Select(r => r.Item).ToList() : [.. items.Take(MaxItems)];
        if (describes && items.Count <= MaxItems + 2)
        {
            // "어떤 회사고 얼마 받았어요", "뭘 짓고 목표가 뭐예요": a description asked of a case is its box, which is short.
            chosen = [.. items];
        }
        else if (named.Score >= CaseNaming.NamedScore && items.Count <= MaxItems + 2 && chosen.Count < AmountsAsked().Matches(question.Text).Count)
        {
            // "환자 몇 명 … 논문은 몇 편": more amounts are asked than the matched items carry; the block is short.
            chosen = [.. items];
        }
        else if (describes && chosen.Count < AsksDescription().Matches(question.Text).Count)
        {
            // More is asked than the matched items say; the rest is in the block's other lines.
            chosen = [.. items.Take(MaxItems + 1)];
        }
        if (question.Operation == Operation.Ratio && !chosen.Any(c => c.Quantities.Any(q => q.Unit.Family == UnitFamily.Times)))
        {
            // A ratio the block does not state is computed elsewhere.
            return null;
        }
        return Write(match, block, chosen, asked);
    }

    /// <summary>
    /// A stage the question asks about (2단계) must be one the block writes of: the block of 경북's success case does
    /// not say what its cluster does in stage 2. (Years are not checked: a year often names the event, 2024 성과공유대회.)
    /// </summary>
    private static bool SpeaksOfStages(DocumentMatch match, CaseBlock block)
    {
        var passages = block.Items.Append(block.Title).ToList();
        return match.Question.Stages.Count == 0 || passages.Any(p => p.Stages.Intersect(match.Question.Stages).Any());
    }

    /// <summary>How much of what is asked an item carries: the asked words (its label counts), the amounts the question quotes.</summary>
    private static double ItemScore(DocumentMatch match, Passage item, IReadOnlyList<string> asked)
    {
        var score = asked.Where(t => CaseNaming.Says(item, t)).Sum(match.Weight);
        if (item.Unit.Label is { } label && asked.Any(a => label.Contains(a, StringComparison.Ordinal)))
        {
            score += 1;
        }
        // "why 18,000 rather than 20,000": the item that writes the question's amounts explains them.
        score += match.Question.Quantities.Count(q => item.Quantities.Any(i => i.Unit.SameFamily(q.Unit) && Math.Abs(i.Value - q.Value) < 1e-9));
        // "몇 % 적용받고": an item that is a single percentage (a worked example's 적용 비율 cell) answers a percentage asked.
        if (match.Question.Has(Asks.Percent) && item.Quantities.Count == 1 && item.Quantities[0].Unit.Family == UnitFamily.Percent)
        {
            score += 1;
        }
        return score;
    }

    private static AnswerDraft Write(DocumentMatch match, CaseBlock block, IReadOnlyList<Passage> chosen, IReadOnlyList<string> asked)
    {
        var question = match.Question;
        var draft = new AnswerDraft(question, "case");
        draft.Focus.Document = match.Document.Name;
        var titleText = BoxLabel().Replace(Shown.Text(block.DisplayName ?? block.Title.Text), "$1$2 · ");
        draft.Focus.Entities.Add(titleText);
        var english = draft.English;
        var quotes = chosen.OrderBy(c => c.Unit.FromLine).ThenBy(c => c.Unit.Offset).Select(c => $"{RowLabel(c)}“{Shown.Text(c.Text)}” {draft.Cite(c)}");
        // A numbered project is no case: it is named as the document lists it.
        var listed = block.Subject is not null && block.Title.Unit.Table is null;
        draft.Say(english
            ? $"{(listed ? "On" : "The case")} “{titleText}” {draft.Cite(block.Title)}: {string.Join(" ", quotes)}"
            : listed ? $"「{titleText}」에 대해 문서에는 이렇게 나와 있습니다 {draft.Cite(block.Title)}: {string.Join(" ", quotes)}"
            : $"「{titleText}」 사례 {draft.Cite(block.Title)}: {string.Join(" ", quotes)}");
        if (question.Operation == Operation.Sum || QuestionReader.AsksTotal(question.Text))
        {
            AddTotal(match, block, asked, draft);
        }
        if (question.Operation == Operation.Growth && !ChangeDescribed().IsMatch(question.Text))
        {
            AddStatedGrowth(chosen, draft);
        }
        foreach (var item in chosen)
        {
            foreach (var q in item.Quantities.Where(q => q.Unit != Units.None))
            {
                draft.Focus.Values.Add((q.Value, q.Unit, item.Unit.Label ?? ""));
            }
        }
        return draft;
    }

    /// <summary>Most characters between an amount, the arrow and the next amount (1억 8,000만원 → 3억 1,500만원).</summary>
    private const int MaxArrowGap = 3;

    /// <summary>
    /// "매출이 몇 % 늘었나요" of a block that writes the before and after (1억 8,000만원 → 3억 1,500만원): the rate of
    /// change worked out from the two amounts, both cited. Percentages written so (8% → 27%) change by points, not a rate.
    /// </summary>
    private static void AddStatedGrowth(IReadOnlyList<Passage> chosen, AnswerDraft draft)
    {
        foreach (var item in chosen)
        {
            var arrow = item.Text.IndexOf('→', StringComparison.Ordinal);
            if (arrow < 0)
            {
                continue;
            }
            var before = item.Quantities.LastOrDefault(q => q.End <= arrow && arrow - q.End <= MaxArrowGap);
            var after = item.Quantities.FirstOrDefault(q => q.Start > arrow && q.Start - arrow <= MaxArrowGap);
            if (before.Unit is null || after.Unit is null || !before.Unit.SameFamily(after.Unit) || before.Value == 0
                || before.Unit.Family is UnitFamily.Percent or UnitFamily.PercentPoint)
            {
                continue;
            }
            var unit = before.Unit;
            var to = after.In(unit);
            var rate = (to - before.Value) / before.Value * 100;
            var cite = draft.CiteIndex(item);
            var subject = Subject(item.Text[..before.Start]);
            var inputs = new List<Contract.FigureInput>
            {
                new($"{subject} (이전)", before.Value, unit.Symbol, cite),
                new($"{subject} (이후)", to, unit.Symbol, cite),
            };
            var formula = $"({Amounts.Plain(to)} - {Amounts.Plain(before.Value)}) / {Amounts.Plain(before.Value)} × 100";
            draft.AddFigure(draft.English ? $"change in {subject}" : $"{subject} 증감률", rate, Units.Percent, formula, inputs);
            var rounded = Amounts.Format(Math.Round(rate, 1), Units.Percent);
            // The amounts as the item writes them (1억 8,000만원): a converted 18,000만원 is a number the document never wrote.
            var from = item.Text.Substring(before.Start, before.Length).Trim();
            var until = item.Text.Substring(after.Start, after.Length).Trim();
            var shownFormula = $"({until} - {from}) / {from} × 100";
            draft.Say(draft.English
                ? $"{subject} went from {from} to {until}, a change of {rounded} ({shownFormula}) [{cite}]."
                : $"{Josa.With(subject, "은/는")} {from}에서 {Josa.With(until, "으로/로")} {Amounts.Format(Math.Abs(Math.Round(rate, 1)), Units.Percent)} {(rate >= 0 ? "늘었습니다" : "줄었습니다")} ({shownFormula}) [{cite}].");
            return;
        }
    }

    /// <summary>Whether an item's before and after are both rates (적발률 30% → 12%).</summary>
    private static bool RatesOnBothSides(Passage item)
    {
        var arrow = item.Text.IndexOf('→', StringComparison.Ordinal);
        return arrow >= 0
            && item.Quantities.LastOrDefault(q => q.End <= arrow) is { Unit: { } before } && before.Family == UnitFamily.Percent
            && item.Quantities.FirstOrDefault(q => q.Start > arrow) is { Unit: { } after } && after.Family == UnitFamily.Percent;
    }

    /// <summary>What a before-and-after measures: the words written before its first amount, after the last comma or colon.</summary>
    private static string Subject(string lead)
    {
        var cut = lead.LastIndexOfAny([',', ':', '：', '·']);
        var words = (cut >= 0 ? lead[(cut + 1)..] : lead).Trim().TrimStart('-', '■', '○', ' ');
        return words.Length is > 0 and <= 20 ? words : "해당 수치";
    }

    /// <summary>A cell of a worked-example column says what it is only through its row: "월 지급액: “120만원 (한도 적용)”".</summary>
    private static string RowLabel(Passage item) =>
        item.Kind == Corpus.Model.UnitKind.TableRow && item.Unit.Column is not null && item.Unit.Label is { Length: > 0 } label ? $"{label}: " : "";

    /// <summary>
    /// The total of the block's amounts of the asked kind ("정부지원금 모두 합쳐"): every amount of the block whose
    /// clause names the asked word, in one unit family, added with each input cited.
    /// </summary>
    /// <summary>The word a total is asked of: the asked word written last before the sum word (정부지원금은 모두 합쳐).</summary>
    private static string? TotalledWord(Question question, IEnumerable<string> words)
    {
        var at = QuestionReader.TotalAt(question.Text);
        return words.Select(w => (Word: w, At: question.Text.LastIndexOf(w, at < 0 ? question.Text.Length - 1 : at, StringComparison.Ordinal)))
            .Where(w => w.At >= 0).OrderByDescending(w => w.At + w.Word.Length).ThenByDescending(w => w.Word.Length).Select(w => w.Word).FirstOrDefault();
    }

    /// <summary>The question's whole word around a term (정부지원금은 → 정부지원금), for naming a total as the asker did.</summary>
    private static string WrittenWord(Question question, string term)
    {
        var text = question.Text;
        var at = text.IndexOf(term, StringComparison.Ordinal);
        if (at < 0)
        {
            return term;
        }
        var start = at;
        while (start > 0 && IsHangul(text[start - 1]))
        {
            start--;
        }
        var end = at + term.Length;
        var word = text[start..end];
        return word.Length <= term.Length + 4 ? word : term;
    }

    private static bool IsHangul(char c) => c is >= '가' and <= '힣';

    private static void AddTotal(DocumentMatch match, CaseBlock block, IReadOnlyList<string> asked, AnswerDraft draft)
    {
        if (TotalledWord(match.Question, asked.Where(t => !Coverage.IsOperationWord(t) && match.Weight(t) > 0)) is not { } label)
        {
            return;
        }
        var figures = block.Items.SelectMany(match.Document.FiguresIn)
            .Where(f => f.Role == FigureRole.Value && f.Unit.IsMoney && f.Weight(label) >= 0.5)
            .ToList();
        if (figures.Count < 2 || figures.Any(f => !f.Unit.SameFamily(figures[0].Unit)))
        {
            return;
        }
        label = WrittenWord(match.Question, label);
        var unit = figures[0].Unit;
        var parts = figures.Select(f => (Figure: f, Value: f.Quantity.In(unit))).ToList();
        var total = parts.Sum(p => p.Value);
        var inputs = parts.Select(p => new Contract.FigureInput(p.Figure.Written, p.Value, unit.Symbol, draft.CiteIndex(p.Figure.Passage))).ToList();
        var formula = string.Join(" + ", parts.Select(p => Amounts.Plain(p.Value)));
        draft.AddFigure(draft.English ? $"total {label}" : $"{label} 합계", total, unit, formula, inputs);
        var written = string.Join(" + ", parts.Select(p => Amounts.Format(p.Value, unit)));
        draft.Say(draft.English
            ? $"Adding them up, {label} comes to {Amounts.Format(total, unit)} ({written})."
            : $"{Josa.With(label, "을/를")} 모두 더하면 {Amounts.Format(total, unit)}입니다 ({written}).");
    }
}
