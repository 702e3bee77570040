using Answering.Contract;
using Microsoft.Extensions.Time.Testing;
using WebChat.Feedback;

namespace WebChat.Tests.Feedback;

public sealed class FeedbackLogTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    private string LogFile => Path.Combine(_folder.Path, "data", "feedback.jsonl");

    [Fact]
    public async Task Entries_are_appended_after_what_the_file_already_holds()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(LogFile)!);
        var earlier = """{"kind":"rating","at":"2026-11-25T09:00:00+00:00","question":"예전 질문","rating":"down"}""" + "\n";
        await File.WriteAllTextAsync(LogFile, earlier);
        var log = new FeedbackLog(LogFile, _time);

        await log.RecordRatingAsync(new FeedbackRequest { Id = "r1", Question = "2단계 예산은?", Answer = "1,134억원입니다.", Rating = Ratings.Up, Comment = "  좋아요 " });
        _time.Advance(TimeSpan.FromMinutes(1));
        await log.RecordUnansweredAsync(new Answer { Question = "서울은요?", Text = "문서에 없어요.", Language = "ko", Kind = "out_of_scope", ConversationId = "c1" });

        var text = await File.ReadAllTextAsync(LogFile);
        Assert.StartsWith(earlier, text);
        var entries = FeedbackLog.Read(LogFile).Entries;
        Assert.Equal(3, entries.Count);
        Assert.Equal(new FeedbackEntry
        {
            Kind = FeedbackKinds.Rating, At = _time.GetUtcNow().AddMinutes(-1), Id = "r1", Question = "2단계 예산은?",
            Answer = "1,134억원입니다.", Rating = Ratings.Up, Comment = "좋아요",
        }, entries[1]);
        Assert.Equal(new FeedbackEntry
        {
            Kind = FeedbackKinds.Unanswered, At = _time.GetUtcNow(), ConversationId = "c1", Question = "서울은요?",
            Answer = "문서에 없어요.", AnswerKind = "out_of_scope",
        }, entries[2]);
    }

    [Fact]
    public async Task Concurrent_writers_each_leave_one_whole_line()
    {
        var log = new FeedbackLog(LogFile, _time);
        const int writers = 200;

        await Parallel.ForEachAsync(Enumerable.Range(0, writers), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
            await log.RecordRatingAsync(new FeedbackRequest
            {
                Id = $"r{i}", Question = $"질문 {i}\n둘째 줄", Rating = i % 2 == 0 ? Ratings.Up : Ratings.Down, Comment = new string('가', 500),
            }, token));

        var lines = await File.ReadAllLinesAsync(LogFile);
        Assert.Equal(writers, lines.Length);
        var contents = FeedbackLog.Read(LogFile);
        Assert.Equal(0, contents.UnreadableLines);
        Assert.Equal(Enumerable.Range(0, writers).Select(i => $"r{i}").Order(), contents.Entries.Select(entry => entry.Id!).Order());
    }

    [Fact]
    public async Task Lines_that_are_not_entries_are_counted_not_thrown()
    {
        var log = new FeedbackLog(LogFile, _time);
        await log.RecordRatingAsync(new FeedbackRequest { Question = "질문", Rating = Ratings.Up });
        await File.AppendAllTextAsync(LogFile, "not json\n{\"kind\":\"rating\"}\n{\"kind\":\"rating\",\"at\":\"2026-11");

        var contents = FeedbackLog.Read(LogFile);

        Assert.Single(contents.Entries);
        Assert.Equal(3, contents.UnreadableLines);
    }

    [Fact]
    public void A_missing_file_reads_as_empty()
    {
        var contents = FeedbackLog.Read(Path.Combine(_folder.Path, "none.jsonl"));

        Assert.Empty(contents.Entries);
        Assert.Equal(0, contents.UnreadableLines);
    }
}
