using Corpus.Readers;

namespace Corpus.Tests.Readers;

/// <summary>What a reader gives back of a suite document, compared line by line with the .txt it was written from.</summary>
internal static class RoundTrip
{
    /// <summary>The document's non-blank lines, each cell's whitespace collapsed (the text layout's spacing is not the document's).</summary>
    public static List<string> ContentLines(IEnumerable<string> lines) =>
        lines.Where(l => l.Trim().Length > 0).Select(l => string.Join('\t', l.Split('\t').Select(DocumentLines.OneLine)).TrimEnd('\t')).ToList();

    public static void AssertSameLines(string textFile, SourceDocument document)
    {
        var expected = ContentLines(File.ReadAllLines(textFile));
        var actual = ContentLines(document.Lines);
        var firstDifference = Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.True(firstDifference < 0 && expected.Count == actual.Count,
            firstDifference < 0 ? $"{expected.Count} lines expected, {actual.Count} read" : $"line {firstDifference + 1}: expected «{expected[firstDifference]}», read «{actual[firstDifference]}»");
    }

    /// <summary>
    /// For PDF, which keeps no spaces of its own (a reader infers them from gaps) and no table structure (the
    /// reader infers it from rulings): the same lines, each compared with whitespace and tabs removed, as the shared
    /// scorer compares quotes. The cells of the tables are checked by the PDF reader's own tests.
    /// </summary>
    public static void AssertSameContent(string textFile, SourceDocument document)
    {
        static List<string> Squeezed(IEnumerable<string> lines) =>
            ContentLines(lines).Select(l => string.Concat(l.Where(ch => !char.IsWhiteSpace(ch)))).ToList();
        var expected = Squeezed(File.ReadAllLines(textFile));
        var actual = Squeezed(document.Lines);
        var firstDifference = Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.True(firstDifference < 0 && expected.Count == actual.Count,
            firstDifference < 0 ? $"{expected.Count} lines expected, {actual.Count} read" : $"line {firstDifference + 1}: expected «{expected[firstDifference]}», read «{actual[firstDifference]}»");
    }

    public static SourceDocument Read(string path)
    {
        var result = DocumentReaders.Read(path);
        Assert.Null(result.Skipped?.Reason);
        return result.Document!;
    }
}
