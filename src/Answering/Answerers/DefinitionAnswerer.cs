using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Documents;
using Answering.Understanding;
using Knowledge.Documents;
using Knowledge.Language;

namespace Answering.Answerers;

/// <summary>
/// "국가혁신클러스터 사업이 뭐야?", "What is …?": the sentence that says what the thing is ("X은 …하는 …사업으로/이다",
/// "X란 …") and the purpose line of its outline ("(목적) …"), quoted — not the passage that merely shares most words.
/// </summary>
public static partial class DefinitionAnswerer
{
    public static bool Applies(Question question) =>
        // "줄어든 품목은 뭐예요" selects rows by a change; a thing to define is named, not conditioned.
        !question.IsClaim && !question.IsEligibility && question.Operation == Operation.Lookup && question.Direction == 0
        && !question.Has(Asks.Amount | Asks.Count | Asks.Percent | Asks.Score | Asks.Duration | Asks.Times | Asks.When | Asks.Where)
        && Subject(question) is { Length: >= 2 };

    public static AnswerDraft? Answer(DocumentMatch match)
    {
        var subject = Subject(match.Question);
        if (subject is null)
        {
            return null;
        }
        var core = Core(subject);
        var coreTerms = TermAnalyzer.Terms(core).Select(Lexicon.Canonical).ToList();
        var definitions = match.Document.Passages
            .Select(p => (Passage: p, Score: DefinitionScore(p, subject, core, coreTerms)))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score).ThenBy(p => p.Passage.Line)
            .ToList();
        if (definitions.Count == 0)
        {
            return null;
        }
        var draft = new AnswerDraft(match.Question, "lookup");
        draft.Focus.Document = match.Document.Name;
        var chosen = definitions.Take(2).Where(d => d.Score >= definitions[0].Score * 0.5).Select(d => d.Passage).OrderBy(p => p.Line).ToList();
        var quotes = chosen.Select(p => $"“{p.Text.TrimStart('□', '○', '-', '*', '◆', ' ')}” {draft.Cite(p)}");
        draft.Say(draft.English
            ? $"The document describes it as follows: {string.Join(" ", quotes)}"
            : $"문서에서는 이렇게 설명합니다. {string.Join(" ", quotes)}");
        return draft;
    }

    /// <summary>What the question asks to be defined, compacted: the words before "이란/은/이" + 뭐야, or after "what is".</summary>
    private static string? Subject(Question question)
    {
        var m = AskedSubject().Match(question.Text);
        if (!m.Success)
        {
            return null;
        }
        // "통계에서 말하는 피보험자": the thing to define is what the qualifying clause names.
        var named = m.Groups["s"].Value;
        var qualifier = Qualifier().Match(named);
        var subject = TextNormalizer.Compact(qualifier.Success ? named[(qualifier.Index + qualifier.Length)..] : named);
        return subject.Length >= 2 ? subject : null;
    }

    /// <summary>The name without a trailing generic word (사업, 제도, 프로그램), so "국가혁신클러스터 사업" meets "국가혁신클러스터육성사업은".</summary>
    private static string Core(string subject)
    {
        foreach (var suffix in GenericSuffixes)
        {
            if (subject.Length > suffix.Length + 1 && subject.EndsWith(suffix, StringComparison.Ordinal))
            {
                return subject[..^suffix.Length];
            }
        }
        return subject;
    }

    private static readonly string[] GenericSuffixes = ["육성사업", "지원사업", "사업", "제도", "프로그램", "정책"];

    private static double DefinitionScore(Passage passage, string subject, string core, IReadOnlyList<string> coreTerms)
    {
        var compact = passage.Compact.TrimStart('□', '○', '-', '*', '◆', '■', '·');
        var score = 0.0;
        // "국가혁신클러스터사업은 …하는 …사업으로": the name as the topic of its own sentence.
        var topic = TopicOf(compact, subject, core);
        if (topic >= 0)
        {
            score += 3;
            var rest = passage.Normalized;
            if (Defining().IsMatch(rest))
            {
                score += 2;
            }
        }
        // "피보험자 : 고용보험에 가입되어 있는 근로자": a glossary entry defines the term before its colon.
        if (GlossaryTerm(passage.Text) is { } term && (term == subject || term == core))
        {
            score += 5;
        }
        // "(목적) …" under an outline (개요) of the thing.
        if (passage.Unit.Label is { } label && PurposeLabel().IsMatch(label) && Names(passage, coreTerms))
        {
            score += 3;
        }
        return score;
    }

    private static string? GlossaryTerm(string text)
    {
        var head = text.TrimStart('□', '○', '-', '*', '◆', '■', '·', ' ');
        var colon = head.IndexOfAny([':', '：']);
        return colon is > 0 and <= 30 ? TextNormalizer.Compact(head[..colon]) : null;
    }

    private static int TopicOf(string compact, string subject, string core)
    {
        foreach (var name in new[] { subject, core })
        {
            var at = compact.IndexOf(name, StringComparison.Ordinal);
            if (at is >= 0 and <= 2)
            {
                var after = compact[(at + name.Length)..];
                var rest = TopicParticle().Match(after);
                if (rest.Success)
                {
                    return at;
                }
            }
        }
        return -1;
    }

    /// <summary>Whether the headings above a passage (참고 1. X 개요) name the thing.</summary>
    private static bool Names(Passage passage, IReadOnlyList<string> coreTerms) =>
        coreTerms.Count > 0 && coreTerms.All(t => passage.HeadingTerms.Contains(t));

    [GeneratedRegex(@"^(?:무엇\s+)?(?<s>[가-힣A-Za-z&·\s]+?)\s*(?:이란|란|이라는 게|라는 게|이|가|은|는)?\s*(?:뭐야|뭐예요|뭐에요|뭔가요|뭐죠|뭐지|무엇인가요|무엇입니까|무엇이에요|무엇이야|어떤 사업이야|어떤 사업인가요|무슨 사업이야|무슨 사업인가요|\?)\s*\??$")]
    private static partial Regex AskedSubject();

    [GeneratedRegex(@"(?:에서\s?)?(?:말하는|쓰는|뜻하는|가리키는)\s+")]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"^(?:육성)?(?:지원)?(?:사업|제도|프로그램|정책)?(?:이란|란|은|는)")]
    private static partial Regex TopicParticle();

    [GeneratedRegex(@"하는|위한|위해|통해|으로서|이다|입니다|이며|과제로|사업으로|제도로|제도이다|사업이다")]
    private static partial Regex Defining();

    [GeneratedRegex(@"^(?:목적|개요|정의|사업\s?목적|사업\s?개요|취지)$")]
    private static partial Regex PurposeLabel();
}
