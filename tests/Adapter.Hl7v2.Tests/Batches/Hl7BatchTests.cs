using Adapter.Hl7v2.Batches;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Tests.Support;

namespace Adapter.Hl7v2.Tests.Batches;

public sealed class Hl7BatchTests
{
    private static byte[] Bytes(params string[] segments) => System.Text.Encoding.UTF8.GetBytes(Messages.Er7(segments));

    [Fact]
    public void Parse_FileWithBatchEnvelope_SplitsItsMessages()
    {
        var bytes = Bytes("FHS|^~\\&|LAB", "BHS|^~\\&|LAB", Messages.Msh, "PID|1", Messages.Msh.Replace("CTRL1", "CTRL2", StringComparison.Ordinal), "PID|2", "BTS|2", "FTS|1");

        var batch = Hl7Batch.Parse(bytes);

        Assert.Equal(2, batch.Messages.Count);
        Assert.Equal("CTRL2", batch.Messages[1].Get("MSH-10"));
        Assert.Equal("2", batch.Messages[1].Get("PID-1"));
        Assert.Equal(["FHS", "BHS", "BTS", "FTS"], batch.Envelope);
        Assert.Equal(2, batch.DeclaredMessageCount);
        Assert.False(batch.HasCountMismatch);
    }

    [Fact]
    public void Parse_MessagesBackToBackWithoutEnvelope_AreSplitToo()
    {
        var batch = Hl7Batch.Parse(Bytes(Messages.Msh, "PID|1", Messages.Msh, "PID|2", Messages.Msh));

        Assert.Equal(3, batch.Messages.Count);
        Assert.Equal(2, batch.Messages[1].SegmentCount);
    }

    [Fact]
    public void Parse_WrongDeclaredCount_IsFlagged()
    {
        var batch = Hl7Batch.Parse(Bytes("BHS|^~\\&", Messages.Msh, "BTS|5"));

        Assert.True(batch.HasCountMismatch);
    }

    [Fact]
    public void Parse_SegmentBeforeAnyMessage_IsRefused()
    {
        var error = Assert.Throws<Hl7ParseException>(() => Hl7Batch.Parse(Bytes("BHS|^~\\&", "PID|1", Messages.Msh)));

        Assert.Contains("outside any message", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadMessageInBatch_SaysWhichOne()
    {
        var error = Assert.Throws<Hl7ParseException>(() => Hl7Batch.Parse(Bytes(Messages.Msh, "PID|1", "MSH|^^^^|X")));

        Assert.StartsWith("Message 2 of the batch:", error.Message, StringComparison.Ordinal);
    }
}
