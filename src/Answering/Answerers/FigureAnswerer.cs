using Answering.Composing;
using Answering.Computing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Corpus.Quantities;
using Knowledge.Language;
using Knowledge.Tables;

namespace Answering.Answerers;

/// <summary>
/// Answers questions about amounts: finds the cells or text figures the question names, then reads them, adds,
/// subtracts, compares, shares, divides, ranks or converts them, showing each computed figure with its formula and
/// cited inputs. Declines (null) when nothing in the document carries enough of the question.
/// </summary>
public static partial class FigureAnswerer
{
    // Static Regex calls with literal patterns overflow Regex's 15-entry cache in this code base and are parsed again per call.
    // "4.1만톤에서 '30년 12.3만톤으로": the period the amount changed to may stand between.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\([^)]*\))?\s*(?:에서|→|->|⇒|~)\s*(?:'?\d{2,4}\s?년도?\s*|\d\s?단계\s*)?")]
    private static partial System.Text.RegularExpressions.Regex ChangeArrow();

    private const double MinCoverage = 0.5;

    public static AnswerDraft? Answer(DocumentMatch match)
    {
        var whole = AnswerWhole(match);
        var clauses = InClauses(match);
        // A computation over the whole question ("후보지는 몇 개소이고 비중은 몇 %") already answers each clause in turn — when a
        // clause asks it; clauses that each only read a figure ("기업당 얼마까지 …, 대출기간은") ask no computation of the whole.
        return whole is { Kind: "computed", Answerable: true } && clauses is not { Kind: "figure" } ? whole : clauses ?? whole;
    }

    /// <summary>A question that asks two figures in two clauses: each answered as its own question, in order.</summary>
    private static AnswerDraft? InClauses(DocumentMatch match)
    {
        var clauses = Parts.Clauses(match);
        if (clauses.Count < 2)
        {
            return null;
        }
        var answered = new List<AnswerDraft>();
        foreach (var clause in clauses)
        {
            if (AnswerWhole(clause) is not { Answerable: true, HasContent: true } part)
            {
                return null;
            }
            answered.Add(part);
        }
        var merged = new AnswerDraft(match.Question, answered.Any(a => a.Kind == "computed") ? "computed" : "figure");
        merged.Focus.Document = match.Document.Name;
        answered.ForEach(a => merged.Append(a));
        return merged;
    }

    /// <summary>The question read as a lookup, when a table cell or sentence of the asked earlier period carries it.</summary>
    private static DocumentMatch? StatedEarlier(DocumentMatch match)
    {
        var lookup = new DocumentMatch(match.Document, match.Question with { Operation = Operation.Lookup }, match.Score) { Previous = match.Previous };
        return EvidenceFinder.Rank(lookup).FirstOrDefault() is { Coverage: >= StatedCoverage } best && best.IsTable && !best.Table!.ColumnsDefaulted
            && best.Table.Carried.Years.Intersect(match.Years).Any()
            ? lookup : null;
    }

    /// <summary>How much of the question a stated earlier figure must carry to be read instead of worked back.</summary>
    private const double StatedCoverage = 0.75;

    private static AnswerDraft? AnswerWhole(DocumentMatch match)
    {
        if (match.Question.Operation == Operation.BackCompute && match.Years.Count > 0 && StatedEarlier(match) is { } stated && AnswerWhole(stated) is { Answerable: true } read)
        {
            // "작년 상반기는 얼마였나요": a document that states the earlier period's figure is read, not worked back.
            return read;
        }
        if (match.Question.Operation == Operation.BackCompute && (match.Question.Years.Count > 0 || match.Question.RelativeYears.Count > 0))
        {
            // The earlier period is what is computed, not a column to find: search the figures of the document's own period.
            match = new DocumentMatch(match.Document, match.Question with { Years = [], RelativeYears = [], YearMentions = [] }, match.Score) { Previous = match.Previous };
        }
        if (Months.NotHeld(match))
        {
            return NotStated.Draft(match);
        }
        var question = match.Question;
        var ranked = ChangingTableFirst(match, StatedRatesFirst(match, EvidenceFinder.Rank(match).Where(e => Fits(question, e)).ToList()));
        var best = ranked.FirstOrDefault();
        var kind = question.Operation == Operation.Lookup ? "figure" : "computed";
        var draft = new AnswerDraft(question, kind);
        draft.Focus.Document = match.Document.Name;

        var operation = question.Operation;
        if (CountedAmountMean(match, draft) || AdjustedAmount(match, EvidenceFinder.Rank(match), draft) || Filtered(match, ranked, draft) || YearOverYear(match, ranked, draft) || CompetitionRatio(match, draft)
            || RankedShares(match, ranked, draft))
        {
            return draft;
        }
        // "평균 점수는 몇 점" names an average the document states; it asks no division.
        if (operation == Operation.Average && question.Divisor is null && !DivisionCue().IsMatch(question.Text) && best?.Table is { } averaged
            && averaged.Carried.Credit("평균") >= 0.8 && averaged.Rows.Count <= 2)
        {
            operation = Operation.Lookup;
        }
        // "과제당 정부지원 한도": the document's column is itself per project — a figure to read, not a division to make.
        if (operation == Operation.Average && question.Divisor is null && best is { Table: { } perTable } && PerWord().Match(question.Text) is { Success: true } per
            && perTable.Columns.Any(c => c.Compact.Contains(per.Value, StringComparison.Ordinal)))
        {
            operation = Operation.Lookup;
        }
        // "1인당 최대 얼마": the text states the amount per one ("1인당 최대 720만원") — read it, divide nothing.
        if (operation == Operation.Average && question.Divisor is null && !DivideWord().IsMatch(question.Text) && PerWord().Match(question.Text) is { Success: true } perText
            && StatedPer(question, ranked, perText.Value) is { } statedPer)
        {
            draft.Kind = "figure";
            return Lookup(match, [statedPer], draft) ? draft : null;
        }
        if (StatesResult(question, best))
        {
            // The document already states what is asked (a 비중 or 증감률 column, a rate in the text): read it.
            operation = Operation.Lookup;
        }
        if (question.Rank == RankOrder.Both && ranked.FirstOrDefault(e => e.Table is not null && e.Coverage >= MinCoverage) is { Table: { } endsTable }
            && Ends(match, endsTable, draft))
        {
            return draft;
        }
        // "증가율이 가장 높은 업종": a growth asked of the highest row is the table's stated rate column, ranked.
        if (question.Operation == Operation.Growth && question.Rank is RankOrder.Highest or RankOrder.Lowest && best is not null
            && ranked.FirstOrDefault(e => e.Table is not null && e.Coverage >= MinCoverage && e.Coverage >= best.Coverage - 0.1) is { Table: { } ratesTable }
            && StatedRateColumn(ratesTable.Table) is { } rateColumn && Rank(match, ratesTable with { Columns = [rateColumn] }, draft))
        {
            return draft;
        }
        // "가장 큰 비중을 차지하는 분야": the table states each row's share; the question ranks them.
        if (question.Rank is RankOrder.Highest or RankOrder.Lowest && operation is Operation.Share or Operation.Lookup && best is not null
            && ranked.FirstOrDefault(e => e.Table is not null && e.Coverage >= MinCoverage && e.Coverage >= best.Coverage - 0.1) is { Table: { } sharesTable }
            && sharesTable.Columns.FirstOrDefault(c => c.Kind == ColumnKind.Number) is { Unit.Family: UnitFamily.Percent } && Rank(match, sharesTable, draft))
        {
            return draft;
        }
        switch (operation)
        {
            case Operation.Sum:
            case Operation.Difference:
            case Operation.Growth:
            case Operation.Ratio:
            case Operation.Share:
            case Operation.Average:
            case Operation.BackCompute:
                if (Binary(match, ranked, draft))
                {
                    return draft;
                }
                // "신규과제는 총 몇 개", "in total": nothing to add up — the total is a figure the document states.
                if (operation == Operation.Sum && question.Operation == Operation.Sum)
                {
                    return AnswerWhole(new DocumentMatch(match.Document, question with { Operation = Operation.Lookup }, match.Score) { Previous = match.Previous });
                }
                if (operation is Operation.Difference or Operation.Growth && match.Years.Count + question.Stages.Count >= 2)
                {
                    // Two periods asked and one found: the comparison cannot be made from the document.
                    return null;
                }
                break;
            case Operation.Rank:
                if (ranked.FirstOrDefault(e => e.Table is not null && e.Coverage >= MinCoverage && best is not null && e.Coverage >= best.Coverage - 0.1) is { Table: { } rankTable }
                    && Rank(match, rankTable, draft))
                {
                    return draft;
                }
                break;
        }
        if (Undetermined(match, draft))
        {
            return draft;
        }
        var parts = question.Operation == Operation.Lookup ? PartsEvidence(match) : [];
        if (parts.Count >= 2 && (best is null || best.Coverage < MinCoverage || parts.Count(p => !SameSource(p, best)) >= 1 && Coverage.Uncovered(match, best.Table?.Carried ?? best.Figure!.Carried).Any()))
        {
            draft.Kind = "figure";
            if (PeriodMissing.Find(match, parts) || PlaceMissing.Find(match, parts))
            {
                return NotStated.Draft(match);
            }
            return Lookup(match, parts, draft) ? draft : null;
        }
        if (best is null || best.Coverage < MinCoverage)
        {
            return null;
        }
        // "649명 중 정규직 87.2%" asked as 몇 명: the share of the count it is of.
        if (question.Has(Asks.Count) && best.Figure is { Figure: { PartOf: { } whole } figure } && figure.Unit.Family == UnitFamily.Percent)
        {
            var percent = Operand.FromText(figure, Labels.Of(figure), Quote.Sentence(figure.Passage.Text, figure.Quantity.Start));
            var count = new Operand(whole.Value, whole.Unit, figure.Passage.Text.Substring(whole.Start, whole.Length), percent.Doc, percent.Line, percent.Quote, null);
            SayPercentOf(draft, count, percent);
            return draft;
        }
        // "창업 기업 중 1년 넘게 영업 유지한 곳은 몇 개": a row's rate (영업 유지율) of the row's count (창업 기업).
        if (question.Has(Asks.Count) && !question.Has(Asks.Percent) && best.Table is { } rated && RateAndCountInRow(match, rated) is var (rowCount, rowRate))
        {
            SayPercentOf(draft, rowCount, rowRate);
            return draft;
        }
        draft.Kind = question.Operation is Operation.Convert ? "computed" : "figure";
        var covering = Cover(match, ranked);
        if (CategoryMismatch.Find(match, covering) is not null || MeasureMissing.Find(match, covering) || PeriodMissing.Find(match, covering)
            || PlaceMissing.Find(match, covering) || RankUnstated(match, covering))
        {
            return NotStated.Draft(match);
        }
        return Lookup(match, covering, draft) ? draft : null;
    }

