using System.Globalization;
using System.Text.RegularExpressions;
using Answering.Knowledge;
using Corpus.Quantities;

namespace Answering.Understanding;

/// <summary>Reads a question into a <see cref="QuestionFrame"/> against the vocabulary the corpus provides (row names, regions, stages).</summary>
public sealed partial class QuestionReader(KnowledgeBase knowledge)
{
    private static readonly string[] ClaimMarkers =
    [
        "맞나요", "맞습니까", "맞아요", "맞아", "맞냐", "맞음", "맞나", "맞는지", "맞죠", "맞지", "사실인가", "사실입니까", "사실이에요", "사실이야", "사실인지", "사실일까", "사실이냐",
        "라는데", "라던데", "하던데", "다던데", "다는데", "라고하", "다고하", "보도해도", "써도", "써도되", "기사", "주장", "istrue", "truethat", "correctthat", "claim", "isitright",
    ];

    private static readonly string[] FollowUpOpeners = ["그럼", "그러면", "그거", "그건", "그중", "그 중", "거기", "그곳", "그 ", "이건", "그때", "and ", "what about", "how about", "its ", "it ", "that ", "then"];

    private static readonly string[] TotalWords = ["합계", "총사업비"];

    // "R&D 예산 총액" is R&D's total; alone, "예산 총액" is the total row.
    private static readonly string[] TotalWordsWhenAlone = ["총액", "전체예산", "총규모"];

    [GeneratedRegex(@"(?<![\d.])'(?<y>\d{2})(?!\d)|(?<![\d.])20(?<y>\d{2})(?!\d)|(?<![\d.'])(?<y>\d{2})\s*년")]
    private static partial Regex YearMention();

    // "How much is the budget there?", "that region's project": English words pointing back at an earlier turn.
    [GeneratedRegex(@"\b(?:there|its|that region|that cluster|the same region)\b")]
    private static partial Regex ReferringWords();

    [GeneratedRegex(@"(?<n>\d)\s*단계")]
    private static partial Regex StageMention();

    public QuestionFrame Read(string question, IReadOnlyList<string> history, bool factCheckMode)
    {
        var frame = ReadOne(question, factCheckMode);
        if (history.Count == 0 || !LooksLikeFollowUp(frame))
        {
            return frame;
        }
        var previous = history.Select(h => ReadOne(h, false)).ToList();
        var merged = frame with { IsFollowUp = true };
        if ((frame.Text.Compact.Length <= 12 || frame.IsEnglish && frame.Regions.Count > 0) && !frame.HasSubject && frame.Operation == Operation.None)
        {
            // "대전은요?" / "Then what about Busan?" after "부산 클러스터 분야가 뭐예요?" asks the same about another
            // region: keep the earlier wording, this turn's slots and language.
            merged = merged with { Text = frame.Text.After(history[^1]), IsClaim = merged.IsClaim || previous[^1].IsClaim };
        }
        for (var i = previous.Count - 1; i >= 0; i--)
        {
            merged = merged.Inherit(previous[i]);
        }
        return merged;
    }

    public QuestionFrame ReadOne(string question, bool factCheckMode)
    {
        var text = QuestionText.Read(question);
        var compact = text.Compact;
        var quantities = QuantityScanner.Scan(text.Normalized);
        var operation = ReadOperation(text, quantities);
        var rows = ReadRows(compact);
        var excluded = operation == Operation.Exclude ? ExcludedRows(compact, rows) : [];
        return new QuestionFrame
        {
            Text = text,
            Regions = RegionNames.Find(text.Normalized),
            Stages = [.. StageMention().Matches(text.Normalized).Select(m => m.Groups["n"].Value[0] - '0').Where(n => n > 0).Distinct()],
            Years = ReadYears(text.Normalized),
            Rows = [.. rows.Except(excluded)],
            Excluded = excluded,
            Measures = [.. Measures.All.Where(m => m.Words.Any(w => compact.Contains(QuestionText.RemoveSpaces(w), StringComparison.Ordinal)))],
            Quantities = quantities,
            Operation = operation,
            Documents = knowledge.DocumentsAbout(text.ContentWords()),
            IsClaim = factCheckMode || ClaimMarkers.Any(m => compact.Contains(m, StringComparison.Ordinal)) || compact.StartsWith("istrue", StringComparison.Ordinal)
                || StatesAmount(compact, quantities),
        };
    }

    /// <summary>"Is the phase 1 total KRW 171.7 billion?": a yes/no question stating an amount is a claim.</summary>
    private static bool StatesAmount(string compact, IReadOnlyList<Quantity> quantities) =>
        (compact.StartsWith("is", StringComparison.Ordinal) || compact.StartsWith("was", StringComparison.Ordinal) || compact.StartsWith("did", StringComparison.Ordinal))
        && quantities.Any(q => q.Unit is "억원" or "명" or "건" or "%");

