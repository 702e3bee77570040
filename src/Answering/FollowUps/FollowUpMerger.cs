using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Understanding;
using Knowledge;
using Knowledge.Documents;
using Knowledge.Language;
using KoreanAnalysis.Dictionary;

namespace Answering.FollowUps;

/// <summary>
/// Reads a short turn against the one before it ("그럼 2단계 과제는요?", "도는?", "거기 매출은?", "그거 14개 시도로 나누면"):
/// what the new turn names replaces what the earlier one named in the same place — a 시·도, a kind of place, a year,
/// a stage, or a row of the same table (성장형 → 도약형) — and everything else the earlier turn named is kept. "거기",
/// "그 두 곳", "그 유형" point at what the earlier answer named.
/// </summary>
public static partial class FollowUpMerger
{
    [GeneratedRegex(@"거기|그곳|그 곳|그 회사|그 기업|그 업체|그 센터|그 기관|그 지역|그 두|그 세|그 유형|그 과제|그 사업|그들|이들|그 중|그중|those|there|that company|that centre|that center|them")]
    private static partial Regex Pointer();

    /// <summary>Whether a turn leans on the one before: a pointer, a short turn, or one that names no document of its own.</summary>
    public static bool LeansOn(Question question, Turn previous, KnowledgeBase knowledge)
    {
        if (question.IsFollowUp || Pointer().IsMatch(question.Text))
        {
            return true;
        }
        // A turn that names no programme and only a few things reads as part of the conversation.
        // Words the earlier document itself uses ("지원기간은 최대 몇 년?") name no other programme, however many titles share them.
        var earlierDocument = previous.Focus.Document is { } name ? knowledge.Find(name) : null;
        var named = knowledge.AnyNamedBy(question.Terms, 2)
            && (earlierDocument is null || question.Terms.Any(t => t.Length >= 2 && !earlierDocument.Vocabulary.Contains(t)));
        return !named && question.Terms.Count <= 4;
    }

    public static Question Merge(Question question, Turn previous, DocumentKnowledge? document)
    {
        var earlier = previous.Question;
        if (FollowUpRewriter.Rewrite(question, earlier) is { } rewritten)
        {
            return QuestionReader.Read(rewritten) with { IsFollowUp = true };
        }
        if (DividendBorrowed(question, earlier) is { } dividing)
        {
            return QuestionReader.Read(dividing) with { IsFollowUp = true };
        }
        var terms = question.Terms.ToList();
        // "전체 수출에서 비중은?" names the whole of a share, not a row that replaces the earlier one (자동차 stays the part).
        // "현행보다 몇 배로 오른 거예요?" compares the earlier turn's row with the one it names as the base: both stay.
        // ("그럼 B는 작년보다 늘었어?" names a period as the base; B still replaces the earlier row.)
        var comparing = question.Operation is Operation.Ratio or Operation.Difference or Operation.Growth && earlier.Operation == Operation.Lookup
            && ComparisonBase.NamesThing(question);
        // "한 곳당 평균 정부지원금은?" after "몇 개사 뽑혔어요?": the count asked before is what the new amount is divided by.
        var perCounted = question.Operation == Operation.Average && earlier.Has(Asks.Count) && !question.Has(Asks.Count);
        var siblings = document is null || question.Operation == Operation.Share || comparing || perCounted ? [] : Siblings(document, question.Terms);
        foreach (var term in earlier.Terms)
        {
            if (terms.Contains(term) || Lexicon.IsQuestionWord(term) || siblings.Contains(term) || Replaced(term, question, earlier))
            {
                continue;
            }
            terms.Add(term);
        }
        var compact = question.Compact;
        if (Pointer().IsMatch(question.Text))
        {
            foreach (var entity in previous.Focus.Entities.Where(e => e.Length > 0).Take(6))
            {
                compact += TextNormalizer.Compact(entity);
                terms.AddRange(TermAnalyzer.Terms(entity).Select(Lexicon.Canonical).Where(t => !terms.Contains(t)));
            }
        }
        else
        {
            compact += EarlierNames(earlier, question, siblings);
        }
        var regions = question.Regions.Count > 0 ? question.Regions : earlier.Regions;
        var kinds = question.PlaceKinds.Count > 0 ? question.PlaceKinds : earlier.PlaceKinds;
        var hasPeriod = question.Years.Count > 0 || question.RelativeYears.Count > 0;
        // "작년이랑 비교하면 얼마나 줄었어?": a comparison's period is compared with the earlier turn's, not put in its place.
        var compared = hasPeriod && question.Operation is Operation.Growth or Operation.Difference && earlier.Years.Count > 0;
        // "2023년 제조현장 AI 실증사업 …" named the programme with its year: a turn that only leans on it asks of no period by
        // that year (a comparison still starts from it).
        IReadOnlySet<int> naming = document is null || compared ? new HashSet<int>() : Documents.DocumentMatch.NamingYears(document, earlier);
        if (naming.Count > 0)
        {
            earlier = earlier with { Years = [.. earlier.Years.Where(y => !naming.Contains(y))], YearMentions = [.. earlier.YearMentions.Where(m => !naming.Contains(m.Year))] };
        }
        return question with
        {
            Terms = [.. terms.Distinct()],
            Compact = compact,
            Regions = regions,
            PlaceKinds = kinds,
            Years = compared ? [.. earlier.Years.Concat(question.Years).Distinct()] : hasPeriod ? question.Years : earlier.Years,
            YearMentions = compared ? [.. earlier.YearMentions.Concat(question.YearMentions)] : hasPeriod ? question.YearMentions : earlier.YearMentions,
            RelativeYears = hasPeriod ? question.RelativeYears : earlier.RelativeYears,
            Stages = question.Stages.Count > 0 ? question.Stages : earlier.Stages,
            Months = question.Months.Count > 0 ? question.Months : earlier.Months,
            // "그럼 1단계는요?" asks what the earlier turn asked (얼마, 몇 %, 합계) of something else.
            Asks = question.Asks == Asks.None ? earlier.Asks : question.Asks,
            // "지원기간은 최대 몇 년이에요?" after "과제당 한도" asks a figure of its own: only a turn asking nothing repeats the earlier operation.
            // "그럼 고용률은?" after "취업자 몇 명 늘었어?": a turn with no question word of its own (고용률 reads as a rate, yet
            // asks nothing) asks again what the earlier turn asked — the change (늘었어) — of the new measure.
            Operation = question.Operation == Operation.Lookup && AsksNothingOwn(question) ? earlier.Operation : question.Operation,
            Direction = question.Operation == Operation.Lookup && AsksNothingOwn(question) && question.Direction == 0 ? earlier.Direction : question.Direction,
            Rank = question.Rank == RankOrder.None ? earlier.Rank : question.Rank,
            TargetUnit = question.TargetUnit ?? earlier.TargetUnit,
            IsFollowUp = true,
        };
    }

