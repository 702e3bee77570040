using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Corpus.Model;
using Knowledge.Documents;
using Knowledge.Language;
using Knowledge.Tables;

namespace Answering.Answerers;

/// <summary>
/// Answers what/which/where/why questions from what a document writes: the rows a condition selects (S등급 센터,
/// 줄어든 품목), a table's text cell (대구 › 2단계), a footnote's list (혁신거점*), a case block's items, or the passage
/// that carries the question's words — each quoted and cited.
/// </summary>
public static partial class LookupAnswerer
{
    // Static Regex calls with literal patterns overflow Regex's 15-entry cache in this code base and are parsed again per call.
    [GeneratedRegex(@"어디|어느|어떤 (?:곳|센터|기업|지역|품목|시도|시·도|기관|항목)|몇\s?(?:곳|군데|개|건|개사|개소)|목록|들은|들이|이 있나|(?:은|는|든|던|한|된)\s[^?]{1,16}?(?:은|는)\s?(?:뭐|무엇|어디)|which|what (?:items|regions|centers)")]
    private static partial Regex AsksWhichOnes();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex AllDigits();

    [GeneratedRegex(@"^[\d,.]+$")]
    private static partial Regex AllNumber();



    [GeneratedRegex("종류|유형|어떤|무엇|뭐|목록|포함|들어가")]
    private static partial Regex AsksKinds();

    [GeneratedRegex(@"([가-힣A-Za-z·]+)[*＊]")]
    private static partial Regex StarredWord();

    [GeneratedRegex("(?:들|은|는|이|가|을|를|의)$")]
    private static partial Regex TrailingParticle();

    [GeneratedRegex(@"[*＊]")]
    private static partial Regex Star();

    /// <summary>How much of the question a filter's table carries: its title and heading, the condition, the columns it names.</summary>
    private static double FilterCoverage(DocumentMatch match, RowFilter filter)
    {
        var carried = new Carried();
        foreach (var term in filter.Table.TitleTerms)
        {
            carried.Add(term, 0.8);
        }
        foreach (var term in filter.Table.ContextTerms)
        {
            carried.Add(term, 0.5);
        }
        foreach (var term in TermAnalyzer.Terms(filter.Condition).Select(Lexicon.Canonical))
        {
            carried.Add(term, 1);
        }
        foreach (var term in filter.Table.Columns.SelectMany(c => c.Terms))
        {
            carried.Add(term, 0.6);
        }
        foreach (var row in filter.Rows)
        {
            foreach (var term in row.Terms)
            {
                carried.Add(term, 0.6);
            }
        }
        carried.Years.UnionWith(Knowledge.Tables.TableModel.YearsOf(filter.Table.Title));
        carried.Years.UnionWith(filter.Table.Columns.SelectMany(c => c.Years));
        carried.Regions.UnionWith(filter.Rows.SelectMany(r => Regions.In(r.Raw).Select(x => x.Region)));
        return Coverage.Of(match, carried);
    }

    /// <summary>Rows a condition selects, listed by their names (and counted when asked).</summary>
    public static AnswerDraft? Filter(DocumentMatch match)
    {
        var question = match.Question;
        if (!AsksForList(question))
        {
            return null;
        }
        var filters = RowFilters.Find(match).OrderByDescending(f => f.Score).ToList();
        var filter = filters.FirstOrDefault();
        if (filter is null || filter.Rows.Count == 0)
        {
            return null;
        }
        var table = filter.Table;
        if (!filter.BySign && FilterCoverage(match, filter) is var covered && EvidenceFinder.Rank(match).FirstOrDefault() is { } best && best.Table?.Table != table && covered < best.Coverage - 0.15)
        {
            // "개정 후 음료 페트병 생산자는 몇 개사": 개정 names a column of the producers' table, not a category of another table's rows.
            return null;
        }
        if (!CarriesMeasure(match, table))
        {
            // "수출바우처 지원 기업 수는 몇 곳으로 늘어요": rows of another table that rose are not the measure asked.
            return null;
        }
        var nameColumn = NameColumn(table, filter.Column);
        // A column the question names (평가점수), or one holding the kind of figure it asks for (몇 점 → the column in 점).
        var asked = table.Columns.Where(c => c != filter.Column && c != nameColumn
            && (c.Terms.Any(t => match.EvidenceTerms.Contains(t) && !Coverage.IsOperationWord(t)) || c.Unit is { } unit && AsksUnitOf(question, unit))).Take(2).ToList();
        var draft = new AnswerDraft(question, "lookup");
        draft.Focus.Document = match.Document.Name;
        var english = draft.English;
        var items = new List<string>();
        foreach (var row in filter.Rows.Take(20))
        {
            var name = nameColumn is null ? row.Name : Clean(table.Cell(row, nameColumn).Text, row.Name);
            var extras = asked.Select(c => $"{string.Join(" ", c.Path)} {CellWithUnit(table.Cell(row, c), c)}").Where(e => e.Trim().Length > 0);
            var detail = string.Join(", ", extras);
            items.Add($"{name}{(detail.Length > 0 ? $"({detail})" : "")} {draft.Cite(match.Document, table, row, nameColumn)}");
            draft.Focus.Entities.Add(name);
        }
        var count = filter.Rows.Count;
        var condition = filter.Column is null ? filter.Condition : $"{string.Join(" ", filter.Column.Path)} {filter.Condition}";
        draft.Say(english
            ? $"{count} rows of “{table.Title}” have {condition}: {string.Join(", ", items)}."
            : $"「{table.Title}」에서 {condition}에 해당하는 곳은 {count}곳입니다: {string.Join(", ", items)}.");
        draft.AddFigure(english ? $"rows with {condition}" : $"{condition} 해당 수", count, Corpus.Quantities.Units.Find("곳")!, $"count of {count} rows");
        return draft;
    }

