namespace Answering.Tests.Answerers;

/// <summary>Asking whom to ask without the words 연락처 or 담당자 (어느 과에 물어보면 돼요?) is still a contact question.</summary>
public sealed class ContactWordingTests
{
    private static readonly OneDocumentEngine Engine = new("kfs-2026-02-03-forest-business-loan.txt");

    [Fact]
    public void Which_office_to_ask_is_answered_with_the_office()
    {
        var answer = Engine.Ask("육성자금 융자 관련해서 어느 과에 물어보면 돼요?");

        Assert.Contains("임업금융과", answer.Text, StringComparison.Ordinal);
        Assert.Contains("042-000-3316", answer.Text, StringComparison.Ordinal);
    }
}
