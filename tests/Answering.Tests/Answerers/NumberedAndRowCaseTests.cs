namespace Answering.Tests.Answerers;

/// <summary>
/// Layouts of FAQ and budget releases, on a document no code names: "문 N)" questions over "답)" answers, numbered
/// projects described by labelled ○ items, a table of cases one row each, a bulleted 문의처 list whose lines say what
/// each office handles, and a table that gives each cut its reason. Expected text is read from the document's own lines.
/// </summary>
public sealed class NumberedAndRowCaseTests
{
    private const string Document = "mof-2026-04-08-fishing-village-voucher.txt";
    private static readonly OneDocumentEngine Engine = new(Document);

    private static int LineOf(string start) => Array.FindIndex(Engine.Lines, l => l.TrimStart().StartsWith(start, StringComparison.Ordinal)) + 1;

    [Fact]
    public void A_numbered_project_is_answered_from_its_labelled_items()
    {
        var answer = Engine.Ask("어선 안전장비 교체 융자는 금리와 상환 조건이 어떻게 돼요?");

        Assert.Contains("1.5%", answer.Text, StringComparison.Ordinal);
        Assert.Contains("7년 분할상환", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf("○ (조건)"));
    }

    [Fact]
    public void A_per_unit_cap_of_a_numbered_project_is_read_not_averaged()
    {
        var answer = Engine.Ask("갯벌 생태해설 아카데미는 뭘 하고, 마을당 얼마까지 받을 수 있어요?");

        Assert.Contains("마을당 최대 2억원", answer.Text, StringComparison.Ordinal);
        Assert.Contains("생태해설사", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_project_naming_no_place_does_not_say_where()
    {
        var answer = Engine.Ask("갯벌 생태해설 아카데미는 어느 시·도에 몇 곳씩 열려요?");

        Assert.DoesNotContain("마을당 최대 2억원", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_of_a_case_table_is_a_case_its_cells_describe()
    {
        var answer = Engine.Ask("우수사례 바다향마을은 외국인 방문객 비중이 어떻게 바뀌었나요?");

        Assert.Contains("5% → 19%", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf("바다향마을"));
    }

    [Fact]
    public void A_faq_answer_under_a_numbered_question_is_found_for_a_denied_use()
    {
        var answer = Engine.Ask("어촌체험 바우처로 결제 안 되는 항목이 뭐가 있어요?");

        Assert.Contains("인건비", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf("답) 마을 운영인력"));
    }

    [Fact]
    public void A_bulleted_contact_line_is_chosen_by_what_it_handles()
    {
        var answer = Engine.Ask("바우처 시스템 오류 나면 어디로 전화해요?");

        Assert.Contains("044-000-4177", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("044-000-4101", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_is_explained_by_its_rows_reason_cell()
    {
        var answer = Engine.Ask("어촌 민박 리모델링 예산이 깎인 이유가 뭔가요?");

        Assert.Contains("집행 부진", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf("어촌 민박 리모델링"));
    }

    [Fact]
    public void Rows_whose_amount_ends_at_nothing_are_listed_as_ended()
    {
        var answer = Engine.Ask("올해 예산이 아예 0원이 된 사업은 뭐예요?");

        Assert.Contains("소형 냉동창고 보급", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("어촌 민박 리모델링", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_highest_growth_asked_of_rows_is_the_stated_rate_column_ranked()
    {
        var rates = Engine.Lines.SkipWhile(l => !l.StartsWith("프로그램\t", StringComparison.Ordinal)).Skip(1).TakeWhile(l => !l.StartsWith("합 계", StringComparison.Ordinal))
            .Select(l => l.Split('\t')).ToDictionary(c => c[0], c => double.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture));
        var top = rates.MaxBy(r => r.Value).Key;

        var answer = Engine.Ask("체험 프로그램별로 방문객 증가율이 가장 높은 프로그램은 어디예요?");

        Assert.Contains(top, answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Lines.From == LineOf(top + "\t"));
    }
}
