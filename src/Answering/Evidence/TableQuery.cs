using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
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
public static partial class TableQuery
{
    public static IEnumerable<TableSelection> Select(DocumentMatch match)
    {
        foreach (var table in match.Document.Tables)
        {
            if (table.Table.IsBlock || table.Rows.Count == 0 || table.IsContactTable)
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
        var ownYearCompared = ChangeSinceEarlier(match);
        var stages = question.Stages;
        var carried = new Carried { Cells = true };

        var longer = match.LongerTerms ??= LongerTerms(terms);
        var titleTerms = table.TitleTermSet;
        var contextTerms = table.ContextTermSet;
        var titleScore = 0.0;
        foreach (var t in terms)
        {
            if (titleTerms.Contains(t))
            {
                titleScore += match.Weight(t);
                carried.Add(t, 0.8);
            }
            else if (contextTerms.Contains(t))
            {
                titleScore += match.Weight(t) * 0.5;
                carried.Add(t, 0.5);
            }
        }
        var titleNamed = TitleNamed(table, question);
        if (titleNamed)
        {
            // "주요 증액 사업 6개의 …": the question names the table by its title, which is what it asks about.
            titleScore += 3;
            foreach (var t in terms.Where(titleTerms.Contains))
            {
                carried.Add(t, 1);
            }
        }
        var titleYears = table.PeriodYears;
        var wantsTotal = WantsTotal().IsMatch(question.Text);

        var askedParts = SubPeriods.In(question.Text);
        var columnHasParts = new bool[table.Columns.Count];

        // Columns.
        var columnScores = new double[table.Columns.Count];
        var columnTerms = new List<string>[table.Columns.Count];
        var columnMismatch = new bool[table.Columns.Count];
        foreach (var column in table.Columns)
        {
            var matched = new List<string>();
            var score = 0.0;
            // A column named only by an operation's word (비중, 증감률) states that result: the word names it.
            var statesResult = column.Terms.Count > 0 && column.Terms.All(Coverage.IsOperationWord);
            foreach (var t in terms.Where(t => column.Terms.Contains(t) && (statesResult || !Coverage.IsOperationWord(t)) && !IsPeriodWord(t)))
            {
                score += Weight(match, t);
                matched.Add(t);
            }
            // "얼마나 줄었어요" asks what a 증감 column states, "증가율은" what a 증감률 column states, whatever the period named as the base.
            if (ChangeColumnAsked(question, column))
            {
                score += 3.5;
            }
            if (wantsTotal && (column.IsTotal || column.Terms.Contains("총") || column.Terms.Contains("합계")))
            {
                score += 0.6;
            }
            // A label that is only a period ("2027년") is weighed by its years below, not again as a name.
            if (column.Compact.Length >= 2 && question.Compact.Contains(column.Compact, StringComparison.Ordinal) && !PeriodOnlyLabel().IsMatch(column.Compact))
            {
                score += 1.0 + Math.Min(column.Compact.Length, 8) * 0.1;
            }
            if (column.Years.Count > 0 && years.Count > 0)
            {
                if (Covers(column.Label, column.Years, years))
                {
                    score += 2.5 * Jaccard(column.Years, years) + (years.Contains(column.Years[0]) ? 0.5 : 0);
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
                    score += 2.5 * Jaccard(column.Stages, stages);
                }
                else
                {
                    columnMismatch[column.Index] = true;
                }
            }
            if (askedParts.Count > 0 && SubPeriods.In(string.Join(" ", column.Path)) is { Count: > 0 } parts)
            {
                columnHasParts[column.Index] = true;
                // "2분기 투자건수": the 2분기 column, not 1분기 or the half beside it.
                var fit = SubPeriods.Fit(parts, askedParts);
                score += fit;
                columnMismatch[column.Index] |= fit == 0;
            }
            if (Months.Of(column.Label) is int month && question.Months.Count > 0)
            {
                // The month counts where it tells the table's periods apart (7월 from 1~7월 누계), or where no year was named
                // ("9월" of '24.9월 and '25.9월); in a one-month table a named year already chose ('24.9월 for 전년 같은 달),
                // and the month adds nothing a change column should lose to.
                if (question.Months.Contains(month) && (years.Count == 0 || MonthTellsApart(table, question)))
                {
                    score += 1.0;
                }
                else if (!question.Months.Contains(month))
                {
                    // "8월 지급액" is not the '25.9월 column of a monthly release.
                    columnMismatch[column.Index] = true;
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
            var cellTerms = table.TextCellTerms(row);
            // A row named 평균 states the mean asked for, as a 비중 column states a share (a 합계 row is weighed as the total).
            var rowStatesResult = question.Operation == Operation.Average && row.Terms.Count > 0 && row.Terms.All(t => t == "평균");
            // Words of a title the question writes whole name the table, not one of its rows.
            foreach (var t in terms.Where(t => (rowStatesResult || !Coverage.IsOperationWord(t)) && !IsPeriodWord(t) && !(titleNamed && titleTerms.Contains(t))))
            {
                if (row.Terms.Contains(t) || !row.Name.Contains(' ', StringComparison.Ordinal) && Names(row.Terms, t, longer))
                {
                    // A word only of the group the row stands in (일반회계 over its 사업명) names the group, not this row.
                    score += Weight(match, t) * (OfGroupOnly(row, t) ? 0.6 : 1.2);
                    matched.Add(t);
                }
                else if (cellTerms.Contains(t) && !(match.IsNaming(t) && (terms.Any(u => u.Length > t.Length && u.Contains(t, StringComparison.Ordinal) && !cellTerms.Contains(u))
                    || !InNameOrAskedCell(table, row, t, columnScores))))
                {
                    // A piece of the programme's name (특화 of 지역특화산업) in a description cell (특화산업 핵심기술 개발) does not name its
                    // row, nor does a word of it in a column nobody asked about (성과평가 in a 후속 조치 cell "센터장 성과평가 반영").
                    score += Weight(match, t);
                    matched.Add(t);
                }
            }
            // Names written in the question (a company, a 시·도, 비R&D) match the row's cells whole; a grade letter as "C등급".
            foreach (var cell in row.Cells.Where(c => table.Columns[c.Column].Kind is ColumnKind.Key or ColumnKind.Text or ColumnKind.Category))
            {
                var name = CellNames(table)[row.Index][cell.Column];
                if (name.Length >= 2 && ContainsName(question.Compact, name))
                {
                    // A category value several rows share (분야 기술개발) selects them, as does an upper level of nested keys
                    // (회계 over 사업명); a row's own name names it.
                    var groupLevel = table.Columns[cell.Column].Kind == ColumnKind.Key && cell.Column < table.Table.RowHeaderWidth - 1;
                    score += table.Columns[cell.Column].Kind == ColumnKind.Category || groupLevel ? 1.0 : 1.5 + Math.Min(name.Length, 10) * 0.15;
                }
                else if (name.Length == 1 && char.IsAsciiLetterUpper(cell.Text.Trim()[0]) && question.Compact.Contains(name + "등급", StringComparison.Ordinal)
                    && (table.Columns[cell.Column].Years.Count == 0 || match.Years.Concat(match.Document.Profile.Year is int dy ? [dy] : []).Contains(table.Columns[cell.Column].Years[0])))
                {
                    score += 2.0;
                    matched.AddRange(cell.Terms);
                }
            }
            foreach (var region in question.Regions)
            {
                var regions = CellRegions(table)[row.Index];
                var own = row.Cells.Any(c => table.Columns[c.Column].Kind is not ColumnKind.Number && regions[c.Column].NamesOwn(region));
                var inGroup = !own && row.Cells.Any(c => table.Columns[c.Column].Kind is not ColumnKind.Number && regions[c.Column].NamesInGroup(region));
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
            // "도 지역 후보지", "광역시 6곳": rows that are 시·도 of the kind named.
            if (question.PlaceKinds.Count > 0 && Regions.Find(row.Name) is { } rowRegion)
            {
                var city = question.PlaceKinds.Contains("광역시");
                var province = question.PlaceKinds.Contains("도");
                if (city != province && (city ? rowRegion.IsCity : !rowRegion.IsCity && !rowRegion.IsCapitalArea))
                {
                    score += 2.0;
                    matched.Add(city ? "광역시" : "도");
                }
            }
            if (row.Years.Count > 0 && years.Count > 0)
            {
                if (row.Years.Intersect(years).Any() || ownYearCompared is int own && row.Years.Contains(own))
                {
                    score += 2.5;
                }
                else
                {
                    rowMismatch[row.Index] = true;
                }
            }
            // Rows kept by month ('24. 3월 … '25. 3월): a named month chooses its rows, as a named year does.
            if (question.Months.Count > 0 && Months.Of(row.Label) is int rowMonth && RowsByMonth(table))
            {
                if (question.Months.Contains(rowMonth))
                {
                    score += 1.0;
                }
                else
                {
                    rowMismatch[row.Index] = true;
                }
            }
            if (askedParts.Count > 0 && SubPeriods.In(row.Name) is { Count: > 0 } rowParts)
            {
                var fit = SubPeriods.Fit(rowParts, askedParts);
                score += fit;
                rowMismatch[row.Index] |= fit == 0;
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
        GroupTotalsForGroups(table, rowScores, rowTerms);

        var rows = PickRows(table, rowScores, rowMismatch, rowTerms, out var rowsDefaulted, question, match);
        var columns = PickColumns(table, columnScores, columnMismatch, columnTerms, question, match, out var columnsDefaulted);
        if (columns.Count == 0)
        {
            return null;
        }
        if (rows.Count == 0 && SameInEveryRow(table, columns, columnsDefaulted) is { } every)
        {
            // "탄소중립 트랙 한도" with no 매출 구간 named: the column holds one figure for every row, so it is the answer in each.
            rows = every;
        }
        foreach (var r in rows)
        {
            foreach (var t in rowTerms[r.Index])
            {
                carried.Add(t, 1);
            }
            carried.Years.UnionWith(r.Years);
            carried.Stages.UnionWith(r.Stages);
            foreach (var cell in r.Cells.Where(c => table.Columns[c.Column].Kind is not ColumnKind.Number))
            {
                foreach (var region in CellRegions(table)[r.Index][cell.Column].Outside)
                {
                    carried.Regions.Add(region);
                }
            }
        }
        foreach (var c in columns)
        {
            foreach (var t in columnTerms[c.Index])
            {
                // A category column's header (분야) names the dimension a row is filed under, as a title names its table.
                carried.Add(t, c.Kind == ColumnKind.Category ? 0.8 : 1);
            }
            carried.Years.UnionWith(c.Years);
            carried.Stages.UnionWith(c.Stages);
            if (c.Years.Count == 0 && Computing.Compute.IsChangeLabel(c.Label) && table.Columns.Where(o => o.Years.Count > 0).Select(o => o.Years.Max()).DefaultIfEmpty().Max() is > 0 and var latest)
            {
                // 증감률 beside '26 and '27 columns is the change into '27.
                carried.Years.Add(latest);
            }
        }
        if (Coverage.Quoted(question).Any())
        {
            var besideCells = rows.Count > 0 && !rowsDefaulted ? rows.SelectMany(r => r.Cells) : table.Rows.SelectMany(r => columns.Select(c => table.Cell(r, c)));
            foreach (var cell in besideCells)
            {
                if (cell.Value is double value)
                {
                    carried.Beside.Add(new Quantity(value, cell.Unit ?? Units.None, 0, 0));
                }
            }
        }
        carried.Years.UnionWith(titleYears);
        if (question.Operation is Operation.Growth or Operation.Difference && carried.Years.Count > 0
            && columns.Any(c => ChangeOf(table, c) is { } change && YearOverYear().IsMatch(Unspaced(change.Label))))
        {
            // A level beside its change against the year before (취업자, 전년동월대비) holds the earlier year's level too.
            carried.Years.UnionWith([.. carried.Years.Select(y => y - 1)]);
        }
        carried.Stages.UnionWith(TableModel.StagesOf(table.Title));
        foreach (var (region, _, _) in Regions.In(table.Title))
        {
            carried.Regions.Add(region);
        }
        carried.Unit = columns.Select(c => c.Unit).FirstOrDefault(u => u is not null)
            ?? rows.SelectMany(r => columns.Select(c => table.Cell(r, c).Unit)).FirstOrDefault(u => u is not null)
            ?? (table.TitleUnit is { } titleUnit ? Corpus.Quantities.Units.Find(titleUnit.Split(',')[0].Trim()) : null);
        if (carried.Years.Count == 0 && !TableSpansYears(table, match.Years) && match.Document.Profile.Year is int documentYear && titleYears.Count == 0)
        {
            // A table without years speaks of the document's own year (weaker than one that writes it).
            carried.DefaultYear = documentYear;
        }
        var total = titleScore + (rows.Count > 0 && !rowsDefaulted ? rows.Max(r => rowScores[r.Index]) : 0) + columns.Max(c => columnScores[c.Index]);
        // "8개 지구", "5개 과제": a table with that many rows (or that many rows selected) is the one meant.
        var bodyRows = table.Rows.Count(r => !r.IsTotal);
        if (question.Quantities.Any(q => q.Unit.IsCount && (Math.Abs(q.Value - bodyRows) < 1e-9 || !rowsDefaulted && rows.Count >= 2 && Math.Abs(q.Value - rows.Count) < 1e-9)))
        {
            total += 1.5;
        }
        total += UnitFit(question, columns);
        var periodNamed = years.Count > 0 || stages.Count > 0 || question.Months.Count > 0;
        var periodCarried = columns.Any(c => c.Years.Count > 0 || c.Stages.Count > 0) || rows.Any(r => r.Years.Count > 0 || r.Stages.Count > 0) || titleYears.Count > 0;
        var periodMismatch = periodNamed && (columns.All(c => columnMismatch[c.Index]) && columns.Any(c => c.Years.Count + c.Stages.Count > 0 || Months.Of(c.Label) is not null)
            || rows.Count > 0 && rows.All(r => rowMismatch[r.Index]) && rows.Any(r => r.Years.Count + r.Stages.Count > 0)
            || MonthsMissing(table, question)
            || columns.All(c => columnMismatch[c.Index]) && columns.Any(c => columnHasParts[c.Index])
            || !periodCarried && years.Count > 0 && titleYears.Count == 0 && !TableSpansYears(table, years) && match.Document.Profile.Year is int y && !years.Contains(y));
        return new TableSelection(table, rows, columns, total, carried, rowsDefaulted, columnsDefaulted)
        {
            GroupOnly = rows.Count > 0 && rows.All(r => rowGroupOnly[r.Index]),
            PeriodMismatch = periodMismatch,
        };
    }

    /// <summary>The body rows of a column the question named, when they all hold the same figure; null otherwise.</summary>
    private static IReadOnlyList<RowModel>? SameInEveryRow(TableModel table, IReadOnlyList<ColumnModel> columns, bool columnsDefaulted)
    {
        if (columnsDefaulted || columns.Count != 1)
        {
            return null;
        }
        var body = table.Rows.Where(r => !r.IsTotal).ToList();
        var values = body.Select(r => table.Cell(r, columns[0]).Value).ToList();
        return body.Count >= 2 && values.All(v => v is not null) && values.Distinct().Count() == 1 ? body : null;
    }

    private static IReadOnlyList<RowModel> PickRows(TableModel table, double[] scores, bool[] mismatch, List<string>[] terms, out bool defaulted, Question question, DocumentMatch match)
    {
        defaulted = false;
        var max = scores.Length == 0 ? 0 : scores.Max();
        if (max >= 0.8)
        {
            var strong = table.Rows.Where(r => !mismatch[r.Index] && scores[r.Index] >= max * 0.85).ToList();
            if (strong.Count == 0)
            {
                strong = [.. table.Rows.Where(r => scores[r.Index] >= max * 0.85)];
            }
            // Several rows can be named at once (대전·세종·충북·충남): each row whose own name the question writes.
            // A name several rows share (현행 under each 위반행위) names none of them alone.
            var named = table.Rows.Where(r => !mismatch[r.Index] && scores[r.Index] >= Math.Min(max, 1.6) * 0.9 && ContainsName(question.Compact, NameCompact(r.Name))
                && table.Rows.Count(o => o.Name == r.Name) == 1 && !Coverage.IsOperationWord(NameCompact(r.Name))).ToList();
            if (named.Count > strong.Count)
            {
                return named;
            }
            // Or named by different words: add rows that carry a term no chosen row carries.
            var chosen = strong.ToList();
            var carried = new HashSet<string>(chosen.SelectMany(r => terms[r.Index]));
            foreach (var row in table.Rows.Where(r => !chosen.Contains(r) && !mismatch[r.Index]).OrderByDescending(r => scores[r.Index]))
            {
                var fresh = terms[row.Index].Where(t => !carried.Contains(t)).Sum(match.Weight);
                if (fresh >= 1.0 && scores[row.Index] >= max * 0.5 && terms[row.Index].All(t => !carried.Contains(t)))
                {
                    chosen.Add(row);
                    carried.UnionWith(terms[row.Index]);
                }
            }
            return OwnPeriodRows(chosen, question, match);
        }
        defaulted = true;
        var total = table.Rows.LastOrDefault(r => r.IsTotal);
        return total is null ? [] : [total];
    }

    /// <summary>
    /// "작년보다 얼마나 늘었어요?": a change from an earlier year only named relatively runs to the document's own year,
    /// whose row is as much asked for as the earlier one's.
    /// </summary>
    private static int? ChangeSinceEarlier(DocumentMatch match) =>
        match.Question.Operation is Operation.Difference or Operation.Growth && match.Question.Years.Count == 0
        && match.Question.RelativeYears.Count > 0 && match.Question.RelativeYears.All(r => r < 0) ? match.Document.Profile.Year : null;

    /// <summary>
    /// Rows that differ only by their year ('25년 상반기 투자액, '26년 상반기 투자액) and a question that names no period and
    /// compares nothing: the document's own year speaks (or the latest), as it does for period columns.
    /// </summary>
    private static List<RowModel> OwnPeriodRows(List<RowModel> chosen, Question question, DocumentMatch match)
    {
        if (chosen.Count < 2 || match.Years.Count > 0 || question.Stages.Count > 0
            || question.Operation is Operation.Difference or Operation.Growth or Operation.Ratio or Operation.Sum or Operation.Rank or Operation.Count or Operation.Filter or Operation.BackCompute
            || !chosen.All(r => r.Years.Count == 1) || chosen.Select(r => r.Years[0]).Distinct().Count() != chosen.Count
            || chosen.Select(r => YearPrefix().Replace(r.Compact, "")).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            return chosen;
        }
        var year = NamingYearOf(question, chosen.Select(r => r.Years[0]))
            ?? (match.Document.Profile.Year is int own && chosen.Any(r => r.Years[0] == own) ? own : chosen.Max(r => r.Years[0]));
        return [.. chosen.Where(r => r.Years[0] == year)];
    }

    /// <summary>
    /// A column headed by what it is compared against (전년동월대비, 전월 대비) states a change; in a table whose rows are not
    /// years (a table of one month by 연령대) it is the change a "얼마나 줄었어" asks for.
    /// </summary>
    private static bool ComparedColumnAsked(TableModel table, Question question, ColumnModel column) =>
        question.Operation == Operation.Difference && ChangeHeaders.AgainstBase(column.Label) && column.Unit?.Family is not UnitFamily.Percent
        && table.Rows.All(r => r.Years.Count == 0);

    /// <summary>Whether a column states a change (증감, 증감률, 전년동월대비) rather than a level.</summary>
    public static bool StatesChange(ColumnModel column) =>
        Unspaced(column.Label) is var label && (ChangeAmountHeader().IsMatch(label) || ChangeRateHeader().IsMatch(label) || ChangeHeaders.AgainstBase(label)
            || column.Path.Count > 1 && column.Path.Take(column.Path.Count - 1).Any(p => ChangeHeaders.AgainstBase(p)));

    /// <summary>
    /// The column that states how a measure changed against its base (취업자 → its 전년동월대비 column, 고용률 → its %p
    /// column): the change column whose measure is the given one.
    /// </summary>
    public static ColumnModel? ChangeOf(TableModel table, ColumnModel measure)
    {
        var changes = table.Columns.Where(c => c.Kind == ColumnKind.Number && StatesChange(c)).ToList();
        return changes.FirstOrDefault(c => c.Index > measure.Index && !ChangeRateHeader().IsMatch(Unspaced(c.Label)) && MeasureOf(table, c, changes) == measure);
    }

    /// <summary>The measure a change column belongs to: the nearest figure column on its left that is not a change itself.</summary>
    private static ColumnModel? MeasureOf(TableModel table, ColumnModel change, IReadOnlyList<ColumnModel> changes)
    {
        for (var i = change.Index - 1; i >= 0; i--)
        {
            var column = table.Columns[i];
            if (column.Kind == ColumnKind.Key)
            {
                return null;
            }
            if (column.Kind == ColumnKind.Number && !changes.Contains(column) && !ChangeHeaders.AgainstBase(column.Label) && !ChangeRateHeader().IsMatch(Unspaced(column.Label)))
            {
                return column;
            }
        }
        return null;
    }


    // "몇 명이고 얼마나 줄었어", "얼마였죠? 작년 대비로는요?": the level is asked beside its change.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:몇\s?(?:천\s?|만\s?)?(?:명|%|개|곳|건|억원|원)\s?(?:이고|고|이며|인데|이에요|예요|이야|야)|얼마(?:였|이고|고\s|예요|야|인데|이에요|인가요))(?=.+(?:얼마나|대비|보다))")]
    private static partial System.Text.RegularExpressions.Regex LevelAlsoAsked();

    /// <summary>
    /// "재도약지원자금 예산": a question that names a group of rows by its header only, and none of its members, asks for
    /// the group's 소계 row — the member written on the group's first line (재창업) carries the header but is not the group.
    /// </summary>
    private static void GroupTotalsForGroups(TableModel table, double[] rowScores, List<string>[] rowTerms)
    {
        foreach (var total in table.Rows.Where(r => r.IsTotal && r.Header.Count > 1))
        {
            var group = total.Header.Take(total.Header.Count - 1).ToList();
            var members = table.Rows.Where(r => r != total && !r.IsTotal && r.Header.Count == total.Header.Count && r.Header.Take(group.Count).SequenceEqual(group)).ToList();
            var best = members.OrderByDescending(r => rowScores[r.Index]).FirstOrDefault();
            if (best is null || rowScores[best.Index] < rowScores[total.Index] || rowTerms[best.Index].Count == 0
                || !members.All(m => rowTerms[m.Index].All(t => OfGroupOnly(m, t))))
            {
                continue;
            }
            rowScores[total.Index] = rowScores[best.Index];
            rowTerms[total.Index] = [.. rowTerms[total.Index].Union(rowTerms[best.Index])];
            foreach (var member in members)
            {
                rowScores[member.Index] *= 0.8;
            }
        }
    }

    /// <summary>Whether a term of a row's label belongs only to the groups above its own name (the row's header path).</summary>
    private static bool OfGroupOnly(RowModel row, string term) =>
        row.Header.Count > 1 && row.Name != row.Label && !NameTerms.GetValue(row, TermsOfName).Contains(term);

    /// <summary>The terms of each row's own name, analysed once per row rather than for every term of every question.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RowModel, HashSet<string>> NameTerms = [];

    private static HashSet<string> TermsOfName(RowModel row) =>
        [.. Knowledge.Language.TermAnalyzer.Terms(row.Name).Select(Knowledge.Language.Lexicon.Canonical)];

    /// <summary>Whether the table's rows are months (several rows, each naming a month, not all the same one).</summary>
    private static bool RowsByMonth(TableModel table) =>
        table.Rows.Select(r => Months.Of(r.Label)).Where(m => m is not null).ToList() is { Count: >= 2 } months && months.Distinct().Count() >= 2;

    /// <summary>
    /// A year the question writes only to name the document by (so it asks no period) that is one of the table's periods:
    /// the document is about that year, and so is the question.
    /// </summary>
    private static int? NamingYearOf(Question question, IEnumerable<int> periods) =>
        question.Years.Intersect(periods).Select(y => (int?)y).FirstOrDefault();

    [System.Text.RegularExpressions.GeneratedRegex(@"'?\d{2,4}년?도?")]
    private static partial System.Text.RegularExpressions.Regex YearPrefix();

    /// <summary>
    /// A change column (증감, 증감률) the question's operation asks for: a difference against a base, or a rate of change.
    /// A statistics release states a change as an amount and a rate side by side (증감 △4, 증감률 △0.6), so "얼마나
    /// 줄었나" reads both.
    /// </summary>
    private static bool ChangeColumnAsked(Question question, ColumnModel column)
    {
        // "증액분을 다 더하면", "얼마가 줄어드는": the amount of the change, whatever is done with it.
        if (ChangeAmountWord().IsMatch(question.Text) && ChangeAmountHeader().IsMatch(Unspaced(column.Label)) && column.Unit?.Family is not UnitFamily.Percent)
        {
            return true;
        }
        if (question.Years.Count > 1 || question.Operation is not (Operation.Difference or Operation.Growth))
        {
            return false;
        }
        var both = HowMuchChanged().IsMatch(question.Text);
        // "취득자에서 상실자를 빼면", "A와 B의 차이": a difference between two things named, not a change over time.
        if (question.Operation == Operation.Difference && !both && question.Direction == 0 && question.RelativeYears.Count == 0 && !ChangeWord().IsMatch(question.Text))
        {
            return false;
        }
        var amount = ChangeAmountHeader().IsMatch(Unspaced(column.Label)) && column.Unit?.Family is not UnitFamily.Percent;
        var rate = ChangeRateHeader().IsMatch(Unspaced(column.Label));
        return question.Operation == Operation.Difference ? amount || both && rate : rate || both && amount;
    }

    /// <summary>A header as read without the spaces tables put between its syllables (증 감 → 증감).</summary>
    private static string Unspaced(string label) => string.Concat(label.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Two columns under the same spanning header (or none): 수출 › 증감 pairs with 수출 › 증감률, not 수입 › 증감률.</summary>
    private static bool SameParent(ColumnModel a, ColumnModel b) =>
        a.Path.Count == b.Path.Count && a.Path.Take(a.Path.Count - 1).SequenceEqual(b.Path.Take(b.Path.Count - 1));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:19|20)?\d{2}|'\d{2})년?도?$|^\d단계$")]
    private static partial System.Text.RegularExpressions.Regex PeriodOnlyLabel();

    [System.Text.RegularExpressions.GeneratedRegex(@"증감|변화|변동|대비|전월|전년|지난해|작년|비해|보다")]
    private static partial System.Text.RegularExpressions.Regex ChangeWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"증[액가]분|감[액소]분|증가액|증액\s?규모|감액\s?규모|삭감액|늘어난\s?(?:금액|액수|돈)|줄어든\s?(?:금액|액수|돈)|얼마가\s?(?:줄어|늘어|깎|삭감|감액|증액)")]
    private static partial System.Text.RegularExpressions.Regex ChangeAmountWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"얼마나\s?(?:늘|줄|증가|감소|변|달라)|(?:증가|감소|증감|변화)\s?폭|대비로는|몇\s?(?:천|만)?\s?(?:명|개|곳|건)?\s?(?:늘|줄|증가|감소)")]
    private static partial System.Text.RegularExpressions.Regex HowMuchChanged();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:증감|증감액|증액|감액|증원|감원|증가|감소|증가액|감소액|증가\s?인원|증감\s?\(.*\))$")]
    private static partial System.Text.RegularExpressions.Regex ChangeAmountHeader();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:전년|전년동월|전년동기|전년도)대비")]
    private static partial System.Text.RegularExpressions.Regex YearOverYear();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:증감률|증감율|증가율|감소율|증가률)$")]
    private static partial System.Text.RegularExpressions.Regex ChangeRateHeader();

    private static IReadOnlyList<ColumnModel> PickColumns(TableModel table, double[] scores, bool[] mismatch, List<string>[] terms, Question question, DocumentMatch match, out bool defaulted)
    {
        defaulted = false;
        var figures = table.Columns.Where(c => c.Kind != ColumnKind.Key).ToList();
        if (figures.Count == 0)
        {
            return [];
        }
        // A question that names a year or stage means a column of that period when the table has such columns.
        var periodic = figures.Where(c => c.Years.Intersect(match.Years).Any() || c.Stages.Intersect(question.Stages).Any()).ToList();
        if (periodic.Count > 0)
        {
            // Columns of other periods drop out; a column without a period stays when the question names it (증감률).
            figures = [.. figures.Where(c => periodic.Contains(c) || c.Years.Count == 0 && c.Stages.Count == 0 && (terms[c.Index].Count > 0 || ChangeColumnAsked(question, c)))];
        }
        else if (match.Years.Count == 0 && question.Stages.Count == 0 && figures.Any(c => c.Years.Count > 0))
        {
            // No period asked: the year the question names the document by ("2026 예산안" of a paper written in 2025), else
            // the document's own year (or the latest) stands, beside columns without years (누계, 증감률).
            var year = NamingYearOf(question, figures.Where(c => c.Years.Count > 0).Select(c => c.Years[0]))
                ?? (match.Document.Profile.Year is int y && figures.Any(c => c.Years.Count > 0 && c.Years[0] == y) ? y : figures.Where(c => c.Years.Count > 0).Max(c => c.Years[0]));
            figures = [.. figures.Where(c => c.Years.Count == 0 || c.Years[0] == year)];
        }
        // "전력산업기반기금은 얼마나 늘었나": the table states the change itself; its period columns are what changed.
        if (match.Years.Count <= 1 && question.Operation is Operation.Difference or Operation.Growth
            && figures.Where(c => (ChangeColumnAsked(question, c) || ComparedColumnAsked(table, question, c)) && !mismatch[c.Index]).ToList() is { Count: > 0 } changes)
        {
            // 취업자 | 전년동월대비 | 고용률 | 전년동월대비: a change column belongs to the measure on its left, so the measure the
            // question names chooses among them; "몇 명이고 얼마나 줄었어" asks that measure beside its change.
            var measureScores = changes.Select(c => MeasureOf(table, c, changes) is { } m ? scores[m.Index] : 0).ToList();
            var ofAsked = changes.Where((c, i) => measureScores[i] > 0 && measureScores[i] >= measureScores.Max() - 1e-9).ToList();
            changes = ofAsked.Count > 0 ? ofAsked : changes;
            // "그럼 고용률은?" after a change was asked: the new measure is read as it stands and as it changed.
            if (LevelAlsoAsked().IsMatch(question.Text) || question.IsFollowUp && FollowUps.FollowUpMerger.AsksNothingOwn(question))
            {
                changes = [.. changes.Select(c => MeasureOf(table, c, changes)).OfType<ColumnModel>().Where(figures.Contains).Concat(changes).Distinct().OrderBy(c => c.Index)];
            }
            return changes;
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
                    // For each period the column that carries just that period (1단계 소계), not one that adds several (합계 A+B).
                    var candidates = figures.Where(test).ToList();
                    if (candidates.Count == 0)
                    {
                        continue;
                    }
                    var fewest = candidates.Min(c => c.Years.Count + c.Stages.Count);
                    candidates = [.. candidates.Where(c => c.Years.Count + c.Stages.Count == fewest)];
                    var top = candidates.Max(c => scores[c.Index]);
                    perPeriod.AddRange(PreferTotals(candidates.Where(c => scores[c.Index] >= top - 1e-9).ToList(), question));
                }
                if (perPeriod.Distinct().Count() >= 2 && question.Operation is not Operation.Lookup || perPeriod.Distinct().Count() >= 2 && !WantsTotal().IsMatch(question.Text))
                {
                    return perPeriod.Distinct().ToList();
                }
            }
            var picked = PreferTotals(best, question).ToList();
            // A second measure named by other words (선정 과제 수와 '24년 신규 예산): add a column for each.
            var carriedTerms = new HashSet<string>(picked.SelectMany(c => terms[c.Index]));
            foreach (var column in figures.Where(c => !picked.Contains(c) && !mismatch[c.Index]).OrderByDescending(c => scores[c.Index]))
            {
                var fresh = terms[column.Index].Where(t => !carriedTerms.Contains(t) && !Coverage.IsOperationWord(t) && !IsPeriodWord(t) && !match.NamingTerms.Contains(t)).ToList();
                if (fresh.Sum(match.Weight) >= 1.5 && terms[column.Index].All(t => !carriedTerms.Contains(t)))
                {
                    picked.Add(column);
                    carriedTerms.UnionWith(terms[column.Index]);
                }
            }
            // What the question asks for (얼마 and 몇 년, 금액 and 증가율) each gets a column of its unit.
            foreach (var family in AskedFamilies(question))
            {
                if (picked.Any(c => c.Unit?.Family == family || family == UnitFamily.Won && c.Unit?.IsMoney == true))
                {
                    continue;
                }
                var candidate = figures.Where(c => !picked.Contains(c) && !mismatch[c.Index] && c.Kind == ColumnKind.Number
                        && (c.Unit?.Family == family || family == UnitFamily.Won && c.Unit?.IsMoney == true || family == UnitFamily.Duration && table.Rows.Any(r => table.Cell(r, c).Unit?.Family == UnitFamily.Duration)))
                    .OrderByDescending(c => scores[c.Index]).ThenBy(c => c.IsTotal ? 1 : 0).FirstOrDefault();
                if (candidate is not null && picked.All(p => p.Path.Count == 0 || candidate.Path.Count == 0 || p.Path[0] != candidate.Path[0] || scores[candidate.Index] > 0))
                {
                    picked.Add(candidate);
                }
            }
            // "얼마나 늘었고 증가율은 몇 %": the change amount beside the rate (and the rate beside the amount), each its own column.
            if (HowMuchChanged().IsMatch(question.Text) && picked.Any(p => ChangeColumnAsked(question, p)))
            {
                picked.AddRange(figures.Where(c => !picked.Contains(c) && !mismatch[c.Index] && ChangeColumnAsked(question, c)
                    && picked.Any(p => ChangeColumnAsked(question, p) && SameParent(p, c))));
            }
            return picked;
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

    [System.Text.RegularExpressions.GeneratedRegex("합계|총액|총계|합친|합쳐|전체|통틀|모두|총 |총사업비|누계")]
    private static partial System.Text.RegularExpressions.Regex WantsTotal();

    [System.Text.RegularExpressions.GeneratedRegex(@"몇\s?(?:년|개월)")]
    private static partial System.Text.RegularExpressions.Regex AsksYears();

    [System.Text.RegularExpressions.GeneratedRegex(@"몇\s?%|비중|증가율|증감률|비율")]
    private static partial System.Text.RegularExpressions.Regex AsksPercent();

    [System.Text.RegularExpressions.GeneratedRegex(@"몇\s?(?:개|명|곳|건|개사|개소)")]
    private static partial System.Text.RegularExpressions.Regex AsksCount();

    [System.Text.RegularExpressions.GeneratedRegex(@"몇\s?점|점수")]
    private static partial System.Text.RegularExpressions.Regex AsksScore();

    [System.Text.RegularExpressions.GeneratedRegex(@"\([^)]*\)")]
    private static partial System.Text.RegularExpressions.Regex Parenthesised();

    /// <summary>The text with each parenthesised part replaced; most cells have none, and then the text is returned as is without running the pattern.</summary>
    private static string WithoutParentheses(string text, string replacement) =>
        text.Contains('(') ? Parenthesised().Replace(text, replacement) : text;

    /// <summary>For each term, the question's longer terms that contain it (소상공 → 소상공인).</summary>
    private static Dictionary<string, string[]> LongerTerms(IReadOnlyList<string> terms) =>
        terms.Distinct().ToDictionary(t => t, t => terms.Where(u => u.Length > t.Length && u.Contains(t, StringComparison.Ordinal)).Distinct().ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// Whether a label's terms name a question term, itself or through a longer term of the question that contains it:
    /// the analyser reads 소상공인 in a sentence as 소상공·상공 but a one-word row name alone as 공인, so there the
    /// compound stands for its pieces.
    /// </summary>
    private static bool Names(IReadOnlyList<string> labelTerms, string term, Dictionary<string, string[]> longer) =>
        labelTerms.Contains(term) || longer.TryGetValue(term, out var containing) && containing.Any(labelTerms.Contains);

    /// <summary>A word of the document's own name selects a row or column only weakly (실증 in 제조현장 AI 실증사업 names every 실증형 row).</summary>
    private static double Weight(DocumentMatch match, string term) => match.IsNaming(term) ? match.Weight(term) * 0.25 : match.Weight(term);

    /// <summary>Words that name a period, matched through years and stages instead.</summary>
    private static bool IsPeriodWord(string term) => term is "단계" or "년" or "년도" or "월" or "분기" or "반기" or "연도" or "해" or "기간";

    /// <summary>
    /// Whether a header's years cover the years asked: a range ('18~'22) covers the years inside it; otherwise the header's
    /// first year is its own ("2023년 평가('22년 실적)" is 2023's evaluation, not 2022's).
    /// </summary>
    private static bool Covers(string label, IReadOnlyList<int> headerYears, IReadOnlyList<int> asked)
    {
        if (label.Contains('~') && headerYears.Count >= 2)
        {
            return asked.Any(y => y >= headerYears.Min() && y <= headerYears.Max());
        }
        return asked.Contains(headerYears[0]);
    }

    /// <summary>How closely a column's periods are the question's: 1 for the same set, less for a column that also covers others.</summary>
    private static double Jaccard(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        var union = a.Union(b).Count();
        return union == 0 ? 0 : (double)a.Intersect(b).Count() / union;
    }

    /// <summary>The unit families a question asks for besides what its words name (얼마 → money, 몇 년 → a duration).</summary>
    private static IEnumerable<UnitFamily> AskedFamilies(Question question)
    {
        if (question.Operation == Operation.Share && question.Has(Asks.Amount) && System.Text.RegularExpressions.Regex.IsMatch(question.Text, @"각각|액(?:과|와|이랑|하고)\s"))
        {
            // "반도체 수출액과 … 반도체 비중은 각각": the amount beside the share the table states.
            yield return UnitFamily.Won;
            yield break;
        }
        // "소상공인은 몇 %를 지원받고, 한도는 얼마": a share asked beside another measure is the rate the table states.
        if (question.Operation == Operation.Share && question.Has(Asks.Amount | Asks.What))
        {
            yield return UnitFamily.Percent;
            yield break;
        }
        if (question.Operation != Operation.Lookup)
        {
            yield break;
        }
        // A claimed rate or amount (중기업도 70%까지 지원받는다, 피보험자가 1.8% 늘었다는데) is checked against a column of its unit.
        if (question.IsClaim)
        {
            foreach (var family in question.Quantities.Select(q => q.Unit).Where(u => u.Family is UnitFamily.Percent || u.IsMoney).Select(u => u.IsMoney ? UnitFamily.Won : u.Family).Distinct())
            {
                yield return family;
            }
        }
        if (question.Has(Asks.Duration) && AsksYears().IsMatch(question.Text))
        {
            yield return UnitFamily.Duration;
        }
        if (question.Has(Asks.Percent) && AsksPercent().IsMatch(question.Text))
        {
            yield return UnitFamily.Percent;
        }
        if (question.Has(Asks.Count) && AsksCount().IsMatch(question.Text))
        {
            yield return UnitFamily.Count;
        }
        if (AsksScore().IsMatch(question.Text))
        {
            yield return UnitFamily.Score;
        }
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

    /// <summary>Whether the question writes the table's whole title (without its years and marks).</summary>
    private static bool TitleNamed(TableModel table, Question question) =>
        TitleCompacts.GetValue(table, t => TextNormalizer.Compact(TitleYears().Replace(t.Title ?? "", ""))) is { Length: >= 4 } compact
        && question.Compact.Contains(compact, StringComparison.Ordinal);

    // Read once per table: every question weighs every table's title.
    private static readonly ConditionalWeakTable<TableModel, string> TitleCompacts = [];

    /// <summary>Whether a row writes the word in a cell that names it (a key or category) or in a column the question named.</summary>
    private static bool InNameOrAskedCell(TableModel table, RowModel row, string term, double[] columnScores) =>
        row.Cells.Any(c => c.Terms.Contains(term) && (table.Columns[c.Column].Kind is ColumnKind.Key or ColumnKind.Category || columnScores[c.Column] > 0));

    [GeneratedRegex(@"(?:19|20)\d{2}\s*년도?|'\d{2}\s*년?")]
    private static partial Regex TitleYears();

    private static bool TableSpansYears(TableModel table, IReadOnlyList<int> years) =>
        table.Columns.Any(c => c.Years.Intersect(years).Any()) || table.Rows.Any(r => r.Years.Intersect(years).Any());

    /// <summary>Some dated column of the table is not of the month asked (1~7월 누계 beside 7월).</summary>
    private static bool MonthTellsApart(TableModel table, Question question) =>
        table.Columns.Any(c => (c.Years.Count > 0 || Months.Of(c.Label) is not null) && !(Months.Of(c.Label) is int m && question.Months.Contains(m)));

    /// <summary>A monthly table ('24.9월, '25.9월) asked about a month none of its columns is: it does not hold that month.</summary>
    private static bool MonthsMissing(TableModel table, Question question) =>
        question.Months.Count > 0 && table.Columns.Any(c => Months.Of(c.Label) is not null)
        && !table.Columns.Any(c => Months.Of(c.Label) is int m && question.Months.Contains(m));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TableModel, string[][]> CellNameCache = [];
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TableModel, CellPlaces[][]> CellRegionCache = [];

    /// <summary>The 시·도 a cell names outside parentheses and in all its text (수도권(서울·인천·경기) names 서울 only in a group).</summary>
    private sealed record CellPlaces(Region[] Outside, Region[] Whole)
    {
        public bool NamesOwn(Region region) => Outside.Contains(region);

        public bool NamesInGroup(Region region) => Whole.Contains(region) && !Outside.Contains(region);
    }

    /// <summary>Every cell's places by row and column, found once per table: questions about a place weigh every row by them.</summary>
    private static CellPlaces[][] CellRegions(TableModel table) =>
        CellRegionCache.GetValue(table, t => [.. t.Rows.Select(r => r.Cells.Select(c => new CellPlaces(
            [.. Regions.In(WithoutParentheses(c.Text, " ")).Select(n => n.Region)], [.. Regions.In(c.Text).Select(n => n.Region)])).ToArray())]);

    /// <summary>
    /// Every cell's <see cref="NameCompact"/> by row and column, made once per table (and dropped with it): each question
    /// matches its words against the names of every row of every table.
    /// </summary>
    private static string[][] CellNames(TableModel table) =>
        CellNameCache.GetValue(table, t => [.. t.Rows.Select(r => r.Cells.Select(c => NameCompact(c.Text)).ToArray())]);

    /// <summary>A cell's name without a parenthesised part or marks (수도권(서울·인천·경기) → 수도권, 전북* → 전북).</summary>
    public static string NameCompact(string text)
    {
        var withoutParens = WithoutParentheses(text, "");
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
}
