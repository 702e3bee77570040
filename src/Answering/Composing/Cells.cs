using Knowledge.Tables;

namespace Answering.Composing;

/// <summary>How a text cell reads in an answer: a grade letter under a 등급 header is "S등급" (or "grade S").</summary>
public static class Cells
{
    public static string Value(ColumnModel column, string text, bool english)
    {
        var value = text.TrimEnd('*').Trim();
        var grade = column.Label.Contains("등급", StringComparison.Ordinal) && value.Length <= 2 && value.All(char.IsAsciiLetterUpper);
        return !grade ? value : english ? $"grade {value}" : $"{value}등급";
    }
}
