using System.IO.Compression;
using KoreanAnalysis.DictionaryBuilder;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: KoreanAnalysis.DictionaryBuilder <ko-dict folder> <output folder for ko-dict.zip>");
    return 2;
}

var source = args[0];
var unicodeTable = Path.Combine(AppContext.BaseDirectory, "java-unicode.tsv");
var image = DictionaryImage.Read(source, unicodeTable);
Console.WriteLine($"{image.Summary}");

// Deflate in a zip: the repository stays small, and the build unpacks it so the assembly embeds the raw
// tables, which the library uses in place.
var zipPath = Path.Combine(args[1], "ko-dict.zip");
File.Delete(zipPath);
using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
{
    foreach (var (name, write) in new (string, Action<Stream>)[] { ("ko-dict.bin", image.Write), ("ko-matrix.bin", image.WriteMatrix) })
    {
        var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize);
        entry.LastWriteTime = new DateTimeOffset(2021, 3, 3, 0, 0, 0, TimeSpan.Zero);
        await using var stream = entry.Open();
        write(stream);
    }
}

Console.WriteLine($"wrote {zipPath}: {new FileInfo(zipPath).Length:N0} bytes");
return 0;
