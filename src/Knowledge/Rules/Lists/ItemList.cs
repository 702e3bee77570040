using Knowledge.Documents;

namespace Knowledge.Rules.Lists;

/// <summary>
/// A list a document gives of what something includes (* 혁신도시, 산업단지, 경자구역 … 등 under 혁신거점*; 거점시설 : 공동연구센터,
/// 시험·실증시설 …; a cell • 원형, 벨트형 등으로): what it is a list of (<see cref="Head"/>), its items, whether it is open (ends
/// with 등) and whether it is tentative (an example or a plan: 예시, 계획, (안), 검토).
/// </summary>
public sealed record ItemList(Passage Passage, string Head, IReadOnlyList<string> Items, bool Open, bool Tentative)
{
    /// <summary>The passage naming what the list is of, when the list is a note under it.</summary>
    public Passage? HeadPassage { get; init; }

    /// <summary>A list of what may not take part (…업을 영위하는 기업은 제외), not of what may.</summary>
    public bool Excludes { get; init; }
}
