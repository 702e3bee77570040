using Answering.Contract;
using Answering.Understanding;
using Corpus.Quantities;
using Knowledge.Documents;
using Knowledge.Tables;

namespace Answering.Composing;

/// <summary>
/// An answer being written: citations are added once and numbered in order ([n] is citations[n−1]), figures carry
/// their formula and cited inputs, and the finished object follows the answer contract.
/// </summary>
public sealed partial class AnswerDraft(Question question, string kind)
{
    private readonly List<Citation> _citations = [];
    private readonly List<Figure> _figures = [];
    private readonly List<string> _followUps = [];
    private readonly List<string> _sentences = [];

    public Question Question { get; } = question;

    /// <summary>How many sources one answer cites at most: enough to check it, few enough to read.</summary>
    public int MaxCitations { get; init; } = 8;
    public bool English => Question.IsEnglish;
    public string Kind { get; set; } = kind;
    public bool Answerable { get; set; } = true;
    public string? Verdict { get; set; }
    public string? Eligible { get; set; }
    public IReadOnlyList<Citation> Citations => _citations;
    public IReadOnlyList<Figure> Figures => _figures;

    /// <summary>What the answer is about, for follow-ups: the document, table, rows, and the values it stated.</summary>
    public AnswerFocus Focus { get; } = new();

    /// <summary>Cites a whole line (or part of it) and returns the marker, e.g. "[2]".</summary>
    public string Cite(string doc, int line, string quote, TableReference? table = null) => $"[{CiteIndex(doc, line, line, quote, table)}]";

    public string Cite(Passage passage, string? quote = null) =>
        $"[{CiteIndex(passage.Unit.Doc, passage.Unit.FromLine, passage.Unit.ToLine, quote ?? passage.Text, null)}]";

    public string Cite(DocumentKnowledge document, TableModel table, RowModel row, ColumnModel? column) =>
        $"[{CiteCellIndex(document, table, row, column)}]";

    public int CiteCellIndex(DocumentKnowledge document, TableModel table, RowModel row, ColumnModel? column) =>
        CiteIndex(document.Name, row.Line, row.Line, document.Document.Line(row.Line).Trim(),
            new TableReference(table.Title, row.Label, column?.Label ?? ""));

    public int CiteIndex(Passage passage, string? quote = null) =>
        CiteIndex(passage.Unit.Doc, passage.Unit.FromLine, passage.Unit.ToLine, quote ?? passage.Text, null);

    public int CiteIndex(string doc, int from, int to, string quote, TableReference? table)
    {
        var existing = _citations.FindIndex(c => c.Doc == doc && c.Lines.From == from && c.Lines.To == to && (c.Quote == quote || c.Quote.Contains(quote, StringComparison.Ordinal)));
        if (existing >= 0)
        {
            return existing + 1;
        }
        var containing = _citations.FindIndex(c => c.Doc == doc && c.Lines.From == from && c.Lines.To == to && quote.Contains(c.Quote, StringComparison.Ordinal));
        if (containing >= 0)
        {
            _citations[containing] = _citations[containing] with { Quote = quote };
            return containing + 1;
        }
        if (_citations.Count == MaxCitations)
        {
            var sameLines = _citations.FindIndex(c => c.Doc == doc && c.Lines.From <= from && c.Lines.To >= to);
            return sameLines >= 0 ? sameLines + 1 : MaxCitations;
        }
        _citations.Add(new Citation { Doc = doc, Lines = new LineRange(from, to), Quote = quote, Table = table });
        return _citations.Count;
    }

    public Figure AddFigure(string label, double value, Unit unit, string? formula = null, IReadOnlyList<FigureInput>? inputs = null)
    {
        var figure = new Figure { Label = label, Value = value, Unit = unit.Symbol, Formula = formula, Inputs = inputs ?? [] };
        _figures.Add(figure);
        return figure;
    }

    public void Say(string sentence)
    {
        if (!string.IsNullOrWhiteSpace(sentence))
        {
            _sentences.Add(sentence.Trim());
        }
    }

    public void FollowUp(string text)
    {
        if (!string.IsNullOrWhiteSpace(text) && !_followUps.Contains(text) && _followUps.Count < 3 && text != Question.Original)
        {
            _followUps.Add(text);
        }
    }

    /// <summary>
    /// Adds another draft's sentences, figures and citations after this one's (a question asked in parts), renumbering
    /// its citation markers and inputs into this draft's citations.
    /// </summary>
    public void Append(AnswerDraft other, string? lead = null)
    {
        var renumbered = other._citations.Select(c => CiteIndex(c.Doc, c.Lines.From, c.Lines.To, c.Quote, c.Table)).ToList();
        int Map(int index) => index >= 1 && index <= renumbered.Count ? renumbered[index - 1] : index;
        foreach (var (sentence, index) in other._sentences.Select((s, i) => (s, i)))
        {
            var cited = CitationMarker().Replace(sentence, m => $"[{Map(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))}]");
            if (index == 0 && lead is not null)
            {
                cited = $"{lead} {cited}";
            }
            if (!_sentences.Contains(cited.Trim()))
            {
                Say(cited);
            }
        }
        foreach (var figure in other._figures)
        {
            _figures.Add(figure with { Inputs = [.. figure.Inputs.Select(i => i with { Citation = Map(i.Citation) })] });
        }
        foreach (var followUp in other._followUps)
        {
            FollowUp(followUp);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[(\d+)\]")]
    private static partial System.Text.RegularExpressions.Regex CitationMarker();

    /// <summary>Whether another draft's citations still fit beside this one's.</summary>
    public bool HasRoomFor(AnswerDraft other) => _citations.Count + other._citations.Count <= MaxCitations;

    public string Text => string.Join(English ? " " : " ", _sentences);

    public bool HasContent => _sentences.Count > 0;

    public Answer Finish() => new()
    {
        Question = Question.Original,
        Text = Text,
        Language = English ? "en" : "ko",
        Kind = Kind,
        Answerable = Answerable,
        Verdict = Verdict,
        Eligible = Eligible,
        Figures = [.. _figures],
        Citations = [.. _citations],
        FollowUps = [.. _followUps],
    };
}

/// <summary>What an answer was about, so the next turn can lean on it (그 유형, 거기, 그 두 곳).</summary>
public sealed class AnswerFocus
{
    public string? Document { get; set; }
    public List<string> Entities { get; } = [];
    public List<(double Value, Unit Unit, string Label)> Values { get; } = [];

    /// <summary>The figures the answer stated, with their sources, for a follow-up that computes with them.</summary>
    public List<Computing.Operand> Operands { get; } = [];
}
