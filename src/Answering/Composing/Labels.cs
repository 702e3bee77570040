using Knowledge.Figures;
using Knowledge.Language;

namespace Answering.Composing;

/// <summary>Labels made of a document's own words: what an amount in running text counts.</summary>
public static partial class Labels
{
    private static readonly HashSet<string> BoundWords = new(StringComparer.Ordinal) { "이내", "이상", "이하", "미만", "초과", "내외", "이후", "이전" };

    /// <summary>
    /// The words that say what an amount counts: "1,446억원의 사업화 매출" → 사업화 매출; "국비 1,203억원" → 국비;
    /// "경북이 157.9억원으로" → 경북; a case item's label with its case ("(예산) 70.7억원" → 예산).
    /// </summary>
    public static string Of(TextFigure figure)
    {
        var passage = figure.Passage;
        var text = passage.Text;
        var q = figure.Quantity;
        var tokens = passage.Tokens;

        // "N의 X": the nouns right after 의.
        var after = text[q.End..];
        var skip = 0;
        if (after.StartsWith('('))
        {
            var close = after.IndexOf(')');
            skip = close > 0 ? close + 1 : 0;
        }
        if (after[skip..].StartsWith("의 ", StringComparison.Ordinal))
        {
            var start = q.End + skip + 2;
            var nouns = tokens.Where(t => t.Start >= start).TakeWhile(t => t.IsContent || t.Tag is KoreanAnalysis.Dictionary.PosTag.XSN).Take(3).ToList();
            var run = Contiguous(nouns, text);
            if (run.Length >= 2)
            {
                return run;
            }
        }

        // The nouns right before the amount, skipping a particle (국비 1,203억원, 경북이 157.9억원).
        var before = tokens.Where(t => t.End <= q.Start && q.Start - t.End <= 4).ToList();
        if (before.Count > 0)
        {
            var last = before[^1];
            var index = tokens.ToList().IndexOf(last);
            var collected = new List<Token>();
            for (var i = index; i >= 0 && collected.Count < 3; i--)
            {
                var t = tokens[i];
                if (t.IsContent || t.Tag is KoreanAnalysis.Dictionary.PosTag.XSN)
                {
                    if (collected.Count > 0 && collected[0].Start - t.End > 1)
                    {
                        break;
                    }
                    collected.Insert(0, t);
                }
                else if (t.Tag is KoreanAnalysis.Dictionary.PosTag.J && collected.Count == 0)
                {
                    continue;
                }
                else
                {
                    break;
                }
            }
            // A word that begins with a number belongs to that number (3년간 국비 → 국비, not 간 국비).
            while (collected.Count > 0 && (collected[0].Tag is KoreanAnalysis.Dictionary.PosTag.XSN
                || tokens.Any(t => t.Word == collected[0].Word && t.Start < collected[0].Start && t.Tag is KoreanAnalysis.Dictionary.PosTag.SN)))
            {
                collected.RemoveAt(0);
            }
            var run = Contiguous(collected, text);
            // "10km 이내에서 15km": 이내 bounds the amount before it; it names nothing.
            if (run.Length >= 2 && !BoundWords.Contains(run))
            {
                return run;
            }
        }
        // "약 300개사를 선정하여": with no nouns before it, what is done to the amount names it (선정).
        if (ObjectOfVerb().Match(after[skip..]) is { Success: true } done)
        {
            return done.Groups[1].Value;
        }
        if (passage.Unit.Label is { Length: > 0 } label)
        {
            return label;
        }
        // The sentence's topic: the nouns before the first 은/는.
        var topic = tokens.TakeWhile(t => !(t.Tag is KoreanAnalysis.Dictionary.PosTag.J && t.Surface is "은" or "는")).Where(t => t.IsContent).TakeLast(2).ToList();
        if (topic.Count == 0)
        {
            return "";
        }
        // From the start of its word (올해, not 해 of it).
        var wordStart = tokens.First(t => t.Word == topic[0].Word).Start;
        return text[wordStart..topic[^1].End].Trim();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:을|를)\s+([가-힣]{2,4}?)(?:하여|하고|하며|할|한다|했|해|하는|된)")]
    private static partial System.Text.RegularExpressions.Regex ObjectOfVerb();

    private static string Contiguous(IReadOnlyList<Token> tokens, string text)
    {
        if (tokens.Count == 0)
        {
            return "";
        }
        return text[tokens[0].Start..tokens[^1].End].Trim();
    }
}
