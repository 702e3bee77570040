using System.Text.Json;
using System.Text.RegularExpressions;
using Answering;
using Answering.Contract;
using Corpus;
using Corpus.Tests.Readers.Builders;
using Xunit.Abstractions;

namespace Formats.Tests;

/// <summary>
/// Every gold question of every suite document, asked of a corpus holding the document as .txt and of one holding
/// it in another format: the engine must give the same figures, verdicts, eligibility and answerability, and every
/// citation of the other format must quote that file's own text (the shared scorer's check).
/// </summary>
public partial class SuiteAnswersTests(ITestOutputHelper output)
{
    [GeneratedRegex(@"(?<![\d.])\d[\d,]*(?:\.\d+)?")]
    private static partial Regex Number();

    private static readonly Lazy<Dictionary<string, Answer>> TextAnswers = new(() => AskAll(Corpus("txt")));

    public static TheoryData<string> Formats => [.. SuiteDocuments.Formats];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_gold_question_gets_the_same_answer_from_the_format_as_from_the_text(string format)
    {
        var library = Corpus(format);
        Assert.Empty(library.Skipped);
        var answers = AskAll(library);
        var differences = new List<string>();
        var invalid = new List<string>();
        var invalidOutsideTables = 0;
        var citations = 0;
        var texts = new Dictionary<string, string>();
        foreach (var (id, fromText) in TextAnswers.Value)
        {
            var fromFormat = answers[id];
            if (Signature(fromText) != Signature(fromFormat))
            {
                differences.Add($"{id}: txt {Signature(fromText)} | {format} {Signature(fromFormat)}");
            }
            foreach (var citation in fromFormat.Citations.Where(c => c.Doc.EndsWith("." + format, StringComparison.Ordinal)))
            {
                citations++;
                var file = library.Find(citation.Doc)!.Path;
                var text = texts.TryGetValue(file, out var t) ? t : texts[file] = ScorerText.Extract(file);
                if (!ScorerText.QuoteFound(citation.Quote, text))
                {
                    invalid.Add($"{id}: {citation.Doc} [{citation.Location}] «{citation.Quote}»");
                    var document = library.Find(citation.Doc)!;
                    invalidOutsideTables += Enumerable.Range(citation.Lines.From, citation.Lines.To - citation.Lines.From + 1).Any(n => document.Lines[n - 1].Contains('\t')) ? 0 : 1;
                }
                Assert.False(string.IsNullOrEmpty(citation.Location));
            }
        }
        output.WriteLine($"{format}: {answers.Count} questions, {differences.Count} answered differently, {citations} citations of {format} files, {invalid.Count} not found in the file's text");
        differences.ForEach(output.WriteLine);
        invalid.ForEach(output.WriteLine);
        Assert.True(citations > 0);
        Assert.Empty(differences);
        if (format == "pdf")
        {
            // pdftotext's layout interleaves the lines of table cells that wrap, so a quoted row (or cell) whose
            // cells wrap is not found in it; every citation outside tables must be.
            Assert.Equal(0, invalidOutsideTables);
        }
        else
        {
            Assert.Empty(invalid);
        }
    }

    /// <summary>What must not change with the format: answerable, verdict, eligible, the figures and the numbers stated.</summary>
    private static string Signature(Answer answer)
    {
        var numbers = Number().Matches(Markers().Replace(answer.Text, "")).Select(m => m.Value.Replace(",", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        var figures = answer.Figures.Select(f => $"{f.Value:0.###}{f.Unit}").Order(StringComparer.Ordinal);
        return $"answerable={answer.Answerable} verdict={answer.Verdict} eligible={answer.Eligible} figures=[{string.Join(",", figures)}] numbers=[{string.Join(",", numbers)}]";
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Markers();

    /// <summary>The shipped corpus plus every suite document, the suite in the given format.</summary>
    private static CorpusLibrary Corpus(string format)
    {
        var folder = Directory.CreateTempSubdirectory($"corpus-{format}-").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        foreach (var text in SuiteDocuments.TextFiles)
        {
            var source = format == "txt" ? text : SuiteDocuments.File(format, text);
            File.Copy(source, Path.Combine(folder, Path.GetFileName(source)));
        }
        return CorpusLibrary.Load(folder);
    }

    private static Dictionary<string, Answer> AskAll(CorpusLibrary library)
    {
        var engine = new AnswerEngine(library);
        var answers = new Dictionary<string, Answer>();
        foreach (var gold in Directory.GetFiles(SuiteDocuments.SuiteFolder, "*.jsonl").SelectMany(File.ReadAllLines).Where(l => l.Trim().Length > 0))
        {
            using var item = JsonDocument.Parse(gold);
            var id = item.RootElement.GetProperty("id").GetString()!;
            var history = item.RootElement.TryGetProperty("context", out var context) ? context.EnumerateArray().Select(c => c.GetString() ?? "").ToList() : [];
            answers[id] = engine.Ask(new AnswerRequest { Question = item.RootElement.GetProperty("question").GetString()!, History = history, Id = id });
        }
        return answers;
    }
}
