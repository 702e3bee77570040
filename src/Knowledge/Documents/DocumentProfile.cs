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

    /// <summary>(이하 '공정혁신사업'): the short name the document gives a programme.</summary>
    [GeneratedRegex(@"(?:\(|,\s*)이하\s*['‘""“]?(?<alias>[^'’""”),]{2,30}?)['’""”]?\)")]
    private static partial Regex Alias();

    public DocumentProfile(ParsedDocument document)
    {
        Title = document.Header.Title ?? document.Name;
        Date = document.Header.Date;
        Issuer = document.Header.Issuer;
        Department = document.Header.Department;
        var names = new List<string>();
        var aliases = new List<string>();
        var issuerAliases = new List<string>();
        foreach (var unit in document.Units.Take(40))
        {
            foreach (Match m in QuotedName().Matches(unit.Text))
            {
                names.Add(m.Groups["name"].Value.Trim());
            }
            foreach (Match m in Alias().Matches(unit.Text))
            {
                var alias = m.Groups["alias"].Value.Trim();
                aliases.Add(alias);
                // "중소벤처기업부(장관 ○○○, 이하 중기부)": the issuer's short name.
                var open = unit.Text.LastIndexOf('(', m.Index + 1);
                if (Issuer is not null && open >= Issuer.Length && unit.Text.AsSpan(0, open).TrimEnd().EndsWith(Issuer, StringComparison.Ordinal))
                {
                    issuerAliases.Add(alias);
                }
            }
        }
        Names = [.. names.Distinct()];
        IssuerAliases = [.. issuerAliases.Distinct()];
        IssuerNames = [.. IssuerAliases.Concat(Issuer is { Length: >= 3 } issuer ? [issuer] : [])];
        TitleTerms = TermAnalyzer.Terms(Title).Select(Lexicon.Canonical).ToHashSet(StringComparer.Ordinal);
        AppendixTitles = [.. document.Units.Where(u => u.Kind is UnitKind.Heading && u.Level == 0).Select(u => u.Text.Trim())];
        var texts = new List<string> { Title };
        texts.AddRange(Names);
        if (Issuer is not null)
        {
            texts.Add(Issuer);
        }
        texts.AddRange(aliases);
        Terms = [.. texts.SelectMany(TermAnalyzer.Terms).Select(Lexicon.Canonical).Distinct()];
        Compacts = [.. texts.Select(TextNormalizer.Compact)];
        TermSet = Terms.ToHashSet(StringComparer.Ordinal);
        var naming = Names.Concat(aliases).Concat(Issuer is null ? [] : [Issuer]).SelectMany(TermAnalyzer.Terms).Select(Lexicon.Canonical).ToHashSet(StringComparer.Ordinal);
        var headlineFacts = FigureLabels(Title).ToHashSet(StringComparer.Ordinal);
        NamingTerms = [.. Terms.Where(t => naming.Contains(t) || !headlineFacts.Contains(t))];
    }

    /// <summary>
    /// Words a headline writes right before a figure (지원기업 360개사, 매출 3,023억원) label a fact it reports, not what
    /// the document is called.
    /// </summary>
    private static IEnumerable<string> FigureLabels(string title)
    {
        var normalized = TextNormalizer.Normalize(title);
        foreach (var quantity in Corpus.Quantities.QuantityScanner.Scan(normalized))
        {
            var before = normalized[..quantity.Start].TrimEnd();
            var start = before.LastIndexOfAny([' ', ',', '·', '…', '(']) + 1;
            var word = before[start..];
            if (word.Length > 0 && !char.IsDigit(word[^1]))
            {
                foreach (var term in TermAnalyzer.Terms(word))
                {
                    yield return Lexicon.Canonical(term);
                }
            }
        }
    }

    public string Title { get; }

    /// <summary>Short names the document gives its issuer (이하 중기부).</summary>
    public IReadOnlyList<string> IssuerAliases { get; }

    /// <summary>Every name a question may call the issuer by: its short names, then its full name.</summary>
    public IReadOnlyList<string> IssuerNames { get; }

    /// <summary>The title's own terms, canonical: what a question writes when it points at this release by its title.</summary>
    public IReadOnlySet<string> TitleTerms { get; }
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

    /// <summary><see cref="Terms"/> to look up: every question weighs every candidate document's profile.</summary>
    public IReadOnlySet<string> TermSet { get; }

    /// <summary>Terms that name the document rather than report what it states: headline figure labels left out.</summary>
    public IReadOnlyList<string> NamingTerms { get; private set; } = [];

    /// <summary>Compact forms of the title and names, for spelling-insensitive matching.</summary>
    public IReadOnlyList<string> Compacts { get; }

    /// <summary>How the document is named in an answer: its programme name, else its title.</summary>
    public string DisplayName => Names.FirstOrDefault(n => n.Length <= 40 && !n.Contains('「') && !LawName().IsMatch(n))
        ?? Names.FirstOrDefault(n => n.Length <= 40 && !n.Contains('「')) ?? Title;

    /// <summary>「고용보험법 시행령」, 「국가연구개발혁신법」: a law the document cites, a poorer name for it than its programme's.</summary>
    [GeneratedRegex(@"(?:법|법률|시행령|시행규칙|규칙|특별법)$")]
    private static partial Regex LawName();
}
