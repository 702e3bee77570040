using KoreanAnalysis.Dictionary;
using KoreanAnalysis.TokenAttributes;
using KoreanAnalysis.Tokenization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KoreanAnalysis;

/// <summary>
/// Korean morphological tokenizer, a port of Lucene's Nori <c>KoreanTokenizer</c> (8.8): a rolling Viterbi
/// search over mecab-ko-dic words, user words and unknown words grouped by character class, with
/// connection costs and Nori's space penalty, backtracking whenever the paths converge. Sets
/// <see cref="IPartOfSpeechAttribute"/> and <see cref="IReadingAttribute"/>.
/// </summary>
public sealed class KoreanTokenizer : Tokenizer
{
    private const int MaxUnknownWordLength = 1024;
    private const int MaxBacktraceGap = 1024;
    private const int SpacePenalty = 3000;

    private readonly SystemDictionary dictionary;
    private readonly CharacterDefinition characters;
    private readonly UnknownDictionary unknown;
    private readonly UserDictionary? userDictionary;
    private readonly DecompoundMode mode;
    private readonly bool outputUnknownUnigrams;
    private readonly bool discardPunctuation;

    private readonly PositionWindow positions = new();
    private char[] text = new char[1024];
    private int length;
    private bool end;
    private int lastBackTracePos;
    private int pos;
    private PendingToken[] pending = new PendingToken[16];
    private int pendingCount;
    private readonly int[] slotOfRightId;
    private readonly int[] stampOfRightId;
    private int groupStamp;

    // Best arc into a word with a given left id, from the position currently being extended: many words
    // starting there share a left id, and the search over arcs depends on nothing else.
    private readonly BestArcOfLeftId[] bestArcOfLeftId;
    private int leftStamp;

    private readonly ICharTermAttribute termAtt;
    private readonly IOffsetAttribute offsetAtt;
    private readonly IPositionIncrementAttribute posIncAtt;
    private readonly IPositionLengthAttribute posLengthAtt;
    private readonly IPartOfSpeechAttribute posAtt;
    private readonly IReadingAttribute readingAtt;

    /// <summary>Creates a tokenizer with Nori's defaults: no user dictionary, <see cref="DecompoundMode.Discard"/>, punctuation discarded.</summary>
    public KoreanTokenizer(TextReader input)
        : this(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, input, null, DecompoundMode.Discard, outputUnknownUnigrams: false, discardPunctuation: true)
    {
    }

    /// <summary>Creates a tokenizer.</summary>
    /// <param name="factory">The attribute factory.</param>
    /// <param name="input">The text.</param>
    /// <param name="userDictionary">Optional domain words that win over the system dictionary.</param>
    /// <param name="mode">How compound and inflected tokens are output.</param>
    /// <param name="outputUnknownUnigrams">Split unknown words into single characters.</param>
    /// <param name="discardPunctuation">Drop punctuation tokens.</param>
    public KoreanTokenizer(AttributeFactory factory, TextReader input, UserDictionary? userDictionary, DecompoundMode mode,
        bool outputUnknownUnigrams, bool discardPunctuation)
        : base(factory, input)
    {
        dictionary = SystemDictionary.Instance;
        characters = dictionary.Characters;
        unknown = dictionary.Unknown;
        this.userDictionary = userDictionary;
        this.mode = mode;
        this.outputUnknownUnigrams = outputUnknownUnigrams;
        this.discardPunctuation = discardPunctuation;
        slotOfRightId = new int[dictionary.RightIdCount];
        stampOfRightId = new int[dictionary.RightIdCount];
        bestArcOfLeftId = new BestArcOfLeftId[dictionary.LeftIdCount];
        termAtt = AddAttribute<ICharTermAttribute>();
        offsetAtt = AddAttribute<IOffsetAttribute>();
        posIncAtt = AddAttribute<IPositionIncrementAttribute>();
        posLengthAtt = AddAttribute<IPositionLengthAttribute>();
        posAtt = AddAttribute<IPartOfSpeechAttribute>();
        readingAtt = AddAttribute<IReadingAttribute>();
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        ReadInput();
        positions.Reset();
        pos = 0;
        end = false;
        lastBackTracePos = 0;
        pendingCount = 0;
        positions.Get(0).Add(0, 0, -1, -1, -1, -1, WordSource.Known);
    }

