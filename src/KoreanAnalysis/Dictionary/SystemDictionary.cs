using System.Runtime.InteropServices;
using System.Text;

namespace KoreanAnalysis.Dictionary;

/// <summary>
/// Nori's built-in dictionary (mecab-ko-dic): known words in a breadth-first character trie, the
/// connection-cost matrix, character classes and unknown-word entries. Loaded once from the embedded
/// <c>ko-dict.bin</c> and <c>ko-matrix.bin</c> (written by KoreanAnalysis.DictionaryBuilder) and shared by all tokenizers.
/// </summary>
public sealed class SystemDictionary
{
    private const string Magic = "KODIC002";
    private const string ResourceName = "KoreanAnalysis.ko-dict.bin";
    private const string MatrixResourceName = "KoreanAnalysis.ko-matrix.bin";

    private static readonly Lazy<SystemDictionary> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // Trie nodes in breadth-first order: the children of a node, and the entries of a surface, are contiguous,
    // and one node record holds everything a lookup step reads, so a step costs about one cache miss.
    private readonly MappedArray<TrieNode> nodes;
    private readonly int[] rootChild;
    // What the lattice reads for every candidate, packed so the candidates of one surface share cache lines.
    private readonly MappedArray<WordEntry> words;
    private readonly MappedArray<byte> posType;
    private readonly MappedArray<byte> rightPos;
    private readonly MappedArray<int> extraStart;
    private readonly MappedArray<char> extraPool;

    // Decoded readings (string) and decompositions (Morpheme[]), filled on first use; races only redo work.
    private readonly object?[] decodedExtra;
    private readonly MappedArray<short> matrix;
    private readonly int forwardSize;
    private readonly int backwardSize;

    // The builder renumbers context ids by use (see DictionaryImage.RenumberContextIds); ids from outside the
    // dictionary, such as the user dictionary's, are mapped through these.
    private readonly MappedArray<short> leftIdOf;
    private readonly MappedArray<short> rightIdOf;

