using Corpus.Model;
using Knowledge.Figures;
using Knowledge.Language;
using Knowledge.Rules;
using Knowledge.Tables;

namespace Knowledge.Documents;

/// <summary>
/// Everything the engine knows about one document, read once when it is loaded: its profile, every passage with its
/// terms and heading context (text cells of tables included, as passages of their own), its tables, the amounts its
/// running text writes, and term statistics for weighting.
/// </summary>
public sealed class DocumentKnowledge
{
    public DocumentKnowledge(ParsedDocument document)
    {
        Document = document;
        Profile = new DocumentProfile(document);
        var passages = new List<Passage>(document.Units.Count);
        // Every unit under a heading reads the same heading text: each text is analysed once per document.
        var analysed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        IReadOnlyList<string> TermsOf(string text) => analysed.TryGetValue(text, out var terms) ? terms : analysed[text] = TermAnalyzer.Terms(text);
        foreach (var unit in document.Units)
        {
            passages.Add(new Passage(unit, HeadingTerms(document, unit, TermsOf)));
        }
        Tables = [.. document.Tables.Select(t => ModelOf(document, t, passages))];
        foreach (var table in Tables)
        {
            passages.AddRange(TextCells(document, table, passages.Count));
        }
        Passages = passages;
        _figures = new Lazy<IReadOnlyList<TextFigure>>(() => [.. passages.Where(p => FigureReader.HasTextFigures(p.Unit)).SelectMany(FigureReader.Read)]);
        _figuresByPassage = new Lazy<ILookup<Passage, TextFigure>>(() => Figures.ToLookup(f => f.Passage));
        Statistics = new TermStatistics(passages.Select(p => p.Terms));
        Vocabulary = passages.SelectMany(p => p.Terms).Concat(Profile.Terms).ToHashSet(StringComparer.Ordinal);
        CompactText = string.Concat(document.Lines.Select(TextNormalizer.Compact));
        // Figures and rules are read when first asked for: choosing among many documents needs neither.
        _rules = new Lazy<RuleBook>(() => RuleBook.Read(this));
        _passagesByTerm = new Lazy<Dictionary<string, int[]>>(() => IndexPassages(passages));
        _cases = new Lazy<IReadOnlyList<CaseBlock>>(() => CaseBlocks.Find(passages, Tables));
    }

    private readonly Lazy<IReadOnlyList<CaseBlock>> _cases;

    /// <summary>The subjects the document describes in blocks of their own (companies, sites, success cases), found on first use.</summary>
    public IReadOnlyList<CaseBlock> Cases => _cases.Value;

    private readonly Lazy<Dictionary<string, int[]>> _passagesByTerm;

    /// <summary>
    /// The passages (by index, ascending) whose own or heading terms include <paramref name="term"/>: weighing a
    /// document for a question then visits only the passages that carry its terms, not every passage for every term.
    /// </summary>
    public IReadOnlyList<int> PassagesWithTerm(string term) => _passagesByTerm.Value.TryGetValue(term, out var found) ? found : [];

