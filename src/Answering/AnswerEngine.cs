using Answering.Answerers;
using Answering.Composing;
using Answering.Contract;
using Answering.Documents;
using Answering.FollowUps;
using Answering.Input;
using Answering.Tools;
using Answering.Understanding;
using Corpus;
using Knowledge;
using Lucene.Net.Analysis;

namespace Answering;

/// <summary>
/// The deterministic engine. Documents are read once into knowledge (tables, figures, passages); a question is read
/// into terms, periods, places and an operation, matched to the documents it names, and answered by the first kind of
/// answer that fits — contact, claim, eligibility, schedule, figure, lookup — or said plainly not to be in them.
/// </summary>
public sealed class AnswerEngine : IAnswerEngine, IEngineTools
{
    private const int MaxHistory = 4;

    public AnswerEngine(CorpusLibrary corpus, Func<Analyzer>? analyzerFactory = null)
    {
        Corpus = corpus;
        Knowledge = new KnowledgeBase(corpus);
        _tools = new EngineTools(Knowledge);
        _ = analyzerFactory;
    }

    /// <summary>An engine over knowledge built elsewhere (a persisted index's, loading documents as questions need them).</summary>
    public AnswerEngine(CorpusLibrary corpus, KnowledgeBase knowledge)
    {
        Corpus = corpus;
        Knowledge = knowledge;
        _tools = new EngineTools(Knowledge);
    }

    public CorpusLibrary Corpus { get; }
    public KnowledgeBase Knowledge { get; }

    public static AnswerEngine FromFolder(string corpusFolder, Func<Analyzer>? analyzerFactory = null) => new(CorpusLibrary.Load(corpusFolder), analyzerFactory);

    public Answer Ask(AnswerRequest request)
    {
        if (InputGuard.Check(request) is { } rejected)
        {
            return rejected with { ConversationId = request.ConversationId };
        }
        try
        {
            var history = request.History.TakeLast(MaxHistory).Where(h => InputGuard.Check(new AnswerRequest { Question = h }) is null).ToList();
            var (answer, _) = Answer(request.Question, request.Mode == AnswerModes.FactCheck, history);
            return Locate(answer) with { Id = request.Id, Question = request.Question, ConversationId = request.ConversationId };
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or NullReferenceException)
        {
            // A question the engine misreads must still get a polite reply, never a crash.
            return InputGuard.Unreadable(request) with { ConversationId = request.ConversationId };
        }
    }

    /// <summary>
    /// Every citation gets the place of its lines in its document's own terms (page and line, table row, sheet range),
    /// and quotes the lines as the file stores them (an XLSX number as its value, not as its format shows it), so a
    /// reader of the file finds the quote.
    /// </summary>
    private Answer Locate(Answer answer) => answer.Citations.Count == 0 ? answer : answer with
    {
        Citations = [.. answer.Citations.Select(c => Corpus.Find(c.Doc) is { } document
            ? c with { Location = c.Location ?? document.LocationOf(c.Lines.From, c.Lines.To), Quote = document.QuoteAsStored(c.Lines.From, c.Lines.To, c.Quote) }
            : c)],
    };

    /// <summary>Answers a question after the turns before it: a follow-up is read against the last turn it leans on.</summary>
    private (Answer Answer, Turn Turn) Answer(string text, bool claim, IReadOnlyList<string> history)
    {
        var question = claim ? QuestionReader.ReadClaim(text) : QuestionReader.Read(text);
        Turn? previous = null;
        if (history.Count > 0)
        {
            previous = Answer(history[^1], false, history.Take(history.Count - 1).TakeLast(1).ToList()).Turn;
        }
        string? preferred = null;
        if (previous is not null && FollowUpMerger.LeansOn(question, previous, Knowledge))
        {
            var earlierDocument = previous.Focus.Document is { } name ? Knowledge.Find(name) : null;
            question = FollowUpMerger.Merge(question, previous, earlierDocument);
            preferred = previous.Focus.Document;
        }
        else
        {
            previous = null;
        }
        var documents = DocumentSelector.Select(Knowledge, question, preferred, previous);
        if (EligibilityAnswerer.Recognizes(question))
        {
            documents = EligibilityAnswerer.Prefer(documents);
        }
        if (previous is null && EachDocument.Tied(documents) is { Count: >= 2 } tied && EachDocument.Answer(tied, AnswerIn) is { } each)
        {
            var eachFinished = each.Finish();
            return (eachFinished, new Turn(question, eachFinished, each.Focus));
        }
        if (previous is null)
        {
            documents = EvidenceOrder.ClaimedFigureFirst(EvidenceOrder.Rerank(documents));
        }
        foreach (var match in documents.Take(1))
        {
            var draft = AnswerIn(previous is null ? match : new DocumentMatch(match.Document, match.Question, match.Score) { Previous = previous });
            if (draft is not null)
            {
                if (draft.Kind is not ("factcheck" or "eligibility"))
                {
                    DisagreementNote.Add(draft, match.Document);
                }
                var finished = draft.Finish();
                return (finished, new Turn(question, finished, draft.Focus));
            }
        }
        var notFound = NotFound(question, documents.FirstOrDefault());
        return (notFound, new Turn(question, notFound, new AnswerFocus { Document = documents.FirstOrDefault()?.Document.Name }));
    }