    /// <summary>Whether a turn writes no question word of its own ("그럼 고용률은?"): what it asks is what the earlier turn asked.</summary>
    public static bool AsksNothingOwn(Question question) => question.Asks == Asks.None || !QuestionWord().IsMatch(question.Text);

    [GeneratedRegex(@"얼마|몇|언제|어디|누구|무엇|뭐|뭔|어떻게|어떤|왜|무슨|어느|\?\s*\S|%|퍼센트|how|what|when|where|which|who|why", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWord();

    /// <summary>
    /// "그 해 창업 기업 수로 나누면 기업당 몇 명꼴?" after "'24년 입주 청년 몇 명?": the turn names only the divisor, so the
    /// earlier turn's subject (what it asked the figure of) is what is divided.
    /// </summary>
    private static string? DividendBorrowed(Question question, Question earlier)
    {
        var divide = QuestionReader.DivideBy().Match(question.Text);
        if (question.Operation is not (Operation.Average or Operation.Ratio) || earlier.Operation != Operation.Lookup || earlier.IsEnglish || question.IsEnglish || !divide.Success
            || ObjectMarked().IsMatch(question.Text[..divide.Index]))
        {
            return null;
        }
        var ask = AskTail().Match(earlier.Text);
        if (!ask.Success || ask.Index < 2)
        {
            return null;
        }
        var subject = earlier.Text[..ask.Index].TrimEnd();
        return $"{Josa.With(subject, "을/를")} {question.Text}";
    }

    /// <summary>An object marked before the verb (매출을 …로 나누면): the turn names its own dividend.</summary>
    [GeneratedRegex(@"[을를]\s")]
    private static partial Regex ObjectMarked();

    /// <summary>Where a question's asking begins: its subject's particle and the question word (은 몇 명이에요, 얼마예요).</summary>
    [GeneratedRegex(@"\s*(?:은|는|이|가)?\s*(?:몇|얼마|어느|어떻게|뭐|무엇)")]
    private static partial Regex AskTail();

    /// <summary>A term of the earlier turn that the new one replaces: a place name when a new place is named, a place kind for a kind.</summary>
    private static bool Replaced(string term, Question question, Question earlier)
    {
        if (question.Regions.Count > 0 && earlier.Regions.Any(r => r.Short == term || r.Full == term))
        {
            return true;
        }
        if (question.PlaceKinds.Count > 0 && earlier.PlaceKinds.Any(k => k.Contains(term, StringComparison.Ordinal) || term.Contains(k, StringComparison.Ordinal)))
        {
            return true;
        }
        return false;
    }

    /// <summary>Terms naming other rows or columns of a table that also names one of the new turn's terms: what the new turn swaps out.</summary>
    private static HashSet<string> Siblings(DocumentKnowledge document, IReadOnlyList<string> terms)
    {
        var siblings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in document.Tables)
        {
            var rowNames = table.Rows.Select(r => TermAnalyzer.Terms(r.Name).Select(Lexicon.Canonical).ToList()).ToList();
            if (rowNames.Any(n => n.Count > 0 && n.All(terms.Contains)))
            {
                foreach (var name in rowNames.Where(n => !n.All(terms.Contains)))
                {
                    siblings.UnionWith(name.Where(t => !terms.Contains(t)));
                }
            }
            var columnNames = table.Columns.Select(c => c.Terms.ToList()).ToList();
            if (columnNames.Any(n => n.Count > 0 && n.All(terms.Contains)))
            {
                foreach (var name in columnNames.Where(n => !n.All(terms.Contains)))
                {
                    siblings.UnionWith(name.Where(t => !terms.Contains(t)));
                }
            }
        }
        return siblings;
    }

    /// <summary>Names the earlier turn wrote (a company, a row) that the new one keeps, for whole-name matching.</summary>
    private static string EarlierNames(Question earlier, Question question, HashSet<string> siblings)
    {
        var tokens = earlier.Tokens;
        // An ordinal (1차, 3단계) names a column as much as a noun does: the number goes with its counter.
        var kept = tokens.Where((t, i) => t.IsContent && !siblings.Contains(Lexicon.Canonical(t.Surface)) && !Lexicon.IsQuestionWord(t.Surface)
            || t.Tag == PosTag.SN && i + 1 < tokens.Count && tokens[i + 1].Tag == PosTag.NNBC && tokens[i + 1].Start == t.End
            || t.Tag == PosTag.NNBC && i > 0 && tokens[i - 1].Tag == PosTag.SN && t.Start == tokens[i - 1].End).Select(t => t.Surface);
        return string.Concat(kept);
    }
}
