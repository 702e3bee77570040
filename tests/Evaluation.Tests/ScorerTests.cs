using Answering.Contract;

namespace Evaluation.Tests;

public sealed class ScorerTests
{
    private static readonly Dictionary<string, string[]> Corpus = new()
    {
        ["doc.txt"] = ["1단계 제목", "R&D\t990\t1,134", "2단계('21~'22년) 총 1,812억원"],
    };

    private readonly Scorer _scorer = new(Corpus);

    private static Answer AnswerWith(string text, IReadOnlyList<Citation>? citations = null, IReadOnlyList<Figure>? figures = null) => new()
    {
        Question = "q",
        Text = text,
        Language = "ko",
        Kind = "figure",
        Answerable = true,
        Citations = citations ?? [],
        Figures = figures ?? [],
    };

    private static GoldItem Item(Expectation expect, string question = "질문") => new() { Id = "t-1", Question = question, Expect = expect };

    private static Citation Cite(int from, int to, string quote) => new() { Doc = "doc.txt", Lines = new LineRange(from, to), Quote = quote };

    [Fact]
    public void Passes_when_every_check_holds()
    {
        var item = Item(new Expectation { Numbers = [new ExpectedNumber(1134)], Answerable = true, CiteLines = [[2, 2]] });

        var score = _scorer.Score(item, AnswerWith("1,134억원입니다. [1]", [Cite(2, 2, "R&D 990 1,134")]));

        Assert.True(score.Passed, string.Join("; ", score.Failures));
    }

    [Fact]
    public void A_missing_number_fails_unless_within_tolerance()
    {
        var item = Item(new Expectation { Numbers = [new ExpectedNumber(14.5, "%", 0.05)] });

        Assert.False(_scorer.Score(item, AnswerWith("14.6%")).Passed);
        Assert.True(_scorer.Score(item, AnswerWith("약", figures: [new Figure { Label = "증가율", Value = 14.545, Unit = "%", Formula = "(1134 - 990) / 990 × 100" }])).Passed);
    }

    [Fact]
    public void Include_any_ignores_spaces_and_case_and_exclude_catches_wrong_words()
    {
        var item = Item(new Expectation { IncludeAny = [["해양ICT"]], Exclude = ["14.6%"] });

        Assert.True(_scorer.Score(item, AnswerWith("해양 ict 융합")).Passed);
        Assert.False(_scorer.Score(item, AnswerWith("해양 ICT, 14.6 %")).Passed);
    }

    [Fact]
    public void A_quote_not_in_its_lines_is_an_invalid_citation()
    {
        var score = _scorer.Score(Item(new Expectation()), AnswerWith("[1]", [Cite(1, 1, "R&D")]));

        Assert.Equal(1, score.InvalidCitations);
        Assert.False(score.Passed);
    }

    [Fact]
    public void A_line_range_outside_the_document_is_an_invalid_citation()
    {
        Assert.Equal(1, _scorer.Score(Item(new Expectation()), AnswerWith("[1]", [Cite(3, 4, "")])).InvalidCitations);
    }

    [Fact]
    public void Numbers_found_nowhere_are_ungrounded_but_years_written_in_full_are_not()
    {
        Assert.Equal(1, _scorer.Score(Item(new Expectation()), AnswerWith("9,999억원")).UngroundedNumbers);
        Assert.Equal(0, _scorer.Score(Item(new Expectation()), AnswerWith("2021년부터 1,812억원")).UngroundedNumbers);
        Assert.Equal(0, _scorer.Score(Item(new Expectation(), question: "77억이라던데?"), AnswerWith("77억원은 아니에요")).UngroundedNumbers);
    }

    [Fact]
    public void Citations_must_overlap_the_expected_lines_unless_the_subject_is_absent()
    {
        var expect = new Expectation { CiteLines = [[3, 3]] };
        Assert.False(_scorer.Score(Item(expect), AnswerWith("[1]", [Cite(2, 2, "990")])).Passed);

        var absent = expect with { Verdict = Verdicts.NotInDocument };
        Assert.True(_scorer.Score(Item(absent), AnswerWith("없어요") with { Verdict = Verdicts.NotInDocument }).Passed);
    }

    [Fact]
    public void The_report_counts_like_the_shared_scorer()
    {
        var pass = _scorer.Score(Item(new Expectation { Numbers = [new ExpectedNumber(1812)] }), AnswerWith("1,812억원"));
        var fail = _scorer.Score(Item(new Expectation { Numbers = [new ExpectedNumber(990)] }) with { Kind = "figure" }, AnswerWith("없어요"));

        var report = new EvaluationReport([pass, fail]);

        Assert.Equal(1, report.Passed);
        Assert.Equal(50.0, report.PassRate);
        Assert.Contains("passed 1 of 2 (50.0%)", report.Format(), StringComparison.Ordinal);
    }
}
