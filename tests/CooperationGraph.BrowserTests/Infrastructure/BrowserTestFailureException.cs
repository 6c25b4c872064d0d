namespace CooperationGraph.BrowserTests.Infrastructure;

/// <summary>A failed browser test, its message carrying what the browser and the service saw.</summary>
public sealed class BrowserTestFailureException : Exception
{
    public BrowserTestFailureException()
    {
    }

    public BrowserTestFailureException(string message)
        : base(message)
    {
    }

    public BrowserTestFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
