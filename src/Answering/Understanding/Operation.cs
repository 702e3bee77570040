namespace Answering.Understanding;

/// <summary>What a question asks to do with the figures it names.</summary>
public enum Operation
{
    /// <summary>Read a figure (or several) as written.</summary>
    Lookup,
    Sum,
    Difference,

    /// <summary>Growth or decline rate between two periods (%).</summary>
    Growth,

    /// <summary>A part as a share of its whole (%).</summary>
    Share,

    /// <summary>How many times one amount is another (배).</summary>
    Ratio,

    /// <summary>An amount divided by a count, a number of years or another amount (…당, 평균, 나누면).</summary>
    Average,

    /// <summary>An amount shown in another unit (억원 → 백만원).</summary>
    Convert,

    /// <summary>The largest or smallest (가장 많은, 1위) or the top N.</summary>
    Rank,

    /// <summary>How many rows meet a condition (몇 곳).</summary>
    Count,

    /// <summary>Rows that meet a condition (어디 어디, 줄어든 곳).</summary>
    Filter,

    /// <summary>A part of a count given as a percentage (649명 중 87.2% → 몇 명).</summary>
    PercentOf,

    /// <summary>The earlier amount implied by a rate of change (118.6억달러, +36.5% → 전년 동월).</summary>
    BackCompute,
}

/// <summary>Largest or smallest.</summary>
public enum RankOrder
{
    None,
    Highest,
    Lowest,

    /// <summary>가장 많은 곳과 가장 적은 곳: both ends.</summary>
    Both,
}
