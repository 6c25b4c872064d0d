using System.Text;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Domain.Tests.Store;

public sealed class PageCursorTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(100L)]
    [InlineData(long.MaxValue)]
    public void An_offset_survives_the_round_trip(long offset) => Assert.Equal(offset, PageCursor.Decode(PageCursor.Encode(offset)));

    [Fact]
    public void No_cursor_is_the_start() => Assert.Equal(0, PageCursor.Decode(null));

    [Fact]
    public void The_cursor_is_base64_of_the_offset_so_both_stores_read_it() =>
        Assert.Equal("offset:20", Encoding.UTF8.GetString(Convert.FromBase64String(PageCursor.Encode(20))));

    [Theory]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("b2Zmc2V0Oi0x")] // offset:-1
    [InlineData("b2Zmc2V0OmFiYw==")] // offset:abc
    [InlineData("aWQ6MTI=")] // id:12
    public void Text_no_store_issued_is_an_invalid_cursor_error(string cursor)
    {
        var error = Assert.Throws<GraphStoreException>(() => PageCursor.Decode(cursor));

        Assert.Equal(GraphStoreErrorCode.InvalidCursor, error.Code);
        Assert.Contains($"'{cursor}'", error.Message, StringComparison.Ordinal);
    }
}
