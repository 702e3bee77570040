using Answering.Understanding;

namespace Answering.Tests.Understanding;

public sealed class AskedMeasureTests
{
    [Theory]
    [InlineData("선정 컨소시엄들의 민간부담금 총액은 얼마예요?", "민간부담금")]
    [InlineData("세종 민간 부담금 얼마로 나와 있어?", "민간")]
    [InlineData("7월 반도체 수입액은 얼마예요?", "수입액")]
    [InlineData("작년 지원사업 경쟁률은 얼마였어요?", "경쟁률")]
    [InlineData("수혜기업들의 수출 증가액 합계는 얼마예요?", "증가액")]
    public void The_noun_phrase_before_the_question_word_is_the_measure(string question, string term)
    {
        Assert.Contains(term, AskedMeasure.Terms(QuestionReader.Read(question)));
    }

    [Theory]
    [InlineData("운영요령 개정에 드는 예산은 얼마예요?")]
    [InlineData("다른 시도에서 온 사람 비율이 얼마나 돼요?")]
    [InlineData("이 사업 언제 끝나요?")]
    public void Words_that_only_say_how_a_figure_is_counted_name_no_measure(string question)
    {
        Assert.Empty(AskedMeasure.Terms(QuestionReader.Read(question)));
    }

    [Fact]
    public void English_names_the_measure_after_how_much_and_not_the_programme_before_it()
    {
        var terms = AskedMeasure.Terms(QuestionReader.Read("In the regional programme call, how much national funding does the ministry put in?"));

        Assert.Contains("국비", terms);
        Assert.DoesNotContain("공고", terms);
        Assert.DoesNotContain(terms, t => t.All(char.IsAscii));
    }

    [Fact]
    public void A_year_of_a_multi_year_project_is_a_period_not_a_measure() =>
        Assert.DoesNotContain("차년", AskedMeasure.Terms(QuestionReader.Read("선도형 1차년도 예산은 얼마예요?")));

    [Theory]
    [InlineData("수산식품 수출 가공거점 12곳 지방비 총액은 얼마예요?", Corpus.Quantities.UnitFamily.Won)]
    [InlineData("7월 반도체 수입액은 얼마예요?", Corpus.Quantities.UnitFamily.Won)]
    [InlineData("작년 지원사업 경쟁률은 얼마였어요?", Corpus.Quantities.UnitFamily.Percent)]
    [InlineData("광역시는 국비를 몇 %까지 받을 수 있어?", Corpus.Quantities.UnitFamily.None)]
    [InlineData("경북센터 종합 점수는 얼마예요?", Corpus.Quantities.UnitFamily.Score)]
    public void The_measure_words_name_the_kind_of_quantity_asked(string question, Corpus.Quantities.UnitFamily family)
    {
        Assert.Equal(family, AskedMeasure.Family(QuestionReader.Read(question)));
    }

    [Theory]
    [InlineData("수출바우처 지원 기업 수는 몇 곳으로 늘어요?", true)]
    [InlineData("유공자 표창은 몇 명이 받았나요?", true)]
    [InlineData("국비를 몇 %까지 받을 수 있어?", false)]
    [InlineData("수출바우처 예산은 얼마예요?", false)]
    public void Counting_things_or_people_is_told_from_other_quantities(string question, bool counts)
    {
        Assert.Equal(counts, AskedMeasure.CountsThings(QuestionReader.Read(question)));
    }
}