    private static bool LooksLikeFollowUp(QuestionFrame frame)
    {
        var text = frame.Text.Normalized.TrimStart();
        return FollowUpOpeners.Any(o => text.StartsWith(o, StringComparison.Ordinal)) || frame.Text.Compact.Length <= 8 || frame.Text.HasAny("그중", "거기", "그거", "그곳", "그것")
            || ReferringWords().IsMatch(frame.Text.Normalized)
            || (frame.Regions.Count == 0 && !frame.HasSubject) || (!frame.HasPeriod && frame.Operation != Operation.None && !frame.HasSubject);
    }

    private IReadOnlyList<int> ReadYears(string text)
    {
        var years = new List<int>();
        foreach (Match m in YearMention().Matches(text))
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            // Only years a document's stages cover count as years ("10년" is a duration).
            if ((knowledge.Stages.ForYear(year) is not null || knowledge.Figures.HasYearColumn(year)) && !years.Contains(year))
            {
                years.Add(year);
            }
        }
        return years;
    }

    private IReadOnlyList<string> ReadRows(string compact)
    {
        var rows = new List<string>();
        foreach (var row in knowledge.Figures.RowNames)
        {
            var key = QuestionText.RemoveSpaces(row).ToLowerInvariant();
            var at = 0;
            while ((at = compact.IndexOf(key, at, StringComparison.Ordinal)) >= 0)
            {
                // "R&D" inside "비R&D" names the other row.
                var isPartOfLonger = knowledge.Figures.RowNames.Any(other => other.Length > row.Length
                    && QuestionText.RemoveSpaces(other).ToLowerInvariant() is var longer && longer.EndsWith(key, StringComparison.Ordinal)
                    && at >= longer.Length - key.Length && compact.AsSpan(at - (longer.Length - key.Length)).StartsWith(longer, StringComparison.Ordinal));
                if (!isPartOfLonger)
                {
                    rows.Add(row);
                    break;
                }
                at += key.Length;
            }
        }
        if (knowledge.Figures.TotalRow is { } total && !rows.Contains(total)
            && (TotalWords.Any(w => compact.Contains(w, StringComparison.Ordinal)) || (rows.Count == 0 && TotalWordsWhenAlone.Any(w => compact.Contains(w, StringComparison.Ordinal)))))
        {
            rows.Add(total);
        }
        return rows;
    }

    /// <summary>The rows named just before 빼면/제외 ("그중 R&amp;D 빼면" takes out R&amp;D).</summary>
    private static IReadOnlyList<string> ExcludedRows(string compact, IReadOnlyList<string> rows)
    {
        var cut = new[] { "빼면", "빼고", "제외" }.Select(w => compact.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (cut < 0)
        {
            return [];
        }
        var before = compact[..cut];
        var last = rows.Select(r => (Row: r, At: before.LastIndexOf(QuestionText.RemoveSpaces(r).ToLowerInvariant(), StringComparison.Ordinal))).Where(r => r.At >= 0).OrderByDescending(r => r.At).FirstOrDefault();
        return last.Row is null ? [] : [last.Row];
    }

    private static Operation ReadOperation(QuestionText text, IReadOnlyList<Quantity> quantities)
    {
        if (text.HasAny("빼면", "빼고", "제외하면", "제외한", "제외하고"))
        {
            return Operation.Exclude;
        }
        if (text.HasAny("몇배", "몇 배", "배정도", "배나", "times"))
        {
            return Operation.Ratio;
        }
        if (text.HasAny("증가율", "증감", "늘었", "늘어", "늘어난", "줄었", "줄어", "감소", "증가", "변화", "달라졌", "대비"))
        {
            return Operation.Growth;
        }
        if (text.HasAny("나누면", "나눠", "나눈", "시도당", "곳당", "개당", "1개당", "꼴", "평균", "연평균", "인당", "divided", "split"))
        {
            return Operation.Divide;
        }
        // "총사업비 중" written without spaces also reads 비중: only a 비중 not closing 사업비 counts.
        if (text.HasAny("비율", "차지", "몇%", "몇퍼") || text.Compact.Replace("사업비중", "", StringComparison.Ordinal).Contains("비중", StringComparison.Ordinal))
        {
            return Operation.Share;
        }
        if (text.HasAny("몇명", "몇 명", "how many", "몇개", "몇 개") && Measures.All.Any(m => m.Units[0] == "%" && m.Words.Any(text.Has)))
        {
            return Operation.PercentOf;
        }
        if (text.HasAny("차이", "얼마나더", "더많", "많았", "적었", "보다얼마나", "보다적", "보다많", "보다작", "보다크", "gap", "morethan", "lessthan"))
        {
            return Operation.Difference;
        }
        if (text.HasAny("합치면", "더하면", "합산", "누계", "합한"))
        {
            return Operation.Sum;
        }
        return quantities.Count > 0 && text.HasAny("으로나누", "로나누") ? Operation.Divide : Operation.None;
    }
}
