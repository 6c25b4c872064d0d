using System.Collections.Concurrent;

namespace CooperationGraph.BrowserTests.Infrastructure;

/// <summary>The last lines a child process wrote, kept to explain a failure without holding its whole output.</summary>
internal sealed class ProcessLog(int capacity = 200)
{
    private readonly ConcurrentQueue<string> _lines = new();

    public void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        _lines.Enqueue(line);
        while (_lines.Count > capacity && _lines.TryDequeue(out _))
        {
        }
    }

    public override string ToString() => _lines.IsEmpty ? "(no output)" : string.Join('\n', _lines);
}
