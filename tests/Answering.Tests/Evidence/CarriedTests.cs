using Answering.Evidence;

namespace Answering.Tests.Evidence;

public sealed class CarriedTests
{
    [Fact]
    public void A_term_keeps_its_highest_credit_capped_at_one()
    {
        var carried = new Carried();

        carried.Add("국비", 0.5);
        carried.Add("국비", 1.6);
        carried.Add("국비", 0.8);
        carried.Add("지방비", 0);

        Assert.Equal(1, carried.Credit("국비"));
        Assert.False(carried.Has("지방비"));
        Assert.Equal(0, carried.Credit("민간"));
    }

    [Fact]
    public void Many_terms_are_kept_as_few_are()
    {
        var carried = new Carried();
        var terms = Enumerable.Range(0, 40).Select(i => $"용어{i}").ToList();

        foreach (var (term, i) in terms.Select((t, i) => (t, i)))
        {
            carried.Add(term, (i % 10 + 1) / 10.0);
        }
        carried.Add("용어3", 0.2);
        carried.Add("용어3", 0.9);

        Assert.Equal(40, carried.Terms.Count());
        Assert.Equal(0.9, carried.Credit("용어3"), 6);
        Assert.Equal(0.1, carried.Credit("용어30"), 6);
        Assert.True(carried.Has("용어39"));
    }
}
