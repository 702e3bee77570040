using Teams.Feedback;

namespace Teams.Tests.Feedback;

public sealed class JsonLinesFeedbackRecorderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teams-feedback-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Feedback_outlives_the_recorder()
    {
        var path = Path.Combine(_folder, "nested", "feedback.jsonl");
        var feedback = new AnswerFeedback("conv-1", "sent-2", "29:user", "like", "정확해요 \"감사\"", new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
        await new JsonLinesFeedbackRecorder(path).RecordAsync(feedback, CancellationToken.None);
        await new JsonLinesFeedbackRecorder(path).RecordAsync(feedback with { Reaction = "dislike", Comment = null }, CancellationToken.None);

        var read = await new JsonLinesFeedbackRecorder(path).ReadAllAsync(CancellationToken.None);

        Assert.Equal([feedback, feedback with { Reaction = "dislike", Comment = null }], read);
        Assert.Equal(2, File.ReadAllLines(path).Length);
    }
}
