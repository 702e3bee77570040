using Answering.Documents;
using Corpus.Quantities;
using Knowledge.Language;

namespace Answering.Evidence;

/// <summary>What a piece of evidence carries of a question, term by term (1 in its own words, less in a title or heading).</summary>
public sealed class Carried
{
    // Most evidence carries a handful of the question's terms: a short array searched in order costs less than a
    // dictionary built for every cell and figure weighed. Past SmallCount terms (a table's every header), a dictionary.
    private const int SmallCount = 16;
    private string[] _terms = [];
    private double[] _credits = [];
    private int _count;
    private Dictionary<string, double>? _many;

    public Unit? Unit { get; set; }

    /// <summary>Whether the terms were read from a table's cells, headers and title, which split a compound between them.</summary>
    public bool Cells { get; init; }
    public HashSet<int> Years { get; } = [];

    /// <summary>The document's year, for evidence that names no year of its own: it counts for half.</summary>
    public int? DefaultYear { get; set; }
    public HashSet<int> Stages { get; } = [];
    public HashSet<Region> Regions { get; } = [];

    /// <summary>The figures written beside the evidence (its sentence, its row), to meet amounts the question quotes.</summary>
    public List<Quantity> Beside { get; } = [];

    public bool WritesBeside(Quantity quoted) =>
        Beside.Any(b => Math.Abs(b.Value - quoted.Value) < 1e-9 && (b.Unit.Family == quoted.Unit.Family || b.Unit.Family == UnitFamily.None));

    public void Add(string term, double credit)
    {
        if (_many is not null)
        {
            if (credit > _many.GetValueOrDefault(term))
            {
                _many[term] = Math.Min(1, credit);
            }
            return;
        }
        var at = IndexOf(term);
        if (at >= 0)
        {
            if (credit > _credits[at])
            {
                _credits[at] = Math.Min(1, credit);
            }
            return;
        }
        if (credit <= 0)
        {
            return;
        }
        if (_count == SmallCount)
        {
            _many = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var i = 0; i < _count; i++)
            {
                _many[_terms[i]] = _credits[i];
            }
            _many[term] = Math.Min(1, credit);
            return;
        }
        if (_count == _terms.Length)
        {
            Array.Resize(ref _terms, Math.Max(4, _count * 2));
            Array.Resize(ref _credits, _terms.Length);
        }
        _terms[_count] = term;
        _credits[_count] = Math.Min(1, credit);
        _count++;
    }

    public double Credit(string term)
    {
        if (_many is not null)
        {
            return _many.GetValueOrDefault(term);
        }
        var at = IndexOf(term);
        return at >= 0 ? _credits[at] : 0;
    }

    public IEnumerable<string> Terms => _many is not null ? _many.Keys : _terms.Take(_count);

    public bool Has(string term) => _many?.ContainsKey(term) ?? IndexOf(term) >= 0;

    private int IndexOf(string term)
    {
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_terms[i], term) || string.Equals(_terms[i], term, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}

/// <summary>
/// How much of what a question names a piece of evidence carries: the credited weight of its terms over the weight of
/// every term that must be carried (operation words such as 합계 or 비중, and words that only name the document, need
/// not be), with each year, stage and place the question names counted as a heavy term of its own. Generic measure
/// words (예산, 금액, 규모) are half carried by any amount of money, 수 by any count.
/// </summary>
public static class Coverage
{
    private const double PeriodWeight = 2.5;
    private const double QuotedWeight = 1.5;
    private const double UntranslatedWeight = 0.5;
    private const double StatedMeanWeight = 1.5;

    /// <summary>Rates and amounts a question quotes from the document (counts of things asked about are not quotes).</summary>
    public static IEnumerable<Quantity> Quoted(Understanding.Question question) =>
        question.Quantities.Where(q => q.Unit.Family == UnitFamily.Percent || q.Unit.IsMoney);

    private static readonly HashSet<string> OperationWords =
    [
        "합계", "평균", "비중", "증가", "감소", "차이", "배", "비율", "증가율", "증감률", "감소율", "성장률", "상승률", "하락률", "환산", "단위", "누적",
        "증감", "총", "전체", "모두", "각각", "기준", "최대", "최소", "가장", "제일", "순위", "위", "꼴", "당", "수", "명", "개", "건", "곳", "년",
        "억원", "백만원", "만원", "원", "달러", "억달러", "얼마", "정도", "대략", "계산", "셈", "비교", "대비", "합", "예상", "몇", "퍼센트",
    ];

    private static readonly HashSet<string> MoneyWords = ["예산", "금액", "규모", "액수", "재원", "자금", "액", "지원액", "금", "돈", "비용"];
    private static readonly HashSet<string> CountWords = ["수", "개수", "건수", "인원", "숫자", "갯수"];
    private static readonly HashSet<string> PercentWords = ["비율", "비중", "율", "률"];
    private static readonly HashSet<string> ScoreWords = ["점수"];
    private static readonly HashSet<string> DurationWords = ["기간"];

