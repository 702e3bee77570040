using System.Globalization;
using System.Text.RegularExpressions;
using Corpus;

namespace Answering.Knowledge;

/// <summary>A program stage and the two-digit years it covers, as a document defines it ("2단계('21~'22년)").</summary>
public sealed record Stage(int Number, int FromYear, int ToYear, Source Source)
{
    public bool Covers(int year) => year >= FromYear && year <= ToYear;
    public int Years => ToYear - FromYear + 1;
}

/// <summary>The stages read from the documents: the first definition of each stage number wins (the body before the annex).</summary>
public sealed partial class StageCatalog
{
    [GeneratedRegex(@"(?<n>\d)\s*단계\s*\(\s*'?(?<from>\d{2})\s*~\s*'?(?<to>\d{2})\s*년?\s*\)")]
    private static partial Regex StageDefinition();

    private readonly Dictionary<int, Stage> _stages = [];

    public StageCatalog(CorpusLibrary corpus)
    {
        foreach (var document in corpus.Parsed)
        {
            for (var i = 0; i < document.Lines.Count; i++)
            {
                var line = Quotes.Unify(document.Lines[i]);
                foreach (Match m in StageDefinition().Matches(line))
                {
                    var number = m.Groups["n"].Value[0] - '0';
                    if (!_stages.ContainsKey(number))
                    {
                        _stages[number] = new Stage(number, int.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture),
                            new Source(document.Name, i + 1, i + 1, document.Lines[i].Substring(m.Index, m.Length)));
                    }
                }
            }
        }
    }

    public IReadOnlyList<Stage> All => [.. _stages.Values.OrderBy(s => s.Number)];

    public Stage? Get(int number) => _stages.GetValueOrDefault(number);

    public Stage? ForYear(int year) => _stages.Values.FirstOrDefault(s => s.Covers(year));
}

/// <summary>Documents write '21 with straight or curly quotes; comparisons use one.</summary>
public static class Quotes
{
    public static string Unify(string text) => text.Replace('‘', '\'').Replace('’', '\'');
}
