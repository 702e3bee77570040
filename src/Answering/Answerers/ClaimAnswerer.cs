using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Computing;
using Answering.Contract;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Corpus.Quantities;
using Knowledge.Dates;
using Knowledge.Language;
using Knowledge.Tables;

namespace Answering.Answerers;

/// <summary>
/// Checks a claim against what the document states. An amount is compared with the figures that carry the claim's
/// subject (supported when one equals it, refuted when they differ, conflicting when the document states both); a
/// superlative with the table's ranking; a category (단위공정형, S등급) with the named row's cell; words with the passage
/// that carries them (refuted when it says the opposite: 심화 for 완화, a later date). A claim whose subject the
/// document does not carry is not_in_document.
/// </summary>
public static partial class ClaimAnswerer
{
    private const double Carries = 0.5;

    public static AnswerDraft? Answer(DocumentMatch match)
    {
        var question = match.Question;
        var draft = new AnswerDraft(question, "factcheck");
        draft.Focus.Document = match.Document.Name;
        // A claim dated by its event is checked against the rule version in force on that date.
        if (Rules.Versions.VersionByDate.Answer(match, draft))
        {
            return draft;
        }
        var claimed = ClaimedAmounts(question);
        var ranked = EvidenceFinder.Rank(match);
        var passages = PassageSearch.Rank(match);
        var bestCoverage = Math.Max(ranked.FirstOrDefault()?.Coverage ?? 0, passages.FirstOrDefault()?.Coverage ?? 0);
        var absentName = NamesAbsentName(match);
        var absent = absentName || NamesMissingNoun(match);
        // A claim that names one row of a table is read cell by cell, whatever else it calls the table (결과표).
        if (!absentName && bestCoverage >= 0.35 && CategoryClaim(match, draft))
        {
            return draft;
        }
        // When a thing ends or applies from is decided by the period the document gives it, even when the claim words it
        // otherwise (마감 for 접수 3월 11일부터 22일까지).
        if (!absent && bestCoverage >= 0.35 && PeriodClaim(match, draft))
        {
            return draft;
        }
        if (bestCoverage < Carries || absent || NamesMissingWords(match))
        {
            return NotInDocument(match, draft, passages.FirstOrDefault());
        }
        if (claimed.Count > 0 && SelfContradiction(match, ranked, claimed, draft))
        {
            return draft;
        }
        if (Comparison(match, ranked, draft))
        {
            return draft;
        }
        if (question.Rank != RankOrder.None && RankClaim(match, ranked, draft))
        {
            return draft;
        }
        // "전년보다 2.4점 올랐다": the figure claimed is the change between two periods, not a level to find.
        if (claimed.Count == 1 && ClaimsChange(question, claimed[0].Quantity) && DirectionClaim(match, ranked, claimed, draft))
        {
            return draft;
        }
        if (claimed.Count > 0 && AmountClaim(match, ranked, claimed, draft))
        {
            return draft;
        }
        if (claimed.Count <= 1 && DirectionClaim(match, ranked, claimed, draft))
        {
            return draft;
        }
        if (claimed.Count == 0 && BasisClaim(match, passages, draft))
        {
            return draft;
        }
        if (claimed.Count == 0 && TextDirectionClaim(match, passages, draft))
        {
            return draft;
        }
        return TextClaim(match, passages, draft);
    }

    /// <summary>A noun no document of the corpus uses (만족도, 정책자금): the claim is about something the documents do not cover.</summary>
    private static bool NamesMissingNoun(DocumentMatch match) =>
        match.Missing.Any(t => t.Length >= 3 && t.All(c => c is >= '가' and <= '힣') && !Coverage.IsOperationWord(t) && !Lexicon.IsQuestionWord(t));

    /// <summary>
    /// Two of a Korean claim's words the document never writes (융자·우대 in a claim about a loan preference, 회수·IPO in a
    /// claim about exits): what it asserts is not what the document covers, however many of its other words a passage shares.
    /// An English claim's words are the glossary's guesses, so a missing one says little.
    /// </summary>
    private static bool NamesMissingWords(DocumentMatch match) =>
        !match.Question.IsEnglish
        && match.Missing.Count(t => t.Length >= 2 && !Coverage.IsOperationWord(t) && !Lexicon.IsQuestionWord(t) && !AmountWords.Contains(t)) >= 2;

    /// <summary>Words a claim writes to state its amount or bound (절반 이상, 전액): no subject of its own.</summary>
    private static readonly HashSet<string> AmountWords = ["이상", "이하", "미만", "초과", "이내", "절반", "전액", "넘게", "가량", "약"];

    /// <summary>A claim about a name the document never writes (대만, a company, a person): nothing in it can confirm it.</summary>
    private static bool NamesAbsentName(DocumentMatch match)
    {
        foreach (var token in match.Question.Tokens.Where(t => t.Tag is KoreanAnalysis.Dictionary.PosTag.NNP && t.Surface.Length >= 2))
        {
            var term = Lexicon.Canonical(token.Surface);
            if (!match.Document.Vocabulary.Contains(term) && !match.Document.Mentions(token.Surface) && !Lexicon.IsQuestionWord(term))
            {
                return true;
            }
        }
        return match.Question.Regions.Any(r => !match.Document.Mentions(r.Short));
    }

    /// <summary>"A가 B보다 많았다": the two named rows of one table (or figures) compared.</summary>
    private static bool Comparison(DocumentMatch match, IReadOnlyList<FoundEvidence> ranked, AnswerDraft draft)
    {
        var m = MoreThan().Match(match.Question.Text);
        if (!m.Success)
        {
            return false;
        }
        var more = m.Groups["more"].Success;
        var selection = ranked.Select(r => r.Table).FirstOrDefault(t => t is not null && !t.RowsDefaulted && t.Rows.Count == 2 && t.Columns.Any(c => c.Kind == ColumnKind.Number));
        if (selection is null)
        {
            return false;
        }
        var column = selection.Columns.First(c => c.Kind == ColumnKind.Number);
        var operands = selection.Rows.Select(r => Operand.FromCell(match.Document, selection.Table, r, column)).ToList();
        if (operands.Any(o => o.Value == 0 && selection.Table.Cell(o.Row!, column).Value is null))
        {
            return false;
        }
        // The row named first is the claim's subject (A in "A가 B보다 많다").
        var ordered = operands.OrderBy(o => NamedAt(match.Question.Compact, TableQuery.NameCompact(o.Entity ?? ""))).ToList();
        var (a, b) = (ordered[0], ordered[1]);
        var holds = more ? a.Value > b.Value : a.Value < b.Value;
        var english = draft.English;
        draft.Verdict = holds ? Verdicts.Supported : Verdicts.Refuted;
        var comparison = english ? $"{a.Entity} {a.Display} [{Stated(draft, a)}], {b.Entity} {b.Display} [{Stated(draft, b)}]" : $"{a.Entity} {a.Display}[{Stated(draft, a)}], {b.Entity} {b.Display}[{Stated(draft, b)}]";
        draft.Say(holds
            ? (english ? $"Yes. {comparison}." : $"네, 맞습니다. 문서에는 {Josa.With(comparison, "으로/로")} 나와 있습니다.")
            : (english ? $"No. {comparison}." : $"사실과 다릅니다. 문서에는 {Josa.With(comparison, "으로/로")} 나와 있습니다."));
        return true;
    }

