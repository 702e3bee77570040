using System.Text.Json;
using Evaluation;

namespace BotHost.CorpusBenchmark;

/// <summary>A gold question re-targeted at one generated document: it now names that copy, which its answer should cite.</summary>
internal sealed record BenchQuestion(string Question, string Target);

/// <summary>
/// The benchmark's fixed question set: gold questions of the templates (a suite set names its document in
/// <c>cite_doc</c>; a set without it is about the template folder's only document), each put to one generated copy of
/// its template, chosen by the seed, with that copy's name before it. Questions that lean on earlier turns are left out.
/// </summary>
internal static class BenchQuestions
{
    public static IReadOnlyList<BenchQuestion> Make(IReadOnlyList<(string File, string? DefaultDocument)> goldSets, IReadOnlyList<GeneratedDocument> documents, int count, int seed)
    {
        var byTemplate = documents.GroupBy(d => d.Template, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var pool = new List<(string Question, string Template)>();
        foreach (var (file, defaultDocument) in goldSets)
        {
            foreach (var item in GoldSet.Read(file).Where(i => i.Context.Count == 0))
            {
                if ((item.Expect.CiteDoc ?? defaultDocument) is { } template && byTemplate.ContainsKey(template))
                {
                    pool.Add((item.Question, template));
                }
            }
        }
        if (pool.Count == 0)
        {
            return [];
        }
        var random = new Random(seed);
        var questions = new List<BenchQuestion>(count);
        for (var i = 0; i < count; i++)
        {
            var (question, template) = pool[random.Next(pool.Count)];
            var copies = byTemplate[template];
            var copy = copies[random.Next(copies.Count)];
            questions.Add(new BenchQuestion($"{copy.Name} {question}", copy.FileName));
        }
        return questions;
    }

    public static void Write(string file, IReadOnlyList<BenchQuestion> questions) =>
        File.WriteAllLines(file, questions.Select(q => JsonSerializer.Serialize(q)));

    public static IReadOnlyList<BenchQuestion> Read(string file) =>
        [.. File.ReadLines(file).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<BenchQuestion>(l)!)];
}
