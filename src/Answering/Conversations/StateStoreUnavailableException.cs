namespace Answering.Conversations;

/// <summary>
/// A shared store of conversation state (Redis) could not be reached in time. Channels catch it and answer
/// without the state; it never reaches a user as an error.
/// </summary>
public sealed class StateStoreUnavailableException : Exception
{
    public StateStoreUnavailableException()
        : base("The shared state store could not be reached.")
    {
    }

    public StateStoreUnavailableException(string message)
        : base(message)
    {
    }

    public StateStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
