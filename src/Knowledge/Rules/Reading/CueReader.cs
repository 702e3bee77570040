using System.Text.RegularExpressions;
using Knowledge.Rules.Conditions;
using Knowledge.Rules.Scopes;

namespace Knowledge.Rules.Reading;

/// <summary>
/// Reads the conditions a rule states in words: the text left once its bounds, brackets and outcome are taken out, cut at
/// the bounds into separate cues, each split at 또는/이나/혹은 into alternatives, each alternative known by the terms of its
/// last three words, one key term per word — its longest (분할납부 승인을 받은 → 분할납부, 승인). A single word right after a
/// bound is that bound's verb (직원을 1명 이상 | 고용한), not a condition of its own.
/// </summary>
public static partial class CueReader
{
    private const int CoreWords = 3;

    /// <summary>Joins the alternatives of one key word (구축·고도화).</summary>
    public const char Either = '·';

    [GeneratedRegex(@"\s(?:또는|혹은)\s|(?<=[가-힣])(?:이나|나)\s(?=[가-힣])")]
    private static partial Regex Or();

    public static IReadOnlyList<Cue> Read(string text, IEnumerable<Condition> conditions)
    {
        var chars = text.ToCharArray();
        foreach (var c in conditions)
        {
            for (var i = Math.Max(0, c.Start); i < Math.Min(chars.Length, c.End); i++)
            {
                chars[i] = '|';
            }
        }
        var blanked = RemoveBrackets(new string(chars));
        var cues = new List<Cue>();
        var pieces = blanked.Split('|');
        for (var i = 0; i < pieces.Length; i++)
        {
            var piece = pieces[i];
            if (piece.Trim().Length == 0)
            {
                continue;
            }
            var afterBound = i > 0 && pieces[i - 1].Length == 0 || i > 0 && !piece.StartsWith(' ');
            if (afterBound && WithoutHead(piece.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Length <= 1)
            {
                continue;
            }
            var alternatives = Or().Split(piece).Select(Core).Where(core => core.Count > 0).ToList();
            if (alternatives.Count > 0)
            {
                cues.Add(new Cue(Shown(piece), alternatives));
            }
        }
        return cues;
    }

    /// <summary>The terms of the last words of a phrase that name something (generic and scope words left out).</summary>
    public static IReadOnlyList<string> Core(string phrase)
    {
        var core = new List<string>();
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        words = WithoutHead(words);
        var used = 0;
        for (var i = words.Length - 1; i >= 0 && used < CoreWords; i--)
        {
            var terms = ConditionScanner.CueTerms(words[i]);
            if (terms.Count == 0)
            {
                continue;
            }
            used++;
            // Words joined by a middle dot (구축·고도화) are alternatives of one word: either says it.
            var key = words[i].Contains('·', StringComparison.Ordinal) && Parts(words[i]) is { Count: >= 2 } parts
                ? string.Join(Either, parts)
                : terms.OrderByDescending(t => t.Length).First();
            if (!core.Contains(key))
            {
                core.Add(key);
            }
        }
        // Who a rule names by size alone (대기업은 주관기관이 될 수 없으며): the size is the condition, not a scope beside it.
        if (core.Count == 0 && words.Length <= 2 && ScopeWords.Sizes(string.Join(" ", words)) is [var size])
        {
            core.Add(size);
        }
        return core;
    }

    /// <summary>The key term of each part of a word joined by middle dots (구축·고도화 → 구축, 고도화; 국세·지방세 → 국세, 지방세).</summary>
    private static List<string> Parts(string word) =>
        [.. word.Split('·').Select(p => ConditionScanner.CueTerms(p).OrderByDescending(t => t.Length).FirstOrDefault()).OfType<string>().Distinct()];

    /// <summary>…지원받은 점포, …선포된 지역의 점포: the nouns a relative clause ends on say who, not what must hold.</summary>
    private static string[] WithoutHead(string[] words)
    {
        while (words.Length >= 2 && Regex.IsMatch(words[^2], @"(?:은|는|던|한|된|인|운|린|긴|친|낸|온|간|의)$"))
        {
            words = words[..^1];
        }
        return words;
    }

    /// <summary>A cue as it is quoted back: one space between words, without the bullet or the FAQ's answer mark before it.</summary>
    private static string Shown(string piece)
    {
        var text = Regex.Replace(piece, @"\s{2,}", " ").Trim().TrimStart('-', '※', '○', '•', '□', '*', '◦', ' ');
        return Regex.Replace(text, @"^(?:답|A|Q\d*)\.?\s+", "");
    }

    private static string RemoveBrackets(string text)
    {
        var b = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '「')
            {
                depth++;
                b.Append(' ');
                continue;
            }
            if (c is ')' or '」')
            {
                depth = Math.Max(0, depth - 1);
                b.Append(' ');
                continue;
            }
            b.Append(depth > 0 ? ' ' : c);
        }
        return b.ToString();
    }
}