    private void ReadInput()
    {
        length = 0;
        while (true)
        {
            if (length == text.Length)
            {
                Array.Resize(ref text, text.Length * 2);
            }

            var read = m_input.Read(text, length, text.Length - length);
            if (read <= 0)
            {
                return;
            }

            length += read;
        }
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        // A parse step may produce only punctuation, which is dropped: keep going until a token or the end.
        while (pendingCount == 0)
        {
            if (end)
            {
                return false;
            }

            Parse();
        }

        ref var token = ref pending[--pendingCount];
        ClearAttributes();
        if (token.Part is { } part)
        {
            termAtt.SetEmpty().Append(part);
        }
        else
        {
            termAtt.CopyBuffer(text, token.TextOffset, token.Length);
        }

        offsetAtt.SetOffset(CorrectOffset(token.StartOffset), CorrectOffset(token.EndOffset));
        posAtt.PosType = token.Type;
        posAtt.LeftPos = token.LeftPos;
        posAtt.RightPos = token.RightPos;
        posAtt.Morphemes = token.Morphemes;
        readingAtt.Reading = token.Reading;
        posIncAtt.PositionIncrement = token.PositionIncrement;
        posLengthAtt.PositionLength = token.PositionLength;
        token = default;
        return true;
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        var finalOffset = CorrectOffset(pos);
        offsetAtt.SetOffset(finalOffset, finalOffset);
    }

    private static bool IsSpacePenalized(PosTag leftPos) =>
        leftPos is PosTag.E or PosTag.J or PosTag.VCP or PosTag.XSA or PosTag.XSN or PosTag.XSV;

    private void Add(Position from, int wordPos, int endPos, int leftId, int rightId, int wordCost, PosTag leftPos, int wordId, WordSource source) =>
        Add(from, wordPos, positions.Get(endPos), leftId, rightId, wordCost, leftPos, wordId, source);

    private void Add(Position from, int wordPos, Position to, int leftId, int rightId, int wordCost, PosTag leftPos, int wordId, WordSource source)
    {
        ref var best = ref bestArcOfLeftId[leftId];
        if (best.Stamp != leftStamp)
        {
            (best.Cost, best.Index) = BestArc(from, leftId);
            best.Stamp = leftStamp;
        }

        var (leastCost, leastIndex) = (best.Cost, best.Index);

        var penalty = wordPos > from.Pos && IsSpacePenalized(leftPos) ? SpacePenalty : 0;
        to.Add(leastCost + penalty + wordCost, rightId, from.Pos, wordPos, leastIndex, wordId, source);
    }

    private struct BestArcOfLeftId
    {
        public int Stamp;
        public int Cost;
        public int Index;
    }

    private (int Cost, int Index) BestArc(Position from, int leftId)
    {
        if (from.GroupCount < 0)
        {
            from.Group(slotOfRightId, stampOfRightId, ++groupStamp);
        }

        // Nori keeps the first of the least-cost arcs; the space penalty is the same for all of them.
        var row = dictionary.ConnectionRow(leftId);
        var costs = from.GroupCost;
        var rights = from.GroupRightId;
        var indexes = from.GroupIndex;
        var leastCost = int.MaxValue;
        var leastIndex = -1;
        for (var g = 0; g < from.GroupCount; g++)
        {
            var cost = costs[g] + row[rights[g]];
            if (cost < leastCost || (cost == leastCost && indexes[g] < leastIndex))
            {
                leastCost = cost;
                leastIndex = indexes[g];
            }
        }

        return (leastCost, leastIndex);
    }

    // Runs the Viterbi search forward until the paths converge (or the text ends), then backtraces.
    private void Parse()
    {
        var userWordMaxPosAhead = -1;
        while (pos < length)
        {
            var posData = positions.Get(pos);
            var isFrontier = positions.NextPos == pos + 1;
            if (posData.Count == 0)
            {
                pos++;
                continue;
            }

            if (pos > lastBackTracePos && posData.Count == 1 && isFrontier)
            {
                // Only one node is alive at the frontier: the best path must pass through it.
                Backtrace(posData, 0);
                posData.Rebase();
                if (pendingCount > 0)
                {
                    return;
                }
            }

            if (pos - lastBackTracePos >= MaxBacktraceGap)
            {
                ForceBacktrace();
                if (pendingCount > 0)
                {
                    return;
                }

                continue;
            }

            // Spaces become a prefix of the next word: they count for the space penalty, not in the token.
            if (characters.IsSpaceSeparator(text[pos]))
            {
                pos++;
                while (pos < length && characters.IsSpaceSeparator(text[pos]))
                {
                    pos++;
                }
            }

            if (pos == length)
            {
                pos = posData.Pos;
            }

            leftStamp++;
            var anyMatches = userDictionary is not null && AddUserWords(posData, ref userWordMaxPosAhead);
            if (!anyMatches)
            {
                anyMatches = AddKnownWords(posData);
            }

            var first = text[pos];
            if (!anyMatches || characters.IsInvoke(first))
            {
                AddUnknownWord(posData, first);
            }

            pos++;
        }

        end = true;
        if (pos > 0)
        {
            var endPosData = positions.Get(pos);
            var leastCost = int.MaxValue;
            var leastIndex = -1;
            for (var i = 0; i < endPosData.Count; i++)
            {
                var cost = endPosData.Arcs[i].Cost + dictionary.ConnectionCost(endPosData.Arcs[i].RightId, 0);
                if (cost < leastCost)
                {
                    leastCost = cost;
                    leastIndex = i;
                }
            }

            Backtrace(endPosData, leastIndex);
        }
    }

