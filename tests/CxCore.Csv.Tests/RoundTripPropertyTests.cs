using System.Globalization;
using System.Text;
using FsCheck;
using CxCore.Tests.Support;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CxCore.Csv.Tests;

/// <summary>
/// Properties over generated files: a well-formed file reads back exactly the feedback that wrote it, and for any mix
/// of good, bad and blank rows the report's counts add up and match the rows that were spoiled.
/// </summary>
[Properties(Arbitrary = [typeof(RoundTripPropertyTests.Arbitraries)])]
public sealed class RoundTripPropertyTests
{
    /// <summary>
    /// The kind of each row of a file: 0 good, 1 blank, 2 bad rating, 3 out of scale, 4 no customer, 5 bad time,
    /// 6 duplicate id, 7 unknown instrument (good rows six times as likely as each bad kind together).
    /// </summary>
    public sealed record RowKinds(int[] Values);

    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        /// <summary>0–40 rows of feedback in the three standard instruments with awkward comments.</summary>
        public static Arbitrary<Feedback[]> WellFormedFiles() => Files.ToArbitrary();

        public static Arbitrary<RowKinds> Kinds() =>
            Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Choose(1, 7))).ArrayOf().Select(k => new RowKinds(k)).ToArbitrary();
    }

    private static readonly FeedbackInstrument[] Instruments = [FeedbackInstrument.Nps, FeedbackInstrument.Csat, FeedbackInstrument.Ces];

    private static readonly Gen<string?> Comments =
        Gen.Frequency(
            (1, Gen.Constant<string?>(null)),
            (3, Gen.Elements('a', 'Z', ' ', ',', ';', '"', '\n', '\r', 'é', '€', '\t', '\'').ArrayOf()
                .Where(chars => chars.Length > 0)
                .Select(chars => (string?)new string(chars))));

    private static readonly Gen<Feedback[]> Files =
        from n in Gen.Choose(0, 40)
        from rows in (from customer in Gen.Choose(1, 20)
                      from seconds in Gen.Choose(0, 200_000_000)
                      from millis in Gen.Choose(0, 999)
                      from instrument in Gen.Elements(Instruments)
                      from rating in Gen.Choose(instrument.Scale.Minimum, instrument.Scale.Maximum)
                      from comment in Comments
                      select (customer, seconds, millis, instrument, rating, comment)).ArrayOf(n)
        select rows.Select((r, i) => new Feedback(
                "R-" + i.ToString(CultureInfo.InvariantCulture),
                CustomerId.From("C-" + r.customer.ToString(CultureInfo.InvariantCulture)),
                Instant.FromUnixTimeSeconds(1_700_000_000L + r.seconds).PlusNanoseconds(r.millis * 1_000_000L),
                r.instrument,
                r.rating,
                comment: r.comment))
            .ToArray();

    private static GenericSurveyOptions Options()
    {
        var options = new GenericSurveyOptions("id", "customer", "at", "rating") { InstrumentColumn = "instrument", CommentColumn = "comment" };
        foreach (FeedbackInstrument instrument in Instruments)
        {
            options.Instruments.Add(instrument.Name, instrument);
        }

        return options;
    }

    private static string Field(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;

    private static string Line(string id, string customer, string at, string instrument, string rating, string? comment) =>
        string.Join(',', Field(id), Field(customer), Field(at), Field(instrument), Field(rating), Field(comment)) + "\r\n";

    private static string Write(IEnumerable<Feedback> feedback)
    {
        var text = new StringBuilder("id,customer,at,instrument,rating,comment\r\n");
        foreach (Feedback f in feedback)
        {
            text.Append(Line(
                f.Id,
                f.Customer.Value,
                NodaTime.Text.InstantPattern.ExtendedIso.Format(f.At),
                f.Instrument.Name,
                f.Rating.ToString(CultureInfo.InvariantCulture),
                f.Comment));
        }

        return text.ToString();
    }

    [ScaledProperty(300)]
    public bool Read_WellFormedFile_ReadsBackTheFeedbackThatWroteIt(Feedback[] feedback)
    {
        var report = new ImportReport();
        var rows = new GenericSurveyReader(Options()).Read(new StringReader(Write(feedback)), report).ToList();
        return rows.SelectMany(r => r.Feedback).SequenceEqual(feedback)
            && report.DataRows == feedback.Length
            && report.AcceptedRows == feedback.Length
            && report.RejectedRows == 0
            && report.IsComplete;
    }

    [ScaledProperty(100)]
    public bool Read_WellFormedFileAsUtf8Stream_ReadsBackTheFeedbackThatWroteIt(Feedback[] feedback)
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Write(feedback))];
        var rows = new GenericSurveyReader(Options()).Read(new MemoryStream(bytes), new ImportReport()).ToList();
        return rows.SelectMany(r => r.Feedback).SequenceEqual(feedback);
    }

    // Row kinds: 0 good, 1 blank, 2 bad rating, 3 out of scale, 4 no customer, 5 bad time, 6 duplicate id, 7 unknown instrument.
    [ScaledProperty(300)]
    public bool Read_AnyMixOfRows_CountsAddUpAndMatchTheSpoiledRows(RowKinds kinds)
    {
        int[] rowKinds = kinds.Values;
        var text = new StringBuilder("id,customer,at,instrument,rating,comment\r\n");
        int expectedBlank = 0, expectedBad = 0, expectedGood = 0;
        for (int i = 0; i < rowKinds.Length; i++)
        {
            string id = "R-" + i.ToString(CultureInfo.InvariantCulture);
            int kind = rowKinds[i];
            if (kind == 6 && i == 0)
            {
                kind = 0; // nothing earlier to duplicate
            }

            switch (kind)
            {
                case 0: text.Append(Line(id, "C", "2026-01-01T00:00:00Z", "NPS", "9", "fine, \"really\"\nyes")); expectedGood++; break;
                case 1: text.Append(i % 2 == 0 ? "\r\n" : ",,,,,\r\n"); expectedBlank++; break;
                case 2: text.Append(Line(id, "C", "2026-01-01T00:00:00Z", "NPS", "9.0", null)); expectedBad++; break;
                case 3: text.Append(Line(id, "C", "2026-01-01T00:00:00Z", "CSAT", "0", null)); expectedBad++; break;
                case 4: text.Append(Line(id, "", "2026-01-01T00:00:00Z", "CES", "4", null)); expectedBad++; break;
                case 5: text.Append(Line(id, "C", "yesterday", "NPS", "4", null)); expectedBad++; break;
                case 6: text.Append(Line("R-0", "C", "2026-01-01T00:00:00Z", "NPS", "4", null)); expectedBad++; break;
                default: text.Append(Line(id, "C", "2026-01-01T00:00:00Z", "Stars", "4", null)); expectedBad++; break;
            }
        }

        var report = new ImportReport();
        int yielded = new GenericSurveyReader(Options()).Read(new StringReader(text.ToString()), report).Count();
        return report.DataRows == report.AcceptedRows + report.RejectedRows
            && report.AcceptedRows == expectedGood
            && yielded == expectedGood
            && report.RejectedRows == expectedBad
            && report.ErrorCount == expectedBad
            && report.BlankRows == expectedBlank;
    }
}
