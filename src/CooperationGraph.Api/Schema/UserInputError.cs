using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Error;

namespace CooperationGraph.Api.Schema;

/// <summary>Structured field errors for bad arguments, with an <c>extensions.code</c> clients can branch on.</summary>
internal static class UserInputError
{
    public const string BadUserInput = "BAD_USER_INPUT";

    public static GraphQLError Create(string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = BadUserInput });

    /// <summary>A store's refusal of bad input, reported as the caller's mistake; other store failures stay internal.</summary>
    public static async ValueTask<object?> GuardAsync(Func<Task<object?>> resolve)
    {
        try
        {
            return await resolve().ConfigureAwait(false);
        }
        catch (GraphStoreException refused) when (refused.Code is GraphStoreErrorCode.InvalidArgument or GraphStoreErrorCode.InvalidCursor)
        {
            throw new GraphQLError(refused.Message, originalError: refused, extensions: new Dictionary<string, object?>
            {
                ["code"] = BadUserInput,
                ["storeCode"] = refused.Code.ToString(),
            });
        }
    }
}
