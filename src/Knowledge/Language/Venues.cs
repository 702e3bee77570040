using System.Text.RegularExpressions;

namespace Knowledge.Language;

/// <summary>
/// Where something is held or handed in, as releases write it: a hall, centre or online system followed by the particle
/// of place or means (대전컨벤션센터에서 개최, 범부처통합연구지원시스템(IRIS)으로만 접수, 평가관리시스템에 … 제출, 온라인으로).
/// </summary>
public static partial class Venues
{
    public static bool Written(string text) => Venue().IsMatch(text) && Act().IsMatch(text);

    [GeneratedRegex(@"(?:[가-힣A-Za-z]*(?:시스템|센터|누리집|홈페이지|사이트|포털|회의실|컨벤션|전시장|홀|청사|회관|호텔|국회|온라인|우편|이메일|전자우편)|\b[A-Z]{2,}\b)\s?(?:\([^)]{1,20}\)\s?)?(?:에서|으로|로|에|을\s?통해|를\s?통해)(?:만|는|도)?(?![가-힣])")]
    private static partial Regex Venue();

    /// <summary>Something done at a place: held, opened, applied, handed in.</summary>
    [GeneratedRegex(@"개최|열[리린렸려]|열고|접수|신청|제출|진행|설명회|발표")]
    private static partial Regex Act();
}
