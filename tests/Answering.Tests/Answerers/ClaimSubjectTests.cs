using System.Globalization;
using Answering.Contract;

namespace Answering.Tests.Answerers;

/// <summary>
/// Claims checked against the figure of their own subject, on a made-up press release (TestDocuments): a per-year cell
/// beside the 누계 the claim states is no disagreement, a sibling type's figure does not confirm a claim about another
/// type, a count of rises does not confirm a claim about falls, and a claimed year picks that year's figure. Expected
/// figures are read from the document's own lines, not written here.
/// </summary>
public sealed class ClaimSubjectTests : IDisposable
{
    private const string Document = "mss-2023-03-02-test-bed-claims.txt";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claim-subject-");
    private readonly AnswerEngine _engine;
    private readonly string[] _lines;

    public ClaimSubjectTests()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "TestDocuments", Document);
        File.Copy(source, Path.Combine(_folder.FullName, Document));
        _lines = File.ReadAllLines(source);
        _engine = AnswerEngine.FromFolder(_folder.FullName);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private Answer Check(string claim) => _engine.Ask(new AnswerRequest { Question = claim, Mode = AnswerModes.FactCheck });

    /// <summary>The cells of a table row, by the row's first cell.</summary>
    private string[] Row(string name) => _lines.Single(l => l.StartsWith(name + "\t", StringComparison.Ordinal)).Split('\t');

    private int LineOf(string start) => Array.FindIndex(_lines, l => l.StartsWith(start, StringComparison.Ordinal)) + 1;

    [Fact]
    public void A_total_the_document_states_is_supported_though_its_years_cells_differ()
    {
        var total = Row("신규 채용(명)")[^1];

        var answer = Check($"제조 테스트베드 사업 신규 채용이 {total}명이라는 게 사실인가요?");

        Assert.Equal(Verdicts.Supported, answer.Verdict);
    }

    [Fact]
    public void A_figure_of_another_type_does_not_confirm_the_claimed_types()
    {
        // The type table is the document's last; its header row names the types.
        var header = _lines.Last(l => l.StartsWith("구분\t", StringComparison.Ordinal)).Split('\t').Skip(1).ToArray();
        var periods = Row("사업기간").Skip(1).ToArray();
        var (claimedType, otherPeriod) = (header[0], periods[1]);

        var answer = Check($"제조 테스트베드 사업 {claimedType} 과제는 사업기간이 {otherPeriod}이라고 하던데 사실인가요?");

        Assert.Equal(Verdicts.Refuted, answer.Verdict);
        Assert.Contains(periods[0], answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf("사업기간\t"));
    }

    [Fact]
    public void A_count_of_rises_does_not_confirm_a_claim_about_falls()
    {
        var sentence = _lines.Single(l => l.Contains("등급 상승", StringComparison.Ordinal));
        var rises = System.Text.RegularExpressions.Regex.Match(sentence, @"상승 (\d+)곳").Groups[1].Value;
        var falls = System.Text.RegularExpressions.Regex.Match(sentence, @"하락 (\d+)곳").Groups[1].Value;

        var answer = Check($"제조 테스트베드 운영기관 평가에서 등급 하락한 곳이 {rises}곳이라는데 맞나요?");

        Assert.Equal(Verdicts.Refuted, answer.Verdict);
        Assert.Contains(answer.Figures, f => f.Value == double.Parse(falls, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_threshold_claimed_for_a_year_is_checked_against_that_years_figure()
    {
        var companies = Row("참여기업(개사)");
        var lastYear = double.Parse(companies[^2], CultureInfo.InvariantCulture);
        var total = double.Parse(companies[^1], CultureInfo.InvariantCulture);
        var threshold = Math.Ceiling((lastYear + 1) / 10) * 10;
        Assert.True(threshold < total, "the total exceeds the threshold, so only the year's figure can refute it");

        var answer = Check($"제조 테스트베드 '22년 참여기업이 {threshold}개사를 넘었다고 보도해도 되나요?");

        Assert.Equal(Verdicts.Refuted, answer.Verdict);
        Assert.Contains(answer.Figures, f => f.Value == lastYear);
    }
}
