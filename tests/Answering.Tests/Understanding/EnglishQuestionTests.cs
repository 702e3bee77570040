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

    [Fact]
    public void An_amount_with_a_decimal_point_is_not_a_year()
    {
        Assert.Empty(QuestionReader.Read("Is it true that exports reached 2024.5 billion dollars?").Years);
    }

    [Fact]
    public void General_programme_words_are_read_in_korean()
    {
        var question = QuestionReader.Read("How many new spaces will be built and what is the fine for a violation?");

        Assert.True(question.IsEnglish);
        Assert.Contains("신규", question.Text);
        Assert.Contains("공간", question.Terms);
        Assert.Contains("과태료", question.Terms);
    }
}