    /// <summary>
    /// "Which applicant scored lowest": no table could be ranked, and no sentence found states a first or a last — single
    /// figures found (the count of applications, the average score) do not say which one it is.
    /// </summary>
    private static bool RankUnstated(DocumentMatch match, IReadOnlyList<FoundEvidence> covering) =>
        match.Question.Operation == Operation.Rank && covering.Count > 0
        && covering.All(e => e.Figure is { } f && !Superlative().IsMatch(Quote.Sentence(f.Figure.Passage.Text, f.Figure.Quantity.Start)));

    /// <summary>Words that point back at what the earlier answer stated as the base of a comparison.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:그|이|거기|그때|그것|그거|앞의 것)\s?(?:보다|대비|에 비해)")]
    private static partial System.Text.RegularExpressions.Regex EarlierPointer();

    [System.Text.RegularExpressions.GeneratedRegex("가장|제일|최고|최저|최다|최소|최대|1위|수위|꼴찌|최하위|선두|뒤를 이|이어")]
    private static partial System.Text.RegularExpressions.Regex Superlative();

    private static void SayPercentOf(AnswerDraft draft, Operand count, Operand percent)
    {
        var part = Calculator.PercentOf(draft.English ? $"{percent.Label} (count)" : $"{percent.Label} 수", count, percent);
        var markers = part.Record(draft);
        draft.Kind = "computed";
        draft.Say(draft.English
            ? $"{percent.Label} is {percent.Display} of {count.Display}, which is about {part.Display} ({part.Formula}) {markers}."
            : $"{count.Display} 가운데 {Josa.With(percent.Label, "이/가")} {percent.Display}이므로 약 {part.Display}입니다 ({part.Formula}) {markers}.");
        draft.Focus.Operands.Add(part.CitedAs(percent));
    }

    /// <summary>A percentage cell and a count cell of one row, each column named by the question's own words.</summary>
    private static (Operand Count, Operand Rate)? RateAndCountInRow(DocumentMatch match, TableSelection selection)
    {
        var terms = match.Question.Terms.ToHashSet(StringComparer.Ordinal);
        foreach (var row in selection.Rows)
        {
            var cells = selection.Columns.Where(c => selection.Table.Cell(row, c).Value is not null && c.Terms.Any(terms.Contains))
                .Select(c => Operand.FromCell(match.Document, selection.Table, row, c)).ToList();
            // A rate of change (증감률) is no share of the count beside it.
            var rate = cells.FirstOrDefault(o => o.Unit.Family == UnitFamily.Percent && !Computing.Compute.IsChangeLabel(o.Column?.Label ?? o.Label));
            var count = cells.FirstOrDefault(o => o.Unit.IsCount || o.Unit.Family == UnitFamily.People);
            if (rate is not null && count is not null)
            {
                return (count, rate);
            }
        }
        return null;
    }

    /// <summary>
    /// A cell the question names that the document leaves open (미정, 추후 결정, -): said plainly, not answered with a
    /// figure from elsewhere.
    /// </summary>
    private static bool Undetermined(DocumentMatch match, AnswerDraft draft)
    {
        foreach (var selection in TableQuery.Select(match).Where(s => !s.PeriodMismatch && !s.RowsDefaulted && !s.ColumnsDefaulted && Coverage.Of(match, s.Carried) >= 0.6))
        {
            var open = selection.Cells.FirstOrDefault(c => c.Cell.Value is null && OpenWords().IsMatch(c.Cell.Text));
            if (open.Row is null || selection.Cells.Any(c => c.Cell.Value is not null))
            {
                continue;
            }
            draft.Answerable = false;
            draft.Kind = "out_of_scope";
            var marker = draft.Cite(match.Document, selection.Table, open.Row, open.Column);
            var label = Operand.CellLabel(selection.Table, open.Row, open.Column);
            draft.Say(draft.English
                ? $"The document has no figure for this yet: {label} is marked “{open.Cell.Text}” {marker}."
                : $"문서에 아직 정해진 금액이 없습니다. {Josa.With(label, "은/는")} '{open.Cell.Text}'으로 나와 있어요 {marker}.");
            return true;
        }
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex("미정|미확정|추후|확정되지|결정되지|해당\\s?없음|별도")]
    private static partial System.Text.RegularExpressions.Regex OpenWords();

