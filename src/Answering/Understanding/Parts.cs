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
        var pieces = Pieces(question, clauses).Select(p => p.Trim()).Where(p => p.Length >= 2).ToList();
        if (pieces.Count < 2 || pieces.Count > 4)
        {
            return [];
        }
        // A follow-up's pieces would be read without the earlier turn it leans on.
        if (clauses && (question.IsFollowUp || !pieces.Select((p, i) => AsksSomething(p) || AskedByNext(pieces, i)).All(a => a)))
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
            // "기간은요?": a topic asked about alone is asked of the first part's subject.
            // "대출기간은 몇 년": a topic that is only a measure (…기간, …예산) is asked of the first part's subject as well.
            var carried = index == 0 ? "" : HasTopic(piece) && !Elliptical().IsMatch(piece) && !MeasureTopic(piece) ? naming : frame;
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

    /// <summary>
    /// "취업자 수랑 1년 전 대비 증가 폭 알려줘요": a noun phrase closing on a measure word (수, 예산, 규모), joined by 랑/와/하고 to the
    /// part after it, is asked by that part — unless that part combines the two (국비와 지방비 합계, 차이): then they are one question.
    /// </summary>
    private static bool AskedByNext(List<string> pieces, int index)
    {
        if (index + 1 >= pieces.Count || !AsksSomething(pieces[index + 1]) && !AskedByNext(pieces, index + 1))
        {
            return false;
        }
        var tokens = TermAnalyzer.Tokenize(pieces[index]);
        if (tokens.Count == 0 || !tokens[^1].IsNominal || !AskedMeasure.IsCountingWord(tokens[^1].Surface))
        {
            return false;
        }
        var asking = QuestionReader.Read(pieces[^1]);
        return asking.Operation == Operation.Lookup
            || asking.Operation is Operation.Difference or Operation.Growth && ChangeOverPeriod().IsMatch(pieces[^1]);
    }

    // "1년 전 대비", "작년보다", "전년 동월 대비": a change measured against an earlier period, of one thing.
    [GeneratedRegex(@"(?:전|작년|전년|지난해|전월|동월|동기|\d+\s?년)\s*(?:대비|보다|에\s?비해)")]
    private static partial Regex ChangeOverPeriod();

    // "기간은요?", "금리는요": a topic alone, asked about as the part before it was.
    [GeneratedRegex(@"^[가-힣A-Za-z0-9·()\s]{1,20}?(?:은|는)요\s*[?？]?$")]
    private static partial Regex Elliptical();

    private static bool AsksSomething(string piece)
    {
        if (Elliptical().IsMatch(piece))
        {
            return true;
        }
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

    /// <summary>A piece opening on a topic whose head noun is a measure word (대출기간은, 지원 인원은): it names what is measured, not of what.</summary>
    private static bool MeasureTopic(string piece)
    {
        var tokens = TermAnalyzer.Tokenize(piece);
        var topic = tokens.Select((t, i) => IsTopic(t) ? i : -1).FirstOrDefault(i => i >= 0, -1);
        return topic > 0 && tokens[topic - 1].IsNominal && AskedMeasure.IsCountingWord(tokens[topic - 1].Surface)
            && tokens.Take(topic).All(t => t.IsNominal) && tokens[topic].Word <= 1;
    }

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
    private static List<string> Pieces(Question question, bool clauses)
    {
        var text = question.Text;
        var joints = Joint().Matches(text).Where(j => !InsideNoun(question, j)).Select(j => (j.Index, j.Length)).ToList();
        if (clauses)
        {
            joints = [.. joints.Concat(Connectives(question).Where(c => !joints.Any(j => j.Index <= c.Index && c.Index < j.Index + j.Length))).OrderBy(j => j.Index)];
        }
        var pieces = new List<string>();
        var from = 0;
        foreach (var (index, length) in joints)
        {
            if (index < from)
            {
                continue;
            }
            pieces.Add(text[from..index]);
            from = index + length;
        }
        pieces.Add(text[from..]);
        return pieces;
    }

    /// <summary>
    /// "얼마까지 빌릴 수 있고 대출기간은", "얼마 들어가고 중계소 몇 곳": a verb's connective 고/며 between two clauses; each must
    /// still ask something of its own to be a part. The copula's 이고 is left to the joints that know where it splits.
    /// </summary>
    private static IEnumerable<(int Index, int Length)> Connectives(Question question)
    {
        var tokens = question.Tokens;
        var text = question.Text;
        for (var i = 1; i < tokens.Count - 1; i++)
        {
            var token = tokens[i];
            if (token.Tag == KoreanAnalysis.Dictionary.PosTag.E && token.Surface is "고" or "며" or "으며"
                && tokens[i - 1].Word == token.Word && tokens[i - 1].Tag is KoreanAnalysis.Dictionary.PosTag.VV or KoreanAnalysis.Dictionary.PosTag.VA
                    or KoreanAnalysis.Dictionary.PosTag.VX
                && tokens[i + 1].Word > token.Word && token.End <= text.Length && token.End >= token.Surface.Length
                && text.AsSpan(token.End - token.Surface.Length, token.Surface.Length).SequenceEqual(token.Surface)
                && token.End < text.Length && char.IsWhiteSpace(text[token.End]))
            {
                yield return (token.End - token.Surface.Length, token.Surface.Length + 1);
            }
        }
    }

    private static bool InsideNoun(Question question, System.Text.RegularExpressions.Match joint)
    {
        var syllable = joint.Value.TrimStart();
        if (syllable.Length == 0 || syllable[0] is not ('과' or '와' or '랑'))
        {
            return false;
        }
        var at = joint.Index + joint.Value.IndexOf(syllable[0], StringComparison.Ordinal);
        // "수랑", "예산이랑": the analyzer may read a measure word and 랑 as one noun; few nouns end in 랑 after one.
        if (syllable[0] == '랑' && at > 0 && TermAnalyzer.Tokenize(question.Text[..at].Split(' ')[^1].TrimEnd('이')) is { Count: > 0 } before
            && AskedMeasure.IsCountingWord(before[^1].Surface))
        {
            return false;
        }
        return question.Tokens.Any(t => t.Start < at && at < t.End && t.IsNominal);
    }
}
