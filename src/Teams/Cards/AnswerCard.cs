using System.Globalization;
using Answering.Contract;
using Newtonsoft.Json.Linq;
using static Teams.Cards.AdaptiveCardJson;

namespace Teams.Cards;

/// <summary>
/// The details of an answer as an Adaptive Card: the verdict or eligibility badge, the figures with their
/// formulas and inputs, the sources one click away, and follow-up buttons. The answer text itself is the
/// reply's text (see <see cref="AnswerReply"/>), where Teams attaches the citations, AI label and feedback buttons.
/// </summary>
public static class AnswerCard
{
    public const string SourcesId = "sources";

    /// <summary>The card, or null when the answer has no details to show.</summary>
    public static JObject? Create(Answer answer)
    {
        var text = CardText.For(answer.Language);
        var body = new JArray();
        if (Badge(answer, text) is { } badge)
        {
            body.Add(badge);
        }
        if (answer.Figures.Count > 0)
        {
            body.Add(Figures(answer.Figures, text));
        }
        if (answer.Citations.Count > 0)
        {
            body.Add(new JObject { ["type"] = "ActionSet", ["actions"] = new JArray(ToggleButton($"{text.ShowSources} ({answer.Citations.Count})", SourcesId)) });
            body.Add(Sources(answer.Citations, text));
        }
        if (answer.FollowUps.Count > 0)
        {
            body.Add(Container([Text(text.FollowUpsTitle, size: "Small", weight: "Bolder", subtle: true)]));
            body.Add(new JObject { ["type"] = "ActionSet", ["actions"] = new JArray(answer.FollowUps.Select(AskButton)) });
        }
        return body.Count == 0 ? null : Card(text.Language, body);
    }

    public static string FormatNumber(double value, string unit) =>
        value.ToString("#,0.##", CultureInfo.InvariantCulture) + unit;

    private static JObject? Badge(Answer answer, CardText text)
    {
        var (label, style) = answer switch
        {
            { Verdict: { } verdict } => (text.VerdictBadges.GetValueOrDefault(verdict, verdict), verdict switch
            {
                Verdicts.Supported => "good",
                Verdicts.Refuted => "attention",
                _ => "warning",
            }),
            { Eligible: { } eligible } => (text.EligibilityBadges.GetValueOrDefault(eligible, eligible), eligible switch
            {
                Eligibility.Yes => "good",
                Eligibility.No => "attention",
                _ => "warning",
            }),
            { Answerable: false } => (text.NotFoundInDocument, "warning"),
            _ => (null, null),
        };
        if (label is null)
        {
            return null;
        }
        var color = style switch { "good" => "Good", "attention" => "Attention", _ => "Warning" };
        return Container([Text(label, weight: "Bolder", color: color)], id: "badge", style: style, spacing: "None");
    }

    private static JObject Figures(IReadOnlyList<Figure> figures, CardText text)
    {
        var items = new JArray { Text(text.FiguresTitle, size: "Small", weight: "Bolder", subtle: true) };
        foreach (var figure in figures)
        {
            items.Add(Text(figure.Label, weight: "Bolder"));
            items.Add(Text(FormatNumber(figure.Value, figure.Unit), size: "ExtraLarge", weight: "Bolder", color: "Accent"));
            var facts = new List<(string, string)>();
            if (figure.Formula is { Length: > 0 } formula)
            {
                facts.Add((text.Formula, formula));
            }
            facts.AddRange(figure.Inputs.Select(input => (input.Label, $"{FormatNumber(input.Value, input.Unit)} [{input.Citation}]")));
            if (facts.Count > 0)
            {
                items.Add(FactSet(facts));
            }
        }
        return Container(items, id: "figures", style: "emphasis");
    }

    private static JObject Sources(IReadOnlyList<Citation> citations, CardText text)
    {
        var items = new JArray();
        foreach (var (citation, index) in citations.Select((citation, index) => (citation, index)))
        {
            items.Add(Text($"[{index + 1}] {citation.Doc} · {text.Lines(citation.Lines)}", size: "Small", weight: "Bolder"));
            if (citation.Table is { } table)
            {
                items.Add(Text($"{table.Title} — {table.Row} / {table.Column}", size: "Small", subtle: true));
            }
            // Table rows are tab-separated in the corpus; tabs collapse in a card, so show them as column bars.
            items.Add(Text(citation.Quote.Replace("\t", " | ", StringComparison.Ordinal), size: "Small", fontType: "Monospace"));
        }
        return Container(items, id: SourcesId, visible: false);
    }
}