    /// <summary>
    /// "29세 이하 피보험자 증감률은": a rate asked of one period, and a rate the document states nearly as well as the best
    /// match (a 증감률 column, a rate in the text) — that rate answers, not the headcount of the sentence around it.
    /// </summary>
    private static List<FoundEvidence> StatedRatesFirst(DocumentMatch match, List<FoundEvidence> ranked)
    {
        var question = match.Question;
        if (ranked.Count == 0 || question.Operation is not (Operation.Growth or Operation.Share) || !question.Has(Asks.Percent) || question.Has(Asks.Amount | Asks.Count)
            || match.Years.Count + question.Stages.Count >= 2 || IsRate(ranked[0]))
        {
            return ranked;
        }
        var stated = ranked.FindIndex(e => IsRate(e) && e.Coverage >= MinCoverage && e.Coverage >= ranked[0].Coverage - 0.15);
        if (stated < 0)
        {
            return ranked;
        }
        var reordered = new List<FoundEvidence> { ranked[stated] };
        reordered.AddRange(ranked.Where((_, i) => i != stated));
        return reordered;
    }

    /// <summary>
    /// "청년전용창업자금 예산 증가율": a growth is of a level that changed; a rate the text states as a level (연 2.5% 고정금리)
    /// is neither the growth nor a side of it, so a table row nearly as good that holds the change (two periods, or a
    /// level beside its 증감) answers first.
    /// </summary>
    private static List<FoundEvidence> ChangingTableFirst(DocumentMatch match, List<FoundEvidence> ranked)
    {
        if (ranked.Count == 0 || match.Question.Operation != Operation.Growth || ranked[0].Figure is not { } top
            || top.Figure.Unit.Family is not (UnitFamily.Percent or UnitFamily.PercentPoint) || top.Figure.Role == Knowledge.Figures.FigureRole.Change)
        {
            return ranked;
        }
        var changing = ranked.FindIndex(e => e.Table is { RowsDefaulted: false } t && e.Coverage >= MinCoverage && e.Coverage >= ranked[0].Coverage - 0.1
            && (t.Table.Columns.Count(c => c.Kind == ColumnKind.Number && c.Years.Count > 0) >= 2 || t.Table.Columns.Any(TableQuery.StatesChange)));
        if (changing < 0)
        {
            return ranked;
        }
        return [ranked[changing], .. ranked.Where((_, i) => i != changing)];
    }

    private static bool IsRate(FoundEvidence evidence) => evidence.Table is { } t
        ? t.Cells.Any(c => c.Cell.Value is not null && (c.Cell.Unit ?? c.Column.Unit)?.Family is UnitFamily.Percent) && t.Cells.All(c => c.Cell.Value is null || (c.Cell.Unit ?? c.Column.Unit)?.Family is UnitFamily.Percent or UnitFamily.PercentPoint)
        : evidence.Figure!.Figure.Unit.Family is UnitFamily.Percent or UnitFamily.PercentPoint;

    /// <summary>A text figure written right after the question's own per word (인당 in "1인당 최대 720만원"), of the kind asked.</summary>
    private static FoundEvidence? StatedPer(Question question, IReadOnlyList<FoundEvidence> ranked, string per) =>
        ranked.FirstOrDefault(e => e.Coverage >= MinCoverage && e.Figure is { } f && (!question.Has(Asks.Amount) || f.Figure.Unit.IsMoney)
            && f.Figure.Passage.Text[..f.Quantity.Start] is var before && before.LastIndexOf(per, StringComparison.Ordinal) is var at and >= 0
            && !before[(at + per.Length)..].Any(char.IsDigit) && before.Length - at - per.Length <= 10);

    /// <summary>Whether the best evidence already holds the computed figure: a share or rate column named by the question.</summary>
    /// <summary>A table's one column of rates of change (증감률, 증가율) in percent, when it has exactly one.</summary>
    private static ColumnModel? StatedRateColumn(TableModel table)
    {
        var rates = table.Columns.Where(c => c.Kind == ColumnKind.Number && RateWord().IsMatch(c.Label) && Computing.Compute.IsChangeLabel(c.Label)
            && (c.Unit?.Family ?? table.Rows.Select(r => table.Cell(r, c).Unit?.Family).FirstOrDefault(f => f is not null) ?? UnitFamily.Percent) == UnitFamily.Percent).ToList();
        return rates.Count == 1 ? rates[0] : null;
    }

    private static bool StatesResult(Question question, FoundEvidence? best)
    {
        if (best is null || best.Coverage < MinCoverage || question.Operation is not (Operation.Share or Operation.Growth or Operation.Difference))
        {
            return false;
        }
        if (question.Operation == Operation.Difference)
        {
            // A 증감 (B−A) column states the difference already.
            return best.Table is { } diff && diff.Columns.Any(c => DifferenceWord().IsMatch(c.Label)) && !diff.ColumnsDefaulted;
        }
        if (best.Table is { } table)
        {
            return table.Columns.Any(c => (c.Unit?.Family ?? table.Rows.Select(r => table.Table.Cell(r, c).Unit?.Family).FirstOrDefault(f => f is not null)) == UnitFamily.Percent
                && RateWord().IsMatch(c.Label) && !table.ColumnsDefaulted);
        }
        return best.Figure is { } figure && figure.Figure.Unit.Family == UnitFamily.Percent
            && (question.Operation == Operation.Growth ? figure.Figure.Role == Knowledge.Figures.FigureRole.Change : true)
            && question.Years.Count < 2 && question.Stages.Count < 2;
    }

    [System.Text.RegularExpressions.GeneratedRegex("나누|나눠|나눈")]
    private static partial System.Text.RegularExpressions.Regex DivideWord();

