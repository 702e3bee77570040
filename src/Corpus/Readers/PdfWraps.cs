namespace Corpus.Readers;

/// <summary>
/// Where a wrapped line (of a paragraph or a table cell) joins the next, marked in the text until the whole document
/// has been read, since how a document wraps decides it:
/// <list type="bullet">
/// <item>A document that wraps at words leaves many wrapped lines short of their right edge (the next word did not
/// fit). Its wraps were at spaces, except where Korean writes a syllable straight after a number, a Latin letter or a
/// quote mark, or a parenthesis straight after a word, which line breaking allows too (<c>30|개</c>, <c>R&amp;D|를</c>,
/// <c>가능|(도</c>).</item>
/// <item>A document that wraps at letters fills nearly every line: a line that ran to its edge broke inside a word, one
/// that stopped short wrapped at a space.</item>
/// </list>
/// </summary>
internal static class PdfWraps
{
    private const char ShortSpace = '\uE000';
    private const char ShortAttached = '\uE001';
    private const char EdgeSpace = '\uE002';
    private const char EdgeAttached = '\uE003';

    /// <summary>Marks a wrap after <paramref name="before"/> and before <paramref name="after"/>; <paramref name="ranToEdge"/> when the line above filled its width.</summary>
    public static char Mark(bool ranToEdge, char before, char after)
    {
        var attached = IsSyllable(after) && (char.IsLetterOrDigit(before) && !IsSyllable(before) || before is '\'' or '’' or '”') || after == '(' && char.IsLetterOrDigit(before);
        return ranToEdge ? attached ? EdgeAttached : EdgeSpace : attached ? ShortAttached : ShortSpace;
    }

    private static bool IsSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F';

    /// <summary>Counts the document's wraps, then resolves them.</summary>
    public sealed class Tally
    {
        private int _short;
        private int _edge;

        public void Count(string text)
        {
            foreach (var c in text)
            {
                _short += c is ShortSpace or ShortAttached ? 1 : 0;
                _edge += c is EdgeSpace or EdgeAttached ? 1 : 0;
            }
        }

        /// <summary>
        /// True when the document wraps at words. Even then many wrapped lines run to the edge by chance (the next word
        /// was only a little too long, as short Korean words are), but a document that wraps at letters leaves hardly any
        /// line short: one short wrap in five is enough.
        /// </summary>
        public bool WrapsAtWords => _short > 0 && _short * 4 >= _edge;

        /// <summary>The text with its wraps resolved into spaces or nothing.</summary>
        public string Resolve(string text)
        {
            if (text.AsSpan().IndexOfAnyInRange(ShortSpace, EdgeAttached) < 0)
            {
                return text;
            }
            var words = WrapsAtWords;
            var resolved = new System.Text.StringBuilder(text.Length);
            foreach (var c in text)
            {
                switch (c)
                {
                    case ShortSpace:
                    case EdgeSpace when words:
                    case ShortAttached when !words:
                        resolved.Append(' ');
                        break;
                    case ShortAttached:
                    case EdgeSpace:
                    case EdgeAttached:
                        break;
                    default:
                        resolved.Append(c);
                        break;
                }
            }
            return resolved.ToString();
        }
    }
}
