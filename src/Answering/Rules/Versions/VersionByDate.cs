using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Contract;
using Answering.Documents;
using Knowledge.Dates;
using Knowledge.Documents;
using Knowledge.Language;
using Knowledge.Tables;

namespace Answering.Rules.Versions;

/// <summary>
/// Checks a claim dated by an event against the rule version in force on that date, as documents write the switch-over:
/// "개정 규정은 '26년 7월 1일 이후의 위반행위부터 적용하며, 그 전의 위반행위에는 종전 기준을 적용한다" or "2025년 10월 1일 이후
/// 체결하는 협약부터는 …에 비례하여 환수하며, 그 전에 체결한 협약에는 종전 기준(전액 환수)을 적용한다". An event on or after the
/// date falls under the amended rule, one before it under the former; the claim is supported when the version it asserts
/// (개정된 …, the amended words, a figure of a 개정 row) is the one in force, refuted otherwise — naming the figure of the
/// version in force when the claim quotes one from a 현행/개정 pair of rows.
/// </summary>
public static partial class VersionByDate
{
    [GeneratedRegex(@"이후.{0,40}?부터(?:는|은)?\s*(?<amended>.*?)(?:,|하며|하고|하되)?\s*그\s*(?:이)?전(?:에|의).*?(?<old>종전|현행|기존)\s*(?:의\s*)?(?:기준|규정|규칙)(?<detail>\([^)]*\))?")]
    private static partial Regex Switch();

    [GeneratedRegex(@"개정된|개정\s?(?:규정|기준|안)|바뀐|새\s?기준|새로운\s?기준|강화된|달라진")]
    private static partial Regex AmendedClaimed();

    [GeneratedRegex(@"종전|현행|기존|이전\s?기준|예전")]
    private static partial Regex FormerClaimed();

    private static readonly HashSet<string> SwitchWords = ["이후", "이전", "적용", "개정", "규정", "기준", "종전", "현행", "시행", "전", "후", "부터", "경우", "따르", "위반", "행위", "위반행위"];

    public static bool Answer(DocumentMatch match, AnswerDraft draft)
    {
        var question = match.Question;
        if (question.Dates.FirstOrDefault(d => d is { Year: not null, Month: not null }) is not { } when)
        {
            return false;
        }
        var claimTerms = TermAnalyzer.Terms(question.Original).Where(t => !SwitchWords.Contains(t)).ToHashSet(StringComparer.Ordinal);
        foreach (var (passage, m, pivot) in Switchovers(match.Document))
        {
            var shared = TermAnalyzer.Terms(passage.Text).Where(claimTerms.Contains).ToList();
            if (shared.Count == 0)
            {
                continue;
            }
            var amendedInForce = Compare(when, pivot) >= 0;
            var pair = QuotedPair(match.Document, question);
            var asserted = Asserted(question.Original, m, pair);
            if (asserted is null)
            {
                continue;
            }
            Write(draft, match.Document, passage, when, pivot, amendedInForce, asserted.Value, pair);
            return true;
        }
        return false;
    }

    /// <summary>A passage that switches from the former rule to the amended one on a date, with that date.</summary>
    private sealed record Switchover(Passage Passage, Match Provision, DateMention Pivot);

    // Read once per document: every dated claim would otherwise scan all its passages again.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DocumentKnowledge, IReadOnlyList<Switchover>> SwitchoverCache = [];

    private static IReadOnlyList<Switchover> Switchovers(DocumentKnowledge document) => SwitchoverCache.GetValue(document, d =>
        [.. d.Passages.Select(p => (Passage: p, Provision: Switch().Match(p.Text)))
            .Where(x => x.Provision.Success)
            .Select(x => (x.Passage, x.Provision, Pivot: DateScanner.Scan(x.Passage.Text[..x.Provision.Index]).LastOrDefault(date => date is { Year: not null, Month: not null })))
            .Where(x => x.Pivot is not null)
            .Select(x => new Switchover(x.Passage, x.Provision, x.Pivot!))]);

    /// <summary>Which version the claim asserts: true for the amended, false for the former, null when it says neither.</summary>
    private static bool? Asserted(string claim, Match provision, VersionPair? pair)
    {
        if (pair is not null)
        {
            return pair.ClaimedAmended;
        }
        if (AmendedClaimed().IsMatch(claim))
        {
            return true;
        }
        if (FormerClaimed().IsMatch(claim))
        {
            return false;
        }
        var claimTerms = TermAnalyzer.Terms(claim).ToHashSet(StringComparer.Ordinal);
        var amended = TermAnalyzer.Terms(provision.Groups["amended"].Value).Where(t => !SwitchWords.Contains(t)).ToHashSet(StringComparer.Ordinal);
        var old = TermAnalyzer.Terms(provision.Groups["detail"].Value).Where(t => !SwitchWords.Contains(t)).ToHashSet(StringComparer.Ordinal);
        var saysOld = old.Except(amended).Any(claimTerms.Contains);
        var saysAmended = amended.Except(old).Any(claimTerms.Contains);
        return saysAmended == saysOld ? null : saysAmended;
    }