    /// <summary>Where the claim names a row: as written, or as trade news shortens a country (미국 → 대미, 일본 → 대일).</summary>
    private static int NamedAt(string compact, string name)
    {
        if (name.Length == 0)
        {
            return int.MaxValue;
        }
        var at = compact.IndexOf(name, StringComparison.Ordinal);
        if (at < 0 && name.Length == 2 && (name[1] == '국' || name == "일본"))
        {
            at = compact.IndexOf("대" + name[0], StringComparison.Ordinal);
        }
        return at < 0 ? int.MaxValue : at;
    }

    [GeneratedRegex(@"보다\s?(?:(?<more>많|크|높|길|앞서|넘)|(?<less>적|작|낮|짧|뒤지))")]
    private static partial Regex MoreThan();

    /// <summary>The amounts a claim states (a year or a date is not an amount; 절반 is 50%).</summary>
    private static List<(Quantity Quantity, int Bound)> ClaimedAmounts(Question question)
    {
        var found = new List<(Quantity, int)>();
        foreach (var q in question.Quantities)
        {
            var after = question.Text[q.End..];
            // A bare number is a claimed amount only when it reads as one (649 jobs), not 3단계 or 1위.
            if (q.Unit == Units.None && (q.Value < 10 || OrdinalAfter().IsMatch(after)))
            {
                continue;
            }
            // "10년 이하면 신청 가능": a limit the claim says the rule sets, to be equal to the document's, not a fact it bounds.
            var bound = ConditionalLimit().IsMatch(after) ? 0 : AtLeast().IsMatch(after) ? 1 : AtMost().IsMatch(after) ? -1 : 0;
            found.Add((q, bound));
        }
        if (Half().Match(question.Text) is { Success: true } half)
        {
            found.Add((new Quantity(50, Units.Percent, half.Index, half.Length), AtLeast().IsMatch(question.Text[(half.Index + half.Length)..]) ? 1 : 0));
        }
        // 전액 지원, "counts in full": the whole of it, 100%, against the share the document states (70%까지, 0.8배).
        if (Whole().Match(question.Text) is { Success: true } whole && !found.Any(f => f.Item1.Unit == Units.Percent))
        {
            found.Add((new Quantity(100, Units.Percent, whole.Index, whole.Length), 0));
        }
        if (Fifth().Match(question.Text) is { Success: true } fraction)
        {
            var value = 100.0 / (fraction.Groups[1].Value[0] - '0');
            found.Add((new Quantity(value, Units.Percent, fraction.Index, fraction.Length), 1));
        }
        return found;
    }

