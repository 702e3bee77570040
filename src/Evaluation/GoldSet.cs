using System.Text.Json;
using Answering.Contract;

namespace Evaluation;

public static class GoldSet
{
    public static IReadOnlyList<GoldItem> Read(string path) =>
        File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<GoldItem>(line, AnswerJson.Options)
                ?? throw new InvalidDataException($"{path}: a line is not a gold item"))
            .ToList();

    /// <summary>Corpus files as the scorer reads them: every .txt/.md under the folder, split on LF.</summary>
    public static IReadOnlyDictionary<string, string[]> ReadCorpus(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".txt", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal))
            .ToDictionary(p => Path.GetFileName(p), p => File.ReadAllText(p).Split('\n'), StringComparer.Ordinal);
}