    // Safety valve for very long ambiguous stretches: commit to the least-cost partial path so far.
    private void ForceBacktrace()
    {
        var leastIndex = -1;
        var leastCost = int.MaxValue;
        Position? least = null;
        for (var p = pos; p < positions.NextPos; p++)
        {
            var candidate = positions.Get(p);
            for (var i = 0; i < candidate.Count; i++)
            {
                if (candidate.Arcs[i].Cost < leastCost)
                {
                    leastCost = candidate.Arcs[i].Cost;
                    leastIndex = i;
                    least = candidate;
                }
            }
        }

        for (var p = pos; p < positions.NextPos; p++)
        {
            var candidate = positions.Get(p);
            if (candidate != least)
            {
                candidate.Reset();
            }
            else
            {
                candidate.KeepOnly(leastIndex);
            }
        }

        Backtrace(least!, 0);
        least!.Rebase();
        if (pos != least.Pos)
        {
            pos = least.Pos;
        }
    }

    private bool AddUserWords(Position posData, ref int userWordMaxPosAhead)
    {
        var user = userDictionary!;
        var anyMatches = false;
        var maxPosAhead = 0;
        var maxWord = -1;
        var node = UserDictionary.Root;
        for (var posAhead = pos; posAhead < length; posAhead++)
        {
            node = user.Child(node, text[posAhead]);
            if (node < 0)
            {
                break;
            }

            if (user.WordAt(node) is var word and >= 0)
            {
                maxPosAhead = posAhead;
                maxWord = word;
                anyMatches = true;
            }
        }

        // Only the longest user word, and only if it reaches past the user words already added.
        if (anyMatches && maxPosAhead > userWordMaxPosAhead)
        {
            Add(posData, pos, maxPosAhead + 1, dictionary.LeftIdOf(UserDictionary.LeftId), dictionary.RightIdOf(user.RightId(maxWord)),
                UserDictionary.WordCost, PosTag.NNG, maxWord, WordSource.User);
            userWordMaxPosAhead = Math.Max(userWordMaxPosAhead, maxPosAhead);
        }

        return anyMatches;
    }

    private bool AddKnownWords(Position posData)
    {
        var anyMatches = false;
        var node = dictionary.RootChild(text[pos]);
        var posAhead = pos;
        while (node >= 0)
        {
            var first = dictionary.FirstEntry(node);
            var end = dictionary.EndEntry(node);
            if (first < end)
            {
                var to = positions.Get(posAhead + 1);
                for (var entry = first; entry < end; entry++)
                {
                    ref readonly var word = ref dictionary.Word(entry);
                    Add(posData, pos, to, word.LeftId, word.RightId, word.WordCost, word.LeftPos, entry, WordSource.Known);
                }

                anyMatches = true;
            }

            if (++posAhead == length || !dictionary.HasChildren(node))
            {
                break;
            }

            node = dictionary.Child(node, text[posAhead]);
        }

        return anyMatches;
    }

    private void AddUnknownWord(Position posData, char first)
    {
        var characterClass = characters.ClassOf(first);
        var unknownWordLength = 1;
        if (characters.IsGroup(first))
        {
            // Group following characters of a compatible script, the same punctuation-ness and digit-ness.
            var script = characters.ScriptOf(first);
            var isPunctuation = characters.IsPunctuation(first);
            var isDigit = characters.IsDigit(first);
            for (var posAhead = pos + 1; unknownWordLength < MaxUnknownWordLength && posAhead < length; posAhead++)
            {
                var c = text[posAhead];
                var nextScript = characters.ScriptOf(c);
                var sameScript = characters.IsSameScript(script, nextScript) || characters.IsNonSpacingMark(c);
                if (sameScript && characters.IsPunctuation(c) == isPunctuation && characters.IsDigit(c) == isDigit && characters.IsGroup(c))
                {
                    unknownWordLength++;
                }
                else
                {
                    break;
                }

                if (characters.IsCommonOrInherited(script) && !characters.IsCommonOrInherited(nextScript))
                {
                    script = nextScript;
                    characterClass = characters.ClassOf(c);
                }
            }
        }

        Add(posData, pos, pos + unknownWordLength, unknown.LeftId(characterClass), unknown.RightId(characterClass),
            unknown.WordCost(characterClass), unknown.LeftPos(characterClass), characterClass, WordSource.Unknown);
    }

