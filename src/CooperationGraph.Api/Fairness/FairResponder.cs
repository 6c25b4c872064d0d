using CooperationGraph.Api.Configuration;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Errors;
using CooperationGraph.Api.GraphQL;
using CooperationGraph.GraphQL;
using CooperationGraph.GraphQL.Cost;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http.Timeouts;

namespace CooperationGraph.Api.Fairness;

/// <summary>
/// Answers one query or mutation so that the client can rely on what it gets: expensive operations wait for the
/// expensive lane and run on a thread of their own (<see cref="LaneThread"/>); the answer is serialized whole, within <see cref="FairnessOptions.MaxResponseBytes"/>, before its
/// status is sent; and when the request times out first, the client gets a 504 with the JSON error at once, while an
/// execution that ignores cancellation finishes in the background still holding its place in the lane.
/// </summary>
internal sealed class FairResponder(FairnessOptions options, ExpensiveOperationGate gate, TimeProvider time)
{
    /// <summary>
    /// The responder of the <c>Fairness</c> section. As with the engine's limits, an invalid section is reported when
    /// the host starts (<c>AddApiOptions</c> validates it); until then the defaults stand.
    /// </summary>
    public static FairResponder Create(IConfiguration configuration)
    {
        var options = PipelineOptions.BindOrDefaults<FairnessOptions, FairnessOptionsValidator>(configuration, FairnessOptions.Section);
        return new FairResponder(options, new ExpensiveOperationGate(options), TimeProvider.System);
    }

