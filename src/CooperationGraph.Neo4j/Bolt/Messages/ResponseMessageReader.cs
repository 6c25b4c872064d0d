using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>Decodes one dechunked server message.</summary>
internal static class ResponseMessageReader
{
    public static IResponseMessage Read(ReadOnlySpan<byte> bytes, PackStreamDialect dialect)
    {
        var reader = new PackStreamReader(bytes, dialect);
        var fields = reader.ReadStructHeader(out var signature);
        IResponseMessage message = signature switch
        {
            MessageSignature.Success when fields == 1 => new SuccessMessage(ValueDecoder.ReadMap(ref reader)),
            MessageSignature.Failure when fields == 1 => new FailureMessage(ValueDecoder.ReadMap(ref reader)),
            MessageSignature.Ignored when fields == 0 => IgnoredMessage.Instance,
            MessageSignature.Record when fields == 1 => new RecordMessage(ReadFields(ref reader)),
            _ => throw new Neo4jProtocolException(
                $"Bolt: unexpected server message {MessageSignature.NameOf(signature)} with {fields} field(s)."),
        };
        if (!reader.AtEnd)
        {
            throw new Neo4jProtocolException($"Bolt: {bytes.Length - reader.Position} trailing byte(s) after {MessageSignature.NameOf(signature)}.");
        }

        return message;
    }

    private static object?[] ReadFields(ref PackStreamReader reader)
    {
        var count = reader.ReadListHeader();
        var fields = new object?[count];
        for (var i = 0; i < count; i++)
        {
            fields[i] = reader.ReadValue();
        }

        return fields;
    }
}
