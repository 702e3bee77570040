using System.Text.RegularExpressions;
using Corpus.Model;
using Corpus.Quantities;

namespace Corpus.Parsing;

/// <summary>
/// Turns a block of tab-separated lines into a <see cref="DocumentTable"/>. Header rows: the first row, and each
/// following row whose first cell is empty and whose cells read as labels (a second level under spanning cells,
/// or units such as <c>(억원)</c>). A header cell followed by empty cells spans them when a lower header row
/// names the columns under it. The first header cell's span is the number of row-header columns; a data row with
/// empty leading header cells belongs to the group above. Units come from header cells, row headers and the title.
/// </summary>
public static partial class TableParser
{
    [GeneratedRegex(@"\(\s*단위\s*[:：]?\s*(?<unit>[^)]+)\)|,\s*단위\s*[:：]\s*(?<unit>[^)]+)(?=\))")]
    private static partial Regex UnitNote();

    /// <summary>A label that names things counted: companies, agencies, sites, households, people.</summary>
    [GeneratedRegex(@"(?:기업|업체|기관|센터|과제|곳|개소|지구|시설|사업장|단지|점포|농가|가구|인원|참여자|수혜자|인력|근로자)\s*$")]
    private static partial Regex CountedThing();

    /// <summary>A column of a change alone (증감, 전년대비 증가), not of a rate of change (증감률).</summary>
    [GeneratedRegex(@"^(?:전년\s?(?:동월|동기)?\s?대비\s?)?(?:증감|증가|감소|변동|차이)(?:\s?\([^)]*\))?$")]
    private static partial Regex ChangeOnly();

    /// <summary>A column that counts people: a headcount, its quota or its staff.</summary>
    [GeneratedRegex("정원|현원|인원|인력|직원|종사자|근로자|참여자|수혜자")]
    private static partial Regex Headcount();

    /// <summary>A label that names an amount of money.</summary>
    [GeneratedRegex("액|예산|사업비|금액|비용|매출|투자|지원금|부담금|국비|지방비|민간|수출|수입")]
    private static partial Regex MoneyWord();

    /// <summary>
    /// A label whose last word is a Sino-Korean place noun: a word of two syllables or more closing on the place
    /// suffix 지(地), 소(所), 장(場), 처(處) or 터 — 후보지, 관광지, 사업소, 판매처.
    /// </summary>
    [GeneratedRegex(@"[가-힣]{2,}(?:지|소|장|처|터)\s*$")]
    private static partial Regex PlaceNoun();

