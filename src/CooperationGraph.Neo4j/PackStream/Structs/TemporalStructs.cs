namespace CooperationGraph.Neo4j.PackStream;

/// <summary>
/// Date (<c>D</c>), Time (<c>T</c>), LocalTime (<c>t</c>), DateTime (<c>I</c>, legacy <c>F</c>),
/// DateTimeZoneId (<c>i</c>, legacy <c>f</c>), LocalDateTime (<c>d</c>) and Duration (<c>E</c>).
/// The legacy forms count seconds on the local clock, so writing them for a zone id needs the zone's rules.
/// </summary>
internal static class TemporalStructs
{
    public static bool TryWrite(PackStreamWriter writer, object value)
    {
        switch (value)
        {
            case Neo4jDate date: WriteDate(writer, date); return true;
            case DateOnly date: WriteDate(writer, Neo4jDate.FromDateOnly(date)); return true;
            case Neo4jLocalTime time: WriteLocalTime(writer, time); return true;
            case TimeOnly time: WriteLocalTime(writer, Neo4jLocalTime.FromTimeOnly(time)); return true;
            case Neo4jTime time:
                writer.WriteStructHeader(2, StructTag.Time);
                writer.WriteInteger(time.NanosecondOfDay);
                writer.WriteInteger(time.OffsetSeconds);
                return true;
            case Neo4jLocalDateTime local: WriteLocalDateTime(writer, local); return true;
            case DateTime { Kind: DateTimeKind.Utc } utc:
                WriteDateTime(writer, Neo4jDateTime.FromDateTimeOffset(new DateTimeOffset(utc)));
                return true;
            case DateTime local: WriteLocalDateTime(writer, Neo4jLocalDateTime.FromDateTime(local)); return true;
            case Neo4jDateTime dateTime: WriteDateTime(writer, dateTime); return true;
            case DateTimeOffset offset: WriteDateTime(writer, Neo4jDateTime.FromDateTimeOffset(offset)); return true;
            case Neo4jZonedDateTime zoned: WriteZoned(writer, zoned); return true;
            case Neo4jDuration duration: WriteDuration(writer, duration); return true;
            case TimeSpan span: WriteDuration(writer, Neo4jDuration.FromTimeSpan(span)); return true;
            default: return false;
        }
    }

    public static object Read(ref PackStreamReader reader, byte tag, int size)
    {
        switch (tag)
        {
            case StructTag.Date:
                ValueDecoder.ExpectFields(tag, size, 1);
                return new Neo4jDate(reader.ReadInteger());
            case StructTag.Time:
                ValueDecoder.ExpectFields(tag, size, 2);
                return new Neo4jTime(reader.ReadInteger(), ReadInt32(ref reader));
            case StructTag.LocalTime:
                ValueDecoder.ExpectFields(tag, size, 1);
                return new Neo4jLocalTime(reader.ReadInteger());
            case StructTag.LocalDateTime:
                ValueDecoder.ExpectFields(tag, size, 2);
                return new Neo4jLocalDateTime(reader.ReadInteger(), ReadInt32(ref reader));
            case StructTag.DateTime or StructTag.LegacyDateTime:
                ValueDecoder.ExpectFields(tag, size, 3);
                {
                    var seconds = reader.ReadInteger();
                    var nanos = ReadInt32(ref reader);
                    var offset = ReadInt32(ref reader);
                    return new Neo4jDateTime(tag == StructTag.DateTime ? seconds : seconds - offset, nanos, offset);
                }

            case StructTag.DateTimeZoneId or StructTag.LegacyDateTimeZoneId:
                ValueDecoder.ExpectFields(tag, size, 3);
                {
                    var seconds = reader.ReadInteger();
                    var nanos = ReadInt32(ref reader);
                    var zoneId = reader.ReadString();
                    var utcSeconds = tag == StructTag.DateTimeZoneId ? seconds : seconds - LocalOffsetSeconds(zoneId, seconds);
                    return new Neo4jZonedDateTime(utcSeconds, nanos, zoneId);
                }

            case StructTag.Duration:
                ValueDecoder.ExpectFields(tag, size, 4);
                return new Neo4jDuration(reader.ReadInteger(), reader.ReadInteger(), reader.ReadInteger(), ReadInt32(ref reader));
            default:
                throw new Neo4jProtocolException($"PackStream: unknown structure tag 0x{tag:X2} with {size} fields.");
        }
    }

