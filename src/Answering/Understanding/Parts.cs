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
    [GeneratedRegex(@"(?<=[가-힣A-Za-z0-9)])\s*(?:이고|이며|하고|이랑|이나)\s*,?\s+|(?<=[가-힣])(?:고|며)\s*,\s*|\s*,\s*(?:그리고\s+)?(?=[가-힣'A-Za-z])|(?<=[가-힣])(?:랑|와|과)\s+(?=[가-힣A-Za-z'0-9])")]
    private static partial Regex Joint();

    public static IReadOnlyList<DocumentMatch> Split(DocumentMatch whole)
    {
        var question = whole.Question;
        var pieces = Pieces(question).Select(p => p.Trim()).Where(p => p.Length >= 2).ToList();
        if (pieces.Count < 2 || pieces.Count > 4)
        {
            return [];
        }
        var parts = new List<DocumentMatch>();
        foreach (var piece in pieces)
        {
            var read = QuestionReader.Read(piece);
            var part = read with
            {
                IsEnglish = question.IsEnglish,
                Years = read.Years.Count > 0 ? read.Years : question.Years,
                YearMentions = read.YearMentions,
                RelativeYears = read.Years.Count > 0 || read.RelativeYears.Count > 0 ? read.RelativeYears : question.RelativeYears,
                Months = read.Months.Count > 0 ? read.Months : question.Months,
                Stages = read.Stages.Count > 0 ? read.Stages : question.Stages,
                Regions = read.Regions.Count > 0 ? read.Regions : question.Regions,
                Operation = Operation.Lookup,
            };
            if (part.Terms.Count == 0)
            {
                continue;
            }
            parts.Add(new DocumentMatch(whole.Document, part, whole.Score) { Previous = whole.Previous });
        }
        return parts.Count >= 2 ? parts : [];
    }

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
