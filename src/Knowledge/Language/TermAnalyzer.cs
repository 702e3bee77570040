using KoreanAnalysis;
using KoreanAnalysis.Dictionary;
using KoreanAnalysis.TokenAttributes;
using Lucene.Net.Analysis.TokenAttributes;

namespace Knowledge.Language;

/// <summary>
/// Reads Korean (and the Latin words mixed into it) into morphemes with our Nori-equal tokenizer, and from them the
/// terms that name things: nouns, with a negating prefix kept on its noun (비수도권 is not 수도권), a type suffix kept
/// on its noun (선도형, 수도권, 증가율), and each word's whole noun stem (중소기업, 부채비율) beside its parts.
/// Thread-safe: one tokenizer per thread.
/// </summary>
public static class TermAnalyzer
{
    private static readonly ThreadLocal<KoreanTokenizer> Tokenizers = new(() => new KoreanTokenizer(
        Lucene.Net.Util.AttributeSource.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, new StringReader(""), null, DecompoundMode.Discard,
        outputUnknownUnigrams: false, discardPunctuation: true));

    private static readonly HashSet<string> NegatingPrefixes = ["비", "미", "무", "불", "非"];
    private static readonly HashSet<string> DroppedSuffixes = ["별", "당", "들", "씩", "님", "간", "내", "상", "중"];

    /// <summary>The morphemes of <paramref name="text"/> (which should be normalized), with word numbers.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return tokens;
        }
        var wordStarts = WordStarts(text);
        var tokenizer = Tokenizers.Value!;
        tokenizer.SetReader(new StringReader(text));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var offset = tokenizer.AddAttribute<IOffsetAttribute>();
        var pos = tokenizer.AddAttribute<IPartOfSpeechAttribute>();
        try
        {
            tokenizer.Reset();
            while (tokenizer.IncrementToken())
            {
                var surface = term.ToString();
                var tag = pos.LeftPos ?? PosTag.UNKNOWN;
                if (pos.PosType is PosType.INFLECT && pos.Morphemes is { Count: > 0 } parts)
                {
                    surface = parts[0].Surface;
                    tag = parts[0].Tag;
                }
                var start = offset.StartOffset;
                tokens.Add(new Token(surface.ToLowerInvariant(), tag, start, offset.EndOffset, WordOf(wordStarts, start)));
            }
            tokenizer.End();
        }
        finally
        {
            tokenizer.Dispose();
        }
        return tokens;
    }

    /// <summary>The naming terms of a text: see the class summary.</summary>
    public static List<string> Terms(string text)
    {
        // Answering reads the same labels, row names and conditions for question after question: each is analysed once.
        if (TermsOfText.TryGetValue(text, out var known))
        {
            return [.. known];
        }
        var terms = Terms(Tokenize(TextNormalizer.Normalize(text)));
        if (TermsOfText.Count >= MaxRemembered)
        {
            TermsOfText.Clear();
        }
        TermsOfText[text] = [.. terms];
        return terms;
    }

    private const int MaxRemembered = 50_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> TermsOfText = new(StringComparer.Ordinal);

    public static List<string> Terms(IReadOnlyList<Token> tokens)
    {
        var terms = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var next = i + 1 < tokens.Count && tokens[i + 1].Word == t.Word && tokens[i + 1].Start == t.End ? tokens[i + 1] : (Token?)null;
            if ((t.Tag is PosTag.XPN || t.Tag is PosTag.NNG && NegatingPrefixes.Contains(t.Surface)) && next is { IsContent: true } n)
            {
                var merged = t.Surface + n.Surface + SuffixAt(tokens, i + 2, n);
                terms.Add(merged);
                if (!NegatingPrefixes.Contains(t.Surface))
                {
                    terms.Add(n.Surface);
                }
                i += 1 + (SuffixAt(tokens, i + 2, n).Length > 0 ? 1 : 0);
                continue;
            }
            // 총 한도, 총 사업비: the determiner 총 (total) tells columns apart, so it is kept as a term of its own.
            if (t.Tag is PosTag.MM && t.Surface == "총")
            {
                terms.Add("총");
                continue;
            }
            if (!t.IsContent)
            {
                continue;
            }
            var suffix = SuffixAt(tokens, i + 1, t);
            if (suffix.Length > 0)
            {
                terms.Add(t.Surface + suffix);
                terms.Add(t.Surface);
                i++;
                continue;
            }
            terms.Add(t.Surface);
        }
        var stems = WordStems(tokens).ToList();
        if (stems.Count > 0)
        {
            // A one-letter noun inside a compound (비 in 사업비, 수 in 기업수) says nothing on its own.
            var parts = new HashSet<string>(stems.SelectMany(s => tokens.Where(t => s.Contains(t.Surface, StringComparison.Ordinal)).Select(t => t.Surface)));
            terms.RemoveAll(t => t.Length == 1 && t[0] >= '가' && parts.Contains(t) && stems.Any(s => s.Length > 1 && s.Contains(t, StringComparison.Ordinal)));
        }
        terms.AddRange(stems);
        return terms;
    }

    /// <summary>Verb and adjective stems (늘어나, 줄, 오르, 뽑): what a question says happens.</summary>
    public static List<string> Predicates(IReadOnlyList<Token> tokens) =>
        [.. tokens.Where(t => t.IsPredicate).Select(t => t.Surface)];

    private static string SuffixAt(IReadOnlyList<Token> tokens, int index, Token previous) =>
        index < tokens.Count && tokens[index].Tag is PosTag.XSN && tokens[index].Word == previous.Word && tokens[index].Start == previous.End
            && !DroppedSuffixes.Contains(tokens[index].Surface) ? tokens[index].Surface : "";

    /// <summary>Each run of two or more adjoining nouns inside a word as one term: 중소기업, 부채비율, 지방비 in 사업비(국비+지방비).</summary>
    private static IEnumerable<string> WordStems(IReadOnlyList<Token> tokens)
    {
        var run = new List<Token>();
        for (var i = 0; i <= tokens.Count; i++)
        {
            var t = i < tokens.Count ? tokens[i] : default;
            var joins = i < tokens.Count && (t.IsNominal || t.Tag is PosTag.XPN or PosTag.XSN)
                && (run.Count == 0 || t.Word == run[^1].Word && t.Start == run[^1].End);
            if (joins)
            {
                run.Add(t);
                continue;
            }
            if (run.Count(p => p.IsContent) >= 2)
            {
                yield return string.Concat(run.Select(p => p.Surface));
            }
            // 소상공인 in a sentence reads as 소상공 + 이(VCP) + ㄴ, alone as 소·상·공인: the noun with 인 is kept too, so both meet.
            if (run.Count(p => p.IsContent) >= 1 && i + 1 < tokens.Count && t.Tag is PosTag.VCP && t.Surface == "이" && t.Word == run[^1].Word
                && t.Start == run[^1].End && tokens[i + 1].Surface == "ᆫ" && tokens[i + 1].Start == t.Start)
            {
                yield return string.Concat(run.Select(p => p.Surface)) + "인";
            }
            run.Clear();
            if (i < tokens.Count && (t.IsNominal || t.Tag is PosTag.XPN))
            {
                run.Add(t);
            }
        }
    }

    private static List<int> WordStarts(string text)
    {
        var starts = new List<int>();
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var space = char.IsWhiteSpace(text[i]);
            if (!space && !inWord)
            {
                starts.Add(i);
            }
            inWord = !space;
        }
        return starts;
    }

    private static int WordOf(List<int> starts, int offset)
    {
        var index = starts.BinarySearch(offset);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }
}
