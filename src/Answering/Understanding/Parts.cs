using System.Text.RegularExpressions;
using Answering.Documents;
using Knowledge.Language;

namespace Answering.Understanding;

/// <summary>
/// A question that asks two things at once ("평가위원은 몇 명이고, 평가 지표는 몇 개", "일평균 수출액이랑 조업일수") read as
/// its parts, each a question of its own that keeps the whole question's years, stages and places.
/// </summary>
public static partial class Parts
{
    [GeneratedRegex(@"(?<=얼마|언제|어디|누구|무엇|뭐)(?:고|며)\s+(?=[가-힣A-Za-z0-9'])|(?<=[가-힣A-Za-z0-9)])\s*(?:이고|이며|하고|이랑|이나)\s*,?\s+|(?<=[가-힣])(?:고|며)\s*,\s*|(?<=[았었였했갔왔됐겠])(?:고|으며|며)\s+(?=[가-힣A-Za-z0-9])|\s*,\s*(?:그리고\s+)?(?=[가-힣'A-Za-z])|(?<=[가-힣)])(?:랑|와|과)\s+(?=[가-힣A-Za-z'0-9])|(?<=[?？])\s+(?=\S)")]
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
        var pieces = Pieces(question).Select(p => p.Trim()).Where(p => p.Length >= 2).ToList();
        if (pieces.Count < 2 || pieces.Count > 4)
        {
            return [];
        }
        // A follow-up's pieces would be read without the earlier turn it leans on.
        if (clauses && (question.IsFollowUp || !pieces.All(AsksSomething)))
        {
            return [];
        }
        var parts = new List<DocumentMatch>();
        var naming = NamingPrefix(pieces[0], whole.NamingTerms);
        var frame = question.IsEnglish ? naming : Frame(pieces[0], naming);
        // A year that names the document ("2025년 ○○평가에서 …") is no period a later part asks about: with 전년, that
        // part asks the year before the document's only.
        var namingYears = whole.NamingYears();
        var periodYears = question.Years.Where(y => !namingYears.Contains(y)).ToList();
        foreach (var (piece, index) in pieces.Select((p, i) => (p, i)))
        {
            // "2023년 ○○사업에서 선정된 곳은 몇 개이고, 국비 총액은 얼마": the programme the first part names is the
            // second part's too; alone, "국비 총액" would be any case's 국비.
            var carried = index == 0 ? "" : HasTopic(piece) ? naming : frame;
            var read = QuestionReader.Read(carried.Length > 0 && !piece.StartsWith(carried, StringComparison.Ordinal) ? $"{carried} {piece}" : piece);
            var part = read with
            {
                IsEnglish = question.IsEnglish,
                Years = read.Years.Count > 0 ? read.Years : index > 0 ? periodYears : question.Years,
                YearMentions = read.YearMentions,
                RelativeYears = read.Years.Count > 0 || read.RelativeYears.Count > 0 ? read.RelativeYears : question.RelativeYears,
                Months = read.Months.Count > 0 ? read.Months : question.Months,
                Stages = read.Stages.Count > 0 ? read.Stages : question.Stages,
                Regions = read.Regions.Count > 0 ? read.Regions : question.Regions,
                Operation = clauses ? read.Operation : Operation.Lookup,
            };
            // ", in billions of US dollars, according to MOTIE's release": English sets phrases apart with commas; only a
            // piece that asks something is a part of its own.
            if (part.Terms.Count == 0 || question.IsEnglish && read.Asks == Asks.None)
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
        var tokens = TermAnalyzer.Tokenize(first);
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

    private static bool AsksSomething(string piece)
    {
        var tokens = TermAnalyzer.Tokenize(piece);
        return tokens.Any(t => QuestionWords.Contains(t.Surface))
            || tokens.Any(t => t.IsPredicate && t.Surface is "알리" or "말하") && TermAnalyzer.Terms(FormatWords().Replace(piece, " ")).Count > 0
            || EnglishQuestion().IsMatch(piece);
    }

    // "백만원 단위로 알려주세요", "백만원하고 %로 알려줘", "소수점 첫째 자리까지": how to write the answer, not another thing asked.
    [GeneratedRegex(@"(?:백만원|억원|천원|만원|조원|원|%|퍼센트|달러|단위|소수점|첫째|둘째|반올림|자리)(?:하고|이랑|랑|과|와|으로|로|까지)?")]
    private static partial Regex FormatWords();

    [GeneratedRegex(@"\b(?:how|what|when|where|which|who)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishQuestion();

    private static bool HasTopic(string piece)
    {
        var tokens = TermAnalyzer.Tokenize(piece);
        return tokens.Any(IsTopic);
    }

    private static bool IsTopic(Token token) => token.Tag == KoreanAnalysis.Dictionary.PosTag.J && token.Surface is "은" or "는";

    private static readonly HashSet<string> QuestionWords = ["얼마", "몇", "언제", "어디", "무엇", "뭐", "어떻게", "누구"];

    /// <summary>The words opening a question that name its document (and its year), up to the first word that does not.</summary>
    private static string NamingPrefix(string first, IReadOnlyList<string> namingTerms)
    {
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var taken = 0;
        var named = false;
        foreach (var word in words.Take(words.Length - 1))
        {
            var terms = TermAnalyzer.Terms(word);
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

    /// <summary>
    /// What a part is about, without what it asks of it: its terms less those of its closing noun phrase ("통합실증형 과제는
    /// 중간평가를 언제" is about 통합실증형 과제; 중간평가 is what is asked). A later part that names nothing of its own
    /// ("언제 끝나요?", "when do they end?") is asked of this topic.
    /// </summary>
    public static IReadOnlyList<string> TopicOf(Question part)
    {
        var tokens = part.Tokens;
        bool Content(Token t) => t.IsContent && !(part.IsEnglish && t.Surface.All(c => c < 128));
        var last = tokens.Count - 1;
        while (last >= 0 && !Content(tokens[last]))
        {
            last--;
        }
        if (last < 0)
        {
            return part.Terms;
        }
        // The closing phrase: the last word with a content morpheme, and the words before it written as one name with
        // it (중간 평가) — no particle closing them, nothing but content in them.
        var word = tokens[last].Word;
        var first = last;
        while (first > 0 && tokens[first - 1].Word >= word - 1 && Content(tokens[first - 1])
            && !tokens.Any(t => t.Word == tokens[first - 1].Word && t.Tag == KoreanAnalysis.Dictionary.PosTag.J))
        {
            first--;
            word = tokens[first].Word;
        }
        var asked = TermAnalyzer.Terms([.. tokens.Skip(first).Take(last - first + 1)]).Select(Lexicon.Canonical).ToHashSet(StringComparer.Ordinal);
        var topic = part.Terms.Where(t => !asked.Contains(t) && !asked.Any(a => a.Contains(t, StringComparison.Ordinal) || t.Contains(a, StringComparison.Ordinal))).ToList();
        return topic.Count > 0 ? topic : part.Terms;
    }

    /// <summary>
    /// The question cut at its joints, except where the joint's 과/와/랑 is the last syllable of a noun the analyzer read
    /// whole ("성과 공유대회", "결과 발표"): that is one name, not two things asked.
    /// </summary>
    private static List<string> Pieces(Question question)
    {
        var text = question.Text;
        var pieces = new List<string>();
        var from = 0;
        foreach (System.Text.RegularExpressions.Match joint in Joint().Matches(text))
        {
            if (InsideNoun(question, joint))
            {
                continue;
            }
            pieces.Add(text[from..joint.Index]);
            from = joint.Index + joint.Length;
        }
        pieces.Add(text[from..]);
        return pieces;
    }

    private static bool InsideNoun(Question question, System.Text.RegularExpressions.Match joint)
    {
        var syllable = joint.Value.TrimStart();
        if (syllable.Length == 0 || syllable[0] is not ('과' or '와' or '랑'))
        {
            return false;
        }
        var at = joint.Index + joint.Value.IndexOf(syllable[0], StringComparison.Ordinal);
        return question.Tokens.Any(t => t.Start < at && at < t.End && t.IsNominal);
    }
}
