using System.Text.RegularExpressions;
using Answering.Documents;

namespace Answering.Understanding;

/// <summary>
/// A question that asks two things at once ("평가위원은 몇 명이고, 평가 지표는 몇 개", "일평균 수출액이랑 조업일수") read as
/// its parts, each a question of its own that keeps the whole question's years, stages and places.
/// </summary>
public static partial class Parts
{
    [GeneratedRegex(@"(?<=[가-힣A-Za-z0-9)])\s*(?:이고|이며|하고|이랑|이나)\s*,?\s+|(?<=[가-힣])(?:고|며)\s*,\s*|\s*,\s*(?:그리고\s+)?(?=[가-힣'A-Za-z])|(?<=[가-힣)])(?:랑|와|과)\s+(?=[가-힣A-Za-z'0-9])|(?<=[?？])\s+(?=\S)")]
    private static partial Regex Joint();

    public static IReadOnlyList<DocumentMatch> Split(DocumentMatch whole) => Split(whole, clauses: false);

    /// <summary>
    /// A question of clauses that each ask something ("몇 개이고, 총액은 얼마", "얼마예요? 증가율도 알려주세요"): its parts, each
    /// with the operation its own words ask. None when a piece asks nothing itself ("국비와 지방비 합계는?" is one sum).
    /// </summary>
    public static IReadOnlyList<DocumentMatch> Clauses(DocumentMatch whole) => Split(whole, clauses: true);

    private static IReadOnlyList<DocumentMatch> Split(DocumentMatch whole, bool clauses)
    {
        var question = whole.Question;
        var pieces = Joint().Split(question.Text).Select(p => p.Trim()).Where(p => p.Length >= 2).ToList();
        if (pieces.Count < 2 || pieces.Count > 4)
        {
            return [];
        }
        // A follow-up's pieces would be read without the earlier turn it leans on.
        if (clauses && (question.IsFollowUp || !pieces.All(Asks)))
        {
            return [];
        }
        var parts = new List<DocumentMatch>();
        var naming = NamingPrefix(pieces[0], whole.NamingTerms);
        var frame = question.IsEnglish ? naming : Frame(pieces[0], naming);
        foreach (var (piece, index) in pieces.Select((p, i) => (p, i)))
        {
            // "2023년 ○○사업에서 선정된 곳은 몇 개이고, 국비 총액은 얼마": the programme the first part names is the
            // second part's too; alone, "국비 총액" would be any case's 국비.
            var carried = index == 0 ? "" : HasTopic(piece) ? naming : frame;
            var read = QuestionReader.Read(carried.Length > 0 && !piece.StartsWith(carried, StringComparison.Ordinal) ? $"{carried} {piece}" : piece);
            var part = read with
            {
                IsEnglish = question.IsEnglish,
                Years = read.Years.Count > 0 ? read.Years : question.Years,
                YearMentions = read.YearMentions,
                RelativeYears = read.Years.Count > 0 || read.RelativeYears.Count > 0 ? read.RelativeYears : question.RelativeYears,
                Months = read.Months.Count > 0 ? read.Months : question.Months,
                Stages = read.Stages.Count > 0 ? read.Stages : question.Stages,
                Regions = read.Regions.Count > 0 ? read.Regions : question.Regions,
                Operation = clauses ? read.Operation : Operation.Lookup,
            };
            // ", in billions of US dollars, according to MOTIE's release": English sets phrases apart with commas; only a
            // piece that asks something is a part of its own.
            if (part.Terms.Count == 0 || question.IsEnglish && read.Asks == Understanding.Asks.None)
            {
                continue;
            }
            parts.Add(new DocumentMatch(whole.Document, part, whole.Score) { Previous = whole.Previous });
        }
        return parts.Count >= 2 ? parts : [];
    }

    /// <summary>
    /// What a later part without a topic of its own is about: the first part's words up to its topic ("선도형은 한도가 얼마이고,
    /// 최대 몇 년까지" — 선도형's years), or, when it has none, all its words before what it asks ("대중국수출 얼마예요?
    /// 증가율도" — 대중국수출's rate).
    /// </summary>
    private static string Frame(string first, string naming)
    {
        var tokens = Knowledge.Language.TermAnalyzer.Tokenize(first);
        var asked = tokens.FirstOrDefault(t => QuestionWords.Contains(t.Surface));
        if (asked.Surface is null)
        {
            return naming;
        }
        var topic = tokens.LastOrDefault(t => t.Word < asked.Word && IsTopic(t));
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = topic.Surface is null ? asked.Word : topic.Word + 1;
        return end > 0 && end <= words.Length ? string.Join(' ', words.Take(end)) : naming;
    }

    private static bool Asks(string piece)
    {
        var tokens = Knowledge.Language.TermAnalyzer.Tokenize(piece);
        return tokens.Any(t => QuestionWords.Contains(t.Surface))
            || tokens.Any(t => t.IsPredicate && t.Surface is "알리" or "말하") && Knowledge.Language.TermAnalyzer.Terms(FormatWords().Replace(piece, " ")).Count > 0
            || EnglishQuestion().IsMatch(piece);
    }

    // "백만원 단위로 알려주세요", "백만원하고 %로 알려줘", "소수점 첫째 자리까지": how to write the answer, not another thing asked.
    [GeneratedRegex(@"(?:백만원|억원|천원|만원|조원|원|%|퍼센트|달러|단위|소수점|첫째|둘째|반올림|자리)(?:하고|이랑|랑|과|와|으로|로|까지)?")]
    private static partial Regex FormatWords();

    [GeneratedRegex(@"\b(?:how|what|when|where|which|who)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishQuestion();

    private static bool HasTopic(string piece)
    {
        var tokens = Knowledge.Language.TermAnalyzer.Tokenize(piece);
        return tokens.Any(IsTopic);
    }

    private static bool IsTopic(Knowledge.Language.Token token) => token.Tag == KoreanAnalysis.Dictionary.PosTag.J && token.Surface is "은" or "는";

    private static readonly HashSet<string> QuestionWords = ["얼마", "몇", "언제", "어디", "무엇", "뭐", "어떻게", "누구"];

    /// <summary>The words opening a question that name its document (and its year), up to the first word that does not.</summary>
    private static string NamingPrefix(string first, IReadOnlyList<string> namingTerms)
    {
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var taken = 0;
        var named = false;
        foreach (var word in words.Take(words.Length - 1))
        {
            var terms = Knowledge.Language.TermAnalyzer.Terms(word);
            var names = terms.Count > 0 && terms.All(t => namingTerms.Contains(t, StringComparer.Ordinal));
            if (!names && !YearWord().IsMatch(word))
            {
                break;
            }
            named |= names;
            taken++;
        }
        return named ? string.Join(' ', words.Take(taken)) : "";
    }

    [GeneratedRegex(@"^['‘’]?\d{2,4}(?:년|년도)?(?:의|에|에는)?$")]
    private static partial Regex YearWord();
}
