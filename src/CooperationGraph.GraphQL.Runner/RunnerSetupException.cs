namespace CooperationGraph.GraphQL.Runner;

/// <summary>The schema or root data given to the runner cannot be used.</summary>
internal sealed class RunnerSetupException(string message, Exception? inner = null) : Exception(message, inner);
