using System.Text.RegularExpressions;
using Corpus.Model;
using Corpus.Parsing;
using Corpus.Quantities;
using Knowledge.Dates;
using Knowledge.Language;

namespace Knowledge.Tables;

/// <summary>What a column holds: row labels, figures, free text, a few repeated categories (유형, 등급) or dates.</summary>
public enum ColumnKind
{
    Key,
    Number,
    Text,
    Category,
    Date,
}

/// <summary>A column: header path, its naming terms, unit, kind, and the years or stages its header names.</summary>
public sealed record ColumnModel(int Index, IReadOnlyList<string> Path, string Label, IReadOnlyList<string> Terms, string Compact, Unit? Unit,
    ColumnKind Kind, IReadOnlyList<int> Years, IReadOnlyList<int> Stages, bool IsTotal);

/// <summary>A cell: text as written, its figure and unit (if it states one), and its naming terms.</summary>
public sealed record CellModel(int Column, string Text, double? Value, Unit? Unit, IReadOnlyList<string> Terms, string Compact);

/// <summary>A data row: its line, label (row header path), every cell, and the years or stages its label names.</summary>
public sealed record RowModel(int Index, int Line, string Raw, IReadOnlyList<string> Header, string Label, IReadOnlyList<string> Terms, string Compact,
    IReadOnlyList<CellModel> Cells, bool IsTotal, IReadOnlyList<int> Years, IReadOnlyList<int> Stages)
{
    /// <summary>
    /// The row's own name: its last header cell, or — when the header only numbers the rows (연번 1, 2, 3) — the cell of
    /// the column that names them (주관기관).
    /// </summary>
    public string Name { get; init; } = Header.Count > 0 ? Header[^1].TrimEnd('*').Trim() : Label;
}

/// <summary>
/// A table read for answering: every column with its kind and unit, every row with all its cells, the title's terms
/// and the terms of the heading it stands under.
/// </summary>
public sealed partial class TableModel
{
    [GeneratedRegex(@"(\d)\s*단계")]
    private static partial Regex Stage();

    public TableModel(DocumentTable table, IReadOnlyList<string> contextTerms, IReadOnlyList<int>? sectionYears = null)
    {
        Table = table;
        Title = table.Title ?? "";
        SectionYears = sectionYears ?? [];
        TitleTerms = [.. TermAnalyzer.Terms(Title).Select(Lexicon.Canonical).Distinct()];
        ContextTerms = contextTerms;
        var width = table.ColumnPaths.Count;
        var dataRows = table.Rows;

        // Row-header columns are keys; the rest get a kind from their cells.
        var columns = new List<ColumnModel>();
        for (var c = 0; c < width; c++)
        {
            var path = table.ColumnPaths[c];
            var label = string.Join(" ", path);
            var texts = dataRows.Where(r => !r.IsTotal).Select(r => c < r.RawCells.Count ? r.RawCells[c] : "").ToList();
            var kind = c < table.RowHeaderWidth ? ColumnKind.Key : KindOf(texts);
            var unitText = c < table.ColumnUnits.Count ? table.ColumnUnits[c] : null;
            Unit? unit = unitText is null ? null : Units.Find(unitText);
            columns.Add(new ColumnModel(c, path, label, TermsOf(label), TextNormalizer.Compact(label), unit, kind, YearsOf(label), StagesOf(label),
                path.Count > 0 && TableParser.IsTotalLabel(path[^1])));
        }
        Columns = ResolveLetters(columns);
        Columns = [.. Columns.Select(c => c.Unit is not null || c.Kind != ColumnKind.Number ? c : c with { Unit = DominantUnit(table, c.Index) })];

        var rows = new List<RowModel>();
        foreach (var row in dataRows)
        {
            var cells = new List<CellModel>();
            for (var c = 0; c < width; c++)
            {
                var text = c < row.RawCells.Count ? row.RawCells[c] : "";
                var dataCell = row.Cells.FirstOrDefault(x => x.Column == c);
                var value = dataCell?.Number;
                var unit = dataCell?.Unit is { } u ? Units.Find(u) : null;
                if (columns[c].Kind is ColumnKind.Key or ColumnKind.Text or ColumnKind.Category or ColumnKind.Date && columns[c].Kind is not ColumnKind.Number)
                {
                    value = columns[c].Kind == ColumnKind.Key ? null : value;
                }
                cells.Add(new CellModel(c, text, value, unit, TermsOf(text), TextNormalizer.Compact(text)));
            }
            var label = row.HeaderName;
            rows.Add(new RowModel(rows.Count, row.Line, row.RawLine, row.Header, label, TermsOf(label), TextNormalizer.Compact(label), cells, row.IsTotal,
                YearsOf(label), StagesOf(label)));
        }
        NameColumn = NamingColumn(Columns, rows);
        Rows = NameColumn is null ? rows : [.. rows.Select(r => r.IsTotal || r.Cells[NameColumn.Index].Text.Length == 0 ? r : r with { Name = r.Cells[NameColumn.Index].Text.Trim() })];
        TitleUnit = table.Unit;
    }

