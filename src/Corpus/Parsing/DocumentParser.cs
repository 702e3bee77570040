using System.Text.RegularExpressions;
using Corpus.Model;

namespace Corpus.Parsing;

/// <summary>
/// Reads a document's layout into units: □ headings, ○ ◆ - bullets, * notes, <c>참고 N</c> appendices,
/// 【 】 table titles, tab-separated tables, paragraphs, and the title, embargo and contact lines of the
/// front matter. Works on structure only: nothing here knows this program's words.
/// </summary>
public static partial class DocumentParser
{
    [GeneratedRegex(@"^참고\s*\d+$")]
    private static partial Regex AppendixMark();

    [GeneratedRegex(@"\d{2,3}-\d{3,4}-\d{4}")]
    private static partial Regex PhoneNumber();

    public static ParsedDocument Parse(string name, IReadOnlyList<string> lines)
    {
        var units = new List<DocumentUnit>();
        var tables = new List<DocumentTable>();
        var stack = new List<DocumentUnit>();
        string? appendix = null;
        var seenTitle = false;
        var seenHeading = false;
        var expectAppendixTitle = false;

        DocumentUnit Add(UnitKind kind, int from, int to, string text, int level, int? table = null)
        {
            while (stack.Count > 0 && stack[^1].Level >= level)
            {
                stack.RemoveAt(stack.Count - 1);
            }
            var unit = new DocumentUnit(name, units.Count, kind, from, to, text, level, stack.Count > 0 ? stack[^1].Index : null, appendix) { Table = table };
            units.Add(unit);
            if (kind is not UnitKind.TableRow)
            {
                stack.Add(unit);
            }
            return unit;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var raw = lines[i];
            var text = raw.Trim();
            var lineNumber = i + 1;
            if (text.Length == 0)
            {
                continue;
            }
            if (raw.Contains('\t'))
            {
                var block = new List<string>();
                var start = i;
                while (i < lines.Count && lines[i].Contains('\t') && lines[i].Trim().Length > 0)
                {
                    block.Add(lines[i]);
                    i++;
                }
                i--;
                var titleUnit = units.Count > 0 && units[^1].ToLine >= start - 2 && units[^1].Kind is UnitKind.TableTitle or UnitKind.Heading ? units[^1] : null;
                var table = TableParser.Parse(name, tables.Count, titleUnit?.Text, titleUnit?.FromLine, start + 1, block);
                tables.Add(table);
                var isContact = block.Any(l => PhoneNumber().IsMatch(l));
                var level = (titleUnit?.Level ?? 1) + 1;
                var parent = titleUnit?.Index ?? (stack.Count > 0 ? stack[^1].Index : null);
                var kind = isContact ? UnitKind.Contact : UnitKind.TableRow;
                for (var r = 0; r < block.Count; r++)
                {
                    var line = start + 1 + r;
                    var blockRow = table.RowHeaderWidth == 0 ? table.Rows.FirstOrDefault(row => row.Line == line) : null;
                    if (blockRow is null)
                    {
                        units.Add(new DocumentUnit(name, units.Count, kind, line, line, block[r], level, parent, appendix) { Table = table.Index });
                        continue;
                    }
                    // A block table's cells are passages of their own (one region's case per column).
                    foreach (var cell in blockRow.Cells.Where(c => !c.IsEmpty))
                    {
                        units.Add(new DocumentUnit(name, units.Count, kind, line, line, cell.Text, level, parent, appendix) { Table = table.Index, Column = cell.Column });
                    }
                }
                continue;
            }
            if (AppendixMark().IsMatch(text))
            {
                stack.Clear();
                appendix = text;
                Add(UnitKind.AppendixHeading, lineNumber, lineNumber, text, 0);
                expectAppendixTitle = true;
                continue;
            }
            if (expectAppendixTitle)
            {
                expectAppendixTitle = false;
                Add(UnitKind.Heading, lineNumber, lineNumber, text, 0);
                continue;
            }
            switch (text[0])
            {
                case '【':
                    Add(UnitKind.TableTitle, lineNumber, lineNumber, text, 3);
                    break;
                case '□':
                    seenHeading = true;
                    Add(UnitKind.Heading, lineNumber, lineNumber, text, 1);
                    break;
                case '○':
                case '◆':
                case '-':
                case '•':
                    Add(UnitKind.Bullet, lineNumber, lineNumber, text, 2);
                    break;
                case '*':
                case '※':
                    Add(UnitKind.Note, lineNumber, lineNumber, text, 3);
                    break;
                default:
                    if (!seenHeading && PhoneNumber().IsMatch(text))
                    {
                        Add(UnitKind.Contact, lineNumber, lineNumber, text, 1);
                    }
                    else if (!seenTitle && !seenHeading && text.Contains("보도", StringComparison.Ordinal))
                    {
                        Add(UnitKind.Embargo, lineNumber, lineNumber, text, 1);
                    }
                    else if (!seenTitle && !seenHeading && text.Length >= 15)
                    {
                        seenTitle = true;
                        Add(UnitKind.Title, lineNumber, lineNumber, text, 0);
                    }
                    else
                    {
                        Add(UnitKind.Paragraph, lineNumber, lineNumber, text, appendix is null && !seenHeading ? 1 : 2);
                    }
                    break;
            }
        }
        return new ParsedDocument(name, lines, units, tables);
    }
}
