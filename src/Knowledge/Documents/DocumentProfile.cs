using System.Text.RegularExpressions;
using Corpus.Model;
using Knowledge.Language;

namespace Knowledge.Documents;

/// <summary>
/// What names a document: its title, the programme names it quotes (「…」 and appendix titles), issuer, department
/// and date. A question that names a programme, ministry or year is matched against these first.
/// </summary>
public sealed partial class DocumentProfile
{
    [GeneratedRegex(@"「(?<name>[^」]{2,60})」")]
    private static partial Regex QuotedName();

    public DocumentProfile(ParsedDocument document)
    {
        Title = document.Header.Title ?? document.Name;
        Date = document.Header.Date;
        Issuer = document.Header.Issuer;
        Department = document.Header.Department;
        var names = new List<string>();
        foreach (var unit in document.Units.Take(40))
        {
            foreach (Match m in QuotedName().Matches(unit.Text))
            {
                names.Add(m.Groups["name"].Value.Trim());
            }
        }
        Names = [.. names.Distinct()];
        AppendixTitles = [.. document.Units.Where(u => u.Kind is UnitKind.Heading && u.Level == 0).Select(u => u.Text.Trim())];
        var texts = new List<string> { Title };
        texts.AddRange(Names);
        if (Issuer is not null)
        {
            texts.Add(Issuer);
        }
        Terms = [.. texts.SelectMany(TermAnalyzer.Terms).Select(Lexicon.Canonical).Distinct()];
        Compacts = [.. texts.Select(TextNormalizer.Compact)];
    }

    public string Title { get; }
    public DateOnly? Date { get; }
    public int? Year => Date?.Year;
    public string? Issuer { get; }
    public string? Department { get; }

    /// <summary>Programme and appendix names the document quotes.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Titles of the appendices (참고 1 …): what the document covers, not what it is called.</summary>
    public IReadOnlyList<string> AppendixTitles { get; }

    /// <summary>Canonical terms of the title, names and issuer.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Compact forms of the title and names, for spelling-insensitive matching.</summary>
    public IReadOnlyList<string> Compacts { get; }

    /// <summary>How the document is named in an answer: its programme name, else its title.</summary>
    public string DisplayName => Names.FirstOrDefault(n => n.Length <= 40 && !n.Contains('「')) ?? Title;
}