    public DocumentTable Table { get; }
    public int Index => Table.Index;
    public string Title { get; }
    public IReadOnlyList<string> TitleTerms { get; }

    /// <summary>Terms of the heading or case the table stands under.</summary>
    public IReadOnlyList<string> ContextTerms { get; }

    /// <summary>
    /// The years of the appendix title the table stands under ("[붙임 3] 2025년 … 지원 실적" over "1. 시·도별 지원 실적"):
    /// the period of a table whose own title writes none.
    /// </summary>
    public IReadOnlyList<int> SectionYears { get; }

    /// <summary>The years the title writes, or else those of the section it stands under.</summary>
    public IReadOnlyList<int> PeriodYears => YearsOf(Title) is { Count: > 0 } own ? own : SectionYears;
    public IReadOnlyList<ColumnModel> Columns { get; }
    public IReadOnlyList<RowModel> Rows { get; }
    public string? TitleUnit { get; }

    // 0 not yet known, 1 no, 2 yes: one int is written whole, so concurrent questions never see half an answer.
    private int _isContactTable;

    /// <summary>A table of contacts (phone numbers in its rows): answered for who-to-contact questions only. Asked of every table for every question, so found once.</summary>
    public bool IsContactTable
    {
        get
        {
            if (_isContactTable == 0)
            {
                _isContactTable = Rows.Count > 0 && Rows.Count(r => Corpus.Parsing.TableParser.PhoneNumber().IsMatch(r.Raw)) * 2 >= Rows.Count ? 2 : 1;
            }
            return _isContactTable == 2;
        }
    }

    private IReadOnlySet<string>? _titleTermSet;
    private IReadOnlySet<string>? _contextTermSet;
    private IReadOnlySet<string>[]? _textCellTerms;

    /// <summary><see cref="TitleTerms"/> to look up, built on first use: every question weighs every table's title.</summary>
    public IReadOnlySet<string> TitleTermSet => _titleTermSet ??= TitleTerms.ToHashSet(StringComparer.Ordinal);

    /// <summary><see cref="ContextTerms"/> to look up, built on first use.</summary>
    public IReadOnlySet<string> ContextTermSet => _contextTermSet ??= ContextTerms.ToHashSet(StringComparer.Ordinal);

