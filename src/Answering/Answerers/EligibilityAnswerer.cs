using Answering.Composing;
using Answering.Documents;

namespace Answering.Answerers;

/// <summary>
/// Answers yes/no questions about the asker's case or the data (신청할 수 있나요, 지원받을 수 있나요, 늘었나요): the asker's
/// stated facts checked against every rule of the document that applies — yes or no with the rule cited, depends when a
/// rule needs a fact the asker did not give (naming it), not_in_document when no rule covers the case.
/// </summary>
public static class EligibilityAnswerer
{
    public static AnswerDraft? Answer(DocumentMatch match)
    {
        _ = match;
        return null;
    }
}
