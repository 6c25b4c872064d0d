using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>
/// Every Guangxi prefecture-level city against every Greater Bay Area city, with the cooperation links between
/// each pair, empty cells included (see <see cref="CooperationMatrixBuilder"/> for what counts as a link).
/// </summary>
/// <param name="GuangxiCityIds">The rows: Guangxi's prefecture-level cities, by administrative code.</param>
/// <param name="GreaterBayAreaCityIds">The columns: the Greater Bay Area's cities and SARs, by administrative code.</param>
/// <param name="Cells">One cell per row and column, row by row.</param>
public sealed record CooperationMatrix(
    IReadOnlyList<string> GuangxiCityIds,
    IReadOnlyList<string> GreaterBayAreaCityIds,
    IReadOnlyList<MatrixCell> Cells)
{
    /// <summary>The cell of a pair of cities.</summary>
    /// <param name="guangxiCityId">The Guangxi city.</param>
    /// <param name="greaterBayAreaCityId">The Greater Bay Area city.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="AnalyticsException">Either id is not a row or column (<see cref="AnalyticsErrorCode.UnknownNode"/>).</exception>
    public MatrixCell Cell(string guangxiCityId, string greaterBayAreaCityId) =>
        Cells.FirstOrDefault(cell => cell.GuangxiCityId == guangxiCityId && cell.GreaterBayAreaCityId == greaterBayAreaCityId)
        ?? throw new AnalyticsException(
            AnalyticsErrorCode.UnknownNode,
            $"The matrix has no cell for '{guangxiCityId}' × '{greaterBayAreaCityId}'.");
}

/// <summary>The cooperation between one Guangxi city and one Greater Bay Area city.</summary>
/// <param name="GuangxiCityId">The row.</param>
/// <param name="GreaterBayAreaCityId">The column.</param>
/// <param name="Count">How many links, each counted once.</param>
/// <param name="Kinds">The relationship types behind the links, ordered.</param>
/// <param name="Links">The links, direct ones first, each ordered by id.</param>
/// <param name="Explanation">The cell in plain words.</param>
public sealed record MatrixCell(
    string GuangxiCityId,
    string GreaterBayAreaCityId,
    int Count,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<CityLink> Links,
    string Explanation);

/// <summary>How a <see cref="CityLink"/> joins two cities.</summary>
public enum CityLinkKind
{
    /// <summary>One relationship between an actor in each city.</summary>
    Direct,

    /// <summary>A lab, agreement, fund, programme or event with a party (or itself) in each city.</summary>
    SharedHub,
}

/// <summary>One piece of cooperation between two cities.</summary>
/// <param name="Id">The relationship id (direct) or the hub's id (shared hub).</param>
/// <param name="Kind">Direct or through a shared hub.</param>
/// <param name="Status">The strongest status of its ties (each tie as strong as its weakest relationship).</param>
/// <param name="RowPartyIds">Its parties placed in the row (the Guangxi side), ordered.</param>
/// <param name="ColumnPartyIds">Its parties placed in the column (the Greater Bay Area side), ordered.</param>
/// <param name="Relationships">The relationships of its ties, placements left out, ordered by id.</param>
/// <param name="RelationshipTypes">The types of those relationships, ordered.</param>
/// <param name="Explanation">The link in plain words.</param>
/// <param name="Evidence">The entities, relationships (placements included) and quotes behind it.</param>
public sealed record CityLink(
    string Id,
    CityLinkKind Kind,
    RelationshipStatus Status,
    IReadOnlyList<string> RowPartyIds,
    IReadOnlyList<string> ColumnPartyIds,
    IReadOnlyList<GraphRelationship> Relationships,
    IReadOnlyList<string> RelationshipTypes,
    string Explanation,
    GapEvidence Evidence);
