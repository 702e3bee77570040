using System.Text.RegularExpressions;
using Answering.Documents;
using Answering.Understanding;
using Knowledge.Documents;
using Knowledge.Language;

namespace Answering.Evidence;

/// <summary>
/// Which case block a question names: the company or place of its title written whole ((주)○○열처리, ○○푸드,
/// 전남센터, A사), a word only that title uses (첨단센서, 영도), or its region — a question naming a subject asks about
/// what its own block says, not about a table row that merely lists it.
/// </summary>
public static partial class CaseNaming
{
    // "부산 (주)○○푸드": a (주) before a name belongs to that name, not to the place before it.
    [GeneratedRegex(@"(?:\(주\)|㈜)\s*([가-힣A-Za-z]+)|([가-힣A-Za-z]+)\s*(?:\(주\)|㈜)(?!\s*[가-힣A-Za-z])|([가-힣]{2,}(?:센터|후보지|클러스터|컨소시엄))")]
    private static partial Regex CompanyOrPlaceName();

    /// <summary>"■ 다온푸드(충북 음성, 소상공인)": the name a case line opens with, its particulars in brackets after it.</summary>
    [GeneratedRegex(@"^[■◇◆]\s*([가-힣A-Za-z]{2,12})\s*\(")]
    private static partial Regex OpeningName();

    /// <summary>"A사", "B기관": a subject a worked example names by a letter.</summary>
    [GeneratedRegex(@"(?<![A-Za-z])([A-Z])\s?(사|기업|기관|센터|지구)")]
    private static partial Regex LetteredName();

    /// <summary>"company A", "firm B": the English way of naming a lettered subject.</summary>
    [GeneratedRegex(@"\b(?i:company|firm|business|producer|manufacturer)\s+([A-Z])\b")]
    private static partial Regex EnglishLetteredName();

    /// <summary>The label a block title opens with (사례 3 :, 【 사례 1 】) rather than the subject it names.</summary>
    [GeneratedRegex(@"^[□■]?\s*(?:【[^】]*】|[^:：]{1,12}[:：])")]
    private static partial Regex TitleLabel();

    /// <summary>Below this a title shares words with the question by chance; from it on, the question names the subject.</summary>
    public const double NamedScore = 2;

    /// <summary>A word only one block title uses, rare in the document, names that block.</summary>
    private const double RareWeight = 2.5;

    /// <summary>The block the question names, when exactly one is named best.</summary>
    public static (CaseBlock Block, double Score)? Named(DocumentMatch match)
    {
        var blocks = match.Document.Cases;
        if (blocks.Count == 0)
        {
            return null;
        }
        var scored = blocks.Select(b => (Block: b, Score: Score(match, b, blocks))).Where(s => s.Score > 0).OrderByDescending(s => s.Score).ToList();
        if (scored.Count == 0)
        {
            return null;
        }
        var tied = scored.Where(s => s.Score >= scored[0].Score - 0.01).ToList();
        if (tied.Count > 1 && !match.Question.Regions.Any())
        {
            // Two cases named equally: nothing singles one out.
            return null;
        }
        return tied.Count == 1 ? scored[0] : (tied.MaxBy(t => Carries(match, t.Block)).Block, scored[0].Score);
    }

    /// <summary>
    /// How much of the question a block's items carry: a subject written up twice (a box in the text, a table in an
    /// appendix) answers from the write-up that says what is asked.
    /// </summary>
    private static double Carries(DocumentMatch match, CaseBlock block)
    {
        var nameTerms = NameTerms(block);
        return match.EvidenceTerms.Where(t => !nameTerms.Contains(t) && !match.IsNaming(t) && block.Items.Any(i => Says(i, t))).Sum(match.Weight);
    }

    /// <summary>Whether an item says a word: in its text, or — for a row of a case table — in its row label (추진배경).</summary>
    public static bool Says(Passage item, string term) => item.Terms.Contains(term) || item.Unit.Column is not null && item.Unit.Table is not null && item.HeadingTerms.Contains(term);

    /// <summary>
    /// The title's words that only name the subject: a word the items use too (국산화 in "국산화 사례" and in its 과제명)
    /// is also what the block says, and a question asking it asks about the content.
    /// </summary>
    public static IReadOnlySet<string> NameTerms(CaseBlock block) =>
        block.Title.Terms.Where(t => !block.Items.Any(i => i.Terms.Contains(t))).ToHashSet(StringComparer.Ordinal);

    /// <summary>How clearly a question names a case: its company or place name written whole, a word only its title has, its region.</summary>
    public static double Score(DocumentMatch match, CaseBlock block, IReadOnlyList<CaseBlock> all)
    {
        var question = match.Question;
        var document = match.Document;
        var title = block.Title;
        var score = 0.0;
        var titleRegions = Regions.In(title.Text).Select(r => r.Region).ToList();
        if (question.Regions.Count > 0 && titleRegions.Count > 0 && !question.Regions.Any(titleRegions.Contains))
        {
            return 0;
        }
        foreach (var compact in Names(title.Text))
        {
            if (document.Profile.Compacts.Any(c => c.Contains(compact, StringComparison.Ordinal)))
            {
                // The programme's own name (국가혁신클러스터) names every case of the document, not one.
                continue;
            }
            if (compact.Length >= 2 && QuestionNames(question, compact))
            {
                score += 3 + compact.Length * 0.2;
            }
            else if (compact.Length >= 3 && question.Compact.Contains(compact[..^1], StringComparison.Ordinal))
            {
                score += 2;
            }
        }
        score += SubjectNamed(match, block);
        var label = title.Unit.Label;
        if (label is { Length: >= 2 } && question.Compact.Contains(TextNormalizer.Compact(label), StringComparison.Ordinal))
        {
            score += 1;
        }
        var regional = question.Regions.Any(titleRegions.Contains);
        if (regional)
        {
            score += 1.5 * question.Regions.Count(titleRegions.Contains);
        }
        var asksCase = AsksCase(question);
        if (asksCase || regional || score > 0)
        {
            // A title's own words name it only beside another sign (사례, its region, its name): alone they are the
            // ordinary words of a descriptive title (사업화, 성과 창출).
            score += OwnWords(match, block, all);
        }
        if (score > 0 && asksCase)
        {
            score += 1;
        }
        return score;
    }