    private static AnswerDraft? AnswerIn(DocumentMatch match)
    {
        var question = match.Question;
        // "어떤 기준으로 산정됐나요": how a figure is worked out is a sentence to quote, not the figure itself.
        if (MethodAnswerer.Applies(question) && MethodAnswerer.Answer(match) is { } method)
        {
            return method;
        }
        // "…짜리 설비면 얼마 받아요?" reads like eligibility (받을 수 있어요) but asks for an amount worked out from the rules.
        if (question.Has(Asks.Amount) && SupportAmountAnswerer.Answer(match) is { } support)
        {
            return support;
        }
        // "정부지원금 5,000만원이면 마케팅엔 최대 얼마": a cap the document states as a share of the amount the asker names.
        if (ShareOfGivenAnswerer.Answer(match) is { } shareOfGiven)
        {
            return shareOfGiven;
        }
        if (EligibilityAnswerer.Recognizes(question) && (EligibilityAnswerer.Precedes(question) || !ContactAnswerer.Applies(match)) && EligibilityAnswerer.Answer(match) is { } eligibility)
        {
            return eligibility;
        }
        if (ContactAnswerer.Applies(match) && ContactAnswerer.Answer(match) is { } contact)
        {
            return contact;
        }
        if (question.IsClaim && ClaimAnswerer.Answer(match) is { } claim)
        {
            return claim;
        }
        if (OutsideDocument.Names(match) || UnwrittenMeasure.Missing(match) || UnwrittenQualifier.Missing(match))
        {
            return null;
        }
        if (TimelineAnswerer.Applies(question) && TimelineAnswerer.Answer(match) is { } timeline)
        {
            return timeline;
        }
        if (DocumentsAnswerer.Applies(question) && DocumentsAnswerer.Answer(match) is { } papers)
        {
            return papers;
        }
        if (ExclusionAnswerer.Applies(question) && ExclusionAnswerer.Answer(match) is { } excluded)
        {
            return excluded;
        }
        if (DefinitionAnswerer.Applies(question) && DefinitionAnswerer.Answer(match) is { } definition)
        {
            return definition;
        }
        var numeric = question.Has(Asks.Amount | Asks.Count | Asks.Percent | Asks.Score | Asks.Duration | Asks.Times) || question.Operation != Operation.Lookup;
        if (CaseAnswerer.Answer(match) is { } named)
        {
            return named;
        }
        if (ReasonAnswerer.Applies(question) && ReasonAnswerer.Answer(match) is { } reason)
        {
            return reason;
        }
        if (numeric && question.Operation is not (Operation.Lookup or Operation.Rank) && FigureAnswerer.Answer(match) is { } computed)
        {
            return computed;
        }
        if ((question.Has(Asks.Where | Asks.What | Asks.Count) || question.Operation == Operation.Lookup) && LookupAnswerer.Filter(match) is { } filtered)
        {
            return EntityDetail.Extend(match, filtered);
        }
        if (numeric && FigureAnswerer.Answer(match) is { } figure)
        {
            return figure;
        }
        var looked = LookupAnswerer.TextCell(match) ?? LookupAnswerer.Footnote(match) ?? PassageAnswerer.Answer(match);
        if (looked is not null && QuantityAsked.Unmet(question, looked))
        {
            return NotStated.Draft(match);
        }
        return looked is null ? null : EntityDetail.Extend(match, looked);
    }

    private static Answer NotFound(Question question, DocumentMatch? nearest) => NotStated.Draft(question, nearest).Finish();

    /// <summary>The single tools work on the document knowledge directly; their citations get locations like answers do.</summary>
    private readonly EngineTools _tools;

    public Answer SearchPassages(string query, int maxResults = 5) => Locate(_tools.SearchPassages(query, maxResults));

    public Answer ReadTableCell(string row, string column, string? table = null) => Locate(_tools.ReadTableCell(row, column, table));

    public Answer Compute(string operation, IReadOnlyList<CellReference> inputs, double? divisor = null) => Locate(_tools.Compute(operation, inputs, divisor));

    /// <summary>A situation described as a statement is asked as whether it meets the rules.</summary>
    public Answer CheckEligibility(string situation) =>
        Ask(new AnswerRequest { Question = situation.TrimEnd().EndsWith('?') ? situation : $"{situation.TrimEnd('.', ' ')}. 기준에 맞나요?" });

    public Answer VerifyClaim(string claim) => Ask(new AnswerRequest { Question = claim, Mode = AnswerModes.FactCheck });

    public Answer ListRows(string? table = null, string? filter = null) => Locate(_tools.ListRows(table, filter));
}
