using KernelPlugins.Grounding;

namespace KernelPlugins.Tests.Grounding;

public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("총 1,812억원을 투입합니다", 181_200_000_000d)]
    [InlineData("총 1812억 원", 181_200_000_000d)]
    [InlineData("총 1,812 억원", 181_200_000_000d)]
    [InlineData("KRW 181.2 billion in total", 181_200_000_000d)]
    [InlineData("1조 812억원", 1_081_200_000_000d)]
    [InlineData("1천8백억원", 180_000_000_000d)]
    [InlineData("팔백억원", 80_000_000_000d)]
    [InlineData("3만원", 30_000d)]
    public void Reads_amounts_of_money_in_won(string text, double won)
    {
        var mention = Assert.Single(NumberReader.Read(text));

        Assert.Equal(NumberKind.Money, mention.Kind);
        Assert.Equal(won, mention.Value, 1e-3);
    }

    [Theory]
    [InlineData("14.5%가 늘었습니다", 14.5)]
    [InlineData("14.5 퍼센트", 14.5)]
    [InlineData("grew by 14.5 percent", 14.5)]
    public void Reads_percentages(string text, double percent)
    {
        var mention = Assert.Single(NumberReader.Read(text));

        Assert.Equal(NumberKind.Percent, mention.Kind);
        Assert.Equal(percent, mention.Value, 1e-9);
    }

    [Fact]
    public void Citation_markers_are_not_numbers()
    {
        Assert.Empty(NumberReader.Read("근거는 보도자료입니다 [1][2, 3]"));
    }

    [Fact]
    public void A_telephone_number_is_one_number()
    {
        var mention = Assert.Single(NumberReader.Read("문의: 044-203-4410"));

        Assert.Equal(NumberKind.Phone, mention.Kind);
        Assert.Equal("0442034410", NumberReader.PhoneDigits(mention.Text));
    }

    [Theory]
    [InlineData("2단계 사업", true)]
    [InlineData("the 2nd phase", true)]
    [InlineData("phase 3 starts", true)]
    [InlineData("1. 첫째 항목", true)]
    [InlineData("1·2단계 기준", true)]
    [InlineData("1, 2단계 기준", true)]
    [InlineData("일자리 649명", false)]
    [InlineData("14개 시도", false)]
    public void Recognises_ordinals(string text, bool ordinal)
    {
        Assert.Equal(ordinal, NumberReader.Read(text)[0].IsOrdinal);
    }

    [Fact]
    public void Reads_every_number_of_a_table_row()
    {
        var values = NumberReader.Read("R&D\t150\t420\t420\t990\t630\t504\t1,134\t2,124\t미정").Select(m => m.Written);

        Assert.Equal([150d, 420, 420, 990, 630, 504, 1134, 2124], values);
    }

    [Theory]
    [InlineData("1.8조원", 2)]
    [InlineData("1조원", 1)]
    [InlineData("1,812억원", 4)]
    public void Counts_the_significant_digits_written(string text, int digits)
    {
        Assert.Equal(digits, Assert.Single(NumberReader.Read(text)).SignificantDigits);
    }
}
