namespace KoreanAnalysis.Dictionary;

/// <summary>
/// A read-only array of <typeparamref name="T"/> inside the dictionary's embedded resources, which the runtime
/// maps with the assembly: the tables are used in place, so loading copies nothing and the pages are shared
/// and file-backed.
/// </summary>
internal readonly unsafe struct MappedArray<T> where T : unmanaged
{
    private readonly T* start;

    private MappedArray(T* start, int length)
    {
        this.start = start;
        Length = length;
    }

    public int Length { get; }

    public ref readonly T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length)
            {
                throw new IndexOutOfRangeException();
            }

            return ref start[index];
        }
    }

    public ReadOnlySpan<T> Slice(int offset, int length) => new ReadOnlySpan<T>(start, Length).Slice(offset, length);

    /// <summary>Takes the next <paramref name="count"/> values of <paramref name="resource"/> in place and moves past them.</summary>
    public static MappedArray<T> Take(UnmanagedMemoryStream resource, int count)
    {
        var mapped = new MappedArray<T>((T*)resource.PositionPointer, count);
        resource.Seek((long)count * sizeof(T), SeekOrigin.Current);
        return mapped;
    }

    /// <summary>A stream over the resource's memory; copied into pinned memory if the runtime did not map it.</summary>
    public static UnmanagedMemoryStream Open(Stream resource)
    {
        if (resource is UnmanagedMemoryStream mapped)
        {
            return mapped;
        }

        var pinned = GC.AllocateUninitializedArray<byte>(checked((int)resource.Length), pinned: true);
        resource.ReadExactly(pinned);
        resource.Dispose();
        fixed (byte* bytes = pinned)
        {
            // The pinned array lives on the pinned object heap and is kept alive by the dictionary's tables.
            KeepAlive.Add(pinned);
            return new UnmanagedMemoryStream(bytes, pinned.Length);
        }
    }

    private static readonly List<byte[]> KeepAlive = [];
}
