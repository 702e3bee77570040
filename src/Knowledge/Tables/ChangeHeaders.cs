using System.Text.RegularExpressions;

namespace Knowledge.Tables;

/// <summary>How a table heads a column of change against a base period without a rate word: 전년동월대비, 전월 대비, 전년대비(%).</summary>
public static partial class ChangeHeaders
{
    [GeneratedRegex(@"^(?:전년|전월|전기|전년동월|전년동기|전년도|전분기)대비(?:\(.*\))?$")]
    private static partial Regex AgainstBasePattern();

    /// <summary>Whether a header names the period its column is compared against (spaces ignored).</summary>
    public static bool AgainstBase(string label) => AgainstBasePattern().IsMatch(string.Concat(label.Where(c => !char.IsWhiteSpace(c))));
}
