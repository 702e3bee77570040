using Knowledge.Rules;
using Knowledge.Rules.Conditions;
using Knowledge.Rules.Scopes;

namespace Answering.Tests.Rules.Reading;

/// <summary>The rule model read from a document: bounds with what they limit, their scope, exclusions, exceptions and bands.</summary>
public sealed class RuleReaderTests
{
    private static readonly RuleBook Book = RuleDocuments.Read(RuleDocuments.Voucher).Rules;

    private static IEnumerable<Condition> Bounds => Book.Rules.SelectMany(r => r.Conditions);

    [Fact]
    public void A_bound_knows_what_it_limits_and_how()
    {
        var age = Bounds.First(c => c.Subject.Contains("업력"));
        Assert.Equal(10, age.Value);
        Assert.Equal(Comparator.AtMost, age.Comparator);
        var sales = Bounds.First(c => c.Subject.Contains("매출") && c.Value == 20);
        Assert.Equal(Comparator.AtLeast, sales.Comparator);
        Assert.Contains(ScopeWords.Small, sales.Scope.Sizes);
    }

    [Fact]
    public void A_bound_without_words_of_its_own_limits_what_the_one_before_it_limits()
    {
        var middle = Bounds.Single(c => c.Value == 200 && c.Unit.Symbol == "%");
        Assert.Contains("부채비율", middle.Subject);
        Assert.Contains(ScopeWords.Middle, middle.Scope.Sizes);
        Assert.DoesNotContain(ScopeWords.Small, middle.Scope.Sizes);
    }

    [Fact]
    public void Bullets_under_a_restriction_heading_exclude_and_their_exception_is_attached()
    {
        var debt = Book.Rules.Single(r => r.Conditions.Any(c => c.Value == 300 && c.Unit.Symbol == "%"));
        Assert.Equal(RuleForm.Consequence, debt.Form);
        Assert.Equal(Outcome.Negative, debt.Outcome);
        var exception = Assert.Single(debt.Provisos, p => p.Text.Contains("창업 2년", StringComparison.Ordinal));
        Assert.True(exception.Lifts);
        Assert.Contains(exception.When.SelectMany(w => w.Conditions), c => c.Value == 2 && c.Comparator == Comparator.AtMost);
    }

    [Fact]
    public void An_exception_with_a_bound_of_the_same_kind_replaces_it()
    {
        var staff = Book.Rules.Single(r => r.Conditions.Any(c => c.Value == 20 && c.Unit.Family == Corpus.Quantities.UnitFamily.People));
        var exception = Assert.Single(staff.Provisos);
        Assert.False(exception.Lifts);
        Assert.Equal(10, Assert.Single(exception.Replacements).Value);
    }

    [Fact]
    public void A_deadline_and_its_extension_are_read()
    {
        var agreement = Book.Rules.Single(r => r.Conditions.Any(c => c.IsDate && c.Bound.StartsWith("5월 20일", StringComparison.Ordinal)));
        Assert.Equal(RuleForm.Requirement, agreement.Form);
        Assert.Contains(agreement.Provisos, p => p.ExtensionDays == 10);
    }

    [Fact]
    public void Bounds_followed_by_if_and_an_outcome_each_are_a_band()
    {
        var bands = Book.Rules.Where(r => r.Conditions.Any(c => c.Unit.Symbol == "점")).ToList();
        Assert.Equal(3, bands.Count);
        Assert.All(bands, b => Assert.Equal(RuleForm.Consequence, b.Form));
        Assert.Contains(bands, b => b.Outcome == Outcome.Reduced && b.OutcomeText.Contains("30% 감액", StringComparison.Ordinal));
        Assert.Contains(bands, b => b.Outcome == Outcome.Negative);
    }

    [Fact]
    public void A_place_kind_named_for_one_bound_scopes_that_bound_only()
    {
        var city = Bounds.Single(c => c.Unit.IsMoney && c.Value == 5000);
        Assert.Contains(ScopeWords.City, city.Scope.PlaceKinds);
        var province = Bounds.Single(c => c.Unit.IsMoney && c.Value == 7000);
        Assert.Contains(ScopeWords.Province, province.Scope.PlaceKinds);
    }

    [Fact]
    public void A_starred_word_and_its_note_make_an_open_list()
    {
        var list = Assert.Single(Book.Lists, l => l.Head == "물류설비");
        Assert.Contains("무인운반차", list.Items);
        Assert.True(list.Open);
    }

    [Fact]
    public void An_amendment_from_one_bound_to_another_is_the_current_and_the_amended_rule()
    {
        var book = RuleDocuments.Read("""
            보도자료

            「입지 지원 지침」 개정

            ○ (면적) 최소 면적은 30만㎡ 이상에서 20만㎡ 이상으로 낮아진다.
            """).Rules;
        var bounds = book.Rules.SelectMany(r => r.Conditions).ToList();
        Assert.Equal(ScopeWords.Current, bounds.Single(c => c.Value == 30).Scope.Version);
        Assert.Equal(ScopeWords.Amended, bounds.Single(c => c.Value == 20).Scope.Version);
    }
}
