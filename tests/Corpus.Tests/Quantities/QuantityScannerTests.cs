using Corpus.Quantities;

namespace Corpus.Tests.Quantities;

public sealed class QuantityScannerTests
{
    [Theory]
    [InlineData("총 1,812억원", 1812, "억원")]
    [InlineData("1천812억원", 1812, "억원")]
    [InlineData("1,812억", 1812, "억원")]
    [InlineData("KRW 181.2 billion", 1812, "억원")]
    [InlineData("국비가 1조원이라는데", 10000, "억원")]
    [InlineData("1조 812억", 10812, "억원")]
    [InlineData("1천억 투입", 1000, "억원")]
    [InlineData("5천만원", 0.5, "억원")]
    [InlineData("5백억 정도", 500, "억원")]
    [InlineData("일자리 1천명", 1000, "명")]
    [InlineData("KRW 1 trillion", 10000, "억원")]
    [InlineData("100 billion won", 1000, "억원")]
    [InlineData("500 million won", 5, "억원")]
    [InlineData("14.5%가 늘어난", 14.5, "%")]
    [InlineData("649명의 일자리", 649, "명")]
    [InlineData("최대 면적 15km ²", 15, "km²")]
    [InlineData("13㎢", 13, "km²")]
    [InlineData("반경 20km", 20, "km")]
    [InlineData("7개년", 7, "년")]
    public void Reads_number_styles_with_their_unit(string text, double value, string unit)
    {
        var quantity = QuantityScanner.Scan(text).First();

        var expected = Units.Find(unit);
        Assert.NotNull(expected);
        Assert.True(quantity.Unit.SameFamily(expected), $"{quantity.Unit.Symbol} is not a unit of {unit}");
        Assert.Equal(value, quantity.In(expected), 6);
    }

    [Fact]
    public void Ten_thousand_tonnes_stay_in_the_unit_written()
    {
        var quantity = QuantityScanner.Scan("수요가 4.1만톤에서").Single();

        Assert.Equal(4.1, quantity.Value, 6);
        Assert.Equal("만톤", quantity.Unit.Symbol);
        Assert.Equal(41_000, quantity.In(Units.Ton), 6);
    }

    [Fact]
    public void An_article_of_a_law_is_not_money()
    {
        Assert.DoesNotContain(QuantityScanner.Scan("균형발전특별법 제18조의3"), q => q.Unit.IsMoney);
    }

    [Theory]
    [InlineData("시행령 제 3항에 따라")]
    [InlineData("「지원법」 제12조")]
    public void An_ordinal_number_is_no_amount(string text)
    {
        Assert.Empty(QuantityScanner.Scan(text));
    }

    [Fact]
    public void A_count_after_a_word_ending_in_je_is_an_amount()
    {
        var quantities = QuantityScanner.Scan("신규과제 60개에 236억원");

        Assert.Equal([60.0, 236.0], quantities.Select(q => q.Value));
        Assert.Equal(Units.Piece, quantities[0].Unit);
    }

    [Fact]
    public void Positions_point_into_the_text()
    {
        const string text = "특허 출원 5건, 논문 게재 14건";

        var quantities = QuantityScanner.Scan(text);

        Assert.Equal("5건", text.Substring(quantities[0].Start, quantities[0].Length));
        Assert.Equal("14건", text.Substring(quantities[1].Start, quantities[1].Length));
    }
}
