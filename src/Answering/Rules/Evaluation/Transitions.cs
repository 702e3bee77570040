using System.Text.RegularExpressions;
using Answering.Rules.Facts;
using Knowledge.Rules;

namespace Answering.Rules.Evaluation;

/// <summary>
/// An exception that names the moves it allows between types (하위 유형을 지원받은 기업이 상위 유형(도약형 → 성장형·글로벌형,
/// 성장형 → 글로벌형)으로 신청하는 경우): it holds when the asker moves from the type they had to the type they apply for along
/// one of those arrows, and fails for any other move (성장형 → 도약형).
/// </summary>
public static partial class Transitions
{
    [GeneratedRegex(@"(?<from>[가-힣A-Za-z]{1,8}형)\s*(?:→|->|⇒)\s*(?<to>[가-힣A-Za-z]{1,8}형(?:\s*[·,]\s*[가-힣A-Za-z]{1,8}형)*)")]
    private static partial Regex Arrow();

    /// <summary>The type the asker applies for: the one written before 으로/로 (도약형으로 신청).</summary>
    [GeneratedRegex(@"(?<to>[가-힣A-Za-z]{1,8}형)\s?(?:으로|로)(?![가-힣])")]
    private static partial Regex Towards();

    /// <summary>Whether the asker's move is one the exception allows: true, false, or null when it names no moves or the asker no move.</summary>
    public static bool? Allows(Proviso proviso, AskerFacts facts)
    {
        var allowed = new HashSet<(string From, string To)>();
        foreach (Match arrow in Arrow().Matches(proviso.Text))
        {
            foreach (var to in Regex.Split(arrow.Groups["to"].Value, @"\s*[·,]\s*"))
            {
                allowed.Add((arrow.Groups["from"].Value, to.Trim()));
            }
        }
        if (allowed.Count == 0 || Towards().Match(facts.Text) is not { Success: true } towards)
        {
            return null;
        }
        var known = allowed.SelectMany(a => new[] { a.From, a.To }).ToHashSet(StringComparer.Ordinal);
        var target = towards.Groups["to"].Value;
        var had = Regex.Matches(facts.Text, @"[가-힣A-Za-z]{1,8}형").Select(m => m.Value).Where(l => l != target && known.Contains(l)).Distinct().ToList();
        if (!known.Contains(target) || had.Count != 1)
        {
            return null;
        }
        return allowed.Contains((had[0], target));
    }
}