    /// <summary>Whether the table names any word of the measure the question asks about (its title, a row or a column).</summary>
    private static bool CarriesMeasure(DocumentMatch match, Knowledge.Tables.TableModel table)
    {
        var words = Understanding.AskedMeasure.Words(match);
        // A compound word is carried whole (수출바우처), not by a part another table also has (수출).
        return words.Count == 0 || words.Select(w => w.MaxBy(t => t.Length)!)
            .Any(t => table.TitleTermSet.Contains(t) || table.Rows.Any(r => r.Terms.Contains(t)) || table.Columns.Any(c => c.Terms.Contains(t)));
    }

    /// <summary>A bare number of a column whose header or title gives the unit (평가점수 84.1 in a table "(단위: 점)") is written with it.</summary>
    private static string CellWithUnit(CellModel cell, ColumnModel column) =>
        cell.Value is double value && column.Unit is { } unit && AllNumber().IsMatch(cell.Text.Trim()) ? Amounts.Format(value, unit) : cell.Text;

    /// <summary>Whether the question asks for a figure of this unit's kind beside the list (몇 점, 몇 %), not for the count of the list.</summary>
    private static bool AsksUnitOf(Question question, Corpus.Quantities.Unit unit) =>
        question.Has(Asks.Score) && unit.Family == Corpus.Quantities.UnitFamily.Score
        || question.Has(Asks.Percent) && unit.Family == Corpus.Quantities.UnitFamily.Percent;

    /// <summary>Where, which, what, how many places: a question whose answer is a list of rows.</summary>
    private static bool AsksForList(Question question) =>
        !question.IsClaim && !question.IsEligibility && question.Has(Asks.Where) || AsksWhichOnes().IsMatch(question.Text);

    /// <summary>The column that names a table's rows: a text column of distinct values (주관기관, 센터, 품목), else the row label.</summary>
    private static ColumnModel? NameColumn(TableModel table, ColumnModel? filterColumn)
    {
        var candidates = table.Columns.Where(c => c != filterColumn && c.Kind is ColumnKind.Key or ColumnKind.Text or ColumnKind.Category).ToList();
        foreach (var column in candidates)
        {
            var values = table.Rows.Where(r => !r.IsTotal).Select(r => table.Cell(r, column).Text).Where(t => t.Length > 0).ToList();
            if (values.Count >= 2 && values.Distinct().Count() == values.Count && !values.All(v => AllDigits().IsMatch(v)) && values.Average(v => v.Length) <= 30)
            {
                return column;
            }
        }
        return null;
    }

    private static string Clean(string text, string fallback) => text.Trim().Length > 0 ? text.Trim().TrimEnd('*') : fallback;

