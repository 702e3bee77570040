namespace Answering.Tests.Evidence;

/// <summary>
/// A column asked without naming its row, on an invented release: when every row holds the same figure, that figure is
/// the answer; when the rows differ, no one row is picked for the asker.
/// </summary>
public sealed class SameInEveryRowTests
{
    private static readonly OneDocumentEngine Engine = new("mcst-2024-07-10-library-use-release.txt");

    [Fact]
    public void A_column_with_one_figure_in_every_row_is_answered_with_it()
    {
        var answer = Engine.Ask("서점 특화 한도는 얼마예요?");

        Assert.True(answer.Answerable);
        Assert.Contains(answer.Figures, f => f.Value == 3_000 && f.Unit == "만원");
        Assert.All(answer.Figures, f => Assert.Equal(3_000, f.Value));
    }
}
