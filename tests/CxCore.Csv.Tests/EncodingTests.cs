using System.Text;
using CxCore.Csv.Tests.Support;

namespace CxCore.Csv.Tests;

/// <summary>Bytes that are not UTF-8: rejected with their offset by default, escaped one-to-one by option, and files in other encodings named.</summary>
public sealed class EncodingTests
{
    private const string Header = "id,customer,at,score,comment\n"; // 29 bytes

    private static GenericSurveyReader Reader(Action<GenericSurveyOptions>? configure = null)
    {
        var options = new GenericSurveyOptions("id", "customer", "at", "score") { Instrument = FeedbackInstrument.Nps, CommentColumn = "comment" };
        configure?.Invoke(options);
        return new GenericSurveyReader(options);
    }

    private static (List<ImportedRow> Rows, ImportReport Report) Read(GenericSurveyReader reader, byte[] input)
    {
        var report = new ImportReport();
        List<ImportedRow> rows = reader.Read(new MemoryStream(input), report).ToList();
        Samples.AssertCountsAddUp(report);
        return (rows, report);
    }

    private static byte[] Bytes(params object[] parts)
    {
        var bytes = new List<byte>();
        foreach (object part in parts)
        {
            bytes.AddRange(part switch
            {
                string text => Encoding.UTF8.GetBytes(text),
                byte b => [b],
                byte[] array => array,
                _ => throw new ArgumentException("string, byte or byte[]", nameof(parts)),
            });
        }

        return [.. bytes];
    }

