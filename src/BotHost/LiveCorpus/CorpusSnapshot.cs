using Answering;
using Corpus;

namespace BotHost.LiveCorpus;

/// <summary>One loaded state of the corpus folder: its documents (and skipped files) and the engine built from them.</summary>
public sealed record CorpusSnapshot(CorpusLibrary Corpus, AnswerEngine Engine, DateTimeOffset LoadedAt, int Version)
{
    /// <summary>The persisted index the documents are loaded from, when the snapshot was opened from one.</summary>
    public IDisposable? Index { get; init; }
}

/// <summary>The corpus as it is now; a request reads <see cref="Current"/> once and uses that snapshot throughout.</summary>
public interface ICorpusSnapshot
{
    CorpusSnapshot Current { get; }
}
