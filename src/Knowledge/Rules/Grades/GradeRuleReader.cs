using System.Text.RegularExpressions;
using Knowledge.Documents;
using Knowledge.Rules.Conditions;
using Knowledge.Rules.Reading;

namespace Knowledge.Rules.Grades;

/// <summary>Reads rules on consecutive grades (N년 연속 X등급 (이하|이상)) from sentences, notes and table cells, with a rising-grade exception after them.</summary>
public static partial class GradeRuleReader
{
    [GeneratedRegex(@"(?<n>\d)\s?(?:년|회|차례|번)\s?연속\s?(?<g>[SABCDEF])\s?등급\s?(?<c>이하|이상|미만|초과)?")]
    private static partial Regex Run();

    [GeneratedRegex(@"등급이\s?(?:오른|상승한|올라간|향상된)|등급\s?(?:상승|향상)")]
    private static partial Regex Rise();

    public static IEnumerable<GradeRule> Read(DocumentKnowledge document)
    {
        foreach (var passage in document.Passages)
        {
            var sentences = Sentences.Split(passage.Text);
            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i].Text;
                // A table cell may hold several rules (장관 표창, 2년 연속 S등급 시 다음 연도 현장실사 면제).
                foreach (var part in sentence.Split([", ", "; "], StringSplitOptions.RemoveEmptyEntries))
                {
                    var m = Run().Match(part);
                    if (!m.Success)
                    {
                        continue;
                    }
                    var tail = Regex.Replace(part[(m.Index + m.Length)..], @"\([^()]*\)", " ");
                    var outcome = OutcomeWords.ReadTail(tail) ?? OutcomeWords.Read(tail) ?? Outcome.Positive;
                    var comparator = m.Groups["c"].Value switch
                    {
                        "이하" => Comparator.AtMost,
                        "이상" => Comparator.AtLeast,
                        "미만" => Comparator.Below,
                        "초과" => Comparator.Above,
                        _ => (Comparator?)null,
                    };
                    var rule = new GradeRule(passage, sentence, m.Groups["n"].Value[0] - '0', m.Groups["g"].Value, comparator, outcome, tail.Trim(' ', '.', ','));
                    var exception = sentences.Skip(i).Select(s => s.Text).FirstOrDefault(s => Rise().IsMatch(s) && (s == sentence ? Rise().Match(s).Index > m.Index : OutcomeWords.OpensProviso(s)));
                    yield return exception is null ? rule : rule with { RiseException = (passage, exception) };
                }
            }
        }
    }
}
