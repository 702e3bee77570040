namespace Corpus.Model;

/// <summary>A document as units and tables; <see cref="Lines"/> are the lines on disk (citations count them).</summary>
public sealed record ParsedDocument(
    string Name,
    IReadOnlyList<string> Lines,
    IReadOnlyList<DocumentUnit> Units,
    IReadOnlyList<DocumentTable> Tables)
{
    public string Line(int number) => number >= 1 && number <= Lines.Count ? Lines[number - 1] : "";
}
