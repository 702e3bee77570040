using Answering.Answerers;
using Answering.Contract;
using Answering.Documents;
using Answering.Understanding;
using Corpus.Parsing;
using Knowledge.Documents;

namespace Answering.Tests.Rules;

/// <summary>Small programme documents invented for the rule tests, read the way the engine reads any document.</summary>
internal static class RuleDocuments
{
    /// <summary>A voucher call: thresholds, a size split, exceptions, a cap with a share, place kinds, a deadline with an extension, bands and a list.</summary>
    public const string Voucher = """
        보도자료

        2025년 4월 1일(화) 조간부터 보도하여 주시기 바랍니다.

        배포일시	3. 31.(월)	담당부서	물류정책과

        「2025년 스마트물류 바우처 사업」 참여기업 모집

        □ (지원대상) 업력 10년 이하이고 직전년도 매출액 20억원 이상인 중소기업

        ○ 중견기업은 직전년도 매출액이 800억원 미만인 기업에 한함

        ○ 상시 종업원 20인 이상인 기업. 단, 창업 3년 이내 기업은 10인 이상이면 신청 가능

        □ (참여제한) 다음 중 하나에 해당하는 기업은 신청할 수 없음

        ○ 직전년도 부채비율이 300% 이상인 중소기업, 200% 이상인 중견기업

        - 다만, 창업 2년 이내 기업(공고일 기준)은 부채비율 기준을 적용하지 않음

        ○ 국세 또는 지방세를 체납한 기업. 단, 관할 세무서로부터 분할납부 승인을 받은 경우는 신청 가능

        □ (지원한도) 기업당 최대 1억원(총사업비의 60% 이내)

        □ 바우처 금액은 도 소재 기업은 7천만원 이내로 하되, 광역시 소재 기업은 5천만원 이내로 한다.

        □ 선정된 기업은 5월 20일(화)까지 협약을 체결하여야 하며, 기한까지 협약을 체결하지 않으면 선정이 취소된다.

        ○ 다만, 불가피한 사유로 기한 전에 연장을 신청하여 승인받은 경우에는 10일 이내에서 기한을 연장할 수 있다.

        □ 중간점검 점수가 80점 이상이면 계속 지원하고, 60점 이상 80점 미만이면 바우처를 30% 감액하며, 60점 미만이면 지원을 중단한다.

        □ 바우처로 도입하는 물류설비*는 사전 등록된 공급기업 제품이어야 한다.

        * 자동분류기, 무인운반차, 창고관리시스템, 스마트 선반 등
        """;

    public static DocumentKnowledge Read(string text, string name = "moct-2025-04-01-logistics-voucher.txt")
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        return new DocumentKnowledge(DocumentParser.Parse(name, lines));
    }

    public static DocumentMatch Match(DocumentKnowledge document, string question) => new(document, QuestionReader.Read(question), 1);

    /// <summary>The eligibility answer to a question about a document (null when the answerer does not take it).</summary>
    public static Answer? Ask(DocumentKnowledge document, string question) => EligibilityAnswerer.Answer(Match(document, question))?.Finish();

    public static Answer AskSure(DocumentKnowledge document, string question) =>
        Ask(document, question) ?? throw new Xunit.Sdk.XunitException($"no eligibility answer to: {question}");
}
