using Answering.Contract;
using Newtonsoft.Json.Linq;
using Teams.Cards;
using Teams.Tests.Support;

namespace Teams.Tests.Cards;

public sealed class AnswerReplyTests
{
    [Fact]
    public void Each_citation_becomes_a_claim_at_its_marker_position()
    {
        var answer = SampleAnswers.Budget("q") with
        {
            Citations = [.. SampleAnswers.Budget("q").Citations, new Citation { Doc = "other.txt", Lines = new LineRange(3, 5), Quote = "둘째 근거" }],
        };

        var claims = Claims(AnswerReply.Create(answer).Entities.Single());

        Assert.Equal([1, 2], claims.Select(claim => claim.Value<int>("position")));
        Assert.Equal("other.txt 3-5행", claims[1]["appearance"]!.Value<string>("name"));
    }

    [Fact]
    public void A_long_quote_is_shortened_to_what_Teams_shows()
    {
        var answer = SampleAnswers.Budget("q") with
        {
            Citations = [new Citation { Doc = "long.txt", Lines = LineRange.Single(1), Quote = new string('가', 400) }],
        };

        var summary = Claims(AnswerReply.Create(answer).Entities.Single()).Single()["appearance"]!.Value<string>("abstract")!;

        Assert.Equal(160, summary.Length);
        Assert.EndsWith("…", summary);
    }

    [Fact]
    public void The_reply_text_is_the_answer_with_its_markers_in_the_question_s_locale()
    {
        var reply = AnswerReply.Create(SampleAnswers.Budget("q") with { Language = "en", Text = "It grew by 14.5%. [1]" });

        Assert.Equal("It grew by 14.5%. [1]", reply.Text);
        Assert.Equal("en-US", reply.Locale);
    }

    private static List<JObject> Claims(Microsoft.Bot.Schema.Entity entity) => [.. ((JArray)entity.Properties["citation"]!).Children<JObject>()];
}
