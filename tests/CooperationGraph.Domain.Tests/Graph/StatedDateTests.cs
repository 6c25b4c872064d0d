using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Tests.Graph;

public sealed class StatedDateTests
{
    [Fact]
    public void Start_OfYear_IsFirstOfJanuary()
    {
        var date = new StatedDate("2020年", "2020", DatePrecision.Year);

        Assert.Equal(new DateOnly(2020, 1, 1), date.Start);
        Assert.Equal(2020, date.Year);
    }

    [Fact]
    public void Start_OfMonth_IsFirstOfTheMonth()
    {
        var date = new StatedDate("2021年5月", "2021-05", DatePrecision.Month);

        Assert.Equal(new DateOnly(2021, 5, 1), date.Start);
        Assert.Equal(2021, date.Year);
    }

    [Fact]
    public void Start_OfDay_IsThatDay()
    {
        var date = new StatedDate("2021年6月18日", "2021-06-18", DatePrecision.Day);

        Assert.Equal(new DateOnly(2021, 6, 18), date.Start);
        Assert.Equal(2021, date.Year);
    }

    [Fact]
    public void Start_OfPeriod_IsItsFirstYear()
    {
        var period = new StatedDate("“十三五”期间", "2016", DatePrecision.Year, End: "2020");

        Assert.Equal(new DateOnly(2016, 1, 1), period.Start);
        Assert.Equal(2016, period.Year);
    }

    [Fact]
    public void Start_OfLeapDay_Parses() =>
        Assert.Equal(new DateOnly(2020, 2, 29), new StatedDate("2020年2月29日", "2020-02-29", DatePrecision.Day).Start);
}
