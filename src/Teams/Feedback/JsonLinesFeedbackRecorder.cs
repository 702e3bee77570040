using System.Text.Json;
using Answering.Contract;

namespace Teams.Feedback;

/// <summary>Appends each feedback as one JSON line, so it outlives the program.</summary>
public sealed class JsonLinesFeedbackRecorder(string path) : IFeedbackRecorder
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.Serialize(feedback, AnswerJson.Options) + "\n";
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.AppendAllTextAsync(path, line, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<AnswerFeedback>> ReadAllAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return [];
        }
        var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        return [.. lines.Where(line => line.Length > 0).Select(line => JsonSerializer.Deserialize<AnswerFeedback>(line, AnswerJson.Options)!)];
    }
}
