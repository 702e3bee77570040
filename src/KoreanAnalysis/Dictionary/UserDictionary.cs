using System.Text.RegularExpressions;

namespace KoreanAnalysis.Dictionary;

/// <summary>
/// Domain nouns that win over the system dictionary, as in Nori's UserDictionary: one entry per line,
/// <c>surface</c> or <c>surface part part…</c> (a custom split, e.g. <c>국가혁신클러스터 국가 혁신 클러스터</c>);
/// <c>#</c> starts a comment. Every entry is an NNG with a very low cost.
/// </summary>
public sealed partial class UserDictionary
{
    internal const int WordCost = -100000;
    internal const int LeftId = 1781;

    // Nori's NNG right ids: not Hangul, Hangul ending with a final consonant, Hangul ending with a vowel.
    private const short RightIdOther = 3533;
    private const short RightIdWithCoda = 3535;
    private const short RightIdWithoutCoda = 3534;

    private readonly Dictionary<long, int> children = [];
    private readonly List<int> wordOfNode = [-1];
    private readonly short[] rightIds;
    private readonly int[]?[] segmentations;

    private UserDictionary(List<string> lines)
    {
        var entries = lines.Select(line => (Line: line, Parts: SplitOnWhitespace(line)))
            .OrderBy(e => e.Parts[0], StringComparer.Ordinal)
            .ToList();
        var rights = new List<short>();
        var segments = new List<int[]?>();
        string? last = null;
        foreach (var (line, parts) in entries)
        {
            var surface = parts[0];
            if (surface == last || surface.Length == 0)
            {
                continue;
            }

            // Nori looks at the last character of the whole line, custom split included.
            var lastChar = line[^1];
            rights.Add(!CharacterDefinition.IsHangulSyllable(lastChar) ? RightIdOther
                : CharacterDefinition.HasCoda(lastChar) ? RightIdWithCoda : RightIdWithoutCoda);
            if (parts.Length == 1)
            {
                segments.Add(null);
            }
            else
            {
                var lengths = parts.Skip(1).Select(p => p.Length).ToArray();
                if (lengths.Sum() > surface.Length)
                {
                    throw new ArgumentException($"Illegal user dictionary entry {line} - the segmentation is bigger than the surface form ({surface})");
                }

                segments.Add(lengths);
            }

            AddWord(surface, rights.Count - 1);
            last = surface;
        }

        rightIds = [.. rights];
        segmentations = [.. segments];
    }

    /// <summary>Reads a user dictionary; null when it has no entries (as Nori).</summary>
    public static UserDictionary? Open(TextReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var withoutComment = line.IndexOf('#') is var hash and >= 0 ? line[..hash] : line;
            if (withoutComment.Trim().Length > 0)
            {
                lines.Add(withoutComment);
            }
        }

        return lines.Count == 0 ? null : new UserDictionary(lines);
    }

    /// <summary>Reads a UTF-8 user dictionary file; null when it has no entries.</summary>
    public static UserDictionary? FromFile(string path)
    {
        using var reader = new StreamReader(path);
        return Open(reader);
    }

    /// <summary>Parses entries given as lines, e.g. <c>["세종시 세종 시"]</c>.</summary>
    public static UserDictionary? FromLines(IEnumerable<string> lines) => Open(new StringReader(string.Join('\n', lines)));

    // Java's String.split("\\s+"): a leading empty field is kept, trailing ones are dropped.
    private static string[] SplitOnWhitespace(string line)
    {
        var parts = JavaWhitespace().Split(line);
        var count = parts.Length;
        while (count > 1 && parts[count - 1].Length == 0)
        {
            count--;
        }

        return parts[..count];
    }

    [GeneratedRegex("[ \t\n\u000B\f\r]+")]
    private static partial Regex JavaWhitespace();

    private void AddWord(string surface, int wordId)
    {
        var node = 0;
        foreach (var c in surface)
        {
            var key = ((long)node << 16) | c;
            if (!children.TryGetValue(key, out var next))
            {
                next = wordOfNode.Count;
                wordOfNode.Add(-1);
                children.Add(key, next);
            }

            node = next;
        }

        wordOfNode[node] = wordId;
    }

    /// <summary>Root node of the lookup trie.</summary>
    internal static int Root => 0;

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="c"/>, or -1.</summary>
    internal int Child(int node, char c) => children.TryGetValue(((long)node << 16) | c, out var next) ? next : -1;

    /// <summary>The word whose surface ends at <paramref name="node"/>, or -1.</summary>
    internal int WordAt(int node) => wordOfNode[node];

    internal int RightId(int wordId) => rightIds[wordId];

    internal PosType PosType(int wordId) => segmentations[wordId] is null ? Dictionary.PosType.MORPHEME : Dictionary.PosType.COMPOUND;

    internal Morpheme[]? Morphemes(int wordId, ReadOnlySpan<char> surface)
    {
        if (segmentations[wordId] is not { } lengths)
        {
            return null;
        }

        var parts = new Morpheme[lengths.Length];
        var offset = 0;
        for (var i = 0; i < lengths.Length; i++)
        {
            parts[i] = new Morpheme(PosTag.NNG, new string(surface.Slice(offset, lengths[i])));
            offset += lengths[i];
        }

        return parts;
    }
}
