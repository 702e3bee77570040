using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Corpus.Readers;

/// <summary>
/// Shows a numeric cell the way its number format shows it, for the formats documents use: thousands
/// separators (#,##0), fixed decimals (0.0), percentages (0.0%) and dates; anything else as the plain number.
/// </summary>
public sealed class CellFormatter
{
    private readonly uint[] _formatIds;
    private readonly Dictionary<uint, string> _custom;

    public CellFormatter(Stylesheet? styles)
    {
        _formatIds = styles?.CellFormats?.Elements<CellFormat>().Select(f => f.NumberFormatId?.Value ?? 0).ToArray() ?? [];
        _custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? "") ?? [];
    }

    public string Format(string raw, uint? styleIndex)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return raw;
        }
        var id = styleIndex is { } s && s < _formatIds.Length ? _formatIds[s] : 0u;
        var code = _custom.GetValueOrDefault(id) ?? BuiltIn(id);
        if (code is null)
        {
            return Plain(value);
        }
        if (IsDate(id, code))
        {
            return DateTime.FromOADate(value).ToString(value % 1 == 0 ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        }
        // The first section of a format is the one for positive numbers; quoted text and brackets are decoration.
        var section = code.Split(';')[0];
        var percent = section.Contains('%');
        var point = section.IndexOf('.');
        var decimals = point < 0 ? 0 : section.Skip(point + 1).TakeWhile(c => c is '0' or '#').Count();
        var grouped = section.Contains(',');
        if (!percent && point < 0 && !grouped && !section.Contains('0'))
        {
            return Plain(value);
        }
        var shown = percent ? value * 100 : value;
        var text = shown.ToString((grouped ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : ""), CultureInfo.InvariantCulture);
        return percent ? text + "%" : text;
    }

    private static string Plain(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    private static bool IsDate(uint id, string code) =>
        id is >= 14 and <= 22 or >= 45 and <= 47
        || (code.IndexOfAny(['y', 'd']) >= 0 && !code.Contains('"') && code.Contains('m'));

    /// <summary>The built-in number formats (ECMA-376 §18.8.30) that change how a number reads.</summary>
    private static string? BuiltIn(uint id) => id switch
    {
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        9 => "0%",
        10 => "0.00%",
        >= 14 and <= 22 => "yyyy-mm-dd",
        37 or 38 => "#,##0",
        39 or 40 => "#,##0.00",
        _ => null,
    };
}
