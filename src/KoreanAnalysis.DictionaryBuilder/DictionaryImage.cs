using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace KoreanAnalysis.DictionaryBuilder;

/// <summary>
/// The dictionary as the runtime loads it: a breadth-first character trie whose nodes own contiguous
/// runs of entries (kept in Nori's word-id order), entry columns, the connection-cost matrix, character
/// classes, unknown-word entries and Java's Unicode tables (the matrix in a file of its own). The layout must match
/// <c>KoreanAnalysis.Dictionary.SystemDictionary.Load</c>.
/// </summary>
internal sealed class DictionaryImage
{
    private const string Magic = "KODIC002";

    private static readonly string[] TagNames =
    [
        "E", "IC", "J", "MAG", "MAJ", "MM", "NNG", "NNP", "NNB", "NNBC", "NP", "NR", "SF", "SH", "SL", "SN",
        "SP", "SSC", "SSO", "SC", "SY", "SE", "VA", "VCN", "VCP", "VV", "VX", "XPN", "XR", "XSA", "XSN", "XSV",
        "UNKNOWN", "UNA", "NA", "VSV",
    ];

    private static readonly string[] TypeNames = ["MORPHEME", "COMPOUND", "INFLECT", "PREANALYSIS"];

    private readonly List<char> nodeChar = [];
    private readonly List<int> nodeFirstChild = [];
    private readonly List<int> nodeFirstEntry = [];
    private readonly List<Row> entries = [];
    private short[] matrix = [];
    private int forwardSize;
    private int backwardSize;
    private readonly byte[] charClass = new byte[65536];
    private readonly byte[] invoke = new byte[14];
    private readonly byte[] group = new byte[14];
    private readonly List<Row> unknown = [];
    private readonly byte[] javaType = new byte[65536];
    private readonly byte[] javaScript = new byte[65536];
    private readonly List<string> scriptNames = [];

    public string Summary =>
        $"nodes={nodeChar.Count:N0} entries={entries.Count:N0} matrix={forwardSize}x{backwardSize} scripts={scriptNames.Count}";

    private sealed record Row(string Surface, short LeftId, short RightId, short Cost, byte Type, byte LeftPos, byte RightPos, string Extra);

    public static DictionaryImage Read(string folder, string unicodeTable)
    {
        var image = new DictionaryImage();
        image.ReadTokens(Path.Combine(folder, "tokens.tsv.gz"));
        image.ReadMatrix(Path.Combine(folder, "matrix.bin.gz"));
        image.ReadCharacterClasses(Path.Combine(folder, "chars.tsv"));
        image.ReadUnknown(Path.Combine(folder, "unknown.tsv"));
        image.ReadUnicode(unicodeTable);
        image.RenumberContextIds();
        return image;
    }

    private short[] leftIdOrder = [];
    private short[] rightIdOrder = [];

    // Context ids are renumbered by how many entries use them (id 0, beginning and end of text, stays 0), so
    // the matrix cells the lattice reads most sit together in a corner that stays in cache. Costs are unchanged.
    private void RenumberContextIds()
    {
        var leftOf = Order(backwardSize, entries.Concat(unknown).Select(e => (int)e.LeftId));
        var rightOf = Order(forwardSize, entries.Concat(unknown).Select(e => (int)e.RightId));
        for (var i = 0; i < entries.Count; i++)
        {
            entries[i] = entries[i] with { LeftId = leftOf[entries[i].LeftId], RightId = rightOf[entries[i].RightId] };
        }

        for (var i = 0; i < unknown.Count; i++)
        {
            unknown[i] = unknown[i] with { LeftId = leftOf[unknown[i].LeftId], RightId = rightOf[unknown[i].RightId] };
        }

        var renumbered = new short[matrix.Length];
        for (var l = 0; l < backwardSize; l++)
        {
            for (var r = 0; r < forwardSize; r++)
            {
                renumbered[leftOf[l] * forwardSize + rightOf[r]] = matrix[l * forwardSize + r];
            }
        }

        matrix = renumbered;
        leftIdOrder = leftOf;
        rightIdOrder = rightOf;
    }

    private static short[] Order(int size, IEnumerable<int> uses)
    {
        var counts = new int[size];
        foreach (var id in uses)
        {
            counts[id]++;
        }

        var byUse = Enumerable.Range(1, size - 1).OrderByDescending(id => counts[id]).ThenBy(id => id).Prepend(0).ToArray();
        var newId = new short[size];
        for (var i = 0; i < size; i++)
        {
            newId[byUse[i]] = (short)i;
        }

        return newId;
    }

