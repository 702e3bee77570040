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

    /// <summary>Words that each ask for a description (뭘 짓고 … 뭐예요: two things asked).</summary>
    [GeneratedRegex("어떤|어땠|어떻게|무엇|뭐|뭘|뭔|무슨|왜|이유|\\bwhat\\b|\\bhow\\b|\\bwhy\\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksDescription();

    /// <summary>"【 사례 2 】 강원 …" is named in an answer as "사례 2 · 강원 …": the box brackets are layout, the label is not.</summary>
    [GeneratedRegex(@"^【\s*([^】]*?)\s*】\s*")]
    private static partial Regex BoxLabel();

    /// <summary>Items quoted at most: a block has a handful, and the asked ones are what the answer is.</summary>
    private const int MaxItems = 4;

    /// <summary>Operations a block answers itself: reading its lines, adding its amounts, a ratio it states.</summary>
    public static bool Handles(Question question) => question.Operation is Operation.Lookup or Operation.Sum or Operation.Ratio
        || question.Operation == Operation.Rank && AsksContent().IsMatch(question.Text)
        || question.Operation == Operation.Average && StatedCap().IsMatch(question.Text)
        || question.Operation is Operation.Share or Operation.Growth && ChangeDescribed().IsMatch(question.Text);

    /// <summary>"비중이 어떻게 바뀌었나요": the before and after a block writes (8% → 27%), not a rate to work out.</summary>
    [GeneratedRegex(@"어떻게\s?(?:바뀌|바꼈|변했|변화|달라)|how\b.*\bchang", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeDescribed();

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
        var asked = match.EvidenceTerms.Where(t => !nameTerms.Contains(t) && !match.IsNaming(t)).ToList();
        var ranked = items.Select(i => (Item: i, Score: ItemScore(match, i, asked))).OrderByDescending(i => i.Score).ToList();
        var salientAsked = asked.Where(t => match.Weight(t) >= 1.0 && !Coverage.IsOperationWord(t)).ToList();
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
        return score;
    }

    private static AnswerDraft Write(DocumentMatch match, CaseBlock block, IReadOnlyList<Passage> chosen, IReadOnlyList<string> asked)
    {
        var question = match.Question;
        var draft = new AnswerDraft(question, "case");
        draft.Focus.Document = match.Document.Name;
        var titleText = BoxLabel().Replace(Shown.Text(block.DisplayName ?? block.Title.Text), "$1 · ");
        draft.Focus.Entities.Add(titleText);
        var english = draft.English;
        var quotes = chosen.OrderBy(c => c.Unit.FromLine).ThenBy(c => c.Unit.Offset).Select(c => $"“{Shown.Text(c.Text)}” {draft.Cite(c)}");
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
        foreach (var item in chosen)
        {
            foreach (var q in item.Quantities.Where(q => q.Unit != Units.None))
            {
                draft.Focus.Values.Add((q.Value, q.Unit, item.Unit.Label ?? ""));
            }
        }
        return draft;
    }

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
