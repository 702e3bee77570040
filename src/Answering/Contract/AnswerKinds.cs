namespace Answering.Contract;

/// <summary>The contract's <c>kind</c> words the channels act on.</summary>
public static class AnswerKinds
{
    /// <summary>The input was not a question the engine can read (empty, too long, binary, markup, query syntax).</summary>
    public const string Invalid = "invalid";
    public const string OutOfScope = "out_of_scope";
}
