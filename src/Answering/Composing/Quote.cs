namespace Answering.Composing;

/// <summary>Exact quotes: a short passage whole, a long one cut to the sentence around a position.</summary>
public static class Quote
{
    private const int Short = 180;

    public static string Sentence(string text, int position)
    {
        if (text.Length <= Short)
        {
            return text.Trim();
        }
        var start = position;
        while (start > 0 && !IsSentenceEnd(text, start - 1))
        {
            start--;
        }
        var end = position;
        while (end < text.Length && !IsSentenceEnd(text, end))
        {
            end++;
        }
        end = Math.Min(text.Length, end + 1);
        var sentence = text[start..end].Trim();
        if (sentence.Length > 260)
        {
            // A very long sentence: the clause around the position, cut at commas.
            var from = Math.Max(0, text.LastIndexOf(',', Math.Max(0, position - 1), Math.Max(0, position - start)) + 1);
            if (from <= start)
            {
                from = Math.Max(start, position - 120);
            }
            var to = text.IndexOf(',', Math.Min(text.Length - 1, position + 1));
            to = to < 0 || to > position + 160 ? Math.Min(text.Length, position + 120) : to;
            sentence = text[from..to].Trim();
        }
        return sentence.Length == 0 ? text.Trim() : sentence;
    }

    private static bool IsSentenceEnd(string text, int i) =>
        text[i] == '.' && (i + 1 >= text.Length || text[i + 1] == ' ') && i > 0 && !char.IsDigit(text[i - 1])
        || text[i] == '■' || text[i] == '\t';
}

/// <summary>Quotes shown in answers: the passage without its bullet mark (still a substring of the line).</summary>
public static class Shown
{
    public static string Text(string passage) => passage.TrimStart('□', '○', '◦', '-', '*', '※', '■', '•', '·', ' ', '\t').Trim();

    /// <summary>A table row's cells joined for reading (the citation keeps the raw line).</summary>
    public static string Row(string raw) => string.Join(" | ", raw.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0));
}
