using Indexing.Building;
using Indexing.Reading;

namespace Indexing.Tests.Building;

/// <summary>
/// Updates read only what changed: a second update of an unchanged folder reads no file, a changed file is read again,
/// a removed one is dropped, and a file that cannot be read stays listed as skipped with its reason.
/// </summary>
[Collection(nameof(FilesProcessedCounter))]
public sealed class CorpusIndexerTests : IDisposable
{
    private readonly TestCorpus _corpus = TestCorpus.WithAllDocuments();

    [Fact]
    public void An_unchanged_folder_is_opened_from_the_index_without_reading_any_file()
    {
        var first = CorpusIndexer.Update(_corpus.Folder, _corpus.Data);
        var before = CorpusIndexer.FilesProcessed;

        var second = CorpusIndexer.Update(_corpus.Folder, _corpus.Data);
        using var index = CorpusIndex.Open(_corpus.Folder, _corpus.Data);

        Assert.Equal((8, 8, true), (first.Added, first.Documents, first.Rebuilt));
        Assert.Equal((0, 0, 0, 8, false), (second.Added, second.Updated, second.Removed, second.Unchanged, second.Changed));
        Assert.Equal(before, CorpusIndexer.FilesProcessed);
        Assert.Equal(8, index.Entries.Count);
        Assert.Equal(0, index.DocumentsLoaded);
    }

    [Fact]
    public void A_file_rewritten_with_its_size_and_time_kept_is_not_read_again()
    {
        const string name = "motie-2024-08-01-export-import-trends.txt";
        CorpusIndexer.Update(_corpus.Folder, _corpus.Data);
        var path = _corpus.PathOf(name);
        var written = File.GetLastWriteTimeUtc(path);
        var text = File.ReadAllText(path);
        var changed = text.Replace("수출", "수입", StringComparison.Ordinal);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(text), System.Text.Encoding.UTF8.GetByteCount(changed));
        File.WriteAllText(path, changed);
        File.SetLastWriteTimeUtc(path, written);

        var update = CorpusIndexer.Update(_corpus.Folder, _corpus.Data);
        using var index = CorpusIndex.Open(_corpus.Folder, _corpus.Data);

        // The stored parse answers: the file on disk was not looked into.
        Assert.Equal(8, update.Unchanged);
        Assert.Equal(text.Split('\n'), index.Load(name)!.Source.Lines);
    }

    [Fact]
    public void A_changed_file_is_read_again_and_only_it()
    {
        const string name = "mss-2022-02-24-regional-specialized-industry.txt";
        CorpusIndexer.Update(_corpus.Folder, _corpus.Data);
        var before = CorpusIndexer.FilesProcessed;
        File.AppendAllText(_corpus.PathOf(name), "\n※ 나무구름다리 사업비는 9,876억원으로 조정되었다.\n");

        var update = CorpusIndexer.Update(_corpus.Folder, _corpus.Data);
        using var index = CorpusIndex.Open(_corpus.Folder, _corpus.Data);

        Assert.Equal((0, 1, 0, 7), (update.Added, update.Updated, update.Removed, update.Unchanged));
        Assert.Equal(before + 1, CorpusIndexer.FilesProcessed);
        Assert.Contains(index.Load(name)!.Source.Lines, l => l.Contains("9,876억원", StringComparison.Ordinal));
        Assert.Equal(1, index.DocumentFrequency("나무구름다리"));
    }

    [Fact]
    public void A_removed_file_is_dropped_with_its_terms()
    {
        const string name = "motie-2024-09-12-collab-zone-rules.txt";
        CorpusIndexer.Update(_corpus.Folder, _corpus.Data);
        int frequency;
        using (var before = CorpusIndex.Open(_corpus.Folder, _corpus.Data))
        {
            frequency = before.DocumentFrequency("산업협업지구");
        }
        File.Delete(_corpus.PathOf(name));

        var update = CorpusIndexer.Update(_corpus.Folder, _corpus.Data);
        using var index = CorpusIndex.Open(_corpus.Folder, _corpus.Data);

        Assert.Equal((1, 7, 7), (update.Removed, update.Unchanged, update.Documents));
        Assert.DoesNotContain(index.Entries, e => e.Name == name);
        Assert.Null(index.Load(name));
        Assert.True(frequency >= 1);
        Assert.Equal(frequency - 1, index.DocumentFrequency("산업협업지구"));
    }

    [Fact]
    public void A_file_that_cannot_be_read_stays_listed_as_skipped_after_a_restart()
    {
        File.WriteAllBytes(_corpus.PathOf("old-notice.hwp"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        CorpusIndexer.Update(_corpus.Folder, _corpus.Data);

        var again = CorpusIndexer.Update(_corpus.Folder, _corpus.Data);
        using var index = CorpusIndex.Open(_corpus.Folder, _corpus.Data);

        Assert.Equal(9, again.Unchanged);
        var skipped = Assert.Single(index.Skipped);
        Assert.Equal("old-notice.hwp", skipped.Name);
        Assert.Contains("HWPX", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(8, index.Count);
    }

    public void Dispose() => _corpus.Dispose();
}

/// <summary>Tests that read <see cref="CorpusIndexer.FilesProcessed"/> run one at a time.</summary>
[CollectionDefinition(nameof(FilesProcessedCounter), DisableParallelization = true)]
public sealed class FilesProcessedCounter;
