namespace Answering.Composing;

/// <summary>How an English answer names the documents' Korean budget rows (the Korean stays beside it).</summary>
public static class Terms
{
    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["비R&D"] = "non-R&D",
        ["국비"] = "national funding (국비)",
        ["지방비"] = "local funding (지방비)",
        ["합계"] = "total funding (합계)",
    };

    public static string Row(string row, bool english) => english ? English.GetValueOrDefault(row, row) : row;
}
