using Answering.Understanding;
using Knowledge.Dates;

namespace Answering.Tests.Understanding;

/// <summary>A schedule question is read for the shape of date it wants and whether it asks where; its parts keep their names whole.</summary>
public sealed class ScheduleAskTests
{
    [Fact]
    public void From_when_until_when_and_the_closing_hour_ask_for_a_span_an_end_and_an_hour()
    {
        var ask = ScheduleAsk.Read(QuestionReader.Read("접수는 언제부터 언제까지고 어디로 내요? 마감 시간도요"));

        Assert.True(ask.Shapes.HasFlag(DateShape.Span));
        Assert.True(ask.Shapes.HasFlag(DateShape.End));
        Assert.True(ask.Shapes.HasFlag(DateShape.Hour));
        Assert.True(ask.Place);
    }

    [Fact]
    public void A_plain_when_asks_for_no_shape_and_no_place()
    {
        var ask = ScheduleAsk.Read(QuestionReader.Read("성과 공유대회는 언제 열렸나요?"));

        Assert.Equal(DateShape.None, ask.Shapes);
        Assert.False(ask.Place);
    }

    [Fact]
    public void How_to_file_asks_where_it_is_handed_in()
    {
        Assert.True(ScheduleAsk.Read(QuestionReader.Read("What is the deadline for appealing, and how do centers file an appeal?")).Place);
    }

    [Fact]
    public void A_line_writes_its_span_start_end_and_hour()
    {
        const string line = "□ (접수기간) '24.3.11(월) ~ 3.22(금) 18:00까지, 범부처통합연구지원시스템(IRIS)으로만 접수";
        var shape = DateShapes.Of(line, DateScanner.Scan(line));

        Assert.Equal(DateShape.Span | DateShape.Start | DateShape.End | DateShape.Hour, shape);
        Assert.True(Knowledge.Language.Venues.Written(line));
    }

    [Fact]
    public void A_start_with_no_end_is_a_start_only()
    {
        const string line = "지원기업 모집 공고('22.4.1~) → 사업비 교부('22.4월)";

        Assert.Equal(DateShape.Start, DateShapes.Of(line, DateScanner.Scan(line)));
    }

    [Fact]
    public void A_noun_ending_in_gwa_is_not_cut_as_a_joint()
    {
        var parts = Parts.Split(new Answering.Documents.DocumentMatch(SuiteEngine.Engine.Knowledge.Documents[0],
            QuestionReader.Read("소부장 공정혁신 성과 공유대회는 언제, 어디서 열렸나요?"), 1));

        Assert.DoesNotContain(parts, p => p.Question.Text.EndsWith('성'));
    }

    [Fact]
    public void A_part_is_about_its_topic_less_the_thing_it_asks_of_it()
    {
        var topic = Parts.TopicOf(QuestionReader.Read("통합실증형 과제는 중간 평가"));

        Assert.Contains("통합실증형", topic);
        Assert.DoesNotContain("평가", topic);
    }
}
