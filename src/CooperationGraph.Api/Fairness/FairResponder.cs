using CooperationGraph.Api.Errors;
using CooperationGraph.Api.GraphQL;
using CooperationGraph.GraphQL;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http.Timeouts;

namespace CooperationGraph.Api.Fairness;

/// <summary>
/// Answers one query or mutation so that the client can rely on what it gets: expensive operations wait for the
/// expensive lane; the answer is serialized whole, within <see cref="FairnessOptions.MaxResponseBytes"/>, before its
/// status is sent; and when the request times out first, the client gets a 504 with the JSON error at once, while an
/// execution that ignores cancellation finishes in the background still holding its place in the lane.
/// </summary>
internal sealed class FairResponder(FairnessOptions options, ExpensiveOperationGate gate)
{
    /// <summary>
    /// The responder of the <c>Fairness</c> section. As with the engine's limits, an invalid section is reported when
    /// the host starts (<c>AddApiOptions</c> validates it); until then the defaults stand.
    /// </summary>
    public static FairResponder Create(IConfiguration configuration)
    {
        var configured = configuration.GetSection(FairnessOptions.Section).Get<FairnessOptions>() ?? new FairnessOptions();
        var options = new FairnessOptionsValidator().Validate(null, configured).Succeeded ? configured : new FairnessOptions();
        return new FairResponder(options, new ExpensiveOperationGate(options));
    }

    /// <summary>Prepares, admits, runs and writes the request; returns what the request log records.</summary>
    public async Task<ResponseRecord> RespondAsync(
        HttpContext context, PreparedRequest prepared, ResponseFormat format, Func<PreparedRequest, Task<ExecutionResult>> execute)
    {
        if (!prepared.IsValid)
        {
            return await WriteAsync(context, ExecutionResult.FromErrors(prepared.Errors), format, lease: null);
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

        // On the pool, not inline: a store call that blocks (SQLite's async methods run synchronously) must not keep
        // the request from noticing its timeout.
        var execution = Task.Run(() => execute(prepared));

        ExecutionResult result;
        try
        {
            result = await execution.WaitAsync(context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The work may not stop at once (a computation that checks no token): its lease goes when it does.
            if (lease is not null)
            {
                _ = execution.ContinueWith(static (_, state) => ((IDisposable)state!).Dispose(), lease, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            return await TimedOutAsync(context, prepared);
        }
        catch
        {
            lease?.Dispose();
            throw;
        }

        return await WriteAsync(context, result, format, lease);
    }

    private async Task<ResponseRecord> WriteAsync(HttpContext context, ExecutionResult result, ResponseFormat format, IDisposable? lease)
    {
        // Coded before it is serialized, counted only once it is the answer (not when it is replaced as too large).
        result = RequestErrorCodes.Code(result);
        using var buffer = new BoundedResponseBuffer(options.MaxResponseBytes);
        try
        {
            try
            {
                result.WriteTo(buffer);
            }
            catch (ResponseTooLargeException tooLarge)
            {
                return await WriteAsync(context, TooLarge(tooLarge.Limit), format, lease: null);
            }
        }
        finally
        {
            // Serializing is the last of the work; sending is the network's.
            lease?.Dispose();
        }

        RequestErrorCodes.Count(result);

        // The answer is decided: a timeout must not cut it off now (a client that stops reading is Kestrel's to drop).
        context.Features.Get<IHttpRequestTimeoutFeature>()?.DisableTimeout();
        var response = context.Response;
        response.StatusCode = ExecutionResultWriter.StatusFor(result, format);
        response.ContentType = ExecutionResultWriter.ContentTypeFor(format);
        response.ContentLength = buffer.Length;
        await buffer.CopyToAsync(response.BodyWriter, context.RequestAborted);
        return new ResponseRecord(result.Errors?.Count ?? 0, result.Cost?.Requested, result.Cost?.Actual);
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

/// <summary>What the request log records of an answered operation.</summary>
internal readonly record struct ResponseRecord(int ErrorCount, long? RequestedCost, long? ActualCost);