    private static bool AmountClaim(DocumentMatch match, IReadOnlyList<FoundEvidence> ranked, List<(Quantity Quantity, int Bound)> claimed, AnswerDraft draft)
    {
        var english = draft.English;
        // The amount the claim asserts is the last one it writes (16개 센터 평균이 1.7점 올랐다 → 1.7점).
        var (claim, bound) = claimed.Where(c => c.Quantity.Unit != Units.None).OrderByDescending(c => c.Quantity.Start).FirstOrDefault();
        if (claim.Unit is null)
        {
            (claim, bound) = claimed[^1];
        }
        // "6.2%에서 1.4%로 낮췄다": every amount the claim writes stands in one passage that carries its subject.
        if (claimed.Count >= 2 && AllInOnePassage(match, claimed, draft))
        {
            return true;
        }
        var candidates = new List<(Operand Operand, double Coverage)>();
        foreach (var evidence in ranked.Take(40))
        {
            foreach (var operand in Operands(match, evidence))
            {
                if (Comparable(operand.Unit, claim.Unit))
                {
                    candidates.Add((operand, evidence.Coverage));
                }
            }
        }
        if (candidates.Count == 0)
        {
            return false;
        }
        // Figures that count another thing (16개 센터 for 기업 1,200곳), or one item's figure for a claimed total, are no evidence either way.
        var claimedTotal = ClaimsTotal(match.Question);
        var relevant = candidates.Where(c => !CountsOtherThing(match.Question, claim, c.Operand) && (!claimedTotal || StatedAsTotal(c.Operand))).ToList();
        if (!relevant.Any(c => c.Coverage >= Carries) && candidates.Any(c => c.Coverage >= Carries))
        {
            NotInDocument(match, draft, PassageSearch.Rank(match).FirstOrDefault());
            return true;
        }
        candidates = relevant;
        // Coverage weighs the figure's whole sentence or row; its label and frame say whether it is the claim's subject.
        double Weighed((Operand Operand, double Coverage) c) =>
            c.Coverage + 0.15 * Fit(match, c.Operand) + 0.08 * FrameFit(match.Question, claim, c.Operand) - (Opposes(match.Question, c.Operand) ? 0.3 : 0)
            - (OfAnotherPlace(match.Question, c.Operand) ? 0.3 : 0)
            + (c.Operand.Unit.Symbol == claim.Unit.Symbol ? 0.05 : 0);
        var top = candidates.Where(c => c.Coverage >= Carries).Select(Weighed).DefaultIfEmpty(0).Max();
        // Among the figures near the best, the one named most like the claim is its subject (하락 3곳, not 전국 16개).
        var strong = candidates.Where(c => Weighed(c) >= top - 0.2 && c.Coverage >= Carries)
            .OrderByDescending(c => Math.Round(Fit(match, c.Operand) * 4)).ThenByDescending(Weighed).ToList();
        if (strong.Count == 0)
        {
            return false;
        }
        bool Equal(Operand o) => Math.Abs(ValueIn(o, claim.Unit) - claim.Value) <= Tolerance(claim);
        // A claimed bound (절반 이상, 100개사를 넘었다) is met by a fact; a claimed limit (10년 이하면) must equal the document's limit.
        bool Meets(Operand o) => IsLimit(o) ? Equal(o) : bound > 0 ? ValueIn(o, claim.Unit) >= claim.Value - 1e-9 : bound < 0 ? ValueIn(o, claim.Unit) <= claim.Value + 1e-9 : Equal(o);
        var first = strong[0].Operand;
        // What agrees may stand a little further from the claim's words than the best match (특허 8건 in a case table, 특허 출원 5건 in its box).
        var agreeing = candidates.Where(c => c.Coverage >= 0.4 && Meets(c.Operand) && !Opposes(match.Question, c.Operand)).OrderByDescending(Weighed).Select(c => c.Operand).ToList();
        // Another cell beside the one that states the claimed amount (a year's cell beside the 누계) is another period, not a disagreement.
        var differing = strong.Where(c => !Meets(c.Operand) && !agreeing.Any(a => SameFigure(a, c.Operand)) && !BesideClaimedCell(c.Operand, o => Equal(o) && Fit(match, o) >= Fit(match, c.Operand) - 1e-9, match.Document))
            .Select(c => c.Operand).ToList();
        var written = draft.Question.Text.Substring(claim.Start, claim.Length);
        // An English claim's "in full" was read as 전액; it is answered in the asker's language.
        if (english && Whole().IsMatch(written))
        {
            written = "the full amount (100%)";
        }
        // Two figures of one line ("소상공인 70%·중기업 50%") are a list of different things, not the document disagreeing with itself.
        // The best-weighed figure agrees, yet the claim's figure is written again with another value (see Restatement).
        var restated = agreeing.Contains(first) && bound == 0 ? Restatement(match, candidates, first, claim) : null;
        if (restated is not null || agreeing.Count > 0 && differing.Count > 0 && bound == 0 && !agreeing.Contains(first)
            && !(agreeing[0].Doc == differing[0].Doc && agreeing[0].Line == differing[0].Line)
            && (SameSubject(match, agreeing[0], differing[0]) && LabelFit(match, agreeing[0]) >= LabelFit(match, differing[0]) - 1e-9 || SameMeasureWord(match, agreeing[0], differing[0])))
        {
            var a = restated is null ? agreeing[0] : first;
            var d = restated ?? differing[0];
            draft.Verdict = Verdicts.Conflicting;
            draft.Say(english
                ? $"The document gives two different figures: {a.Label} {a.Display} [{Stated(draft, a)}] and {d.Label} {d.Display} [{Stated(draft, d)}]. It does not say which is right, so check before reporting {written}."
                : $"문서 안에서 서로 다르게 나와 있습니다. 한 곳에는 {a.Label} {a.Display}[{Stated(draft, a)}], 다른 곳에는 {d.Label} {Josa.With(d.Display, "으로/로")}[{Stated(draft, d)}] 적혀 있어요. 어느 쪽이 맞는지 문서만으로는 알 수 없으니, {Josa.With(written, "으로/로")} 보도하기 전에 확인이 필요합니다.");
            Quote(draft, a);
            Quote(draft, d);
            return true;
        }
        // A figure that agrees and is both better named and better weighed than the best-covered one is the claim's own,
        // though its sentence shares fewer of the claim's words (총사업비 … 5% 늘었다 against 사업비 … 73억원(5.0%) 늘었다).
        var betterNamed = agreeing.Count > 0 && Fit(match, agreeing[0]) > Fit(match, first) + 0.1
            && Weighed(candidates.First(c => c.Operand == agreeing[0])) > Weighed(strong[0]);
        if (agreeing.Count > 0 && (differing.Count == 0 || agreeing.Contains(first) || bound != 0 && Meets(first) || betterNamed))
        {
            // The sentence that writes the change to the claimed amount states it, before any case that applies it.
            var a = agreeing.FirstOrDefault(o => StatesChangeTo(match.Question, claim, o)) ?? (agreeing.Contains(first) ? first : agreeing[0]);
            // The amount is the rule's, yet the rule excepts what the claim names (단, 수출형은 경감 대상이 아닙니다).
            if (a.Text is { } ruled && ExceptionTo(match, ruled.Passage) is { } exception)
            {
                SayExcepted(draft, ruled.Passage, exception);
                return true;
            }
            draft.Verdict = Verdicts.Supported;
            draft.Say(english
                ? $"Yes. The document gives {a.Label} as {a.Display} [{Stated(draft, a)}]."
                : $"네, 맞습니다. 문서에 {a.Label} {Josa.With(a.Display, "으로/로")} 나와 있습니다 [{Stated(draft, a)}].");
            Quote(draft, a);
            SayRowCompanions(draft, match, a, claimed.Select(c => c.Quantity).Where(q => q.Start != claim.Start));
            return true;
        }
        var stated = differing.Count > 0 ? differing[0] : first;
        draft.Verdict = Verdicts.Refuted;
        draft.Say(english
            ? $"No. The document gives {stated.Label} as {stated.Display} [{Stated(draft, stated)}], not {written}."
            : $"사실과 다릅니다. 문서에는 {stated.Label} {Josa.With(stated.Display, "으로/로")} 나와 있어, {Josa.With(written, "과/와")} 다릅니다 [{Stated(draft, stated)}].");
        Quote(draft, stated);
        // What the claimed amount is in the document, when it is another figure (1,306억원 is the 국비, not the total).
        var elsewhere = (bound == 0 ? InColumn(match, stated, Equal) : null)
            ?? candidates.Select(c => c.Operand).FirstOrDefault(o => bound == 0 && Equal(o) && !SameFigure(o, stated))
            ?? match.Document.Figures.Where(f => Comparable(f.Unit, claim.Unit) && Math.Abs((claim.Unit == Units.None || !f.Unit.SameFamily(claim.Unit) ? f.Value : f.Quantity.In(claim.Unit)) - claim.Value) <= Tolerance(claim))
                .Select(f => Operand.FromText(f, Labels.Of(f), Composing.Quote.Sentence(f.Passage.Text, f.Quantity.Start))).FirstOrDefault();
        if (bound == 0 && elsewhere is not null)
        {
            // 총 1,534억원: the claimed amount is the whole of which the claimed part (국비) is one share.
            var whole = elsewhere.Text is { } f && WrittenAsTotal().IsMatch(f.Passage.Text[..f.Quantity.Start]);
            var kind = whole ? (english ? "the total" : "전체 금액(총액)") : english ? "" : claim.Unit.IsMoney ? "금액" : "수치";
            draft.Say(english
                ? $"In the document, {written} is {(whole ? kind + " of " : "")}{elsewhere.Label} [{elsewhere.Cite(draft)}]."
                : $"문서에서 {Josa.With(written, "은/는")} {elsewhere.Label}에 해당하는 {kind}입니다: “{elsewhere.Quote}” [{elsewhere.Cite(draft)}].");
        }
        return true;
    }

