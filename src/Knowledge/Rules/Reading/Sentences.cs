namespace Knowledge.Rules.Reading;

/// <summary>Splits a passage into sentences (at ". " and "; " outside brackets, never inside a number), keeping offsets.</summary>
public static class Sentences
{
    public static IReadOnlyList<(int Start, string Text)> Split(string text)
    {
        var result = new List<(int, string)>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            depth += c is '(' or '「' ? 1 : c is ')' or '」' ? -1 : 0;
            depth = Math.Max(0, depth);
            var end = depth == 0 && (c == ';' || c == '.' && i + 1 < text.Length && text[i + 1] == ' ' && !(i > 0 && char.IsDigit(text[i - 1]) && i + 2 < text.Length && char.IsDigit(text[i + 2])));
            if (end)
            {
                Add(result, text, start, i + 1);
                start = i + 1;
            }
        }
        Add(result, text, start, text.Length);
        return result;
    }

    private static void Add(List<(int, string)> result, string text, int from, int to)
    {
        while (from < to && text[from] == ' ')
        {
            from++;
        }
        if (to > from)
        {
            result.Add((from, text[from..to]));
        }
    }
}
