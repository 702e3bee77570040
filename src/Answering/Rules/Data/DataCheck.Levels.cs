using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Contract;
using Answering.Documents;
using Answering.Rules.Writing;
using Knowledge.Language;
using Knowledge.Tables;

namespace Answering.Rules.Data;

public static partial class DataCheck
{
    /// <summary>Words that name a level of the whole rather than a row (전국 평균보다: the row is 전국, not 평균).</summary>
    private static readonly HashSet<string> WholeWords = ["평균", "수준", "전체", "기준", "값", "수치"];

    /// <summary>What stands before 보다, word by word (제주 실업률이 전국 평균보다 → …, 전국, 평균).</summary>
    [GeneratedRegex(@"(?<before>.*?)(?:이|가|은|는|의)?\s?보다")]
    private static partial Regex BeforeAgainst();

    /// <summary>
    /// Two rows of one table compared on a level the table gives (제주 실업률이 전국 평균보다 낮은가요?): the column the question
    /// names that is not a change column, the row before 보다 against the row named elsewhere, compared as asked. A change
    /// column is left to the rates, which read its direction.
    /// </summary>
    private static AnswerDraft? LevelCompared(AnswerDraft draft, DocumentMatch match, string ask)
    {
        if (ChangeWord().IsMatch(ask) || BeforeAgainst().Match(ask) is not { Success: true } against)
        {
            return null;
        }
        var after = ask[(against.Index + against.Length)..];
        var higher = Higher().IsMatch(after);
        if (!higher && !Lower().IsMatch(after))
        {
            return null;
        }
        var words = against.Groups["before"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(StripParticle).ToList();
        if (words.Count == 0)
        {
            return null;
        }
        // 전국 평균: the row is the word before the word for a level of the whole.
        var baseWords = new List<string> { words[^1] };
        if (words.Count >= 2 && WholeWords.Contains(words[^1]))
        {
            baseWords.Add(words[^2]);
        }
        var rest = string.Join(' ', words.Take(words.Count - baseWords.Count));
        var compact = TextNormalizer.Compact(ask);
        foreach (var table in match.Document.Tables.Where(t => !t.Table.IsBlock))
        {
            var column = table.Columns.Where(c => c.Kind == ColumnKind.Number && c.Label.Trim().Length >= 2 && !IsChangeLabel(c.Label)
                    && compact.Contains(TextNormalizer.Compact(c.Label), StringComparison.Ordinal))
                .OrderByDescending(c => c.Label.Length).FirstOrDefault();
            if (column is null)
            {
                continue;
            }
            var baseRow = table.Rows.FirstOrDefault(r => baseWords.Contains(FirstWord(r.Name)));
            var other = table.Rows.FirstOrDefault(r => r != baseRow && FirstWord(r.Name) is { Length: >= 2 } word && !baseWords.Contains(word)
                && Regex.IsMatch(rest, $@"(?<![가-힣]){Regex.Escape(word)}(?:이|가|은|는|의|도)?(?![가-힣])"));
            if (baseRow is null || other is null || table.Cell(baseRow, column).Value is not double baseValue || table.Cell(other, column).Value is not double otherValue)
            {
                continue;
            }
            var yes = higher ? otherValue > baseValue : otherValue < baseValue;
            draft.Eligible = yes ? Eligibility.Yes : Eligibility.No;
            draft.Say(Phrases.Fact(draft.Eligible, draft.English));
            var unit = column.Unit is { } u && u != Corpus.Quantities.Units.None ? u.Symbol : "";
            var otherMarker = draft.Cite(match.Document, table, other, column);
            var baseMarker = draft.Cite(match.Document, table, baseRow, column);
            var label = column.Label.Trim();
            draft.Say(draft.English
                ? $"{label}: {other.Name} {table.Cell(other, column).Text.Trim()}{unit} {otherMarker}, {baseRow.Name} {table.Cell(baseRow, column).Text.Trim()}{unit} {baseMarker}."
                : $"{Josa.With(label, "은/는")} {other.Name} {table.Cell(other, column).Text.Trim()}{unit} {otherMarker}, {baseRow.Name} {table.Cell(baseRow, column).Text.Trim()}{unit} {baseMarker}입니다.");
            return draft;
        }
        return null;
    }

    private static string StripParticle(string word) => TrailingParticle().Replace(word, "");

    [GeneratedRegex(@"(?<=[가-힣]{2})(?:이|가|은|는|의|도)$")]
    private static partial Regex TrailingParticle();

    private static bool IsChangeLabel(string label) => Computing.Compute.IsChangeLabel(label) || ChangeHeaders.AgainstBase(label);
}
