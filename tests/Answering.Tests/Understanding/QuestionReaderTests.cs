using Answering.Knowledge;
using Answering.Understanding;
using Corpus;
using Retrieval;

namespace Answering.Tests.Understanding;

public sealed class QuestionReaderTests
{
    private static readonly QuestionReader Reader = new(Knowledge());

    private static KnowledgeBase Knowledge()
    {
        var corpus = CorpusLibrary.Load(TestEngine.CorpusFolder);
        return new KnowledgeBase(corpus, new PassageIndex(corpus));
    }

    private static QuestionFrame Read(string question, params string[] history) => Reader.Read(question, history, factCheckMode: false);

    [Theory]
    [InlineData("'21년 국비", 21)]
    [InlineData("21년도 국비", 21)]
    [InlineData("2021년 국비", 21)]
    [InlineData("‘19 비R&D", 19)]
    [InlineData("What was the R&D budget in 2020?", 20)]
    public void Years_in_any_style_become_two_digit_years(string question, int year) => Assert.Equal([year], Read(question).Years);

    [Fact]
    public void A_duration_is_not_a_year() => Assert.Empty(Read("사업기간이 7년에서 10년으로 바뀐 이유").Years);

    [Theory]
    [InlineData("1·2단계 합계", new[] { 1, 2 })]
    [InlineData("1단계와 2단계를 합친", new[] { 1, 2 })]
    [InlineData("What are phases 1, 2 and 3?", new[] { 1, 2, 3 })]
    [InlineData("phase-2 funding", new[] { 2 })]
    public void Stages_are_read_in_korean_and_english(string question, int[] stages) => Assert.Equal(stages, Read(question).Stages);

    [Theory]
    [InlineData("2단계 R&D 예산", "R&D")]
    [InlineData("2단계 비R&D 예산", "비R&D")]
    [InlineData("알앤디 얼마", "R&D")]
    [InlineData("non-R&D budget", "비R&D")]
    [InlineData("국비예산 얼마", "국비")]
    [InlineData("local government funding", "지방비")]
    [InlineData("2단계 총사업비", "합계")]
    public void Budget_rows_come_from_the_tables(string question, string row) => Assert.Equal([row], Read(question).Rows);

    [Theory]
    [InlineData("몇 퍼센트 늘어난 건가요?", Operation.Growth)]
    [InlineData("얼마나 줄었나요", Operation.Growth)]
    [InlineData("총사업비 중 지방비 비중은?", Operation.Share)]
    [InlineData("14개 시도로 나누면", Operation.Divide)]
    [InlineData("일자리 1개당 얼마꼴", Operation.Divide)]
    [InlineData("매출이 몇 배", Operation.Ratio)]
    [InlineData("일자리 중 정규직은 몇 명", Operation.PercentOf)]
    [InlineData("R&D와 비R&D 차이", Operation.Difference)]
    [InlineData("그중 R&D 빼면?", Operation.Exclude)]
    [InlineData("What share of phase 2 is national?", Operation.Share)]
    public void Operations_are_recognised(string question, Operation operation) => Assert.Equal(operation, Read(question).Operation);

    [Theory]
    [InlineData("경북 클러스트 분야", "경북")]
    [InlineData("경상북도 사례", "경북")]
    [InlineData("대구광역시 과제", "대구")]
    [InlineData("What is Daegu's project?", "대구")]
    public void Regions_by_short_full_or_english_name(string question, string region) => Assert.Equal(region, Read(question).Regions.Single().Short);

    [Theory]
    [InlineData("2단계 총사업비가 1,306억원이라고 보도해도 되나요?")]
    [InlineData("특허를 8건 출원했다고 하던데 맞나요?")]
    [InlineData("Is it true that phase 1 created 649 jobs?")]
    public void Claims_are_recognised(string question) => Assert.True(Read(question).IsClaim);

    [Fact]
    public void Fact_check_mode_makes_any_text_a_claim() => Assert.True(Reader.Read("2단계 국비 1,306억원", [], factCheckMode: true).IsClaim);

    [Fact]
    public void A_follow_up_borrows_what_it_does_not_say()
    {
        var frame = Read("그거 14개 시도로 나누면 평균 얼마야?", "1단계 국비 총액 알려줘");

        Assert.True(frame.IsFollowUp);
        Assert.Equal(["국비"], frame.Rows);
        Assert.Equal([1], frame.Stages);
        Assert.Equal(Operation.Divide, frame.Operation);
    }

    [Fact]
    public void A_follow_up_keeps_what_it_says()
    {
        var frame = Read("그럼 2단계 과제는요?", "경북 클러스터 육성 분야가 뭐예요?");

        Assert.Equal("경북", frame.Regions.Single().Short);
        Assert.Equal([2], frame.Stages);
    }

    [Fact]
    public void English_amounts_in_billions_are_read_in_억원()
    {
        var frame = Read("Is it true that the phase 2 total is KRW 181.2 billion?");

        Assert.Contains(frame.Quantities, q => q.Value == 1812 && q.Unit == "억원");
    }
}