    /// <summary>Share of a subject's words a question must write to name it (비축기지 확충 → "핵심광물 비축기지 확충 사업").</summary>
    private const double SubjectShare = 0.75;

    /// <summary>
    /// A block whose title is only a name (a numbered project, a case table's row) is named by the question writing
    /// that name: whole, or most of its words (a question drops 구축 from "AI 자율제조 선도공장 구축").
    /// </summary>
    private static double SubjectNamed(DocumentMatch match, CaseBlock block)
    {
        if (block.Subject is not { } subject)
        {
            return 0;
        }
        var compact = TextNormalizer.Compact(subject);
        if (compact.Length >= 3 && match.Question.Compact.Contains(compact, StringComparison.Ordinal))
        {
            return 3 + compact.Length * 0.1;
        }
        var words = TermAnalyzer.Terms(subject).Select(Lexicon.Canonical).Where(t => t.Length >= 2).Distinct().ToList();
        var written = words.Count(t => match.EvidenceTerms.Contains(t));
        return words.Count >= 2 && written >= 2 && written >= words.Count * SubjectShare ? 2 + written * 0.1 : 0;
    }

    private static bool AsksCase(Question question) =>
        question.Text.Contains("사례", StringComparison.Ordinal) || question.Text.Contains("예시", StringComparison.Ordinal)
        || question.Text.Contains("case", StringComparison.OrdinalIgnoreCase) || question.Text.Contains("example", StringComparison.OrdinalIgnoreCase);

    /// <summary>「아리랑 오일장 보행가로」: a project's own name, written in corner brackets.</summary>
    [GeneratedRegex(@"「([^」]{2,30})」")]
    private static partial Regex BracketedName();

    /// <summary>The word right after a 시·도 ("전남 강진군", "충남 천안 B사"): the 시·군·구 the subject stands in.</summary>
    [GeneratedRegex(@"^\s+([가-힣]{2,4})(?=[\s,(「]|$)")]
    private static partial Regex WordAfterRegion();

    /// <summary>Words that follow a 시·도 without naming a place within it (경북 지역, 전남 소재).</summary>
    private static readonly HashSet<string> NotPlaces = ["지역", "소재", "일대", "지방", "전역", "권역", "지역의", "소재지"];

    /// <summary>The names a title writes, compact: companies and places, project names, lettered subjects (A사).</summary>
    private static IEnumerable<string> Names(string title)
    {
        foreach (Match m in CompanyOrPlaceName().Matches(title))
        {
            yield return TextNormalizer.Compact(m.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value);
        }
        if (OpeningName().Match(title) is { Success: true } opening)
        {
            yield return TextNormalizer.Compact(opening.Groups[1].Value);
        }
        foreach (Match m in LetteredName().Matches(title))
        {
            yield return TextNormalizer.Compact(m.Value);
        }
        foreach (Match m in BracketedName().Matches(title))
        {
            yield return TextNormalizer.Compact(m.Groups[1].Value);
        }
        foreach (var place in Places(title))
        {
            yield return place;
        }
    }

    /// <summary>The 시·군·구 a title places its subject in: the word written right after its 시·도 (강진군, 천안).</summary>
    private static IEnumerable<string> Places(string title)
    {
        foreach (var (_, start, length) in Regions.In(title))
        {
            if (WordAfterRegion().Match(title[(start + length)..]) is { Success: true } m && !NotPlaces.Contains(m.Groups[1].Value)
                && Regions.In(m.Groups[1].Value).Count == 0)
            {
                yield return m.Groups[1].Value;
            }
        }
    }

    /// <summary>Whether the question writes the name, in Korean or as an English "company A" for A사.</summary>
    private static bool QuestionNames(Question question, string compact)
    {
        if (question.Compact.Contains(compact, StringComparison.Ordinal))
        {
            return true;
        }
        return question.IsEnglish && (EnglishLetteredName().Matches(question.Original).Any(m => compact.StartsWith(m.Groups[1].Value.ToLowerInvariant(), StringComparison.Ordinal) && compact.Length <= 3)
            || RomanisedNames.Written(question.Original, compact));
    }

    /// <summary>Rare words of the question that this block's title uses and no other block's title does (첨단센서, 영도).</summary>
    private static double OwnWords(DocumentMatch match, CaseBlock block, IReadOnlyList<CaseBlock> all)
    {
        var subject = TitleLabel().Replace(block.Title.Text, "");
        var terms = TermAnalyzer.Terms(subject).Select(Lexicon.Canonical).Where(t => t.Length >= 2).Distinct().ToList();
        var others = all.Where(b => b != block).SelectMany(b => b.Title.Terms).ToHashSet(StringComparer.Ordinal);
        var asked = match.EvidenceTerms.ToHashSet(StringComparer.Ordinal);
        // One such word is a sign; more of them make a descriptive title no more named.
        return terms.Any(t => asked.Contains(t) && !others.Contains(t) && !match.IsNaming(t) && match.Weight(t) >= RareWeight && Regions.In(t).Count == 0) ? 1 : 0;
    }
}
