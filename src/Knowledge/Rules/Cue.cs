namespace Knowledge.Rules;

/// <summary>
/// A condition a rule states in words rather than numbers (국세를 체납한, 분할납부 승인을 받은, 기업부설연구소를 보유한): its text
/// and its alternatives (A 또는 B), each alternative by its core terms — the last words before the condition ends, which
/// say what must be so (연장 … 신청 … 승인), not the circumstances around it.
/// </summary>
public sealed record Cue(string Text, IReadOnlyList<IReadOnlyList<string>> Alternatives);
