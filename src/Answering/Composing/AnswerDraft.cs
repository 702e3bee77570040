using Answering.Contract;
using Answering.Knowledge;
using Answering.Understanding;

namespace Answering.Composing;

/// <summary>
/// An answer being written: citations are added once and numbered in order ([n] is citations[n-1]),
/// figures carry their formula and cited inputs, and the finished object follows the contract.
/// </summary>
public sealed class AnswerDraft(QuestionFrame frame, string kind)
{
    private const int MaxCitations = 8;
    private readonly List<Citation> _citations = [];
    private readonly List<Figure> _figures = [];
    private readonly List<string> _followUps = [];

    public QuestionFrame Frame { get; } = frame;
    public bool English => Frame.IsEnglish;
    public string Kind { get; set; } = kind;
    public bool Answerable { get; set; } = true;
    public string? Verdict { get; set; }
    public string? Eligible { get; set; }

    /// <summary>Adds (or finds) a citation and returns its marker, e.g. "[2]".</summary>
    public string Cite(Source source) => $"[{CiteIndex(source)}]";

    /// <summary>Markers for several sources, each index once ("[1][2]", never "[1][1]").</summary>
    public string Cite(IEnumerable<Source> sources) => string.Concat(sources.Select(CiteIndex).Distinct().Select(i => $"[{i}]"));

    public int CiteIndex(Source source)
    {
        var existing = _citations.FindIndex(c => c.Doc == source.Doc && c.Lines.From == source.FromLine && c.Lines.To == source.ToLine && c.Quote == source.Quote);
        if (existing >= 0)
        {
            return existing + 1;
        }
        if (_citations.Count == MaxCitations)
        {
            // Past the limit a fact shares the nearest citation of the same lines, else the last one.
            var sameLines = _citations.FindIndex(c => c.Doc == source.Doc && c.Lines.From <= source.FromLine && c.Lines.To >= source.ToLine);
            return sameLines >= 0 ? sameLines + 1 : MaxCitations;
        }
        _citations.Add(new Citation
        {
            Doc = source.Doc,
            Lines = new LineRange(source.FromLine, source.ToLine),
            Quote = source.Quote,
            Table = source.TableTitle is null ? null : new TableReference(source.TableTitle, source.Row ?? "", source.Column ?? ""),

            // Location (page and line, table row, sheet range) is given by NumberGrounding.Locate, which knows the corpus.
        });
        return _citations.Count;
    }

    public void AddFigure(string label, decimal value, string unit, string? formula = null, IReadOnlyList<FigureInput>? inputs = null) =>
        _figures.Add(new Figure { Label = label, Value = (double)value, Unit = unit, Formula = formula, Inputs = inputs ?? [] });

    public FigureInput Input(SourcedValue value) => new(value.Label, (double)value.Value, value.Unit, CiteIndex(value.Source));

    public void FollowUp(string korean, string english) => _followUps.Add(English ? english : korean);

    public Answer Finish(string text) => new()
    {
        Question = Frame.Text.Original,
        Text = English && text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text,
        Language = English ? "en" : "ko",
        Kind = Kind,
        Answerable = Answerable,
        Verdict = Verdict,
        Eligible = Eligible,
        Figures = _figures,
        Citations = _citations,
        FollowUps = [.. _followUps.Distinct().Take(3)],
    };
}
