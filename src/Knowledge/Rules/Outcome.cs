namespace Knowledge.Rules;

/// <summary>What happens when a rule's conditions hold: the asker may (지원, 신청 가능, 면제), may with less (감액), or may not (신청할 수 없음, 취소, 중단).</summary>
public enum Outcome
{
    Positive,
    Reduced,
    Negative,
}
