using System.Text.RegularExpressions;
using Corpus.Model;

namespace Corpus.Parsing;

/// <summary>
/// Reads a document's layout into units: front matter (보도자료, embargo, 배포일시/담당 rows), the title and its
/// ◆ summary, □ headings, ○ - • bullets, * ※ notes, Q/A pairs, <c>참고 N</c> appendices, 【 】 table titles, tab-separated
/// tables, case blocks (■ items, side by side in a box or one per line) and paragraphs. Works on layout only:
/// nothing here knows any programme's words.
/// </summary>
public static partial class DocumentParser
{
    [GeneratedRegex(@"^(?:참고|붙임|별첨|첨부)\s*\d*\s*$|^[<〈\[［【]\s*(?:참고|붙임|별첨|첨부)\s*\d*\s*[>〉\]］】]$")]
    private static partial Regex AppendixMark();

    /// <summary>"○○부 공고 제2025-12호": the number a notice is filed under, written above its title.</summary>
    [GeneratedRegex(@"공고\s*제\s*\d{4}\s*-\s*\d+\s*호(?:\s+\S{1,6}){0,2}$")]
    private static partial Regex NoticeNumber();

    [GeneratedRegex(@"^(?:참고|붙임|별첨)\s*\d+\s*[.:]\s*\S")]
    private static partial Regex TableOfContentsLine();

    [GeneratedRegex(@"\d{2,4}-\d{3,4}-\d{4}")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^\s*(?<label>[가-힣A-Za-z·\s]{1,12})\s*[:：]\s*\S")]
    private static partial Regex ColonLabel();

    [GeneratedRegex(@"^\s*\((?<label>[^()]{1,24})\)")]
    private static partial Regex OpeningLabel();

    /// <summary>
    /// A line that opens a case in a marked or numbered form: "◇ (사례 1) ㈜한빛파워칩 - 대전", "< 사례 2 > …", "[우수사례 3] …",
    /// "◇ 사례 ② 전남 강진군 …", "■ 사례 1 | (주)새결정밀 — …" (a circled number, a bar after the label).
    /// </summary>
    [GeneratedRegex(@"^(?:[◇◆▶▷◎]\s*)?[(<\[［〈]\s*(?<label>(?:우수|성공|활용|지원|주요)?\s?사례\s*\d{0,2})\s*[)>\]］〉]\s*[:：]?\s*(?<rest>\S.*)$|^[◇◆▶▷◎■]\s*(?<label>(?:우수|성공|활용|지원|주요)?\s?사례\s*(?:\d{1,2}|[①-⑳]))\s*[.:：)|]?\s+(?<rest>\S.*)$")]
    private static partial Regex MarkedCaseTitle();

    [GeneratedRegex(@"^(?<open>\()?(?<mark>\d{1,2}|[가-하])(?<close>(?(open)\)|[.)]))\s")]
    private static partial Regex OutlineMark();

    [GeneratedRegex(@"(?:다|요|음|함|됨|임)[.]?$|[.。]$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:표|그림|별표|부표|서식|도표)\s*[\d\-]*$")]
    private static partial Regex TableLabel();

    [GeneratedRegex(@"^【\s*(?<label>[^】]*)】\s*(?<rest>.*)$")]
    private static partial Regex BracketTitle();

    /// <summary>A FAQ's question line: "Q3.", "질문 2)", or "문 15)" as many Korean FAQs number them.</summary>
    [GeneratedRegex(@"^(?:(?:Q|질문)\s*\d*|문\s*\d+)\s*[.:)]")]
    private static partial Regex QuestionMark();

    [GeneratedRegex(@"^(?:A|답변|답)\s*\d*\s*[.:)]")]
    private static partial Regex AnswerMark();

    [GeneratedRegex(@"<[^<>]{1,80}>")]
    private static partial Regex Markup();

    public static ParsedDocument Parse(string name, IReadOnlyList<string> lines)
    {
        var builder = new Builder(name, lines);
        builder.Run();
        return new ParsedDocument(name, lines, builder.Units, builder.Tables) { Header = builder.Header() };
    }

    private sealed class Builder(string name, IReadOnlyList<string> lines)
    {
        private readonly List<DocumentUnit> _stack = [];

        /// <summary>The open items of a numbered outline (1. → 가. → 1) → 가)), each mark's style with its level.</summary>
        private readonly List<(string Style, int Level)> _outline = [];
        private string? _appendix;
        private bool _seenTitle;
        private bool _seenBody;
        private bool _expectAppendixTitle;
        private int? _case;

        /// <summary>Whether the section now read is titled as cases ([붙임 2] 지원 사례): its ■ lines name the cases.</summary>
        private bool _caseSection;

        /// <summary>Whether the open case was opened by a ■ line, so that the next ■ line opens the next case.</summary>
        private bool _squareCase;
        private int? _titleLine;
        private string? _department;

        public List<DocumentUnit> Units { get; } = [];
        public List<DocumentTable> Tables { get; } = [];

        public DocumentHeader Header()
        {
            var title = _titleLine is int t ? lines[t - 1].Trim() : null;
            return new DocumentHeader(title, _titleLine, DocumentDate.Read(lines), DocumentDate.Issuer(lines, Units), _department);
        }

        public void Run()
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var raw = lines[i];
                var text = raw.Trim();
                if (text.Length == 0 || text.Trim('-', '\t', ' ').Length == 0)
                {
                    continue;
                }
                if (raw.Contains('\t'))
                {
                    i = ReadTable(i) - 1;
                    continue;
                }
                ReadLine(i + 1, raw, text);
            }
        }