    /// <summary>The terms of a row's key, text and category cells (the words that name what the row is about), gathered once per table.</summary>
    public IReadOnlySet<string> TextCellTerms(RowModel row) =>
        (_textCellTerms ??= [.. Rows.Select(r => r.Cells.Where(c => Columns[c.Column].Kind is ColumnKind.Key or ColumnKind.Text or ColumnKind.Category)
            .SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal))])[row.Index];

    /// <summary>When the row header only numbers the rows, the column whose cells name them.</summary>
    public ColumnModel? NameColumn { get; }

    public IEnumerable<ColumnModel> NumberColumns => Columns.Where(c => c.Kind == ColumnKind.Number);

    public CellModel Cell(RowModel row, ColumnModel column) => row.Cells[column.Index];

    /// <summary>A header line of the table, for citing a cell's column.</summary>
    public IEnumerable<int> HeaderLines => Enumerable.Range(Table.FromLine, Table.HeaderRows);

    /// <summary>
    /// Headers name columns by letters — 1단계(A), 2단계(B), 합계(A+B), 증가(B−A) — so a combined column carries the years and
    /// stages of the columns its letters name.
    /// </summary>
    private static List<ColumnModel> ResolveLetters(List<ColumnModel> columns)
    {
        var letters = new Dictionary<char, (IReadOnlyList<int> Years, IReadOnlyList<int> Stages)>();
        foreach (var column in columns)
        {
            foreach (var element in column.Path)
            {
                var m = Letter().Match(element);
                if (m.Success && !Combination().IsMatch(element))
                {
                    letters.TryAdd(m.Groups[1].Value[0], (YearsOf(element), StagesOf(element)));
                }
            }
        }
        if (letters.Count == 0)
        {
            return columns;
        }
        return [.. columns.Select(c =>
        {
            var m = Combination().Match(c.Label);
            if (!m.Success)
            {
                return c;
            }
            var named = m.Value.Where(char.IsAsciiLetterUpper).Where(letters.ContainsKey).Select(l => letters[l]).ToList();
            return c with
            {
                Years = [.. c.Years.Concat(named.SelectMany(n => n.Years)).Distinct()],
                Stages = [.. c.Stages.Concat(named.SelectMany(n => n.Stages)).Distinct()],
            };
        })];
    }

    /// <summary>A column of distinct text naming the rows, used when the row header is a 연번 (1, 2, 3 …).</summary>
    private static ColumnModel? NamingColumn(IReadOnlyList<ColumnModel> columns, List<RowModel> rows)
    {
        var body = rows.Where(r => !r.IsTotal).ToList();
        var numbered = body.Count >= 2 && body.Select((r, i) => r.Header.Count == 1 && r.Header[0] == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).All(b => b);
        if (!numbered)
        {
            return null;
        }
        return columns.Where(c => c.Kind is ColumnKind.Text or ColumnKind.Category)
            .Select(c => (Column: c, Values: body.Select(r => r.Cells[c.Index].Text).ToList()))
            .Where(c => c.Values.All(v => v.Length > 0) && c.Values.Distinct().Count() == c.Values.Count)
            .OrderBy(c => c.Values.Average(v => v.Length) > 30 ? 1 : 0)
            .Select(c => c.Column).FirstOrDefault();
    }

    /// <summary>The unit most cells of a column are read in (inferred from the title when the header gives none).</summary>
    private static Unit? DominantUnit(DocumentTable table, int column) =>
        table.Rows.Select(r => r.Cells.FirstOrDefault(c => c.Column == column)?.Unit).Where(u => u is not null)
            .GroupBy(u => u).OrderByDescending(g => g.Count()).Select(g => Units.Find(g.Key!)).FirstOrDefault();

    [GeneratedRegex(@"\(\s*([A-Z])\s*\)")]
    private static partial Regex Letter();

    [GeneratedRegex(@"[A-Z]\s*[+\-−]\s*[A-Z]")]
    private static partial Regex Combination();

    private static IReadOnlyList<string> TermsOf(string text) => [.. TermAnalyzer.Terms(text).Select(Lexicon.Canonical).Distinct()];

    public static IReadOnlyList<int> YearsOf(string label) => DateScanner.Years(TextNormalizer.Normalize(label));

    public static IReadOnlyList<int> StagesOf(string label) =>
        [.. Stage().Matches(label).Select(m => m.Groups[1].Value[0] - '0').Distinct()];

    private static ColumnKind KindOf(List<string> texts)
    {
        var filled = texts.Where(t => t.Length > 0 && t != "-").ToList();
        if (filled.Count == 0)
        {
            return ColumnKind.Text;
        }
        var numeric = filled.Count(t => CellValue.Read(t) is not null);
        if (numeric >= Math.Max(1, filled.Count * 0.6))
        {
            var values = filled.Select(t => CellValue.Read(t)?.Value).ToList();
            // 1, 2, 3 … in a 연번 column number the rows; they are labels, not figures.
            var sequence = values.All(v => v is not null) && values.Count >= 3 && values.Select((v, i) => v == i + 1).All(b => b);
            return sequence ? ColumnKind.Key : ColumnKind.Number;
        }
        var dated = filled.Count(t => DateScanner.Scan(TextNormalizer.Normalize(t)).Any(d => d.Month is not null || d.Year is not null) && t.Length <= 30);
        if (dated >= filled.Count * 0.6)
        {
            return ColumnKind.Date;
        }
        var distinct = filled.Distinct().Count();
        return filled.All(t => t.Length <= 12) && (distinct < filled.Count || filled.Count <= 3) ? ColumnKind.Category : ColumnKind.Text;
    }
}
