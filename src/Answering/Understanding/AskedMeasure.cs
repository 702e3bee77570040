using Corpus.Quantities;
using Knowledge.Language;

namespace Answering.Understanding;

/// <summary>
/// The words a quantity question asks the figure of: the noun phrase just before 얼마 or 몇 (민간부담금 총액은 얼마 →
/// 민간부담금; 경남 지방비는 얼마 → 지방비), without the words that only say how it is counted (총액, 합계, 평균) and
/// the places named beside it. A phrase of such words alone names no measure (연장에 드는 예산은 얼마).
/// </summary>
public static class AskedMeasure
{
    private static readonly HashSet<string> QuantityWords = ["얼마", "몇", "얼마나", "얼만큼"];

    private static readonly HashSet<string> CountingWords =
    [
        "총액", "총", "합계", "합", "평균", "전체", "규모", "금액", "액수", "예산", "액", "금", "수", "개수", "건수", "비용", "돈", "총계", "누계", "최대", "최소",
        "비율", "비중", "점수", "기간", "인원", "숫자", "사람", "분", "것",
        // Periods (1차년도, 2년차, 1단계) say when, not what.
        "차년", "차년도", "년차", "단계",
    ];

    private static readonly HashSet<string> Counters = ["곳", "개", "명", "건", "군데", "가지", "번", "차례", "배", "위", "등", "개사", "개소", "퍼센트", "%"];

    // Units the normaliser spells out (㎢ → 제곱킬로미터), which the unit table knows only by their symbols.
    private static readonly string[] SpelledUnits = ["제곱", "킬로미터", "미터", "킬로그램", "퍼센트"];

    // Endings that only say a measure is an amount, a rate or a count (증가액, 경쟁률, 지원금).
    private static readonly string[] GenericEndings = ["액", "금", "율", "률", "수", "량"];

    /// <summary>A measure word without its generic ending (증가액 → 증가, 경쟁률 → 경쟁), or null when it has none.</summary>
    public static string? Stem(string term) =>
        GenericEndings.FirstOrDefault(e => term.Length > e.Length + 1 && term.EndsWith(e, StringComparison.Ordinal)) is { } ending ? term[..^ending.Length] : null;

    public static IReadOnlyList<string> Terms(Question question)
    {
        var tokens = question.Tokens;
        var asked = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (QuantityWords.Contains(tokens[i].Surface))
            {
                asked = i;
                break;
            }
        }
        if (question.IsEnglish)
        {
            return asked < 0 ? [] : Following(tokens, asked);
        }
        if (asked <= 0)
        {
            return [];
        }
        // "몇 등급", "몇 점": what follows 몇 is itself the measure asked (a unit the evidence is read in); only "몇 곳",
        // "몇 명" and the like count what stands before.
        if (asked + 1 < tokens.Count && tokens[asked].Surface == "몇" && tokens[asked + 1] is { IsContent: true } or { Tag: KoreanAnalysis.Dictionary.PosTag.NNBC }
            && !Counters.Contains(tokens[asked + 1].Surface))
        {
            var counted = tokens[asked + 1];
            var word = string.Concat(tokens.Where(t => t.Word == counted.Word && t.IsContent).Select(t => t.Surface));
            return Units.Find(counted.Surface) is not null || Units.Find(word) is not null || SpelledUnits.Any(word.StartsWith) ? [] : [.. TermAnalyzer.Terms(tokens.Where(t => t.Word == counted.Word).ToList()).Select(Lexicon.Canonical).Where(IsMeasureWord)];
        }
        var i2 = asked - 1;
        // The topic's particle (은/는/이/가) stands between the measure and the question word.
        while (i2 >= 0 && tokens[i2].Tag == KoreanAnalysis.Dictionary.PosTag.J)
        {
            i2--;
        }
        // The whole noun phrase counts (민간 부담금 names what 민간부담금 does); it ends at a particle, a verb or a number.
        var phrase = new List<string>();
        while (i2 >= 0 && (tokens[i2].IsContent || tokens[i2].Tag is KoreanAnalysis.Dictionary.PosTag.XSN))
        {
            var word = tokens[i2].Word;
            var start = i2;
            while (start > 0 && tokens[start - 1].Word == word)
            {
                start--;
            }
            var wordTokens = tokens.Skip(start).Take(i2 - start + 1).ToList();
            if (wordTokens.Any(t => !t.IsContent && t.Tag is not (KoreanAnalysis.Dictionary.PosTag.XSN or KoreanAnalysis.Dictionary.PosTag.XPN)))
            {
                break;
            }
            phrase.AddRange(TermAnalyzer.Terms(wordTokens).Select(Lexicon.Canonical).Where(IsMeasureWord));
            i2 = start - 1;
        }
        return phrase;
    }

    /// <summary>English names the measure after "how much" ("how much first-year funding is …"): the nouns that follow.</summary>
    private static List<string> Following(IReadOnlyList<Knowledge.Language.Token> tokens, int asked)
    {
        var end = asked + 1;
        // An untranslated word (the verb of "does the ministry put") ends the phrase.
        while (end < tokens.Count && tokens[end].Tag != KoreanAnalysis.Dictionary.PosTag.SL
            && (tokens[end].IsContent || tokens[end].Tag is KoreanAnalysis.Dictionary.PosTag.XSN or KoreanAnalysis.Dictionary.PosTag.NNBC or KoreanAnalysis.Dictionary.PosTag.SN))
        {
            end++;
        }
        return [.. TermAnalyzer.Terms(tokens.Skip(asked + 1).Take(end - asked - 1).ToList()).Select(Lexicon.Canonical).Where(IsMeasureWord)];
    }

    private static bool IsMeasureWord(string term) =>
        term.Length >= 2 && !Lexicon.IsQuestionWord(term) && Units.Find(term) is null && !CountingWords.Contains(term) && !Evidence.Coverage.IsOperationWord(term) && Regions.Find(term) is null;
}
