using Answering.Documents;
using Answering.Understanding;
using Corpus.Quantities;
using Knowledge.Language;
using Knowledge.Tables;

namespace Answering.Evidence;

/// <summary>
/// Points a question at the rows and columns of a table from the words, years, stages and places it names: a column
/// header path (2단계(B) › 소계), a row label or any text cell of the row (a company in 주관기관), the title. Where the
/// question names a group but not one of its columns, the group's total column stands for it.
/// </summary>
public static class TableQuery
{
    public static IEnumerable<TableSelection> Select(DocumentMatch match)
    {
        foreach (var table in match.Document.Tables)
        {
            if (table.Table.IsBlock || table.Rows.Count == 0)
            {
                continue;
            }
            if (Select(match, table) is { } selection)
            {
                yield return selection;
            }
        }
    }

    public static TableSelection? Select(DocumentMatch match, TableModel table)
    {
        var question = match.Question;
        var terms = match.EvidenceTerms;
        var years = match.Years;
        var stages = question.Stages;
        var covered = new HashSet<string>(StringComparer.Ordinal);

        var titleTerms = table.TitleTerms.ToHashSet(StringComparer.Ordinal);
        var contextTerms = table.ContextTerms.ToHashSet(StringComparer.Ordinal);
        var titleScore = 0.0;
        foreach (var t in terms)
        {
            if (titleTerms.Contains(t))
            {
                titleScore += match.Weight(t);
                covered.Add(t);
            }
            else if (contextTerms.Contains(t))
            {
                titleScore += match.Weight(t) * 0.5;
                covered.Add(t);
            }
        }
        var titleYears = TableModel.YearsOf(table.Title);

        // Columns.
        var columnScores = new double[table.Columns.Count];
        var columnTerms = new List<string>[table.Columns.Count];
        var columnMismatch = new bool[table.Columns.Count];
        foreach (var column in table.Columns)
        {
            var matched = new List<string>();
            var score = 0.0;
            foreach (var t in terms.Where(column.Terms.Contains))
            {
                score += match.Weight(t);
                matched.Add(t);
            }
            if (column.Compact.Length >= 2 && question.Compact.Contains(column.Compact, StringComparison.Ordinal))
            {
                score += 1.0 + Math.Min(column.Compact.Length, 8) * 0.1;
            }
            if (column.Years.Count > 0 && years.Count > 0)
            {
                if (column.Years.Intersect(years).Any())
                {
                    score += 2.5 + (column.Years[0] == years[0] || years.Contains(column.Years[0]) ? 0.5 : 0);
                }
                else
                {
                    columnMismatch[column.Index] = true;
                }
            }
            if (column.Stages.Count > 0 && stages.Count > 0)
            {
                if (column.Stages.Intersect(stages).Any())
                {
                    score += 2.5;
                }
                else
                {
                    columnMismatch[column.Index] = true;
                }
            }
            if (MonthOf(column.Label) is int month && question.Months.Count > 0)
            {
                if (question.Months.Contains(month))
                {
                    score += 1.0;
                }
            }
            columnScores[column.Index] = score;
            columnTerms[column.Index] = matched;
        }

        // Rows.
        var rowScores = new double[table.Rows.Count];
        var rowTerms = new List<string>[table.Rows.Count];
        var rowGroupOnly = new bool[table.Rows.Count];
        var rowMismatch = new bool[table.Rows.Count];
        foreach (var row in table.Rows)
        {
            var matched = new List<string>();
            var score = 0.0;
            var cellTerms = row.Cells.Where(c => table.Columns[c.Column].Kind is ColumnKind.Key or ColumnKind.Text or ColumnKind.Category)
                .SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal);
            foreach (var t in terms)
            {
                if (row.Terms.Contains(t))
                {
                    score += match.Weight(t) * 1.2;
                    matched.Add(t);
                }
                else if (cellTerms.Contains(t))
                {
                    score += match.Weight(t);
                    matched.Add(t);
                }
            }
            // Names written in the question (a company, a 시·도, 비R&D) match the row's cells whole.
            foreach (var cell in row.Cells.Where(c => table.Columns[c.Column].Kind is ColumnKind.Key or ColumnKind.Text or ColumnKind.Category))
            {
                var name = NameCompact(cell.Text);
                if (name.Length >= 2 && ContainsName(question.Compact, name))
                {
                    score += 1.5 + Math.Min(name.Length, 10) * 0.15;
                }
            }
            foreach (var region in question.Regions)
            {
                var own = row.Cells.Any(c => table.Columns[c.Column].Kind is not ColumnKind.Number && NamesRegion(c.Text, region, parenthesised: false));
                var inGroup = !own && row.Cells.Any(c => table.Columns[c.Column].Kind is not ColumnKind.Number && NamesRegion(c.Text, region, parenthesised: true));
                if (own)
                {
                    score += 3;
                }
                else if (inGroup)
                {
                    score += 1;
                    rowGroupOnly[row.Index] = true;
                }
            }
            if (row.Years.Count > 0 && years.Count > 0)
            {
                if (row.Years.Intersect(years).Any())
                {
                    score += 2.5;
                }
                else
                {
                    rowMismatch[row.Index] = true;
                }
            }
            if (row.Stages.Count > 0 && stages.Count > 0)
            {
                if (row.Stages.Intersect(stages).Any())
                {
                    score += 2.5;
                }
                else
                {
                    rowMismatch[row.Index] = true;
                }
            }
            rowScores[row.Index] = score;
            rowTerms[row.Index] = matched;
        }

