namespace Corpus.Model;

/// <summary>A document as units and tables; <see cref="Lines"/> are the lines on disk (citations count them).</summary>
public sealed record ParsedDocument(
    string Name,
    IReadOnlyList<string> Lines,
    IReadOnlyList<DocumentUnit> Units,
    IReadOnlyList<DocumentTable> Tables)
{
    public string Line(int number) => number >= 1 && number <= Lines.Count ? Lines[number - 1] : "";

    /// <summary>The title, publication date, issuer and department read from the front matter.</summary>
    public DocumentHeader Header { get; init; } = DocumentHeader.Empty;

    /// <summary>The units from <paramref name="unit"/> up to its top heading, nearest first.</summary>
    public IEnumerable<DocumentUnit> Ancestors(DocumentUnit unit)
    {
        var current = unit.Parent;
        var guard = 0;
        while (current is int index && guard++ < 64)
        {
            var parent = Units[index];
            yield return parent;
            current = parent.Parent;
        }
    }
}

/// <summary>What the front matter says: title, date, issuing ministry, department, embargo.</summary>
public sealed record DocumentHeader(string? Title, int? TitleLine, DateOnly? Date, string? Issuer, string? Department)
{
    public static DocumentHeader Empty { get; } = new(null, null, null, null, null);
}
