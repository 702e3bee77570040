using Answering.Contract;

namespace BotHost.Commands;

/// <summary>An answer as a person reads it in a terminal: the text, the computed figures, then the sources.</summary>
internal static class AnswerPrinter
{
    public static void Print(Answer answer, TextWriter output)
    {
        output.WriteLine(answer.Text);
        var english = answer.Language == "en";
        foreach (var figure in answer.Figures.Where(f => f.Formula is not null))
        {
            var inputs = string.Join(", ", figure.Inputs.Select(i => $"{i.Label} {i.Value:0.###}{i.Unit} [{i.Citation}]"));
            output.WriteLine($"  = {figure.Label}: {figure.Value:0.###}{figure.Unit} ({figure.Formula}; {inputs})");
        }
        if (answer.Citations.Count > 0)
        {
            output.WriteLine(english ? "Sources:" : "출처:");
            for (var i = 0; i < answer.Citations.Count; i++)
            {
                var c = answer.Citations[i];
                output.WriteLine($"  [{i + 1}] {c.Doc} {(english ? "lines" : "줄")} {c.Lines}: \"{c.Quote.Replace('\t', ' ')}\"");
            }
        }
        if (answer.FollowUps.Count > 0)
        {
            output.WriteLine((english ? "You could also ask: " : "이어서 물어볼 만한 질문: ") + string.Join(" / ", answer.FollowUps));
        }
    }
}
