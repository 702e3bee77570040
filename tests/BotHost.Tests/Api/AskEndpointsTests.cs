using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Answering.Contract;
using Answering.Conversations;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Api;

public sealed class AskEndpointsTests(BotHostFactory factory) : IClassFixture<BotHostFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> BadBodies => new()
    {
        { "empty question", """{"question": ""}""" },
        { "white space only", """{"question": "   \n\t "}""" },
        { "missing question", """{"conversationId": "c-1"}""" },
        { "10,000 characters", JsonSerializer.Serialize(new { question = new string('가', 10_000) }) },
        { "control characters", JsonSerializer.Serialize(new { question = "\u0000\u0001\u0002\u0003" }) },
        { "Lucene query syntax", """{"question": "R&D (*?"}""" },
        { "a lone wildcard", """{"question": "*"}""" },
        { "script markup", """{"question": "<script>alert(1)</script>"}""" },
        { "invalid JSON", """{"question": """ },
        { "JSON of the wrong shape", """["question"]""" },
        { "unknown mode", """{"question": "2단계 예산은?", "mode": "shout"}""" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_gets_400_with_a_polite_Korean_message(string name, string body)
    {
        using var response = await _client.PostAsync("/api/ask", new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertPoliteBadRequest(response, name);
    }

    [Fact]
    public async Task Binary_bytes_get_400_with_a_polite_Korean_message()
    {
        var content = new ByteArrayContent([0x00, 0xFF, 0xFE, 0x01, 0x80, 0xC3]);
        content.Headers.ContentType = new("application/json");

        using var response = await _client.PostAsync("/api/ask", content);

        await AssertPoliteBadRequest(response, "binary");
    }

    [Fact]
    public async Task A_question_gets_the_answer_object_with_a_new_conversation()
    {
        using var response = await _client.PostAsJsonAsync("/api/ask", new { question = "2단계 R&D 예산 총액이 얼마인가요?" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<Answer>(AnswerJson.Options);
        Assert.NotNull(answer);
        Assert.Equal("2단계 R&D 예산 총액이 얼마인가요?", answer.Question);
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
        Assert.False(string.IsNullOrWhiteSpace(answer.ConversationId));
        Assert.Equal(Producers.Engine, answer.ProducedBy);
    }

    [Fact]
    public async Task The_answer_json_keeps_the_contract_field_names()
    {
        using var response = await _client.PostAsJsonAsync("/api/ask", new { question = "추가 취재는 누구한테 연락하면 되나요?", id = "q-1" });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        foreach (var field in new[] { "id", "question", "answer", "language", "kind", "answerable", "verdict", "eligible", "figures", "citations", "followUps", "producedBy", "conversationId", "elapsedMs" })
        {
            Assert.True(json.RootElement.TryGetProperty(field, out _), $"missing field {field}");
        }
        Assert.Equal("q-1", json.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_follow_up_whose_conversation_cannot_be_read_is_answered_as_new_and_says_so_politely()
    {
        var client = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<IConversationHistory>(new UnreachableHistory()))).CreateClient();

        var followUp = await (await client.PostAsJsonAsync("/api/ask", new { question = "그거 14개 시도로 나누면 평균 얼마야?", conversationId = "c-outage" })).Content.ReadFromJsonAsync<Answer>(AnswerJson.Options);
        var english = await (await client.PostAsJsonAsync("/api/ask", new { question = "What share of phase-2 funding is national?", conversationId = "c-outage" })).Content.ReadFromJsonAsync<Answer>(AnswerJson.Options);
        var fresh = await (await client.PostAsJsonAsync("/api/ask", new { question = "1단계 국비 총액 알려줘" })).Content.ReadFromJsonAsync<Answer>(AnswerJson.Options);

        Assert.EndsWith(HistoryNotice.Korean, followUp!.Text);
        Assert.EndsWith(HistoryNotice.English, english!.Text);
        Assert.DoesNotContain(HistoryNotice.Korean, fresh!.Text);
    }

    private sealed class UnreachableHistory : IConversationHistory
    {
        public ValueTask<ConversationRecall> GetAsync(string conversationId, CancellationToken cancellationToken = default) => ValueTask.FromResult(ConversationRecall.Unavailable);

        public ValueTask<bool> AppendAsync(string conversationId, string question, CancellationToken cancellationToken = default) => ValueTask.FromResult(false);
    }

    private static async Task AssertPoliteBadRequest(HttpResponseMessage response, string name)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        var detail = json.RootElement.GetProperty("detail").GetString() ?? "";
        Assert.Contains(detail, c => c is >= '가' and <= '힣');
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }
}
