using nietras.SeparatedValues;

namespace Corpus.Readers;

/// <summary>
/// CSV and TSV files (UTF-8 with or without BOM, or CP949 as Korean Excel writes them), read with Sep: every
/// record a row, laid out like a sheet (a title row above the table becomes a line before it). Lines are
/// labelled with the record's number ("5행").
/// </summary>
public sealed class DelimitedTextReader(string format, char separator) : IDocumentReader
{
    public string Format { get; } = format;

    public SourceDocument Read(string path)
    {
        var text = TextDecoding.Decode(File.ReadAllBytes(path)) ?? throw new UnreadableDocumentException(SkipReasons.NotText);
        var rows = new List<SheetRow>();
        using (var reader = Sep.New(separator).Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(text))
        {
            var number = 0;
            foreach (var row in reader)
            {
                number++;
                var cells = new Dictionary<int, string>();
                for (var c = 0; c < row.ColCount; c++)
                {
                    cells[c] = row[c].ToString();
                }
                rows.Add(new SheetRow(number, cells));
            }
        }
        var lines = new DocumentLines();
        SheetLayout.Write(lines, rows, (row, _, _) => LocationLabels.Record(row));
        return lines.Build(path, Format);
    }
}
