namespace KoreanAnalysis.Tokenization;

/// <summary>
/// A circular window of <see cref="Position"/>s between the last backtrace and the furthest position an
/// arc reaches (Nori's WrappedPositionArray), so memory stays bounded on long texts.
/// </summary>
internal sealed class PositionWindow
{
    private Position[] positions = CreatePositions(8);
    private int nextWrite;
    private int count;

    /// <summary>One past the furthest position handed out.</summary>
    public int NextPos { get; private set; }

    private static Position[] CreatePositions(int size)
    {
        var created = new Position[size];
        for (var i = 0; i < size; i++)
        {
            created[i] = new Position();
        }

        return created;
    }

    public void Reset()
    {
        nextWrite--;
        while (count > 0)
        {
            if (nextWrite == -1)
            {
                nextWrite = positions.Length - 1;
            }

            positions[nextWrite--].Reset();
            count--;
        }

        nextWrite = 0;
        NextPos = 0;
        count = 0;
    }

    /// <summary>The position <paramref name="pos"/>, which may lie ahead but not before the last <see cref="FreeBefore"/>.</summary>
    public Position Get(int pos)
    {
        while (pos >= NextPos)
        {
            if (count == positions.Length)
            {
                var grown = new Position[positions.Length * 2];
                Array.Copy(positions, nextWrite, grown, 0, positions.Length - nextWrite);
                Array.Copy(positions, 0, grown, positions.Length - nextWrite, nextWrite);
                for (var i = positions.Length; i < grown.Length; i++)
                {
                    grown[i] = new Position();
                }

                nextWrite = positions.Length;
                positions = grown;
            }

            if (nextWrite == positions.Length)
            {
                nextWrite = 0;
            }

            positions[nextWrite++].Pos = NextPos++;
            count++;
        }

        var index = nextWrite - (NextPos - pos);
        if (index < 0)
        {
            index += positions.Length;
        }

        return positions[index];
    }

    public void FreeBefore(int pos)
    {
        var toFree = count - (NextPos - pos);
        var index = nextWrite - count;
        if (index < 0)
        {
            index += positions.Length;
        }

        for (var i = 0; i < toFree; i++)
        {
            if (index == positions.Length)
            {
                index = 0;
            }

            positions[index].Reset();
            index++;
        }

        count -= toFree;
    }
}
