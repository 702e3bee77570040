using System.Text.Json;
using Answering;
using Answering.Contract;
using Corpus;
using Evaluation;
using Indexing.Building;
using Indexing.Reading;
using Knowledge;
using Knowledge.Documents;
using Knowledge.Index;

namespace Indexing.Tests.Reading;

/// <summary>
/// The repository's eight documents answered from the persisted index (reopened, documents loaded from their stored
/// parse, term statistics from Lucene) give the same answers, word for word, as the engine reading the folder whole.
/// </summary>
public sealed class PersistedAnswersTests : IDisposable
{
    private readonly TestCorpus _corpus = TestCorpus.WithAllDocuments();

    [Fact]
    public void Every_gold_question_is_answered_exactly_as_without_the_index()
    {
        var whole = new AnswerEngine(CorpusLibrary.Load(_corpus.Folder));
        CorpusIndexer.Update(_corpus.Folder, _corpus.Data);
        using var index = CorpusIndex.Open(_corpus.Folder, _corpus.Data);
        var corpus = new CorpusLibrary(index);
        var persisted = new AnswerEngine(corpus, new KnowledgeBase(corpus, index));
        var questions = Directory.EnumerateFiles(TestCorpus.Suite, "*.jsonl").Append(Path.Combine(AppContext.BaseDirectory, "Eval", "dev.jsonl"))
            .SelectMany(GoldSet.Read).ToList();

        var differences = questions
            .Select(q => new AnswerRequest { Question = q.Question, History = q.Context })
            .Select(r => (r.Question, Whole: Json(whole.Ask(r)), Persisted: Json(persisted.Ask(r))))
            .Where(a => a.Whole != a.Persisted)
            .Select(a => $"{a.Question}\n  whole:     {a.Whole}\n  persisted: {a.Persisted}")
            .ToList();

        Assert.True(questions.Count > 300);
        Assert.Empty(differences);
    }

    [Fact]
    public void Document_frequencies_from_the_index_are_the_engines()
    {
        var documents = CorpusLibrary.Load(_corpus.Folder).Parsed.Select(p => new DocumentKnowledge(p)).ToList();
        var whole = new KnowledgeBase(documents);
        CorpusIndexer.Update(_corpus.Folder, _corpus.Data);
        using var index = CorpusIndex.Open(_corpus.Folder, _corpus.Data);

        var terms = documents.SelectMany(d => d.Vocabulary).Distinct().ToList();

        Assert.Equal(terms.Select(whole.DocumentFrequency), terms.Select(index.DocumentFrequency));
        Assert.All(documents, d => Assert.True(d.Vocabulary.SetEquals(DocumentTerms.Read(d.Document).Vocabulary), d.Name));
    }

    private static string Json(Answer answer) => JsonSerializer.Serialize(answer with { ElapsedMs = 0 }, AnswerJson.Options);

    public void Dispose() => _corpus.Dispose();
}