        private DocumentUnit Add(UnitKind kind, int from, int to, string text, int level, int offset = 0, string? label = null, int? table = null, int? column = null)
        {
            while (_stack.Count > 0 && _stack[^1].Level >= level)
            {
                _stack.RemoveAt(_stack.Count - 1);
            }
            var parent = _stack.Count > 0 ? _stack[^1].Index : (int?)null;
            var unit = new DocumentUnit(name, Units.Count, kind, from, to, text, level, parent, _appendix)
            {
                Offset = offset,
                Label = label,
                Table = table,
                Column = column,
                Case = kind is UnitKind.CaseItem ? _case : null,
            };
            Units.Add(unit);
            if (kind is UnitKind.Paragraph or UnitKind.Heading or UnitKind.AppendixMark or UnitKind.TableTitle)
            {
                _caseSection = IsCaseSectionTitle(text);
            }
            if (kind is not (UnitKind.TableRow or UnitKind.TableHeader or UnitKind.CaseItem or UnitKind.Note or UnitKind.Contact) && !(kind is UnitKind.AppendixMark && level > 0))
            {
                _stack.Add(unit);
            }
            return unit;
        }

        /// <summary>A short title line that says cases (자금별 지원 사례), not a sentence that mentions one.</summary>
        private static bool IsCaseSectionTitle(string text) =>
            text.Contains("사례", StringComparison.Ordinal) && text.Length <= 40 && !SentenceEnd().IsMatch(text) && !text.StartsWith('■');

