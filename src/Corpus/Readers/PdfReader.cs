using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Corpus.Readers;

/// <summary>
/// PDF with PdfPig: each page's letters grouped into text lines top to bottom; ruled tables (the borders a
/// word processor draws) recovered into grids, their cells read from the letters inside them and merged cells
/// found where a border is missing. Lines of a paragraph that wrapped are joined again (a wrap at a space keeps
/// the space, a wrap inside a word does not), so a paragraph is one line as in the other formats. Lines are
/// labelled with the page and the page's text lines they come from ("3쪽 12줄", "3쪽 12–14줄").
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    public string Format => "pdf";

    public SourceDocument Read(string path)
    {
        using var document = Open(path);
        var blocks = new List<PdfBlock>();
        foreach (var page in document.GetPages())
        {
            blocks.AddRange(PdfPageReader.Read(page));
        }
        if (!blocks.Any(b => b is PdfTextLine or PdfTable))
        {
            throw new UnreadableDocumentException(SkipReasons.NoPdfText);
        }
        var lines = new DocumentLines();
        PdfLayout.Write(lines, blocks);
        return lines.Build(path, Format);
    }

    private static PdfDocument Open(string path)
    {
        try
        {
            return PdfDocument.Open(path);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnreadableDocumentException(SkipReasons.Encrypted, e);
        }
        catch (Exception e) when (e is UglyToad.PdfPig.Core.PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or InvalidDataException)
        {
            throw new UnreadableDocumentException(SkipReasons.Corrupt("pdf"), e);
        }
    }
}
