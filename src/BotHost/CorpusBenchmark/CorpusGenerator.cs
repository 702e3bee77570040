using System.Globalization;
using System.Text.RegularExpressions;
using Corpus.Parsing;
using Knowledge.Language;

namespace BotHost.CorpusBenchmark;

/// <summary>A generated document: its file, the template it was made from, the word that names it, and its figures' factor.</summary>
internal sealed record GeneratedDocument(string FileName, string Template, string Name, double Factor);

/// <summary>
/// Makes an archive of N programme documents from a few text templates, deterministically from a seed: each copy gets
/// its own file name, a name of its own put before its title and every programme name it quotes (「…」), and its
/// amounts scaled by its own factor (years, dates, percentages, stages, article numbers and phone numbers are kept).
/// </summary>
internal static partial class CorpusGenerator
{
    /// <summary>Ordinary nouns; three together make a compound the analyzer keeps whole, so each copy has a word of its own.</summary>
    private static readonly string[] Nouns =
    [
        "나무", "구름", "바다", "하늘", "노을", "바람", "마루", "들판", "강물", "숲길", "새벽", "햇살", "별빛", "물결", "언덕", "호수",
        "솔잎", "봄날", "가을", "겨울", "이슬", "서리", "파도", "모래", "섬길", "나비", "샘물", "달빛", "꽃길", "돌담", "산길", "물새",
    ];

    /// <summary>A number with its grouping and decimals, not inside another number, a date or a phone number.</summary>
    [GeneratedRegex(@"(?<![\d.,'\-/])(?<number>\d{1,3}(?:,\d{3})+|\d+)(?<decimals>\.\d+)?(?![\d\-/]|\.\d)(?<after>\s*(?:%|퍼센트|년|월|일|조|항|호|차|단계|시|분|위|등|번|쪽|줄|세|개월|p|:|\.\d))?")]
    private static partial Regex Number();

    public static IReadOnlyList<GeneratedDocument> Generate(IReadOnlyList<string> templates, int count, string folder, int seed)
    {
        Directory.CreateDirectory(folder);
        foreach (var old in Directory.EnumerateFiles(folder))
        {
            File.Delete(old);
        }
        var names = Names(count, seed);
        var sources = templates.Select(t => (Name: Path.GetFileName(t), Lines: File.ReadAllText(t).Split('\n'))).ToList();
        var titleLines = sources.Select(s => DocumentParser.Parse(s.Name, s.Lines).Header.TitleLine).ToList();
        var generated = new GeneratedDocument[count];
        Parallel.For(0, count, i =>
        {
            var template = i % sources.Count;
            var random = new Random(seed * 7919 + i);
            var factor = Math.Round(0.5 + random.NextDouble() * 1.5, 3);
            var (name, lines) = sources[template];
            var title = titleLines[template] is int t ? t - 1 : Array.FindIndex(lines, l => l.Trim().Length > 0);
            var written = new string[lines.Length];
            for (var line = 0; line < lines.Length; line++)
            {
                var text = Scale(lines[line], factor).Replace("「", $"「{names[i]} ", StringComparison.Ordinal);
                written[line] = line == title ? Prefix(text, names[i]) : text;
            }
            var file = $"gen-{i:D5}-{Path.GetFileNameWithoutExtension(name)}{Path.GetExtension(name)}";
            File.WriteAllText(Path.Combine(folder, file), string.Join('\n', written));
            generated[i] = new GeneratedDocument(file, name, names[i], factor);
        });
        return generated;
    }

    /// <summary>Three nouns per copy, each combination once, kept only when the analyzer reads it as one term of its own.</summary>
    private static List<string> Names(int count, int seed)
    {
        var combinations = (from a in Nouns from b in Nouns from c in Nouns where a != b && b != c && a != c select a + b + c).ToArray();
        new Random(seed).Shuffle(combinations);
        var names = new List<string>(count);
        foreach (var name in combinations)
        {
            if (names.Count == count)
            {
                break;
            }
            if (TermAnalyzer.Terms(name).Select(Lexicon.Canonical).Contains(name))
            {
                names.Add(name);
            }
        }
        if (names.Count < count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"at most {names.Count} documents can be named");
        }
        return names;
    }

    private static string Prefix(string line, string name)
    {
        var indent = line.Length - line.TrimStart().Length;
        return $"{line[..indent]}{name} {line[indent..]}";
    }

    /// <summary>Amounts times the factor, written as before (grouping, decimals); counts of time, shares and ordinals kept.</summary>
    private static string Scale(string line, double factor) => Number().Replace(line, m =>
    {
        var number = m.Groups["number"].Value;
        var digits = number.Replace(",", "", StringComparison.Ordinal);
        if (m.Groups["after"].Success || digits.Length is 4 && digits[0] is '1' or '2' && !number.Contains(',') || digits.Length > 15)
        {
            return m.Value;
        }
        var decimals = m.Groups["decimals"].Success ? m.Groups["decimals"].Value.Length - 1 : 0;
        var value = double.Parse(digits + m.Groups["decimals"].Value, CultureInfo.InvariantCulture) * factor;
        var format = (number.Contains(',') ? "#,0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : "");
        return value.ToString(format, CultureInfo.InvariantCulture);
    });
}