        private void ReadLine(int number, string raw, string text)
        {
            var offset = raw.IndexOf(text, StringComparison.Ordinal);
            if (AppendixMark().IsMatch(text))
            {
                _stack.Clear();
                _outline.Clear();
                _appendix = text;
                _case = null;
                Add(UnitKind.AppendixMark, number, number, text, 0, offset);
                _expectAppendixTitle = true;
                _seenBody = true;
                return;
            }
            if (TableOfContentsLine().IsMatch(text))
            {
                Add(UnitKind.AppendixMark, number, number, text, 5, offset);
                return;
            }
            if (_expectAppendixTitle)
            {
                _expectAppendixTitle = false;
                if (!text.StartsWith('□') && !text.StartsWith('【'))
                {
                    Add(UnitKind.Heading, number, number, text, 0, offset);
                    return;
                }
            }
            if (!_seenBody && !_seenTitle)
            {
                if (IsEmbargo(text))
                {
                    Add(UnitKind.Embargo, number, number, text, 1, offset);
                    return;
                }
                if (text.Length < 10 && !text.StartsWith('□') || NoticeNumber().IsMatch(text))
                {
                    // "중소벤처기업부 공고 제2025-12호" numbers the notice; its title is the line after.
                    Add(UnitKind.Banner, number, number, text, 1, offset);
                    return;
                }
                if (!text.StartsWith('□') && !text.StartsWith('○') && !text.StartsWith('-'))
                {
                    _seenTitle = true;
                    _titleLine = number;
                    Add(UnitKind.Title, number, number, text, 0, offset);
                    return;
                }
            }
            var first = text[0];
            if (first is '-' or '◆' && !_seenBody && _seenTitle && (text.Contains('◆') || Units.LastOrDefault()?.Kind is UnitKind.Summary or UnitKind.Title))
            {
                var start = text.IndexOf('◆') is var d and >= 0 ? d + 1 : 1;
                var content = text[start..].TrimStart();
                Add(UnitKind.Summary, number, number, content, 1, offset + text.IndexOf(content, start, StringComparison.Ordinal));
                return;
            }
            if (BracketTitle().Match(text) is { Success: true } bracket)
            {
                var rest = bracket.Groups["rest"].Value.Trim();
                // 【 표 3 】 2026년 바우처 메뉴판 titles a table; 【 사례 1 】 경기 화성 (주)한결정밀 opens a case.
                if (rest.Length > 0 && !TableLabel().IsMatch(bracket.Groups["label"].Value.Trim()))
                {
                    var unit = Add(UnitKind.CaseTitle, number, number, text, 2, offset, bracket.Groups["label"].Value.Trim());
                    _case = unit.Index;
                    _squareCase = false;
                }
                else
                {
                    _case = null;
                    Add(UnitKind.TableTitle, number, number, text, 3, offset);
                }
                return;
            }
            if (MarkedCaseTitle().Match(text) is { Success: true } marked)
            {
                var unit = Add(UnitKind.CaseTitle, number, number, text, 2, offset, marked.Groups["label"].Value.Trim());
                _case = unit.Index;
                _squareCase = false;
                return;
            }
            if (first == '■' && _caseSection && (_case is null || _squareCase) && text.Count(c => c == '■') == 1)
            {
                // "[붙임 2] 지원 사례" over "■ (주)○○정밀(경남 김해, …)" and its ○ lines: each ■ line names one case.
                var unit = Add(UnitKind.CaseTitle, number, number, text, 2, offset);
                _case = unit.Index;
                _squareCase = true;
                return;
            }
            // The dash or dot lines right under a case's title describe that case, as ■ items do.
            if (_case is not null && text[0] is '-' or '•' or '·' or 'ㅇ' or '○' or '◦' && Units.Count > 0 && Units[^1].Kind is UnitKind.CaseTitle or UnitKind.CaseItem)
            {
                var body = text.TrimStart('-', '•', '·', 'ㅇ', '○', '◦', ' ');
                Add(UnitKind.CaseItem, number, number, text, 3, offset, LabelOf(body, colon: true));
                return;
            }
            if (text.Contains('■') && (_case is not null || !text.TrimStart().StartsWith('■') || text.Count(c => c == '■') > 1))
            {
                ReadCaseItems(number, raw, null);
                return;
            }
            _seenBody |= first is '□' or '○';
            switch (first)
            {
                case '□':
                case '■':
                    _case = null;
                    _outline.Clear();
                    AddWithLabel(UnitKind.Heading, number, raw, text, 1);
                    return;
                case '○':
                case '◦':
                case '●':
                    AddWithLabel(UnitKind.Bullet, number, raw, text, 2);
                    return;
                case '-':
                case '•':
                case '·':
                case '①' or '②' or '③' or '④' or '⑤' or '⑥' or '⑦' or '⑧' or '⑨':
                    AddWithLabel(UnitKind.Bullet, number, raw, text, 3);
                    return;
                case '*':
                case '※':
                    // A note under a deep outline item (나) under 3) under 가.) notes that item.
                    AddWithLabel(UnitKind.Note, number, raw, text, _outline.Count > 0 && _stack.Count > 0 && _stack[^1].Level >= 4 ? _stack[^1].Level + 1 : 4);
                    return;
            }
            if (QuestionMark().IsMatch(text))
            {
                _seenBody = true;
                Add(UnitKind.Heading, number, number, text, 1, offset);
                return;
            }
            if (AnswerMark().IsMatch(text))
            {
                Add(UnitKind.Bullet, number, number, text, 2, offset);
                return;
            }
            if (Regex.IsMatch(text, @"^\d{1,2}[.)]\s"))
            {
                AddWithLabel(UnitKind.Bullet, number, raw, text, OutlineLevel(text) ?? 2);
                return;
            }
            var level = OutlineLevel(text) ?? (_stack.Count > 0 ? Math.Min(_stack[^1].Level + 1, 4) : 1);
            Add(UnitKind.Paragraph, number, number, text, level, offset);
        }

