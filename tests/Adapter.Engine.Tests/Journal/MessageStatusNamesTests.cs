using Adapter.Engine.Journal;

namespace Adapter.Engine.Tests.Journal;

/// <summary>The status names the store, the admin API and the command line share.</summary>
public sealed class MessageStatusNamesTests
{
    [Theory]
    [InlineData(MessageStatus.Received, "received")]
    [InlineData(MessageStatus.Rejected, "rejected")]
    [InlineData(MessageStatus.Conflict, "conflict")]
    [InlineData(MessageStatus.Routed, "routed")]
    [InlineData(MessageStatus.Delivered, "delivered")]
    [InlineData(MessageStatus.Failed, "failed")]
    [InlineData(MessageStatus.Unrouted, "unrouted")]
    [InlineData(MessageStatus.Cancelled, "cancelled")]
    public void ToName_EachStatus_IsItsLowerCaseName(MessageStatus status, string name)
    {
        Assert.Equal(name, status.ToName());
    }

    [Theory]
    [InlineData("received", MessageStatus.Received)]
    [InlineData("Conflict", MessageStatus.Conflict)]
    [InlineData("REJECTED", MessageStatus.Rejected)]
    public void TryParse_KnownNameInAnyCase_ReturnsTheStatus(string name, MessageStatus expected)
    {
        var parsed = MessageStatusNames.TryParse(name, out var status);

        Assert.True(parsed);
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("accepted")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownName_ReturnsFalse(string? name)
    {
        Assert.False(MessageStatusNames.TryParse(name, out _));
    }

    [Fact]
    public void ToName_UndefinedStatus_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((MessageStatus)42).ToName());
    }

    [Fact]
    public void All_ListsEveryStatusOnce()
    {
        Assert.Equal(["received", "rejected", "conflict", "routed", "delivered", "failed", "unrouted", "cancelled"], MessageStatusNames.All);
    }
}
