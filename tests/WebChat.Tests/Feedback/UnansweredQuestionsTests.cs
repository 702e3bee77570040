using System.Net.Http.Json;
using Answering.Contract;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.TestHost;
using WebChat.Feedback;

namespace WebChat.Tests.Feedback;

public sealed class UnansweredQuestionsTests : IAsyncLifetime
{
    private readonly TempFolder _data = new();
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["WebChat:DataFolder"] = _data.Path },
            app => app.MapPost("/api/ask", Answer).RecordUnansweredQuestions());
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _data.Dispose();
    }

    // Shaped like the host's /api/ask: a union of the answer and a problem.
    private static Results<Ok<Answer>, ProblemHttpResult> Answer(AnswerRequest request) => request.Question switch
    {
        "" => TypedResults.Problem("질문이 비어 있어요.", statusCode: 400),
        _ => TypedResults.Ok(new Answer
        {
            Question = request.Question,
            Text = request.Mode == "unanswerable" ? "문서에 없는 내용이에요." : "1,134억원입니다.",
            Language = "ko",
            Kind = request.Mode == "unanswerable" ? "out_of_scope" : "figure",
            Answerable = request.Mode != "unanswerable",
            ConversationId = request.ConversationId,
        }),
    };

    [Fact]
    public async Task Only_the_questions_the_documents_did_not_answer_are_recorded()
    {
        var client = _app.GetTestClient();

        await client.PostAsJsonAsync("/api/ask", new { question = "2단계 예산은?", mode = "chat" });
        await client.PostAsJsonAsync("/api/ask", new { question = "서울시 담당자 연락처는?", mode = "unanswerable", conversationId = "c7" });
        await client.PostAsJsonAsync("/api/ask", new { question = "" });

        var entry = Assert.Single(FeedbackLog.Read(Path.Combine(_data.Path, "feedback.jsonl")).Entries);
        Assert.Equal(FeedbackKinds.Unanswered, entry.Kind);
        Assert.Equal("서울시 담당자 연락처는?", entry.Question);
        Assert.Equal("out_of_scope", entry.AnswerKind);
        Assert.Equal("c7", entry.ConversationId);
    }
}
