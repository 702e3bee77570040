using Answering.Composing;
using Answering.Contract;
using Answering.Documents;
using Answering.Rules.Writing;
using Corpus.Quantities;

namespace Answering.Rules.Succession;

/// <summary>
/// Writes a succession answer: the rule quoted, then each reserve tried in rank order with the count of its 시·도 (cited
/// from the count row, or counted from the selected rows with the count as a figure) against the cap, and who succeeds.
/// </summary>
internal sealed class SuccessionWriter(AnswerDraft draft, DocumentMatch match, SuccessionRule rule)
{
    private string Doc => match.Document.Name;

    /// <summary>The place falls free in a known 시·도: yes when the asked reserve is the one that succeeds.</summary>
    public void Decided(Reserve asked, string freed, (string Name, string Region, int Line)? named, SuccessionChain chain)
    {
        var eligible = chain.Successor == asked ? Eligibility.Yes : Eligibility.No;
        Open(eligible);
        var where = named is { } n ? $"{n.Name}({n.Region})의 자리가 비면 {draft.Cite(Doc, n.Line, Line(n.Line))}" : $"{freed}의 선정 자리가 하나 비면";
        draft.Say($"{where} 예비 순위대로 승계를 따져 봅니다.");
        Walk(chain);
        Close(asked, chain);
    }

    /// <summary>Wherever the place falls free, the same reserve succeeds.</summary>
    public void Always(Reserve asked, SuccessionChain chain, bool succeeds)
    {
        Open(succeeds ? Eligibility.Yes : Eligibility.No);
        Walk(chain);
        Close(asked, chain);
    }

    /// <summary>The successor differs with the 시·도 where the place falls free.</summary>
    public void Depends(Reserve asked, IReadOnlyList<(string Region, SuccessionChain Chain)> succeeds, IReadOnlyList<(string Region, SuccessionChain Chain)> others)
    {
        Open(Eligibility.Depends);
        CiteReserves();
        // Name the smaller side's 시·도: the case that is the exception.
        var (few, fewWins) = succeeds.Count <= others.Count ? (succeeds, true) : (others, false);
        var regions = string.Join("·", few.Select(f => f.Region));
        foreach (var region in few.Select(f => f.Region))
        {
            CiteCount(region);
        }
        var other = (fewWins ? others : succeeds)[0].Chain.Successor;
        var fewSuccessor = few[0].Chain.Successor;
        var cap = $"{rule.Cap}{rule.Counter}";
        draft.Say(fewWins
            ? $"{regions}에서 선정이 취소되면 {Josa.With(Name(asked), "이/가")} 승계하지만, 그 밖의 시·도에서 취소되면 {Josa.With(Name(other), "이/가")} 승계합니다(한 시·도 {cap} 상한 때문입니다)."
            : $"{regions}에서 선정이 취소되면 {Josa.With(Name(fewSuccessor), "이/가")} 승계하므로 {Josa.With(Name(asked), "은/는")} 승계하지 못하고, 그 밖의 시·도에서 취소되면 {Josa.With(Name(asked), "이/가")} 승계합니다(한 시·도 {cap} 상한 때문입니다).");
        draft.Say("어느 곳의 선정이 취소되는지에 따라 결과가 달라집니다.");
    }

    private void Open(string eligible)
    {
        draft.Eligible = eligible;
        draft.Say(Phrases.Verdict(eligible, draft.English));
        draft.Say(Phrases.Rule(Shown.Text(rule.Passage.Text).TrimEnd('.'), draft.Cite(rule.Passage), draft.English));
    }

    /// <summary>Each reserve tried: skipped because its 시·도 is full, or the one that succeeds.</summary>
    private void Walk(SuccessionChain chain)
    {
        var cap = $"{rule.Cap}{rule.Counter}";
        foreach (var skipped in chain.Skipped)
        {
            var count = Count(skipped.Region, chain.Freed);
            draft.Say($"예비 {skipped.Rank}순위인 {skipped.Region}의 {Josa.With(skipped.Name, "은/는")} {skipped.Region}에 이미 {Josa.With($"{count}{rule.Counter}", "이/가")} 선정되어 있어 승계하면 {Josa.With(cap, "을/를")} 넘으므로 건너뜁니다 {CiteReserve(skipped)}.");
        }
        if (chain.Successor is { } successor)
        {
            var count = Count(successor.Region, chain.Freed);
            var now = successor.Region == chain.Freed ? $"한 자리가 빠져 {Josa.With($"{count}{rule.Counter}", "이/가")} 되므로" : $"{Josa.With($"{count}{rule.Counter}", "이라는/라는")[..^1]}서";
            draft.Say($"예비 {successor.Rank}순위인 {successor.Region}의 {Josa.With(successor.Name, "은/는")} {successor.Region}의 선정이 {now} 승계해도 {Josa.With(cap, "을/를")} 넘지 않아 승계할 수 있습니다 {CiteReserve(successor)}.");
        }
    }

    private void Close(Reserve asked, SuccessionChain chain)
    {
        if (chain.Successor is null)
        {
            draft.Say("상한 안에서 승계할 수 있는 예비 순위가 없습니다.");
        }
        else if (chain.Successor != asked)
        {
            draft.Say($"따라서 {Josa.With(Name(asked), "이/가")} 아니라 {Josa.With(Name(chain.Successor), "이/가")} 승계합니다.");
        }
        else
        {
            draft.Say($"따라서 {Josa.With(Name(asked), "이/가")} 승계합니다.");
        }
    }

    /// <summary>The selected in a 시·도 once the freed place is taken away, with the subtraction as a figure.</summary>
    private int Count(string region, string freed)
    {
        var before = rule.CountIn(region);
        var marker = CiteCount(region);
        if (region != freed)
        {
            return before;
        }
        var after = before - 1;
        draft.AddFigure($"{region} 선정 수(빈 자리 제외)", after, Units.Piece, $"{before} − 1",
            [new FigureInput($"{region} 선정 수", before, Units.Piece.Symbol, marker)]);
        return after;
    }

    private int CiteCount(string region)
    {
        if (!rule.Selected.TryGetValue(region, out var count))
        {
            return 0;
        }
        var first = 0;
        foreach (var line in count.Lines)
        {
            var index = draft.CiteIndex(Doc, line, line, Line(line), null);
            first = first == 0 ? index : first;
        }
        if (count.Counted && !draft.Figures.Any(f => f.Label == $"{region} 선정 수"))
        {
            draft.AddFigure($"{region} 선정 수", count.Count, Units.Piece, $"{region} 선정 행 {count.Count}개를 셈");
        }
        return first;
    }

    private void CiteReserves()
    {
        foreach (var reserve in rule.Reserves)
        {
            CiteReserve(reserve);
        }
    }

    private string CiteReserve(Reserve reserve) => draft.Cite(Doc, reserve.Line, reserve.Raw);

    private string Line(int line) => match.Document.Document.Line(line).Trim();

    private static string Name(Reserve? reserve) => reserve is null ? "다음 순위" : reserve.Name;
}
