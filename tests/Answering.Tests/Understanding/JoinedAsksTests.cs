namespace Answering.Tests.Understanding;

/// <summary>
/// Questions that ask two figures joined as Korean joins them — "X랑 Y 알려줘", a verb's 고 between two clauses, and a topic
/// asked alone after a first question ("기간은요?") — on an invented library release.
/// </summary>
public sealed class JoinedAsksTests
{
    private static readonly OneDocumentEngine Engine = new("mcst-2024-07-10-library-use-release.txt");

    [Fact]
    public void A_measure_joined_by_rang_is_asked_by_the_request_after_it()
    {
        var answer = Engine.Ask("공공도서관 회원 수랑 1년 전 대비 증가 폭 알려줘요");

        Assert.True(answer.Answerable);
        Assert.Contains(answer.Figures, f => f.Value is 12_600 or 12_600_000);
        Assert.Contains(answer.Figures, f => f.Value is 60 or 60_000);
        // "1년 전" names the period compared with, not a figure of one year.
        Assert.DoesNotContain(answer.Figures, f => f.Unit == "년");
    }

    [Fact]
    public void Two_clauses_joined_by_a_verbs_go_are_each_answered_with_the_first_clauses_subject()
    {
        var answer = Engine.Ask("작은도서관 창업 자금은 한 기업당 얼마까지 빌릴 수 있고 대출기간은 몇 년이에요?");

        Assert.Contains(answer.Figures, f => f.Value == 2 && f.Unit == "억원");
        Assert.Contains(answer.Figures, f => f.Value == 6 && f.Unit == "년");
        // The cell's bracket qualifies its figure and is read with it.
        Assert.Contains("6년(거치 2년)", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_topic_asked_alone_after_a_question_is_asked_of_the_same_subject()
    {
        var answer = Engine.Ask("북카페 전환 자금은 기업당 한도가 얼마예요? 대출기간은요?");

        Assert.Contains(answer.Figures, f => f.Value == 1 && f.Unit == "억원");
        Assert.Contains(answer.Figures, f => f.Value == 5 && f.Unit == "년");
    }

    [Fact]
    public void Two_things_combined_by_the_last_piece_stay_one_question()
    {
        var answer = Engine.Ask("국립도서관이랑 지역대표도서관 정원 합계는?");

        Assert.Contains(answer.Figures, f => f.Value == 1_390);
    }
}
