using Answering.Composing;
using Answering.Contract;
using Answering.Knowledge;
using Answering.Skills;
using Answering.Tools;
using Answering.Understanding;
using Corpus;
using Lucene.Net.Analysis;
using Retrieval;

namespace Answering;

/// <summary>
/// The deterministic engine: reads the question (and the turns before it), tries each kind of answer in
/// order — bad input, out-of-scope regions, contacts, eligibility, claims, computations, figures, sectors,
/// cases, results, timelines — and falls back to quoting the best passages. Everything it knows is read
/// from the corpus at construction.
/// </summary>
public sealed class AnswerEngine : IAnswerEngine, IEngineTools
{
    private const int MaxHistory = 6;

    private readonly KnowledgeBase _knowledge;
    private readonly QuestionReader _reader;
    private readonly ValueResolver _resolver;
    private readonly ISkill[] _skills;

    public AnswerEngine(CorpusLibrary corpus, Func<Analyzer>? analyzerFactory = null)
    {
        Corpus = corpus;
        _knowledge = new KnowledgeBase(corpus, new PassageIndex(corpus, analyzerFactory));
        _reader = new QuestionReader(_knowledge);
        _resolver = new ValueResolver(_knowledge);
        _skills =
        [
            new ScopeGuard(_resolver),
            new ContactSkill(_resolver),
            new EligibilitySkill(_resolver),
            new FactCheckSkill(_resolver),
            new ComputeSkill(_resolver),
            new CaseSkill(_resolver),
            new SectorSkill(_resolver),
            new FigureSkill(_resolver),
            new MeasureSkill(_resolver),
            new TimelineSkill(_resolver),
            new PassageSkill(_resolver),
        ];
    }

    public CorpusLibrary Corpus { get; }

    public static AnswerEngine FromFolder(string corpusFolder, Func<Analyzer>? analyzerFactory = null) => new(CorpusLibrary.Load(corpusFolder), analyzerFactory);

    public Answer Ask(AnswerRequest request)
    {
        if (InputGuard.Check(request) is { } rejected)
        {
            return rejected with { ConversationId = request.ConversationId };
        }
        try
        {
            // Only the last few turns can be what a follow-up leans on.
            var history = request.History.TakeLast(MaxHistory).Where(h => InputGuard.Check(new AnswerRequest { Question = h }) is null).ToList();
            var frame = _reader.Read(request.Question, history, request.Mode == AnswerModes.FactCheck);
            foreach (var skill in _skills)
            {
                if (skill.TryAnswer(frame) is { } answer)
                {
                    var grounded = NumberGrounding.Ground(answer, Corpus, history.Append(request.Question));
                    return grounded with { Id = request.Id, Question = request.Question, ConversationId = request.ConversationId };
                }
            }
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException)
        {
            // A question the engine misreads must still get a polite reply, never a crash.
            return InputGuard.Unreadable(request) with { ConversationId = request.ConversationId };
        }
        return InputGuard.Unreadable(request) with { ConversationId = request.ConversationId };
    }

    public Answer SearchPassages(string query, int maxResults = 5)
    {
        var frame = _reader.ReadOne(query ?? "", false);
        var draft = new AnswerDraft(frame, "lookup");
        var hits = _knowledge.Index.Search(query ?? "", Math.Clamp(maxResults, 1, 8));
        var lines = hits.Select(h => $"{draft.Cite(Source.Of(h.Unit))} {h.Unit.Text.Replace('\t', ' ')}");
        draft.Answerable = hits.Count > 0;
        return NumberGrounding.Locate(draft.Finish(string.Join("\n", lines)), Corpus);
    }

    public Answer ReadTableCell(string row, string column, string? table = null) =>
        Ask(new AnswerRequest { Question = $"{column} {row} 예산은 얼마인가요?" });

    public Answer Compute(string operation, IReadOnlyList<CellReference> inputs, double? divisor = null)
    {
        var cells = inputs.Select(i => Ask(new AnswerRequest { Question = $"{i.Column} {i.Row} 예산은 얼마인가요?" })).ToList();
        var question = (operation ?? "").ToLowerInvariant() switch
        {
            "growth" => $"{string.Join(" 대비 ", inputs.Select(i => i.Column))} {inputs.FirstOrDefault()?.Row} 증가율은?",
            "share" when inputs.Count == 2 => $"{inputs[0].Column} {inputs[1].Row} 중 {inputs[0].Row} 비중은?",
            "difference" => $"{string.Join(" ", inputs.Select(i => i.Column))} {inputs.FirstOrDefault()?.Row} 차이는?",
            "sum" => $"{string.Join(" ", inputs.Select(i => i.Column))} {inputs.FirstOrDefault()?.Row} 합치면?",
            "average" or "ratio" when divisor is double d => $"{inputs.FirstOrDefault()?.Column} {inputs.FirstOrDefault()?.Row} 예산을 {d:0.##}개로 나누면?",
            _ => null,
        };
        if (question is null || inputs.Count == 0 || cells.Any(c => !c.Answerable))
        {
            return Ask(new AnswerRequest { Question = $"{operation} {string.Join(" ", inputs.Select(i => $"{i.Column} {i.Row}"))}" });
        }
        return Ask(new AnswerRequest { Question = question });
    }

    public Answer CheckEligibility(string situation) => Ask(new AnswerRequest { Question = situation });

    public Answer VerifyClaim(string claim) => Ask(new AnswerRequest { Question = claim, Mode = AnswerModes.FactCheck });

    public Answer ListSectors(string? region = null, string? category = null) => Ask(new AnswerRequest
    {
        Question = region is not null ? $"{region} 클러스터 육성 분야와 과제는?" : category is not null ? $"{category} 분야 시도는 어디인가요?" : "시도별 육성 분야는?",
    });
}