    private SystemDictionary(UnmanagedMemoryStream tables, UnmanagedMemoryStream costs)
    {
        MappedBytes = tables.Length + costs.Length;
        using var reader = new BinaryReader(tables);
        var magic = Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length));
        if (magic != Magic)
        {
            throw new InvalidDataException($"Korean dictionary: unexpected format '{magic}'.");
        }

        var nodeCount = reader.ReadInt32();
        var entries = reader.ReadInt32();
        var poolLength = reader.ReadInt32();
        nodes = MappedArray<TrieNode>.Take(tables, nodeCount + 1);
        words = MappedArray<WordEntry>.Take(tables, entries);
        posType = MappedArray<byte>.Take(tables, entries);
        rightPos = MappedArray<byte>.Take(tables, entries);
        extraStart = MappedArray<int>.Take(tables, entries + 1);
        extraPool = MappedArray<char>.Take(tables, poolLength);
        decodedExtra = new object?[entries];
        Characters = new CharacterDefinition(reader);
        Unknown = new UnknownDictionary(reader);
        Characters.ReadJavaTables(reader);
        using var costReader = new BinaryReader(costs);
        forwardSize = costReader.ReadInt32();
        backwardSize = costReader.ReadInt32();
        matrix = MappedArray<short>.Take(costs, forwardSize * backwardSize);
        leftIdOf = MappedArray<short>.Take(costs, backwardSize);
        rightIdOf = MappedArray<short>.Take(costs, forwardSize);

        rootChild = new int[char.MaxValue + 1];
        Array.Fill(rootChild, -1);
        for (var child = nodes[0].FirstChild; child < nodes[1].FirstChild; child++)
        {
            rootChild[nodes[child].Label] = child;
        }
    }

    /// <summary>The shared instance, loaded on first use.</summary>
    public static SystemDictionary Instance => Shared.Value;

    /// <summary>Character classes and Java's character tables.</summary>
    public CharacterDefinition Characters { get; }

    /// <summary>Unknown-word entries, one per character class.</summary>
    public UnknownDictionary Unknown { get; }

    /// <summary>Size of the tables used in place from the assembly's mapped resources (file-backed, shared pages).</summary>
    public long MappedBytes { get; }

    /// <summary>Number of known-word entries.</summary>
    public int EntryCount => words.Length;

    /// <summary>Number of right context ids (the matrix's forward dimension).</summary>
    internal int RightIdCount => forwardSize;

    /// <summary>Number of left context ids (the matrix's backward dimension).</summary>
    internal int LeftIdCount => backwardSize;

    // The embedded resources are mapped with the assembly: the large tables are used where they lie.
    private static SystemDictionary Load() => new(OpenResource(ResourceName), OpenResource(MatrixResourceName));

    private static UnmanagedMemoryStream OpenResource(string name) =>
        MappedArray<byte>.Open(typeof(SystemDictionary).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Korean dictionary resource {name} is missing."));

    internal static T[] ReadArray<T>(BinaryReader reader, int count) where T : unmanaged
    {
        var values = GC.AllocateUninitializedArray<T>(count);
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>Cost of a token with <paramref name="nextLeftId"/> following one with <paramref name="previousRightId"/> (the dictionary's numbering).</summary>
    public int ConnectionCost(int previousRightId, int nextLeftId) => matrix[nextLeftId * forwardSize + previousRightId];

    /// <summary>The dictionary's number for a left context id of mecab-ko-dic (Nori's numbering).</summary>
    internal int LeftIdOf(int noriLeftId) => leftIdOf[noriLeftId];

    /// <summary>The dictionary's number for a right context id of mecab-ko-dic (Nori's numbering).</summary>
    internal int RightIdOf(int noriRightId) => rightIdOf[noriRightId];

    internal ReadOnlySpan<short> ConnectionRow(int nextLeftId) => matrix.Slice(nextLeftId * forwardSize, forwardSize);

    /// <summary>The trie node reached from the root by <paramref name="c"/>, or -1.</summary>
    internal int RootChild(char c) => rootChild[c];

    /// <summary>The trie node reached from <paramref name="node"/> by <paramref name="c"/>, or -1.</summary>
    internal int Child(int node, char c)
    {
        var all = nodes;
        var lo = all[node].FirstChild;
        var hi = all[node + 1].FirstChild - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var label = all[mid].Label;
            if (label < c)
            {
                lo = mid + 1;
            }
            else if (label > c)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="node"/> has children.</summary>
    internal bool HasChildren(int node) => nodes[node + 1].FirstChild > nodes[node].FirstChild;

    /// <summary>First entry of the words whose surface ends at <paramref name="node"/>.</summary>
    internal int FirstEntry(int node) => nodes[node].FirstEntry;

    /// <summary>One past the last entry of the words whose surface ends at <paramref name="node"/>.</summary>
    internal int EndEntry(int node) => nodes[node + 1].FirstEntry;

    internal ref readonly WordEntry Word(int entry) => ref words[entry];

    internal PosType PosType(int entry) => (PosType)posType[entry];

    internal PosTag LeftPos(int entry) => words[entry].LeftPos;

    internal PosTag RightPos(int entry) => (PosTag)rightPos[entry];

    /// <summary>The Hangul reading of a Hanja entry, or null.</summary>
    internal string? Reading(int entry) =>
        posType[entry] == (byte)Dictionary.PosType.MORPHEME ? (string?)DecodedExtra(entry) : null;

    /// <summary>The parts of a COMPOUND, INFLECT or PREANALYSIS entry, or null.</summary>
    internal Morpheme[]? Morphemes(int entry) =>
        posType[entry] != (byte)Dictionary.PosType.MORPHEME ? (Morpheme[]?)DecodedExtra(entry) : null;

    private object? DecodedExtra(int entry)
    {
        var start = extraStart[entry];
        var end = extraStart[entry + 1];
        if (start == end)
        {
            return null;
        }

        return decodedExtra[entry] ??= posType[entry] == (byte)Dictionary.PosType.MORPHEME
            ? new string(extraPool.Slice(start, end - start))
            : DecodeMorphemes(start, end);
    }

    private Morpheme[] DecodeMorphemes(int start, int end)
    {
        var parts = new List<Morpheme>(4);
        while (start < end)
        {
            var tag = (PosTag)extraPool[start];
            var length = extraPool[start + 1];
            parts.Add(new Morpheme(tag, new string(extraPool.Slice(start + 2, length))));
            start += 2 + length;
        }

        return [.. parts];
    }

    /// <summary>All entries for exactly <paramref name="surface"/> (for tests and diagnostics).</summary>
    public IEnumerable<(PosTag LeftPos, PosType Type, int WordCost)> Lookup(string surface)
    {
        var node = surface.Length == 0 ? -1 : RootChild(surface[0]);
        for (var i = 1; node >= 0 && i < surface.Length; i++)
        {
            node = Child(node, surface[i]);
        }

        if (node < 0)
        {
            yield break;
        }

        for (var e = FirstEntry(node); e < EndEntry(node); e++)
        {
            yield return (LeftPos(e), PosType(e), words[e].WordCost);
        }
    }
}

/// <summary>The lattice's view of a known word: context ids, cost and reported tag (8 bytes, as stored).</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct WordEntry(short LeftId, short RightId, short WordCost, PosTag LeftPos);

/// <summary>A trie node: where its children and its entries start, and the character leading to it (12 bytes, as stored).</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct TrieNode(int FirstChild, int FirstEntry, char Label);
