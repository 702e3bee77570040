using System.Text;
using System.Text.Json;
using Answering.Contract;

namespace WebChat.Feedback;

/// <summary>
/// The append-only JSON Lines file of feedback and unanswered questions. One writer at a time inside the
/// process; each entry is one line written in one call, so readers never see half an entry's neighbours mixed.
/// </summary>
public sealed class FeedbackLog(string filePath, TimeProvider time) : IFeedbackStore
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public string FilePath { get; } = filePath;

    public string Location => FilePath;

    public Task RecordRatingAsync(FeedbackRequest feedback, CancellationToken cancellationToken = default) =>
        AppendAsync(FeedbackEntry.Rated(feedback, time.GetUtcNow()), cancellationToken);

    public Task RecordUnansweredAsync(Answer answer, CancellationToken cancellationToken = default) =>
        AppendAsync(FeedbackEntry.Unanswered(answer, time.GetUtcNow()), cancellationToken);

    public Task<FeedbackLogContents> ReadAllAsync(CancellationToken cancellationToken = default) => Task.FromResult(Read(FilePath));

    /// <summary>Appends one entry as one line. The line is written whole even if the request that brought it is cancelled.</summary>
    public async Task AppendAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, AnswerJson.Options) + "\n");
        await _writer.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(FilePath))!);
            await using var stream = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous);
            await stream.WriteAsync(line, CancellationToken.None);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Reads every entry; lines that are not entries (a torn last line, an edit by hand) are counted, not thrown.</summary>
    public static FeedbackLogContents Read(string filePath)
    {
        if (!File.Exists(filePath))
        {
            return new FeedbackLogContents([], UnreadableLines: 0);
        }

        var entries = new List<FeedbackEntry>();
        var unreadable = 0;
        using var reader = new StreamReader(new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            if (TryParse(line) is { } entry)
            {
                entries.Add(entry);
            }
            else
            {
                unreadable++;
            }
        }
        return new FeedbackLogContents(entries, unreadable);
    }

    public static FeedbackEntry? TryParse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<FeedbackEntry>(line, AnswerJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

public sealed record FeedbackLogContents(IReadOnlyList<FeedbackEntry> Entries, int UnreadableLines);