    private static byte Tag(string name) => (byte)Array.IndexOf(TagNames, name) is var i && i < TagNames.Length ? i : throw new InvalidDataException($"unknown tag {name}");

    private static byte PosType(string name) => (byte)Array.IndexOf(TypeNames, name);

    private static Row ParseRow(string[] f)
    {
        var type = PosType(f[4]);
        // Morphemes are stored as (tag, length, surface) triples; a MORPHEME row's extra is its reading.
        var extra = new StringBuilder();
        if (type != 0 && f[7].Length > 0)
        {
            foreach (var item in f[7].Split('+'))
            {
                var slash = item.LastIndexOf('/');
                extra.Append((char)Tag(item[(slash + 1)..])).Append((char)slash).Append(item, 0, slash);
            }
        }
        else if (type == 0)
        {
            extra.Append(f[8]);
        }

        return new Row(f[0], short.Parse(f[1], CultureInfo.InvariantCulture), short.Parse(f[2], CultureInfo.InvariantCulture),
            short.Parse(f[3], CultureInfo.InvariantCulture), type, Tag(f[5]), Tag(f[6]), extra.ToString());
    }

    private void ReadTokens(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        reader.ReadLine();
        var rows = new List<Row>(811_757);
        while (reader.ReadLine() is { } line)
        {
            rows.Add(ParseRow(line.Split('\t')));
        }

        var surfaces = new List<string>();
        var firstRow = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (i == 0 || rows[i].Surface != rows[i - 1].Surface)
            {
                if (i > 0 && string.CompareOrdinal(rows[i - 1].Surface, rows[i].Surface) >= 0)
                {
                    throw new InvalidDataException("tokens.tsv is not in ordinal order");
                }

                surfaces.Add(rows[i].Surface);
                firstRow.Add(i);
            }
        }