    /// <summary>
    /// A claim of a figure the document states two ways (its text against its table): when the claimed amount is one of
    /// the two, and the evidence that states it carries the claim's subject, the claim is neither true nor false.
    /// </summary>
    private static bool SelfContradiction(DocumentMatch match, IReadOnlyList<FoundEvidence> ranked, List<(Quantity Quantity, int Bound)> claimed, AnswerDraft draft)
    {
        var english = draft.English;
        foreach (var (claim, bound) in claimed.Where(c => c.Bound == 0 && c.Quantity.Unit != Units.None))
        {
            foreach (var disagreement in match.Document.Disagreements)
            {
                var (text, cell) = DisagreementNote.Sides(match.Document, disagreement);
                var said = Equal(text, claim) ? text : Equal(cell, claim) ? cell : null;
                if (said is null || !Carried(ranked, disagreement))
                {
                    continue;
                }
                var other = said == text ? cell : text;
                var written = match.Question.Text.Substring(claim.Start, claim.Length);
                draft.Verdict = Verdicts.Conflicting;
                draft.Say(english
                    ? $"The document disagrees with itself: it gives {said.Label} {said.Display} [{Stated(draft, said)}] in one place and {other.Label} {other.Display} [{Stated(draft, other)}] in another. It does not say which is right, so check before reporting {written}."
                    : $"문서 안에서 서로 다르게 나와 있습니다. 한 곳에는 {said.Label} {said.Display}[{Stated(draft, said)}], 다른 곳에는 {other.Label} {Josa.With(other.Display, "으로/로")}[{Stated(draft, other)}] 적혀 있어요. 어느 쪽이 맞는지 문서만으로는 알 수 없으니, {Josa.With(written, "으로/로")} 보도하기 전에 확인이 필요합니다.");
                Quote(draft, said);
                Quote(draft, other);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The claimed figure stated again elsewhere with another value (약 300개사를 선정 in the text, 250개사 내외를 선정 in its
    /// FAQ): a figure of the same unit, as well covered as the one that agrees, whose sentence carries the same verb of the
    /// claim and whose value lies near — one figure written two ways, not two figures.
    /// </summary>
    private static Operand? Restatement(DocumentMatch match, List<(Operand Operand, double Coverage)> candidates, Operand agreeing, Quantity claim)
    {
        var agreed = candidates.First(c => c.Operand == agreeing).Coverage;
        var verb = ClaimVerb(match.Question, claim);
        if (verb is null || agreeing.Table is not null || !agreeing.Quote.Contains(verb, StringComparison.Ordinal))
        {
            return null;
        }
        return candidates.Where(c => c.Coverage >= agreed - 0.02).Select(c => c.Operand).FirstOrDefault(d => d.Table is null && d.Unit.Symbol == agreeing.Unit.Symbol && d.Line != agreeing.Line
            && Math.Abs(d.Value - agreeing.Value) > 1e-9 && !Equal(d, claim)
            && d.Quote.Contains(verb, StringComparison.Ordinal)
            && Math.Abs(d.Value - agreeing.Value) / Math.Max(Math.Abs(d.Value), Math.Abs(agreeing.Value)) <= RestatedApart);
    }

    /// <summary>How far apart two statements of one figure may lie and still be one figure written two ways.</summary>
    private const double RestatedApart = 0.25;

    /// <summary>Another row's cell of the stated cell's column that holds the claimed amount (70% is 소상공인's 지원 비율, not 중기업's).</summary>
    private static Operand? InColumn(DocumentMatch match, Operand stated, Func<Operand, bool> equalsClaim)
    {
        if (stated.SourceTable is not { } table || stated.Column is not { } column)
        {
            return null;
        }
        return table.Rows.Where(r => r != stated.Row && !r.IsTotal && table.Cell(r, column).Value is double)
            .Select(r => Operand.FromCell(match.Document, table, r, column)).FirstOrDefault(equalsClaim);
    }

    /// <summary>
    /// A text figure written right after the very measure word the claim and the other figure's label use (총사업비
    /// 3,400억원 in a note, the 총사업비 column of the project's row): one measure stated twice, though the note's label
    /// carries fewer of the claim's words than the row does.
    /// </summary>
    private static bool SameMeasureWord(DocumentMatch match, Operand text, Operand other)
    {
        if (text.Text is not { } figure || WordBefore().Match(figure.Passage.Text[..figure.Quantity.Start]) is not { Success: true } before)
        {
            return false;
        }
        var word = before.Groups[1].Value;
        if (word.Length < 3 || !match.Question.Compact.Contains(word, StringComparison.Ordinal) || !other.Label.Replace(" ", "").Contains(word, StringComparison.Ordinal))
        {
            return false;
        }
        // The claim's most telling word names the figure's item: in its line or the numbered title it stands under (1. AI 자율제조 선도공장 구축).
        var head = SubjectTerms(match).OrderByDescending(s => s.Weight).Select(s => s.Term).FirstOrDefault();
        return head is null || Carry(text, head) || ItemTitle(match, figure.Passage) is { } title && title.Terms.Select(Lexicon.Canonical).Contains(head);
    }

    /// <summary>The numbered title line (1. …) a bullet stands under, a few lines up before any heading.</summary>
    private static Knowledge.Documents.Passage? ItemTitle(DocumentMatch match, Knowledge.Documents.Passage passage)
    {
        var passages = match.Document.Passages;
        for (var i = IndexOf(passages, passage) - 1; i >= 0 && passages[i].Line >= passage.Line - 6; i--)
        {
            if (NumberedTitle().IsMatch(passages[i].Text))
            {
                return passages[i];
            }
            if (passages[i].Kind is Corpus.Model.UnitKind.Heading or Corpus.Model.UnitKind.Title)
            {
                return null;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^\s*\d{1,2}\.\s")]
    private static partial Regex NumberedTitle();

    [GeneratedRegex(@"([가-힣]{2,})\s*[:：]?\s*$")]
    private static partial Regex WordBefore();

    /// <summary>The verb stem right after the claimed amount (300개사를 선정한다 → 선정).</summary>
    private static string? ClaimVerb(Question question, Quantity claim)
    {
        var after = question.Text[claim.End..];
        var m = VerbAfterAmount().Match(after);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^\S*\s+([가-힣]{2,}?)(?:하|한|할|된|되|했|해|을|를|\s)")]
    private static partial Regex VerbAfterAmount();

    private static bool Equal(Operand o, Quantity claim) => Comparable(o.Unit, claim.Unit) && Math.Abs(ValueIn(o, claim.Unit) - claim.Value) <= Tolerance(claim);

    /// <summary>Whether the claim's evidence reaches either statement of a disagreement: its sentence's figure or its table row.</summary>
    private static bool Carried(IReadOnlyList<FoundEvidence> ranked, Knowledge.Facts.Disagreement disagreement) =>
        ranked.Any(e => e.Coverage >= 0.45 && (e.Figure?.Figure == disagreement.Text
            || e.Table is { } t && t.Table == disagreement.Table && t.Rows.Contains(disagreement.Row)));

    private static bool AllInOnePassage(DocumentMatch match, List<(Quantity Quantity, int Bound)> claimed, AnswerDraft draft)
    {
        var values = claimed.Where(c => c.Quantity.Unit != Units.None && c.Bound == 0).Select(c => c.Quantity).ToList();
        if (values.Count < 2)
        {
            return false;
        }
        foreach (var found in PassageSearch.Rank(match).Where(p => p.Coverage >= 0.6).Take(8))
        {
            var quantities = found.Passage.Quantities;
            if (values.All(v => quantities.Any(q => q.Unit.SameFamily(v.Unit) && Math.Abs(q.In(v.Unit) - v.Value) <= Tolerance(v))))
            {
                draft.Verdict = Verdicts.Supported;
                var quote = Shown.Row(Shown.Text(found.Passage.Text));
                draft.Say(draft.English ? $"Yes. The document says: “{quote}” {draft.Cite(found.Passage)}" : $"네, 맞습니다. 문서에 이렇게 나와 있습니다. “{quote}” {draft.Cite(found.Passage)}");
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The claim's other amounts in the supporting cell's row ("from 21 to 50": 현행 기준 21개소 beside 개정 기준 50개소),
    /// so the answer shows every figure the claim states.
    /// </summary>
    private static void SayRowCompanions(AnswerDraft draft, DocumentMatch match, Operand supporting, IEnumerable<Quantity> others)
    {
        if (supporting.SourceTable is not { } table || supporting.Row is not { } row)
        {
            return;
        }
        foreach (var other in others)
        {
            var cell = table.Columns.Where(c => c != supporting.Column && table.Cell(row, c).Value is not null)
                .Select(c => Operand.FromCell(match.Document, table, row, c))
                .FirstOrDefault(o => Comparable(o.Unit, other.Unit) && Math.Abs(ValueIn(o, other.Unit) - other.Value) <= Tolerance(other));
            if (cell is not null)
            {
                draft.Say(draft.English
                    ? $"It also gives {cell.Label} as {cell.Display} [{Stated(draft, cell)}]."
                    : $"같은 줄에 {cell.Label} {cell.Display}도 나와 있습니다 [{Stated(draft, cell)}].");
            }
        }
    }

    /// <summary>The sentence a text figure stands in, so the reader sees it in context.</summary>
    private static void Quote(AnswerDraft draft, Operand operand)
    {
        if (operand.Text is not null && operand.Quote.Length <= 220)
        {
            draft.Say($"“{Shown.Text(operand.Quote)}” [{operand.Cite(draft)}]");
        }
    }

    private static IEnumerable<Operand> Operands(DocumentMatch match, FoundEvidence evidence)
    {
        if (evidence.Table is { } selection)
        {
            foreach (var (row, column, cell) in selection.Cells.Take(6))
            {
                if (cell.Value is not null)
                {
                    yield return Operand.FromCell(match.Document, selection.Table, row, column);
                }
            }
        }
        else if (evidence.Figure is { } figure)
        {
            yield return Operand.FromText(figure.Figure, Labels.Of(figure.Figure), Composing.Quote.Sentence(figure.Figure.Passage.Text, figure.Quantity.Start));
        }
    }

    private static bool IsLimit(Operand o) =>
        o.Text?.Role == Knowledge.Figures.FigureRole.Limit
        || o.SourceTable is not null && o.Row is not null && o.Column is not null && BoundWord().IsMatch(o.SourceTable.Cell(o.Row, o.Column).Text);

    private static bool Comparable(Unit a, Unit claimed) =>
        claimed == Units.None ? a.Family is not (UnitFamily.Percent) : a.SameFamily(claimed) || a.IsCount && claimed.IsCount || IsFraction(a, claimed);

    /// <summary>A share written as a multiple (0.8배만 인정) is a percentage of the whole (80%).</summary>
    private static bool IsFraction(Unit a, Unit claimed) => a.Family == UnitFamily.Times && claimed.Family == UnitFamily.Percent;

    private static double ValueIn(Operand o, Unit unit) => IsFraction(o.Unit, unit) ? o.Value * 100 : unit == Units.None || !o.Unit.SameFamily(unit) ? o.Value : o.In(unit);

    private static double Tolerance(Quantity claim) => claim.Unit.Family is UnitFamily.Percent ? 0.051 : Math.Max(1e-6, Math.Abs(claim.Value) * 0.001);

    private static bool SameFigure(Operand a, Operand b) => a.Line == b.Line && Math.Abs(a.Value - b.Value) < 1e-9;

    /// <summary>
    /// Two figures of one subject: the same unit family, not two cells of one table (which name different things), and
    /// both carrying the claim's most telling word (특허, 참여기관, 인구감소지역).
    /// </summary>
    private static bool SameSubject(DocumentMatch match, Operand a, Operand b)
    {
        if (!a.Unit.SameFamily(b.Unit) && !(a.Unit.IsCount && b.Unit.IsCount))
        {
            return false;
        }
        if (a.SourceTable is not null && b.SourceTable is not null && a.SourceTable == b.SourceTable)
        {
            return false;
        }
        // The claim's verb (출원했다) is what is done, not the subject both figures must carry.
        var head = SubjectTerms(match).OrderByDescending(s => s.Weight).Select(s => s.Term).FirstOrDefault();
        return head is null || Carry(a, head) && Carry(b, head);
    }

    private static bool Carry(Operand operand, string term)
    {
        var text = operand.Quote + " " + operand.Label + " " + (operand.Table?.Title ?? "") + " " + (operand.Table?.Column ?? "") + " " + (operand.Text?.Passage.HeadingTerms is { } h ? string.Join(" ", h) : "");
        return TermAnalyzer.Terms(text).Select(Lexicon.Canonical).Contains(term);
    }

    /// <summary>"X가 가장 많다", "세종이 가장 적다": the table's ranking decides.</summary>
    private static bool RankClaim(DocumentMatch match, IReadOnlyList<FoundEvidence> ranked, AnswerDraft draft)
    {
        var english = draft.English;
        var question = match.Question;
        var evidence = ranked.FirstOrDefault(e => e.Table is not null && e.Coverage >= Carries);
        if (evidence?.Table is not { } selection)
        {
            return false;
        }
        var table = selection.Table;
        var column = selection.Columns.FirstOrDefault(c => c.Kind == ColumnKind.Number);
        var claimedRow = selection.Rows.FirstOrDefault(r => !r.IsTotal && !selection.RowsDefaulted);
        if (column is null || claimedRow is null)
        {
            return false;
        }
        var rows = table.Rows.Where(r => !r.IsTotal && table.Cell(r, column).Value is not null).ToList();
        var leader = question.Rank == RankOrder.Lowest ? rows.MinBy(r => table.Cell(r, column).Value) : rows.MaxBy(r => table.Cell(r, column).Value);
        if (leader is null)
        {
            return false;
        }
        var leaderOperand = Operand.FromCell(match.Document, table, leader, column);
        var claimedOperand = Operand.FromCell(match.Document, table, claimedRow, column);
        var order = question.Rank == RankOrder.Lowest ? (english ? "lowest" : "가장 적은") : (english ? "highest" : "가장 많은");
        if (leader == claimedRow)
        {
            draft.Verdict = Verdicts.Supported;
            draft.Say(english
                ? $"Yes. {leader.Name} has the {order} {string.Join(" ", column.Path)}: {leaderOperand.Display} [{Stated(draft, leaderOperand)}]."
                : $"네, 맞습니다. {string.Join(" ", column.Path)} 기준으로 {order} 곳은 {Josa.With(leader.Name, "으로/로")}, {leaderOperand.Display}입니다 [{Stated(draft, leaderOperand)}].");
        }
        else
        {
            draft.Verdict = Verdicts.Refuted;
            draft.Say(english
                ? $"No. The {order} {string.Join(" ", column.Path)} is {leader.Name} ({leaderOperand.Display}) [{Stated(draft, leaderOperand)}]; {claimedRow.Name} has {claimedOperand.Display} [{Stated(draft, claimedOperand)}]."
                : $"사실과 다릅니다. {string.Join(" ", column.Path)} 기준으로 {order} 곳은 {leader.Name}({leaderOperand.Display})입니다 [{Stated(draft, leaderOperand)}]. {Josa.With(claimedRow.Name, "은/는")} {claimedOperand.Display}입니다 [{Stated(draft, claimedOperand)}].");
        }
        return true;
    }

    /// <summary>
    /// "(주)X는 단위공정형으로 선정", "2년 연속 S등급", "(주)X는 경기 자동차부품 분야로 총액 42억원, 참여기관 7개": the named
    /// row's category cells and figures against the values the claim writes, cell by cell.
    /// </summary>
    private static bool CategoryClaim(DocumentMatch match, AnswerDraft draft)
    {
        var question = match.Question;
        var english = draft.English;
        foreach (var table in match.Document.Tables.Where(t => !t.Table.IsBlock))
        {
            if (NamedRow(question, table) is not { } row)
            {
                continue;
            }
            var checks = new List<(ColumnModel Column, string Claimed, string Actual)>();
            foreach (var column in table.Columns.Where(c => c.Kind == ColumnKind.Category))
            {
                var values = table.Rows.Select(r => table.Cell(r, column).Text.TrimEnd('*').Trim()).Where(v => v.Length > 0).Distinct().ToList();
                var mentioned = values.Where(v => MentionsValue(question, v)).ToList();
                if (mentioned.Count == 0)
                {
                    continue;
                }
                var actual = table.Cell(row, column).Text.TrimEnd('*').Trim();
                checks.Add((column, mentioned.Contains(actual) ? actual : mentioned[0], actual));
            }
            var figures = RowFigures(match, table, row);
            if (checks.Count == 0 && figures.Count(f => f.Holds) < 2)
            {
                continue;
            }
            var wrong = checks.Where(c => c.Claimed != c.Actual).ToList();
            var marker = draft.Cite(match.Document, table, row, checks.Count > 0 ? checks[0].Column : figures[0].Cell.Column);
            var stated = string.Join(", ", checks.Select(c => $"{string.Join(" ", c.Column.Path)} {Composing.Cells.Value(c.Column, c.Actual, english)}")
                .Concat(figures.Select(f => $"{string.Join(" ", f.Cell.Column!.Path)} {f.Cell.Display}[{Stated(draft, f.Cell)}]")));
            if (wrong.Count == 0 && figures.All(f => f.Holds))
            {
                draft.Verdict = Verdicts.Supported;
                draft.Say(english ? $"Yes. For {row.Name} the document gives {stated} {marker}." : $"네, 맞습니다. 문서에 {row.Name}의 {Josa.With(stated, "으로/로")} 나와 있습니다 {marker}.");
            }
            else if (wrong.Count > 0)
            {
                draft.Verdict = Verdicts.Refuted;
                var w = wrong[0];
                var alsoStated = figures.Count > 0 ? (english ? $" It gives {string.Join(", ", figures.Select(f => $"{string.Join(" ", f.Cell.Column!.Path)} {f.Cell.Display}"))}." : $" 문서에 적힌 {string.Join(", ", figures.Select(f => $"{string.Join(" ", f.Cell.Column!.Path)}은 {f.Cell.Display}"))}입니다.") : "";
                draft.Say(english
                    ? $"No. For {row.Name} the document gives {string.Join(" ", w.Column.Path)}: {Composing.Cells.Value(w.Column, w.Actual, true)}, not {Composing.Cells.Value(w.Column, w.Claimed, true)} {marker}.{alsoStated}"
                    : $"사실과 다릅니다. 문서에는 {row.Name}의 {string.Join(" ", w.Column.Path)}{(w.Column.Path.Count > 0 ? "이" : "")} {Josa.With(Composing.Cells.Value(w.Column, w.Actual, false), "으로/로")} 나와 있습니다({Composing.Cells.Value(w.Column, w.Claimed, false)}이 아님) {marker}.{alsoStated}");
                foreach (var f in figures)
                {
                    Stated(draft, f.Cell);
                }
            }
            else
            {
                var f = figures.First(f => !f.Holds);
                draft.Verdict = Verdicts.Refuted;
                draft.Say(english
                    ? $"No. For {row.Name} the document gives {string.Join(" ", f.Cell.Column!.Path)} {f.Cell.Display} [{Stated(draft, f.Cell)}], not {f.Written}."
                    : $"사실과 다릅니다. 문서에는 {row.Name}의 {string.Join(" ", f.Cell.Column!.Path)} {Josa.With(f.Cell.Display, "으로/로")} 나와 있어, {Josa.With(f.Written, "과/와")} 다릅니다 [{Stated(draft, f.Cell)}].");
            }
            return true;
        }
        return false;
    }

    /// <summary>The one row the claim names by a name cell: a company or project before a place (경기 is in many rows).</summary>
    private static RowModel? NamedRow(Question question, TableModel table)
    {
        bool NamesRow(RowModel r, bool places) => !r.IsTotal && r.Cells.Any(c => table.Columns[c.Column].Kind is ColumnKind.Key or ColumnKind.Text
            && Named(question, c.Text) && (places || Regions.Find(c.Text.Trim().TrimEnd('*')) is null));
        var byName = table.Rows.Where(r => NamesRow(r, false)).ToList();
        if (byName.Count == 1)
        {
            return byName[0];
        }
        var rows = table.Rows.Where(r => NamesRow(r, true)).ToList();
        return rows.Count == 1 ? rows[0] : null;
    }

    /// <summary>
    /// Each amount the claim writes, read against the named row: the cell that equals it (총액 42, 참여기관 수 7), or the cell
    /// of a column the claim names (종합점수 for "점수 90 초과") when none equals it.
    /// </summary>
    private static List<(Operand Cell, string Written, bool Holds)> RowFigures(DocumentMatch match, TableModel table, RowModel row)
    {
        var question = match.Question;
        var found = new List<(Operand, string, bool)>();
        var cells = table.Columns.Where(c => table.Cell(row, c).Value is not null).Select(c => Operand.FromCell(match.Document, table, row, c)).ToList();
        foreach (var (claim, bound) in ClaimedAmounts(question))
        {
            var written = question.Text.Substring(claim.Start, claim.Length);
            double In(Operand o) => Comparable(o.Unit, claim.Unit) ? ValueIn(o, claim.Unit) : o.Value;
            bool Holds(Operand o) => bound > 0 ? In(o) > claim.Value - 1e-9 : bound < 0 ? In(o) < claim.Value + 1e-9 : Math.Abs(In(o) - claim.Value) <= Tolerance(claim);
            // A bare number (점수 90 초과) is read in the unit of the column the claim names; a number with its own unit (2년 연속) only in that unit.
            bool Fits(Operand o) => Comparable(o.Unit, claim.Unit) && (claim.Unit != Units.None || ColumnNamed(question, o.Column!));
            var equal = cells.Where(o => Fits(o) && Holds(o)).OrderByDescending(o => ColumnNamed(question, o.Column!)).FirstOrDefault();
            var named = cells.FirstOrDefault(o => ColumnNamed(question, o.Column!) && Fits(o));
            if (bound == 0 && equal is not null)
            {
                found.Add((equal, written, true));
            }
            else if (named is not null)
            {
                found.Add((named, written, Holds(named)));
            }
        }
        return found;
    }

    /// <summary>Whether the claim writes a column's name (참여기관 수 → 참여기관, 종합점수 → 점수).</summary>
    private static bool ColumnNamed(Question question, ColumnModel column) =>
        column.Path.Select(TableQuery.NameCompact).Any(p => p.Length >= 2 && (question.Compact.Contains(p, StringComparison.Ordinal)
            || question.Tokens.Any(t => t.IsContent && t.Surface.Length >= 2 && p.Contains(t.Surface, StringComparison.Ordinal))));

    private static bool Named(Question question, string cell)
    {
        var name = TableQuery.NameCompact(cell);
        var isPlace = Regions.Find(cell.Trim().TrimEnd('*')) is not null;
        return (name.Length >= 3 || isPlace && name.Length >= 2) && TableQuery.ContainsName(question.Compact, name);
    }

    private static bool MentionsValue(Question question, string value)
    {
        var compact = TableQuery.NameCompact(value);
        if (compact.Length == 1)
        {
            return question.Compact.Contains(compact + "등급", StringComparison.Ordinal) || Regex.IsMatch(question.Original, $@"\b{Regex.Escape(value)}[- ]?grade|grade (?:of )?{Regex.Escape(value)}\b", RegexOptions.IgnoreCase);
        }
        return compact.Length >= 2 && question.Compact.Contains(compact, StringComparison.Ordinal);
    }

    /// <summary>A claim in words: the passage that carries it, refuted when it says the opposite or names another date.</summary>
    private static AnswerDraft TextClaim(DocumentMatch match, IReadOnlyList<PassageMatch> passages, AnswerDraft draft)
    {
        var english = draft.English;
        var best = passages.FirstOrDefault();
        if (best is null || best.Coverage < 0.6)
        {
            return NotInDocument(match, draft, best);
        }
        var question = match.Question;
        // A FAQ's question line only asks; its answer line says what holds.
        var passage = PassageAnswerer.AnswerTo(match, best.Passage);
        // "Q. 중고도 되나요? A. 아닙니다. …": an answer that opens by saying no denies what its question asked.
        var negated = passage != best.Passage && FaqLines.Opening().Match(passage.Text) is { Success: true } no && no.Groups["no"].Success ? no.Groups["no"].Value : Negated(question, passage);
        var opposite = Opposites(question, passage);
        var dates = DateClash(match, passages.Take(3).Select(p => p.Passage).ToList());
        var marker = draft.Cite(passage);
        var quote = Shown.Row(Shown.Text(passage.Text));
        if (opposite is null && negated is not null)
        {
            draft.Verdict = Verdicts.Refuted;
            draft.Say(english ? $"No — the document says “{negated}”: “{quote}” {marker}" : $"사실과 다릅니다. 문서에는 '{negated}'라고 되어 있습니다. “{quote}” {marker}");
            return draft;
        }
        if (opposite is not null || dates is not null)
        {
            draft.Verdict = Verdicts.Refuted;
            var why = opposite is not null ? (english ? $"it says {opposite.Value.Said}, not {opposite.Value.Claimed}" : $"'{opposite.Value.Claimed}'이 아니라 '{opposite.Value.Said}'라고 되어 있습니다")
                : (english ? $"it gives {dates}" : $"날짜가 {Josa.With(dates!, "으로/로")} 나와 있습니다");
            draft.Say(english ? $"No — {why}: “{quote}” {marker}" : $"사실과 다릅니다. 문서에는 {why}. “{quote}” {marker}");
            return draft;
        }
        if (ExceptionTo(match, passage) is { } exception)
        {
            SayExcepted(draft, passage, exception);
            return draft;
        }
        draft.Verdict = Verdicts.Supported;
        draft.Say(english ? $"Yes. The document says: “{quote}” {marker}" : $"네, 맞습니다. 문서에 이렇게 나와 있습니다. “{quote}” {marker}");
        return draft;
    }

    private static AnswerDraft NotInDocument(DocumentMatch match, AnswerDraft draft, PassageMatch? nearest)
    {
        var english = draft.English;
        draft.Verdict = Verdicts.NotInDocument;
        var name = match.Document.Profile.DisplayName;
        draft.Say(english
            ? $"The document (「{name}」) does not say this, so it can be neither confirmed nor denied from it."
            : $"「{name}」 문서에는 이 내용이 나와 있지 않아, 문서만으로는 사실인지 확인할 수 없습니다.");
        if (nearest is { Coverage: >= 0.3 })
        {
            draft.Say(english ? $"The closest passage: “{Shown.Row(Shown.Text(nearest.Passage.Text))}” {draft.Cite(nearest.Passage)}" : $"가장 가까운 내용은 “{Shown.Row(Shown.Text(nearest.Passage.Text))}”입니다 {draft.Cite(nearest.Passage)}.");
        }
        return draft;
    }

    /// <summary>
    /// A verb the claim asserts that the passage denies of the same thing ("우편으로 보내면 받아준다" against "우편·방문 접수는
    /// 받지 않습니다", "중고도 지원된다" against "중고 설비는 지원하지 않습니다"): the denial must follow one of the claim's
    /// other content words closely, so a rule about something else (대기업은 신청할 수 없다) does not count.
    /// </summary>
    private static string? Negated(Question question, Knowledge.Documents.Passage passage)
    {
        if (NegationWord().IsMatch(question.Text))
        {
            return null;
        }
        var stems = question.Predicates.Where(p => p is not ("하" or "주" or "되" or "맞" or "있" or "이" or "사실")).Concat(question.Terms.Where(t => t.Length >= 2)).Distinct();
        foreach (var stem in stems)
        {
            var denial = Regex.Match(passage.Text, Regex.Escape(stem) + @"(?:하|되|해|받)?지\s?(?:않|못)[가-힣]*|" + Regex.Escape(stem) + @"(?:할|될|을)\s?수\s?없[가-힣]*");
            if (!denial.Success)
            {
                continue;
            }
            var subject = question.Terms.Where(t => t.Length >= 2 && t != stem && !passage.Text[..denial.Index].EndsWith(t, StringComparison.Ordinal))
                .Select(t => passage.Text.LastIndexOf(t, denial.Index, StringComparison.Ordinal)).Where(at => at >= 0).DefaultIfEmpty(-1).Max();
            if (subject >= 0 && denial.Index - subject <= 30)
            {
                return denial.Value;
            }
        }
        return null;
    }

    [GeneratedRegex(@"않|없|못|안\s|불가|아니")]
    private static partial Regex NegationWord();

    /// <summary>A word of the claim whose opposite the passage writes instead (완화 ↔ 심화, 증가 ↔ 감소, 흑자 ↔ 적자).</summary>
    private static (string Claimed, string Said)? Opposites(Question question, Knowledge.Documents.Passage passage)
    {
        foreach (var (a, b) in Antonyms)
        {
            foreach (var (claimed, opposite) in new[] { (a, b), (b, a) })
            {
                if (!question.Text.Contains(claimed, StringComparison.Ordinal) || !passage.Text.Contains(opposite, StringComparison.Ordinal))
                {
                    continue;
                }
                if (!passage.Text.Contains(claimed, StringComparison.Ordinal))
                {
                    return (claimed, opposite);
                }
                // Both words written: the one nearer the claim's subject is what the passage says of it (누계 무역수지는 … 흑자, 전년 동기 … 적자).
                var subject = SubjectPosition(question, passage, claimed);
                if (subject >= 0 && Distance(passage.Text, opposite, subject) < Distance(passage.Text, claimed, subject))
                {
                    return (claimed, opposite);
                }
            }
        }
        return null;
    }

    /// <summary>Where the passage writes the claim's rarest word besides the claimed one.</summary>
    private static int SubjectPosition(Question question, Knowledge.Documents.Passage passage, string claimed)
    {
        var best = -1;
        var bestLength = 0;
        foreach (var token in question.Tokens.Where(t => t.IsContent && t.Surface.Length >= 2 && t.Surface != claimed))
        {
            var at = passage.Text.IndexOf(token.Surface, StringComparison.Ordinal);
            if (at >= 0 && token.Surface.Length > bestLength)
            {
                best = at;
                bestLength = token.Surface.Length;
            }
        }
        return best;
    }

    private static int Distance(string text, string word, int from)
    {
        var best = int.MaxValue;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var d = at >= from ? at - from : from - at + 5;
            best = Math.Min(best, d);
        }
        return best;
    }

    private static readonly (string, string)[] Antonyms =
    [
        ("완화", "심화"), ("흑자", "적자"), ("증가", "감소"), ("늘", "줄"), ("상승", "하락"), ("확대", "축소"), ("포함", "제외"),
        ("가능", "불가"), ("개선", "악화"), ("증액", "감액"), ("상향", "하향"), ("유지", "변경"),
    ];

    /// <summary>A date or year the claim names that the passages carrying its subject contradict ('24년에 끝난다 vs '23~'27년).</summary>
    private static string? DateClash(DocumentMatch match, IReadOnlyList<Knowledge.Documents.Passage> passages)
    {
        var question = match.Question;
        var claimedDates = question.Dates.Where(d => d.Month is not null || d.Year is not null).ToList();
        if (claimedDates.Count == 0)
        {
            return null;
        }
        var stated = passages.SelectMany(p => p.Dates).Where(d => d.Month is not null || d.Year is not null).ToList();
        if (stated.Count == 0)
        {
            return null;
        }
        foreach (var claimed in claimedDates)
        {
            var same = stated.Any(s => claimed.Day is not null ? s.Month == claimed.Month && s.Day == claimed.Day
                : claimed.Month is not null ? s.Month == claimed.Month
                : s.Year == claimed.Year);
            if (!same)
            {
                var relevant = claimed.Day is not null ? stated.Where(s => s.Day is not null) : claimed.Month is not null ? stated.Where(s => s.Month is not null) : stated.Where(s => s.Year is not null);
                var list = relevant.Select(s => s.Text).Distinct().Take(3).ToList();
                return list.Count > 0 ? string.Join(", ", list) : null;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^\s?(?:이상|넘|초과|넘게|넘었|넘는|이 넘|을 넘|를 넘|보다 많|over|more than)")]
    private static partial Regex AtLeast();

    [GeneratedRegex(@"^\s?(?:이하|미만|안 되|도 안|아래|under|less than)")]
    private static partial Regex AtMost();

    [GeneratedRegex(@"^\s?(?:이하|이상|미만|초과|이내)(?:이?면|라면|이어야|인 경우|인 기업|까지)")]
    private static partial Regex ConditionalLimit();

    [GeneratedRegex(@"(?:총|합계|전체|모두)\s*$")]
    private static partial Regex WrittenAsTotal();

    [GeneratedRegex(@"전액")]
    private static partial Regex Whole();

    [GeneratedRegex(@"절반")]
    private static partial Regex Half();

    [GeneratedRegex(@"(\d)분의\s?1")]
    private static partial Regex Fifth();
    /// <summary>Cites a figure the document states and lists it among the answer's figures (read off the document, no formula).</summary>
    private static int Stated(AnswerDraft draft, Operand operand)
    {
        var cited = operand.Cite(draft);
        if (!draft.Figures.Any(f => f.Value == operand.Value && f.Unit == operand.Unit.Symbol && f.Formula is null))
        {
            draft.AddFigure(operand.Label, operand.Value, operand.Unit, null, [new Contract.FigureInput(operand.Label, operand.Value, operand.Unit.Symbol, cited)]);
        }
        return cited;
    }

    [GeneratedRegex(@"^\s?(?:단계|차|위|번|등|개월|월|일)")]
    private static partial Regex OrdinalAfter();

    [GeneratedRegex("이하|이상|미만|초과|이내")]
    private static partial Regex BoundWord();
}