    /// <summary>Prepares, admits, runs and writes the request; returns what the request log records.</summary>
    /// <param name="context">The request.</param>
    /// <param name="prepared">The operation, prepared by the engine.</param>
    /// <param name="format">The response format negotiated.</param>
    /// <param name="execute">Runs the operation, calling the checkpoint it is given (<see cref="GraphQLEngine.ExecuteAsync(PreparedRequest, object?, Action?, CancellationToken)"/>).</param>
    /// <param name="cheapRunsInline">
    /// Whether a cheap operation may run on the request's thread: true when nothing it calls blocks its thread (its
    /// store answers from memory or awaits real I/O), so the request still notices its timeout while it awaits.
    /// </param>
    public async Task<ResponseRecord> RespondAsync(
        HttpContext context, PreparedRequest prepared, ResponseFormat format, Func<PreparedRequest, Action?, Task<ExecutionResult>> execute,
        bool cheapRunsInline = false)
    {
        if (!prepared.IsValid)
        {
            return await WriteAsync(context, ExecutionResult.FromErrors(prepared.Errors), format);
        }

        IDisposable? lease = null;
        if (options.Enabled && prepared.RequestedCost >= options.CheapCost)
        {
            GateEntry entry;
            try
            {
                entry = await gate.EnterAsync(Http.ClientRateLimiting.ClientKey(context), context.RequestAborted);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                return await TimedOutAsync(context, prepared);
            }

            if (entry.Outcome != GateOutcome.Admitted)
            {
                return await RefuseAsync(context, entry.Outcome, prepared);
            }

            lease = entry.Lease;
        }

        // Off the request's thread: a store call that blocks (SQLite's async methods run synchronously) must not keep
        // the request from noticing its timeout. An expensive one gets a thread of its own, so that it holds no pool
        // thread the cheap requests need; its lease goes once its answer is serialized and its garbage collected, the
        // last of the work (sending is the network's). A cheap one over a store that never blocks runs here: it
        // completes at once or awaits, and a hop to the pool would only cost a thread switch per request.
        // Taken here, on the request's thread: after a timeout the work may outlive the request, whose context the
        // server then reuses for another.
        var loaders = lease is not null ? context.RequestServices?.GetService<GraphLoaders>() : null;
        Task<Answer> answering;
        try
        {
            if (lease is not null)
            {
                var pacer = new LanePacer(options.LaneYieldInterval, time);
                answering = LaneThread.Run(() => AnswerReleasingAsync(loaders, prepared, execute, format, pacer.Checkpoint), gate.Collector, options.LanePriority, lease, pacer);
            }
            else
            {
                answering = cheapRunsInline ? AnswerAsync(prepared, execute, format, checkpoint: null) : Task.Run(() => AnswerAsync(prepared, execute, format, checkpoint: null));
            }
        }
        catch
        {
            // No thread to run it (out of memory): the place is not kept.
            lease?.Dispose();
            throw;
        }

        Answer answer;
        try
        {
            answer = await answering.WaitAsync(context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The work may not stop at once (a computation that checks no token): its buffer goes when it does.
            _ = answering.ContinueWith(static done => done.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return await TimedOutAsync(context, prepared);
        }

        using (answer)
        {
            return await SendAsync(context, answer, format);
        }
    }

    // An expensive answer's loaded nodes and relations are garbage once it is serialized: released before the lane
    // collects, not when the request's scope ends after the send.
    private async Task<Answer> AnswerReleasingAsync(
        GraphLoaders? loaders, PreparedRequest prepared, Func<PreparedRequest, Action?, Task<ExecutionResult>> execute, ResponseFormat format, Action? checkpoint)
    {
        try
        {
            return await AnswerAsync(prepared, execute, format, checkpoint).ConfigureAwait(false);
        }
        finally
        {
            loaders?.Release();
        }
    }

    private async Task<Answer> AnswerAsync(PreparedRequest prepared, Func<PreparedRequest, Action?, Task<ExecutionResult>> execute, ResponseFormat format, Action? checkpoint) =>
        Serialize(await execute(prepared, checkpoint).ConfigureAwait(false), format, checkpoint);

    private async Task<ResponseRecord> WriteAsync(HttpContext context, ExecutionResult result, ResponseFormat format)
    {
        using var answer = Serialize(result, format);
        return await SendAsync(context, answer, format);
    }

    // The whole answer before its status: one too large is replaced by the error that says so.
    private Answer Serialize(ExecutionResult result, ResponseFormat format, Action? checkpoint = null)
    {
        // Coded before it is serialized, counted only once it is the answer (not when it is replaced as too large).
        result = RequestErrorCodes.Code(result);
        var buffer = new BoundedResponseBuffer(options.MaxResponseBytes, checkpoint);
        try
        {
            result.WriteTo(buffer);
            return new Answer(ExecutionResultWriter.StatusFor(result, format), result.Errors, result.Cost, buffer);
        }
        catch (ResponseTooLargeException tooLarge)
        {
            buffer.Dispose();
            return Serialize(TooLarge(tooLarge.Limit), format);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static async Task<ResponseRecord> SendAsync(HttpContext context, Answer answer, ResponseFormat format)
    {
        if (answer.Errors is { } errors)
        {
            RequestErrorCodes.Count(ExecutionResult.FromErrors(errors));
        }

        // The answer is decided: a timeout must not cut it off now (a client that stops reading is Kestrel's to drop).
        context.Features.Get<IHttpRequestTimeoutFeature>()?.DisableTimeout();
        var response = context.Response;
        response.StatusCode = answer.Status;
        response.ContentType = ExecutionResultWriter.ContentTypeFor(format);
        response.ContentLength = answer.Body.Length;
        await answer.Body.CopyToAsync(response.BodyWriter, context.RequestAborted);
        return new ResponseRecord(answer.Errors?.Count ?? 0, answer.Cost?.Requested, answer.Cost?.Actual);
    }

    private static ExecutionResult TooLarge(long limit) => ExecutionResult.FromErrors([new GraphQLError(
        $"The answer is larger than {limit} bytes (Fairness:MaxResponseBytes): ask for fewer items or fields, or page through them.",
        extensions: new Dictionary<string, object?>(2) { ["code"] = FairnessErrorCode.ResponseTooLarge, ["limit"] = "maxResponseBytes" })]);

    private static async Task<ResponseRecord> RefuseAsync(HttpContext context, GateOutcome outcome, PreparedRequest prepared)
    {
        context.Response.Headers.RetryAfter = "1";
        if (outcome == GateOutcome.RateLimited)
        {
            await ErrorResponseWriter.WriteAsync(context, StatusCodes.Status429TooManyRequests, ApiErrorCode.RateLimited,
                $"Too many expensive operations from this client at once (cost {prepared.RequestedCost}): wait for the ones running, then retry.");
        }
        else
        {
            await ErrorResponseWriter.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, FairnessErrorCode.Overloaded,
                $"The server is busy with expensive operations (cost {prepared.RequestedCost}): retry later, or ask for less.");
        }

        return new ResponseRecord(1, prepared.RequestedCost, null);
    }

    private static async Task<ResponseRecord> TimedOutAsync(HttpContext context, PreparedRequest prepared)
    {
        var timedOut = context.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken.IsCancellationRequested == true;
        if (timedOut && !context.Response.HasStarted)
        {
            await ErrorResponseWriter.WriteAsync(context, StatusCodes.Status504GatewayTimeout, ApiErrorCode.RequestTimeout, "Request timed out");
        }

        return new ResponseRecord(1, prepared.RequestedCost, null);
    }
}

/// <summary>
/// A serialized answer: its status, what the log and the metrics record of it, and its bytes. Not the result's data:
/// an expensive answer's objects are garbage once written, before the bytes are sent.
/// </summary>
internal readonly record struct Answer(int Status, IReadOnlyList<GraphQLError>? Errors, OperationCost? Cost, BoundedResponseBuffer Body) : IDisposable
{
    public void Dispose() => Body.Dispose();
}

/// <summary>What the request log records of an answered operation.</summary>
internal readonly record struct ResponseRecord(int ErrorCount, long? RequestedCost, long? ActualCost);
