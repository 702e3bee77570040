using Answering.Understanding;

namespace Answering.Skills;

/// <summary>How much of a question's wording a passage shares, by Hangul/Latin character bigrams (spacing-proof).</summary>
public static class Overlap
{
    public static int Score(QuestionText question, string passage)
    {
        var text = QuestionText.RemoveSpaces(passage).ToLowerInvariant();
        var q = question.Compact;
        var score = 0;
        for (var i = 0; i + 1 < q.Length; i++)
        {
            if (char.IsLetter(q[i]) && char.IsLetter(q[i + 1]) && text.Contains(q.AsSpan(i, 2), StringComparison.Ordinal))
            {
                score++;
            }
        }
        return score;
    }
}