    [Fact]
    public void Read_TwoIdsThatDifferOnlyInInvalidBytes_BothRejectedWithTheirByteOffsets()
    {
        // Row 1 starts at byte 29: "r" then 0xFF at 30. It is 1 + 1 + 28 = 30 bytes long (",C1,…,9,\n" is 28 bytes), so
        // row 2 starts at 59 and its 0xFE is at 60. Before, both were accepted as "r\uFFFD".
        byte[] input = Bytes(Header, "r", (byte)0xFF, ",C1,2026-11-22T10:15:03Z,9,\n", "r", (byte)0xFE, ",C2,2026-11-22T10:15:03Z,7,\n", "ok,C3,2026-11-22T10:15:03Z,8,\n");

        (List<ImportedRow> rows, ImportReport report) = Read(Reader(), input);

        Assert.Equal("ok", Assert.Single(rows).ResponseId);
        Assert.Equal((3L, 1L, 2L), (report.DataRows, report.AcceptedRows, report.RejectedRows));
        Assert.Collection(
            report.Errors,
            e =>
            {
                Assert.Equal((2L, ImportErrorReason.InvalidEncoding, "id", "r\\xFF", (string?)null), (e.LineNumber, e.Reason, e.Column, e.RawValue, e.ResponseId));
                Assert.Contains("byte 0xFF at byte offset 30", e.Message, StringComparison.Ordinal);
                Assert.Contains("SurveyImportOptions.Encoding", e.Message, StringComparison.Ordinal);
            },
            e =>
            {
                Assert.Equal((3L, ImportErrorReason.InvalidEncoding, "r\\xFE"), (e.LineNumber, e.Reason, e.RawValue));
                Assert.Contains("byte 0xFE at byte offset 60", e.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void Read_InvalidByteInAComment_NamesTheColumnAndKeepsTheValidResponseId()
    {
        byte[] input = Bytes(Header, "R1,C1,2026-11-22T10:15:03Z,9,caf", (byte)0xE9, "\n");

        (List<ImportedRow> rows, ImportReport report) = Read(Reader(), input);

        Assert.Empty(rows);
        ImportRowError error = Assert.Single(report.Errors);
        Assert.Equal(("comment", "caf\\xE9", "R1"), (error.Column, error.RawValue, error.ResponseId));
        Assert.Contains("byte 0xE9 at byte offset 61", error.Message, StringComparison.Ordinal); // 29 + 32
    }

    [Fact]
    public void Read_InvalidBytesWithFailFast_ThrowsTheRowError()
    {
        byte[] input = Bytes(Header, "R1,C1,2026-11-22T10:15:03Z,9,caf", (byte)0xE9, "\n");

        var ex = Assert.Throws<SurveyImportException>(() => Reader(o => o.FailFast = true).Read(new MemoryStream(input), new ImportReport()).ToList());

        Assert.Equal(ImportErrorReason.InvalidEncoding, ex.Error!.Reason);
    }

    [Fact]
    public void Read_EscapeOption_DistinctRawIdsReadAsDistinctText()
    {
        // r+0xFF, r+0xFE and the text r\xFF (a backslash, x, F, F) are three different ids; escaped they read as
        // r\xFF, r\xFE and r\\xFF. The repeated r+0xFF is a duplicate of the first.
        byte[] input = Bytes(
            Header,
            "r", (byte)0xFF, ",C1,2026-11-22T10:15:03Z,9,\n",
            "r", (byte)0xFE, ",C2,2026-11-22T10:15:03Z,7,\n",
            "r\\xFF,C3,2026-11-22T10:15:03Z,8,\n",
            "r", (byte)0xFF, ",C4,2026-11-22T10:15:03Z,8,\n",
            "R5,C5,2026-11-22T10:15:03Z,8,\"a \\ b ", (byte)0xC3, "\"\n");

        (List<ImportedRow> rows, ImportReport report) = Read(Reader(o => o.InvalidBytes = InvalidByteHandling.Escape), input);

        Assert.Equal(["r\\xFF", "r\\xFE", "r\\\\xFF", "R5"], rows.Select(r => r.ResponseId));
        Assert.Equal("a \\\\ b \\xC3", rows[3].Feedback[0].Comment);
        ImportRowError duplicate = Assert.Single(report.Errors);
        Assert.Equal((5L, ImportErrorReason.DuplicateResponseId, "r\\xFF"), (duplicate.LineNumber, duplicate.Reason, duplicate.RawValue));
    }

    [Fact]
    public void Read_EscapeOption_InvalidHeaderBytesAreEscapedToo()
    {
        byte[] input = Bytes("id,customer,at,score,Not", (byte)0xE9, "\nR1,C1,2026-11-22T10:15:03Z,9,x\n");
        var options = new GenericSurveyOptions("id", "customer", "at", "score") { Instrument = FeedbackInstrument.Nps, InvalidBytes = InvalidByteHandling.Escape };
        options.AttributeColumns.Add("Not\\xE9");

        (List<ImportedRow> rows, _) = Read(new GenericSurveyReader(options), input);

        Assert.Equal("x", Assert.Single(rows).Attributes["Not\\xE9"]);
    }

    [Fact]
    public void Read_Latin1File_RejectedWithAHintByDefault_ReadExactlyWithTheEncoding()
    {
        byte[] input = Encoding.Latin1.GetBytes(Header + "R1,C1,2026-11-22T10:15:03Z,9,Zoë über alles\n");

        (List<ImportedRow> rejected, ImportReport report) = Read(Reader(), input);
        (List<ImportedRow> rows, _) = Read(Reader(o => o.Encoding = Encoding.Latin1), input);

        Assert.Empty(rejected);
        Assert.Contains("Windows-1252 or Latin-1", Assert.Single(report.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("Zoë über alles", Assert.Single(rows).Feedback[0].Comment);
    }

    [Fact]
    public void ReadFile_Encoding_AppliesToFiles()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, Encoding.Latin1.GetBytes(Header + "R1,C1,2026-11-22T10:15:03Z,9,Zoë\n"));
            var report = new ImportReport();

            List<ImportedRow> rows = Reader(o => o.Encoding = Encoding.Latin1).ReadFile(path, report).ToList();

            Assert.Equal("Zoë", Assert.Single(rows).Feedback[0].Comment);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_InvalidUtf8InTheHeader_ThrowsWithTheByteOffset()
    {
        byte[] input = Bytes("id,customer,at,score,Not", (byte)0xE9, "\nR1,C1,2026-11-22T10:15:03Z,9,x\n");

        var ex = Assert.Throws<InvalidDataException>(() => Read(Reader(), input));

        Assert.Contains("Line 1 of the generic header is not valid UTF-8: byte 0xE9 at byte offset 24", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16LE", "UTF-16 little-endian")]
    [InlineData("utf-16BE", "UTF-16 big-endian")]
    [InlineData("utf-32LE", "UTF-32 little-endian")]
    [InlineData("utf-32BE", "UTF-32 big-endian")]
    public void Read_WideEncodingWithoutByteOrderMark_ThrowsNamingTheEncodingNotAMissingColumn(string name, string expected)
    {
        var encoding = Encoding.GetEncoding(name);
        byte[] input = encoding.GetBytes(Header + "R1,C1,2026-11-22T10:15:03Z,9,x\n");
        Assert.False(input.AsSpan().StartsWith(encoding.GetPreamble())); // GetBytes writes no byte order mark

        var ex = Assert.Throws<InvalidDataException>(() => Read(Reader(), input));

        Assert.Contains("NUL byte", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("has no column", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf16WithoutByteOrderMark_ReadsWithTheEncoding()
    {
        byte[] input = Encoding.Unicode.GetBytes(Header + "R1,C1,2026-11-22T10:15:03Z,9,Zoë\n");

        (List<ImportedRow> rows, _) = Read(Reader(o => o.Encoding = Encoding.Unicode), input);

        Assert.Equal("Zoë", Assert.Single(rows).Feedback[0].Comment);
    }

    [Fact]
    public void Read_Utf16WithByteOrderMark_NeedsNoOption()
    {
        byte[] input = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Header + "R1,C1,2026-11-22T10:15:03Z,9,Zoë\n")];

        (List<ImportedRow> rows, _) = Read(Reader(), input);

        Assert.Equal("Zoë", Assert.Single(rows).Feedback[0].Comment);
    }

    [Fact]
    public void Options_UndefinedInvalidBytes_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("InvalidBytes", () => Reader(o => o.InvalidBytes = (InvalidByteHandling)7));

    [Theory]
    [InlineData(new byte[] { 0x61, 0x5C, 0x62 }, "a\\\\b")]
    [InlineData(new byte[] { 0xC3, 0xA9 }, "é")]
    [InlineData(new byte[] { 0xC3 }, "\\xC3")] // truncated at the end
    [InlineData(new byte[] { 0xC0, 0x80 }, "\\xC0\\x80")] // overlong NUL
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "\\xED\\xA0\\x80")] // an encoded surrogate
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80, 0xFF }, "\U0001F600\\xFF")]
    public void Escape_HandExamples(byte[] bytes, string expected) => Assert.Equal(expected, Utf8Text.Escape(bytes));

    [Fact]
    public void Escape_RandomBytes_UnescapesToTheSameBytes()
    {
        // One-to-one: undoing the escapes gives the bytes back, so two different byte strings never escape alike.
        var random = new Random(20261130);
        for (int iteration = 0; iteration < 20_000; iteration++)
        {
            byte[] bytes = new byte[random.Next(0, 12)];
            for (int i = 0; i < bytes.Length; i++)
            {
                // Mostly the bytes that matter: backslash, 'x', hex digits, lead and continuation bytes.
                bytes[i] = random.Next(4) switch
                {
                    0 => (byte)"\\xF"[random.Next(3)],
                    1 => (byte)random.Next(0x80, 0x100),
                    _ => (byte)random.Next(0, 0x100),
                };
            }

            string escaped = Utf8Text.Escape(bytes);
            Assert.True(Unescape(escaped).AsSpan().SequenceEqual(bytes), $"iteration {iteration}: {Convert.ToHexString(bytes)} -> {escaped}");
            Assert.Equal(Utf8Text.FirstInvalid(bytes) < 0 && !bytes.Contains((byte)'\\'), escaped == Encoding.UTF8.GetString(bytes));
        }
    }

    private static byte[] Unescape(string text)
    {
        var bytes = new List<byte>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                int length = char.IsHighSurrogate(text[i]) ? 2 : 1;
                bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, length)));
                i += length - 1;
            }
            else if (text[i + 1] == '\\')
            {
                bytes.Add((byte)'\\');
                i++;
            }
            else
            {
                Assert.Equal('x', text[i + 1]);
                bytes.Add(Convert.ToByte(text.Substring(i + 2, 2), 16));
                i += 3;
            }
        }

        return [.. bytes];
    }
}
