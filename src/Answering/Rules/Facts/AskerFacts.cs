using Answering.Understanding;
using Knowledge.Rules.Scopes;

namespace Answering.Rules.Facts;

/// <summary>
/// What a question says about the asker's case: amounts and dates with what each counts, the kinds of place its regions
/// are (a 시·도 named, or 광역시/도 said outright), company size, the type or track it names, the version of an amended rule
/// it asks under, the grades it reports, and its statements (the sentences other than the one that asks) to look for
/// conditions stated in words.
/// </summary>
public sealed class AskerFacts
{
    public required Question Question { get; init; }

    /// <summary>The question as read (normalized); positions of facts refer to it.</summary>
    public required string Text { get; init; }
    public required IReadOnlyList<AskerFact> Numbers { get; init; }

    /// <summary>Where the sentence that asks stands in <see cref="Text"/>.</summary>
    public (int Start, int End) Ask { get; init; }

    /// <summary>광역시 and/or 도: two when the asker's place spans both (울산과 경남 양산에 걸친).</summary>
    public IReadOnlyList<string> PlaceKinds { get; init; } = [];
    public IReadOnlyList<string> Sizes { get; init; } = [];
    public IReadOnlyList<string> Labels { get; init; } = [];
    public string? Version { get; init; }

    /// <summary>Grade letters the asker reports, in the order written (2023년 D등급, 2024년 C등급 → D, C).</summary>
    public IReadOnlyList<string> Grades { get; init; } = [];

    /// <summary>Whether a grade is stated outside the sentence that asks (a history, not only the grade asked for).</summary>
    public bool ReportsGrades { get; init; }

    /// <summary>Canonical terms of the whole question (corrected to the document's spelling).</summary>
    public required IReadOnlyList<string> Terms { get; init; }

    /// <summary>Terms of the programme's own name (a cue using them is not stated by naming the programme).</summary>
    public IReadOnlySet<string> ProgrammeTerms { get; init; } = new HashSet<string>();

    /// <summary>Terms of the sentence that asks.</summary>
    public required IReadOnlyList<string> AskTerms { get; init; }

    /// <summary>The same case with other amounts (an amount net of a part the document leaves out).</summary>
    public AskerFacts WithNumbers(IReadOnlyList<AskerFact> numbers) => new()
    {
        Question = Question,
        Text = Text,
        Numbers = numbers,
        Ask = Ask,
        PlaceKinds = PlaceKinds,
        Sizes = Sizes,
        Labels = Labels,
        Version = Version,
        Grades = Grades,
        ReportsGrades = ReportsGrades,
        Terms = Terms,
        ProgrammeTerms = ProgrammeTerms,
        AskTerms = AskTerms,
    };

    /// <summary>Whether the question names a band or grade (A등급, A급, "우수") as what it asks about.</summary>
    public bool Names(string label)
    {
        var name = label.Trim();
        if (name.Length == 0)
        {
            return false;
        }
        if (name.Length <= 2 && name.All(char.IsAsciiLetterUpper))
        {
            return System.Text.RegularExpressions.Regex.IsMatch(Text[Ask.Start..Ask.End], $@"(?<![A-Za-z]){name}\s?(?:등급|급)");
        }
        return Text[Ask.Start..Ask.End].Contains(name, StringComparison.Ordinal);
    }

    public bool InAsk(int position) => position >= Ask.Start && position < Ask.End;

    /// <summary>The statements: the question with its asking sentence blanked (same length).</summary>
    public string Statements => _statements ??= Text[..AskPredicate] + new string(' ', Ask.End - AskPredicate) + Text[Ask.End..];

    /// <summary>
    /// Where the asking clause's predicate starts: what stands before its last topic (휴업 중인 기업도 | 신청할 수 있나요?) still
    /// states the case.
    /// </summary>
    public int AskPredicate
    {
        get
        {
            var clause = Text[Ask.Start..Ask.End];
            var topic = System.Text.RegularExpressions.Regex.Matches(clause, @"(?<=[가-힣])(?:도|은|는|이|가)\s").LastOrDefault();
            return topic is null ? Ask.Start : Ask.Start + topic.Index + topic.Length;
        }
    }

    private string? _statements;
    private IReadOnlyList<(string Canonical, int Start)>? _statementTokens;
    private readonly Dictionary<Knowledge.Rules.Cue, bool?> _cues = new(ReferenceEqualityComparer.Instance);

    /// <summary>The statements' morphemes in canonical form, read once.</summary>
    public IReadOnlyList<(string Canonical, int Start)> StatementTokens =>
        _statementTokens ??= [.. Knowledge.Language.TermAnalyzer.Tokenize(Statements).Select(t => (Knowledge.Language.Lexicon.Canonical(t.Surface), t.Start))];

    /// <summary>Whether a cue holds for the asker (see <see cref="Mentions"/>), worked out once per question.</summary>
    public bool? Cue(Knowledge.Rules.Cue cue)
    {
        if (!_cues.TryGetValue(cue, out var state))
        {
            state = Mentions.Holds(cue, this);
            _cues[cue] = state;
        }
        return state;
    }

    /// <summary>Whether the asker says they are in a designated area (인구감소지역, 수도권 …): true, false (denied), or null (unsaid or both).</summary>
    public bool? Designation(string designation)
    {
        var states = new List<bool>();
        foreach (var (at, _) in Occurrences(Text, designation))
        {
            states.Add(!Negation.IsDenied(Text, at));
        }
        var regions = Question.Regions;
        if (states.Count == 0 && regions.Count > 0 && designation is "수도권" or "비수도권")
        {
            var capital = regions.Any(r => r.IsCapitalArea);
            states.Add(designation == "수도권" ? capital : !capital);
        }
        return states.Count == 0 ? null : states.All(s => s) ? true : states.All(s => !s) ? false : null;
    }

    /// <summary>Where a designation is written, whole or as part of a longer one (위기지역 in 고용위기지역).</summary>
    private static IEnumerable<(int At, int Length)> Occurrences(string text, string word)
    {
        var at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            // 비수도권 is not 수도권.
            if (!(word == "수도권" && at > 0 && text[at - 1] == '비'))
            {
                yield return (at, word.Length);
            }
            at += word.Length;
        }
    }

    public static string? VersionOf(string text) =>
        ScopeWords.Read(text).Version is { } v ? v : text.Contains("개정", StringComparison.Ordinal) || text.Contains("바뀐", StringComparison.Ordinal) ? ScopeWords.Amended : null;
}
