using Answering.Understanding;

namespace Answering.Tests.Understanding;

/// <summary>English questions are read into the Korean pipeline: years before punctuation, programme words in Korean.</summary>
public sealed class EnglishQuestionTests
{
    [Theory]
    [InlineData("How much national funding is allocated in 2025, and how many new spaces will be built?", 2025)]
    [InlineData("What was the budget in 2023.", 2023)]
    [InlineData("Budget for 2024?", 2024)]
    public void A_year_followed_by_punctuation_is_still_a_year(string question, int year)
    {
        Assert.Contains(year, QuestionReader.Read(question).Years);
    }

    [Theory]
    [InlineData("We registered the business 9 months ago. Can we apply?", "사업자등록 9개월 전")]
    [InlineData("We have no root-industry certificate, can we apply?", "없음")]
    [InlineData("Can I apply for the Global type of the voucher?", "글로벌형")]
    [InlineData("Does the proposal put more than 6 trillion won into R&D?", "6 조원 이상")]
    [InlineData("Can VAT be paid with the voucher?", "부가가치세")]
    public void Eligibility_words_are_read_as_korean_writes_them(string question, string korean) =>
        Assert.Contains(korean, QuestionReader.Read(question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("What is the voucher base fee (바우처 기본수수료) for Q2 2026?", "바우처 기본수수료", "거점")]
    [InlineData("What falls under 'other operating accounts' (기타 운영계정), and how much is it?", "기타 운영계정", "감소")]
    [InlineData("In the May 2026 library trends (도서관 동향), what was the visit rate for ages 20-39?", "20~39세", "trends")]
    [InlineData("What grade did the Gangwon reading support center (독서지원센터) get?", "강원", "reading")]
    public void A_korean_term_beside_its_english_is_read_in_place_of_the_english(string question, string korean, string absent)
    {
        var text = QuestionReader.Read(question).Text;

        Assert.Contains(korean, text, StringComparison.Ordinal);
        Assert.DoesNotContain(absent, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What was the rate in Q1 2025?")]
    [InlineData("What was the rate in the first quarter of 2025?")]
    public void A_quarter_is_read_as_korean_writes_it(string question) =>
        Assert.Contains("1분기", QuestionReader.Read(question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("What did the minister say about concentration in the Seoul metropolitan area?")]
    [InlineData("How many firms are outside the Seoul capital area?")]
    public void A_phrase_holding_a_region_name_is_read_whole(string question)
    {
        var read = QuestionReader.Read(question);

        Assert.Contains("수도권", read.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(read.Regions, r => r.Short == "서울");
    }

    [Fact]
    public void An_amount_with_a_decimal_point_is_not_a_year()
    {
        Assert.Empty(QuestionReader.Read("Is it true that exports reached 2024.5 billion dollars?").Years);
    }

    [Theory]
    [InlineData("What will an S-grade center receive?", "S등급")]
    [InlineData("Which centers got grade D?", "D등급")]
    public void A_letter_grade_is_read_as_korean_writes_it(string question, string grade) =>
        Assert.Contains(grade, QuestionReader.Read(question).Text, StringComparison.Ordinal);

    [Fact]
    public void Billions_of_dollars_asked_is_the_unit_of_the_answer() =>
        Assert.Equal(Corpus.Quantities.Units.BillionDollar, QuestionReader.Read("How large was the trade surplus in July, in billions of US dollars, according to the release?").TargetUnit);

    [Fact]
    public void General_programme_words_are_read_in_korean()
    {
        var question = QuestionReader.Read("How many new spaces will be built and what is the fine for a violation?");

        Assert.True(question.IsEnglish);
        Assert.Contains("신규", question.Text);
        Assert.Contains("공간", question.Terms);
        Assert.Contains("과태료", question.Terms);
    }

    [Theory]
    [InlineData("How many insured workers aged 60 and over were there?", "피보험자")]
    [InlineData("How much was paid in job-seeking benefits?", "구직급여")]
    [InlineData("Which kinds of equipment are not supported by the smart logistics programme?", "물류")]
    [InlineData("What share of the cost is covered for a small business owner?", "소상공인")]
    [InlineData("Can a restaurant business apply?", "음식점업")]
    public void Words_of_statistics_and_support_calls_are_read_in_korean(string question, string term)
    {
        Assert.Contains(term, QuestionReader.Read(question).Terms);
    }

    [Theory]
    [InlineData("How many insured workers aged 60 and over were there?", "60세 이상")]
    [InlineData("Have those aged 29 and under been declining?", "29세 이하")]
    [InlineData("Is a founder aged 35 eligible?", "35세")]
    public void Ages_are_written_as_korean_writes_them(string question, string korean)
    {
        Assert.Contains(korean, QuestionReader.Read(question).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Will the hubs receive national funding for five years?", "5년간")]
    [InlineData("Did the center score above 90?", "90 초과")]
    [InlineData("Can a large company receive up to 50% of the costs?", "50% 이하")]
    [InlineData("Do tenants pay market-rate rent?", "시세 100%")]
    [InlineData("Does chemically recycled material count in full?", "전액")]
    [InlineData("Does the number of sites rise from 21 to 50?", "21에서 50로")]
    [InlineData("Must companies finish installing by November 30?", "11월 30일까지")]
    [InlineData("Is the deadline 30 November?", "11월 30일")]
    public void Numbers_and_bounds_are_written_as_korean_writes_them(string question, string korean)
    {
        Assert.Contains(korean, QuestionReader.Read(question).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bound_before_a_year_span_is_not_moved()
    {
        var text = QuestionReader.Read("How much investment was attracted in total over 2019-2023?").Text;

        Assert.Contains("2019년~2023년", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phrase_in_the_plural_is_read_as_the_phrase()
    {
        var question = QuestionReader.Read("How many of the new spaces are in population-decline areas?");

        Assert.Contains("인구감소지역", question.Text, StringComparison.Ordinal);
    }
}
