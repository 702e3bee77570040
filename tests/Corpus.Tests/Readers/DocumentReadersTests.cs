using System.IO.Compression;
using Corpus.Readers;

namespace Corpus.Tests.Readers;

public class DocumentReadersTests
{
    private static string Write(string name, byte[] bytes)
    {
        var folder = Directory.CreateTempSubdirectory("readers-").FullName;
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void An_hwp_file_is_skipped_with_what_to_do()
    {
        var result = DocumentReaders.Read(Write("공고.hwp", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 1, 2, 3]));
        Assert.Null(result.Document);
        Assert.Equal("공고.hwp", result.Skipped!.Name);
        Assert.Contains("HWPX나 PDF로 저장해 주세요", result.Skipped.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<string> ZipFormats => ["x.hwpx", "x.docx", "x.xlsx"];

    [Theory]
    [MemberData(nameof(ZipFormats))]
    public void A_corrupt_zip_is_skipped_not_thrown(string name)
    {
        var result = DocumentReaders.Read(Write(name, [0x50, 0x4B, 0x03, 0x04, 9, 9, 9, 9, 9, 9, 9, 9]));
        Assert.Null(result.Document);
        Assert.Contains("손상", result.Skipped!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_without_sections_is_not_an_hwpx_document()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("mimetype");
        }
        var result = DocumentReaders.Read(Write("empty.hwpx", stream.ToArray()));
        Assert.NotNull(result.Skipped);
    }

    [Fact]
    public void A_pdf_with_no_text_is_skipped_as_a_scan()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var result = DocumentReaders.Read(Write("scan.pdf", builder.Build()));
        Assert.Equal(SkipReasons.NoPdfText, result.Skipped?.Reason);
    }

    [Fact]
    public void Garbage_named_pdf_is_skipped_as_corrupt()
    {
        var result = DocumentReaders.Read(Write("broken.pdf", "%PDF-1.7 not really"u8.ToArray()));
        Assert.NotNull(result.Skipped);
        Assert.Null(result.Document);
    }

    [Fact]
    public void The_library_keeps_loading_past_skipped_files_and_lists_them()
    {
        var folder = Directory.CreateTempSubdirectory("corpus-").FullName;
        File.WriteAllText(Path.Combine(folder, "a.txt"), "□ 첫 문서\n");
        File.WriteAllBytes(Path.Combine(folder, "b.hwp"), [1, 2, 3]);
        File.WriteAllBytes(Path.Combine(folder, "c.docx"), [0x50, 0x4B, 1]);
        File.WriteAllText(Path.Combine(folder, "~$c.docx"), "lock file");
        File.WriteAllText(Path.Combine(folder, "d.md"), "○ 둘째 문서\n");
        var library = CorpusLibrary.Load(folder);
        Assert.Equal(["a.txt", "d.md"], library.Documents.Select(d => d.Name));
        Assert.Equal(["b.hwp", "c.docx"], library.Skipped.Select(s => s.Name));
        Assert.All(library.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
    }

    [Fact]
    public void A_text_file_keeps_its_lines_on_disk_and_labels_them_by_number()
    {
        var path = Write("notes.txt", "첫 줄\r\n\r\n셋째\tA\n"u8.ToArray());
        var document = RoundTrip.Read(path);
        Assert.Equal(["첫 줄", "", "셋째\tA", ""], document.Lines);
        Assert.Equal("3줄", document.Locations[2]);
        Assert.Equal("1–3줄", document.LocationOf(1, 3));
    }
}
