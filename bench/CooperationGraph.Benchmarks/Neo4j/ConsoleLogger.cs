using Microsoft.Extensions.Logging;

namespace CooperationGraph.Benchmarks.Neo4j;

/// <summary>Prints the store's log lines (server found, replacement progress) with the time, for the load run.</summary>
internal sealed class ConsoleLogger : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (IsEnabled(logLevel))
        {
            Console.WriteLine($"  [{TimeProvider.System.GetLocalNow():HH:mm:ss}] {formatter(state, exception)}");
        }
    }
}
