using Answering.Documents;
using Knowledge.Language;
using Knowledge.Rules;

namespace Answering.Rules.Facts;

/// <summary>
/// Whether the asker states a condition a rule gives in words: an alternative of the cue is stated when the question's
/// statements use most of its key words (one of one, two of two or three); it holds unless
/// every place it is stated is denied (…은 안 했고, …이 없어요), fails if every place is, and is open if both.
/// </summary>
public static class Mentions
{
    /// <summary>True, false, or null when the asker does not say (or says both).</summary>
    public static bool? Holds(Cue cue, AskerFacts facts)
    {
        var states = cue.Alternatives.Select(a => Holds(a, facts)).ToList();
        return states.Contains(true) ? true : states.Contains(false) ? false : null;
    }

    public static bool? Holds(IReadOnlyList<string> core, AskerFacts facts)
    {
        var statements = facts.Statements;
        var found = new List<(string Term, List<int> At)>();
        foreach (var term in core.Distinct())
        {
            var at = term.Split(Knowledge.Rules.Reading.CueReader.Either).SelectMany(t => Positions(statements, t, facts.StatementTokens)).Distinct().Order().ToList();
            if (at.Count > 0)
            {
                found.Add((term, at));
            }
        }
        // One key word of one, two of two or three: the condition is stated, not just a word of it.
        var needed = core.Count <= 1 || core.Count == 2 && found.Any(f => f.Term.Split(Knowledge.Rules.Reading.CueReader.Either).Max(t => t.Length) >= 4) ? 1 : (core.Count + 2) / 2;
        var stated = found.Count >= needed;
        if (!stated)
        {
            return null;
        }
        var denials = found.SelectMany(f => f.At).Select(a => Negation.IsDenied(statements, a)).ToList();
        return denials.All(d => !d) ? true : denials.All(d => d) ? false : null;
    }

    /// <summary>Where a term (or a word the lexicon counts as the same) is written.</summary>
    public static IEnumerable<int> Positions(string text, string term, IReadOnlyList<(string Canonical, int Start)>? tokens = null)
    {
        var found = new HashSet<int>();
        var at = 0;
        while (term.Length > 0 && (at = text.IndexOf(term, at, StringComparison.Ordinal)) >= 0)
        {
            found.Add(at);
            at += term.Length;
        }
        if (found.Count == 0)
        {
            foreach (var (canonical, start) in tokens ?? [.. TermAnalyzer.Tokenize(text).Select(t => (Lexicon.Canonical(t.Surface), t.Start))])
            {
                if (canonical == term)
                {
                    found.Add(start);
                }
            }
        }
        return found.Order();
    }

    /// <summary>Whether a question's terms include a word (or one containing it, or contained in it).</summary>
    public static bool Shares(string a, string b) =>
        a == b || a.Length >= 2 && b.Length >= 2 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal))
        || a.Length >= 3 && b.Length >= 3 && a[0] == b[0] && a[1] == b[1];

    public static double Weight(DocumentMatch match, string term) => Math.Max(0.3, match.Weight(term));
}