    private static string Shown(DateMention date) => $"{date.Year}년 {date.Month}월" + (date.Day is int day ? $" {day}일" : "");

    /// <summary>Orders an event month against the switch-over date; an event month with no day counts from its first day.</summary>
    private static int Compare(DateMention when, DateMention pivot) =>
        (when.Year!.Value, when.Month!.Value, when.Day ?? 1).CompareTo((pivot.Year!.Value, pivot.Month!.Value, pivot.Day ?? 1));

    private static void Write(AnswerDraft draft, DocumentKnowledge document, Passage passage, DateMention when, DateMention pivot, bool amendedInForce, bool claimedAmended, VersionPair? pair)
    {
        draft.Verdict = amendedInForce == claimedAmended ? Verdicts.Supported : Verdicts.Refuted;
        draft.Say(draft.Verdict == Verdicts.Supported ? "네, 맞습니다." : "사실과 다릅니다.");
        var marker = draft.Cite(passage);
        draft.Say($"문서에는 “{Composing.Shown.Text(passage.Text).TrimEnd('.')}”라고 되어 있습니다 {marker}.");
        var side = amendedInForce ? "이후여서 개정된 기준이" : "이전이어서 종전 기준이";
        draft.Say($"말씀하신 {Josa.With(Shown(when), "은/는")} 기준일인 {Shown(pivot)} {side} 적용됩니다.");
        if (pair is not null)
        {
            var (row, other) = amendedInForce == pair.ClaimedAmended ? (pair.Claimed, pair.Other) : (pair.Other, pair.Claimed);
            var shown = $"{pair.Table.Cell(row, pair.Column).Text}{pair.Unit}";
            var otherShown = $"{pair.Table.Cell(other, pair.Column).Text}{pair.Unit}";
            var inForce = draft.Cite(document, pair.Table, row, pair.Column);
            var notInForce = draft.Cite(document, pair.Table, other, pair.Column);
            draft.Say($"따라서 적용되는 금액은 {row.Label} {pair.Column.Label} 기준 {shown}입니다 {inForce}. {otherShown}은 {other.Label} 기준입니다 {notInForce}.");
        }
    }

    /// <summary>The figure the claim quotes, found in a row of a 현행/개정 pair (사용목표율 미달 | 개정 | 500), with its other row.</summary>
    private static VersionPair? QuotedPair(DocumentKnowledge document, Understanding.Question question)
    {
        foreach (var quantity in question.Quantities.Where(q => q.Unit.IsMoney || q.Unit.Family != Corpus.Quantities.UnitFamily.None))
        {
            foreach (var table in document.Tables)
            {
                foreach (var row in table.Rows)
                {
                    var version = Version(row);
                    if (version is null)
                    {
                        continue;
                    }
                    foreach (var column in table.Columns.Where(c => c.Kind == ColumnKind.Number))
                    {
                        var cell = table.Cell(row, column);
                        var unit = cell.Unit ?? (table.TitleUnit is { } u ? Corpus.Quantities.Units.Find(u) : null);
                        if (cell.Value is not double value || unit is null || !unit.SameFamily(quantity.Unit) || Math.Abs(quantity.In(unit) - value) > 1e-9)
                        {
                            continue;
                        }
                        // The other version of a pair stands right above or below (현행 row, then its 개정 row).
                        var other = new[] { row.Index - 1, row.Index + 1 }.Where(i => i >= 0 && i < table.Rows.Count).Select(i => table.Rows[i])
                            .FirstOrDefault(r => Version(r) is { } v && v != version);
                        if (other is not null)
                        {
                            return new VersionPair(table, column, row, other, version == true, unit.Symbol);
                        }
                    }
                }
            }
        }
        return null;
    }

    /// <summary>Whether a row is the amended (개정) or the former (현행, 종전) version of its group.</summary>
    private static bool? Version(RowModel row) =>
        row.Header.Concat(row.Cells.Where(c => c.Value is null).Select(c => c.Text)).Select(w => w.Trim() switch
        {
            "개정" or "개정안" or "변경" => true,
            "현행" or "종전" or "기존" => (bool?)false,
            _ => null,
        }).FirstOrDefault(v => v is not null);

    private sealed record VersionPair(TableModel Table, ColumnModel Column, RowModel Claimed, RowModel Other, bool ClaimedAmended, string Unit);
}
