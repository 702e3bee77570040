using Answering.Composing;
using Answering.Contract;
using Answering.Knowledge;
using Answering.Understanding;

namespace Answering.Skills;

/// <summary>What a region's cluster grows (and its project per stage), or which regions share a category — from the region-per-row table.</summary>
public sealed class SectorSkill(ValueResolver resolver) : ISkill
{
    private static readonly string[] TopicWords = ["분야", "과제", "육성", "산업", "뭐", "무엇", "무슨", "어떤"];

    public Answer? TryAnswer(QuestionFrame frame)
    {
        var sectors = resolver.Knowledge.Sectors;
        var category = sectors.Categories.FirstOrDefault(c => frame.Text.Has(c.ToLowerInvariant()));
        if (category is not null && frame.Regions.Count == 0)
        {
            return ByCategory(frame, category, sectors.Entries.Where(e => e.Category == category).ToList());
        }
        var region = frame.Regions.FirstOrDefault();
        if (region is null && frame.Text.HasAny(CountWords) && sectors.Entries.Count > 0)
        {
            return Count(frame, sectors);
        }
        if (region is null && frame.Text.HasAny(WhichWords) && ByKeyword(frame, sectors) is { } byKeyword)
        {
            return byKeyword;
        }
        if (region is null || !frame.Text.HasAny(TopicWords) || sectors.ForRegion(region.Short) is not { } entry)
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "lookup");
        var mark = draft.Cite(Source(entry));
        var stages = frame.Stages.Count > 0 ? frame.Stages : (frame.Text.Has("과제") ? [1, 2] : []);
        var projects = stages.Select(s => (Stage: s, Cell: SectorTable.StageCell(entry, s))).Where(p => p.Cell is { IsEmpty: false }).ToList();
        draft.FollowUp($"{region.Short} 2단계 과제는?", $"What is {region.English}'s phase 2 project?");
        draft.FollowUp("같은 분야의 다른 시·도는?", "Which other regions are in the same category?");
        var categoryText = entry.Category is null ? "" : (draft.English ? $" (category: {entry.Category})" : $"({entry.Category})");
        var lead = draft.English
            ? $"The {region.English} cluster's sector is '{entry.Sector}'{categoryText} {mark}."
            : $"{region.Short}의 육성 분야는 '{entry.Sector}'{categoryText}입니다.{mark}";
        if (projects.Count == 0)
        {
            var all = entry.Row.Cells.Where(c => !c.IsEmpty && !c.ColumnName.Contains("분류", StringComparison.Ordinal)).ToList();
            projects = [.. all.Select((c, i) => (Stage: i + 1, Cell: (Corpus.Model.TableCell?)c))];
        }
        var lines = projects.Select(p => draft.English ? $"phase {p.Stage}: '{p.Cell!.Text}'" : $"{p.Cell!.ColumnName} 과제는 '{p.Cell.Text}'");
        return draft.Finish(draft.English
            ? $"{lead} Projects — {string.Join("; ", lines)} {mark}."
            : $"{lead} {string.Join(", ", lines)}입니다.{mark}");
    }

    private static readonly string[] CountWords = ["몇개시도", "몇개시·도", "몇곳", "몇개지역", "몇개의시도", "몇개클러스터", "howmanyregions", "howmanyclusters"];

    /// <summary>How many regions the clusters are in: the rows of the table, listed.</summary>
    private static Answer Count(QuestionFrame frame, SectorTable sectors)
    {
        var draft = new AnswerDraft(frame, "lookup");
        var regions = sectors.Entries.Select(e => e.Region).Distinct().ToList();
        var table = sectors.Entries[0].Table;
        var first = sectors.Entries[0].Row.Line;
        var last = sectors.Entries[^1].Row.Line;
        var mark = draft.Cite(new Source(table.Doc, first, last, sectors.Entries[0].Row.RawLine));
        draft.AddFigure(draft.English ? "regions with a cluster" : "클러스터가 있는 시·도 수", regions.Count, "개");
        draft.FollowUp($"{regions[0]} 클러스터는 어떤 분야인가요?", $"What is the {regions[0]} cluster's sector?");
        draft.FollowUp("분야별로 묶인 시·도는?", "How are the regions grouped by category?");
        return draft.Finish(draft.English
            ? $"The clusters are in {regions.Count} regions: {string.Join(", ", regions)} {mark}."
            : $"문서에 나온 클러스터는 {regions.Count}개 시·도({string.Join(", ", regions)})에 있어요.{mark}");
    }

    private static readonly string[] WhichWords = ["어디", "어느", "which", "where", "시도는", "지역은", "곳은", "곳이"];

    /// <summary>"수소 관련 클러스터는 어디예요?": regions whose sector or projects use a word of the question that few rows share.</summary>
    private static Answer? ByKeyword(QuestionFrame frame, SectorTable sectors)
    {
        var texts = sectors.Entries.Select(e => (Entry: e, Text: QuestionText.RemoveSpaces(e.Row.RawLine))).ToList();
        foreach (var word in frame.Text.ContentWords())
        {
            var matches = texts.Where(t => t.Text.Contains(word, StringComparison.Ordinal)).Select(t => t.Entry).ToList();
            if (matches.Count > 0 && matches.Count <= Math.Max(2, sectors.Entries.Count / 3))
            {
                var draft = new AnswerDraft(frame, "lookup");
                var marks = draft.Cite(matches.Select(Source));
                var list = string.Join(", ", matches.Select(e => $"{e.Region}({e.Sector})"));
                draft.FollowUp($"{matches[0].Region} 2단계 과제는?", $"What is the phase 2 project of {matches[0].Region}?");
                draft.FollowUp("분야별 시·도 구성은?", "How are the regions grouped by category?");
                return draft.Finish(draft.English
                    ? $"Clusters whose sector or projects mention '{word}': {list} {marks}."
                    : $"'{word}' 관련 분야나 과제를 추진하는 곳은 {list}입니다.{marks}");
            }
        }
        return null;
    }

    private static Answer ByCategory(QuestionFrame frame, string category, List<SectorEntry> entries)
    {
        var draft = new AnswerDraft(frame, "lookup");
        var marks = draft.Cite(entries.Select(Source));
        var list = string.Join(", ", entries.Select(e => $"{e.Region}({e.Sector})"));
        draft.FollowUp($"{entries[0].Region} 2단계 과제는?", $"What is the phase 2 project of {entries[0].Region}?");
        draft.FollowUp("다른 분야에는 어떤 시·도가 있나요?", "Which regions are in the other categories?");
        return draft.Finish(draft.English
            ? $"The regions in the '{category}' category are: {list} {marks}."
            : $"'{category}' 분야로 묶인 시·도는 {list}입니다.{marks}");
    }

    private static Source Source(SectorEntry entry) =>
        new(entry.Table.Doc, entry.Row.Line, entry.Row.Line, entry.Row.RawLine, entry.Table.Title, entry.Row.HeaderName, "육성분야");
}