    // Walks the best path back from endPosData, pushing its tokens so the first comes out first.
    private void Backtrace(Position endPosData, int fromIndex)
    {
        var endPos = endPosData.Pos;
        var p = endPos;
        var bestIndex = fromIndex;
        while (p > lastBackTracePos)
        {
            var arc = positions.Get(p).Arcs[bestIndex];
            var backPos = arc.BackPos;
            var backWordPos = arc.BackWordPos;
            var wordLength = p - backWordPos;
            var source = arc.BackSource;
            var wordId = arc.BackId;
            var nextBestIndex = arc.BackIndex;

            if (outputUnknownUnigrams && source == WordSource.Unknown)
            {
                PushUnknownUnigrams(backWordPos, wordLength);
            }
            else
            {
                PushWord(source, wordId, backWordPos, wordLength);
            }

            if (!discardPunctuation && backWordPos != backPos)
            {
                var spaceClass = characters.ClassOf(' ');
                Push(UnknownToken(spaceClass, backPos, backWordPos - backPos));
            }

            p = backPos;
            bestIndex = nextBestIndex;
        }

        lastBackTracePos = endPos;
        positions.FreeBefore(endPos);
    }

    private void PushUnknownUnigrams(int start, int wordLength)
    {
        for (var i = wordLength - 1; i >= 0; i--)
        {
            var charLength = 1;
            if (i > 0 && char.IsLowSurrogate(text[start + i]))
            {
                i--;
                charLength = 2;
            }

            Push(UnknownToken(CharacterDefinition.NGram, start + i, charLength));
        }
    }

    private void PushWord(WordSource source, int wordId, int start, int wordLength)
    {
        var token = source switch
        {
            WordSource.Known => KnownToken(wordId, start, wordLength),
            WordSource.User => UserToken(wordId, start, wordLength),
            _ => UnknownToken(wordId, start, wordLength),
        };

        if (token.Type == PosType.MORPHEME || mode == DecompoundMode.None)
        {
            if (!(discardPunctuation && characters.IsPunctuation(text[start])))
            {
                Push(token);
            }

            return;
        }

        if (token.Morphemes is not { } morphemes)
        {
            Push(token);
            return;
        }

        // Parts of a COMPOUND get offsets counted back from the token's end; other parts span the whole token.
        var endOffset = start + wordLength;
        for (var i = morphemes.Length - 1; i >= 0; i--)
        {
            var morpheme = morphemes[i];
            var partLength = morpheme.Surface.Length;
            var compound = token.Type == PosType.COMPOUND;
            Push(new PendingToken
            {
                Part = morpheme.Surface,
                Length = partLength,
                StartOffset = compound ? endOffset - partLength : token.StartOffset,
                EndOffset = compound ? endOffset : token.EndOffset,
                PositionIncrement = i == 0 && mode == DecompoundMode.Mixed ? 0 : 1,
                PositionLength = 1,
                Type = PosType.MORPHEME,
                LeftPos = morpheme.Tag,
                RightPos = morpheme.Tag,
            });
            endOffset -= partLength;
        }

        if (mode == DecompoundMode.Mixed)
        {
            token.PositionLength = Math.Max(1, morphemes.Length);
            Push(token);
        }
    }

    private PendingToken KnownToken(int entry, int start, int wordLength) => new()
    {
        TextOffset = start,
        Length = wordLength,
        StartOffset = start,
        EndOffset = start + wordLength,
        PositionIncrement = 1,
        PositionLength = 1,
        Type = dictionary.PosType(entry),
        LeftPos = dictionary.LeftPos(entry),
        RightPos = dictionary.RightPos(entry),
        Reading = dictionary.Reading(entry),
        Morphemes = dictionary.Morphemes(entry),
    };

    private PendingToken UserToken(int wordId, int start, int wordLength) => new()
    {
        TextOffset = start,
        Length = wordLength,
        StartOffset = start,
        EndOffset = start + wordLength,
        PositionIncrement = 1,
        PositionLength = 1,
        Type = userDictionary!.PosType(wordId),
        LeftPos = PosTag.NNG,
        RightPos = PosTag.NNG,
        Morphemes = userDictionary.Morphemes(wordId, text.AsSpan(start, wordLength)),
    };

    private PendingToken UnknownToken(int characterClass, int start, int wordLength) => new()
    {
        TextOffset = start,
        Length = wordLength,
        StartOffset = start,
        EndOffset = start + wordLength,
        PositionIncrement = 1,
        PositionLength = 1,
        Type = PosType.MORPHEME,
        LeftPos = unknown.LeftPos(characterClass),
        RightPos = unknown.LeftPos(characterClass),
    };

    private void Push(in PendingToken token)
    {
        if (pendingCount == pending.Length)
        {
            Array.Resize(ref pending, pending.Length * 2);
        }

        pending[pendingCount++] = token;
    }
}