        var rows = PickRows(table, rowScores, rowMismatch, out var rowsDefaulted, question);
        var columns = PickColumns(table, columnScores, columnMismatch, question, match, out var columnsDefaulted);
        if (columns.Count == 0)
        {
            return null;
        }
        foreach (var r in rows)
        {
            covered.UnionWith(rowTerms[r.Index]);
        }
        foreach (var c in columns)
        {
            covered.UnionWith(columnTerms[c.Index]);
        }
        var total = titleScore + (rows.Count > 0 && !rowsDefaulted ? rows.Max(r => rowScores[r.Index]) : 0) + columns.Max(c => columnScores[c.Index]);
        total += UnitFit(question, columns);
        var periodNamed = years.Count > 0 || stages.Count > 0;
        var periodCarried = columns.Any(c => c.Years.Count > 0 || c.Stages.Count > 0) || rows.Any(r => r.Years.Count > 0 || r.Stages.Count > 0) || titleYears.Count > 0;
        var periodMismatch = periodNamed && (columns.All(c => columnMismatch[c.Index]) && columns.Any(c => c.Years.Count + c.Stages.Count > 0)
            || rows.Count > 0 && rows.All(r => rowMismatch[r.Index]) && rows.Any(r => r.Years.Count + r.Stages.Count > 0)
            || !periodCarried && years.Count > 0 && titleYears.Count == 0 && !TableSpansYears(table, years) && match.Document.Profile.Year is int y && !years.Contains(y));
        return new TableSelection(table, rows, columns, total, covered, rowsDefaulted, columnsDefaulted)
        {
            GroupOnly = rows.Count > 0 && rows.All(r => rowGroupOnly[r.Index]),
            PeriodMismatch = periodMismatch,
        };
    }

    private static IReadOnlyList<RowModel> PickRows(TableModel table, double[] scores, bool[] mismatch, out bool defaulted, Question question)
    {
        defaulted = false;
        var max = scores.Length == 0 ? 0 : scores.Max();
        if (max > 0)
        {
            // Several rows can be named at once (대전·세종·충북·충남): each strong row whose own name the question writes.
            var strong = table.Rows.Where(r => !mismatch[r.Index] && scores[r.Index] >= max * 0.85).ToList();
            if (strong.Count == 0)
            {
                strong = [.. table.Rows.Where(r => scores[r.Index] >= max * 0.85)];
            }
            var named = table.Rows.Where(r => !mismatch[r.Index] && scores[r.Index] >= Math.Min(max, 1.6) * 0.9 && ContainsName(question.Compact, NameCompact(r.Name))).ToList();
            return named.Count > strong.Count ? named : strong;
        }
        defaulted = true;
        var total = table.Rows.LastOrDefault(r => r.IsTotal);
        return total is null ? [] : [total];
    }

    private static IReadOnlyList<ColumnModel> PickColumns(TableModel table, double[] scores, bool[] mismatch, Question question, DocumentMatch match, out bool defaulted)
    {
        defaulted = false;
        var figures = table.Columns.Where(c => c.Kind != ColumnKind.Key).ToList();
        if (figures.Count == 0)
        {
            return [];
        }
        var max = figures.Max(c => scores[c.Index]);
        if (max > 0)
        {
            var best = figures.Where(c => scores[c.Index] >= max - 1e-9 && !mismatch[c.Index]).ToList();
            if (best.Count == 0)
            {
                best = [.. figures.Where(c => scores[c.Index] >= max - 1e-9)];
            }
            // Two periods named (1단계와 2단계, '23 대비 '24): the best column for each.
            var periods = match.Years.Count >= 2 ? match.Years.Select(y => (Func<ColumnModel, bool>)(c => c.Years.Contains(y)))
                : question.Stages.Count >= 2 ? question.Stages.Select(s => (Func<ColumnModel, bool>)(c => c.Stages.Contains(s)))
                : null;
            if (periods is not null)
            {
                var perPeriod = new List<ColumnModel>();
                foreach (var test in periods)
                {
                    var candidates = figures.Where(test).ToList();
                    if (candidates.Count == 0)
                    {
                        continue;
                    }
                    var top = candidates.Max(c => scores[c.Index]);
                    perPeriod.AddRange(PreferTotals(candidates.Where(c => scores[c.Index] >= top - 1e-9).ToList(), question));
                }
                if (perPeriod.Count >= 2)
                {
                    return perPeriod.Distinct().ToList();
                }
            }
            return PreferTotals(best, question);
        }
        defaulted = true;
        var numeric = figures.Where(c => c.Kind == ColumnKind.Number).ToList();
        var fit = numeric.Where(c => UnitFit(question, [c]) > 0).ToList();
        if (fit.Count == 1)
        {
            return fit;
        }
        var totals = (fit.Count > 0 ? fit : numeric).Where(c => c.IsTotal).ToList();
        if (totals.Count > 0)
        {
            return [totals[^1]];
        }
        if (numeric.Count == 1)
        {
            return numeric;
        }
        return fit.Count > 0 ? fit : numeric.Count > 0 ? numeric : figures;
    }

    /// <summary>Among equally good columns of one group (2단계 › '21, '22, 소계), the group's total stands for the group.</summary>
    private static IReadOnlyList<ColumnModel> PreferTotals(List<ColumnModel> columns, Question question)
    {
        if (columns.Count <= 1)
        {
            return columns;
        }
        var byGroup = columns.GroupBy(c => c.Path.Count > 1 ? c.Path[0] : c.Label).ToList();
        var result = new List<ColumnModel>();
        foreach (var group in byGroup)
        {
            var totals = group.Where(c => c.IsTotal).ToList();
            result.AddRange(totals.Count > 0 && group.Count() > 1 ? totals : group);
        }
        var fit = result.Where(c => UnitFit(question, [c]) > 0).ToList();
        return fit.Count > 0 && fit.Count < result.Count ? fit : result;
    }

    /// <summary>A bonus when the columns' unit is what the question asks for (몇 개 → a count, 몇 % → a percentage).</summary>
    public static double UnitFit(Question question, IEnumerable<ColumnModel> columns)
    {
        var bonus = 0.0;
        foreach (var column in columns)
        {
            var unit = column.Unit;
            if (unit is null)
            {
                continue;
            }
            if (question.Has(Asks.Count) && unit.IsCount || question.Has(Asks.Percent) && unit.Family == UnitFamily.Percent
                || question.Has(Asks.Amount) && unit.IsMoney || question.Has(Asks.Score) && unit.Family == UnitFamily.Score
                || question.Has(Asks.Duration) && unit.Family is UnitFamily.Duration)
            {
                bonus = Math.Max(bonus, 1.0);
            }
        }
        return bonus;
    }

    private static bool TableSpansYears(TableModel table, IReadOnlyList<int> years) =>
        table.Columns.Any(c => c.Years.Intersect(years).Any()) || table.Rows.Any(r => r.Years.Intersect(years).Any());

    private static int? MonthOf(string label)
    {
        var m = System.Text.RegularExpressions.Regex.Match(label, @"(\d{1,2})\s?월");
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A cell's name without a parenthesised part or marks (수도권(서울·인천·경기) → 수도권, 전북* → 전북).</summary>
    public static string NameCompact(string text)
    {
        var withoutParens = System.Text.RegularExpressions.Regex.Replace(text, @"\([^)]*\)", "");
        return TextNormalizer.Compact(withoutParens);
    }

    /// <summary>Whether the question writes a name, not as the tail of a negated word (R&amp;D in 비R&amp;D) or inside a longer name.</summary>
    public static bool ContainsName(string questionCompact, string name)
    {
        if (name.Length < 2)
        {
            return false;
        }
        var at = 0;
        while ((at = questionCompact.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
        {
            var negated = at > 0 && questionCompact[at - 1] is '비' or '非' && !name.StartsWith('비');
            if (!negated)
            {
                return true;
            }
            at += name.Length;
        }
        return false;
    }

    private static bool NamesRegion(string cellText, Region region, bool parenthesised)
    {
        var outside = System.Text.RegularExpressions.Regex.Replace(cellText, @"\([^)]*\)", " ");
        var text = parenthesised ? cellText : outside;
        var names = Regions.In(text);
        if (!parenthesised)
        {
            return names.Any(n => n.Region == region);
        }
        return names.Any(n => n.Region == region) && !Regions.In(outside).Any(n => n.Region == region);
    }
}