    /// <summary>A table's text cell: the named row in the named text column (대구 › 2단계, 고도화 트랙 › 지원내용).</summary>
    public static AnswerDraft? TextCell(DocumentMatch match)
    {
        if (match.Question.Has(Asks.Count | Asks.Amount | Asks.Percent) && !match.Question.Has(Asks.What | Asks.Where))
        {
            return null;
        }
        // A table that describes one case (구분 | 주요내용 under "□ 사례 2 : …") speaks of that case only: a question not
        // naming it (입주 조건) is not answered by what its residents were (입주 청년: 청년 3명 …).
        // A table of cases row by row is not such a table: each row is a case, and its cells answer as any table's do.
        var caseTables = match.Document.Cases.Where(c => c.Title.Unit.Table is null).SelectMany(c => c.Items).Select(i => i.Unit.Table).OfType<int>().ToHashSet();
        var best = EvidenceFinder.TextCells(match).FirstOrDefault(s => !s.Selection.RowsDefaulted && s.Selection.Rows.Count > 0 && s.Coverage >= 0.6
            && !caseTables.Contains(s.Selection.Table.Table.Index));
        if (best.Selection is null)
        {
            return null;
        }
        var selection = best.Selection;
        var table = selection.Table;
        var columns = selection.Columns.Where(c => c.Kind is ColumnKind.Text or ColumnKind.Category or ColumnKind.Key or ColumnKind.Date).ToList();
        if (columns.Count == 0)
        {
            return null;
        }
        var draft = new AnswerDraft(match.Question, "lookup");
        draft.Focus.Document = match.Document.Name;
        var english = draft.English;
        var parts = new List<string>();
        foreach (var row in selection.Rows.Take(4))
        {
            foreach (var column in columns.Take(3))
            {
                var text = column.Kind == ColumnKind.Key ? string.Join(" / ", row.Header) : table.Cell(row, column).Text;
                if (text.Trim().Length == 0)
                {
                    continue;
                }
                parts.Add($"{row.Name} {string.Join(" ", column.Path)}: {Shown.Text(text)} {draft.Cite(match.Document, table, row, column)}");
            }
            draft.Focus.Entities.Add(row.Name);
        }
        if (parts.Count == 0)
        {
            return null;
        }
        // A table without a title is introduced by nothing rather than by empty brackets.
        draft.Say(table.Title.Length == 0 ? $"{string.Join("; ", parts)}."
            : english ? $"From “{table.Title}”: {string.Join("; ", parts)}." : $"「{table.Title}」에 따르면 {string.Join("; ", parts)}.");
        return draft;
    }

    /// <summary>A list a footnote gives for a starred word (혁신거점* → * 혁신도시, 산업단지 …) or a "X : …" note.</summary>
    public static AnswerDraft? Footnote(DocumentMatch match)
    {
        var document = match.Document;
        if (!match.Question.Has(Asks.What | Asks.Where | Asks.How) && !AsksKinds().IsMatch(match.Question.Text))
        {
            return null;
        }
        // Only a word the question is about (a rare word of the document), not a common one like 사업.
        var terms = match.EvidenceTerms.Where(t => !match.IsNaming(t) && match.Weight(t) >= 1.5 && t.Length >= 2).ToList();
        foreach (var passage in document.Passages.Where(p => Star().IsMatch(p.Text) && p.Kind != UnitKind.Note))
        {
            foreach (Match star in StarredWord().Matches(passage.Text))
            {
                // The starred word itself must be written in the question (혁신거점, 거점시설), not just share a common part.
                var word = TrailingParticle().Replace(star.Groups[1].Value, "");
                var compactWord = Knowledge.Language.TextNormalizer.Compact(word);
                if (compactWord.Length < 3 || !match.Question.Compact.Contains(compactWord, StringComparison.Ordinal))
                {
                    continue;
                }
                var note = document.Passages.FirstOrDefault(p => p.Kind == UnitKind.Note && p.Unit.FromLine > passage.Unit.FromLine && p.Unit.FromLine <= passage.Unit.FromLine + 3);
                if (note is null)
                {
                    continue;
                }
                var draft = new AnswerDraft(match.Question, "lookup");
                draft.Focus.Document = document.Name;
                var english = draft.English;
                draft.Say(english
                    ? $"“{word}” is explained in a note: “{Shown.Text(note.Text)}” {draft.Cite(note)}"
                    : $"'{word}'는 주석에 이렇게 나와 있습니다. “{Shown.Text(note.Text)}” {draft.Cite(note)}");
                return draft;
            }
        }
        // "* 거점시설 : 공동연구센터, …": a note that defines a word.
        foreach (var note in document.Passages.Where(p => p.Kind == UnitKind.Note && p.Text.Contains(':')))
        {
            var head = note.Text[..note.Text.IndexOf(':')];
            var headTerms = Knowledge.Language.TermAnalyzer.Terms(head).Select(Knowledge.Language.Lexicon.Canonical).ToList();
            if (headTerms.Count > 0 && headTerms.All(terms.Contains))
            {
                var draft = new AnswerDraft(match.Question, "lookup");
                draft.Focus.Document = document.Name;
                draft.Say(draft.English ? $"The document defines it: “{Shown.Text(note.Text)}” {draft.Cite(note)}" : $"문서에 이렇게 정의되어 있습니다. “{Shown.Text(note.Text)}” {draft.Cite(note)}");
                return draft;
            }
        }
        return null;
    }
}