    private static Dictionary<string, int[]> IndexPassages(IReadOnlyList<Passage> passages)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < passages.Count; i++)
        {
            seen.Clear();
            foreach (var term in passages[i].Terms.Concat(passages[i].HeadingTerms))
            {
                if (seen.Add(term))
                {
                    if (!lists.TryGetValue(term, out var list))
                    {
                        lists[term] = list = [];
                    }
                    list.Add(i);
                }
            }
        }
        return lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    public ParsedDocument Document { get; }
    public string Name => Document.Name;
    public DocumentProfile Profile { get; }

    /// <summary>One per unit (same index), then one per long text cell of a table.</summary>
    public IReadOnlyList<Passage> Passages { get; }
    public IReadOnlyList<TableModel> Tables { get; }
    public IReadOnlyList<TextFigure> Figures => _figures.Value;
    public TermStatistics Statistics { get; }

    private readonly Lazy<IReadOnlyList<TextFigure>> _figures;
    private readonly Lazy<ILookup<Passage, TextFigure>> _figuresByPassage;
    private readonly Lazy<RuleBook> _rules;

    /// <summary>The amounts one passage writes.</summary>
    public IEnumerable<TextFigure> FiguresIn(Passage passage) => _figuresByPassage.Value[passage];
    public IReadOnlySet<string> Vocabulary { get; }

    /// <summary>The whole document compact (lower case, no spaces), to ask whether a name occurs at all.</summary>
    public string CompactText { get; }

    /// <summary>The rules the document states (conditions, bounds, exceptions), read once.</summary>
    public RuleBook Rules => _rules.Value;

    private IReadOnlyList<Facts.Disagreement>? _disagreements;

    /// <summary>Every year the document writes ('21, 2021년, 2021.3.), to tell the documents that speak of a year a question names.</summary>
    public IReadOnlySet<int> YearsWritten => _yearsWritten ??= Dates.DateScanner.Years(TextNormalizer.Normalize(string.Join("\n", Passages.Select(p => p.Text)))).ToHashSet();

    private HashSet<int>? _yearsWritten;

    /// <summary>Where the running text states a table's figure otherwise (found on first use).</summary>
    public IReadOnlyList<Facts.Disagreement> Disagreements => _disagreements ??= Facts.DisagreementFinder.Find(this);

    public bool Mentions(string compactWord) => CompactText.Contains(compactWord, StringComparison.Ordinal);

    public TableModel? TableOf(Passage passage) => passage.Unit.Table is int t && t < Tables.Count ? Tables[t] : null;

    private static IReadOnlyList<string> HeadingTerms(ParsedDocument document, DocumentUnit unit, Func<string, IReadOnlyList<string>> termsOf)
    {
        var terms = new List<string>();
        foreach (var ancestor in document.Ancestors(unit).Take(4))
        {
            if (ancestor.Kind is UnitKind.Title or UnitKind.Banner or UnitKind.Embargo)
            {
                continue;
            }
            // A heading's label (지원규모) or a case's name says most; its full sentence adds context.
            var text = ancestor.Kind is UnitKind.Heading or UnitKind.CaseTitle or UnitKind.TableTitle || ancestor.Text.Length < 60
                ? ancestor.Text
                : ancestor.Label ?? ancestor.Text[..60];
            terms.AddRange(termsOf(text));
        }
        if (unit.Case is int c && c < document.Units.Count)
        {
            terms.AddRange(termsOf(document.Units[c].Text));
        }
        return [.. terms.Select(Lexicon.Canonical).Distinct()];
    }

    /// <summary>
    /// A table with the terms of the heading it stands under and the years of the appendix title above it ("[붙임 3]
    /// 2025년 … 지원 실적" over "1. 시·도별 지원 실적"), both read from the table's first unit.
    /// </summary>
    private static TableModel ModelOf(ParsedDocument document, DocumentTable table, List<Passage> passages)
    {
        var row = document.Units.FirstOrDefault(u => u.Table == table.Index);
        if (row is null)
        {
            return new TableModel(table, []);
        }
        var section = document.Ancestors(row).FirstOrDefault(a => a.Kind == UnitKind.Heading && a.Level == 0 && a.Text.Length <= 60);
        return new TableModel(table, passages[row.Index].HeadingTerms, section is null ? [] : TableModel.YearsOf(section.Text));
    }

    /// <summary>Long text cells (a case table's 추진내용 및 성과, a rule table's 개정 column) as passages of their own.</summary>
    private static IEnumerable<Passage> TextCells(ParsedDocument document, TableModel table, int firstIndex)
    {
        var index = firstIndex;
        foreach (var row in table.Rows)
        {
            var line = document.Line(row.Line);
            var cursor = 0;
            foreach (var cell in row.Cells)
            {
                var at = cell.Text.Length == 0 ? -1 : line.IndexOf(cell.Text, cursor, StringComparison.Ordinal);
                if (at >= 0)
                {
                    cursor = at + cell.Text.Length;
                }
                var column = table.Columns[cell.Column];
                if (at < 0 || column.Kind is not (ColumnKind.Text or ColumnKind.Category or ColumnKind.Date) || cell.Text.Length < 8)
                {
                    continue;
                }
                var unit = new DocumentUnit(document.Name, index++, UnitKind.TableRow, row.Line, row.Line, cell.Text, 5, null, null)
                {
                    Table = table.Index,
                    Column = cell.Column,
                    Offset = at,
                };
                var context = table.TitleTerms.Concat(table.ContextTerms).Concat(row.Terms).Concat(column.Terms).Distinct().ToList();
                yield return new Passage(unit, context);
            }
        }
    }
}
