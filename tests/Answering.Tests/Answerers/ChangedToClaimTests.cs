using Answering.Contract;

namespace Answering.Tests.Answerers;

/// <summary>"15km 이내로 바뀐 게 맞죠?": supported from the sentence that writes the change, not from a case applying the new value.</summary>
public sealed class ChangedToClaimTests : IDisposable
{
    private const string Release = """
        국토교통부	보도자료
        「물류단지 지정 지침」 개정
        □ (개정 내용) 물류단지 지정 요건이 완화된다.
        ○ (거리) 물류센터에서 입주기업까지의 거리 기준은 도 지역의 경우 20km 이내에서 30km 이내로, 광역시는 8km 이내에서 12km 이내로 넓어진다.
        < 사례 >
        ■ (개정 기준) 입주기업 25개사 이상이고 거리 9.5km가 광역시 기준 12km 이내여서 요건 충족
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("changed-to-claim-");
    private readonly AnswerEngine _engine;
    private readonly string[] _lines;

    public ChangedToClaimTests()
    {
        var path = Path.Combine(_folder.FullName, "molit-2026-logistics-zone-rules.txt");
        File.WriteAllText(path, Release);
        _lines = File.ReadAllLines(path);
        _engine = AnswerEngine.FromFolder(_folder.FullName);
    }

    [Fact]
    public void A_claimed_new_value_is_supported_by_the_sentence_that_writes_the_change()
    {
        var answer = _engine.Ask(new AnswerRequest { Question = "개정된 물류단지 지정 지침에서 광역시 거리 기준이 12km 이내로 바뀐 게 맞죠?", Mode = AnswerModes.FactCheck });

        var changeLine = Array.FindIndex(_lines, l => l.Contains("넓어진다", StringComparison.Ordinal)) + 1;
        Assert.Equal(Verdicts.Supported, answer.Verdict);
        Assert.Equal(changeLine, answer.Citations[0].Lines.From);
        Assert.Contains("12km로", answer.Text, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
