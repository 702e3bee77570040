using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using WebChat.Feedback;

namespace WebChat.Tests.Feedback;

public sealed class FeedbackEndpointsTests : IAsyncLifetime
{
    private readonly TempFolder _data = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["WebChat:DataFolder"] = _data.Path },
            app => app.MapFeedback());
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _data.Dispose();
    }

    private string LogFile => Path.Combine(_data.Path, "feedback.jsonl");

    [Fact]
    public async Task A_rating_is_stored_in_the_data_folder()
    {
        var response = await _client.PostAsJsonAsync("/api/feedback", new
        {
            id = "f1", conversationId = "c1", question = "<script>alert(1)</script> 예산은?", answer = "1,134억원입니다. [1]", rating = "down", comment = "출처가 궁금해요",
        });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var entry = Assert.Single(FeedbackLog.Read(LogFile).Entries);
        Assert.Equal(FeedbackKinds.Rating, entry.Kind);
        Assert.Equal("f1", entry.Id);
        Assert.Equal("c1", entry.ConversationId);
        Assert.Equal("<script>alert(1)</script> 예산은?", entry.Question);
        Assert.Equal(Ratings.Down, entry.Rating);
        Assert.Equal("출처가 궁금해요", entry.Comment);
    }

    public static TheoryData<string, string> BadFeedback => new()
    {
        { """{"question":"예산은?","rating":"meh"}""", "'up' 또는 'down'" },
        { """{"question":"   ","rating":"up"}""", "어떤 질문에 대한 평가인지" },
        { """{"rating":"up"}""", "어떤 질문에 대한 평가인지" },
        { $$"""{"question":"예산은?","rating":"up","comment":"{{new string('가', 1001)}}"}""", "의견은 1,000자까지" },
        { $$"""{"question":"{{new string('가', 2001)}}","rating":"up"}""", "질문은 2,000자까지" },
        { "{\"question\": \"예산", "JSON 형식" },
        { "null", "비어 있어요" },
        { "[1,2,3]", "JSON 형식" },
    };

    [Theory]
    [MemberData(nameof(BadFeedback))]
    public async Task Bad_feedback_gets_a_polite_400_and_is_not_stored(string body, string expectedDetail)
    {
        var response = await _client.PostAsync("/api/feedback", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(expectedDetail, problem.GetProperty("detail").GetString());
        Assert.False(File.Exists(LogFile));
    }

    [Fact]
    public async Task Feedback_that_is_not_JSON_gets_a_polite_400()
    {
        var response = await _client.PostAsync("/api/feedback", new ByteArrayContent([0xff, 0x00, 0xfe, 0x01]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("JSON 형식", problem.GetProperty("detail").GetString());
    }
}