        firstRow.Add(rows.Count);
        BuildTrie(surfaces, firstRow, rows);
    }

    private void BuildTrie(List<string> surfaces, List<int> firstRow, List<Row> rows)
    {
        var queue = new List<(int Lo, int Hi, int Depth)> { (0, surfaces.Count, 0) };
        nodeChar.Add('\0');
        for (var k = 0; k < queue.Count; k++)
        {
            var (lo, hi, depth) = queue[k];
            nodeFirstEntry.Add(entries.Count);
            if (lo < hi && surfaces[lo].Length == depth)
            {
                for (var r = firstRow[lo]; r < firstRow[lo + 1]; r++)
                {
                    entries.Add(rows[r]);
                }

                lo++;
            }

            nodeFirstChild.Add(queue.Count);
            while (lo < hi)
            {
                var c = surfaces[lo][depth];
                var end = lo + 1;
                while (end < hi && surfaces[end][depth] == c)
                {
                    end++;
                }

                queue.Add((lo, end, depth + 1));
                nodeChar.Add(c);
                lo = end;
            }
        }

        nodeFirstEntry.Add(entries.Count);
        nodeFirstChild.Add(queue.Count);
    }

    private void ReadMatrix(string path)
    {
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new BinaryReader(stream);
        if (Encoding.ASCII.GetString(reader.ReadBytes(4)) != "KOCC")
        {
            throw new InvalidDataException("matrix.bin: bad magic");
        }

        forwardSize = reader.ReadInt32();
        backwardSize = reader.ReadInt32();
        matrix = new short[forwardSize * backwardSize];
        stream.ReadExactly(MemoryMarshal.AsBytes(matrix.AsSpan()));
    }

    private static readonly string[] ClassNames =
        ["NGRAM", "DEFAULT", "SPACE", "SYMBOL", "NUMERIC", "ALPHA", "CYRILLIC", "GREEK", "HIRAGANA", "KATAKANA", "KANJI", "HANGUL", "HANJA", "HANJANUMERIC"];

    private void ReadCharacterClasses(string path)
    {
        foreach (var line in File.ReadLines(path).Where(l => !l.StartsWith('#')))
        {
            var f = line.Split('\t');
            if (f[0] == "CLASS")
            {
                var id = int.Parse(f[1], CultureInfo.InvariantCulture);
                invoke[id] = byte.Parse(f[3], CultureInfo.InvariantCulture);
                group[id] = byte.Parse(f[4], CultureInfo.InvariantCulture);
            }
            else
            {
                var cls = (byte)Array.IndexOf(ClassNames, f[3]);
                for (var c = int.Parse(f[1], NumberStyles.HexNumber); c <= int.Parse(f[2], NumberStyles.HexNumber); c++)
                {
                    charClass[c] = cls;
                }
            }
        }
    }

    private void ReadUnknown(string path)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split('\t');
            unknown.Add(new Row(f[0], short.Parse(f[3], CultureInfo.InvariantCulture), short.Parse(f[4], CultureInfo.InvariantCulture),
                short.Parse(f[5], CultureInfo.InvariantCulture), PosType(f[6]), Tag(f[7]), Tag(f[8]), ""));
        }
    }

    private void ReadUnicode(string path)
    {
        foreach (var line in File.ReadLines(path).Where(l => !l.StartsWith('#')))
        {
            var f = line.Split('\t');
            var script = scriptNames.IndexOf(f[3]);
            if (script < 0)
            {
                script = scriptNames.Count;
                scriptNames.Add(f[3]);
            }

            for (var c = int.Parse(f[0], NumberStyles.HexNumber); c <= int.Parse(f[1], NumberStyles.HexNumber); c++)
            {
                javaType[c] = byte.Parse(f[2], CultureInfo.InvariantCulture);
                javaScript[c] = (byte)script;
            }
        }
    }

    /// <summary>Writes the connection costs, a stream of their own so the runtime can inflate both at once.</summary>
    public void WriteMatrix(Stream output)
    {
        using var w = new BinaryWriter(output, Encoding.ASCII, leaveOpen: true);
        w.Write(forwardSize);
        w.Write(backwardSize);
        WriteSpan(w, matrix.AsSpan());
        WriteSpan(w, leftIdOrder.AsSpan());
        WriteSpan(w, rightIdOrder.AsSpan());
    }

    /// <summary>Writes everything but the connection costs.</summary>
    public void Write(Stream output)
    {
        using var w = new BinaryWriter(output, Encoding.ASCII, leaveOpen: true);
        w.Write(Encoding.ASCII.GetBytes(Magic));
        var pool = new StringBuilder();
        var extraStart = new int[entries.Count + 1];
        for (var i = 0; i < entries.Count; i++)
        {
            extraStart[i] = pool.Length;
            pool.Append(entries[i].Extra);
        }

        extraStart[entries.Count] = pool.Length;
        w.Write(nodeChar.Count);
        w.Write(entries.Count);
        w.Write(pool.Length);
        // Trie nodes as the runtime's TrieNode records: first child, first entry, label, padding.
        for (var i = 0; i <= nodeChar.Count; i++)
        {
            w.Write(nodeFirstChild[i]);
            w.Write(nodeFirstEntry[i]);
            w.Write((ushort)(i < nodeChar.Count ? nodeChar[i] : 0));
            w.Write((ushort)0);
        }

        // Entries as the runtime's WordEntry records: left id, right id, cost, left tag, padding.
        foreach (var e in entries)
        {
            w.Write(e.LeftId);
            w.Write(e.RightId);
            w.Write(e.Cost);
            w.Write(e.LeftPos);
            w.Write((byte)0);
        }

        WriteSpan(w, entries.Select(e => e.Type).ToArray().AsSpan());
        WriteSpan(w, entries.Select(e => e.RightPos).ToArray().AsSpan());
        WriteSpan(w, extraStart.AsSpan());
        WriteSpan(w, pool.ToString().AsSpan());
        WriteSpan(w, charClass.AsSpan());
        WriteSpan(w, invoke.AsSpan());
        WriteSpan(w, group.AsSpan());
        w.Write(unknown.Count);
        foreach (var u in unknown)
        {
            w.Write(u.LeftId);
            w.Write(u.RightId);
            w.Write(u.Cost);
            w.Write(u.LeftPos);
        }

        WriteSpan(w, javaType.AsSpan());
        WriteSpan(w, javaScript.AsSpan());
        w.Write((byte)scriptNames.IndexOf("COMMON"));
        w.Write((byte)scriptNames.IndexOf("INHERITED"));
    }

    private static void WriteSpan<T>(BinaryWriter w, ReadOnlySpan<T> values) where T : unmanaged =>
        w.Write(MemoryMarshal.AsBytes(values));

    private static void WriteSpan<T>(BinaryWriter w, Span<T> values) where T : unmanaged =>
        w.Write(MemoryMarshal.AsBytes(values));
}