        /// <summary>
        /// The level of a line opening with an outline mark (1. / 가. / 1) / 가) / (1) / (가)) inside an outline: the level of
        /// the nearest open item marked the same way (its sibling: 나) after 가)), else one below the open outline item (가.
        /// under 2.); null outside an outline, where the mark's usual level holds.
        /// </summary>
        private int? OutlineLevel(string text)
        {
            if (OutlineStyle(text) is not { } style)
            {
                return null;
            }
            var same = _outline.FindLastIndex(o => o.Style == style);
            int? level = same >= 0 ? _outline[same].Level : _outline.Count > 0 ? _outline[^1].Level + 1 : null;
            if (same >= 0)
            {
                _outline.RemoveRange(same, _outline.Count - same);
            }
            _outline.Add((style, level ?? (char.IsDigit(style[^2]) ? 2 : _stack.Count > 0 ? Math.Min(_stack[^1].Level + 1, 4) : 1)));
            return level;
        }

        private static string? OutlineStyle(string text) => OutlineMark().Match(text) is { Success: true } m
            ? (m.Groups["open"].Success ? "(" : "") + (char.IsDigit(m.Groups["mark"].Value[0]) ? "1" : "가") + m.Groups["close"].Value
            : null;

        private void AddWithLabel(UnitKind kind, int number, string raw, string text, int level)
        {
            var body = text.TrimStart('□', '■', '○', '◦', '●', '-', '•', '·', '*', '※', ' ', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨');
            body = Regex.Replace(body, @"^\d{1,2}[.)]\s", "");
            Add(kind, number, number, text, level, raw.IndexOf(text, StringComparison.Ordinal), LabelOf(body, colon: false));
        }

        /// <summary>The label an item opens with: "(지원규모) …", or — for a case's dash items — "성과: …".</summary>
        private static string? LabelOf(string body, bool colon) =>
            OpeningLabel().Match(body) is { Success: true } m ? m.Groups["label"].Value.Trim()
            : colon && ColonLabel().Match(body) is { Success: true } c ? c.Groups["label"].Value.Trim() : null;

        private void ReadCaseItems(int number, string raw, int? column)
        {
            var line = raw;
            var positions = new List<int>();
            for (var p = line.IndexOf('■'); p >= 0; p = line.IndexOf('■', p + 1))
            {
                positions.Add(p);
            }
            for (var k = 0; k < positions.Count; k++)
            {
                var start = positions[k];
                var end = k + 1 < positions.Count ? positions[k + 1] : line.Length;
                var tab = line.IndexOf('\t', start);
                if (tab >= 0 && tab < end)
                {
                    end = tab;
                }
                var item = line[start..end].TrimEnd();
                if (item.Length <= 1)
                {
                    continue;
                }
                Add(UnitKind.CaseItem, number, number, item, 3, start, LabelOf(item.TrimStart('■', ' '), colon: false), column: column);
            }
        }

        private int ReadTable(int start)
        {
            var end = start;
            while (end < lines.Count && lines[end].Contains('\t') && lines[end].Trim().Length > 0)
            {
                end++;
            }
            var block = lines.Skip(start).Take(end - start).ToList();
            var firstLine = start + 1;

            if (block.All(l => l.Trim().Trim('-', '\t', ' ').Length == 0))
            {
                return end;
            }
            if (block.Any(l => l.Contains("<p>", StringComparison.Ordinal)))
            {
                ReadMarkupRow(firstLine, block);
                return end;
            }
            // Before the title, a block that names a contact (담당, a phone number) is the release's front matter; a file
            // that opens with its table (a CSV, a sheet) has no such block and its table is a table.
            if (!_seenBody && !_seenTitle && block.Any(IsContactLine) || block.All(l => PhoneNumber().IsMatch(l)) && !block[0].StartsWith("구분", StringComparison.Ordinal) && !Regex.IsMatch(block[0], @"^구\s*분"))
            {
                ReadContactRows(firstLine, block);
                return end;
            }

            var titleUnit = Units.Count > 0 && Units[^1].ToLine >= firstLine - 3 && Units[^1].Kind is UnitKind.TableTitle or UnitKind.Heading or UnitKind.Paragraph or UnitKind.CaseTitle
                ? Units[^1] : null;
            var titleText = titleUnit?.Text;
            if (titleUnit is null && Units.Count > 0 && Units[^1].ToLine >= firstLine - 3 && IsShortItemTitle(Units[^1]))
            {
                // "1. 시·도별 지원 실적" over a table: a numbered item that names, not a sentence that states.
                titleUnit = Units[^1];
                titleText = titleUnit.Text;
            }
            if (titleUnit is not null && TableParser.IsUnitLine(titleUnit.Text) && Units.Count > 1 && Units[^2] is var above && above.ToLine >= titleUnit.FromLine - 2
                && (above.Kind is UnitKind.TableTitle or UnitKind.Paragraph or UnitKind.CaseTitle or UnitKind.Heading || IsShortItemTitle(above)))
            {
                // A title line over a line of its own that gives the unit: both are the table's title.
                titleText = above.Text + " " + titleUnit.Text;
                titleUnit = above;
            }
            var table = TableParser.Parse(name, Tables.Count, titleText, titleUnit?.FromLine, firstLine, block);
            var notes = new List<int>();
            for (var n = end; n < lines.Count && n < end + 6; n++)
            {
                var t = lines[n].Trim();
                if (t.Length == 0)
                {
                    continue;
                }
                if (t.StartsWith('*') || t.StartsWith('※'))
                {
                    notes.Add(n + 1);
                    continue;
                }
                break;
            }
            table = table with { NoteLines = notes };
            Tables.Add(table);
            var level = (titleUnit?.Level ?? (_stack.Count > 0 ? _stack[^1].Level : 1)) + 1;
            for (var r = 0; r < table.HeaderRows; r++)
            {
                Add(UnitKind.TableHeader, firstLine + r, firstLine + r, block[r], level, table: table.Index);
            }
            if (table.IsBlock)
            {
                ReadBlockTable(table, block, level);
                return end;
            }
            foreach (var row in table.Rows)
            {
                var isContact = PhoneNumber().IsMatch(row.RawLine);
                Add(isContact ? UnitKind.Contact : UnitKind.TableRow, row.Line, row.Line, row.RawLine, level, table: table.Index);
            }
            return end;
        }

        /// <summary>Case boxes side by side: the first row names each case, the next rows hold its ■ items per column.</summary>
        private void ReadBlockTable(DocumentTable table, List<string> block, int level)
        {
            var titles = block[0].Split('\t');
            var caseUnits = new int?[titles.Length];
            var headerLine = table.FromLine;
            var cursor = 0;
            for (var c = 0; c < titles.Length; c++)
            {
                var cell = titles[c].Trim();
                var offset = block[0].IndexOf(titles[c], cursor, StringComparison.Ordinal);
                cursor = offset + titles[c].Length;
                if (cell.Length == 0)
                {
                    continue;
                }
                var unit = Add(UnitKind.CaseTitle, headerLine, headerLine, cell, level, offset + titles[c].IndexOf(cell, StringComparison.Ordinal), table: table.Index, column: c);
                caseUnits[c] = unit.Index;
            }
            for (var r = table.HeaderRows; r < block.Count; r++)
            {
                var line = table.FromLine + r;
                var raw = block[r];
                var cells = raw.Split('\t');
                var position = 0;
                for (var c = 0; c < cells.Length; c++)
                {
                    var cellStart = position;
                    position += cells[c].Length + 1;
                    if (!cells[c].Contains('■'))
                    {
                        var plain = Markup().Replace(cells[c], "").Trim();
                        if (plain.Length > 0)
                        {
                            _case = c < caseUnits.Length ? caseUnits[c] : null;
                            Add(UnitKind.CaseItem, line, line, plain, level + 1, cellStart + cells[c].IndexOf(plain, StringComparison.Ordinal), table: table.Index, column: c);
                        }
                        continue;
                    }
                    _case = c < caseUnits.Length ? caseUnits[c] : null;
                    // Items are cut at the next ■ or the end of the cell; offsets are in the whole line.
                    var cellText = cells[c];
                    for (var p = cellText.IndexOf('■'); p >= 0; p = cellText.IndexOf('■', p + 1))
                    {
                        var next = cellText.IndexOf('■', p + 1);
                        var item = cellText[p..(next < 0 ? cellText.Length : next)].TrimEnd();
                        var body = item.TrimStart('■', ' ');
                        if (body.Length == 0)
                        {
                            continue;
                        }
                        var label = OpeningLabel().Match(body) is { Success: true } m ? m.Groups["label"].Value.Trim() : null;
                        Add(UnitKind.CaseItem, line, line, item, level + 1, cellStart + p, label, table.Index, c);
                    }
                }
            }
            _case = null;
        }

        /// <summary>The closing line: <c>&lt;p&gt;OPEN 공공누리…&lt;/p&gt;</c> and the contact sentence, each cell a paragraph.</summary>
        private void ReadMarkupRow(int firstLine, List<string> block)
        {
            for (var r = 0; r < block.Count; r++)
            {
                var raw = block[r];
                foreach (Match m in Regex.Matches(raw, @"<p>(?<text>.*?)</p>"))
                {
                    var inner = m.Groups["text"];
                    var text = inner.Value.Trim();
                    if (text.Length == 0)
                    {
                        continue;
                    }
                    var kind = PhoneNumber().IsMatch(text) ? UnitKind.Contact : UnitKind.Paragraph;
                    Add(kind, firstLine + r, firstLine + r, text, 1, inner.Index + inner.Value.IndexOf(text, StringComparison.Ordinal));
                }
            }
        }

        private void ReadContactRows(int firstLine, List<string> block)
        {
            for (var r = 0; r < block.Count; r++)
            {
                var raw = block[r];
                var text = raw.Trim();
                if (text.Length == 0)
                {
                    continue;
                }
                Add(UnitKind.Contact, firstLine + r, firstLine + r, text, 5, raw.IndexOf(text, StringComparison.Ordinal));
                var cells = raw.Split('\t').Select(c => c.Trim()).ToArray();
                for (var c = 0; c + 1 < cells.Length; c++)
                {
                    if (Regex.IsMatch(cells[c], @"^담당\s*부서$") && cells[c + 1].Length > 0)
                    {
                        _department ??= cells[c + 1];
                    }
                }
            }
        }

        /// <summary>"1. 시·도별 지원 실적", "가. 분야별 현황": a short numbered item that names what follows rather than states it.</summary>
        private static bool IsShortItemTitle(DocumentUnit unit) =>
            unit.Kind == UnitKind.Bullet && unit.FromLine == unit.ToLine && OutlineMark().Match(unit.Text.Trim()) is { Success: true } m
            && unit.Text.Trim().Length - m.Length is > 1 and <= 30 && !SentenceEnd().IsMatch(unit.Text.Trim());

        private static bool IsContactLine(string line) => PhoneNumber().IsMatch(line) || line.Contains("담당", StringComparison.Ordinal);

        private static bool IsEmbargo(string text) =>
            text.Contains("보도하여 주시기", StringComparison.Ordinal) || text.Contains("보도 가능", StringComparison.Ordinal)
            || text.Contains("엠바고", StringComparison.Ordinal) || Regex.IsMatch(text, @"^\(?\s*(?:인터넷|방송|통신)");
    }
}
