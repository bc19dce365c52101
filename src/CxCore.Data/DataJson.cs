using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CxCore.Analysis;
using CxCore.Data.Dialects;
using CxCore.Ratings;
using CxCore.Serialization;
using NodaTime;

namespace CxCore.Data;

// The JSON forms of this package's queries, statements and results (docs/json.md, "CxCore.Data"), built on the core's
// converters so that counts, scales, dates and instants are written exactly as everywhere else.

/// <summary>
/// <c>{"kind":"table","name":["sales","responses"]}</c>, <c>{"kind":"query","text":"SELECT …"}</c>,
/// <c>{"kind":"parquetFile","path":"…"}</c> or <c>{"kind":"csvFile","path":"…"}</c>.
/// </summary>
internal sealed class SqlSourceConverter : CxConverter<SqlSource>
{
    internal static readonly SqlSourceConverter Instance = new();
    private static readonly string[] Members = ["kind", "name", "text", "path"];
    private static readonly string[] Required = ["kind"];

    internal override SqlSource ReadJson(JsonIn json)
    {
        json.Object("an SQL source", Members, Required);
        string kind = json["kind"].String();
        string only = kind switch
        {
            "table" => "name",
            "query" => "text",
            "parquetFile" or "csvFile" => "path",
            _ => throw json["kind"].Fail($"Unknown SQL source kind '{kind}'; the kinds are table, query, parquetFile, csvFile."),
        };
        foreach (string member in Members.Skip(1))
        {
            if (json.Has(member) != (member == only))
            {
                throw json.Fail($"An SQL source of kind '{kind}' has the member '{only}' and no other.");
            }
        }

        if (kind == "table")
        {
            string[] parts = [.. json["name"].Items("the name").Select(p => p.String())];
            return json.Construct("SQL source", () => parts.Length switch
            {
                1 => SqlSource.Table(parts[0]),
                2 => SqlSource.Table(parts[0], parts[1]),
                3 => SqlSource.Table(parts[0], parts[1], parts[2]),
                _ => throw new ArgumentException("A table name has one to three parts (catalog, schema, name).", "name"),
            });
        }

        string text = json[only].String();
        return json.Construct("SQL source", () => kind switch
        {
            "query" => SqlSource.Query(text),
            "parquetFile" => SqlSource.ParquetFile(text),
            _ => SqlSource.CsvFile(text),
        });
    }

    internal override void WriteJson(Utf8JsonWriter writer, SqlSource value)
    {
        writer.WriteStartObject();
        switch (value.Kind)
        {
            case SourceKind.Table:
                writer.WriteString("kind", "table");
                writer.WriteStartArray("name");
                foreach (string part in value.NameParts)
                {
                    writer.WriteStringValue(part);
                }

                writer.WriteEndArray();
                break;
            case SourceKind.Query:
                writer.WriteString("kind", "query");
                writer.WriteString("text", value.Text);
                break;
            default:
                writer.WriteString("kind", value.Kind == SourceKind.ParquetFile ? "parquetFile" : "csvFile");
                writer.WriteString("path", value.Text);
                break;
        }

        writer.WriteEndObject();
    }
}

/// <summary>
/// <c>{"source":{…},"ratingColumn":"score","scale":{"min":0,"max":10},"weightColumn":null,"groupColumns":["region"],
/// "period":{"instantColumn":"answered_at","period":"month","zone":"Europe/Paris","instantType":"timestampWithTimeZone","from":null,"to":null}}</c>;
/// <c>period</c> is <c>null</c> without one. Read back through the query's own factory and <c>With…</c> methods.
/// </summary>
internal sealed class RatingCountQueryConverter : CxConverter<RatingCountQuery>
{
    internal static readonly RatingCountQueryConverter Instance = new();
    private static readonly string[] Members = ["source", "ratingColumn", "scale", "weightColumn", "groupColumns", "period"];
    private static readonly string[] Required = ["source", "ratingColumn", "scale", "groupColumns"];
    private static readonly string[] PeriodMembers = ["instantColumn", "period", "zone", "instantType", "from", "to"];
    private static readonly string[] PeriodRequired = ["instantColumn", "period", "zone", "instantType"];

    internal override RatingCountQuery ReadJson(JsonIn json)
    {
        json.Object("a rating-count query", Members, Required);
        SqlSource source = SqlSourceConverter.Instance.ReadJson(json["source"]);
        string rating = json["ratingColumn"].String();
        RatingScale scale = RatingScaleConverter.Instance.ReadJson(json["scale"]);
        string? weight = json["weightColumn"].OptionalString();
        string[] groups = [.. json["groupColumns"].Items("the group columns").Select(g => g.String())];
        RatingCountQuery query = json.Construct("rating-count query", () => RatingCountQuery.Create(source, rating, scale));
        if (weight is not null)
        {
            query = json["weightColumn"].Construct("rating-count query", () => query.WithWeights(weight));
        }

        if (groups.Length > 0)
        {
            query = json["groupColumns"].Construct("rating-count query", () => query.WithGroups(groups));
        }

        if (json.Has("period"))
        {
            JsonIn period = json["period"].Object("a query period", PeriodMembers, PeriodRequired);
            string column = period["instantColumn"].String();
            CalendarPeriod calendarPeriod = period["period"].Enum<CalendarPeriod>();
            DateTimeZone zone = period["zone"].Zone();
            InstantColumnType type = period["instantType"].Enum<InstantColumnType>();
            query = period.Construct("rating-count query", () => query.WithPeriod(column, calendarPeriod, zone, type));
            if (period.Has("from") || period.Has("to"))
            {
                Instant from = period["from"].Instant(), to = period["to"].Instant();
                query = period.Construct("rating-count query", () => query.WithRange(from, to));
            }
        }

        return query;
    }

