using Answering.Understanding;
using Indexing.Building;
using Indexing.Reading;
using Knowledge.Index;

namespace Indexing.Tests.Reading;

/// <summary>
/// Among many copies of the suite documents, each with a name of its own before its title and programme names, a
/// question that names one copy gets that copy among its few candidates; a question naming no copy still gets at most
/// the limit.
/// </summary>
public sealed class CandidateTests : IDisposable
{
    private const int Copies = 140;
    private const int Limit = 16;
    private static readonly string[] Nouns = ["나무", "구름", "바다", "하늘", "노을", "바람", "마루", "들판"];

    private readonly TestCorpus _corpus = new();
    private readonly List<(string File, string Name)> _copies = [];

    public CandidateTests()
    {
        var templates = Directory.EnumerateFiles(TestCorpus.Suite, "*.txt").Order(StringComparer.Ordinal).ToList();
        var names = (from a in Nouns from b in Nouns from c in Nouns where a != b && b != c && a != c select a + b + c).ToList();
        for (var i = 0; i < Copies; i++)
        {
            var template = templates[i % templates.Count];
            var file = $"copy-{i:D3}-{Path.GetFileName(template)}";
            var lines = File.ReadAllLines(template).Select(l => l.Replace("「", $"「{names[i]} ", StringComparison.Ordinal));
            File.WriteAllLines(_corpus.PathOf(file), lines);
            _copies.Add((file, names[i]));
        }
        CorpusIndexer.Update(_corpus.Folder, _corpus.Data);
    }

    [Theory]
    [InlineData(1, "선도형은 과제당 정부지원 한도가 총 얼마이고, 최대 몇 년까지 지원하나요?")]
    [InlineData(60, "이 사업의 신청 기간은 언제까지인가요?")]
    [InlineData(101, "대상을 받은 기업은 어디인가요?")]
    [InlineData(139, "담당 부서 연락처 알려주세요")]
    public void A_question_naming_one_copy_finds_it_among_few_candidates(int copy, string question)
    {
        using var index = CorpusIndex.Open(_corpus.Folder, _corpus.Data);
        var (file, name) = _copies[copy];

        var candidates = index.Candidates(Query($"{name} 사업 {question}"), Limit);

        Assert.Contains(file, candidates);
        Assert.True(candidates.Count < 10, $"{candidates.Count} candidates: {string.Join(", ", candidates)}");
    }

    [Fact]
    public void A_question_naming_no_copy_gets_at_most_the_limit_in_corpus_order()
    {
        using var index = CorpusIndex.Open(_corpus.Folder, _corpus.Data);

        var candidates = index.Candidates(Query("담당 부서 연락처 알려주세요"), Limit);

        Assert.Equal(Limit, candidates.Count);
        Assert.Equal(candidates.Order(StringComparer.Ordinal), candidates);
    }

    [Fact]
    public void A_name_two_of_whose_terms_are_in_the_question_is_found_by_the_naming_look_up()
    {
        using var index = CorpusIndex.Open(_corpus.Folder, _corpus.Data);
        var name = _copies[7].Name;

        Assert.True(index.AnyNamedBy(QuestionReader.Read($"{name} 소부장 공정혁신 사업은요?").Terms, 2));
        Assert.False(index.AnyNamedBy(QuestionReader.Read("김치찌개 끓이는 법").Terms, 2));
    }

    private static DocumentQuery Query(string text)
    {
        var question = QuestionReader.Read(text);
        return new DocumentQuery(question.Terms, question.Compact, question.Years) { Slack = 3 };
    }

    public void Dispose() => _corpus.Dispose();
}