    [System.Text.RegularExpressions.GeneratedRegex("당\\s|당$|나누|나눠|꼴|씩")]
    private static partial System.Text.RegularExpressions.Regex DivisionCue();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![가-힣])[가-힣]{1,4}당(?=\s|$)")]
    private static partial System.Text.RegularExpressions.Regex PerWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"증감(?!률)|증가\s?\(|차이|[A-Z]\s?-\s?[A-Z]")]
    private static partial System.Text.RegularExpressions.Regex DifferenceWord();

    [System.Text.RegularExpressions.GeneratedRegex("비중|비율|증감률|증가율|감소율|성장률|점유율|구성비")]
    private static partial System.Text.RegularExpressions.Regex RateWord();

    /// <summary>
    /// Whether evidence is the kind of figure asked for: money for 금액/예산/국비 questions (not 1점 or 5건), a count for
    /// 몇 개/몇 명, a percentage for 몇 %; evidence of another kind is not an answer however well it matches.
    /// </summary>
    private static bool Fits(Question question, FoundEvidence evidence)
    {
        var units = evidence.Table is { } t
            ? t.Cells.Select(c => c.Cell.Unit ?? c.Column.Unit).Where(u => u is not null).Select(u => u!).ToList()
            : [evidence.Figure!.Figure.Unit];
        if (units.Count == 0)
        {
            return true;
        }
        // "전년 평균은 몇 점": whatever is worked out, a score is asked of scores, never of a count beside them.
        if (question.Has(Asks.Score) && !question.Has(Asks.Amount | Asks.Count | Asks.Percent | Asks.Duration | Asks.Times)
            && !units.Any(u => u.Family == UnitFamily.Score))
        {
            return false;
        }
        if (question.Operation is not (Operation.Lookup or Operation.Convert))
        {
            return true;
        }
        var money = MoneyWords().IsMatch(question.Text) && !question.Has(Asks.Count | Asks.Percent | Asks.Score | Asks.Duration | Asks.Times);
        if (money && !units.Any(u => u.IsMoney))
        {
            return false;
        }
        if (question.Has(Asks.Percent) && !question.Has(Asks.Amount | Asks.Count) && !units.Any(u => u.Family is UnitFamily.Percent or UnitFamily.PercentPoint))
        {
            return false;
        }
        if (question.Has(Asks.Count) && !question.Has(Asks.Amount | Asks.Percent | Asks.Score) && !units.Any(u => u.IsCount || u.Family == UnitFamily.People)
            && evidence.Figure?.Figure.PartOf is null)
        {
            return false;
        }
        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex("금액|예산|사업비|비용|지원액|국비|지방비|과태료|과징금|벌금|상금|억원|백만원|만원|달러|얼마를 받|얼마 받|배정|배분")]
    private static partial System.Text.RegularExpressions.Regex MoneyWords();

    /// <summary>The best evidence of each part of a question that asks two things (each part's own, held to the same standard).</summary>
    private static List<FoundEvidence> PartsEvidence(DocumentMatch match)
    {
        var found = new List<FoundEvidence>();
        foreach (var part in Parts.Split(match))
        {
            var best = EvidenceFinder.Rank(part).FirstOrDefault();
            if (best is null || best.Coverage < MinCoverage)
            {
                return [];
            }
            if (!found.Any(f => SameSource(f, best)))
            {
                found.Add(best);
            }
        }
        return found;
    }

    /// <summary>
    /// The best evidence, and more when the question names something it leaves out (일평균 수출액이랑 조업일수): each added
    /// piece must carry a named term the chosen ones do not.
    /// </summary>
    private static IReadOnlyList<FoundEvidence> Cover(DocumentMatch match, IReadOnlyList<FoundEvidence> ranked)
    {
        var chosen = new List<FoundEvidence> { ranked[0] };
        // "이직 전 18개월 동안 피보험 단위기간이 180일 이상": a period asked for, and the sentence bounds it within another
        // period — both are the answer, however alike their words.
        if (match.Question.Has(Asks.Duration) && ranked[0].Figure is { } period && period.Figure.Unit.Family is UnitFamily.Duration or UnitFamily.Days)
        {
            chosen.AddRange(ranked.Skip(1).Take(4).Where(e => e.Figure is { } f && f.Figure.Passage == period.Figure.Passage && !SameSource(e, ranked[0])
                && f.Figure.Unit.Family is UnitFamily.Duration or UnitFamily.Days && e.Coverage >= ranked[0].Coverage - 0.05).Take(1));
        }
        var uncovered = Coverage.Uncovered(match, ranked[0].Table?.Carried ?? ranked[0].Figure!.Carried).Where(t => !match.IsNaming(t)).ToHashSet();
        foreach (var candidate in ranked.Skip(1).Take(30))
        {
            if (uncovered.Count == 0 || chosen.Count >= 3)
            {
                break;
            }
            var carried = candidate.Table?.Carried ?? candidate.Figure!.Carried;
            var fresh = uncovered.Where(t => carried.Credit(t) >= 0.9).ToList();
            if (fresh.Count == 0 || candidate.Coverage < 0.3 || chosen.Any(c => SameSource(c, candidate)))
            {
                continue;
            }
            chosen.Add(candidate);
            uncovered.ExceptWith(fresh);
        }
        return chosen;
    }

    private static bool SameSource(FoundEvidence a, FoundEvidence b) =>
        a.Table is not null && b.Table is not null && a.Table.Table == b.Table.Table
        || a.Figure is not null && b.Figure is not null && a.Figure.Figure.Passage == b.Figure.Figure.Passage && a.Figure.Quantity.Start == b.Figure.Quantity.Start;

    /// <summary>States the figures the evidence holds (and converts them when a unit is asked for).</summary>
    private static bool Lookup(DocumentMatch match, IReadOnlyList<FoundEvidence> found, AnswerDraft draft)
    {
        var evidence = found[0];
        // Two pieces of evidence may hold the same cell (a table chosen for the whole question and for one of its parts).
        var operands = found.SelectMany(f => Operands(match, f).Take(6)).DistinctBy(o => (o.Doc, o.Line, o.Label, o.Value)).Take(8).ToList();
        if (operands.Count == 0)
        {
            return false;
        }
        var question = match.Question;
        var english = draft.English;
        var parts = new List<string>();
        foreach (var operand in operands)
        {
            var cited = operand.Cite(draft);
            var marker = $"[{cited}]";
            // Read straight off the document: a figure without a formula, so every channel can show the number and its source.
            draft.AddFigure(operand.Label, operand.Value, operand.Unit, null, [new Contract.FigureInput(operand.Label, operand.Value, operand.Unit.Symbol, cited)]);
            var text = $"{Say.Label(operand.Label, english)} {Say.Is(Balance(operand, english) + (english ? "" : CellDetail(operand)), english)}";
            if (question.TargetUnit is { } target && target.SameFamily(operand.Unit) && target != operand.Unit)
            {
                var converted = Calculator.Convert($"{operand.Label} ({target.Symbol})", operand, target);
                converted.Record(draft);
                text = english
                    ? $"{Say.Label(operand.Label, true)} is {Balance(operand, true)}, which is {converted.Display}"
                    : $"{Josa.With(operand.Label, "은/는")} {Josa.With(Balance(operand, false), "으로/로")}, {Josa.With(target.Symbol, "으로/로")}는 {converted.Display}입니다";
                draft.Kind = "computed";
            }
            else if (ReadInHundredMillions(operand))
            {
                // 153,400백만원 is read as 1,534억원 in every newsroom: the document's unit first, the familiar one beside it.
                var converted = Calculator.Convert($"{operand.Label} ({Units.HundredMillionWon.Symbol})", operand, Units.HundredMillionWon);
                converted.Record(draft);
                text = $"{Say.Label(operand.Label, english)} {Say.Is($"{operand.Display}({converted.Display})", english)}";
            }
            parts.Add(text + " " + marker);
            draft.Focus.Values.Add((operand.Value, operand.Unit, operand.Label));
            draft.Focus.Operands.Add(operand);
            if (operand.Entity is { } entity)
            {
                draft.Focus.Entities.Add(entity);
            }
        }
        // Text cells of the same rows the question also names (몇 등급 beside 몇 점).
        foreach (var selection in found.Select(f => f.Table).OfType<TableSelection>())
        {
            foreach (var (row, column, cell) in selection.Cells.Where(c => c.Cell.Value is null && c.Cell.Text.Length > 0
                && c.Column.Kind is Knowledge.Tables.ColumnKind.Category or Knowledge.Tables.ColumnKind.Text && !selection.RowsDefaulted).Take(4))
            {
                var label = Operand.CellLabel(selection.Table, row, column);
                parts.Add($"{Say.Label(label, english)} {Say.Is(Cells.Value(column, cell.Text, english), english)} {draft.Cite(match.Document, selection.Table, row, column)}");
            }
        }
        draft.Say(Say.Sentences(parts, english));
        if (evidence.Table is { } table)
        {
            Suggest.AfterCells(draft, table);
        }
        return true;
    }

    /// <summary>
    /// "10년(거치 4년)", "10억원(연간 5억원)": what a cell adds in brackets to its figure qualifies it, and is read with it.
    /// </summary>
    private static string CellDetail(Operand operand)
    {
        if (operand is not { SourceTable: { } table, Row: { } row, Column: { } column })
        {
            return "";
        }
        var text = table.Cell(row, column).Text.Trim();
        var open = text.IndexOf('(', StringComparison.Ordinal);
        return open > 0 && text.EndsWith(')') && text.IndexOf(')', StringComparison.Ordinal) == text.Length - 1 && text[open..].Any(char.IsDigit)
            && text[..open].Any(char.IsDigit) ? text[open..] : "";
    }

    /// <summary>An amount written in 백만원 or 천원 that reaches 10억원, which readers take in 억원.</summary>
    private static bool ReadInHundredMillions(Operand operand) =>
        (operand.Unit == Units.MillionWon || operand.Unit == Units.ThousandWon) && Math.Abs(operand.Value) * operand.Unit.Scale >= 1e9;

    /// <summary>A balance (무역수지, 재정수지) read with its sign's name: 48.5억달러 흑자, not a bare amount; a stated fall as 감소.</summary>
    private static string Balance(Operand operand, bool english)
    {
        if (operand.Column is { } column && TableQuery.StatesChange(column) && operand.Value < 0 && operand.Unit.Family is not UnitFamily.Percent)
        {
            // A stated change below zero (△62) is a decrease, read as one rather than as a bare minus.
            var fall = Amounts.Format(Math.Abs(operand.Value), operand.Unit);
            return english ? $"a decrease of {fall}" : $"{fall} 감소";
        }
        if (!operand.Label.Contains("수지", StringComparison.Ordinal) || !operand.Unit.IsMoney || operand.Value == 0)
        {
            return operand.Display;
        }
        var surplus = operand.Value > 0;
        var amount = Amounts.Format(Math.Abs(operand.Value), operand.Unit);
        return english ? $"{amount} ({(surplus ? "surplus" : "deficit")})" : $"{amount} {(surplus ? "흑자" : "적자")}";
    }

    private static IEnumerable<Operand> Operands(DocumentMatch match, FoundEvidence evidence)
    {
        if (evidence.Table is { } selection)
        {
            foreach (var (row, column, cell) in selection.Cells)
            {
                if (cell.Value is not null)
                {
                    yield return Operand.FromCell(match.Document, selection.Table, row, column);
                }
            }
            yield break;
        }
        if (evidence.Figure is { } figure)
        {
            var quote = Quote.Sentence(figure.Figure.Passage.Text, figure.Quantity.Start);
            // "3.1%에서 1.2%로", "156억원 → 248억원": the amount it changed to belongs to the answer.
            var after = ChangedTo(match, figure.Figure);
            yield return Operand.FromText(figure.Figure, WithPeriod(figure.Figure, Labels.Of(figure.Figure), after is not null), quote);
            if (after is not null)
            {
                yield return Operand.FromText(after, WithPeriod(after, Labels.Of(figure.Figure), true), quote);
            }
            else if (match.Question.Operation is Operation.Growth or Operation.Difference && BaseInBrackets(match, figure.Figure) is var (earlier, period))
            {
                yield return Operand.FromText(earlier, $"{period} {Labels.Of(figure.Figure)}", quote);
            }
        }
    }

    /// <summary>"'24년 4.1만톤에서 '30년 12.3만톤으로": each side of a change is labelled with the period written before it.</summary>
    private static string WithPeriod(Knowledge.Figures.TextFigure figure, string label, bool sideOfChange)
    {
        if (!sideOfChange)
        {
            return label;
        }
        var before = figure.Passage.Text[..figure.Quantity.Start];
        var period = PeriodBefore().Match(before);
        return period.Success ? $"{period.Groups[1].Value.Trim()} {label}".Trim() : label;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"('?\d{2,4}\s?년도?|\d\s?단계)\s*$")]
    private static partial System.Text.RegularExpressions.Regex PeriodBefore();

    private static Knowledge.Figures.TextFigure? ChangedTo(DocumentMatch match, Knowledge.Figures.TextFigure figure)
    {
        var text = figure.Passage.Text;
        var rest = text[figure.Quantity.End..];
        var arrow = ChangeArrow().Match(rest);
        if (!arrow.Success)
        {
            return null;
        }
        var start = figure.Quantity.End + arrow.Length;
        return match.Document.Figures.FirstOrDefault(f => f.Passage == figure.Passage && f.Quantity.Start == start && f.Unit.SameFamily(figure.Unit));
    }

    /// <summary>Operations on two or more figures, from one table selection or from the question's parts.</summary>
    private static bool Binary(DocumentMatch match, IReadOnlyList<FoundEvidence> ranked, AnswerDraft draft)
    {
        var question = match.Question;
        var best = ranked.FirstOrDefault();
        List<Operand>? operands = null;

        // A follow-up that computes with what the earlier answer stated ("그거 14개 시도로 나누면", "기업당으로도").
        if (match.Previous?.Focus.Operands is { Count: > 0 } earlier && question.Operation == Operation.Average)
        {
            var current = best is { Coverage: >= MinCoverage } ? Operands(match, best).FirstOrDefault() : null;
            if (question.Divisor is not null && (current is null || Coverage.Salient(match).All(s => match.Previous.Question.Terms.Contains(s.Term))))
            {
                operands = [earlier[0]];
            }
            else if (current is not null && earlier[0].Unit.IsCount && !current.Unit.IsCount && current.Line != earlier[0].Line)
            {
                Lookup(match, [best!], draft);
                operands = [current, earlier[0]];
            }
        }
        // "2분기는 그보다 얼마나 더 많았나요": the base is what the earlier answer stated; the other part is found.
        if (operands is null && match.Previous?.Focus.Operands is { Count: > 0 } stated && question.Operation is Operation.Difference or Operation.Growth or Operation.Ratio
            && EarlierPointer().IsMatch(question.Text) && Roles.Split(question) is { } pointing
            && OperandFinder.Find(match, EarlierPointer().IsMatch(pointing.Second) ? pointing.First : pointing.Second) is { } now
            && now.Unit.SameFamily(stated[0].Unit) && !(now.Line == stated[0].Line && now.Value == stated[0].Value))
        {
            operands = [now, stated[0]];
        }
        if (operands is null && EarlierAgainstPeriod(match) is { } againstPeriod)
        {
            operands = againstPeriod;
        }
        // A share whose whole the question names (전체 수출 중 아세안 비중): each part finds its own operand.
        if (operands is null && question.Operation == Operation.Share && Roles.Split(question) is { } shareRoles
            && OperandFinder.Find(match, shareRoles.Second, besides: shareRoles.First, amount: true) is { } shareWhole
            && OperandFinder.Find(match, shareRoles.First, amount: true, like: shareWhole.Unit) is { } sharePart
            && !(sharePart.Line == shareWhole.Line && sharePart.Value == shareWhole.Value))
        {
            operands = [InRowOf(match, InColumnOf(match, sharePart, shareWhole), shareWhole, shareRoles.First), shareWhole];
            if (!operands[0].Unit.SameFamily(shareWhole.Unit))
            {
                operands = null;
            }
        }
        // "국비 1억원당 매출", "A를 B로 나누면": each part is its own figure, wherever it stands.
        if (operands is null && Roles.NamesBothParts(question) && Roles.Split(question) is { } named
            && OperandFinder.Find(match, named.First) is { } dividend && OperandFinder.Find(match, named.Second) is { } divisor
            && !(dividend.Line == divisor.Line && dividend.Value == divisor.Value))
        {
            operands = [dividend, divisor];
        }
        // "6월 벤처투자액은 5월보다 몇 %": one amount in two periods, each period's figure found on its own.
        if (operands is null && PeriodPair(match) is { } periodPair)
        {
            operands = periodPair;
        }
        // One table that holds every operand: two periods, two rows, several rows to add.
        if (operands is null && best is { Table: { } table } && best.Coverage >= MinCoverage)
        {
            var cells = Operands(match, best).ToList();
            if (question.Operation == Operation.Sum && table.RowsDefaulted && table.Columns.Count == 1 && !table.Table.Rows.Any(r => r.IsTotal)
                && table.Table.Rows.Where(r => table.Table.Cell(r, table.Columns[0]).Value is not null).ToList() is { Count: >= 2 } listed)
            {
                // "주요 증액 사업 6개의 증액분을 다 더하면": a list without a total row adds up every row it lists.
                cells = [.. listed.Select(r => Operand.FromCell(match.Document, table.Table, r, table.Columns[0]))];
            }
            if (cells.Count > 2 && question.Operation is Operation.Difference or Operation.Ratio && NamedRows(question, cells) is { } pair)
            {
                cells = pair;
            }
            if (question.Operation == Operation.Share && cells.Count == 1 && WholeOf(match, table, cells[0]) is { } whole)
            {
                cells.Add(whole);
            }
            if (question.Operation == Operation.Average && question.Divisor is null && DivisionCue().IsMatch(question.Text))
            {
                // "과제당 평균 예산": the row's amount divided by the row's count (선정 과제 수), not a mean of two columns.
                var amount = cells.FirstOrDefault(c => c.Unit.IsMoney) ?? cells.FirstOrDefault(c => !c.Unit.IsCount && c.Unit.Family != UnitFamily.People)
                    ?? CountPerNamedUnit(question, table, cells);
                if (amount is not null && CountInRow(match, table, amount) is { } perCount)
                {
                    cells = [amount, perCount];
                }
                else if (amount is not null && cells.Count == 2 && cells[1] == amount && cells[0].Unit.IsCount)
                {
                    // "지급액을 지급자 수로 나누면": the amount over the count, whichever row the table lists first.
                    cells = [amount, cells[0]];
                }
            }
            else if (question.Operation == Operation.Average && cells.Count == 1 && CountInRow(match, table, cells[0]) is { } count)
            {
                cells.Add(count);
            }
            else if (question.Operation == Operation.Average && cells.Count >= 2 && cells.Select(c => c.Column).Distinct().Count() > 1 && cells.Select(c => c.Row).Distinct().Count() > 1)
            {
                // Several rows of several columns: the mean is of one column across the rows.
                var column = cells.GroupBy(c => c.Column).OrderByDescending(g => g.Count()).First().Key;
                cells = [.. cells.Where(c => c.Column == column)];
            }
            if (question.Operation == Operation.BackCompute && cells.Count == 1 && RateInRow(match, table, cells[0]) is { } rate)
            {
                cells.Add(rate);
            }
            if (question.Operation is Operation.Growth or Operation.Difference or Operation.Ratio && cells.Count == 1 && LetteredPartner(match, table, cells[0]) is { } partner)
            {
                // 현행 기준(A) and 개정 기준(B), 현행 and 개정: the change is from the one to the other.
                cells.Add(partner);
            }
            else if (question.Operation == Operation.Growth && cells.Count == 1 && cells[0] is { Row: { } levelRow, Column: { } measure }
                && TableQuery.ChangeOf(table.Table, measure) is { } changeColumn && table.Table.Cell(levelRow, changeColumn).Value is not null)
            {
                // "60세 이상 취업자는 작년보다 몇 % 늘었나": the row's level and the change its table states beside it.
                cells.Add(Operand.FromCell(match.Document, table.Table, levelRow, changeColumn));
            }
            if (question.Operation == Operation.Average && question.Divisor is null && table.RowsDefaulted && cells.Count == 1 && cells[0].Row?.IsTotal == true)
            {
                // "8개 지구의 입주기업 수를 평균 내면": the total over the rows it adds up.
                var body = table.Table.Rows.Count(r => !r.IsTotal && table.Table.Cell(r, cells[0].Column!).Value is not null);
                if (body >= 2)
                {
                    var total = cells[0];
                    var mean = Calculator.Divide(draft.English ? $"{total.Label} per row" : $"{total.Label} 평균", total, body, total.Unit, [total], Amounts.Plain(body));
                    var markers = mean.Record(draft);
                    draft.Kind = "computed";
                    draft.Say(draft.English
                        ? $"{total.Label} is {total.Display} over {body} rows, {mean.Display} on average ({mean.Formula}) {markers}."
                        : $"{Josa.With(total.Label, "은/는")} {total.Display}이고, {body}곳으로 나누면 평균 {mean.Display}입니다 ({mean.Formula}) {markers}.");
                    return true;
                }
            }
            if (cells.Count >= 2 || cells.Count == 1 && question.Operation == Operation.Average && question.Divisor is not null)
            {
                operands = cells;
            }
        }
        // Otherwise each part of the question finds its own operand (A를 B로 나누면, B 대비 A).
        if (operands is null && Roles.Split(question) is { } roles)
        {
            var first = OperandFinder.Find(match, roles.First);
            var second = SubjectWrittenOnce(match, first, OperandFinder.Find(match, roles.Second), roles.Second);
            if (first is not null && second is not null && !(first.Line == second.Line && first.Value == second.Value))
            {
                operands = [first, second];
            }
        }
        if (operands is null && best is { Figure: not null } && best.Coverage >= MinCoverage)
        {
            operands = [.. Operands(match, best)];
            if (question.Operation == Operation.BackCompute && best.Figure.Figure is var f && RateOfAmount(match, f) is { } rateFigure)
            {
                operands.Add(Operand.FromText(rateFigure, Labels.Of(rateFigure), Quote.Sentence(rateFigure.Passage.Text, rateFigure.Quantity.Start)));
            }
        }
        if (!TwoOfAKind(operands) && question.Operation is Operation.Growth or Operation.Difference
            && ranked.Where(e => e.Figure is not null && e.Coverage >= MinCoverage).Take(3).Select(e => ChangeOverBase(match, e.Figure!.Figure)).FirstOrDefault(p => p is not null) is { } overBase)
        {
            operands = overBase;
        }
        if (!TwoOfAKind(operands) && question.Operation is Operation.Growth or Operation.Difference
            && ranked.FirstOrDefault(e => e.Figure is not null && e.Coverage >= MinCoverage && ChangedTo(match, e.Figure.Figure) is not null) is { } change)
        {
            // "온라인 예약 매출 1억 8,000만원 → 3억 1,500만원" in a case table's 성과 cell: the change is written as one pair.
            operands = [.. Operands(match, change)];
        }
        // A share is of amounts; rates (증감률 9.7%, −4.9%) are not parts of a whole.
        if (operands is null || operands.Count == 0 || StatedBesideItsMeasure(question, operands)
            || question.Operation == Operation.Share && operands.All(o => o.Unit.Family == UnitFamily.Percent))
        {
            return false;
        }
        return Compute.Run(match, operands, draft);
    }

    /// <summary>
    /// "40대 취업자는 몇 명이고 얼마나 줄었어": a row's level and its stated change (전년동월대비 △62) are both read, not
    /// subtracted from each other.
    /// </summary>
    private static bool StatedBesideItsMeasure(Question question, List<Operand> operands) =>
        question.Operation == Operation.Difference && operands.Count >= 2
        && operands.All(o => o.Row is not null && o.Column is not null) && operands.Select(o => o.Row!.Line).Distinct().Count() == 1
        && operands.Any(o => TableQuery.StatesChange(o.Column!)) && operands.Any(o => !TableQuery.StatesChange(o.Column!));

    /// <summary>Whether two of the operands are amounts of one kind, so a change between them can be worked out.</summary>
    private static bool TwoOfAKind(List<Operand>? operands) =>
        operands is { Count: >= 2 } && operands.GroupBy(o => o.Unit.Family).Any(g => g.Count() >= 2);

    /// <summary>
    /// "취득자에서 상실자를 빼면", "A와 B의 차이" over a table that selected more rows: each part's cell is the row its head
    /// noun names — the row name written last in the part (피보험 자격 취득자 is 취득자, not 피보험자).
    /// </summary>
    private static List<Operand>? NamedRows(Question question, IReadOnlyList<Operand> cells)
    {
        if (Roles.Split(question) is not { } roles)
        {
            return null;
        }
        Operand? Head(string part)
        {
            var compact = TextNormalizer.Compact(part);
            return cells.Where(c => c.Row is not null)
                .Select(c => (Cell: c, End: compact.LastIndexOf(TextNormalizer.Compact(c.Row!.Name), StringComparison.Ordinal) is var at and >= 0 ? at + TextNormalizer.Compact(c.Row!.Name).Length : -1))
                .Where(c => c.End >= 0).OrderByDescending(c => c.End).Select(c => c.Cell).FirstOrDefault();
        }
        var first = Head(roles.First);
        var second = Head(roles.Second);
        return first is not null && second is not null && first.Row != second.Row && first.Column == second.Column ? [first, second] : null;
    }

    /// <summary>"'25년 국비 중 전남 비중": the part names only its row, so it is read in the column of the whole.</summary>
    private static Operand InColumnOf(DocumentMatch match, Operand part, Operand whole)
    {
        if (part.SourceTable is { } table && table == whole.SourceTable && part.Row is { } row && whole.Column is { } column && part.Column != column
            && row != whole.Row && table.Cell(row, column).Value is not null)
        {
            return Operand.FromCell(match.Document, table, row, column);
        }
        return part;
    }

    /// <summary>
    /// "핵심광물 사업은 총사업비 중에 내년 예산이": the part names only its column, so it is read in the row of the whole
    /// (the 계 row it fell on otherwise is another thing).
    /// </summary>
    private static Operand InRowOf(DocumentMatch match, Operand part, Operand whole, string partText)
    {
        if (part.SourceTable is { } table && table == whole.SourceTable && part.Row is { } row && whole.Row is { } wholeRow && row != wholeRow
            && part.Column is { } column && column != whole.Column && table.Cell(wholeRow, column).Value is not null
            && !TextNormalizer.Compact(partText).Contains(TextNormalizer.Compact(row.Name), StringComparison.Ordinal))
        {
            return Operand.FromCell(match.Document, table, wholeRow, column);
        }
        return part;
    }

    /// <summary>For a share of one cell: the total row of its column (or the total column of its row).</summary>
    private static Operand? WholeOf(DocumentMatch match, TableSelection selection, Operand part)
    {
        var table = selection.Table;
        if (part.Row is null || part.Column is null)
        {
            return null;
        }
        var totalRow = table.Rows.LastOrDefault(r => r.IsTotal && r != part.Row && table.Cell(r, part.Column).Value is not null);
        if (totalRow is not null)
        {
            return Operand.FromCell(match.Document, table, totalRow, part.Column);
        }
        var totalColumn = table.Columns.LastOrDefault(c => c.IsTotal && c != part.Column && table.Cell(part.Row, c).Value is not null
            && (c.Unit ?? table.Cell(part.Row, c).Unit) is { } u && u.SameFamily(part.Unit));
        return totalColumn is null ? null : Operand.FromCell(match.Document, table, part.Row, totalColumn);
    }

    /// <summary>For "과제당 평균 예산": the count in the same row (선정 과제 수) to divide the amount by.</summary>
    private static Operand? CountInRow(DocumentMatch match, TableSelection selection, Operand amount)
    {
        var table = selection.Table;
        if (amount.Row is null)
        {
            return null;
        }
        var counts = table.Columns.Where(c => c != amount.Column && table.Cell(amount.Row, c) is { Value: not null } cell
            && (cell.Unit ?? c.Unit) is { } u && (u.IsCount || u.Family == UnitFamily.People)).ToList();
        if (counts.Count == 0)
        {
            return null;
        }
        var terms = match.Question.Terms;
        var named = counts.OrderByDescending(c => c.Terms.Count(terms.Contains)).First();
        return Operand.FromCell(match.Document, table, amount.Row, named);
    }

    /// <summary>
    /// "공간 1곳당 신규 일자리": a count divided by another count of its row — the one the word before 당 names (조성 공간).
    /// The count to divide is a selected cell of a column that word does not name.
    /// </summary>
    private static Operand? CountPerNamedUnit(Question question, TableSelection selection, IReadOnlyList<Operand> cells)
    {
        var per = PerNoun().Match(question.Text);
        if (!per.Success)
        {
            return null;
        }
        var noun = per.Groups["noun"].Value;
        var table = selection.Table;
        return cells.FirstOrDefault(c => c.Row is not null && c.Column is not null && !c.Column.Compact.Contains(noun, StringComparison.Ordinal)
            && table.Columns.Any(o => o != c.Column && o.Compact.Contains(noun, StringComparison.Ordinal) && table.Cell(c.Row, o).Value is not null));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<noun>[가-힣]{2,6})\s+1?\s?(?:곳|개|개소|명|건|개사|인)?\s?당(?=\s|$)")]
    private static partial System.Text.RegularExpressions.Regex PerNoun();

    /// <summary>The column lettered (A) beside a selected column lettered (B), in the same row.</summary>
    private static Operand? LetteredPartner(DocumentMatch match, TableSelection selection, Operand cell)
    {
        if (cell.Row is null || cell.Column is null)
        {
            return null;
        }
        if (Compute.Stance(cell.Column.Label) is not int stance)
        {
            return RowPartner(match, selection, cell);
        }
        // The column of the same row that stands on the other side: 현행 기준(A) for 개정 기준(B), 현행 for 개정, 전년 for 올해.
        var partner = selection.Table.Columns.FirstOrDefault(c => c != cell.Column && c.Kind == ColumnKind.Number
            && Compute.Stance(c.Label) is int other && other != stance && SameGroup(c, cell.Column) && selection.Table.Cell(cell.Row, c).Value is not null);
        return partner is null ? null : Operand.FromCell(match.Document, selection.Table, cell.Row, partner);
    }

    /// <summary>The row of the same group that stands on the other side: 사용목표율 미달 · 개정 for 사용목표율 미달 · 현행.</summary>
    private static Operand? RowPartner(DocumentMatch match, TableSelection selection, Operand cell)
    {
        var row = cell.Row!;
        if (row.Header.Count < 2 || Compute.Stance(row.Name) is not int stance)
        {
            return null;
        }
        var partner = selection.Table.Rows.FirstOrDefault(r => r != row && r.Header.Count == row.Header.Count
            && r.Header.Take(r.Header.Count - 1).SequenceEqual(row.Header.Take(row.Header.Count - 1))
            && Compute.Stance(r.Name) is int other && other != stance && selection.Table.Cell(r, cell.Column!).Value is not null);
        return partner is null ? null : Operand.FromCell(match.Document, selection.Table, partner, cell.Column!);
    }

    /// <summary>Two columns under the same spanning header (or none), so 국비 현행 pairs with 국비 개정, not 지방비 개정.</summary>
    private static bool SameGroup(ColumnModel a, ColumnModel b) =>
        a.Path.Count == b.Path.Count && a.Path.Take(a.Path.Count - 1).SequenceEqual(b.Path.Take(b.Path.Count - 1));

    /// <summary>For the earlier amount implied by a rate: the rate column of the same row (증감률).</summary>
    private static Operand? RateInRow(DocumentMatch match, TableSelection selection, Operand amount)
    {
        var table = selection.Table;
        if (amount.Row is null)
        {
            return null;
        }
        var rate = table.Columns.FirstOrDefault(c => c != amount.Column && (c.Label.Contains("증감률") || c.Label.Contains("증가율")) && table.Cell(amount.Row, c).Value is not null);
        return rate is null ? null : Operand.FromCell(match.Document, table, amount.Row, rate);
    }

    /// <summary>
    /// The largest and the smallest row of the selected column (가장 많은 곳과 가장 적은 곳), and — when the question asks
    /// for it — how far apart they are (차이) or how many times the one is the other (몇 배).
    /// </summary>
    private static bool Ends(DocumentMatch match, TableSelection selection, AnswerDraft draft)
    {
        var table = selection.Table;
        var column = selection.Columns.FirstOrDefault(c => c.Kind == ColumnKind.Number);
        if (column is null)
        {
            return false;
        }
        var rows = table.Rows.Where(r => !r.IsTotal && table.Cell(r, column).Value is not null).ToList();
        if (selection.Rows.Count >= 2 && !selection.RowsDefaulted)
        {
            rows = [.. selection.Rows.Where(r => !r.IsTotal && table.Cell(r, column).Value is not null)];
        }
        if (rows.Count < 2)
        {
            return false;
        }
        var ordered = rows.OrderByDescending(r => table.Cell(r, column).Value).ToList();
        var high = ordered.Where(r => table.Cell(r, column).Value == table.Cell(ordered[0], column).Value).Select(r => Operand.FromCell(match.Document, table, r, column)).ToList();
        var low = ordered.Where(r => table.Cell(r, column).Value == table.Cell(ordered[^1], column).Value).Select(r => Operand.FromCell(match.Document, table, r, column)).ToList();
        var english = draft.English;
        draft.Kind = "computed";
        var rate = high[0].Unit.Family is UnitFamily.Percent or UnitFamily.PercentPoint;
        string Shown(Operand o) => rate && o.Value < 0
            ? (english ? $"{Amounts.Format(-o.Value, o.Unit)} decrease" : $"{Amounts.Format(-o.Value, o.Unit)} 감소")
            : o.Display;
        string Names(List<Operand> ends) => string.Join(english ? ", " : "·", ends.Select(o => $"{o.Entity} {Shown(o)} [{o.Cite(draft)}]"));
        var columnName = string.Join(" ", column.Path);
        var (most, least) = rate ? (english ? ("highest", "lowest") : ("높은", "낮은")) : (english ? ("highest", "lowest") : ("많은", "적은"));
        draft.Say(english
            ? $"By {columnName}, the {most} is {Names(high)} and the {least} is {Names(low)}."
            : $"{columnName} 기준으로 가장 {most} 곳은 {Names(high)}, 가장 {least} 곳은 {Names(low)}입니다.");
        var question = match.Question;
        if (question.Operation == Operation.Ratio)
        {
            var ratio = Calculator.Ratio(english ? "highest to lowest" : "최대 / 최소", high[0], low[0]);
            var markers = ratio.Record(draft);
            draft.Say(english ? $"The highest is {ratio.Display.Replace("배", " times", StringComparison.Ordinal)} the lowest ({ratio.Formula}) {markers}." : $"가장 많은 곳은 가장 적은 곳의 {ratio.Display}입니다 ({ratio.Formula}) {markers}.");
        }
        else if (question.Operation is Operation.Difference || DifferenceWord().IsMatch(question.Text))
        {
            var difference = Calculator.InUnit(Calculator.Difference(english ? "difference" : "차이", high[0], low[0]), question.TargetUnit);
            var markers = difference.Record(draft);
            draft.Say(english ? $"They are {difference.Display} apart ({difference.Formula}) {markers}." : $"두 곳의 차이는 {difference.Display}입니다 ({difference.Formula}) {markers}.");
        }
        foreach (var o in high.Concat(low))
        {
            draft.Focus.Entities.Add(o.Entity ?? "");
            draft.Focus.Values.Add((o.Value, o.Unit, o.Label));
        }
        return true;
    }

    /// <summary>The largest or smallest row of the selected column (or the top N).</summary>
    private static bool Rank(DocumentMatch match, TableSelection selection, AnswerDraft draft)
    {
        var table = selection.Table;
        var column = selection.Columns.FirstOrDefault(c => c.Kind == ColumnKind.Number);
        if (column is null)
        {
            return false;
        }
        var rows = table.Rows.Where(r => !r.IsTotal && table.Cell(r, column).Value is not null).ToList();
        if (selection.Rows.Count >= 2 && !selection.RowsDefaulted)
        {
            rows = [.. selection.Rows.Where(r => table.Cell(r, column).Value is not null)];
        }
        if (rows.Count < 2)
        {
            return false;
        }
        var question = match.Question;
        var ordered = question.Rank == RankOrder.Lowest
            ? rows.OrderBy(r => table.Cell(r, column).Value).ToList()
            : rows.OrderByDescending(r => table.Cell(r, column).Value).ToList();
        var take = Math.Clamp(question.TopN ?? 1, 1, Math.Min(10, ordered.Count));
        var top = ordered.Take(take).Select(r => Operand.FromCell(match.Document, table, r, column)).ToList();
        if (question.Has(Asks.Score) && !question.Has(Asks.Count | Asks.Amount | Asks.Percent) && top[0].Unit.Family is not (UnitFamily.Score or UnitFamily.None))
        {
            // "Which applicant scored lowest": a column of counts (신청 건수) ranks no scores.
            return false;
        }
        draft.Kind = "computed";
        var english = draft.English;
        var listed = string.Join(english ? ", " : ", ", top.Select(o => $"{o.Entity} {o.Display} [{o.Cite(draft)}]"));
        // A rate is high or low; an amount or a count is large or small.
        var rate = top[0].Unit.Family == UnitFamily.Percent;
        var order = question.Rank == RankOrder.Lowest ? (english ? "lowest" : rate ? "가장 낮은" : "가장 적은") : (english ? "highest" : rate ? "가장 높은" : "가장 많은");
        var columnName = string.Join(" ", column.Path);
        if (take == 1)
        {
            var o = top[0];
            draft.Say(english
                ? $"By {columnName}, the {order} is {o.Entity} with {o.Display} [{o.Cite(draft)}]."
                : $"{columnName} 기준으로 {order} 곳은 {Josa.With(o.Entity ?? "", "으로/로")}, {o.Display}입니다 [{o.Cite(draft)}].");
            var runnerUp = ordered.Count > 1 ? Operand.FromCell(match.Document, table, ordered[1], column) : null;
            if (runnerUp is not null)
            {
                draft.Say(english ? $"Next is {runnerUp.Entity} ({runnerUp.Display}) [{runnerUp.Cite(draft)}]." : $"다음은 {runnerUp.Entity}({runnerUp.Display})입니다 [{runnerUp.Cite(draft)}].");
            }
        }
        else
        {
            var sum = Calculator.Sum(english ? $"top {take} total" : $"상위 {take}개 합계", top);
            var markers = sum.Record(draft);
            draft.Say(english
                ? $"The top {take} by {columnName}: {listed}. Together: {sum.Display} ({sum.Formula}) {markers}."
                : $"{columnName} 기준 상위 {take}개는 {listed}입니다. 합계는 {sum.Display}({sum.Formula})입니다 {markers}.");
            if (WholeOf(match, selection, top[0]) is { } whole)
            {
                var share = Calculator.Share(english ? $"share of top {take}" : $"상위 {take}개 비중", new Operand(sum.Value, sum.Unit, sum.Label, whole.Doc, whole.Line, whole.Quote, whole.Table), whole);
                var shareMarkers = share.Record(draft);
                draft.Say(english
                    ? $"That is {share.Display} of {whole.Label} ({whole.Display}) {shareMarkers}."
                    : $"{Josa.With(whole.Label, "의")} {whole.Display} 가운데 {share.Display}를 차지합니다 {shareMarkers}.");
            }
        }
        foreach (var o in top)
        {
            draft.Focus.Entities.Add(o.Entity ?? "");
            draft.Focus.Values.Add((o.Value, o.Unit, o.Label));
        }
        return true;
    }
}
