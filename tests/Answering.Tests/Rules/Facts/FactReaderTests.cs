using Answering.Rules.Facts;
using Corpus.Quantities;
using Knowledge.Rules.Conditions;
using Knowledge.Rules.Scopes;

namespace Answering.Tests.Rules.Facts;

/// <summary>The asker's facts read from a question: amounts with what they count, dates, place kinds, size, denials.</summary>
public sealed class FactReaderTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Voucher = RuleDocuments.Read(RuleDocuments.Voucher);

    private static AskerFacts Read(string question) => FactReader.Read(RuleDocuments.Match(Voucher, question));

    [Fact]
    public void An_amount_knows_the_words_before_it()
    {
        var facts = Read("저희는 업력 8년된 중소기업이고 작년매출 45억원, 직원이 7명뿐인데 신청 가능한가요?");

        Assert.Contains(facts.Numbers, f => f.Value == 8 && f.Unit == Units.Year && f.Subject.Contains("업력"));
        Assert.Contains(facts.Numbers, f => f.Value == 45 && f.Unit == Units.HundredMillionWon && f.Subject.Any(s => s.Contains("매출", StringComparison.Ordinal)));
        Assert.Contains(facts.Numbers, f => f.Value == 7 && f.Subject.Contains("종업원"));
        Assert.Equal([ScopeWords.Small], facts.Sizes);
    }

    [Fact]
    public void Ages_times_and_month_ends_are_facts()
    {
        var facts = Read("만 41세이고 2번 지원받았는데 12월 말에 착수해도 되나요?");

        Assert.Contains(facts.Numbers, f => f.Value == 41 && f.Unit == RuleAmounts.Age);
        Assert.Contains(facts.Numbers, f => f.Value == 2 && f.Unit.Symbol == "회");
        Assert.Contains(facts.Numbers, f => f.Unit == RuleAmounts.Date && f.Written == "12월 말");
    }

    [Theory]
    [InlineData("대전에 있는 기업인데 신청 가능한가요?", "광역시")]
    [InlineData("강원도에 있는 기업인데 신청 가능한가요?", "도")]
    [InlineData("충북 소재 기업인데 신청 가능한가요?", "도")]
    public void A_named_region_gives_its_kind_of_place(string question, string kind) => Assert.Equal([kind], Read(question).PlaceKinds);

    [Fact]
    public void A_designation_the_asker_denies_is_false_and_one_said_both_ways_is_open()
    {
        Assert.False(Read("인구감소지역은 아닙니다. 신청 가능한가요?").Designation("인구감소지역"));
        Assert.True(Read("지구 전체가 인구감소지역이에요. 신청 가능한가요?").Designation("인구감소지역"));
        Assert.Null(Read("인구감소지역이 아닌 시와 인구감소지역인 군에 걸쳐 있어요. 신청 가능한가요?").Designation("인구감소지역"));
    }

    [Fact]
    public void Two_dates_give_the_time_between_them()
    {
        var facts = Read("7월 12일에 협약했고 착수가 12월 말이 될 것 같은데 괜찮을까요?");

        var gap = Assert.Single(facts.Numbers, f => f.Unit == Units.Month);
        Assert.InRange(gap.Value, 5.5, 5.8);
        Assert.Contains("협약", gap.From);
    }
}
