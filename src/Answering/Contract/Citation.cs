using System.Text.Json;
using System.Text.Json.Serialization;

namespace Answering.Contract;

/// <summary>Where a fact came from: a corpus file, an inclusive 1-based line range, and an exact quote from those lines.</summary>
public sealed record Citation
{
    public required string Doc { get; init; }
    public required LineRange Lines { get; init; }
    public required string Quote { get; init; }
    public TableReference? Table { get; init; }

    /// <summary>Where the lines are in the document's own terms: "3쪽 12줄" (PDF), "표 2 · 3행" (HWPX, DOCX), "시트1!A5:G5" (XLSX), "5행" (CSV), "12줄" (text).</summary>
    public string? Location { get; init; }
}

public sealed record TableReference(string Title, string Row, string Column);

/// <summary>Serialized as the two-element JSON array <c>[from, to]</c>.</summary>
[JsonConverter(typeof(LineRangeJsonConverter))]
public readonly record struct LineRange(int From, int To)
{
    public static LineRange Single(int line) => new(line, line);
    public bool Overlaps(LineRange other) => From <= other.To && other.From <= To;
    public override string ToString() => From == To ? $"{From}" : $"{From}-{To}";
}

internal sealed class LineRangeJsonConverter : JsonConverter<LineRange>
{
    public override LineRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = JsonSerializer.Deserialize<int[]>(ref reader, options);
        if (values is not { Length: 2 })
        {
            throw new JsonException("A line range is an array of two line numbers.");
        }
        return new LineRange(values[0], values[1]);
    }

    public override void Write(Utf8JsonWriter writer, LineRange value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.From);
        writer.WriteNumberValue(value.To);
        writer.WriteEndArray();
    }
}
