using System;
using System.Data.Common;
using System.Globalization;
using NodaTime;

namespace CxCore.Import;

/// <summary>The cells of the record a <see cref="DbDataReader"/> is on.</summary>
internal sealed class DbCells : ImportCells
{
    private readonly DbDataReader _reader;

    public DbCells(DbDataReader reader) => _reader = reader;

    public override string Text(int index)
    {
        if (_reader.IsDBNull(index))
        {
            return string.Empty;
        }

        object value = _reader.GetValue(index);
        return value switch
        {
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }

    public override bool TryGetTime(int index, out Instant instant, out LocalDateTime local, out bool isInstant)
    {
        instant = default;
        local = default;
        isInstant = false;
        if (_reader.IsDBNull(index))
        {
            return false;
        }

        switch (_reader.GetValue(index))
        {
            case DateTimeOffset offset:
                instant = Instant.FromDateTimeOffset(offset);
                isInstant = true;
                return true;
            case DateTime { Kind: DateTimeKind.Utc } utc:
                instant = Instant.FromDateTimeUtc(utc);
                isInstant = true;
                return true;
            case DateTime wallClock:
                local = LocalDateTime.FromDateTime(wallClock);
                return true;
            case Instant typed:
                instant = typed;
                isInstant = true;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The column names of the result set.</summary>
    public static string[] Header(DbDataReader reader)
    {
        string[] names = new string[reader.FieldCount];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = reader.GetName(i);
        }

        return names;
    }
}
