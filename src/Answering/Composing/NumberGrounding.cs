using System.Globalization;
using System.Text.RegularExpressions;
using Answering.Contract;
using Corpus;

namespace Answering.Composing;

/// <summary>
/// Keeps the contract's promise that every number an answer states is written in a line it cites or is one
/// of its figures: a number taken from elsewhere in a cited document (a stage's years from the table header,
/// "14개 시·도" from the title) gets the nearest line that writes it cited next to it. Numbers the asker wrote
/// and stage names (2단계, phase 2) are theirs, not facts to ground.
/// </summary>
public static partial class NumberGrounding
{
    private const int MaxCitations = 8;

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex CitationMark();

    [GeneratedRegex(@"(?<![\d.])\d[\d,]*(?:\.\d+)?")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"^(?:\s*·\s*\d)*\s*단계")]
    private static partial Regex StageAfter();

    [GeneratedRegex(@"phases?\s+(?:\d+(?:,\s*|\s+and\s+))*$", RegexOptions.IgnoreCase)]
    private static partial Regex StageBefore();

    public static Answer Ground(Answer answer, CorpusLibrary corpus, IEnumerable<string> askerTexts) => Locate(GroundNumbers(answer, corpus, askerTexts), corpus);

    /// <summary>Gives every citation the location of its lines in its document's own terms (page and line, table row, sheet range).</summary>
    public static Answer Locate(Answer answer, CorpusLibrary corpus) => answer.Citations.Count == 0 ? answer : answer with
    {
        Citations = [.. answer.Citations.Select(c => c with { Location = c.Location ?? corpus.Find(c.Doc)?.LocationOf(c.Lines.From, c.Lines.To) })],
    };

    private static Answer GroundNumbers(Answer answer, CorpusLibrary corpus, IEnumerable<string> askerTexts)
    {
        if (answer.Citations.Count == 0)
        {
            return answer;
        }
        var asked = AskerValues(askerTexts);
        var citations = answer.Citations.ToList();
        var grounded = GroundedValues(answer, citations, corpus);
        var text = answer.Text;
        foreach (var (value, end) in Stated(text).Reverse())
        {
            var start = end - 1;
            while (start > 0 && (char.IsDigit(text[start - 1]) || text[start - 1] is ',' or '.'))
            {
                start--;
            }
            var written = Writing.Of(text, start, end);
            if (grounded.Contains(value) || asked.Contains(value) || citations.Count >= MaxCitations)
            {
                continue;
            }
            if (NearestLine(corpus, citations, value, written) is not { } cited)
            {
                continue;
            }
            citations.Add(cited);
            grounded.UnionWith(Values(cited.Quote));
            var runEnd = end;
            while (runEnd < text.Length && !char.IsWhiteSpace(text[runEnd]))
            {
                runEnd++;
            }
            text = text.Insert(runEnd, $"[{citations.Count}]");
        }
        return citations.Count == answer.Citations.Count ? answer : answer with { Text = text, Citations = citations };
    }

    /// <summary>The numbers the asker wrote, also as read in the documents' units ("1 trillion" is 10,000억원).</summary>
    public static HashSet<decimal> AskerValues(IEnumerable<string> texts) =>
        [.. texts.SelectMany(t => Values(t).Concat(Corpus.Quantities.QuantityScanner.Scan(t).Select(q => Math.Round(q.Value, 6))))];

    /// <summary>The numbers a text states, as values with where each ends; stage names are left out.</summary>
    public static IEnumerable<(decimal Value, int End)> Stated(string text)
    {
        foreach (Match m in NumberToken().Matches(text))
        {
            if (IsMarker(text, m) || StageAfter().IsMatch(text.AsSpan(m.Index + m.Length).ToString()) || StageBefore().IsMatch(text[..m.Index]))
            {
                continue;
            }
            if (Parse(m.Value) is decimal value)
            {
                yield return (value, m.Index + m.Length);
            }
        }
    }

    private static bool IsMarker(string text, Match m) => m.Index > 0 && text[m.Index - 1] == '[' && m.Index + m.Length < text.Length && text[m.Index + m.Length] == ']';

    private static HashSet<decimal> GroundedValues(Answer answer, IEnumerable<Citation> citations, CorpusLibrary corpus)
    {
        var values = citations.SelectMany(c => Lines(corpus, c).SelectMany(Values)).ToHashSet();
        foreach (var figure in answer.Figures)
        {
            values.Add(Math.Round((decimal)figure.Value, 6));
            values.UnionWith(Values(figure.Formula ?? ""));
        }
        return values;
    }

    private static IEnumerable<string> Lines(CorpusLibrary corpus, Citation citation) =>
        corpus.FindParsed(citation.Doc) is { } doc ? Enumerable.Range(citation.Lines.From, citation.Lines.To - citation.Lines.From + 1).Select(doc.Line) : [];

    /// <summary>The values a text writes; a year 'yy also stands for 20yy.</summary>
    public static IEnumerable<decimal> Values(string text)
    {
        foreach (Match m in NumberToken().Matches(CitationMark().Replace(text, " ")))
        {
            if (Parse(m.Value) is decimal value)
            {
                yield return value;
                if (value is >= 0 and < 100 && decimal.Truncate(value) == value && m.Index > 0 && text[m.Index - 1] == '\'')
                {
                    yield return 2000 + value;
                }
            }
        }
    }

    /// <summary>How a number is written: as a year ('22) or with the word that counts it (14개, 5건), so "14개 시·도" is not grounded by "논문 14건".</summary>
    private readonly record struct Writing(bool IsYear, char Counter)
    {
        public static Writing Of(string text, int start, int end) => new(
            start > 0 && text[start - 1] == '\'',
            end < text.Length && (char.IsLetter(text[end]) || text[end] == '%') ? text[end] : '\0');

        public bool Matches(Writing other) => IsYear == other.IsYear && (IsYear || Counter == '\0' || Counter == other.Counter);
    }

    private static bool Writes(string line, decimal value, Writing written)
    {
        foreach (Match m in NumberToken().Matches(line))
        {
            if (Parse(m.Value) == value && written.Matches(Writing.Of(line, m.Index, m.Index + m.Length)))
            {
                return true;
            }
        }
        return false;
    }

    private static Citation? NearestLine(CorpusLibrary corpus, IReadOnlyList<Citation> cited, decimal value, Writing written)
    {
        Citation? best = null;
        var bestDistance = int.MaxValue;
        foreach (var doc in cited.Select(c => c.Doc).Distinct())
        {
            if (corpus.FindParsed(doc) is not { } parsed)
            {
                continue;
            }
            for (var line = 1; line <= parsed.Lines.Count; line++)
            {
                var distance = cited.Where(c => c.Doc == doc).Min(c => line < c.Lines.From ? c.Lines.From - line : line > c.Lines.To ? line - c.Lines.To : 0);
                if (distance < bestDistance && Writes(parsed.Line(line), value, written))
                {
                    bestDistance = distance;
                    best = new Citation { Doc = doc, Lines = LineRange.Single(line), Quote = parsed.Line(line), Location = corpus.Find(doc)?.LocationOf(line, line) };
                }
            }
        }
        return best;
    }

    private static decimal? Parse(string number) =>
        decimal.TryParse(number.Replace(",", "", StringComparison.Ordinal).TrimEnd('.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? Math.Round(value, 6) : null;
}
