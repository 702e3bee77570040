using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Corpus;
using Corpus.Model;

namespace Indexing.Storage;

/// <summary>
/// A document as stored: its format, the locations of its lines when they are not plain line numbers, its parse, and
/// its lines as the file stores them when the reader shows them otherwise.
/// </summary>
internal sealed record DocumentRecord(string Format, IReadOnlyList<string>? Locations, ParsedDocument Parsed, IReadOnlyList<string>? StoredLines = null);

[JsonSourceGenerationOptions(IgnoreReadOnlyProperties = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(DocumentRecord))]
internal sealed partial class DocumentJson : JsonSerializerContext;

/// <summary>
/// Writes and reads one parsed document as Brotli-compressed JSON (System.Text.Json source generation): a restart loads
/// it instead of reading and parsing the file again. Files are written beside their final name and moved into place,
/// so a reader never sees half a file.
/// </summary>
public static class DocumentCodec
{
    public const string Extension = ".json.br";

    public static void Write(string file, SourceDocument source, ParsedDocument parsed)
    {
        var record = new DocumentRecord(source.Format, HasLineNumbers(source) ? null : source.Locations, parsed, source.StoredLines);
        var temporary = $"{file}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        using (var stream = File.Create(temporary))
        using (var brotli = new BrotliStream(stream, CompressionLevel.Fastest))
        {
            JsonSerializer.Serialize(brotli, record, DocumentJson.Default.DocumentRecord);
        }
        File.Move(temporary, file, overwrite: true);
    }

    /// <summary>The document stored in <paramref name="file"/>, its lines located at <paramref name="path"/>; null when the file is gone.</summary>
    public static (SourceDocument Source, ParsedDocument Parsed)? Read(string file, string path)
    {
        DocumentRecord? record;
        try
        {
            using var stream = File.OpenRead(file);
            using var brotli = new BrotliStream(stream, CompressionMode.Decompress);
            record = JsonSerializer.Deserialize(brotli, DocumentJson.Default.DocumentRecord);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        if (record is null)
        {
            return null;
        }
        var parsed = record.Parsed;
        var source = new SourceDocument(parsed.Name, path, parsed.Lines) { Format = record.Format, StoredLines = record.StoredLines };
        if (record.Locations is { } locations)
        {
            source = source with { Locations = locations };
        }
        return (source, parsed);
    }

    /// <summary>A text file's locations are its line numbers, which <see cref="SourceDocument"/> makes itself.</summary>
    private static bool HasLineNumbers(SourceDocument source)
    {
        var locations = source.Locations;
        for (var i = 0; i < locations.Count; i++)
        {
            if (locations[i] != $"{i + 1}줄")
            {
                return false;
            }
        }
        return true;
    }
}