    private static void WriteDate(PackStreamWriter writer, Neo4jDate date)
    {
        writer.WriteStructHeader(1, StructTag.Date);
        writer.WriteInteger(date.EpochDays);
    }

    private static void WriteLocalTime(PackStreamWriter writer, Neo4jLocalTime time)
    {
        writer.WriteStructHeader(1, StructTag.LocalTime);
        writer.WriteInteger(time.NanosecondOfDay);
    }

    private static void WriteLocalDateTime(PackStreamWriter writer, Neo4jLocalDateTime local)
    {
        writer.WriteStructHeader(2, StructTag.LocalDateTime);
        writer.WriteInteger(local.EpochSeconds);
        writer.WriteInteger(local.Nanoseconds);
    }

    private static void WriteDateTime(PackStreamWriter writer, Neo4jDateTime value)
    {
        var utc = writer.Dialect.UtcDateTime;
        writer.WriteStructHeader(3, utc ? StructTag.DateTime : StructTag.LegacyDateTime);
        writer.WriteInteger(utc ? value.EpochSecondsUtc : value.EpochSecondsUtc + value.OffsetSeconds);
        writer.WriteInteger(value.Nanoseconds);
        writer.WriteInteger(value.OffsetSeconds);
    }

    private static void WriteZoned(PackStreamWriter writer, Neo4jZonedDateTime value)
    {
        var utc = writer.Dialect.UtcDateTime;
        writer.WriteStructHeader(3, utc ? StructTag.DateTimeZoneId : StructTag.LegacyDateTimeZoneId);
        writer.WriteInteger(utc ? value.EpochSecondsUtc : value.EpochSecondsUtc + UtcOffsetSeconds(value.ZoneId, value.EpochSecondsUtc));
        writer.WriteInteger(value.Nanoseconds);
        writer.WriteString(value.ZoneId);
    }

    private static void WriteDuration(PackStreamWriter writer, Neo4jDuration duration)
    {
        writer.WriteStructHeader(4, StructTag.Duration);
        writer.WriteInteger(duration.Months);
        writer.WriteInteger(duration.Days);
        writer.WriteInteger(duration.Seconds);
        writer.WriteInteger(duration.Nanoseconds);
    }

    private static int UtcOffsetSeconds(string zoneId, long utcSeconds) =>
        (int)FindZone(zoneId).GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(ClampSeconds(utcSeconds))).TotalSeconds;

    private static int LocalOffsetSeconds(string zoneId, long localSeconds)
    {
        var local = DateTime.SpecifyKind(DateTimeOffset.FromUnixTimeSeconds(ClampSeconds(localSeconds)).DateTime, DateTimeKind.Unspecified);
        return (int)FindZone(zoneId).GetUtcOffset(local).TotalSeconds;
    }

    private static long ClampSeconds(long seconds) =>
        Math.Clamp(seconds, DateTimeOffset.MinValue.ToUnixTimeSeconds() + 86_400, DateTimeOffset.MaxValue.ToUnixTimeSeconds() - 86_400);

    private static TimeZoneInfo FindZone(string zoneId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (TimeZoneNotFoundException ex)
        {
            throw new Neo4jClientException($"Time zone '{zoneId}' is unknown on this machine; Bolt 4.4 needs its rules to send local seconds.", null, ex);
        }
    }

    private static int ReadInt32(ref PackStreamReader reader)
    {
        var value = reader.ReadInteger();
        return value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new Neo4jProtocolException($"PackStream: {value} does not fit a 32-bit temporal field.");
    }
}