    public static bool IsOperationWord(string term) => OperationWords.Contains(term);

    /// <summary>Terms that must be carried, with their weights.</summary>
    public static IReadOnlyList<(string Term, double Weight)> Salient(DocumentMatch match) => match.Salient ??= SalientOf(match);

    // An English word left untranslated and absent from the document may only be a word the glossary lacks: it weighs
    // less than a Korean term the document never uses, yet still counts against evidence that carries nothing of it.
    private static IReadOnlyList<(string Term, double Weight)> SalientOf(DocumentMatch match) =>
        [.. match.EvidenceTerms.Where(t => !IsOperationWord(t))
            .Select(t => (t, match.Weight(t) > 0 ? match.Weight(t) : t.Length < 2 ? 0 : match.Question.IsEnglish && t.All(c => c < 128) ? UntranslatedWeight : 2.5))
            .Where(p => p.Item2 > 0)];

    public static double Of(DocumentMatch match, Carried carried)
    {
        var total = 0.0;
        var credited = 0.0;
        foreach (var (term, weight) in Salient(match))
        {
            // A word of the document's own name is carried by the document itself, and weighs less.
            var naming = match.IsNaming(term);
            var w = naming ? weight * 0.5 : weight;
            total += w;
            credited += w * Math.Max(Math.Max(Math.Max(carried.Credit(term), UnitCredit(term, carried.Unit)), naming ? 0.8 : 0), PiecesCredit(match, term, carried));
        }
        foreach (var year in match.Years)
        {
            total += PeriodWeight;
            credited += carried.Years.Contains(year) ? PeriodWeight : carried.DefaultYear == year ? PeriodWeight * 0.5 : 0;
        }
        foreach (var stage in match.Question.Stages)
        {
            total += PeriodWeight;
            credited += carried.Stages.Contains(stage) ? PeriodWeight : 0;
        }
        foreach (var region in match.Question.Regions)
        {
            total += PeriodWeight;
            credited += carried.Regions.Contains(region) ? PeriodWeight : 0;
        }
        foreach (var quoted in Quoted(match.Question))
        {
            // "36.5% 늘었다고 나오는데": the evidence that writes the figure the asker quotes is the one they read.
            total += QuotedWeight;
            credited += carried.WritesBeside(quoted) ? QuotedWeight : 0;
        }
        if (AsksStatedMean(match.Question) && carried.Credit("평균") >= 0.8)
        {
            // "평균 점수는 몇 점": evidence that writes the average (a 평균 row, "평균 77.1점") states the answer; evidence
            // that does not is no worse for it, since the mean may still be worked out from rows.
            total += StatedMeanWeight;
            credited += StatedMeanWeight;
        }
        return total <= 0 ? 1 : credited / total;
    }

    /// <summary>
    /// A compound the question writes (재창업자금) carried by a table's cells, its two pieces each a question word: the row 재창업 of a table
    /// titled 정책자금 carries 재창업자금 as surely as a sentence writing it whole, to the lesser of the two pieces' credits.
    /// </summary>
    private static double PiecesCredit(DocumentMatch match, string term, Carried carried)
    {
        var best = 0.0;
        if (!carried.Cells)
        {
            // A sentence writes its compounds whole; pieces of one found apart in it are two words.
            return best;
        }
        foreach (var head in match.EvidenceTerms)
        {
            if (head.Length < 2 || head.Length > term.Length - 2 || !term.StartsWith(head, StringComparison.Ordinal))
            {
                continue;
            }
            var tail = term[head.Length..];
            if (!match.EvidenceTerms.Contains(tail))
            {
                continue;
            }
            // The specific piece (재창업) named by a row or cell itself, the general one (자금) by the table's words.
            if (carried.Credit(head) >= 1)
            {
                best = Math.Max(best, Math.Min(1, carried.Credit(tail)));
            }
        }
        return best;
    }

    private static bool AsksStatedMean(Understanding.Question question) =>
        !question.IsClaim && question.Operation == Understanding.Operation.Average && question.Divisor is null && question.Terms.Contains("평균");

    /// <summary>The salient terms evidence leaves (mostly) uncarried.</summary>
    public static IEnumerable<string> Uncovered(DocumentMatch match, Carried carried) =>
        Salient(match).Where(s => Math.Max(carried.Credit(s.Term), UnitCredit(s.Term, carried.Unit)) < 0.5).Select(s => s.Term);

    private static double UnitCredit(string term, Unit? unit)
    {
        if (unit is null)
        {
            return 0;
        }
        return unit.IsMoney && MoneyWords.Contains(term) || unit.IsCount && CountWords.Contains(term)
            || unit.Family == UnitFamily.Percent && PercentWords.Contains(term) || unit.Family == UnitFamily.Score && ScoreWords.Contains(term)
            || unit.Family is UnitFamily.Duration or UnitFamily.Days && DurationWords.Contains(term)
            ? 0.6 : 0;
    }
}
