using System.Text.RegularExpressions;

namespace Answering.Evidence;

/// <summary>How a FAQ writes its lines: a question line (Q3. …, 질문 …, 문 15) …) and, under it, an answer line (A. …, 답변 …) that may open by saying no or yes.</summary>
public static partial class FaqLines
{
    [GeneratedRegex(@"^\s*(?:(?:Q|질문)\s*\d*|문\s*\d+)\s*[.:)]")]
    public static partial Regex Question();

    [GeneratedRegex(@"^\s*(?:A|답변|답)\s*\d*\s*[.:)]")]
    public static partial Regex Answer();

    /// <summary>An answer line opening with no (group <c>no</c>) or yes (group <c>yes</c>).</summary>
    [GeneratedRegex(@"^\s*(?:A|답변|답)\s*\d*\s*[.:)]\s*(?:(?<no>아니요|아니오|아닙니다|안 됩니다|안됩니다|불가합니다|불가능합니다)|(?<yes>네|예|그렇습니다|가능합니다)[.,!\s])")]
    public static partial Regex Opening();
}
