namespace Corpus.Readers;

/// <summary>What reading one file gave: a document, or the reason it was skipped.</summary>
public sealed record ReadResult(SourceDocument? Document, SkippedDocument? Skipped);

/// <summary>Picks the reader by file extension and turns every failure into a skip with a reason, never a crash.</summary>
public static class DocumentReaders
{
    private static readonly Dictionary<string, IDocumentReader> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = new TextDocumentReader("txt"),
        [".md"] = new TextDocumentReader("md"),
        [".csv"] = new DelimitedTextReader("csv", ','),
        [".tsv"] = new DelimitedTextReader("tsv", '\t'),
        [".hwpx"] = new HwpxReader(),
        [".docx"] = new DocxReader(),
        [".xlsx"] = new XlsxReader(),
        [".pdf"] = new PdfReader(),
    };

    /// <summary>Formats that are documents but that no reader takes: skipped with what to do instead.</summary>
    private static readonly Dictionary<string, string> Unsupported = new(StringComparer.OrdinalIgnoreCase)
    {
        [".hwp"] = SkipReasons.Hwp,
        [".doc"] = SkipReasons.LegacyWord,
        [".xls"] = SkipReasons.LegacyExcel,
    };

    public static IEnumerable<string> SupportedExtensions => ByExtension.Keys;

    /// <summary>True for a file the corpus loads or reports as skipped; other files (images, lock files) are not documents.</summary>
    public static bool IsCorpusFile(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        if (name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal))
        {
            return false;   // hidden files and the lock files office programs keep beside an open document
        }
        var extension = System.IO.Path.GetExtension(path);
        return ByExtension.ContainsKey(extension) || Unsupported.ContainsKey(extension);
    }

    /// <summary>Every corpus file under the folder, in a stable (ordinal) order.</summary>
    public static IEnumerable<string> CorpusFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(IsCorpusFile).Order(StringComparer.Ordinal);

    public static ReadResult Read(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        var extension = System.IO.Path.GetExtension(path);
        if (Unsupported.TryGetValue(extension, out var reason))
        {
            return Skip(name, path, reason);
        }
        if (!ByExtension.TryGetValue(extension, out var reader))
        {
            return Skip(name, path, SkipReasons.Unreadable(extension));
        }
        try
        {
            var document = reader.Read(path);
            return document.Lines.Any(l => l.Trim().Length > 0) ? new ReadResult(document, null) : Skip(name, path, SkipReasons.Empty);
        }
        catch (UnreadableDocumentException e)
        {
            return Skip(name, path, e.Reason);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Skip(name, path, SkipReasons.Unreadable(e.Message));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Readers of untrusted files fail in many ways (zip, XML, PDF and Open XML libraries each throw their
            // own exceptions); each is this one file's problem, not the corpus's.
            return Skip(name, path, SkipReasons.Corrupt(reader.Format));
        }
    }

    private static ReadResult Skip(string name, string path, string reason) => new(null, new SkippedDocument(name, path, reason));
}
