using KoreanAnalysis.Dictionary;

namespace KoreanAnalysis.Tests.Dictionary;

/// <summary>The embedded dictionary holds all of Nori's entries and tables.</summary>
public sealed class SystemDictionaryTests
{
    [Fact]
    public void HoldsEveryEntry()
    {
        Assert.Equal(811_757, SystemDictionary.Instance.EntryCount);
    }

    [Fact]
    public void FindsEntriesInNorisOrder()
    {
        var entries = SystemDictionary.Instance.Lookup("가락지나물").ToList();
        Assert.Contains(entries, e => e.LeftPos == PosTag.NNG && e.Type == PosType.COMPOUND);
        Assert.Empty(SystemDictionary.Instance.Lookup("국가혁신클러스터육성사업"));
    }

    [Fact]
    public void ClassifiesCharactersLikeNori()
    {
        var characters = SystemDictionary.Instance.Characters;
        Assert.True(characters.IsInvoke('A'));
        Assert.False(characters.IsInvoke('가'));
        Assert.True(characters.IsGroup('가'));
        Assert.True(characters.IsPunctuation('ㆍ'));
        Assert.True(characters.IsSpaceSeparator('\u3000'));
        Assert.False(characters.IsSpaceSeparator('\t'));
        Assert.True(characters.IsDigit('７'));
    }
}
