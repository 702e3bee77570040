using System.Text.Json;
using Corpus;
using Corpus.Parsing;
using Indexing.Storage;

namespace Indexing.Tests.Storage;

/// <summary>A document written and read back is the document that was written: every unit, table, cell and header field.</summary>
public sealed class DocumentCodecTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("codec-").FullName;

    [Fact]
    public void Every_suite_document_reads_back_as_written()
    {
        foreach (var path in Directory.EnumerateFiles(TestCorpus.Suite, "*.txt"))
        {
            var source = SourceDocument.Read(path);
            var parsed = DocumentParser.Parse(source.Name, source.Lines);
            var file = Path.Combine(_folder, source.Name + DocumentCodec.Extension);

            DocumentCodec.Write(file, source, parsed);
            var (readSource, readParsed) = DocumentCodec.Read(file, path)!.Value;

            Assert.Equal(Json(parsed), Json(readParsed));
            Assert.Equal(source.Lines, readSource.Lines);
            Assert.Equal(source.Locations, readSource.Locations);
            Assert.Equal(source.Format, readSource.Format);
            Assert.True(parsed.Tables.Count > 0 && parsed.Header.Title is not null, source.Name);
        }
    }

    [Fact]
    public void A_document_whose_file_stores_its_text_otherwise_reads_back_with_the_stored_lines()
    {
        string[] lines = ["수출 동향", "", "구분\t7월", "수출\t514.0"];
        var source = new SourceDocument("trade.xlsx", "trade.xlsx", lines)
        {
            Format = "xlsx",
            Locations = ["문서!A1", "문서!A1", "문서!A3:B3", "문서!A4:B4"],
            StoredLines = ["수출 동향", "", "구분\t7월", "수출\t514"],
        };
        var file = Path.Combine(_folder, source.Name + DocumentCodec.Extension);

        DocumentCodec.Write(file, source, DocumentParser.Parse(source.Name, source.Lines));
        var (readSource, _) = DocumentCodec.Read(file, source.Path)!.Value;

        Assert.Equal(source.StoredLines, readSource.StoredLines);
        Assert.Equal("수출\t514", readSource.QuoteAsStored(4, 4, "수출\t514.0"));
    }

    [Fact]
    public void A_stored_document_that_is_gone_reads_as_nothing() =>
        Assert.Null(DocumentCodec.Read(Path.Combine(_folder, "missing" + DocumentCodec.Extension), "missing.txt"));

    /// <summary>Reflection-based JSON sees every public property, computed ones included: a field the codec dropped would show.</summary>
    private static string Json(Corpus.Model.ParsedDocument document) => JsonSerializer.Serialize(document);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
