using System.Globalization;
using System.Text.RegularExpressions;
using Answering.Contract;
using Evaluation;

namespace Answering.Tests.Eval;

/// <summary>
/// Every answer to every question of the eval sets is checked against the corpus files as they are on disk, read here
/// with a reader of the test's own (not the engine's parser, not its figure list): each number the answer states is
/// written in the corpus or the question, or is a computed figure whose formula, re-evaluated here, gives it from
/// inputs the corpus writes; and each citation's quote is on the lines it cites.
/// </summary>
public sealed partial class GroundingTests
{
    public static TheoryData<string> Sets => ["dev.jsonl", "extra.jsonl"];

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex CitationMarker();

    /// <summary>A number as a reader sees it: 1,134 or 14.5 or 2024, not part of a longer number.</summary>
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?")]
    private static partial Regex NumberPattern();

    /// <summary>A year written short ('18, ‘22): the corpus writes 2018 that way.</summary>
    [GeneratedRegex(@"['‘’](\d{2})(?!\d)")]
    private static partial Regex ShortYear();

    private static readonly Lazy<Dictionary<string, string[]>> Files = new(() =>
        Directory.EnumerateFiles(TestEngine.CorpusFolder, "*.txt").ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f).Split('\n'), StringComparer.Ordinal));

    private static readonly Lazy<HashSet<double>> CorpusNumbers = new(() => [.. Files.Value.Values.SelectMany(lines => NumbersIn(string.Join("\n", lines), shortYears: true))]);

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_number_an_answer_states_is_written_in_the_corpus_or_computed_from_it(string set)
    {
        var ungrounded = new List<string>();
        foreach (var (item, answer) in Answers(set))
        {
            var said = new HashSet<double>(item.Context.Append(item.Question).SelectMany(q => NumbersIn(q, shortYears: true)));
            var computed = answer.Figures.Where(f => f.Formula is not null && Recomputes(f)).Select(f => f.Value).ToList();
            var text = CitationMarker().Replace(answer.Text, "");
            foreach (var number in NumbersIn(text, shortYears: false).Distinct())
            {
                if (!CorpusNumbers.Value.Contains(number) && !said.Contains(number) && !computed.Any(c => Math.Abs(Math.Abs(c) - number) < 1e-9))
                {
                    ungrounded.Add($"{item.Id} «{item.Question}»: {number} in “{answer.Text}”");
                }
            }
        }

        Assert.True(ungrounded.Count == 0, $"{ungrounded.Count} numbers are neither in the corpus nor computed from it:\n{string.Join("\n", ungrounded)}");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_citation_quotes_the_lines_it_cites(string set)
    {
        var misquoted = new List<string>();
        foreach (var (item, answer) in Answers(set))
        {
            foreach (var citation in answer.Citations)
            {
                var lines = Files.Value.GetValueOrDefault(citation.Doc);
                var (from, to) = (citation.Lines.From, citation.Lines.To);
                if (lines is null || from < 1 || to < from || to > lines.Length
                    || citation.Quote.Trim().Length == 0
                    || !Squeeze(string.Join("\n", lines[(from - 1)..to])).Contains(Squeeze(citation.Quote), StringComparison.Ordinal))
                {
                    misquoted.Add($"{item.Id}: {citation.Doc} {citation.Lines} «{citation.Quote}»");
                }
            }
        }

        Assert.True(misquoted.Count == 0, $"{misquoted.Count} citations do not quote their lines:\n{string.Join("\n", misquoted)}");
    }

    /// <summary>A computed figure counts when its formula gives its value again (to the rounding it is stated with) and every input is a number the corpus writes.</summary>
    private static bool Recomputes(Figure figure)
    {
        if (figure.Inputs.Count == 0 || figure.Inputs.Any(i => !CorpusNumbers.Value.Contains(Math.Abs(i.Value))))
        {
            return false;
        }
        return Arithmetic.Evaluate(figure.Formula!) is { } value
            && Math.Abs(Math.Abs(value) - Math.Abs(figure.Value)) <= HalfOfLastPlace(figure.Value) + 1e-9;
    }

    /// <summary>How far rounding may have moved a stated value: half a unit of its last decimal place (454 → 0.5, 8.6 → 0.05).</summary>
    private static double HalfOfLastPlace(double value)
    {
        var written = Math.Abs(value).ToString("0.######", CultureInfo.InvariantCulture);
        var decimals = written.Contains('.') ? written.Length - written.IndexOf('.') - 1 : 0;
        return 0.5 * Math.Pow(10, -decimals);
    }

    private static IEnumerable<(GoldItem Item, Answer Answer)> Answers(string set) =>
        GoldSet.Read(Path.Combine(AppContext.BaseDirectory, "Eval", set))
            .Select(item => (item, TestEngine.Shared.Ask(new AnswerRequest { Id = item.Id, Question = item.Question, History = item.Context })));

    /// <summary>The numbers of a text; with <paramref name="shortYears"/> a year written '18 also counts as 2018.</summary>
    private static IEnumerable<double> NumbersIn(string text, bool shortYears)
    {
        var normalized = text.Normalize(System.Text.NormalizationForm.FormKC);
        foreach (Match m in NumberPattern().Matches(normalized))
        {
            yield return double.Parse(m.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        }
        foreach (Match m in shortYears ? ShortYear().Matches(normalized) : Enumerable.Empty<Match>())
        {
            yield return 2000 + int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        }
    }

    private static string Squeeze(string text) => string.Concat(text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));

    /// <summary>+ − × ÷ and brackets over plain numbers, the arithmetic formulas are written in; null for anything else.</summary>
    private static class Arithmetic
    {
        public static double? Evaluate(string formula)
        {
            var text = formula.Replace('×', '*').Replace('÷', '/').Replace('−', '-').Replace(" ", "", StringComparison.Ordinal);
            if (text.Any(c => !(char.IsAsciiDigit(c) || c is '.' or '+' or '-' or '*' or '/' or '(' or ')')))
            {
                return null;
            }
            var position = 0;
            var value = Sum(text, ref position);
            return position == text.Length ? value : null;
        }

        private static double? Sum(string text, ref int position)
        {
            var value = Product(text, ref position);
            while (value is not null && position < text.Length && text[position] is '+' or '-')
            {
                var op = text[position++];
                var right = Product(text, ref position);
                value = right is null ? null : op == '+' ? value + right : value - right;
            }
            return value;
        }

        private static double? Product(string text, ref int position)
        {
            var value = Atom(text, ref position);
            while (value is not null && position < text.Length && text[position] is '*' or '/')
            {
                var op = text[position++];
                var right = Atom(text, ref position);
                value = right is null || op == '/' && right == 0 ? null : op == '*' ? value * right : value / right;
            }
            return value;
        }

        private static double? Atom(string text, ref int position)
        {
            if (position < text.Length && text[position] == '(')
            {
                position++;
                var inner = Sum(text, ref position);
                if (position >= text.Length || text[position] != ')')
                {
                    return null;
                }
                position++;
                return inner;
            }
            var start = position;
            while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.'))
            {
                position++;
            }
            return double.TryParse(text[start..position], NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
        }
    }
}