    internal override void WriteJson(Utf8JsonWriter writer, RatingCountQuery value)
    {
        writer.WriteStartObject();
        writer.Value("source", value.Source, SqlSourceConverter.Instance);
        writer.WriteString("ratingColumn", value.RatingColumn);
        writer.Value("scale", value.Scale, RatingScaleConverter.Instance);
        writer.OptionalString("weightColumn", value.WeightColumn);
        writer.WriteStartArray("groupColumns");
        foreach (string column in value.GroupColumns)
        {
            writer.WriteStringValue(column);
        }

        writer.WriteEndArray();
        if (value.InstantColumn is null)
        {
            writer.WriteNull("period");
        }
        else
        {
            writer.WriteStartObject("period");
            writer.WriteString("instantColumn", value.InstantColumn);
            writer.Enum("period", value.Period!.Value);
            writer.WriteString("zone", value.Zone!.Id);
            writer.Enum("instantType", value.InstantType);
            writer.OptionalInstant("from", value.From);
            writer.OptionalInstant("to", value.To);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}

/// <summary><c>{"source":{…},"journeyColumn","stepColumn","timeColumn","tiebreakColumn","conversionColumn"}</c>.</summary>
internal sealed class PathCountQueryConverter : CxConverter<PathCountQuery>
{
    internal static readonly PathCountQueryConverter Instance = new();
    private static readonly string[] Members = ["source", "journeyColumn", "stepColumn", "timeColumn", "tiebreakColumn", "conversionColumn"];

    internal override PathCountQuery ReadJson(JsonIn json)
    {
        json.Object("a path-count query", Members, Members);
        SqlSource source = SqlSourceConverter.Instance.ReadJson(json["source"]);
        string journey = json["journeyColumn"].String(), step = json["stepColumn"].String(), time = json["timeColumn"].String();
        string tiebreak = json["tiebreakColumn"].String(), conversion = json["conversionColumn"].String();
        return json.Construct("path-count query", () => PathCountQuery.Create(source, journey, step, time, tiebreak, conversion));
    }

    internal override void WriteJson(Utf8JsonWriter writer, PathCountQuery value)
    {
        writer.WriteStartObject();
        writer.Value("source", value.Source, SqlSourceConverter.Instance);
        writer.WriteString("journeyColumn", value.JourneyColumn);
        writer.WriteString("stepColumn", value.StepColumn);
        writer.WriteString("timeColumn", value.TimeColumn);
        writer.WriteString("tiebreakColumn", value.TiebreakColumn);
        writer.WriteString("conversionColumn", value.ConversionColumn);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"name":"$1","value":"responses.parquet"}</c>: the values are text (a JSON string) or whole numbers; <c>default</c> is <c>{"name":null,"value":null}</c>.</summary>
internal sealed class SqlArgumentConverter : CxConverter<SqlArgument>
{
    internal static readonly SqlArgumentConverter Instance = new();
    private static readonly string[] Members = ["name", "value"];

    internal override SqlArgument ReadJson(JsonIn json)
    {
        json.Object("an SQL argument", Members, Members);
        string? name = json["name"].OptionalString();
        JsonIn value = json["value"];
        return value.Element.ValueKind switch
        {
            JsonValueKind.Null when name is null => default,
            JsonValueKind.String => new SqlArgument(name, value.String()),
            JsonValueKind.Number => new SqlArgument(name, value.Int64()),
            _ => throw value.Fail("An SQL argument's value is a string or a whole number (only the default argument has neither name nor value)."),
        };
    }

    internal override void WriteJson(Utf8JsonWriter writer, SqlArgument value)
    {
        writer.WriteStartObject();
        writer.OptionalString("name", value.Name);
        switch (value.Value)
        {
            case null:
                writer.WriteNull("value");
                break;
            case string text:
                writer.WriteString("value", text);
                break;
            case long number:
                writer.WriteNumber("value", number);
                break;
            default:
                throw new JsonException($"An SQL argument of type {value.Value.GetType()} has no JSON form.");
        }

        writer.WriteEndObject();
    }
}

/// <summary><c>{"dialect":"postgreSql","text":"SELECT …","arguments":[…]}</c>.</summary>
internal sealed class SqlStatementConverter : CxConverter<SqlStatement>
{
    internal static readonly SqlStatementConverter Instance = new();
    private static readonly string[] Members = ["dialect", "text", "arguments"];

    internal override SqlStatement ReadJson(JsonIn json)
    {
        json.Object("an SQL statement", Members, Members);
        string text = json["text"].String();
        if (string.IsNullOrWhiteSpace(text))
        {
            throw json["text"].Fail("An SQL statement has text.");
        }

        SqlArgument[] arguments = [.. json["arguments"].Items("the arguments").Select(SqlArgumentConverter.Instance.ReadJson)];
        return new SqlStatement(json["dialect"].Enum<SqlDialect>(), text, arguments);
    }

    internal override void WriteJson(Utf8JsonWriter writer, SqlStatement value)
    {
        writer.WriteStartObject();
        writer.Enum("dialect", value.Dialect);
        writer.WriteString("text", value.Text);
        writer.List("arguments", value.Arguments, SqlArgumentConverter.Instance);
        writer.WriteEndObject();
    }
}

/// <summary>
/// <c>{"key":["EU",null],"period":{"start":"2025-01-01","end":"2025-01-31"},"counts":{RatingCounts},"weightedCounts":null}</c>:
/// the group's values (SQL NULL as <c>null</c>), its period (<c>null</c> without one) and its counts.
/// </summary>
internal sealed class RatingCountGroupConverter : CxConverter<RatingCountGroup>
{
    internal static readonly RatingCountGroupConverter Instance = new();
    private static readonly string[] Members = ["key", "period", "counts", "weightedCounts"];
    private static readonly string[] Required = ["key", "counts"];
    private static readonly string[] PeriodMembers = ["start", "end"];

    internal override RatingCountGroup ReadJson(JsonIn json)
    {
        json.Object("a rating-count group", Members, Required);
        string?[] key = [.. json["key"].Items("the key").Select(k => k.OptionalString())];
        DateInterval? period = null;
        if (json.Has("period"))
        {
            JsonIn p = json["period"].Object("a group's period", PeriodMembers, PeriodMembers);
            LocalDate start = p["start"].LocalDate(), end = p["end"].LocalDate();
            period = p.Construct("period", () => new DateInterval(start, end));
        }

        RatingCounts counts = RatingCountsConverter.Instance.ReadJson(json["counts"]);
        WeightedRatingCounts? weighted = json.Has("weightedCounts") ? WeightedRatingCountsConverter.Instance.ReadJson(json["weightedCounts"]) : null;
        if (weighted is not null && (weighted.Scale != counts.Scale || !weighted.Responses.SequenceEqual(counts.AsSpan())))
        {
            throw json["weightedCounts"].Fail("A group's weighted counts have the scale and the response counts of its counts.");
        }

        return new RatingCountGroup(Array.AsReadOnly(key), period, counts, weighted);
    }

    internal override void WriteJson(Utf8JsonWriter writer, RatingCountGroup value)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("key");
        foreach (string? part in value.Key)
        {
            if (part is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(part);
            }
        }

        writer.WriteEndArray();
        if (value.Period is { } period)
        {
            writer.WriteStartObject("period");
            writer.LocalDate("start", period.Start);
            writer.LocalDate("end", period.End);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("period");
        }

        writer.Value("counts", value.Counts, RatingCountsConverter.Instance);
        writer.OptionalValue("weightedCounts", value.WeightedCounts, WeightedRatingCountsConverter.Instance);

        writer.WriteEndObject();
    }
}

/// <summary><c>{"query":{RatingCountQuery},"groups":[RatingCountGroup…],"total":{RatingCounts}}</c>; <c>total</c> derived.</summary>
internal sealed class GroupedRatingCountsConverter : CxConverter<GroupedRatingCounts>
{
    internal static readonly GroupedRatingCountsConverter Instance = new();
    private static readonly string[] Members = ["query", "groups", "total"];
    private static readonly string[] Required = ["query", "groups"];

    internal override GroupedRatingCounts ReadJson(JsonIn json)
    {
        json.Object("grouped rating counts", Members, Required);
        RatingCountQuery query = RatingCountQueryConverter.Instance.ReadJson(json["query"]);
        var groups = new List<RatingCountGroup>();
        foreach (JsonIn item in json["groups"].Items("the groups"))
        {
            RatingCountGroup group = RatingCountGroupConverter.Instance.ReadJson(item);
            if (group.Counts.Scale != query.Scale || group.Key.Count != query.GroupColumns.Count
                || (group.Period is null) != (query.Period is null) || (group.WeightedCounts is null) == query.IsWeighted)
            {
                throw item.Fail(
                    "Each group matches its query: counts on the query's scale, one key value per group column, a period exactly when the query has one, and weighted counts exactly when it is weighted.");
            }

            groups.Add(group);
        }

        return new GroupedRatingCounts(query, groups.AsReadOnly());
    }

    internal override void WriteJson(Utf8JsonWriter writer, GroupedRatingCounts value)
    {
        writer.WriteStartObject();
        writer.Value("query", value.Query, RatingCountQueryConverter.Instance);
        writer.List("groups", value.Groups, RatingCountGroupConverter.Instance);
        writer.Value("total", value.Total, RatingCountsConverter.Instance);
        writer.WriteEndObject();
    }
}
