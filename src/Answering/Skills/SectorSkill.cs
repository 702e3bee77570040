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
            : $"{region.Short} 국가혁신클러스터의 육성 분야는 '{entry.Sector}'{categoryText}입니다.{mark}";
        if (projects.Count == 0)
        {
            var all = entry.Row.Cells.Where(c => !c.IsEmpty && !c.ColumnName.Contains("분류", StringComparison.Ordinal)).ToList();
            projects = [.. all.Select((c, i) => (Stage: i + 1, Cell: (Corpus.Model.TableCell?)c))];
        }
        var lines = projects.Select(p => draft.English ? $"{p.Cell!.ColumnName}: '{p.Cell.Text}'" : $"{p.Cell!.ColumnName} 과제는 '{p.Cell.Text}'");
        return draft.Finish(draft.English
            ? $"{lead} Projects — {string.Join("; ", lines)} {mark}."
            : $"{lead} {string.Join(", ", lines)}입니다.{mark}");
    }

    private static Answer ByCategory(QuestionFrame frame, string category, List<SectorEntry> entries)
    {
        var draft = new AnswerDraft(frame, "lookup");
        var marks = string.Concat(entries.Select(e => draft.Cite(Source(e))).Distinct());
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
