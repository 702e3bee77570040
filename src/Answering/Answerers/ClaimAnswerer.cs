using Answering.Composing;
using Answering.Documents;

namespace Answering.Answerers;

/// <summary>Checks a claim against what the documents state: supported, refuted, conflicting (the document disagrees with itself) or not_in_document.</summary>
public static class ClaimAnswerer
{
    public static AnswerDraft? Answer(DocumentMatch match)
    {
        _ = match;
        return null;
    }
}