    /// <summary>"1. ", "가. ": the number of an item used as a table's title.</summary>
    [GeneratedRegex(@"^(?:\d{1,2}|[가-하])[.)]\s+(?=\S)")]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"^(?:【|<|〈|\[)\s*(?:표|그림|참고|붙임|별표|부표|서식)\s*[\d\-]*\s*(?:】|>|〉|\])\s*(?=\S)")]
    private static partial Regex LeadingMark();

    /// <summary>A line that only gives a table's unit: "(단위: 억원, %)".</summary>
    public static bool IsUnitLine(string line) => UnitNote().Match(line.Trim()) is { Success: true } m && m.Length == line.Trim().Length;

    [GeneratedRegex(@"^[-–ㆍ·]\s+(?=\S)")]
    private static partial Regex SubItemMarker();

    [GeneratedRegex(@"\((?<unit>[^()]{1,12})\)\s*$")]
    private static partial Regex TrailingParenthesis();

    /// <summary>A Korean phone number (044-203-4418): rows of them make a contact table.</summary>
    [GeneratedRegex(@"\d{2,4}-\d{3,4}-\d{4}")]
    public static partial Regex PhoneNumber();

    public static DocumentTable Parse(string doc, int index, string? titleLine, int? titleLineNumber, int firstLine, IReadOnlyList<string> lines)
    {
        var rows = lines.Select(SplitCells).ToList();
        var width = rows.Max(r => r.Length);
        rows = [.. rows.Select(r => Pad(r, width))];
        var (title, unit) = ReadTitle(titleLine);

        var headerCount = CountHeaderRows(rows);
        var headerRows = rows.Take(headerCount).ToList();
        var (paths, columnUnits) = BuildColumnPaths(headerRows, width);
        var rowHeaderWidth = RowHeaderWidth(headerRows, rows.Skip(headerCount).ToList(), width);

        var dataRows = new List<TableRow>();
        var previous = new string[Math.Max(rowHeaderWidth, 1)];
        string? parent = null, parentUnit = null;
        for (var r = headerCount; r < rows.Count; r++)
        {
            var cells = rows[r];
            var rowHeader = new string[rowHeaderWidth];
            var sameGroup = true;
            for (var c = 0; c < rowHeaderWidth; c++)
            {
                // An empty leading header cell continues the group of the row above — unless a level to its left opened a
                // new group (주요 사업 합계 after the last 분야 of a 회계 carries no 분야).
                rowHeader[c] = cells[c].Length == 0 && c < rowHeaderWidth - 1 && r > headerCount && sameGroup ? previous[c] ?? "" : cells[c];
                sameGroup &= cells[c].Length == 0 || cells[c] == (previous[c] ?? "");
            }
            if (rowHeaderWidth > 0)
            {
                previous = rowHeader;
            }
            var rowUnit = rowHeader.Select(ReadLabelUnit).LastOrDefault(u => u is not null) ?? (parent is null ? null : parentUnit);
            // 피보험자(천명): the unit is read once above; the row is named without it, as columns are.
            var rowPath = rowHeader.Select(StripLabelUnit).Where(h => h.Length > 0).ToArray();
            // " - 남성" under "피보험자": a marked sub-item is a part of the unmarked row above it.
            if (rowPath.Length == 1 && SubItemMarker().Match(rowPath[0]) is { Success: true } marker)
            {
                rowPath = parent is null ? [rowPath[0][marker.Length..]] : [parent, rowPath[0][marker.Length..]];
            }
            else if (rowPath.Length == 1)
            {
                (parent, parentUnit) = (rowPath[0], rowUnit);
            }
            var line = firstLine + r;
            var tableCells = new List<TableCell>();
            for (var c = rowHeaderWidth; c < width; c++)
            {
                var text = cells[c];
                var value = CellValue.Read(text);
                var cellUnit = value?.WrittenUnit ?? columnUnits[c] ?? rowUnit ?? InferUnit(unit, paths[c], rowPath, value?.Value);
                tableCells.Add(new TableCell(rowPath, paths[c], text, value?.Value, cellUnit, line, c));
            }
            dataRows.Add(new TableRow(line, lines[r], rowPath, tableCells)
            {
                RawCells = cells,
                IsTotal = rowPath.Length > 0 && IsTotalLabel(rowPath[^1]) || rowPath.Length > 0 && IsTotalLabel(rowPath[0]),
            });
        }
        return new DocumentTable(doc, index, title, unit, titleLineNumber, firstLine, firstLine + lines.Count - 1, rowHeaderWidth, paths, dataRows)
        {
            HeaderRows = headerCount,
            ColumnUnits = columnUnits,
        };
    }

    /// <summary>합계, 소계, 계, 누계, 총계, 전체 …: a label that adds up the others.</summary>
    public static bool IsTotalLabel(string label)
    {
        // "계(7개)": the count in parentheses says how many it adds up.
        var compact = Regex.Replace(Regex.Replace(label, @"[(（][^)）]*\d[^)）]*[)）]", ""), @"[\s\(\)（）A-Z+\-*·]", "");
        return compact is "계" or "합" or "합계" or "소계" or "총계" or "누계" or "전체" or "총" or "총액" or "총합계" or "평균" or "전국"
            || compact.EndsWith("합계", StringComparison.Ordinal) || compact.EndsWith("소계", StringComparison.Ordinal)
            || compact.StartsWith("합계", StringComparison.Ordinal) || compact.EndsWith("누계", StringComparison.Ordinal)
            || compact.StartsWith("전체", StringComparison.Ordinal) || compact.StartsWith("종합", StringComparison.Ordinal);
    }

    /// <summary>Marks a title line is framed in (【 … 】, < … >, 《 … 》, □).</summary>
    private static readonly char[] TitleMarks = ['【', '】', '□', '■', '<', '>', '《', '》', '〈', '〉', ' '];

    public static (string? Title, string? Unit) ReadTitle(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return (null, null);
        }
        // "【 표 3 】 2026년 바우처 메뉴판", "<참고 2> 시·도별 현황": the numbering mark is layout, the rest is the title.
        var text = ItemNumber().Replace(LeadingMark().Replace(line.Trim(), ""), "").Trim(TitleMarks).Trim();
        var unitMatch = UnitNote().Match(text);
        var unit = unitMatch.Success ? unitMatch.Groups["unit"].Value.Trim() : null;
        var title = unitMatch.Success ? text.Remove(unitMatch.Index, unitMatch.Length).Trim().Trim(TitleMarks).Trim() : text;
        return (title, unit);
    }

    /// <summary>The unit a label writes in parentheses at its end: 매출 증가(억원) → 억원; (백만원) → 백만원.</summary>
    public static string? ReadLabelUnit(string label)
    {
        var m = TrailingParenthesis().Match(label);
        if (!m.Success)
        {
            return null;
        }
        var inner = m.Groups["unit"].Value.Trim();
        if (Units.Find(inner) is not null)
        {
            return inner;
        }
        // "(연 %)", "(월, 만원)", "(1인당 천원)": a period or a basis before the unit qualifies it; the unit is the last word.
        var last = inner.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries) is { Length: 2 } words && UnitQualifier().IsMatch(words[0]) ? words[1] : null;
        return last is not null && Units.Find(last) is not null ? last : null;
    }

    [GeneratedRegex(@"^(?:연|연간|월|월간|일|분기|반기|1인당|인당|건당|개사당|과제당|기업당)$")]
    private static partial Regex UnitQualifier();

    /// <summary>A label without its unit in parentheses: 총 한도(억원) → 총 한도.</summary>
    public static string StripLabelUnit(string label) =>
        ReadLabelUnit(label) is null ? label : TrailingParenthesis().Replace(label, "").Trim();

    /// <summary>
    /// The unit of a figure when the title lists several (<c>단위: 억원, 개</c>): a rate column takes %, a count
    /// column (…수, 건수) the counting unit, a day count 일, and an amount the money unit.
    /// </summary>
    private static string? InferUnit(string? titleUnit, IReadOnlyList<string> columnPath, IReadOnlyList<string> rowPath, double? value)
    {
        if (titleUnit is null || value is null)
        {
            return null;
        }
        var parts = titleUnit.Split([',', '，', '/', '·'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length <= 1)
        {
            return parts.FirstOrDefault();
        }
        var labels = string.Join(" ", columnPath.Concat(rowPath));
        string? Pick(Func<Unit, bool> test) => parts.FirstOrDefault(p => Units.Find(p) is { } u && test(u));
        var columnLast = columnPath.Count > 0 ? columnPath[^1] : "";
        if (Regex.IsMatch(labels, "률|율|비중|비율|%|점유"))
        {
            // A rate row's change column (고용률 under 증감) moves in points when the title lists %p; a 증감률 column is itself a rate.
            return (ChangeOnly().IsMatch(columnLast) ? Pick(u => u.Family is UnitFamily.PercentPoint) : null)
                ?? Pick(u => u.Family is UnitFamily.Percent) ?? parts[0];
        }
        if (Regex.IsMatch(labels, "점수|배점|평점|가점"))
        {
            return Pick(u => u.Family is UnitFamily.Score) ?? parts[0];
        }
        if (Regex.IsMatch(labels, @"일수|기간\(일\)"))
        {
            return Pick(u => u.Family is UnitFamily.Days) ?? parts[0];
        }
        // "’26 정원(안)" under (단위: 개 기관, 명): a headcount column counts people, whatever the row names.
        if (Headcount().IsMatch(columnLast) && !MoneyWord().IsMatch(columnLast) && Pick(u => u.Family is UnitFamily.People) is { } people)
        {
            return people;
        }
        // The head noun decides: 피투자기업 (companies invested in) is counted in 개사 though 투자 names money.
        var lastLabel = rowPath.Count > 0 ? rowPath[^1] : columnPath.Count > 0 ? columnPath[^1] : "";
        var headCounted = CountedThing().IsMatch(lastLabel) || PlaceNoun().IsMatch(lastLabel) && parts.Any(IsPlaceCounter);
        if (headCounted && !MoneyWord().IsMatch(string.Join(" ", columnPath)) && CounterFor(lastLabel, parts) is { } counter)
        {
            return counter;
        }
        // "선정 규모" counts what is selected (230개사), though 규모 alone may be money.
        if (Regex.IsMatch(labels, @"(?:수|건수|개수|인원|개소)(?:\s|$|\()|(?:선정|선발|지정|채택)\s?규모"))
        {
            return CounterFor(labels, parts) ?? parts[0];
        }
        if (MoneyWord().IsMatch(labels))
        {
            return Pick(u => u.IsMoney) ?? parts[0];
        }
        // A percentage belongs to a rate column only: 기업당 지원 한도 under (단위:%, 만원) is in 만원.
        return Units.Find(parts[0]) is { Family: UnitFamily.Percent } ? Pick(u => u.Family is not UnitFamily.Percent) ?? parts[0] : parts[0];
    }

    private static bool IsPlaceCounter(string unit) => unit is "곳" or "개소" or "군데";

    /// <summary>
    /// The counting unit, of those the title lists, that fits what a label counts: 개사 for companies, 곳/개소 for
    /// places, 명 for people, 건 for cases; else the first counting unit listed.
    /// </summary>
    private static string? CounterFor(string label, string[] parts)
    {
        var counts = parts.Where(p => Units.Find(p) is { IsCount: true }).ToList();
        string? Listed(Func<string, bool> fits) => counts.FirstOrDefault(fits);
        var fitting = label switch
        {
            _ when Regex.IsMatch(label, "기업|업체|회사|법인") => Listed(p => p is "개사" or "개" or "곳"),
            _ when PlaceNoun().IsMatch(label) || Regex.IsMatch(label, "곳|개소|시설|센터|지구|단지") => Listed(IsPlaceCounter) ?? Listed(p => p is "개"),
            _ when Regex.IsMatch(label, "인원|인력|근로자|참여자|수혜자|자\\s*수|명") => Listed(p => Units.Find(p) is { Family: UnitFamily.People }),
            _ when Regex.IsMatch(label, "건수|건") => Listed(p => p is "건"),
            _ => null,
        };
        return fitting ?? counts.FirstOrDefault();
    }

    private static string[] SplitCells(string line) => [.. line.Split('\t').Select(c => c.Trim())];

    private static int CountHeaderRows(List<string[]> rows)
    {
        if (rows.Count < 2 || rows[0].Any(c => PhoneNumber().IsMatch(c)) || rows[0].Any(IsBlockCell))
        {
            return rows.Count < 2 || rows[0].Any(c => PhoneNumber().IsMatch(c)) ? 0 : 1;
        }
        var count = 1;
        while (count < Math.Min(3, rows.Count - 1))
        {
            var row = rows[count];
            if (row[0].Length != 0 || row.All(c => c.Length == 0))
            {
                break;
            }
            var labels = row.Where(c => c.Length > 0).ToList();
            var spansAbove = Enumerable.Range(1, row.Length - 1).Any(c => row[c].Length > 0 && rows[count - 1][c].Length == 0);
            var allLabels = labels.All(c => c.Length <= 24 && !LooksLikeFigure(c));
            if (!(allLabels && (spansAbove || labels.All(c => c.StartsWith('(') || c.Length <= 12))))
            {
                break;
            }
            count++;
        }
        return count;
    }

    /// <summary>A data cell (a figure), as opposed to a label; years such as '21 and units such as (억원) are labels.</summary>
    private static bool LooksLikeFigure(string cell) =>
        Regex.IsMatch(cell, @"^[△▲▼+\-]?\d[\d,]*(\.\d+)?\s*(%|억원|백만원|명|개|건)?$") && !cell.StartsWith('\'');

    private static bool IsBlockCell(string cell) => cell.StartsWith('<') || cell.Contains('■') && cell.Length > 40;

    private static (IReadOnlyList<IReadOnlyList<string>> Paths, IReadOnlyList<string?> Units) BuildColumnPaths(List<string[]> headers, int width)
    {
        var paths = new List<List<string>>();
        var units = new string?[width];
        for (var c = 0; c < width; c++)
        {
            paths.Add([]);
        }
        for (var h = 0; h < headers.Count; h++)
        {
            var carried = "";
            var carriedFrom = -1;
            for (var c = 0; c < width; c++)
            {
                var cell = headers[h][c];
                if (cell.Length > 0)
                {
                    carried = cell;
                    carriedFrom = c;
                }
                else if (carriedFrom >= 0 && !LowerRowsNameColumn(headers, h, c))
                {
                    carried = "";
                    carriedFrom = -1;
                }
                var label = cell.Length > 0 ? cell : carried;
                if (label.Length == 0)
                {
                    continue;
                }
                var unit = ReadLabelUnit(label);
                var stripped = StripLabelUnit(label);
                if (unit is not null)
                {
                    units[c] ??= unit;
                }
                if (stripped.Length > 0 && (paths[c].Count == 0 || paths[c][^1] != stripped))
                {
                    paths[c].Add(stripped);
                }
            }
        }
        return (paths.Select(p => (IReadOnlyList<string>)p).ToList(), units);
    }

    /// <summary>Whether a header cell left empty sits over a column a lower header row names (so the cell to its left spans it).</summary>
    private static bool LowerRowsNameColumn(List<string[]> headers, int row, int column) =>
        headers.Skip(row + 1).Any(h => h[column].Length > 0);

    private static int RowHeaderWidth(List<string[]> headers, List<string[]> dataRows, int width)
    {
        if (dataRows.Count > 0 && dataRows.All(r => r.Any(IsBlockCell)))
        {
            // Cells that are whole blocks (a case box per column) have no row headers.
            return 0;
        }
        if (headers.Count == 0)
        {
            return 1;
        }
        var top = headers[0];
        var span = 1;
        while (span < width - 1 && top[span].Length == 0 && headers.Skip(1).All(h => h[span].Length == 0)
            && dataRows.Any(r => r[span].Length > 0) && dataRows.All(r => !LooksLikeFigure(r[span]) || r[span].Length == 0))
        {
            span++;
        }
        // A blank first cell continues a merged group (위반행위 사용목표율 미달 over 현행 and 개정): the text column
        // beside it that splits the group (구분: 현행/개정) is part of the row's header, not a value. A row that leaves
        // that column blank names itself whole in the first (중소기업 계, 합계 under 자금 | 세부사업).
        while (span < width - 1 && dataRows.Count >= 2 && dataRows.Skip(1).Any(r => r[0].Length == 0 && r.Skip(span + 1).Any(c => c.Length > 0))
            && dataRows.All(r => r[span].Length > 0 ? !LooksLikeFigure(r[span]) && r[span].Length <= 24 : r[0].Length > 0 && !LooksLikeFigure(r[0]))
            && dataRows.Count(r => r[span].Length > 0) * 2 > dataRows.Count
            && dataRows.Select(r => r[span]).Distinct().Count() < dataRows.Count)
        {
            span++;
        }
        // Keys nested in levels (회계 | 분야 | 사업명), each level written once for its group and left blank below: the
        // short text columns up to the first column of figures are the deeper levels of the row's name, not values.
        var firstFigures = Enumerable.Range(span, Math.Max(0, width - span)).Where(c => dataRows.Count(r => LooksLikeFigure(r[c])) * 2 >= dataRows.Count).DefaultIfEmpty(-1).First();
        if (firstFigures > span && dataRows.Count >= 3
            && dataRows.Skip(1).Count(r => r[0].Length == 0 && r.Skip(firstFigures).Any(LooksLikeFigure)) >= 2
            && Enumerable.Range(span, firstFigures - span).All(c => dataRows.All(r => r[c].Length <= 40 && !LooksLikeFigure(r[c])))
            && dataRows.Count(r => r[firstFigures - 1].Length > 0) * 2 >= dataRows.Count)
        {
            span = firstFigures;
        }
        return Math.Min(span, Math.Max(width - 1, 1));
    }

    private static string[] Pad(string[] cells, int width) =>
        cells.Length >= width ? cells : [.. cells, .. Enumerable.Repeat("", width - cells.Length)];
}
