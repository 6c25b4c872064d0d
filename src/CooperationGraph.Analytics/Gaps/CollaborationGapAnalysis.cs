using System.Collections.Concurrent;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>
/// The collaboration gaps of one graph: the city × city cooperation matrix, uncovered sectors, institutions
/// without cross-region partners, plans without follow-up and recommended partner pairs. Every item carries a
/// plain-language explanation (English, with the letters' Chinese names) and its evidence. The snapshot is
/// read once; each finding is computed on first use and kept, so one instance serves many readers of one
/// graph version. Thread-safe. The definitions are on the finder types and in the project README.
/// </summary>
public sealed class CollaborationGapAnalysis
{
    private readonly CooperationIndex _index;
    private readonly ConcurrentDictionary<(MatrixLevel, int), Lazy<CooperationMatrix>> _matrices = new();
    private readonly Lazy<IReadOnlyList<SectorGap>> _sectors;
    private readonly Lazy<IReadOnlyList<InstitutionGap>> _withoutPartner;
    private readonly Lazy<IReadOnlyList<InstitutionGap>> _singlePartner;
    private readonly Lazy<IReadOnlyList<PlanGap>> _plans;

    /// <summary>Reads the cooperation model of one graph version.</summary>
    /// <param name="model">The cooperation model: placements, participation and ties.</param>
    public CollaborationGapAnalysis(CooperationModel model)
    {
        _index = new CooperationIndex(model);
        _sectors = new(() => SectorCoverage.Find(_index));
        _withoutPartner = new(() => global::CooperationGraph.Analytics.Gaps.GuangxiInstitutionsWithoutBayAreaPartner.Find(_index));
        _singlePartner = new(() => global::CooperationGraph.Analytics.Gaps.BayAreaInstitutionsWithSingleGuangxiPartner.Find(_index));
        _plans = new(() => global::CooperationGraph.Analytics.Gaps.PlansWithoutFollowUp.Find(_index));
    }

    /// <summary>Every Guangxi city against every Greater Bay Area city, empty cells included, plans left out.</summary>
    public CooperationMatrix CooperationMatrix => Matrix(MatrixLevel.City, StatusSet.Default);

    /// <summary>The cooperation matrix at a level, counting ties under some statuses; computed once per level and statuses.</summary>
    /// <param name="level">Cities or provinces.</param>
    /// <param name="statuses">The statuses whose relationships count.</param>
    /// <returns>The matrix.</returns>
    public CooperationMatrix Matrix(MatrixLevel level, IReadOnlySet<RelationshipStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var key = statuses.Aggregate(0, (bits, status) => bits | (1 << (int)status));
        return _matrices.GetOrAdd((level, key), _ => new(() => CooperationMatrixBuilder.Build(_index, level, statuses))).Value;
    }

    /// <summary>
    /// One cell of the matrix: at city level when the row and column are cities (or Guangxi's and Guangdong's
    /// province-level row and column), else at province level; null when either is neither.
    /// </summary>
    /// <param name="row">A Guangxi city, or Guangxi.</param>
    /// <param name="column">A Greater Bay Area city, Hong Kong, Macao, or Guangdong.</param>
    /// <param name="statuses">The statuses whose relationships count.</param>
    /// <returns>The cell, or null.</returns>
    public MatrixCell? FindCell(string row, string column, IReadOnlySet<RelationshipStatus> statuses)
    {
        foreach (var level in new[] { MatrixLevel.City, MatrixLevel.Province })
        {
            var matrix = Matrix(level, statuses);
            if (matrix.GuangxiCityIds.Contains(row) && matrix.GreaterBayAreaCityIds.Contains(column))
            {
                return matrix.Cell(row, column);
            }
        }

        return null;
    }

    /// <summary>Sectors where Guangxi actors are active but no cross-region lab, agreement or fund exists, by sector id.</summary>
    public IReadOnlyList<SectorGap> SectorGaps => _sectors.Value;

    /// <summary>Guangxi institutions with no Greater Bay Area partner, by id.</summary>
    public IReadOnlyList<InstitutionGap> GuangxiInstitutionsWithoutBayAreaPartner => _withoutPartner.Value;

    /// <summary>Greater Bay Area institutions linked to exactly one Guangxi institution, by id.</summary>
    public IReadOnlyList<InstitutionGap> BayAreaInstitutionsWithSingleGuangxiPartner => _singlePartner.Value;

    /// <summary>Planned relationships no implemented or ongoing relationship realises, by relationship id.</summary>
    public IReadOnlyList<PlanGap> PlansWithoutFollowUp => _plans.Value;

    /// <summary>The bloc an entity is placed in (see the README for how), or null when it is placed nowhere.</summary>
    /// <param name="entityId">The entity.</param>
    /// <returns>Its bloc; Guangxi first when it lies in several.</returns>
    public Bloc? BlocOf(string entityId)
    {
        var blocs = _index.PlacementOf(entityId).Blocs;
        return blocs.Count == 0 ? null : blocs.Min();
    }

    /// <summary>The cities (prefecture-level cities or SARs) an entity is placed in, ordered.</summary>
    /// <param name="entityId">The entity.</param>
    /// <returns>City ids; empty when it lies in no city.</returns>
    public IReadOnlyList<string> CitiesOf(string entityId) => [.. _index.PlacementOf(entityId).CityIds.Order(StringComparer.Ordinal)];

    /// <summary>The best Guangxi × Greater Bay Area institution pairs not yet partners, best first.</summary>
    /// <param name="first">How many to return (0 or more).</param>
    /// <returns>The recommendations.</returns>
    /// <exception cref="AnalyticsException"><paramref name="first"/> is negative.</exception>
    public IReadOnlyList<PartnerRecommendation> RecommendPartners(int first = 10) => PartnerRecommender.Recommend(_index, first);
}
