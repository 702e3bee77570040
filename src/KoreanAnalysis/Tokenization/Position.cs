namespace KoreanAnalysis.Tokenization;

/// <summary>One lattice arc: a word ending at a position, with the cheapest path cost into it.</summary>
internal struct Arc
{
    public int Cost;
    public int RightId;
    public int BackPos;
    public int BackWordPos;
    public int BackIndex;
    public int BackId;
    public WordSource BackSource;
}

/// <summary>
/// All arcs arriving at one text position. As in Nori, every arriving arc is appended (no merge by right id),
/// so ties resolve to the first arc added.
/// </summary>
internal sealed class Position
{
    public int Pos;
    public int Count;
    public Arc[] Arcs = new Arc[8];

    // The arcs grouped by right id, each group keeping its cheapest (then first) arc: extending a word only
    // has to try one arc per distinct right id, with the same winner as trying all arcs.
    public int GroupCount = -1;
    public int[] GroupRightId = new int[8];
    public int[] GroupCost = new int[8];
    public int[] GroupIndex = new int[8];

    public void Add(int cost, int rightId, int backPos, int backWordPos, int backIndex, int backId, WordSource backSource)
    {
        if (Count == Arcs.Length)
        {
            Array.Resize(ref Arcs, Arcs.Length * 2);
        }

        ref var arc = ref Arcs[Count];
        arc.Cost = cost;
        arc.RightId = rightId;
        arc.BackPos = backPos;
        arc.BackWordPos = backWordPos;
        arc.BackIndex = backIndex;
        arc.BackId = backId;
        arc.BackSource = backSource;
        Count++;
        GroupCount = -1;
    }

    /// <summary>Keeps only arc <paramref name="index"/>, moved to slot 0.</summary>
    public void KeepOnly(int index)
    {
        Arcs[0] = Arcs[index];
        Count = 1;
        GroupCount = -1;
    }

    /// <summary>Restarts path costs at zero after a backtrace, so they cannot overflow.</summary>
    public void Rebase()
    {
        for (var i = 0; i < Count; i++)
        {
            Arcs[i].Cost = 0;
        }

        GroupCount = -1;
    }

    public void Reset()
    {
        Count = 0;
        GroupCount = -1;
    }

    /// <summary>Fills the groups by right id; <paramref name="slotOfRightId"/> and <paramref name="stampOfRightId"/> are scratch tables.</summary>
    public void Group(int[] slotOfRightId, int[] stampOfRightId, int stamp)
    {
        if (GroupRightId.Length < Count)
        {
            GroupRightId = new int[Arcs.Length];
            GroupCost = new int[Arcs.Length];
            GroupIndex = new int[Arcs.Length];
        }

        var groups = 0;
        for (var i = 0; i < Count; i++)
        {
            ref readonly var arc = ref Arcs[i];
            var rightId = arc.RightId;
            if (stampOfRightId[rightId] != stamp)
            {
                stampOfRightId[rightId] = stamp;
                slotOfRightId[rightId] = groups;
                GroupRightId[groups] = rightId;
                GroupCost[groups] = arc.Cost;
                GroupIndex[groups] = i;
                groups++;
            }
            else if (arc.Cost < GroupCost[slotOfRightId[rightId]])
            {
                GroupCost[slotOfRightId[rightId]] = arc.Cost;
                GroupIndex[slotOfRightId[rightId]] = i;
            }
        }

        GroupCount = groups;
    }
}
