using System.Text.RegularExpressions;
using Answering.Understanding;
using Knowledge.Language;

namespace Answering.FollowUps;

/// <summary>
/// A short turn that only changes a period or a place ("그럼 1단계는요?", "충남은?", "and in 2022?") is the earlier question
/// asked again with that part replaced, so it is read exactly as the earlier one was, words, operation and all.
/// </summary>
public static partial class FollowUpRewriter
{
    /// <summary>The earlier question's text with the new stage, year or region in place of its own; null when the turn brings more than that.</summary>
    public static string? Rewrite(Question question, Question earlier)
    {
        // "2026년보다 얼마나 늘었어요?" after a figure asks a change from that period, not the figure of another period.
        if (BringsOtherWords(question) || question.Operation != Operation.Lookup && question.Operation != earlier.Operation)
        {
            return null;
        }
        var text = earlier.IsEnglish ? earlier.Original : earlier.Text;
        var changed = false;
        var stage = question.Stages.Count == 1 && earlier.Stages.Count == 1 && question.Stages[0] != earlier.Stages[0] && !earlier.IsEnglish
            ? $"{question.Stages[0]}단계" : null;
        if (stage is not null)
        {
            text = StageMention().Replace(text, stage);
            changed = true;
        }
        if (question.Years.Count == 1 && earlier.Years.Count == 1 && question.Years[0] != earlier.Years[0])
        {
            var replaced = earlier.IsEnglish
                ? Regex.Replace(text, $@"\b{earlier.Years[0]}\b", question.Years[0].ToString(System.Globalization.CultureInfo.InvariantCulture))
                : ReplaceYearMentions(earlier, question.Years[0]);
            if (replaced is null || replaced == text && !earlier.IsEnglish)
            {
                return null;
            }
            // The year is replaced in the earlier text as written; a stage swapped above is swapped again in it.
            text = earlier.IsEnglish || stage is null ? replaced : StageMention().Replace(replaced, stage);
            changed = true;
        }
        if (question.Regions.Count == 1 && earlier.Regions.Count == 1 && question.Regions[0] != earlier.Regions[0] && !earlier.IsEnglish)
        {
            var mention = Regions.In(text).FirstOrDefault(m => m.Region == earlier.Regions[0]);
            if (mention.Length == 0)
            {
                return null;
            }
            text = text[..mention.Start] + question.Regions[0].Short + text[(mention.Start + mention.Length)..];
            changed = true;
        }
        if (question.PlaceKinds.Count == 1 && earlier.PlaceKinds.Count == 1 && question.PlaceKinds[0] != earlier.PlaceKinds[0] && !earlier.IsEnglish)
        {
            var at = text.IndexOf(earlier.PlaceKinds[0], StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }
            text = text[..at] + question.PlaceKinds[0] + text[(at + earlier.PlaceKinds[0].Length)..];
            changed = true;
        }
        return changed ? text : null;
    }

    /// <summary>Words besides the period, place and the follow-up's own particles ("그럼", "은요"): a new measure, not a swap.</summary>
    private static bool BringsOtherWords(Question question)
    {
        var places = question.Regions.SelectMany(r => new[] { r.Short, r.Full }).Concat(question.PlaceKinds).ToHashSet(StringComparer.Ordinal);
        return question.Terms.Any(t => !Lexicon.IsQuestionWord(t) && !places.Contains(t) && t is not ("단계" or "년" or "년도" or "해" or "그럼" or "그러면" or "경우")
            && !char.IsAsciiDigit(t[0]) && !t.All(char.IsAsciiLetter));
    }

    private static string? ReplaceYearMentions(Question earlier, int year)
    {
        if (earlier.YearMentions.Count != 1)
        {
            return null;
        }
        var (_, start, end) = earlier.YearMentions[0];
        var written = earlier.Text[start..end];
        var replacement = written.StartsWith('\'') ? $"'{year % 100:00}" : year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var digits = YearDigits().Match(written);
        return digits.Success ? earlier.Text[..start] + written[..digits.Index] + replacement + written[(digits.Index + digits.Length)..] + earlier.Text[end..] : null;
    }

    [GeneratedRegex(@"\d\s*단계")]
    private static partial Regex StageMention();

    [GeneratedRegex(@"'\d{2}|(?:19|20)\d{2}")]
    private static partial Regex YearDigits();
}
